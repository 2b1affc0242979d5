"""Data access for who looks after which conversation, and the facts access decisions need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from mindhaven.accounts.roles import STAFF
from mindhaven.storage import audit
from mindhaven.storage.accounts import AccountError, find_account
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.handoffs import end_handoffs
from mindhaven.storage.models import Assignment, Conversation, as_utc
from mindhaven.storage.repository import find_conversation


@dataclass(frozen=True)
class ConversationFacts:
    """What an access decision needs about a conversation: its owner, and whether the asker looks after it."""

    conversation_id: str
    owner_account_id: str | None
    assigned_to_asker: bool


@dataclass(frozen=True)
class AssignmentRecord:
    case_id: int  # what staff call the conversation: they never learn its id, the private link of an anonymous one
    conversation_id: str
    account_id: str
    assigned_at: datetime
    assigned_by: str
    country: str
    last_activity: datetime


class AssignmentRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def facts(self, conversation_id: str, asker_id: str | None) -> ConversationFacts:
        """Raises ConversationNotFound for unknown ids (to everyone alike)."""
        with self._session() as session:
            conversation = find_conversation(session, conversation_id)
            assigned = asker_id is not None and session.scalar(
                select(Assignment.id).where(Assignment.conversation_id == conversation_id,
                                            Assignment.account_id == asker_id)) is not None
            return ConversationFacts(conversation.id, conversation.owner_account_id, assigned)

    def assign(self, account_id: str, conversation_id: str, actor: str) -> AssignmentRecord:
        with self._session.begin() as session:
            conversation = find_conversation(session, conversation_id)
            account = find_account(session, account_id)
            if account.role not in STAFF or account.disabled_at is not None:
                raise AccountError("Only an active peer supporter or clinician can look after a conversation.")
            row = session.scalar(select(Assignment).where(Assignment.account_id == account_id,
                                                          Assignment.conversation_id == conversation_id))
            if row is None:
                row = Assignment(account_id=account_id, conversation_id=conversation_id, assigned_by=actor[:32])
                session.add(row)
                try:
                    session.flush()
                except IntegrityError:  # assigned at the same moment by someone else: the same outcome
                    session.rollback()
                    return self.assign(account_id, conversation_id, actor)
                audit.record(session, self.vault, actor, "assigned", conversation_id, f"to account {account_id}")
            return _record(row, conversation)

    def unassign(self, account_id: str, conversation_id: str, actor: str) -> bool:
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            removed = session.execute(delete(Assignment).where(
                Assignment.account_id == account_id, Assignment.conversation_id == conversation_id)).rowcount
            if removed:
                audit.record(session, self.vault, actor, "unassigned", conversation_id, f"from account {account_id}")
                end_handoffs(session, self.vault, account_id, actor, conversation_id)
            return bool(removed)

    def case_conversation(self, case_id: int, account_id: str) -> str | None:
        """The conversation behind one of this account's cases, or None if the case is not theirs."""
        with self._session() as session:
            row = session.get(Assignment, case_id)
            return row.conversation_id if row is not None and row.account_id == account_id else None

    def cases_of(self, account_id: str) -> dict[str, int]:
        """conversation id -> case id, for this account's cases."""
        with self._session() as session:
            rows = session.execute(select(Assignment.conversation_id, Assignment.id).where(
                Assignment.account_id == account_id))
            return dict(rows.all())

    def assigned_ids(self, account_id: str) -> set[str]:
        with self._session() as session:
            return set(session.scalars(select(Assignment.conversation_id).where(Assignment.account_id == account_id)))

    def caseload(self, account_id: str) -> list[AssignmentRecord]:
        """The conversations this supporter or clinician looks after, most recently active first."""
        with self._session() as session:
            rows = session.execute(
                select(Assignment, Conversation).join(Conversation, Conversation.id == Assignment.conversation_id)
                .where(Assignment.account_id == account_id).order_by(Conversation.updated_at.desc()))
            return [_record(a, c) for a, c in rows]


def _record(row: Assignment, conversation: Conversation) -> AssignmentRecord:
    return AssignmentRecord(row.id, row.conversation_id, row.account_id, as_utc(row.assigned_at), row.assigned_by,
                            conversation.country, as_utc(conversation.updated_at))
