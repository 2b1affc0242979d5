"""Data access for conversations and messages. Callers get plain records, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select

from mindhaven.storage.db import session_factory
from mindhaven.storage.models import Conversation, Escalation, Message
from mindhaven.turn.types import ChatMessage, ConversationState, Role


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


@dataclass(frozen=True)
class NewEscalation:
    """Raised with the turn's messages, in the same transaction, so it can never be lost."""

    level: int
    categories: dict[str, float]
    signals: list[dict[str, Any]]
    country: str


class Repository:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._session = session_factory(engine)

    def create_conversation(self, locale: str, country: str) -> ConversationRecord:
        conversation = Conversation(id=uuid.uuid4().hex, locale=locale, country=country.upper(), pseudonyms={})
        with self._session.begin() as session:
            session.add(conversation)
        return _conversation_record(conversation)

    def get_conversation(self, conversation_id: str) -> ConversationRecord:
        with self._session() as session:
            return _conversation_record(self._conversation(session, conversation_id))

    def load_state(self, conversation_id: str) -> ConversationState:
        with self._session() as session:
            conversation = self._conversation(session, conversation_id)
            history = [ChatMessage(Role(m.role), m.content_redacted) for m in conversation.messages]
            return ConversationState(
                conversation_id=conversation.id,
                locale=conversation.locale,
                country=conversation.country,
                history=history,
                pseudonyms=dict(conversation.pseudonyms or {}),
                own_words=[m.content for m in conversation.messages if m.role == Role.USER],
            )

    def messages(self, conversation_id: str) -> list[MessageRecord]:
        with self._session() as session:
            self._conversation(session, conversation_id)
            rows = session.scalars(
                select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
            )
            return [_message_record(m) for m in rows]

    def append(
        self, conversation_id: str, messages: list[NewMessage], pseudonyms: dict[str, str],
        locale: str | None = None, country: str | None = None, escalation: NewEscalation | None = None,
    ) -> list[int]:
        """Add messages, the updated pseudonym map and any escalation (tied to the first message)
        in one transaction; returns the new message ids."""
        with self._session.begin() as session:
            conversation = self._conversation(session, conversation_id)
            conversation.pseudonyms = dict(pseudonyms)
            if locale:
                conversation.locale = locale
            if country:
                conversation.country = country.upper()
            rows = [Message(conversation_id=conversation_id, **vars(m)) for m in messages]
            for row in rows:
                row.role = str(row.role)
            session.add_all(rows)
            session.flush()
            if escalation is not None:
                session.add(Escalation(conversation_id=conversation_id, message_id=rows[0].id, **vars(escalation)))
            return [row.id for row in rows]

    @staticmethod
    def _conversation(session, conversation_id: str) -> Conversation:
        return find_conversation(session, conversation_id)


def find_conversation(session, conversation_id: str) -> Conversation:
    """The conversation, or ConversationNotFound for unknown and malformed ids alike."""
    conversation = session.get(Conversation, conversation_id) if _looks_like_id(conversation_id) else None
    if conversation is None:
        raise ConversationNotFound(conversation_id)
    return conversation


def _looks_like_id(value: str) -> bool:
    return isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def _conversation_record(c: Conversation) -> ConversationRecord:
    return ConversationRecord(c.id, c.created_at, c.locale, c.country)


def _message_record(m: Message) -> MessageRecord:
    return MessageRecord(
        m.id, m.conversation_id, m.created_at, m.role, m.content, m.route, m.risk_level, m.risk, m.guard,
        m.source, m.fallback_reason, m.interrupted,
    )
