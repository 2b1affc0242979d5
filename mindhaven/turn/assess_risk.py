"""Stage 3, assess risk: the level and its explanation, from our own models, never from the LLM."""

from __future__ import annotations

from typing import Protocol

from mindhaven.turn.types import Assessed, Deidentified, RiskAssessment, Role


class Assessor(Protocol):
    name: str

    def assess(self, text: str, history: list[str]) -> RiskAssessment: ...


def assess_risk(deidentified: Deidentified, assessor: Assessor) -> Assessed:
    history = [m.content for m in deidentified.received.state.history if m.role == Role.USER]
    return Assessed(deidentified=deidentified, risk=assessor.assess(deidentified.text, history))
