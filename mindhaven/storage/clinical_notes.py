"""Data access for private clinical notes: sealed, added and never edited (a correction is a new note), read
only by the case's clinicians, every read and addition audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import ClinicalNote, as_utc
from mindhaven.storage.repository import find_conversation

TABLE = "clinical_notes"
MAX_NOTE_CHARS = 8000


@dataclass(frozen=True)
class NoteRecord:
    id: int
    author_name: str
    created_at: datetime
    text: str


class ClinicalNoteRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def add(self, conversation_id: str, text: str, account_id: str, author_name: str, actor: str) -> NoteRecord:
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            row = ClinicalNote(conversation_id=conversation_id, author_account_id=account_id,
                               author_name=author_name[:120], text="")
            session.add(row)
            session.flush()  # the sealed text is bound to the row's id
            row.text = self.vault.cipher(session, conversation_id).seal(TABLE, "text", row.id, text)
            audit.record(session, self.vault, actor, "note_added", conversation_id, f"note {row.id}")
            return NoteRecord(row.id, row.author_name, as_utc(row.created_at), text)

    def list(self, conversation_id: str, actor: str) -> list[NoteRecord]:
        """The case's notes, newest first (an audited read)."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "read_notes", conversation_id)
            cipher = self.vault.cipher(session, conversation_id)
            rows = session.scalars(select(ClinicalNote).where(ClinicalNote.conversation_id == conversation_id)
                                   .order_by(ClinicalNote.id.desc()))
            return [NoteRecord(r.id, r.author_name, as_utc(r.created_at), cipher.open(TABLE, "text", r.id, r.text))
                    for r in rows]
