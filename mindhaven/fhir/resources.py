"""One administration of an instrument as FHIR R4B resources: the pseudonymous Patient, the
QuestionnaireResponse with the person's answers, and the Observation of its score."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime

from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from mindhaven.fhir.codes import OBSERVATION_CATEGORY, PSEUDONYM_SYSTEM, TRIAGE_SYSTEM, canonical
from mindhaven.fhir.questionnaire import coding
from mindhaven.instruments.types import Instrument, Result, ScoreStatus

# An opaque token, never a name or an address: letters, digits, "-", "_" and "." only.
PSEUDONYM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{5,63}")


def new_pseudonym() -> str:
    return "mh-" + secrets.token_hex(12)


def pseudonym_for(conversation_id: str) -> str:
    """The same pseudonym for every export of one conversation, from which its id (the person's private
    link) cannot be worked back: a one-way hash of a 128-bit random value."""
    return "mh-" + hashlib.sha256(f"mindhaven fhir patient:{conversation_id}".encode()).hexdigest()[:24]


def patient(resource_id: str, pseudonym: str) -> Patient:
    """The person as an opaque identifier: no name, no contact, no birth date, no gender."""
    if not PSEUDONYM.fullmatch(pseudonym):
        raise ValueError("the pseudonym must be an opaque token of 6-64 letters, digits, '.', '_' or '-'")
    return Patient(id=resource_id, identifier=[{"system": PSEUDONYM_SYSTEM, "value": pseudonym}])


def questionnaire_response(
    resource_id: str, inst: Instrument, answers: dict[str, int], result: Result, subject: str, authored: datetime
) -> QuestionnaireResponse:
    items = []
    for item in inst.items:  # in the instrument's order, whatever order the answers came in
        if item.link_id in answers:
            option = item.option(answers[item.link_id])
            answer = [{"valueCoding": coding(option.coding)}]
            items.append({"linkId": item.link_id, "text": item.text, "answer": answer})
    return QuestionnaireResponse(
        id=resource_id,
        questionnaire=canonical(inst),
        status="in-progress" if result.missing else "completed",
        subject={"reference": subject},
        authored=authored.isoformat(),
        item=items or None,
    )


def score_observation(
    resource_id: str, inst: Instrument, result: Result, subject: str, response: str, authored: datetime
) -> Observation | None:
    """The total score (the triage level for the C-SSRS), or None when there is none to report."""
    if result.total is None and result.band is None:
        return None
    value: dict = (
        {"valueInteger": result.total}
        if result.total is not None
        else {"valueCodeableConcept": {"coding": [{"system": TRIAGE_SYSTEM, "code": result.risk_level.label,
                                                   "display": result.band}]}}
    )
    notes = []
    if result.status is ScoreStatus.PRORATED:
        notes.append({"text": f"Prorated: {len(result.missing)} of {len(inst.scored_items)} items not answered."})
    if result.status is ScoreStatus.INCOMPLETE:
        notes.append({"text": "Not every question was answered: this level is the least the answers show."})
    return Observation(
        id=resource_id,
        status="final",
        category=[{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}],
        code={"coding": [coding(inst.total_coding)], "text": inst.total_coding.display or inst.name},
        subject={"reference": subject},
        effectiveDateTime=authored.isoformat(),
        derivedFrom=[{"reference": response}],
        interpretation=[{"text": result.band}] if result.total is not None else None,
        note=notes or None,
        **value,
    )
