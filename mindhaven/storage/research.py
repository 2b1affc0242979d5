"""Research use: a person may allow their conversation's de-identified messages to be exported for research.
It is off until they turn it on, separate from their consent to the service, and they can turn it off at any
time (later exports leave them out; earlier ones cannot be recalled, which the page says).

An export holds only what a model is allowed to see (each message with names, places, numbers and other
identifiers replaced by placeholders), the day it was sent, who sent it (person, AI, human supporter) and its
risk level. Conversations appear under a key drawn at random for each export, so two exports cannot be linked
with each other or with the conversation's private link.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import Message, ResearchPermission, as_utc
from mindhaven.storage.repository import find_conversation
from mindhaven.turn.types import RiskLevel

COLUMNS = ("conversation", "message", "day", "speaker", "risk_level", "text")


@dataclass(frozen=True)
class ResearchRow:
    conversation: str  # the export's own key for the conversation
    message: int  # 1, 2, ... within the conversation
    day: str  # ISO date
    speaker: str  # person, ai, human
    risk_level: str  # the person's messages only; empty otherwise
    text: str  # de-identified


class ResearchRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def allowed_since(self, conversation_id: str) -> datetime | None:
        with self._session() as session:
            find_conversation(session, conversation_id)
            row = session.get(ResearchPermission, conversation_id)
            return as_utc(row.granted_at) if row else None

    def set(self, conversation_id: str, allowed: bool, actor: str) -> datetime | None:
        """Turn research use on or off (audited when it changes); returns since when it is on."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            row = session.get(ResearchPermission, conversation_id)
            if allowed and row is None:
                row = ResearchPermission(conversation_id=conversation_id)
                session.add(row)
                session.flush()
                audit.record(session, self.vault, actor, "research_allowed", conversation_id)
            elif not allowed and row is not None:
                session.execute(delete(ResearchPermission).where(ResearchPermission.conversation_id == conversation_id))
                audit.record(session, self.vault, actor, "research_withdrawn", conversation_id)
                row = None
            return as_utc(row.granted_at) if row else None

    def export_rows(self, actor: str) -> Iterator[ResearchRow]:
        """Every message of every conversation whose person allowed research use, de-identified. The export
        itself is audited (who, and how many conversations), never its content."""
        salt = secrets.token_bytes(32)
        with self._session.begin() as session:
            allowed = list(session.scalars(select(ResearchPermission.conversation_id)
                                           .order_by(ResearchPermission.granted_at)))
            audit.record(session, self.vault, actor, "research_export", None, f"{len(allowed)} conversations")
        for conversation_id in allowed:
            key = hmac.new(salt, conversation_id.encode(), hashlib.sha256).hexdigest()[:12]
            with self._session() as session:
                cipher = self.vault.find(session, conversation_id)
                if cipher is None:  # erased since the list was read: nothing of it is left to export
                    continue
                rows = session.scalars(select(Message).where(Message.conversation_id == conversation_id)
                                       .order_by(Message.id))
                for n, m in enumerate(rows, 1):
                    speaker = "person" if m.role == "user" else "human" if m.handoff_id is not None else "ai"
                    level = RiskLevel(m.risk_level).label if m.role == "user" and m.risk_level is not None else ""
                    yield ResearchRow(key, n, as_utc(m.created_at).date().isoformat(), speaker, level,
                                      cipher.open("messages", "content_redacted", m.id, m.content_redacted))
