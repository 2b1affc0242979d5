"""The typed definition every instrument shares, and the result of scoring one."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mindhaven.turn.types import RiskLevel


@dataclass(frozen=True)
class Coding:
    """A code in a code system: LOINC where verified, else a project ``urn:mindhaven:`` system."""

    system: str
    code: str
    display: str = ""


@dataclass(frozen=True)
class AnswerOption:
    value: int  # what the answer scores (0 "Not at all" ... 3 "Nearly every day"; 1 yes, 0 no)
    text: str
    coding: Coding
    aliases: tuple[str, ...] = ()  # other ways a person may say it in a conversation


@dataclass(frozen=True)
class EnableWhen:
    """Skip logic, as FHIR's Questionnaire.item.enableWhen: ask the item only when ``question``'s
    answer compares to ``answer`` by ``operator`` ("=" or ">")."""

    question: str
    operator: str
    answer: int

    def holds(self, value: int | None) -> bool:
        if value is None:
            return False
        return value == self.answer if self.operator == "=" else value > self.answer


@dataclass(frozen=True)
class Item:
    link_id: str
    text: str
    options: tuple[AnswerOption, ...]
    coding: Coding | None = None
    scored: bool = True
    required: bool = True
    enable_when: tuple[EnableWhen, ...] = ()
    enable_behavior: str = "all"  # "all" or "any" of enable_when must hold
    detail: str = ""  # printed under the question for whoever administers it

    def option(self, value: int) -> AnswerOption | None:
        return next((o for o in self.options if o.value == value), None)

    def is_enabled(self, answers: dict[str, int]) -> bool:
        if not self.enable_when:
            return True
        held = [c.holds(answers.get(c.question)) for c in self.enable_when]
        return any(held) if self.enable_behavior == "any" else all(held)


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    label: str


@dataclass(frozen=True)
class SafetyRule:
    """An answer of ``at_least`` or more to ``link_id`` is a crisis at ``risk_level``, whatever the total."""

    link_id: str
    at_least: int
    risk_level: RiskLevel
    reason: str
    follow_up: str | None = None


@dataclass(frozen=True)
class Instrument:
    key: str  # "phq9", "gad7", "phq2", "gad2", "cssrs-screener"
    name: str  # "PHQ-9"
    title: str
    stem: str  # the instruction read before the items
    items: tuple[Item, ...]
    scoring: str  # "sum" or "cssrs-triage"
    coding: Coding  # the instrument (a LOINC panel where one exists)
    total_coding: Coding  # the total score, or the triage result for the C-SSRS
    bands: tuple[Band, ...] = ()
    positive_at: int | None = None  # published cut-off for a positive screen
    max_prorated_missing: int = 0  # scored items that may be missing and prorated; 0: no published rule
    positive_follow_up: str | None = None  # the instrument a positive screen leads to
    safety: tuple[SafetyRule, ...] = ()
    copyright: str = ""

    def item(self, link_id: str) -> Item:
        for item in self.items:
            if item.link_id == link_id:
                return item
        raise ValueError(f"{self.name} has no item {link_id!r}")

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.scored)

    def band_for(self, total: int) -> str:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band.label
        raise ValueError(f"{self.name} total {total} is outside every band")


class ScoreStatus(StrEnum):
    COMPLETE = "complete"
    PRORATED = "prorated"  # a few items missing, scored by the instrument's published rule
    INCOMPLETE = "incomplete"  # too much missing to score; safety flags still read what was answered


@dataclass(frozen=True)
class Result:
    instrument: str
    status: ScoreStatus
    total: int | None  # None when incomplete, and always for the C-SSRS (it has no total)
    band: str | None  # severity band, or the C-SSRS triage level ("low risk" ...)
    positive_screen: bool | None
    crisis: bool  # a safety answer the caller must act on now
    risk_level: RiskLevel  # HIGH: run the crisis protocol
    answered: int
    missing: tuple[str, ...] = ()  # link ids of required items not answered
    reasons: tuple[str, ...] = ()  # the answers behind crisis / risk_level, for a clinician to read
    follow_up: str | None = None  # an instrument to administer next (e.g. the C-SSRS after PHQ-9 item 9)

    @property
    def complete(self) -> bool:
        return self.status is ScoreStatus.COMPLETE

    @property
    def prorated(self) -> bool:
        return self.status is ScoreStatus.PRORATED
