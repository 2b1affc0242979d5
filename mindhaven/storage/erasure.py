"""Erasure: a person's conversations and account removed, their data keys destroyed first.

Crypto-shredding: every sealed value of a conversation is encrypted with its own data key. Deleting the
``data_keys`` row makes the sealed values unreadable anywhere the key is gone, even in copies of the
rows; a backup taken before the erasure still holds the key until that backup expires. The rows
themselves are deleted too (the conversation, and by ON DELETE CASCADE its messages, escalations,
safety plan, mood check-ins, questionnaire results, consents and assignments).

Storage engines keep deleted bytes around: SQLite runs with ``secure_delete`` (db.py), so deleted rows
are zeroed in the file, and its write-ahead log is checkpointed and truncated after an erasure.
PostgreSQL keeps dead tuples until VACUUM, so the affected tables are vacuumed after an erasure; that
frees the space for reuse, but only VACUUM FULL rewrites the files, and old WAL segments hold the
bytes until recycled. The destroyed key is what makes any such leftover unreadable.

Audit entries are kept (deleting them would break the chain): they hold the opaque conversation id,
times, actors and actions, never content. An erasure is itself audited, with counts and a reason code.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from mindhaven.storage import audit
from mindhaven.storage.accounts import find_account
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import (
    Account,
    ApiToken,
    Assignment,
    ClinicalNote,
    Consent,
    Conversation,
    DataKey,
    Escalation,
    Handoff,
    LoginSession,
    Message,
    MoodCheckIn,
    QuestionnaireResponse,
    ResearchPermission,
    SafetyPlan,
    SessionSummary,
)
from mindhaven.storage.repository import ConversationNotFound, find_conversation
from mindhaven.storage.vault import CONVERSATION

log = logging.getLogger(__name__)

# A reason is kept in the audit log for good, so it is a short code, never free text that could name someone.
REASON_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
CONVERSATION_TABLES = ("data_keys", "conversations", "messages", "escalations", "safety_plans", "mood_check_ins",
                       "questionnaire_responses", "consents", "assignments", "handoffs", "session_summaries",
                       "clinical_notes")
ACCOUNT_TABLES = ("accounts", "login_sessions", "api_tokens", "assignments")


class InvalidReason(ValueError):
    pass


@dataclass(frozen=True)
class ErasureReport:
    subject: str
    rows: dict[str, int]  # table -> rows removed

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def check_reason(reason: str) -> str:
    if not REASON_PATTERN.match(reason or ""):
        raise InvalidReason("the reason must be a short code such as 'person_request' (lower-case letters, digits, "
                            "'_' or '-', up to 32 characters): it is kept in the audit log, so never free text")
    return reason


def erase_conversation(database: Database, conversation_id: str, actor: str, reason: str) -> ErasureReport:
    """Destroy the conversation's data key and delete it with everything derived from it, in one
    transaction, audited as "erased". ConversationNotFound for unknown ids."""
    check_reason(reason)
    with session_factory(database.engine).begin() as session:
        find_conversation(session, conversation_id)
        rows = _erase_conversation_rows(session, conversation_id)
        audit.record(session, database.vault, actor, "erased", conversation_id, _detail(rows, reason))
    database.vault.forget(conversation_id)
    _reclaim(database, CONVERSATION_TABLES)
    log.info("erased a conversation: %s rows removed (%s)", sum(rows.values()), reason)
    return ErasureReport(conversation_id, rows)


def erase_account(database: Database, account_id: str, actor: str, reason: str) -> list[ErasureReport]:
    """Erase every conversation the account owns, then the account (its sign-in sessions, API tokens
    and assignments go with it). AccountNotFound for unknown ids."""
    check_reason(reason)
    with session_factory(database.engine)() as session:
        find_account(session, account_id)
        owned = list(session.scalars(select(Conversation.id).where(Conversation.owner_account_id == account_id)))
    reports = []
    for conversation_id in owned:
        try:
            reports.append(erase_conversation(database, conversation_id, actor, reason))
        except ConversationNotFound:  # erased meanwhile
            continue
    with session_factory(database.engine).begin() as session:
        find_account(session, account_id)
        rows = {
            "login_sessions": _count(session, LoginSession.account_id == account_id),
            "api_tokens": _count(session, ApiToken.account_id == account_id),
            "assignments": _count(session, Assignment.account_id == account_id),
            "accounts": 1,
        }
        session.execute(delete(Account).where(Account.id == account_id))
        audit.record(session, database.vault, actor, "account_erased", account_id,
                     _detail({**rows, "conversations": len(reports)}, reason))
    _reclaim(database, ACCOUNT_TABLES)
    log.info("erased an account and %s conversations (%s)", len(reports), reason)
    return [*reports, ErasureReport(account_id, rows)]


def _erase_conversation_rows(session: Session, conversation_id: str) -> dict[str, int]:
    rows = {
        "messages": _count(session, Message.conversation_id == conversation_id),
        "escalations": _count(session, Escalation.conversation_id == conversation_id),
        "safety_plans": _count(session, SafetyPlan.conversation_id == conversation_id),
        "mood_check_ins": _count(session, MoodCheckIn.conversation_id == conversation_id),
        "questionnaire_responses": _count(session, QuestionnaireResponse.conversation_id == conversation_id),
        "consents": _count(session, Consent.conversation_id == conversation_id),
        "assignments": _count(session, Assignment.conversation_id == conversation_id),
        "handoffs": _count(session, Handoff.conversation_id == conversation_id),
        "session_summaries": _count(session, SessionSummary.conversation_id == conversation_id),
        "clinical_notes": _count(session, ClinicalNote.conversation_id == conversation_id),
        "research_permissions": _count(session, ResearchPermission.conversation_id == conversation_id),
    }
    # The key first: if anything below failed, the transaction would roll back with it.
    rows["data_keys"] = session.execute(
        delete(DataKey).where(DataKey.owner_kind == CONVERSATION, DataKey.owner_id == conversation_id)
    ).rowcount
    # The database cascades to the tables counted above; the ORM must not try to load them first.
    rows["conversations"] = session.execute(
        delete(Conversation).where(Conversation.id == conversation_id).execution_options(synchronize_session=False)
    ).rowcount
    return rows


def _count(session: Session, condition) -> int:
    table = condition.left.table
    return session.scalar(select(func.count()).select_from(table).where(condition)) or 0


def _detail(rows: dict[str, int], reason: str) -> str:
    counts = ", ".join(f"{table} {n}" for table, n in rows.items() if n)
    return f"reason {reason}; removed {counts}"


def _reclaim(database: Database, tables: tuple[str, ...]) -> None:
    """Make the engine let go of the deleted bytes (see the module docstring). Never fails an erasure."""
    engine = database.engine
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM " + ", ".join(tables)))
    except Exception as exc:  # noqa: BLE001 - the erasure itself is committed; this only tidies up
        log.warning("after an erasure, reclaiming deleted rows failed (%s); they are unreadable without their "
                    "key, and will be overwritten in time", type(exc).__name__)
