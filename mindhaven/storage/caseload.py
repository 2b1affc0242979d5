"""Data access for a supporter's or clinician's caseload sorted by current risk, and the alerts that tell
them when someone in their care reaches high risk.

A case's current level is the higher of the person's most recent assessed message and any escalation
in it still waiting for someone to acknowledge it; its signals are the phrases that drove that level
(de-identified, as stored). Reading them is an audited read of each conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.envelope import EncryptionError
from mindhaven.storage.escalations import PERSON_ASKED
from mindhaven.storage.models import Assignment, Conversation, Escalation, Message, as_utc
from mindhaven.turn.types import RiskLevel, Role


@dataclass(frozen=True)
class CaseRisk:
    case_id: int
    country: str
    assigned_at: datetime
    last_activity: datetime
    level: int  # RiskLevel value
    top_category: str | None
    signals: list[dict[str, Any]]  # [{"category", "level", "phrase", "source"}]; empty if unreadable
    open_escalations: int


@dataclass(frozen=True)
class Alert:
    escalation_id: int
    case_id: int
    level: int
    reason: str
    created_at: datetime


class CaseloadRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def by_risk(self, account_id: str, actor: str) -> list[CaseRisk]:
        """The cases assigned to this account, highest current risk first, then most recently active."""
        with self._session.begin() as session:
            rows = session.execute(select(Assignment, Conversation)
                                   .join(Conversation, Conversation.id == Assignment.conversation_id)
                                   .where(Assignment.account_id == account_id)).all()
            cases = [self._case(session, a, c) for a, c in rows]
            for assignment, _ in rows:
                audit.record(session, self.vault, actor, "read_caseload_risk", assignment.conversation_id,
                             f"case {assignment.id}")
        return sorted(cases, key=lambda c: (c.level, c.last_activity), reverse=True)

    def alerts_since(self, account_id: str, after_id: int, at_least: RiskLevel = RiskLevel.HIGH) -> list[Alert]:
        """Escalations at ``at_least`` or above in this account's cases, and every request from the person to
        talk to a human, newer than ``after_id``, oldest first."""
        with self._session() as session:
            rows = session.execute(
                select(Escalation, Assignment.id)
                .join(Assignment, Assignment.conversation_id == Escalation.conversation_id)
                .where(Assignment.account_id == account_id, Escalation.id > after_id,
                       or_(Escalation.level >= int(at_least), Escalation.reason == PERSON_ASKED))
                .order_by(Escalation.id)).all()
            return [Alert(e.id, case_id, e.level, e.reason, as_utc(e.created_at)) for e, case_id in rows]

    def latest_escalation_id(self) -> int:
        with self._session() as session:
            return session.scalar(select(func.max(Escalation.id))) or 0

    def _case(self, session, assignment: Assignment, conversation: Conversation) -> CaseRisk:
        latest = session.scalars(select(Message).where(Message.conversation_id == conversation.id,
                                                       Message.role == Role.USER.value,
                                                       Message.risk_level.is_not(None))
                                 .order_by(Message.id.desc()).limit(1)).first()
        open_escalations = list(session.scalars(select(Escalation).where(
            Escalation.conversation_id == conversation.id, Escalation.acknowledged_at.is_(None))
            .order_by(Escalation.level.desc(), Escalation.id.desc())))
        worst = open_escalations[0] if open_escalations else None
        from_escalation = worst is not None and worst.level > (latest.risk_level if latest else 0)
        level = RiskLevel(worst.level if from_escalation else latest.risk_level if latest else 0)
        top, signals = None, []
        try:  # the level is stored in clear; the phrases are sealed
            cipher = self.vault.cipher(session, conversation.id)
            if from_escalation:
                top = max(worst.categories, key=worst.categories.get) if worst.categories else None
                signals = cipher.open_json("escalations", "signals", worst.id, worst.signals) or []
            elif latest is not None:
                risk = cipher.open_json("messages", "risk", latest.id, latest.risk) or {}
                top, signals = risk.get("top_category"), risk.get("signals", [])
        except EncryptionError:
            signals = []
        return CaseRisk(assignment.id, conversation.country, as_utc(assignment.assigned_at),
                        as_utc(conversation.updated_at), int(level), None if level == RiskLevel.NONE else top,
                        list(signals), len(open_escalations))
