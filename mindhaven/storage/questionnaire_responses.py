"""Data access for completed questionnaires (PHQ-9, GAD-7, ...). The answers are sealed: each one is a
disclosure. The total, band and crisis flag stay in clear for the timeline.

Scoring is not done here: callers store what an instrument's scorer worked out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import QuestionnaireResponse, as_utc
from mindhaven.storage.questionnaire_rows import TABLE, Answer, add_response, check
from mindhaven.storage.repository import NewEscalation, NewMessage, add_messages, find_conversation


@dataclass(frozen=True)
class QuestionnaireRecord:
    id: int
    conversation_id: str
    instrument: str
    created_at: datetime  # when it was completed
    total: int | None  # None while incomplete, and for instruments without one (the C-SSRS screener)
    band: str | None
    crisis: bool
    source: str
    answers: dict[str, Answer] | None  # None unless asked for: most views need only the total


class QuestionnaireRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def add(self, conversation_id: str, instrument: str, answers: Mapping[str, Answer], total: int | None,
            band: str | None, crisis: bool, source: str, completed_at: datetime | None = None,
            actor: str = "person", reply: NewMessage | None = None,
            escalation: NewEscalation | None = None) -> QuestionnaireRecord:
        """Store a completed (or partly completed) questionnaire as its scorer worked it out. ValueError for
        values no scorer should produce; ConversationNotFound for unknown conversations.

        ``reply`` (a message the person was shown about it, such as the crisis protocol) and an
        ``escalation`` tied to that message are stored in the same transaction: never one without the other."""
        check(instrument, answers, total, band, source)
        if escalation is not None and reply is None:
            raise ValueError("an escalation needs the message the person was shown")
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            cipher = self.vault.cipher(session, conversation_id)
            row = add_response(session, self.vault, cipher, conversation_id, instrument, answers, total, band, crisis,
                               source, completed_at, actor)
            if reply is not None:
                add_messages(session, self.vault, cipher, conversation_id, [reply], escalation)
            session.flush()
            return _record(row, dict(answers))

    def list(self, conversation_id: str, actor: str = "person",
             with_answers: bool = False) -> list[QuestionnaireRecord]:
        """The conversation's questionnaires, oldest first (an audited read); answers opened only if asked for."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "read_questionnaires", conversation_id,
                         "with answers" if with_answers else "")
            cipher = self.vault.cipher(session, conversation_id) if with_answers else None
            rows = session.scalars(select(QuestionnaireResponse)
                                   .where(QuestionnaireResponse.conversation_id == conversation_id)
                                   .order_by(QuestionnaireResponse.created_at, QuestionnaireResponse.id))
            return [_record(row, cipher.open_json(TABLE, "answers", row.id, row.answers) if cipher else None)
                    for row in rows]


def _record(row: QuestionnaireResponse, answers: dict[str, Answer] | None) -> QuestionnaireRecord:
    return QuestionnaireRecord(row.id, row.conversation_id, row.instrument, as_utc(row.created_at), row.total,
                               row.band, row.crisis, row.source, answers)
