"""Drafting a stored conversation's summary in the background: a clinician asks, the model writes (a minute or
more on a CPU), the checks run, and the draft waits for review. The clinician's page shows progress meanwhile.

The model sees the de-identified messages only; a human's messages during a handoff are the staff's words
(evidence for agreed next steps), the AI's never evidence at all (summaries/types.py).
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from mindhaven.guard.rules import Allowed
from mindhaven.llm.base import Backend, model_label
from mindhaven.storage.repository import Repository
from mindhaven.storage.summaries import SummaryRepository
from mindhaven.summaries.draft import SummaryLimits, SummaryUnavailable, draft_summary
from mindhaven.summaries.support import SupportScorer
from mindhaven.summaries.types import NumberedMessage, Speaker, Transcript

log = logging.getLogger(__name__)
LIMITS = SummaryLimits()
# A draft still "drafting" after this was cut off by a restart: the model's own limit, with room to queue
# behind replies to people (one model generates one text at a time).
STALE_AFTER = timedelta(seconds=LIMITS.total_timeout * 3)


def transcript_of(repository: Repository, conversation_id: str) -> Transcript:
    speakers = {"user": Speaker.PERSON, "assistant": Speaker.ASSISTANT}
    return Transcript(tuple(
        NumberedMessage(m.id, Speaker.STAFF if m.by_human else speakers[m.role], m.text)
        for m in repository.for_model(conversation_id)
    ))


def draft_in_background(repository: Repository, summaries: SummaryRepository, backend: Backend, allowed: Allowed,
                        conversation_id: str, account_id: str, actor: str,
                        scorer: SupportScorer | None = None) -> int:
    """Record the request and start drafting; returns the summary's id at once."""
    summary_id = summaries.start(conversation_id, account_id, actor)
    worker = threading.Thread(target=run_draft, name=f"summary-{summary_id}", daemon=True,
                              args=(repository, summaries, backend, allowed, conversation_id, summary_id, scorer))
    worker.start()
    return summary_id


def run_draft(repository: Repository, summaries: SummaryRepository, backend: Backend, allowed: Allowed,
              conversation_id: str, summary_id: int, scorer: SupportScorer | None = None) -> None:
    try:
        summary = draft_summary(transcript_of(repository, conversation_id), backend, model_label(backend), LIMITS,
                                scorer, allowed)
    except SummaryUnavailable as exc:
        summaries.fail(summary_id, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a failed draft is reported on the page, never lost silently
        log.exception("drafting summary %s failed", summary_id)
        summaries.fail(summary_id, f"the model could not write a draft ({type(exc).__name__})")
        return
    summaries.finish(summary_id, summary.model, summary.as_dict())
