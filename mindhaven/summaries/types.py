"""The typed data that flows between the steps of drafting a summary.

transcript -> prompt -> model text -> parse (DraftStatement) -> ground -> output check -> Summary
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Speaker(StrEnum):
    PERSON = "person"  # the person seeking support
    ASSISTANT = "assistant"  # MindHaven's replies, model-written or deterministic
    STAFF = "staff"  # a supporter or clinician who wrote in the conversation


@dataclass(frozen=True)
class NumberedMessage:
    id: int  # cited as [m<id>]
    speaker: Speaker
    text: str  # de-identified: what a model is allowed to see


@dataclass(frozen=True)
class Transcript:
    messages: tuple[NumberedMessage, ...]  # oldest first

    def __post_init__(self) -> None:
        ids = [m.id for m in self.messages]
        if len(set(ids)) != len(ids) or any(i < 1 for i in ids):
            raise ValueError("message ids must be unique positive integers")

    def get(self, message_id: int) -> NumberedMessage | None:
        return next((m for m in self.messages if m.id == message_id), None)


class Section(StrEnum):
    PRESENTING_CONCERNS = "presenting_concerns"
    MOOD = "mood"
    RISK_FACTORS = "risk_factors"
    PROTECTIVE_FACTORS = "protective_factors"
    TECHNIQUES_TRIED = "techniques_tried"
    NEXT_STEPS = "next_steps"

    @property
    def heading(self) -> str:
        return _HEADINGS[self]

    @property
    def evidence_from(self) -> frozenset[Speaker]:
        """Whose messages can support a statement here. Every section is about the person, so the
        assistant's words are never evidence (its reflections are its own reading, its suggestions
        were not tried or agreed); an agreed step may also rest on what staff said they will do."""
        if self == Section.NEXT_STEPS:
            return frozenset({Speaker.PERSON, Speaker.STAFF})
        return frozenset({Speaker.PERSON})


_HEADINGS = {
    Section.PRESENTING_CONCERNS: "Presenting concerns",
    Section.MOOD: "Mood",
    Section.RISK_FACTORS: "Risk factors",
    Section.PROTECTIVE_FACTORS: "Protective factors",
    Section.TECHNIQUES_TRIED: "Techniques tried",
    Section.NEXT_STEPS: "Agreed next steps",
}


@dataclass(frozen=True)
class DraftStatement:
    """One statement as the model wrote it, before any check."""

    section: Section | None  # None: it came before any recognised heading
    text: str  # citations taken out
    cites: tuple[int, ...]  # message ids in the order written, without repeats
    line: int  # 1-based line in the model's text


@dataclass(frozen=True)
class Statement:
    """A statement that passed every check."""

    section: Section
    text: str
    cites: tuple[int, ...]
    support: float  # the support score it reached (see support.py)


class DropReason(StrEnum):
    NO_SECTION = "no_section"
    NO_CITATION = "no_citation"
    UNKNOWN_CITATION = "unknown_citation"
    NOT_PERSONS_WORDS = "not_persons_words"
    NO_SUPPORT = "no_support"
    DIAGNOSIS = "diagnosis"
    OUTPUT_CHECK = "output_check"
    REPEATED = "repeated"

    @property
    def explanation(self) -> str:
        return _EXPLANATIONS[self]


_EXPLANATIONS = {
    DropReason.NO_SECTION: "not under any section of the summary",
    DropReason.NO_CITATION: "cites no message",
    DropReason.UNKNOWN_CITATION: "cites only messages that are not in the conversation",
    DropReason.NOT_PERSONS_WORDS: "rests only on the assistant's words, not the person's",
    DropReason.NO_SUPPORT: "no support in the cited messages",
    DropReason.DIAGNOSIS: "states a diagnosis the person did not state",
    DropReason.OUTPUT_CHECK: "blocked by the output check",
    DropReason.REPEATED: "repeats an earlier statement",
}


@dataclass(frozen=True)
class DroppedStatement:
    section: Section | None
    text: str
    cites: tuple[int, ...]
    reason: DropReason
    detail: str = ""  # e.g. the support score, or the output rule that blocked it


@dataclass(frozen=True)
class Summary:
    statements: tuple[Statement, ...]  # in the order drafted
    dropped: tuple[DroppedStatement, ...]
    model: str
    drafted_at: datetime
    shown_ids: tuple[int, ...]  # the messages the model was shown (the latest that fit its context)
    ignored_lines: int = 0  # model text that was not a statement at all (preamble, "none", blank bullets)
    # A draft for a clinician to review; never shown to the person before review (storage enforces it).
    reviewed: bool = False

    @property
    def sections(self) -> dict[Section, list[Statement]]:
        """Every section, in order, with its kept statements (possibly none)."""
        grouped: dict[Section, list[Statement]] = {section: [] for section in Section}
        for statement in self.statements:
            grouped[statement.section].append(statement)
        return grouped

    def removal_notes(self) -> list[str]:
        """One line per reason, most frequent first: "2 statements removed: no support in the cited messages"."""
        counts = Counter(d.reason for d in self.dropped)
        return [
            f"{n} statement{'s' if n != 1 else ''} removed: {reason.explanation}"
            for reason, n in counts.most_common()
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "sections": {
                section.value: [{"text": s.text, "cites": list(s.cites)} for s in statements]
                for section, statements in self.sections.items()
            },
            "dropped": [
                {"section": d.section.value if d.section else None, "text": d.text, "cites": list(d.cites),
                 "reason": d.reason.value, "explanation": d.reason.explanation, "detail": d.detail}
                for d in self.dropped
            ],
            "removal_notes": self.removal_notes(),
            "model": self.model,
            "drafted_at": self.drafted_at.isoformat(),
            "shown_ids": list(self.shown_ids),
            "reviewed": self.reviewed,
        }


@dataclass(frozen=True)
class Grounded:
    """What the grounding check kept, and what it dropped and why."""

    kept: tuple[Statement, ...] = ()
    dropped: tuple[DroppedStatement, ...] = ()
