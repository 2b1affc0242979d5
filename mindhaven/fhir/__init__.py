"""The instruments in HL7 FHIR R4B (fhir.resources): Questionnaires, and a person's answers
exported as a Bundle (pseudonymous Patient, QuestionnaireResponses, score Observations) and
imported back, checked, as answers that score the same."""

from mindhaven.fhir.bundle import Administration, bundle_json, export_bundle
from mindhaven.fhir.importer import FhirImportError, ImportedResponse, import_bundle
from mindhaven.fhir.questionnaire import questionnaire
from mindhaven.fhir.resources import new_pseudonym, pseudonym_for

__all__ = [
    "Administration",
    "FhirImportError",
    "ImportedResponse",
    "bundle_json",
    "export_bundle",
    "import_bundle",
    "new_pseudonym",
    "pseudonym_for",
    "questionnaire",
]
