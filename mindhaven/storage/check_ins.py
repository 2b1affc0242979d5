"""Data access for mood check-ins (the note is sealed: it is in the person's own words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import MoodCheckIn, as_utc
from mindhaven.storage.repository import NewEscalation, NewMessage, add_messages, find_conversation
from mindhaven.storage.vault import Cipher

TABLE = "mood_check_ins"


@dataclass(frozen=True)
class NewCheckIn:
    """A check-in as the person gave it, already checked (mindhaven/check_ins/validate.py)."""

    mood: int
    sleep_hours: float | None = None
    anxiety: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class CheckInRecord:
    id: int
    conversation_id: str
    created_at: datetime
    mood: int
    sleep_hours: float | None
    anxiety: int | None
    note: str | None


class CheckInRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def add(self, conversation_id: str, check_in: NewCheckIn, actor: str = "person", reply: NewMessage | None = None,
            escalation: NewEscalation | None = None) -> CheckInRecord:
        """``reply`` (the crisis protocol the person was shown about the note) and its ``escalation`` are
        stored in the same transaction as the check-in: never one without the others."""
        if escalation is not None and reply is None:
            raise ValueError("an escalation needs the message the person was shown")
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "save_check_in", conversation_id)
            cipher = self.vault.cipher(session, conversation_id)
            # The note is bound to its row id, known only once the row is inserted.
            row = MoodCheckIn(conversation_id=conversation_id, mood=check_in.mood, sleep_hours=check_in.sleep_hours,
                              anxiety=check_in.anxiety, note=None)
            session.add(row)
            session.flush()
            row.note = cipher.seal(TABLE, "note", row.id, check_in.note)
            if reply is not None:
                add_messages(session, self.vault, cipher, conversation_id, [reply], escalation)
            session.flush()
            return _record(row, cipher)

    def list(self, conversation_id: str, actor: str = "person") -> list[CheckInRecord]:
        """The conversation's check-ins, oldest first (an audited read)."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "read_check_ins", conversation_id)
            cipher = self.vault.cipher(session, conversation_id)
            rows = session.scalars(select(MoodCheckIn).where(MoodCheckIn.conversation_id == conversation_id)
                                   .order_by(MoodCheckIn.created_at, MoodCheckIn.id))
            return [_record(row, cipher) for row in rows]


def _record(row: MoodCheckIn, cipher: Cipher) -> CheckInRecord:
    return CheckInRecord(row.id, row.conversation_id, as_utc(row.created_at), row.mood, row.sleep_hours, row.anxiety,
                         cipher.open(TABLE, "note", row.id, row.note))
