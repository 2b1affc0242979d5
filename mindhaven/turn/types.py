"""The typed data that flows between the stages of a turn.

receive -> de-identify -> assess risk -> route -> generate -> check output -> re-identify -> store
Each stage takes the previous stage's output type and returns its own; nothing else is shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any


class Role(StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


class RiskLevel(IntEnum):
    """Modelled on the C-SSRS screener's escalating steps."""

    NONE = 0
    LOW = 1  # distress, passive wish to be gone
    MODERATE = 2  # active thoughts, no plan
    HIGH = 3  # method, plan, intent or preparation
    IMMINENT = 4  # attempt under way, means at hand, time set

    @property
    def label(self) -> str:
        return self.name.lower()


class Route(StrEnum):
    SUPPORTIVE = "supportive"  # the LLM replies under the supportive-listener prompt
    CRISIS_AWARE = "crisis_aware"  # the LLM replies under a crisis-aware prompt, verified resources appended
    CRISIS_PROTOCOL = "crisis_protocol"  # a deterministic reply; no LLM text at all
    HUMAN = "human"  # a supporter or clinician has taken over: the AI stays silent
    QUESTIONNAIRE = "questionnaire"  # a questionnaire item asked in the chat: deterministic words, no LLM


# --- receive ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingMessage:
    """A message as it arrives from any interface, not yet trusted."""

    conversation_id: str
    content: str | bytes
    locale: str | None = None
    country: str | None = None


class ConsentStanding(StrEnum):
    """Where a conversation's consent stands; only GIVEN lets a turn run (turn/consent.py)."""

    MISSING = "missing"
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class HumanInCharge:
    """The supporter or clinician who has taken the conversation over from the AI (a live handoff)."""

    name: str
    role: str  # supporter or clinician
    # When the person's oldest message the human has not answered was written (None: nothing waiting).
    waiting_since: datetime | None = None


@dataclass(frozen=True)
class QuestionnaireInChat:
    """A questionnaire being asked inside the chat, one item at a time (questionnaires/in_chat.py)."""

    id: int
    instrument: str
    answers: dict[str, int]  # item id -> value, so far
    unclear: int = 0  # replies in a row that named no answer


@dataclass(frozen=True)
class ConversationState:
    """What the store knows about a conversation before this turn."""

    conversation_id: str
    locale: str
    country: str
    history: list[ChatMessage]  # de-identified, oldest first
    pseudonyms: dict[str, str]  # placeholder -> original value
    # The person's earlier messages as they wrote them, oldest first: read by our own risk
    # assessor only (de-identification can mistake words for names), never sent to a model.
    own_words: list[str] = field(default_factory=list)
    consent: ConsentStanding = ConsentStanding.MISSING
    human: HumanInCharge | None = None  # set while a live handoff is open
    questionnaire: QuestionnaireInChat | None = None  # set while one is being asked in the chat
    # Set for the turn in which a handoff ended because the person waited too long for the human.
    human_left: HumanInCharge | None = None


@dataclass(frozen=True)
class Received:
    conversation_id: str
    text: str  # cleaned and validated
    locale: str
    country: str
    state: ConversationState


# --- de-identify -----------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    placeholder: str


@dataclass(frozen=True)
class Deidentified:
    received: Received
    text: str  # with placeholders
    entities: list[Entity]
    pseudonyms: dict[str, str]  # the conversation's whole map, including new entries


# --- assess risk -----------------------------------------------------------------------


@dataclass(frozen=True)
class RiskSignal:
    category: str
    level: RiskLevel
    phrase: str  # the words that matched, for clinicians
    source: str  # which signal produced it, e.g. "lexicon"
    message_index: int = -1  # -1: the current message; otherwise an index into history


@dataclass(frozen=True)
class RiskAssessment:
    level: RiskLevel
    categories: dict[str, float]
    signals: list[RiskSignal]

    @property
    def this_message_level(self) -> RiskLevel:
        """What this message itself shows, read with the messages just before it, leaving out risk carried
        forward from earlier messages alone ("history" signals)."""
        return max((s.level for s in self.signals if s.message_index == -1), default=RiskLevel.NONE)

    @property
    def top_category(self) -> str:
        if not self.categories:
            return "none"
        return max(self.categories.items(), key=lambda kv: kv[1])[0]

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.label,
            "categories": self.categories,
            "top_category": self.top_category,
            "signals": [
                {"category": s.category, "level": s.level.label, "phrase": s.phrase, "source": s.source}
                for s in self.signals
            ],
        }


@dataclass(frozen=True)
class Assessed:
    deidentified: Deidentified
    risk: RiskAssessment


# --- route -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CrisisResource:
    name: str
    description: str
    phone: str | None = None
    text: str | None = None
    url: str | None = None
    hours: str | None = None
    kind: str = "crisis_line"  # crisis_line, text_line, chat, emergency, youth, lgbtq, domestic_violence
    source: str = ""
    verified: str = ""  # ISO date the entry was last checked against its source


@dataclass(frozen=True)
class QuestionnaireStep:
    """What this turn does to the questionnaire in the chat; stored with the turn's messages."""

    id: int
    answers: dict[str, int]
    unclear: int
    outcome: str | None  # None: still asking; "completed", "stopped" or "paused" (the person said more)
    reply: str  # MindHaven's words for this step ("" when paused: the conversation carries on)
    result: Any = None  # the instrument's scored Result once completed


@dataclass(frozen=True)
class Routed:
    assessed: Assessed
    route: Route
    resources: list[CrisisResource]
    resources_note: str  # deterministic text listing verified resources
    protocol_reply: str | None = None  # the deterministic reply: Route.CRISIS_PROTOCOL and Route.QUESTIONNAIRE
    questionnaire: QuestionnaireStep | None = None  # what this turn does to a questionnaire in the chat
    lead: str = ""  # deterministic words shown before the reply (the human who had taken over has left)

    @property
    def append_resources(self) -> bool:
        """After an LLM reply at moderate risk, the verified resources follow it; while a human has taken over,
        they are the only automatic words, and only from moderate risk up."""
        if self.route == Route.HUMAN:
            return self.assessed.risk.this_message_level >= RiskLevel.MODERATE
        return self.route == Route.CRISIS_AWARE


# --- generate and check output ---------------------------------------------------------


@dataclass(frozen=True)
class GuardFinding:
    rule: str
    reason: str
    excerpt: str  # what was blocked, kept for the audit trail (de-identified)


@dataclass
class GuardReport:
    findings: list[GuardFinding] = field(default_factory=list)  # text withheld
    rewrites: list[GuardFinding] = field(default_factory=list)  # wording changed, then shown

    @property
    def blocked(self) -> bool:
        return bool(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "blocked": self.blocked,
            "findings": [{"rule": f.rule, "reason": f.reason} for f in self.findings],
            "rewrites": [{"rule": f.rule, "reason": f.reason} for f in self.rewrites],
        }


@dataclass(frozen=True)
class Generated:
    """What the person was shown, in de-identified form, and how it came about."""

    text: str
    source: str  # "llm", "protocol" or "fallback"
    fallback_reason: str | None
    guard: GuardReport
    interrupted: bool = False


# --- store -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TurnResult:
    conversation_id: str
    user_message_id: int
    reply_message_id: int | None  # None when a human has taken over and nothing automatic was said
    reply: str  # re-identified, exactly what the person saw
    route: Route
    risk: RiskAssessment
    guard: GuardReport
    source: str
    fallback_reason: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "user_message_id": self.user_message_id,
            "reply_message_id": self.reply_message_id,
            "reply": self.reply,
            "route": self.route.value,
            "risk": self.risk.as_dict(),
            "guard": self.guard.as_dict(),
            "source": self.source,
            "fallback_reason": self.fallback_reason,
        }


# --- the stream of events a turn emits -------------------------------------------------


@dataclass(frozen=True)
class TextChunk:
    text: str  # re-identified, cleared by the output check


@dataclass(frozen=True)
class TurnDone:
    result: TurnResult


TurnEvent = TextChunk | TurnDone
