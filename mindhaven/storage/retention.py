"""Retention: erase conversations nobody has touched for ``retention.conversation_days`` and remove expired
sign-in sessions, on a schedule in the web service (retention_worker) or by hand (`mindhaven data purge`).

A conversation with an escalation no one has acknowledged yet is never purged: someone may still need
to reach out. It is reported as held and purged on a later pass, once acknowledged."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, exists, func, select

from mindhaven.background import PeriodicWorker
from mindhaven.config import Settings
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.erasure import erase_conversation
from mindhaven.storage.models import (
    Conversation,
    Escalation,
    LoginSession,
    MoodCheckIn,
    QuestionnaireResponse,
    SafetyPlan,
    utcnow,
)
from mindhaven.storage.repository import ConversationNotFound

log = logging.getLogger(__name__)

ACTOR = "retention"
REASON = "retention_expired"
FIRST_PASS_DELAY_SECONDS = 60.0


@dataclass
class PurgeReport:
    dry_run: bool
    erased: list[str] = field(default_factory=list)  # conversation ids (or, in a dry run, that would be)
    held: list[str] = field(default_factory=list)  # expired, but with an unacknowledged escalation
    sessions_removed: int = 0

    def summary(self) -> str:
        verb = "would erase" if self.dry_run else "erased"
        return (f"retention: {verb} {len(self.erased)} expired conversations, held {len(self.held)} with an "
                f"unacknowledged escalation, {'would remove' if self.dry_run else 'removed'} "
                f"{self.sessions_removed} expired sign-in sessions")


def purge_expired(database: Database, settings: Settings, now: datetime | None = None,
                  dry_run: bool = False) -> PurgeReport:
    now = (now or utcnow()).astimezone(timezone.utc)
    report = PurgeReport(dry_run)
    days = settings.retention.conversation_days
    if days > 0:
        expired, report.held = _expired_conversations(database, now - timedelta(days=days))
        for conversation_id in expired:
            if not dry_run:
                try:
                    erase_conversation(database, conversation_id, ACTOR, REASON)
                except ConversationNotFound:  # erased meanwhile
                    continue
            report.erased.append(conversation_id)
    report.sessions_removed = _expired_sessions(database, now, dry_run)
    return report


def _expired_conversations(database: Database, cutoff: datetime) -> tuple[list[str], list[str]]:
    """(expired ids to erase, expired ids held for an unacknowledged escalation)."""
    open_escalation = exists().where(Escalation.conversation_id == Conversation.id,
                                     Escalation.acknowledged_at.is_(None))
    # Editing the safety plan, checking in and filling in a questionnaire count as activity too.
    recent_plan = exists().where(SafetyPlan.conversation_id == Conversation.id, SafetyPlan.updated_at >= cutoff)
    recent_check_in = exists().where(MoodCheckIn.conversation_id == Conversation.id, MoodCheckIn.created_at >= cutoff)
    recent_questionnaire = exists().where(QuestionnaireResponse.conversation_id == Conversation.id,
                                          QuestionnaireResponse.created_at >= cutoff)
    query = (select(Conversation.id, open_escalation.label("held"))
             .where(Conversation.updated_at < cutoff, ~recent_plan, ~recent_check_in, ~recent_questionnaire)
             .order_by(Conversation.updated_at))
    with session_factory(database.engine)() as session:
        rows = session.execute(query).all()
    return [cid for cid, held in rows if not held], [cid for cid, held in rows if held]


def _expired_sessions(database: Database, now: datetime, dry_run: bool) -> int:
    expired = LoginSession.expires_at < now
    with session_factory(database.engine).begin() as session:
        if dry_run:
            return session.scalar(select(func.count()).select_from(LoginSession).where(expired)) or 0
        return session.execute(delete(LoginSession).where(expired)).rowcount


def retention_worker(database: Database, settings: Settings,
                     first_delay: float = FIRST_PASS_DELAY_SECONDS) -> PeriodicWorker:
    """A background thread in the web service: a first pass a minute after start (so a start is not
    slowed), then one every ``purge_interval_minutes``."""
    interval = settings.retention.purge_interval_minutes * 60
    return PeriodicWorker("retention purge", lambda: log.info(purge_expired(database, settings).summary()),
                          interval, first_delay=min(first_delay, interval), join_timeout=30)
