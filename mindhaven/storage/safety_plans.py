"""Data access for safety plans (sealed: the plan is in the person's own words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import SafetyPlan
from mindhaven.storage.repository import find_conversation


@dataclass(frozen=True)
class SafetyPlanRecord:
    conversation_id: str
    sections: dict[str, list[str]]
    updated_at: datetime | None


class SafetyPlanRepository:
    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def get(self, conversation_id: str, actor: str = "person") -> SafetyPlanRecord:
        """The plan, or an empty one if the person has not started it (an audited read)."""
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "read_safety_plan", conversation_id)
            plan = session.get(SafetyPlan, conversation_id)
            if plan is None:
                return SafetyPlanRecord(conversation_id, {}, None)
            sections = self.vault.cipher(session, conversation_id).open_json(
                "safety_plans", "sections", conversation_id, plan.sections)
            return SafetyPlanRecord(conversation_id, dict(sections), plan.updated_at)

    def save(self, conversation_id: str, sections: dict[str, list[str]], actor: str = "person") -> SafetyPlanRecord:
        with self._session.begin() as session:
            find_conversation(session, conversation_id)
            audit.record(session, self.vault, actor, "save_safety_plan", conversation_id,
                         f"{sum(len(v) for v in sections.values())} entries")
            sealed = self.vault.cipher(session, conversation_id).seal_json(
                "safety_plans", "sections", conversation_id, sections)
            plan = session.get(SafetyPlan, conversation_id)
            if plan is None:
                plan = SafetyPlan(conversation_id=conversation_id, sections=sealed)
                session.add(plan)
            else:
                plan.sections = sealed
            session.flush()
            return SafetyPlanRecord(conversation_id, dict(sections), plan.updated_at)
