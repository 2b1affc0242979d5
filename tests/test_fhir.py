"""The instruments in HL7 FHIR R4B: resources that validate, codes as published, export -> JSON ->
import giving identical scores, and imports that refuse anything tampered with."""

from __future__ import annotations

import copy
import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire

from mindhaven.fhir import (
    Administration,
    FhirImportError,
    bundle_json,
    export_bundle,
    import_bundle,
    new_pseudonym,
    questionnaire,
)
from mindhaven.instruments import get_instrument, instruments, score

REPO = Path(__file__).resolve().parents[1]
WHEN = datetime(2026, 3, 2, 10, 15, tzinfo=UTC)
PSEUDONYM = "mh-0123456789abcdef"

ADMINISTRATIONS = {
    "phq9 complete": ("phq9", {**{f"phq9-{n}": n % 4 for n in range(1, 10)}, "phq9-difficulty": 2}),
    "phq9 item 9": ("phq9", {f"phq9-{n}": 0 if n < 9 else 2 for n in range(1, 10)}),
    "phq9 prorated": ("phq9", {f"phq9-{n}": 1 for n in range(1, 8)}),
    "phq9 incomplete": ("phq9", {"phq9-1": 3, "phq9-9": 1}),
    "gad7 complete": ("gad7", {f"gad7-{n}": 3 for n in range(1, 8)}),
    "gad7 incomplete": ("gad7", {"gad7-1": 2, "gad7-2": 2}),
    "phq2": ("phq2", {"phq2-1": 1, "phq2-2": 2}),
    "phq2 incomplete": ("phq2", {"phq2-2": 0}),
    "gad2": ("gad2", {"gad2-1": 0, "gad2-2": 2}),
    "gad2 nothing answered": ("gad2", {}),
    "cssrs none": ("cssrs-screener", {"cssrs-1": 0, "cssrs-2": 0, "cssrs-6": 0}),
    "cssrs high": ("cssrs-screener",
                   {"cssrs-1": 1, "cssrs-2": 1, "cssrs-3": 1, "cssrs-4": 0, "cssrs-5": 1, "cssrs-6": 0}),
    "cssrs old behaviour": ("cssrs-screener", {"cssrs-1": 0, "cssrs-2": 0, "cssrs-6": 1, "cssrs-6-recent": 0}),
    "cssrs incomplete": ("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 1}),
}


def exported(*names: str) -> dict:
    administrations = [Administration(*ADMINISTRATIONS[n], authored=WHEN) for n in names]
    return json.loads(bundle_json(export_bundle(PSEUDONYM, administrations, timestamp=WHEN)))


def resources(bundle: dict, resource_type: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == resource_type]


# --- the resources -----------------------------------------------------------------------


@pytest.mark.parametrize("key", list(instruments()))
def test_each_questionnaire_validates_and_parses_back(key):
    q = questionnaire(get_instrument(key))
    again = Questionnaire.model_validate_json(q.model_dump_json())
    assert again.url == f"urn:mindhaven:fhir:questionnaire:{key}"
    questions = [i for i in again.item if i.type == "choice"]
    assert [i.linkId for i in questions] == [i.link_id for i in get_instrument(key).items]


def test_phq9_questionnaire_carries_the_loinc_codes():
    q = questionnaire(get_instrument("phq9"))
    assert q.code[0].system == "http://loinc.org" and q.code[0].code == "44249-1"
    items = {i.linkId: i for i in q.item}
    assert [items[f"phq9-{n}"].code[0].code for n in range(1, 10)] == [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
    ]
    assert [o.valueCoding.code for o in items["phq9-1"].answerOption] == [
        "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9",
    ]
    assert [o.extension[0].valueDecimal for o in items["phq9-1"].answerOption] == [0, 1, 2, 3]
    assert items["phq9-difficulty"].code[0].code == "69722-7"
    assert [o.valueCoding.code for o in items["phq9-difficulty"].answerOption] == [
        "LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3",
    ]
    # "asked when any problem was checked": equality with any answer above "Not at all"
    assert items["phq9-difficulty"].enableBehavior == "any"
    assert len(items["phq9-difficulty"].enableWhen) == 27


def test_gad7_questionnaire_carries_the_loinc_codes():
    q = questionnaire(get_instrument("gad7"))
    assert q.code[0].code == "69737-5"
    assert [i.code[0].code for i in q.item if i.type == "choice"] == [
        "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7",
    ]


def test_cssrs_questionnaire_carries_its_skip_logic_and_project_codes():
    q = questionnaire(get_instrument("cssrs-screener"))
    assert q.code[0].system.startswith("urn:mindhaven:")
    items = {i.linkId: i for i in q.item}
    for link_id in ("cssrs-3", "cssrs-4", "cssrs-5"):
        (condition,) = items[link_id].enableWhen
        assert (condition.question, condition.operator, condition.answerCoding.code) == ("cssrs-2", "=", "yes")
    assert items["cssrs-6-recent"].enableWhen[0].question == "cssrs-6"
    assert all(i.code is None for i in q.item)  # no C-SSRS item code could be verified


def test_the_bundle_validates_as_json_and_is_a_collection():
    bundle = Bundle.model_validate_json(json.dumps(exported(*ADMINISTRATIONS)))
    assert bundle.type == "collection"
    full_urls = {e.fullUrl for e in bundle.entry}
    for entry in bundle.entry:
        resource = entry.resource
        if resource.get_resource_type() in ("QuestionnaireResponse", "Observation"):
            assert resource.subject.reference in full_urls
        if resource.get_resource_type() == "Observation":
            assert resource.derivedFrom[0].reference in full_urls


def test_the_patient_is_an_opaque_identifier_only():
    (patient,) = resources(exported("phq9 complete"), "Patient")
    assert set(patient) == {"resourceType", "id", "identifier"}
    assert "name" not in patient
    assert patient["identifier"] == [{"system": "urn:mindhaven:fhir:patient-pseudonym", "value": PSEUDONYM}]


@pytest.mark.parametrize("pseudonym", ["Jane Doe", "jane@example.com", "+44 7700 900123", "abc", ""])
def test_a_pseudonym_that_could_be_identifying_is_refused(pseudonym):
    with pytest.raises(ValueError, match="opaque token"):
        export_bundle(pseudonym, [Administration(*ADMINISTRATIONS["phq2"], authored=WHEN)])


def test_new_pseudonyms_are_accepted_and_differ():
    a, b = new_pseudonym(), new_pseudonym()
    assert a != b
    export_bundle(a, [Administration(*ADMINISTRATIONS["phq2"], authored=WHEN)])


def test_score_observations_use_the_total_codes():
    bundle = exported("phq9 complete", "gad7 complete", "phq2", "cssrs high")
    observations = {o["code"]["coding"][0]["code"]: o for o in resources(bundle, "Observation")}
    assert observations["44261-6"]["valueInteger"] == score(*ADMINISTRATIONS["phq9 complete"]).total
    assert observations["70274-6"]["valueInteger"] == 21
    assert observations["55758-7"]["valueInteger"] == 3
    triage = observations["cssrs-screener-triage"]["valueCodeableConcept"]["coding"][0]
    assert (triage["code"], triage["display"]) == ("high", "high risk")


def test_an_incomplete_administration_has_no_score_observation_and_is_in_progress():
    bundle = exported("gad7 incomplete")
    assert resources(bundle, "Observation") == []
    assert resources(bundle, "QuestionnaireResponse")[0]["status"] == "in-progress"


# --- round trip --------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(ADMINISTRATIONS))
def test_round_trip_scores_identically(name):
    key, answers = ADMINISTRATIONS[name]
    (imported,) = import_bundle(json.dumps(exported(name)))
    assert imported.instrument == key
    assert imported.pseudonym == PSEUDONYM
    assert imported.answers == {k: v for k, v in answers.items() if v is not None}
    assert imported.score() == score(key, answers)


def test_round_trip_of_every_administration_in_one_bundle():
    text = bundle_json(export_bundle(PSEUDONYM, [Administration(*a, authored=WHEN) for a in ADMINISTRATIONS.values()]))
    imported = import_bundle(text)
    assert [i.score() for i in imported] == [score(*a) for a in ADMINISTRATIONS.values()]
    assert import_bundle(json.loads(text)) == imported  # a dict works as well as JSON text


# --- imports that must fail --------------------------------------------------------------


def tampered(change) -> dict:
    bundle = exported("phq9 complete")
    change(resources(bundle, "QuestionnaireResponse")[0])
    return bundle


def first_answer(response: dict) -> dict:
    return response["item"][0]["answer"][0]["valueCoding"]


def test_a_tampered_answer_code_is_refused():
    bundle = tampered(lambda r: first_answer(r).update(code="LA9999-9"))
    with pytest.raises(FhirImportError, match=r"phq9-1 answer http://loinc.org\|LA9999-9 is not one of its options"):
        import_bundle(bundle)


def test_an_answer_in_another_code_system_is_refused():
    bundle = tampered(lambda r: first_answer(r).update(system="http://snomed.info/sct"))
    with pytest.raises(FhirImportError, match="is not one of its options"):
        import_bundle(bundle)


def test_a_wrong_value_for_the_item_is_refused():
    # "Somewhat difficult" is a real LOINC answer, but not one of a symptom item's
    bundle = tampered(lambda r: first_answer(r).update(code="LA6573-5"))
    with pytest.raises(FhirImportError, match="phq9-1 answer .*LA6573-5 is not one of its options"):
        import_bundle(bundle)


def test_an_unknown_link_id_is_refused():
    bundle = tampered(lambda r: r["item"][0].update(linkId="phq9-10"))
    with pytest.raises(FhirImportError, match="PHQ-9 has no question with linkId 'phq9-10'"):
        import_bundle(bundle)


def test_an_unknown_questionnaire_is_refused():
    bundle = tampered(lambda r: r.update(questionnaire="http://example.org/Questionnaire/phq9"))
    with pytest.raises(FhirImportError, match="'http://example.org/Questionnaire/phq9' is not one of ours"):
        import_bundle(bundle)


def test_an_answer_given_twice_or_two_answers_are_refused():
    twice = tampered(lambda r: r["item"].append(copy.deepcopy(r["item"][0])))
    with pytest.raises(FhirImportError, match="phq9-1 is answered twice"):
        import_bundle(twice)
    two = tampered(lambda r: r["item"][0]["answer"].append(copy.deepcopy(r["item"][0]["answer"][0])))
    with pytest.raises(FhirImportError, match="phq9-1 has 2 answers"):
        import_bundle(two)


def test_an_uncoded_answer_is_refused():
    bundle = tampered(lambda r: r["item"][0].update(answer=[{"valueInteger": 2}]))
    with pytest.raises(FhirImportError, match="phq9-1 must be answered with a coded option"):
        import_bundle(bundle)


def test_an_answer_the_skip_logic_never_asks_is_refused():
    bundle = exported("cssrs none")
    response = resources(bundle, "QuestionnaireResponse")[0]
    response["item"].append({"linkId": "cssrs-4", "answer": [{"valueCoding": {
        "system": "urn:mindhaven:fhir:codesystem:yes-no", "code": "yes"}}]})
    with pytest.raises(FhirImportError, match="cssrs-4 is not asked with these answers"):
        import_bundle(bundle)


@pytest.mark.parametrize(("data", "message"), [
    ("{not json", "not JSON"),
    (json.dumps({"resourceType": "Patient"}), "expected a FHIR Bundle, got 'Patient'"),
    (json.dumps([1, 2]), "expected a FHIR Bundle, got 'list'"),
    (json.dumps({"resourceType": "Bundle"}), r"not a valid FHIR R4B Bundle: type: .*required"),
    (json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Nope"}}]}),
     "not a valid FHIR R4B Bundle"),
])
def test_bad_bundles_raise_one_clear_error(data, message):
    with pytest.raises(FhirImportError, match=message) as caught:
        import_bundle(data)
    assert "pydantic" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_structurally_invalid_response_names_where():
    bundle = tampered(lambda r: r["item"][0]["answer"][0].update(valueCoding="LA6568-5"))
    with pytest.raises(FhirImportError, match=r"entry\.\d+\.resource\.item\.0\.answer\.0\.valueCoding"):
        import_bundle(bundle)


def test_responses_entered_in_error_are_skipped():
    bundle = tampered(lambda r: r.update(status="entered-in-error"))
    assert import_bundle(bundle) == []
    with pytest.raises(FhirImportError, match="status 'bogus'"):
        import_bundle(tampered(lambda r: r.update(status="bogus")))


# --- the sample ---------------------------------------------------------------------------


def test_the_sample_bundle_is_what_the_script_writes_and_validates(tmp_path, monkeypatch):
    sample = (REPO / "docs" / "fhir" / "sample-bundle.json").read_text(encoding="utf-8")
    bundle = Bundle.model_validate_json(sample)
    assert [e.resource.get_resource_type() for e in bundle.entry].count("QuestionnaireResponse") == 2
    assert [i.instrument for i in import_bundle(sample)] == ["phq9", "gad7"]
    spec = importlib.util.spec_from_file_location("fhir_sample_bundle", REPO / "scripts" / "fhir_sample_bundle.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "OUT", tmp_path / "sample-bundle.json")
    script.main()
    assert (tmp_path / "sample-bundle.json").read_text(encoding="utf-8") == sample
