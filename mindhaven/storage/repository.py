"""Data access for conversations and messages. Callers get plain records, never ORM objects.

What people wrote is sealed here on the way in and opened on the way out (storage/vault.py):
the rest of the code only ever sees plain text.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from mindhaven.privacy.pseudonyms import merge as pseudonyms_merge
from mindhaven.privacy.pseudonyms import renamed
from mindhaven.storage import audit
from mindhaven.storage.chat_questionnaires import open_in_chat, record_step, start_in_chat
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import Consent, Conversation, Escalation, Handoff, Message, as_utc, utcnow
from mindhaven.storage.vault import Cipher, Vault
from mindhaven.turn.types import (
    ChatMessage,
    ConsentStanding,
    ConversationState,
    HumanInCharge,
    QuestionnaireStep,
    RiskAssessment,
    Role,
)


class ConversationNotFound(LookupError):
    pass


@dataclass(frozen=True)
class ConversationRecord:
    id: str
    created_at: datetime
    locale: str
    country: str


@dataclass(frozen=True)
class MessageRecord:
    id: int
    conversation_id: str
    created_at: datetime
    role: str
    content: str
    route: str | None
    risk_level: int | None
    risk: dict[str, Any] | None
    guard: dict[str, Any] | None
    source: str | None
    fallback_reason: str | None
    interrupted: bool
    author: HumanInCharge | None = None  # the supporter or clinician who wrote it, during a live handoff


@dataclass(frozen=True)
class ModelMessage:
    id: int
    role: str
    by_human: bool  # written by a supporter or clinician during a handoff
    text: str  # de-identified


@dataclass(frozen=True)
class NewMessage:
    role: Role
    content: str
    content_redacted: str
    route: str | None = None
    risk_level: int | None = None
    risk: dict[str, Any] | None = None
    guard: dict[str, Any] | None = None
    source: str | None = None
    fallback_reason: str | None = None
    interrupted: bool = False
    handoff_id: int | None = None  # written by the human who took the conversation over


@dataclass(frozen=True)
class NewEscalation:
    """Raised with the turn's messages, in the same transaction, so it can never be lost."""

    level: int
    categories: dict[str, float]
    signals: list[dict[str, Any]]
    country: str
    reason: str = "crisis_protocol"

    @classmethod
    def from_risk(cls, risk: RiskAssessment, country: str, reason: str = "crisis_protocol") -> NewEscalation:
        """The level, category scores and explaining signals of an assessment, as the on-call humans get them."""
        return cls(int(risk.level), risk.categories, risk.as_dict()["signals"], country, reason)


class Repository:
    def __init__(self, database: Database):
        self.database = database
        self.vault = database.vault
        self._session = session_factory(database.engine)

    @property
    def engine(self) -> Engine:
        return self.database.engine

    def create_conversation(self, locale: str, country: str, consent_version: str | None = None,
                            actor: str = "person", owner_account_id: str | None = None) -> ConversationRecord:
        """A new conversation; with ``consent_version``, consent to it is recorded in the same transaction.
        With ``owner_account_id`` it belongs to that person's account; otherwise only its link opens it."""
        conversation = Conversation(id=uuid.uuid4().hex, locale=locale, country=country.upper(),
                                    owner_account_id=owner_account_id)
        with self._session.begin() as session:
            cipher = self.vault.create(session, conversation.id)
            conversation.pseudonyms = cipher.seal_json("conversations", "pseudonyms", conversation.id, {})
            session.add(conversation)
            if consent_version is not None:
                session.flush()
                add_consent(session, self.vault, conversation.id, consent_version, actor)
        return _conversation_record(conversation)

    def owned_by(self, account_id: str) -> list[ConversationRecord]:
        """A person's own conversations, newest activity first."""
        with self._session() as session:
            rows = session.scalars(select(Conversation).where(Conversation.owner_account_id == account_id)
                                   .order_by(Conversation.updated_at.desc()))
            return [_conversation_record(c) for c in rows]

    def get_conversation(self, conversation_id: str) -> ConversationRecord:
        with self._session() as session:
            return _conversation_record(find_conversation(session, conversation_id))

    def load_state(self, conversation_id: str) -> ConversationState:
        with self._session() as session:
            conversation = find_conversation(session, conversation_id)
            cipher = self.vault.cipher(session, conversation.id)
            rows = conversation.messages
            return ConversationState(
                conversation_id=conversation.id,
                locale=conversation.locale,
                country=conversation.country,
                history=[ChatMessage(Role(m.role), _open(cipher, m, "content_redacted")) for m in rows],
                pseudonyms=_pseudonyms(cipher, conversation),
                own_words=[_open(cipher, m, "content") for m in rows if m.role == Role.USER],
                consent=_consent_standing(session, conversation.id),
                human=human_in_charge(session, conversation.id),
                questionnaire=open_in_chat(session, cipher, conversation.id),
            )

    def pseudonyms(self, conversation_id: str) -> dict[str, str]:
        """The conversation's placeholder map alone (no message is opened)."""
        with self._session() as session:
            conversation = find_conversation(session, conversation_id)
            return _pseudonyms(self.vault.cipher(session, conversation.id), conversation)

    def messages(self, conversation_id: str, actor: str = "person") -> list[MessageRecord]:
        """The conversation's messages, opened; the read is audited (storage/audit.py)."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "read_messages", conversation_id)
            return _messages(session, self.vault.cipher(session, conversation_id), conversation_id)

    def messages_after(self, conversation_id: str, after: int) -> list[MessageRecord]:
        """Messages newer than id ``after``, for a live view whose opening read was audited."""
        with self._session() as session:
            newest = _newest_message_id(session, conversation_id)
            if newest <= after:  # the usual case, polled often: no key is unwrapped
                find_conversation(session, conversation_id)
                return []
            return _messages(session, self.vault.cipher(session, conversation_id), conversation_id, Message.id > after)

    def for_model(self, conversation_id: str) -> list[ModelMessage]:
        """The messages as a model may read them: de-identified, oldest first (for a clinician's summary)."""
        with self._session() as session:
            find_conversation(session, conversation_id)
            cipher = self.vault.cipher(session, conversation_id)
            rows = session.scalars(select(Message).where(Message.conversation_id == conversation_id)
                                   .order_by(Message.id))
            return [ModelMessage(m.id, m.role, m.handoff_id is not None, _open(cipher, m, "content_redacted"))
                    for m in rows]

    def latest_message_id(self, conversation_id: str) -> int:
        with self._session() as session:
            return _newest_message_id(session, conversation_id)

    def append(
        self, conversation_id: str, messages: list[NewMessage], pseudonyms: dict[str, str],
        locale: str | None = None, country: str | None = None, escalation: NewEscalation | None = None,
        questionnaire: QuestionnaireStep | None = None,
    ) -> list[int]:
        """Add messages, the updated pseudonym map, any escalation (tied to the first message) and what the turn
        did to a questionnaire in the chat, in one transaction; returns the new message ids."""
        with self._session.begin() as session:
            conversation, cipher, renames = store_pseudonyms(session, self.vault, conversation_id, pseudonyms)
            messages = [renamed_message(m, renames) for m in messages]
            if escalation is not None and renames:
                escalation = replace(escalation, signals=_renamed_json(escalation.signals, renames))
            if locale:
                conversation.locale = locale
            if country:
                conversation.country = country.upper()
            if questionnaire is not None:
                record_step(session, self.vault, cipher, conversation_id, questionnaire)
            return add_messages(session, self.vault, cipher, conversation_id, messages, escalation)

    def start_questionnaire(self, conversation_id: str, instrument: str, opening: str) -> int:
        """Begin asking ``instrument`` in the chat: MindHaven's opening message (returned id) and the open
        questionnaire, in one transaction."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            cipher = self.vault.cipher(session, conversation_id)
            start_in_chat(session, cipher, conversation_id, instrument)
            message = NewMessage(Role.ASSISTANT, opening, opening, route="questionnaire", source="questionnaire")
            return add_messages(session, self.vault, cipher, conversation_id, [message])[0]


def store_pseudonyms(session: Session, vault: Vault, conversation_id: str,
                     pseudonyms: dict[str, str]) -> tuple[Conversation, Cipher, dict[str, str]]:
    """Merge a writer's placeholder map into the stored one, in the caller's transaction; returns the writer's
    placeholders the merge renamed (``privacy.pseudonyms.merge``), for ``renamed_message``."""
    # The update takes SQLite's write lock, or PostgreSQL's lock on the row, before the map is read: another
    # writer's merge waits for this transaction to end.
    session.execute(update(Conversation).where(Conversation.id == conversation_id).values(updated_at=utcnow())
                    .execution_options(synchronize_session=False))
    conversation = find_conversation(session, conversation_id, fresh=True)
    cipher = vault.cipher(session, conversation_id)
    merged, renames = pseudonyms_merge(_pseudonyms(cipher, conversation), pseudonyms)
    conversation.pseudonyms = cipher.seal_json("conversations", "pseudonyms", conversation_id, merged)
    return conversation, cipher, renames


def renamed_message(message: NewMessage, renames: dict[str, str]) -> NewMessage:
    """``message`` with its placeholders renamed, in the text the model reads and in what was recorded of it."""
    if not renames:
        return message
    return replace(message, content_redacted=renamed(message.content_redacted, renames),
                   risk=_renamed_json(message.risk, renames), guard=_renamed_json(message.guard, renames))


def _renamed_json(value: Any, renames: dict[str, str]) -> Any:
    return json.loads(renamed(json.dumps(value), renames))


def add_messages(session: Session, vault: Vault, cipher: Cipher, conversation_id: str, messages: list[NewMessage],
                 escalation: NewEscalation | None = None) -> list[int]:
    """Add sealed messages and any escalation (tied to the first message), in the caller's transaction."""
    # Each value is bound to its row id, known only once the row is inserted: insert with
    # empty values, then seal (both within this transaction).
    rows = [Message(conversation_id=conversation_id, **_unsealed(m)) for m in messages]
    session.add_all(rows)
    session.flush()
    for row, message in zip(rows, messages):
        row.content = cipher.seal("messages", "content", row.id, message.content)
        row.content_redacted = cipher.seal("messages", "content_redacted", row.id, message.content_redacted)
        row.risk = cipher.seal_json("messages", "risk", row.id, message.risk)
        row.guard = cipher.seal_json("messages", "guard", row.id, message.guard)
    if escalation is not None:
        add_escalation(session, vault, cipher, conversation_id, rows[0].id, escalation.level,
                       escalation.categories, escalation.signals, escalation.country, escalation.reason)
    return [row.id for row in rows]


def add_escalation(session: Session, vault: Vault, cipher: Cipher, conversation_id: str, message_id: int,
                   level: int, categories: dict[str, float], signals: list[dict[str, Any]], country: str,
                   reason: str = "crisis_protocol", actor: str = "system") -> Escalation:
    """Queue an escalation and audit it, in the caller's transaction."""
    row = Escalation(conversation_id=conversation_id, message_id=message_id, level=level, categories=categories,
                     signals="", country=country, reason=reason)
    session.add(row)
    session.flush()
    row.signals = cipher.seal_json("escalations", "signals", row.id, signals)
    audit.record(session, vault, actor, "escalation_created", conversation_id,
                 f"escalation {row.id}, {reason}, level {level}")
    return row


def add_consent(session: Session, vault: Vault, conversation_id: str, version: str, actor: str = "person") -> Consent:
    """Record consent to a version of the terms and audit it, in the caller's transaction."""
    row = Consent(conversation_id=conversation_id, version=version)
    session.add(row)
    session.flush()
    audit.record(session, vault, actor, "consent_given", conversation_id, f"version {version}")
    return row


def _consent_standing(session: Session, conversation_id: str) -> ConsentStanding:
    """From the newest consent row only: one indexed lookup per turn."""
    newest = session.execute(
        select(Consent.withdrawn_at).where(Consent.conversation_id == conversation_id)
        .order_by(Consent.id.desc()).limit(1)
    ).first()
    if newest is None:
        return ConsentStanding.MISSING
    return ConsentStanding.GIVEN if newest.withdrawn_at is None else ConsentStanding.WITHDRAWN


def _newest_message_id(session: Session, conversation_id: str) -> int:
    return session.scalar(select(func.max(Message.id)).where(Message.conversation_id == conversation_id)) or 0


def human_in_charge(session: Session, conversation_id: str) -> HumanInCharge | None:
    """Who has taken the conversation over from the AI, if anyone, and since when the person has been
    waiting for them: the person's first message after the human's last one (or after they took over)."""
    row = session.execute(select(Handoff.id, Handoff.staff_name, Handoff.staff_role, Handoff.started_at).where(
        Handoff.conversation_id == conversation_id, Handoff.ended_at.is_(None))).first()
    if row is None:
        return None
    answered = session.scalar(select(func.max(Message.created_at)).where(Message.handoff_id == row.id))
    waiting = session.scalar(select(func.min(Message.created_at)).where(
        Message.conversation_id == conversation_id, Message.role == Role.USER.value,
        Message.created_at > (answered or row.started_at)))
    return HumanInCharge(row.staff_name, row.staff_role, as_utc(waiting) if waiting else None)


def _messages(session: Session, cipher: Cipher, conversation_id: str, *conditions) -> list[MessageRecord]:
    rows = session.execute(
        select(Message, Handoff.staff_name, Handoff.staff_role)
        .outerjoin(Handoff, Handoff.id == Message.handoff_id)
        .where(Message.conversation_id == conversation_id, *conditions).order_by(Message.id)
    )
    return [_message_record(m, cipher, HumanInCharge(name, role) if name else None) for m, name, role in rows]


def find_conversation(session, conversation_id: str, fresh: bool = False) -> Conversation:
    """The conversation, or ConversationNotFound for unknown and malformed ids alike; with ``fresh``, read from
    the database even when this session has already loaded it."""
    conversation = session.get(Conversation, conversation_id, populate_existing=fresh) \
        if _looks_like_id(conversation_id) else None
    if conversation is None:
        raise ConversationNotFound(conversation_id)
    return conversation


def _looks_like_id(value: str) -> bool:
    return isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def _conversation_record(c: Conversation) -> ConversationRecord:
    return ConversationRecord(c.id, c.created_at, c.locale, c.country)


def _open(cipher: Cipher, m: Message, column: str) -> str:
    return cipher.open("messages", column, m.id, getattr(m, column))


def _pseudonyms(cipher: Cipher, c: Conversation) -> dict[str, str]:
    return dict(cipher.open_json("conversations", "pseudonyms", c.id, c.pseudonyms) or {})


def _unsealed(m: NewMessage) -> dict[str, Any]:
    """The row's clear columns; sealed ones empty for now (None stays None, so NOT NULL still holds)."""
    values = {**vars(m), "role": str(m.role)}
    for column in ("content", "content_redacted", "risk", "guard"):
        values[column] = None if values[column] is None else ""
    return values


def _message_record(m: Message, cipher: Cipher, author: HumanInCharge | None = None) -> MessageRecord:
    return MessageRecord(
        m.id, m.conversation_id, m.created_at, m.role, _open(cipher, m, "content"), m.route, m.risk_level,
        cipher.open_json("messages", "risk", m.id, m.risk), cipher.open_json("messages", "guard", m.id, m.guard),
        m.source, m.fallback_reason, m.interrupted, author,
    )
