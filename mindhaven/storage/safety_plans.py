"""Data access for safety plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from mindhaven.storage.db import session_factory
from mindhaven.storage.models import SafetyPlan
from mindhaven.storage.repository import find_conversation


@dataclass(frozen=True)
class SafetyPlanRecord:
    conversation_id: str
    sections: dict[str, list[str]]
    updated_at: datetime | None


class SafetyPlanRepository:
    def __init__(self, engine: Engine):
        self._session = session_factory(engine)

    def get(self, conversation_id: str) -> SafetyPlanRecord:
        """The plan, or an empty one if the person has not started it."""
        with self._session() as session:
            find_conversation(session, conversation_id)
            plan = session.get(SafetyPlan, conversation_id)
            if plan is None:
                return SafetyPlanRecord(conversation_id, {}, None)
            return SafetyPlanRecord(conversation_id, dict(plan.sections), plan.updated_at)

    def save(self, conversation_id: str, sections: dict[str, list[str]]) -> SafetyPlanRecord:
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            plan = session.get(SafetyPlan, conversation_id)
            if plan is None:
                plan = SafetyPlan(conversation_id=conversation_id, sections=sections)
                session.add(plan)
            else:
                plan.sections = sections
            session.flush()
            return SafetyPlanRecord(conversation_id, dict(plan.sections), plan.updated_at)
