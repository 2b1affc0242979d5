"""Draft a grounded summary: prompt -> the model's text -> parse -> ground -> output check.

The model sees only de-identified messages, and everything it writes is checked before anyone
sees it; the result is a draft (``reviewed=False``) for a clinician.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from mindhaven.guard.rules import Allowed
from mindhaven.llm.base import Backend, GenerationRequest
from mindhaven.summaries.grounding import ground
from mindhaven.summaries.output_check import check_statements
from mindhaven.summaries.parse import parse_draft
from mindhaven.summaries.prompt import build_prompt
from mindhaven.summaries.support import SupportScorer
from mindhaven.summaries.types import Summary, Transcript
from mindhaven.turn.check_output import shipped_contacts


@dataclass(frozen=True)
class SummaryLimits:
    max_tokens: int = 320  # six short sections; a longer draft only adds text to check
    temperature: float = 0.1  # a summary should say the same thing every time
    n_ctx: int = 4096
    total_timeout: float = 240.0


class SummaryUnavailable(RuntimeError):
    """The model produced no text to draft from; the message says why."""


def draft_summary(
    transcript: Transcript,
    backend: Backend,
    model: str,
    limits: SummaryLimits = SummaryLimits(),
    scorer: SupportScorer | None = None,
    allowed: Allowed | None = None,
) -> Summary:
    if not transcript.messages:
        raise SummaryUnavailable("the conversation has no messages")
    prompt = build_prompt(transcript, backend.count_tokens, limits.n_ctx, limits.max_tokens, limits.temperature)
    if not prompt.shown.messages:
        raise SummaryUnavailable("not even the latest message fits the model's context")
    text = generate_text(backend, prompt.request, limits.total_timeout)
    return check_draft(text, prompt.shown, model, scorer, allowed)


def check_draft(
    text: str,
    shown: Transcript,
    model: str,
    scorer: SupportScorer | None = None,
    allowed: Allowed | None = None,
    drafted_at: datetime | None = None,
) -> Summary:
    """The model's text as a checked summary: parse, ground in ``shown``, output check."""
    parsed = parse_draft(text)
    grounded = ground(parsed.statements, shown, scorer or SupportScorer())
    checked = check_statements(grounded.kept, allowed or shipped_contacts())
    return Summary(
        statements=checked.kept,
        dropped=grounded.dropped + checked.dropped,
        model=model,
        drafted_at=drafted_at or datetime.now(timezone.utc),
        shown_ids=tuple(m.id for m in shown.messages),
        ignored_lines=parsed.ignored_lines,
    )


def generate_text(backend: Backend, request: GenerationRequest, total_timeout: float) -> str:
    """All the text the backend streams, up to ``total_timeout`` seconds (what came by then is kept)."""
    cancel = threading.Event()
    deadline = time.monotonic() + total_timeout
    pieces: list[str] = []
    try:
        for piece in backend.stream(request, cancel):
            pieces.append(piece)
            if time.monotonic() > deadline:
                cancel.set()
                break
    except Exception as exc:  # noqa: BLE001 - every backend failure is reported the same way
        raise SummaryUnavailable(f"the model failed: {type(exc).__name__}: {exc}"[:300]) from exc
    finally:
        cancel.set()
    text = "".join(pieces)
    if not text.strip():
        raise SummaryUnavailable("the model returned no text")
    return text
