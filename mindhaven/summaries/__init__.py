"""Grounded conversation summaries for clinicians.

The model drafts a structured summary from the de-identified messages, each statement citing
the messages it rests on; statements the cited messages do not support are dropped, with the
reason, before anyone sees the draft. ``draft_summary`` runs it all (draft.py).
"""

from mindhaven.summaries.draft import SummaryLimits, SummaryUnavailable, check_draft, draft_summary
from mindhaven.summaries.types import (
    DropReason,
    DroppedStatement,
    NumberedMessage,
    Section,
    Speaker,
    Statement,
    Summary,
    Transcript,
)

__all__ = [
    "DropReason",
    "DroppedStatement",
    "NumberedMessage",
    "Section",
    "Speaker",
    "Statement",
    "Summary",
    "SummaryLimits",
    "SummaryUnavailable",
    "Transcript",
    "check_draft",
    "draft_summary",
]
