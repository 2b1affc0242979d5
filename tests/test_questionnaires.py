"""Completing a questionnaire: scored and stored, bad answers refused with nothing stored, and a safety
answer (PHQ-9 item 9, any "yes" on the C-SSRS screener) followed by the crisis protocol and an escalation
in the same transaction, by the API and by the form."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import new_conversation
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.crisis.directory import get_directory
from mindhaven.questionnaires import submit
from mindhaven.runtime import build_pipeline
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.repository import Repository
from mindhaven.turn.consent import ConsentNeeded

PHQ9_MODERATE = {f"phq9-{n}": 1 for n in range(1, 9)} | {"phq9-9": 0, "phq9-difficulty": 1}  # 8: mild
SAMARITANS = "116 123"  # the UK's Samaritans, from the verified directory


@pytest.fixture
def client(settings, database_url):
    pipeline = build_pipeline(settings, backend=ScriptedBackend("I'm here with you."), database_url=database_url)
    with TestClient(create_app(settings, pipeline)) as c:
        yield c


def database(client):
    return client.app.state.pipeline.repository.database


def escalations(client, cid: str) -> list:
    return EscalationRepository(database(client)).open(conversation_id=cid)


def post(client, cid: str, instrument: str, answers: dict, **kw):
    return client.post(f"/api/conversations/{cid}/questionnaires", json={"instrument": instrument, "answers": answers},
                       **kw)


def test_a_completed_phq9_is_scored_and_stored_without_alarm(client):
    cid = new_conversation(client, country="GB")
    response = post(client, cid, "phq9", PHQ9_MODERATE)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["questionnaire"]["total"], body["questionnaire"]["band"], body["status"]) == (8, "mild", "complete")
    assert body["questionnaire"]["crisis"] is False and body["crisis_reply"] is None
    stored = client.get(f"/api/conversations/{cid}/questionnaires?answers=1").json()
    assert [(q["instrument"], q["total"], q["source"]) for q in stored] == [("phq9", 8, "form")]
    assert stored[0]["answers"] == PHQ9_MODERATE
    assert escalations(client, cid) == []
    assert Repository(database(client)).messages(cid) == [], "nothing is said in the chat about a calm result"


@pytest.mark.parametrize(("instrument", "answers", "level"), [
    ("phq9", PHQ9_MODERATE | {"phq9-9": 1}, 2),  # item 9 on several days: moderate
    ("phq9", PHQ9_MODERATE | {"phq9-9": 3}, 3),  # nearly every day: high
    ("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 0, "cssrs-6": 0}, 1),  # wished to be dead: low risk, still a "yes"
    ("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 1, "cssrs-3": 1, "cssrs-4": 1, "cssrs-5": 1, "cssrs-6": 0}, 3),
])
def test_a_safety_answer_shows_the_crisis_protocol_and_raises_an_escalation(client, instrument, answers, level):
    cid = new_conversation(client, country="GB")
    response = post(client, cid, instrument, answers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["questionnaire"]["crisis"] is True and body["reasons"]
    assert SAMARITANS in body["crisis_reply"], "the country's verified line, from the directory"

    [escalation] = escalations(client, cid)
    assert escalation.level == level and escalation.reason == f"questionnaire:{instrument}"
    [message] = Repository(database(client)).messages(cid)
    assert message.id == escalation.message_id and message.content == body["crisis_reply"]
    assert message.route == "crisis_protocol" and message.source == "protocol"
    signals = EscalationRepository(database(client)).get(escalation.id).signals
    assert signals and all(s["source"] == f"questionnaire:{instrument}" for s in signals)


def test_the_crisis_reply_is_in_the_conversations_language(client):
    cid = new_conversation(client, locale="es-ES", country="ES")
    body = post(client, cid, "phq9", PHQ9_MODERATE | {"phq9-9": 2}).json()
    assert "024" in body["crisis_reply"], "Spain's suicide line"
    assert "ahora" in body["crisis_reply"].lower() or "seguridad" in body["crisis_reply"].lower()


@pytest.mark.parametrize(("instrument", "answers", "problem"), [
    ("phq9", {"phq9-1": 4}, "4 is not one of its answers"),
    ("phq9", {"phq9-10": 1}, "no item 'phq9-10'"),
    ("phq9", {"phq9-1": "2"}, "answers"),  # text is not a number, even when it looks like one
    ("phq9", {"phq9-1": True}, "answers"),
    ("cssrs-screener", {"cssrs-1": 0, "cssrs-2": 0, "cssrs-3": 1}, "not asked with these answers"),
    ("phq-10", {}, "phq-10"),
])
def test_bad_answers_are_refused_clearly_and_nothing_is_stored(client, instrument, answers, problem):
    cid = new_conversation(client)
    response = post(client, cid, instrument, answers)
    assert response.status_code == 422
    assert problem in response.json()["error"]["message"]
    assert client.get(f"/api/conversations/{cid}/questionnaires").json() == []
    assert escalations(client, cid) == []


def test_without_consent_nothing_is_stored_but_a_safety_answer_still_gets_the_crisis_lines(client):
    cid = new_conversation(client, country="GB")
    assert client.post(f"/api/conversations/{cid}/consent/withdraw").status_code == 200
    calm = post(client, cid, "phq9", PHQ9_MODERATE)
    assert calm.status_code == 409 and "Your answers were not saved" in calm.json()["error"]["message"]
    assert "crisis_resources" not in calm.json()["error"]

    at_risk = post(client, cid, "phq9", PHQ9_MODERATE | {"phq9-9": 3})
    assert at_risk.status_code == 409 and at_risk.json()["error"]["crisis_resources"]["resources"]
    assert QuestionnaireRepository(database(client)).list(cid) == [] and escalations(client, cid) == []


def test_the_questionnaire_the_escalation_and_the_message_are_stored_together_or_not_at_all(client, monkeypatch):
    cid = new_conversation(client, country="GB")
    import mindhaven.storage.questionnaire_responses as storage

    def broken(*args, **kwargs):
        raise RuntimeError("the disk filled up")

    monkeypatch.setattr(storage, "add_messages", broken)
    with pytest.raises(RuntimeError):
        submit(database(client), get_directory(), cid, "phq9", PHQ9_MODERATE | {"phq9-9": 2})
    assert QuestionnaireRepository(database(client)).list(cid) == [] and escalations(client, cid) == []


def test_submit_refuses_unknown_conversations_and_withdrawn_consent_in_code(client):
    from mindhaven.storage.repository import ConversationNotFound

    with pytest.raises(ConversationNotFound):
        submit(database(client), get_directory(), "f" * 32, "phq2", {"phq2-1": 0, "phq2-2": 0})
    cid = new_conversation(client)
    client.post(f"/api/conversations/{cid}/consent/withdraw")
    with pytest.raises(ConsentNeeded) as refused:
        submit(database(client), get_directory(), cid, "cssrs-screener", {"cssrs-1": 1, "cssrs-2": 0, "cssrs-6": 0})
    assert refused.value.in_crisis


def test_the_instruments_are_listed_with_their_published_wording(client):
    listed = {i["key"]: i for i in client.get("/api/instruments").json()}
    assert list(listed) == ["phq9", "gad7", "phq2", "gad2", "cssrs-screener"]
    ninth = listed["phq9"]["items"][8]
    assert ninth["link_id"] == "phq9-9" and "better off dead" in ninth["text"]
    assert [o["value"] for o in ninth["options"]] == [0, 1, 2, 3]
    assert listed["cssrs-screener"]["items"][2]["asked_when"] == [{"question": "cssrs-2", "operator": "=", "answer": 1}]


def test_the_form_saves_answers_and_shows_the_crisis_protocol_after_a_safety_answer(client):
    cid = new_conversation(client, country="GB")
    mood_page = client.get(f"/c/{cid}/mood").text
    assert f'href="/c/{cid}/questionnaires/phq9"' in mood_page

    page = client.get(f"/c/{cid}/questionnaires/gad7")
    assert page.status_code == 200 and "GAD-7" in page.text and page.text.count('type="radio"') == 7 * 4
    saved = client.post(f"/c/{cid}/questionnaires/gad7", data={f"gad7-{n}": "2" for n in range(1, 8)},
                        follow_redirects=True)
    assert saved.status_code == 200 and "GAD-7 14" in saved.text, "back on the mood page, with the result listed"

    missing_nine = {f"phq9-{n}": "0" for n in range(1, 9)} | {"phq9-9": "2"}
    crisis = client.post(f"/c/{cid}/questionnaires/phq9", data=missing_nine)
    assert crisis.status_code == 200 and SAMARITANS in crisis.text and "care team has been told" in crisis.text
    assert len(escalations(client, cid)) == 1


def test_a_bad_form_keeps_the_choices_and_stores_nothing(client):
    cid = new_conversation(client)
    answers = {"cssrs-1": "0", "cssrs-2": "0", "cssrs-3": "1"}
    refused = client.post(f"/c/{cid}/questionnaires/cssrs-screener", data=answers)
    assert refused.status_code == 422 and "not asked with these answers" in refused.text
    assert refused.text.count("checked") == 3, "what was chosen is still chosen"
    assert client.get(f"/api/conversations/{cid}/questionnaires").json() == []
    assert client.get(f"/c/{cid}/questionnaires/phq-10").status_code == 404


# --- HL7 FHIR ------------------------------------------------------------------------------------


def test_fhir_export_then_import_gives_identical_scores(client):
    from fhir.resources.R4B.bundle import Bundle

    source = new_conversation(client, country="GB")
    post(client, source, "phq9", PHQ9_MODERATE)
    post(client, source, "gad7", {f"gad7-{n}": 2 for n in range(1, 8)})
    exported = client.get(f"/api/conversations/{source}/fhir")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/fhir+json")
    bundle = Bundle.model_validate_json(exported.text)  # valid FHIR R4B, checked by fhir.resources
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert kinds.count("QuestionnaireResponse") == 2 and kinds.count("Observation") == 2 and "Patient" in kinds
    assert source not in exported.text, "the private link never leaves in an export"

    target = new_conversation(client, country="GB")
    imported = client.post(f"/api/conversations/{target}/fhir", content=exported.content,
                           headers={"content-type": "application/fhir+json"})
    assert imported.status_code == 201, imported.text
    before = client.get(f"/api/conversations/{source}/questionnaires?answers=1").json()
    after = client.get(f"/api/conversations/{target}/questionnaires?answers=1").json()
    assert [(q["instrument"], q["total"], q["band"], q["answers"]) for q in after] == \
        [(q["instrument"], q["total"], q["band"], {k: v for k, v in q["answers"].items() if v is not None})
         for q in before]
    assert {q["source"] for q in after} == {"fhir_import"}
    assert [q["created_at"] for q in after] == [q["created_at"] for q in before], "when they were answered"


def test_an_imported_safety_answer_is_followed_through(client):
    source = new_conversation(client, country="GB")
    post(client, source, "phq9", PHQ9_MODERATE | {"phq9-9": 2})
    target = new_conversation(client, country="GB")
    imported = client.post(f"/api/conversations/{target}/fhir", content=client.get(f"/api/conversations/{source}/fhir").content)
    assert imported.status_code == 201 and SAMARITANS in imported.json()[0]["crisis_reply"]
    assert len(escalations(client, target)) == 1


@pytest.mark.parametrize(("bundle", "problem"), [
    ("not json", "Nothing was imported"),
    ('{"resourceType": "Bundle", "type": "collection", "entry": []}', "holds no QuestionnaireResponse"),
    ('{"resourceType": "Patient"}', "Nothing was imported"),
])
def test_a_bad_bundle_is_refused_clearly_and_nothing_is_stored(client, bundle, problem):
    cid = new_conversation(client)
    refused = client.post(f"/api/conversations/{cid}/fhir", content=bundle)
    assert refused.status_code == 422 and problem in refused.json()["error"]["message"]
    assert client.get(f"/api/conversations/{cid}/questionnaires").json() == []


def test_a_bundle_with_one_bad_answer_imports_nothing(client):
    import json

    source = new_conversation(client)
    post(client, source, "phq2", {"phq2-1": 1, "phq2-2": 1})
    post(client, source, "gad2", {"gad2-1": 1, "gad2-2": 1})
    data = json.loads(client.get(f"/api/conversations/{source}/fhir").text)
    last = [e for e in data["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"][-1]
    last["resource"]["item"][0]["answer"][0]["valueCoding"]["code"] = "LA9999-9"
    target = new_conversation(client)
    refused = client.post(f"/api/conversations/{target}/fhir", json=data)
    assert refused.status_code == 422 and "QuestionnaireResponse" in refused.json()["error"]["message"]
    assert client.get(f"/api/conversations/{target}/questionnaires").json() == []


def test_an_assigned_clinician_exports_the_case_as_fhir_without_learning_the_link(tmp_path):
    from accounts_helpers import app_client, database_of, make_account, settings_for

    from mindhaven.storage.assignments import AssignmentRepository

    with app_client(settings_for(tmp_path)) as client:
        cid = new_conversation(client, country="GB")
        post(client, cid, "gad2", {"gad2-1": 2, "gad2-2": 3})
        clinician = make_account(database_of(client), "clinician")
        case = AssignmentRepository(database_of(client)).assign(clinician.id, cid, "test")
        exported = client.get(f"/api/cases/{case.case_id}/fhir", headers=clinician.auth)
        assert exported.status_code == 200 and '"QuestionnaireResponse"' in exported.text
        assert cid not in exported.text
        other = make_account(database_of(client), "clinician")
        assert client.get(f"/api/cases/{case.case_id}/fhir", headers=other.auth).status_code == 403
