"""Export: a person's administrations as one FHIR R4B Bundle of type "collection".

A collection, not a transaction: the Bundle is a self-contained record to hand to a clinician or
another system, not a set of writes to one server. The receiver decides what to store; references
between entries are ``urn:uuid:`` full URLs that resolve inside the Bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from fhir.resources.R4B.bundle import Bundle

from mindhaven.fhir.codes import canonical
from mindhaven.fhir.questionnaire import questionnaire
from mindhaven.fhir.resources import patient, questionnaire_response, score_observation
from mindhaven.instruments.registry import get_instrument
from mindhaven.instruments.scoring import checked_answers, score

# Entry ids are derived from what they hold, so the same export always gives the same Bundle.
ID_NAMESPACE = uuid.UUID("5d0c6f0e-2b53-4c39-9a53-6f3f0f1a9e7d")


@dataclass(frozen=True)
class Administration:
    """One instrument, answered (partly or wholly) at one time."""

    instrument: str
    answers: Mapping[str, int | None]
    authored: datetime = field(default_factory=lambda: datetime.now(UTC))


def _id(*parts: object) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(p) for p in parts)))


def export_bundle(
    pseudonym: str, administrations: Sequence[Administration], timestamp: datetime | None = None
) -> Bundle:
    """Questionnaires for the instruments used, then for each administration its answers and score."""
    patient_id = _id("patient", pseudonym)
    entries = [_entry(patient(patient_id, pseudonym))]
    for key in dict.fromkeys(a.instrument for a in administrations):
        inst = get_instrument(key)
        full_url = f"urn:uuid:{_id('questionnaire', canonical(inst))}"
        entries.append({"fullUrl": full_url, "resource": questionnaire(inst)})
    for n, administration in enumerate(administrations):
        inst = get_instrument(administration.instrument)
        if administration.authored.tzinfo is None:
            raise ValueError("authored must carry a time zone")
        answers = checked_answers(inst, administration.answers)
        result = score(inst, answers)
        response_id = _id("response", pseudonym, inst.key, administration.authored.isoformat(), n)
        entries.append(_entry(questionnaire_response(
            response_id, inst, answers, result, f"urn:uuid:{patient_id}", administration.authored
        )))
        observation = score_observation(
            _id("observation", response_id), inst, result, f"urn:uuid:{patient_id}", f"urn:uuid:{response_id}",
            administration.authored,
        )
        if observation is not None:
            entries.append(_entry(observation))
    return Bundle(
        id=_id("bundle", pseudonym, *(a.authored.isoformat() for a in administrations)),
        type="collection",
        timestamp=(timestamp or datetime.now(UTC)).isoformat(),
        entry=entries,
    )


def _entry(resource) -> dict:
    return {"fullUrl": f"urn:uuid:{resource.id}", "resource": resource}


def bundle_json(bundle: Bundle) -> str:
    return bundle.model_dump_json(indent=2) + "\n"
