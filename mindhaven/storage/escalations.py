"""Data access for escalations: the in-app queue and webhook delivery bookkeeping.

An escalation must reach a human even if its sealed signals cannot be opened: then its record says
so (``signals`` is None) and the error is logged, but it is still listed and delivered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.envelope import EncryptionError
from mindhaven.storage.models import Escalation, Message, utcnow
from mindhaven.storage.repository import add_escalation
from mindhaven.storage.vault import Vault

log = logging.getLogger(__name__)


class EscalationNotFound(LookupError):
    pass


PERSON_ASKED = "person_asked"  # the reason of an escalation the person raised by asking for a human

@dataclass(frozen=True)
class EscalationRecord:
    id: int
    conversation_id: str
    message_id: int
    created_at: datetime
    level: int
    categories: dict[str, float]
    signals: list[dict[str, Any]] | None  # None: stored, but could not be decrypted
    country: str
    reason: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    attempts: int
    delivered_at: datetime | None
    next_attempt_at: datetime
    last_error: str | None


class EscalationRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def open(self, actor: str = "staff-token", conversation_id: str | None = None) -> list[EscalationRecord]:
        """Unacknowledged escalations (in one conversation, if given), most severe first, then oldest first
        (an audited read)."""
        query = select(Escalation).where(Escalation.acknowledged_at.is_(None))
        if conversation_id is not None:
            query = query.where(Escalation.conversation_id == conversation_id)
        with self._session.begin() as session:
            rows = list(session.scalars(query.order_by(Escalation.level.desc(), Escalation.created_at)))
            audit.record(session, self.vault, actor, "read_escalations", conversation_id,
                         f"{len(rows)} open: " + ",".join(str(e.id) for e in rows)[:180])
            return [_record(e, session, self.vault) for e in rows]

    def request_human(self, conversation_id: str, country: str) -> EscalationRecord:
        """The person asked to talk to a person: queue it like a crisis, at the highest risk level
        the conversation has reached, and never drop it."""
        with self._session.begin() as session:
            last, level = session.execute(
                select(func.max(Message.id), func.coalesce(func.max(Message.risk_level), 0))
                .where(Message.conversation_id == conversation_id, Message.role == "user")
            ).one()
            if last is None:
                raise EscalationNotFound("a conversation needs a message before a person can be asked for")
            cipher = self.vault.cipher(session, conversation_id)
            row = add_escalation(session, self.vault, cipher, conversation_id, last, level, {}, [], country,
                                 PERSON_ASKED, actor="person")
            return _record(row, session, self.vault)

    def get(self, escalation_id: int, actor: str = "system") -> EscalationRecord:
        with self._session.begin() as session:
            row = self._row(session, escalation_id)
            audit.record(session, self.vault, actor, "read_escalation", row.conversation_id, f"escalation {row.id}")
            return _record(row, session, self.vault)

    def due(self, now: datetime | None = None, limit: int = 50) -> list[EscalationRecord]:
        """Unacknowledged escalations whose next delivery attempt is due. Alerts carry no phrases, so
        theirs are not decrypted (``signals`` is None here)."""
        now = now or utcnow()
        with self._session() as session:
            rows = session.scalars(
                select(Escalation)
                .where(Escalation.acknowledged_at.is_(None), Escalation.next_attempt_at <= now)
                .order_by(Escalation.next_attempt_at).limit(limit)
            )
            return [_record(e, session, self.vault, with_signals=False) for e in rows]

    def record_attempt(self, escalation_id: int, delivered: bool, error: str | None, retry_in: timedelta) -> None:
        with self._session.begin() as session:
            row = self._row(session, escalation_id)
            row.attempts += 1
            row.last_error = error[:300] if error else None
            if delivered and row.delivered_at is None:
                row.delivered_at = utcnow()
            row.next_attempt_at = utcnow() + retry_in
            audit.record(session, self.vault, "delivery", "escalation_sent" if delivered else "escalation_send_failed",
                         row.conversation_id, f"escalation {row.id}, attempt {row.attempts}")

    def acknowledge(self, escalation_id: int, by: str, actor: str = "staff-token") -> EscalationRecord:
        with self._session.begin() as session:
            row = self._row(session, escalation_id)
            if row.acknowledged_at is None:
                row.acknowledged_at, row.acknowledged_by = utcnow(), by[:120]
            audit.record(session, self.vault, actor, "escalation_acknowledged", row.conversation_id,
                         f"escalation {row.id}")
            return _record(row, session, self.vault)

    @staticmethod
    def _row(session, escalation_id: int) -> Escalation:
        row = session.get(Escalation, escalation_id)
        if row is None:
            raise EscalationNotFound(escalation_id)
        return row


def _signals(e: Escalation, session, vault: Vault) -> list[dict[str, Any]] | None:
    try:
        return list(vault.cipher(session, e.conversation_id).open_json("escalations", "signals", e.id, e.signals))
    except EncryptionError as exc:
        log.error("escalation %s is listed without its signals: %s", e.id, exc)
        return None


def _record(e: Escalation, session, vault: Vault, with_signals: bool = True) -> EscalationRecord:
    return EscalationRecord(
        e.id, e.conversation_id, e.message_id, e.created_at, e.level, dict(e.categories or {}),
        _signals(e, session, vault) if with_signals else None, e.country, e.reason, e.acknowledged_at, e.acknowledged_by, e.attempts,
        e.delivered_at, e.next_attempt_at, e.last_error,
    )
