"""Phrasing flags on a supporter's draft: a registry of small checkers, one per concern.

Deterministic, no LLM. Each checker returns flags with the span in the draft, a short reason and
a suggestion the supporter can act on. See the package docstring for the languages covered.
"""

from __future__ import annotations

from collections.abc import Sequence

from mindhaven.guard.rules import Allowed
from mindhaven.supporter_assist.checks.advice import AdviceChecker
from mindhaven.supporter_assist.checks.base import Checker, DraftContext
from mindhaven.supporter_assist.checks.diagnosing import DiagnosingChecker
from mindhaven.supporter_assist.checks.identifiers import IdentifierChecker
from mindhaven.supporter_assist.checks.judging import JudgingChecker
from mindhaven.supporter_assist.checks.minimising import MinimisingChecker
from mindhaven.supporter_assist.checks.missed_risk_cue import MissedRiskCueChecker
from mindhaven.supporter_assist.checks.secrecy import SecrecyChecker
from mindhaven.supporter_assist.types import Flag
from mindhaven.turn.assess_risk import Assessor
from mindhaven.turn.types import RiskAssessment

# The person's last few messages are what a supporter answers; the assessor itself keeps earlier
# disclosures in view over this many messages (risk.assessor.HISTORY_WINDOW).
RECENT_MESSAGES = 6


def default_checkers(allowed: Allowed) -> tuple[Checker, ...]:
    return (
        MissedRiskCueChecker(),
        MinimisingChecker(),
        AdviceChecker(),
        JudgingChecker(),
        SecrecyChecker(),
        DiagnosingChecker(),
        IdentifierChecker(allowed),
    )


class DraftFlagger:
    """Reads the person's recent messages once, then flags any number of drafts against them."""

    def __init__(self, assessor: Assessor, allowed: Allowed, checkers: Sequence[Checker] | None = None,
                 indirect_cues: bool = True):
        """``indirect_cues``: whether the classifier's flags of risk told indirectly count as missed-cue
        triggers (checks/missed_risk_cue.py says why they do by default)."""
        self.assessor = assessor
        self.checkers = tuple(checkers) if checkers is not None else default_checkers(allowed)
        self.indirect_cues = indirect_cues

    def context(self, draft: str, person_messages: Sequence[str] = (),
                risk: RiskAssessment | None = None) -> DraftContext:
        recent = tuple(m for m in person_messages if m.strip())[-RECENT_MESSAGES:]
        if risk is None and recent:
            risk = self.assessor.assess(recent[-1], list(recent[:-1]))
        return DraftContext(draft, recent, risk, self.indirect_cues)

    def flags(self, draft: str, person_messages: Sequence[str] = (), risk: RiskAssessment | None = None) -> list[Flag]:
        return self.check(self.context(draft, person_messages, risk))

    def check(self, context: DraftContext) -> list[Flag]:
        flags = [flag for checker in self.checkers for flag in checker.check(context)]
        return sorted(flags, key=lambda f: (f.start, f.kind))


def build_flagger(assessor: Assessor | None = None, allowed: Allowed | None = None) -> DraftFlagger:
    """The flagger with the live turn's assessor and the shipped crisis directory, unless given others."""
    if assessor is None:
        from mindhaven.runtime import build_assessor

        assessor = build_assessor()
    if allowed is None:
        from mindhaven.turn.check_output import shipped_contacts

        allowed = shipped_contacts()
    return DraftFlagger(assessor, allowed)


__all__ = ["DraftContext", "DraftFlagger", "build_flagger", "default_checkers"]
