"""Data access for session summaries: a draft the model wrote and the checks kept (summaries/), and the version a
clinician edited and signed off. Both are sealed. Only a signed summary ever leaves the clinician's view (the
person's export); a draft never does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import SessionSummary, as_utc, utcnow
from mindhaven.storage.repository import find_conversation

TABLE = "session_summaries"


class SummaryStatus(StrEnum):
    DRAFTING = "drafting"  # the model is writing it
    DRAFT = "draft"  # checked, waiting for a clinician
    FAILED = "failed"  # the model produced nothing usable; ``failure`` says why
    SIGNED = "signed"  # edited and signed off by a clinician


class SummaryNotFound(LookupError):
    pass


class SummaryConflict(Exception):
    """The summary is not in a state that allows this; ``str()`` is for people."""


@dataclass(frozen=True)
class SummaryRecord:
    id: int
    conversation_id: str
    status: SummaryStatus
    requested_at: datetime
    requested_by: str
    model: str | None
    failure: str | None
    draft: dict[str, Any] | None  # Summary.as_dict(): de-identified, as checked
    signed: dict[str, Any] | None  # {"sections": {section: [{"text", "cites", "edited"}]}}, as signed
    signed_at: datetime | None
    signed_by_name: str | None


class SummaryRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def start(self, conversation_id: str, account_id: str, actor: str) -> int:
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            row = SessionSummary(conversation_id=conversation_id, requested_by=account_id,
                                 status=SummaryStatus.DRAFTING.value)
            session.add(row)
            session.flush()
            audit.record(session, self.vault, actor, "summary_requested", conversation_id, f"summary {row.id}")
            return row.id

    def finish(self, summary_id: int, model: str, draft: dict[str, Any]) -> None:
        with self._session.begin() as session:
            row = _row(session, summary_id)
            cipher = self.vault.cipher(session, row.conversation_id)
            row.draft = cipher.seal_json(TABLE, "draft", row.id, draft)
            row.model, row.status = model[:120], SummaryStatus.DRAFT.value

    def fail(self, summary_id: int, reason: str) -> None:
        with self._session.begin() as session:
            session.execute(update(SessionSummary).where(SessionSummary.id == summary_id)
                            .values(status=SummaryStatus.FAILED.value, failure=reason[:300]))

    def get(self, summary_id: int, conversation_id: str, actor: str) -> SummaryRecord:
        """One of the conversation's summaries, opened (an audited read); SummaryNotFound otherwise."""
        with self._session.begin() as session:
            row = _row(session, summary_id)
            if row.conversation_id != conversation_id:
                raise SummaryNotFound(summary_id)
            audit.record(session, self.vault, actor, "read_summary", conversation_id, f"summary {row.id}")
            return _record(row, self.vault.cipher(session, conversation_id))

    def list(self, conversation_id: str, stale_after: timedelta) -> list[SummaryRecord]:
        """The conversation's summaries, newest first, without their contents. One still drafting after
        ``stale_after`` was cut off (the server stopped mid-draft) and is marked failed."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            session.execute(update(SessionSummary).where(
                SessionSummary.conversation_id == conversation_id,
                SessionSummary.status == SummaryStatus.DRAFTING.value,
                SessionSummary.requested_at < utcnow() - stale_after,
            ).values(status=SummaryStatus.FAILED.value, failure="drafting was interrupted; please try again"))
            rows = session.scalars(select(SessionSummary).where(SessionSummary.conversation_id == conversation_id)
                                   .order_by(SessionSummary.id.desc()))
            return [_record(row, None) for row in rows]

    def sign(self, summary_id: int, conversation_id: str, sections: dict[str, list[dict[str, Any]]],
             account_id: str, name: str, actor: str) -> SummaryRecord:
        """Store the clinician's version and sign it off; a summary is signed once."""
        with self._session.begin() as session:
            row = _row(session, summary_id)
            if row.conversation_id != conversation_id:
                raise SummaryNotFound(summary_id)
            if row.status != SummaryStatus.DRAFT.value:
                raise SummaryConflict(f"This summary is {row.status}: only a finished draft can be signed off.")
            cipher = self.vault.cipher(session, conversation_id)
            row.signed = cipher.seal_json(TABLE, "signed", row.id, {"sections": sections})
            row.status, row.signed_at = SummaryStatus.SIGNED.value, utcnow()
            row.signed_by, row.signed_by_name = account_id, name[:120]
            kept = sum(len(v) for v in sections.values())
            audit.record(session, self.vault, actor, "summary_signed", conversation_id,
                         f"summary {row.id}: {kept} statements")
            return _record(row, cipher)


def _row(session, summary_id: int) -> SessionSummary:
    row = session.get(SessionSummary, summary_id)
    if row is None:
        raise SummaryNotFound(summary_id)
    return row


def _record(row: SessionSummary, cipher) -> SummaryRecord:
    opened = cipher is not None
    return SummaryRecord(
        row.id, row.conversation_id, SummaryStatus(row.status), as_utc(row.requested_at), row.requested_by,
        row.model, row.failure,
        cipher.open_json(TABLE, "draft", row.id, row.draft) if opened and row.draft else None,
        cipher.open_json(TABLE, "signed", row.id, row.signed) if opened and row.signed else None,
        as_utc(row.signed_at), row.signed_by_name,
    )
