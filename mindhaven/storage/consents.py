"""Data access for consent: which version of the terms a conversation was given under, and when it
was withdrawn. Only versions and times are stored, never anything the person wrote.

Each giving or withdrawal is audited in the same transaction (storage/audit.py). The newest row
counts: a conversation may be processed only while it has one and it is not withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import Consent, as_utc, utcnow
from mindhaven.storage.repository import add_consent, find_conversation


@dataclass(frozen=True)
class ConsentStatus:
    version: str
    given_at: datetime
    withdrawn_at: datetime | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def newest_consent(session: Session, conversation_id: str) -> Consent | None:
    query = select(Consent).where(Consent.conversation_id == conversation_id).order_by(Consent.id.desc()).limit(1)
    return session.scalars(query).first()


class ConsentRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def give(self, conversation_id: str, version: str, actor: str = "person") -> ConsentStatus:
        """Consent to ``version``; also how consent is given again after a withdrawal. Giving the
        version already in force changes nothing."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            current = newest_consent(session, conversation_id)
            if current is None or not _status(current).active or current.version != version:
                current = add_consent(session, self.vault, conversation_id, version, actor)
            return _status(current)

    def withdraw(self, conversation_id: str, actor: str = "person") -> ConsentStatus | None:
        """Withdraw the consent in force; None if consent was never given. Withdrawing twice changes nothing."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            current = newest_consent(session, conversation_id)
            if current is not None and current.withdrawn_at is None:
                current.withdrawn_at = utcnow()
                audit.record(session, self.vault, actor, "consent_withdrawn", conversation_id,
                             f"version {current.version}")
            return _status(current) if current is not None else None

    def status(self, conversation_id: str) -> ConsentStatus | None:
        with self._session() as session:
            find_conversation(session, conversation_id)
            current = newest_consent(session, conversation_id)
            return _status(current) if current is not None else None

    def history(self, conversation_id: str) -> list[ConsentStatus]:
        """Every giving of consent, oldest first, each with its withdrawal if any."""
        with self._session() as session:
            find_conversation(session, conversation_id)
            rows = session.scalars(
                select(Consent).where(Consent.conversation_id == conversation_id).order_by(Consent.id))
            return [_status(row) for row in rows]


def _status(row: Consent) -> ConsentStatus:
    return ConsentStatus(row.version, as_utc(row.given_at), as_utc(row.withdrawn_at))
