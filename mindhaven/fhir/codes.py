"""The identifiers MindHaven's FHIR resources use.

LOINC codes come from the instrument definitions (verified; docs/instruments.md). Everything that has
no verified public code uses a ``urn:mindhaven:fhir:`` URI, which says plainly that it is ours.
"""

from __future__ import annotations

from mindhaven.instruments.types import Instrument

LOINC = "http://loinc.org"
QUESTIONNAIRE_BASE = "urn:mindhaven:fhir:questionnaire:"
QUESTIONNAIRE_VERSION = "1"
PSEUDONYM_SYSTEM = "urn:mindhaven:fhir:patient-pseudonym"
TRIAGE_SYSTEM = "urn:mindhaven:fhir:codesystem:cssrs-triage"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"  # R4/R4B core extension
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"


def canonical(inst: Instrument) -> str:
    """The canonical URL of the instrument's Questionnaire, as QuestionnaireResponse.questionnaire cites it."""
    return QUESTIONNAIRE_BASE + inst.key
