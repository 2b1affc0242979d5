"""Import: the QuestionnaireResponses in a FHIR R4B Bundle, checked against our own instrument
definitions (never against a Questionnaire the Bundle brings), as typed answers that score as before.

Anything wrong raises FhirImportError with one message saying what and where.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from mindhaven.fhir.codes import PSEUDONYM_SYSTEM, QUESTIONNAIRE_BASE
from mindhaven.instruments.registry import instruments
from mindhaven.instruments.scoring import checked_answers, score
from mindhaven.instruments.types import Instrument, Result

ACCEPTED_STATUSES = {"in-progress", "completed", "amended"}
SKIPPED_STATUSES = {"entered-in-error"}  # withdrawn by whoever recorded it: not an administration


class FhirImportError(ValueError):
    pass


@dataclass(frozen=True)
class ImportedResponse:
    instrument: str
    answers: dict[str, int]
    response_id: str | None
    authored: str | None
    pseudonym: str | None

    def score(self) -> Result:
        return score(self.instrument, self.answers)


def import_bundle(data: str | bytes | dict) -> list[ImportedResponse]:
    bundle = _parse(data)
    if bundle.type not in ("collection", "transaction", "batch", "searchset", "document", "message"):
        raise FhirImportError(f"Bundle type {bundle.type!r} holds no resources to import")
    pseudonyms = {
        entry.fullUrl: _pseudonym(entry.resource)
        for entry in bundle.entry or []
        if entry.resource is not None and entry.resource.get_resource_type() == "Patient"
    }
    imported = []
    for n, entry in enumerate(bundle.entry or []):
        resource = entry.resource
        if resource is None or resource.get_resource_type() != "QuestionnaireResponse":
            continue
        where = f"QuestionnaireResponse {resource.id or f'(entry {n})'}"
        if resource.status in SKIPPED_STATUSES:
            continue
        if resource.status not in ACCEPTED_STATUSES:
            raise FhirImportError(f"{where}: status {resource.status!r} is not one we import")
        inst = _instrument(resource.questionnaire, where)
        answers = _answers(inst, resource.item or [], where)
        try:
            checked_answers(inst, answers)
        except ValueError as e:
            raise FhirImportError(f"{where}: {e}") from None
        subject = resource.subject.reference if resource.subject else None
        imported.append(ImportedResponse(
            instrument=inst.key,
            answers=answers,
            response_id=resource.id,
            authored=resource.authored.isoformat() if hasattr(resource.authored, "isoformat") else resource.authored,
            pseudonym=pseudonyms.get(subject),
        ))
    return imported


def _parse(data: str | bytes | dict) -> Bundle:
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as e:
            raise FhirImportError(f"not JSON: {e}") from None
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        found = data.get("resourceType") if isinstance(data, dict) else type(data).__name__
        raise FhirImportError(f"expected a FHIR Bundle, got {found!r}")
    try:
        return Bundle.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise FhirImportError(f"not a valid FHIR R4B Bundle: {where}: {first['msg']}{more}") from None
    except (KeyError, TypeError, AttributeError) as e:  # an unknown resourceType, for one
        raise FhirImportError(f"not a valid FHIR R4B Bundle: {e}") from None


def _pseudonym(patient) -> str | None:
    for identifier in patient.identifier or []:
        if identifier.system == PSEUDONYM_SYSTEM:
            return identifier.value
    return None


def _instrument(questionnaire: str | None, where: str) -> Instrument:
    url = (questionnaire or "").split("|")[0]
    key = url.removeprefix(QUESTIONNAIRE_BASE) if url.startswith(QUESTIONNAIRE_BASE) else None
    if key not in instruments():
        raise FhirImportError(f"{where}: questionnaire {questionnaire!r} is not one of ours")
    return instruments()[key]


def _answers(inst: Instrument, items: list, where: str) -> dict[str, int]:
    answers: dict[str, int] = {}
    for response_item in _flatten(items):
        link_id = response_item.linkId
        try:
            item = inst.item(link_id)
        except ValueError:
            raise FhirImportError(f"{where}: {inst.name} has no question with linkId {link_id!r}") from None
        if link_id in answers:
            raise FhirImportError(f"{where}: {link_id} is answered twice")
        given = response_item.answer or []
        if not given:
            continue
        if len(given) > 1:
            raise FhirImportError(f"{where}: {link_id} has {len(given)} answers; it takes one")
        chosen = given[0].valueCoding
        if chosen is None:
            raise FhirImportError(f"{where}: {link_id} must be answered with a coded option (valueCoding)")
        option = next((o for o in item.options if (o.coding.system, o.coding.code) == (chosen.system, chosen.code)),
                      None)
        if option is None:
            allowed = ", ".join(f"{o.coding.code} ({o.text})" for o in item.options)
            raise FhirImportError(
                f"{where}: {link_id} answer {chosen.system}|{chosen.code} is not one of its options: {allowed}"
            )
        answers[link_id] = option.value
    return answers


def _flatten(items: list) -> list:
    flat = []
    for item in items:
        flat.append(item)
        flat += _flatten(item.item or [])
        for answer in item.answer or []:
            flat += _flatten(answer.item or [])
    return flat
