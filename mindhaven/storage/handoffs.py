"""Data access for live handoffs: a supporter or clinician takes a conversation over from the AI, writes to the
person, and hands it back. Taking over and handing back are audited; each message a human writes points at
its handoff, so it is attributable to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import Handoff, as_utc, utcnow
from mindhaven.storage.repository import (
    NewMessage,
    add_messages,
    find_conversation,
    renamed_message,
    store_pseudonyms,
)
from mindhaven.storage.vault import Vault
from mindhaven.turn.types import Role, Route

UNASSIGNED = "unassigned"  # ended_by when the holder stopped looking after the conversation
ACCOUNT_CHANGED = "account_changed"  # ended_by when the holder's account was disabled or changed role
NO_REPLY = "no_reply"  # ended_by when the person waited too long for the holder (mindhaven/handoff/waiting.py)


class HandoffConflict(Exception):
    """The handoff is not in the state the request needs; ``str()`` is for people."""


@dataclass(frozen=True)
class HandoffRecord:
    id: int
    conversation_id: str
    account_id: str | None
    staff_name: str
    staff_role: str
    started_at: datetime
    ended_at: datetime | None
    ended_by: str | None = None  # the holder's account id, or UNASSIGNED, ACCOUNT_CHANGED, NO_REPLY


@dataclass(frozen=True)
class StaffMember:
    account_id: str
    name: str
    role: str  # supporter or clinician
    actor: str  # as named in the audit log


class HandoffRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def current(self, conversation_id: str) -> HandoffRecord | None:
        with self._session() as session:
            row = _open_row(session, conversation_id)
            return _record(row) if row else None

    def latest(self, conversation_id: str) -> HandoffRecord | None:
        """The conversation's most recent handoff, open or ended."""
        with self._session() as session:
            row = session.scalar(select(Handoff).where(Handoff.conversation_id == conversation_id)
                                 .order_by(Handoff.started_at.desc(), Handoff.id.desc()).limit(1))
            return _record(row) if row else None

    def take_over(self, conversation_id: str, staff: StaffMember) -> HandoffRecord:
        """Open a handoff to ``staff``; the same again is harmless, someone else's open one a HandoffConflict."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            held = _open_row(session, conversation_id)
            if held is not None:
                return _record(_mine(held, staff))
            row = Handoff(conversation_id=conversation_id, account_id=staff.account_id, staff_name=staff.name,
                          staff_role=staff.role)
            session.add(row)
            try:
                session.flush()
            except IntegrityError:  # someone took over at the same moment: the index keeps one
                session.rollback()
                return self.take_over(conversation_id, staff)
            audit.record(session, self.vault, staff.actor, "handoff_started", conversation_id,
                         f"handoff {row.id}: {staff.role} took over from the AI")
            return _record(row)

    def hand_back(self, conversation_id: str, staff: StaffMember) -> HandoffRecord:
        """Close the handoff ``staff`` holds: the AI replies again from the next message."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            held = _open_row(session, conversation_id)
            if held is None:
                raise HandoffConflict("No one has taken this conversation over: the AI is already replying.")
            _mine(held, staff)
            _close(session, self.vault, held, staff.account_id, staff.actor)
            return _record(held)

    def end_unanswered(self, conversation_id: str) -> HandoffRecord | None:
        """Close the open handoff because the person has waited too long for a reply (audited as the
        system's act); None if it was already closed."""
        with self._session.begin() as session:
            held = _open_row(session, conversation_id)
            if held is None:
                return None
            _close(session, self.vault, held, NO_REPLY, "system")
            return _record(held)

    def add_message(self, conversation_id: str, staff: StaffMember, content: str, redacted: str,
                    pseudonyms: dict[str, str], ai_assisted: bool) -> int:
        """Store a message ``staff`` wrote while holding the handoff, with the updated placeholder map."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            held = _open_row(session, conversation_id)
            if held is None:
                raise HandoffConflict("Take the conversation over before writing to the person.")
            _mine(held, staff)
            message = NewMessage(Role.ASSISTANT, content, redacted, route=Route.HUMAN.value,
                                 source="human+ai" if ai_assisted else "human", handoff_id=held.id)
            _, cipher, renames = store_pseudonyms(session, self.vault, conversation_id, pseudonyms)
            return add_messages(session, self.vault, cipher, conversation_id, [renamed_message(message, renames)])[0]


def end_handoffs(session: Session, vault: Vault, account_id: str, actor: str, conversation_id: str | None = None,
                 reason: str = UNASSIGNED) -> int:
    """In the caller's transaction: close the open handoffs ``account_id`` holds (in one conversation, or all of
    them), e.g. when they stop looking after it or their account is disabled, so the AI is never left silent
    with no one there."""
    query = select(Handoff).where(Handoff.account_id == account_id, Handoff.ended_at.is_(None))
    if conversation_id is not None:
        query = query.where(Handoff.conversation_id == conversation_id)
    held = list(session.scalars(query.with_for_update()))
    for row in held:
        _close(session, vault, row, reason, actor)
    return len(held)


def _open_row(session: Session, conversation_id: str) -> Handoff | None:
    return session.scalar(select(Handoff).where(Handoff.conversation_id == conversation_id,
                                                Handoff.ended_at.is_(None)).with_for_update())


def _mine(held: Handoff, staff: StaffMember) -> Handoff:
    if held.account_id != staff.account_id:
        raise HandoffConflict(f"{held.staff_name} ({held.staff_role}) is already talking with this person; "
                              "only they can hand the conversation back.")
    return held


def _close(session: Session, vault: Vault, held: Handoff, ended_by: str, actor: str) -> None:
    session.execute(update(Handoff).where(Handoff.id == held.id).values(ended_at=utcnow(), ended_by=ended_by[:32]))
    session.refresh(held)
    audit.record(session, vault, actor, "handoff_ended", held.conversation_id,
                 f"handoff {held.id}: handed back to the AI" + ("" if ended_by == held.account_id else f" ({ended_by})"))


def _record(row: Handoff) -> HandoffRecord:
    return HandoffRecord(row.id, row.conversation_id, row.account_id, row.staff_name, row.staff_role,
                         as_utc(row.started_at), as_utc(row.ended_at), row.ended_by)
