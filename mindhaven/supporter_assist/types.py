"""What the supporter sees: flags on a draft and a suggested rewrite."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class FlagKind(StrEnum):
    MINIMISING = "minimising"
    ADVICE = "advice"
    JUDGING = "judging"
    MISSED_RISK_CUE = "missed_risk_cue"
    SECRECY = "secrecy"
    DIAGNOSING = "diagnosing"
    IDENTIFIER = "identifier"

    @property
    def gentle(self) -> bool:
        """A nudge rather than a warning: advice is sometimes what a person asks for."""
        return self is FlagKind.ADVICE


@dataclass(frozen=True)
class Flag:
    """Something in a draft worth a second look.

    ``start``/``end`` are offsets into the draft and ``phrase`` the words there. A missed risk cue
    is something the draft lacks: its span is empty, at the end of the draft, and ``phrase`` holds
    the person's words that carry the risk.
    """

    kind: FlagKind
    start: int
    end: int
    phrase: str
    reason: str
    suggestion: str

    @property
    def gentle(self) -> bool:
        return self.kind.gentle


@dataclass(frozen=True)
class Suggestion:
    """A rewrite to offer, or ``text=None`` and ``why_not`` saying why none is offered."""

    text: str | None
    why_not: str
    flags_on_draft: tuple[Flag, ...] = field(default_factory=tuple)
    model: str = ""

    @property
    def offered(self) -> bool:
        return self.text is not None
