"""Seal values stored before encryption existed (marked ``mh0:`` by migration 0005).

A conversation without a data key is one whose values are still marked: each gets its data key and
sealed values in one transaction, so the work can stop anywhere and resumes where it stopped. It runs
on every start (cheap once done) and as `mindhaven keys encrypt-existing`.

Only the tables that existed before 0005 can hold such values. Later ones (mood check-ins, questionnaire
results) are written sealed from the start, and only for conversations that have a data key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, exists, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from mindhaven.storage.envelope import LEGACY, DamagedValue, EncryptionError
from mindhaven.storage.models import Conversation, DataKey, Escalation, Message, SafetyPlan
from mindhaven.storage.vault import CONVERSATION, Cipher, short

if TYPE_CHECKING:
    from mindhaven.storage.db import Database

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


def _without_key():
    has_key = exists().where(DataKey.owner_kind == CONVERSATION, DataKey.owner_id == Conversation.id)
    return ~has_key


def pending(database: Database) -> int:
    """How many conversations still hold values written before encryption."""
    with Session(database.engine) as session:
        return session.scalar(select(func.count()).select_from(Conversation).where(_without_key()))


def seal_existing(database: Database, progress: Progress | None = None, batch: int = 100) -> tuple[int, int]:
    """Seal every conversation still pending; returns (sealed, left unchanged because of an error)."""
    total, sealed, failed, last = pending(database), 0, 0, ""
    while total:
        with Session(database.engine) as session:
            ids = session.scalars(
                select(Conversation.id).where(Conversation.id > last, _without_key()).order_by(Conversation.id)
                .limit(batch)
            ).all()
        if not ids:
            break
        for conversation_id in ids:
            last = conversation_id
            try:
                if not _seal_conversation(database, conversation_id):
                    continue  # another process sealed it first
            except EncryptionError as exc:
                failed += 1
                log.error("could not encrypt conversation %s, left as it was: %s", short(conversation_id), exc)
                continue
            sealed += 1
            if progress:
                progress(sealed + failed, total)
    if sealed:
        scrub(database.engine)
    return sealed, failed


def scrub(engine: Engine) -> None:
    """Rewrite the tables, so the plaintext that sealed values replaced does not linger in free pages
    (SQLite, and its write-ahead log) or in dead row versions (PostgreSQL)."""
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("VACUUM")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            elif engine.dialect.name == "postgresql":
                for table in ("conversations", "messages", "escalations", "safety_plans"):
                    connection.exec_driver_sql(f"VACUUM FULL {table}")
    except OperationalError as exc:
        log.warning("could not rewrite the tables after encrypting (%s): run VACUUM when the database is idle",
                    str(exc).splitlines()[0])


def _seal_conversation(database: Database, conversation_id: str) -> bool:
    with Session(database.engine) as session:
        cipher = database.vault.create(session, conversation_id)
        try:
            session.flush()  # the owner's unique key: a second process stops here, before touching a row
        except IntegrityError:
            session.rollback()
            return False
        conversation = session.get(Conversation, conversation_id)
        conversation.pseudonyms = _reseal(cipher, "conversations", "pseudonyms", conversation_id,
                                          conversation.pseudonyms)
        for m in session.scalars(select(Message).where(Message.conversation_id == conversation_id)):
            m.content = _reseal(cipher, "messages", "content", m.id, m.content)
            m.content_redacted = _reseal(cipher, "messages", "content_redacted", m.id, m.content_redacted)
            m.risk = _reseal(cipher, "messages", "risk", m.id, m.risk, json_null_is_none=True)
            m.guard = _reseal(cipher, "messages", "guard", m.id, m.guard, json_null_is_none=True)
        for e in session.scalars(select(Escalation).where(Escalation.conversation_id == conversation_id)):
            e.signals = _reseal(cipher, "escalations", "signals", e.id, e.signals)
        plan = session.get(SafetyPlan, conversation_id)
        if plan is not None:
            plan.sections = _reseal(cipher, "safety_plans", "sections", conversation_id, plan.sections)
        session.commit()
        return True


def _reseal(cipher: Cipher, table: str, column: str, row_id: Any, stored: str | None,
            json_null_is_none: bool = False) -> str | None:
    if stored is None:
        return None
    if not stored.startswith(LEGACY):
        raise DamagedValue(f"{table}.{column} of row {short(row_id)} is not marked as written before encryption, "
                           "yet its conversation has no data key")
    text = stored[len(LEGACY):]
    if json_null_is_none and text == "null":  # how the JSON columns stored "no value"
        return None
    return cipher.seal(table, column, row_id, text)
