"""A completed questionnaire: scored, stored and, when an answer says the person may be at risk, followed
through at once.

PHQ-9 item 9 above "Not at all", or any "yes" on the C-SSRS screener, is a safety answer (the
instrument's TOML names it). The person is then shown the deterministic crisis protocol with their
country's verified lines, checked like every reply, and an escalation goes to the on-call humans. The
questionnaire, the message the person saw and the escalation are written in one transaction: none is
stored without the others. Without consent in force nothing is stored, but a safety answer still gets
the crisis lines (as a refused chat message does).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from mindhaven.crisis.directory import Directory
from mindhaven.crisis.reply import checked_crisis_reply, protocol_message
from mindhaven.guard.rules import Allowed
from mindhaven.instruments import Result, get_instrument, score
from mindhaven.storage.db import Database
from mindhaven.storage.questionnaire_responses import QuestionnaireRecord, QuestionnaireRepository
from mindhaven.storage.repository import NewEscalation, Repository
from mindhaven.turn.check_output import allowed_from
from mindhaven.turn.consent import require_consent_to_save
from mindhaven.turn.types import RiskLevel



@dataclass(frozen=True)
class Submission:
    record: QuestionnaireRecord
    result: Result
    crisis_reply: str | None  # what the person is shown after a safety answer (also stored as a message)


def submit(database: Database, directory: Directory, conversation_id: str, instrument: str,
           answers: Mapping[str, int | None], source: str = "form", actor: str = "person",
           completed_at: datetime | None = None, allowed: Allowed | None = None) -> Submission:
    """Score and store; ValueError names a bad answer (nothing stored); ConversationNotFound; ConsentNeeded
    (nothing stored; ``in_crisis`` set when the answers carry a safety answer). ``allowed``: the directory's
    verified contacts if the caller has them (``TurnPipeline.allowed``), else built from ``directory``."""
    result = score(instrument, answers)
    repository = Repository(database)
    state = repository.load_state(conversation_id)
    require_consent_to_save(state, "Your answers were not saved", in_crisis=result.crisis)
    reply = escalation = None
    if result.crisis:
        reply = checked_crisis_reply(state.locale, state.country, directory, allowed or allowed_from(directory))
        escalation = escalation_for(result, state.country)
    record = QuestionnaireRepository(database).add(
        conversation_id, result.instrument, dict(answers), result.total, result.band, result.crisis,
        source, completed_at=completed_at, actor=actor,
        reply=None if reply is None else protocol_message(reply),
        escalation=escalation,
    )
    return Submission(record, result, reply)


def escalation_for(result: Result, country: str) -> NewEscalation:
    """What the on-call humans are sent: the level the answers imply and, as its signals, the answers behind it."""
    inst = get_instrument(result.instrument)
    # A plan, intent or recent behaviour on the C-SSRS is suicidal behaviour; item 9 of the PHQ-9 asks about thoughts.
    category = "suicidal_behaviour" if inst.scoring == "cssrs-triage" and result.risk_level >= RiskLevel.HIGH \
        else "suicidal_thoughts"
    level = max(result.risk_level, RiskLevel.LOW)
    signals = [{"category": category, "level": level.label, "phrase": f"{inst.name}: {reason}",
                "source": f"questionnaire:{inst.key}"} for reason in result.reasons]
    return NewEscalation(int(level), {category: int(level) / RiskLevel.IMMINENT}, signals, country,
                         reason=f"questionnaire:{inst.key}")
