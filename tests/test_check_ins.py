"""Mood check-ins and stored questionnaire results: stored sealed and read back exactly, clear errors that
lose nothing, who may read and write them, and the mood chart on the person's page."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from accounts_helpers import PASSWORD, app_client, database_of, make_account, settings_for
from fastapi.testclient import TestClient

from conftest import new_conversation
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.check_ins.chart import CRISIS_COLOUR, describe, mood_chart, questionnaire_label
from mindhaven.check_ins.validate import clean_check_in
from mindhaven.instruments import score
from mindhaven.runtime import build_pipeline
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.check_ins import CheckInRecord, CheckInRepository, NewCheckIn
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.questionnaire_responses import QuestionnaireRecord, QuestionnaireRepository
from mindhaven.storage.repository import ConversationNotFound, Repository
from mindhaven.turn.receive import InvalidMessage

NOTE = "walked to the weir with Tobiah, slept better after"
PHQ9 = {f"phq9_{n}": 1 for n in range(1, 10)} | {"phq9_9": 0}
MAY_1 = datetime(2025, 5, 1, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def client(settings, database_url):
    pipeline = build_pipeline(settings, backend=ScriptedBackend("I'm here with you."), database_url=database_url)
    with TestClient(create_app(settings, pipeline)) as c:
        yield c


def repositories(client) -> tuple[CheckInRepository, QuestionnaireRepository]:
    database = database_of(client)
    return CheckInRepository(database), QuestionnaireRepository(database)


def add_phq9(client, cid: str, total: int = 12, band: str = "moderate", **other) -> QuestionnaireRecord:
    return repositories(client)[1].add(cid, "phq9", PHQ9, total, band, False, "form", **other)


# --- the repositories -------------------------------------------------------------------------------


def test_check_ins_round_trip_oldest_first_with_audited_reads(client):
    cid = new_conversation(client)
    check_ins, _ = repositories(client)
    first = check_ins.add(cid, NewCheckIn(3, 5.5, 8, NOTE))
    second = check_ins.add(cid, NewCheckIn(6))

    assert (first.mood, first.sleep_hours, first.anxiety, first.note) == (3, 5.5, 8, NOTE)
    assert first.created_at.tzinfo is not None
    assert check_ins.list(cid) == [first, second]
    assert (second.sleep_hours, second.anxiety, second.note) == (None, None, None)

    actions = [e.action for e in AuditLog(database_of(client)).show(subject=cid, limit=3)]
    assert actions == ["save_check_in", "save_check_in", "read_check_ins"]
    with pytest.raises(ConversationNotFound):
        check_ins.add("0" * 32, NewCheckIn(5))
    with pytest.raises(ConversationNotFound):
        check_ins.list("not-an-id")


def test_questionnaires_round_trip_answers_only_when_asked_for(client):
    cid = new_conversation(client)
    _, questionnaires = repositories(client)
    earlier = MAY_1 - timedelta(days=30)
    phq9 = add_phq9(client, cid)
    imported = questionnaires.add(cid, "gad7", {"gad7_1": 2}, None, None, True, "fhir_import", completed_at=earlier)

    assert phq9.answers == PHQ9 and (phq9.total, phq9.band, phq9.crisis, phq9.source) == (12, "moderate", False, "form")
    listed = questionnaires.list(cid)
    assert [q.instrument for q in listed] == ["gad7", "phq9"], "ordered by when they were completed"
    assert listed[0].created_at == earlier and listed[0].total is None and listed[0].crisis is True
    assert all(q.answers is None for q in listed)
    assert [q.answers for q in questionnaires.list(cid, with_answers=True)] == [{"gad7_1": 2}, PHQ9]
    assert imported.source == "fhir_import"

    entries = AuditLog(database_of(client)).show(subject=cid, limit=4)
    assert [(e.action, e.detail) for e in entries] == [
        ("save_questionnaire", "phq9, from form"), ("save_questionnaire", "gad7, from fhir_import"),
        ("read_questionnaires", ""), ("read_questionnaires", "with answers")]


@pytest.mark.parametrize("change, problem", [
    ({"instrument": "PHQ-9"}, "instrument"),
    ({"source": "email"}, "source"),
    ({"total": -1}, "total"),
    ({"total": True}, "total"),
    ({"band": "<b>severe</b>"}, "band"),
    ({"answers": {"": 1}}, "answers"),
    ({"answers": {"phq9_1": [1, 2]}}, "answer"),
])
def test_values_no_scorer_should_produce_are_refused(client, change, problem):
    cid = new_conversation(client)
    values = {"instrument": "phq9", "answers": PHQ9, "total": 12, "band": "moderate", "crisis": False,
              "source": "form", **change}
    with pytest.raises(ValueError, match=problem):
        repositories(client)[1].add(cid, **values)
    assert repositories(client)[1].list(cid) == []


def test_a_scored_c_ssrs_screener_is_stored_under_its_registry_id(client):
    cid = new_conversation(client)
    result = score("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 0, "cssrs-6": 0})
    stored = repositories(client)[1].add(cid, result.instrument, {"cssrs-1": 1, "cssrs-2": 0, "cssrs-6": 0},
                                         result.total, result.band, result.crisis, "form")
    assert (stored.instrument, stored.band, stored.crisis) == ("cssrs-screener", result.band, True)


# --- validation ---------------------------------------------------------------------------------


def test_form_text_and_json_numbers_are_cleaned():
    assert clean_check_in("7", "6,5", "", "  ") == NewCheckIn(7, 6.5, None, None)
    assert clean_check_in(0, 0, 10, "slept\u200b in\x00") == NewCheckIn(0, 0.0, 10, "slept in")
    assert clean_check_in(10.0, 24, None, None) == NewCheckIn(10, 24.0, None, None)


@pytest.mark.parametrize("values, message", [
    (("",), "Please give your mood as a number from 0 to 10."),
    ((11,), "Mood must be a whole number from 0 to 10."),
    ((-1,), "Mood must be a whole number from 0 to 10."),
    (("5.5",), "Mood must be a whole number from 0 to 10."),
    (("happy",), "Mood must be a number, not 'happy'."),
    ((True,), "Mood must be a number."),
    ((5, "25"), "Hours of sleep must be between 0 and 24."),
    ((5, "nan"), "Hours of sleep must be a number."),
    ((5, None, 12), "Anxiety must be a whole number from 0 to 10."),
    ((5, None, None, "x" * 1001), "The note can be up to 1000 characters (it has 1001)."),
    ((5, None, None, 42), "The note must be text."),
])
def test_bad_check_ins_get_a_clear_message(values, message):
    with pytest.raises(InvalidMessage) as raised:
        clean_check_in(*values)
    assert raised.value.code == "invalid_check_in" and str(raised.value) == message


# --- the API ------------------------------------------------------------------------------------


def test_check_ins_through_the_api(client):
    cid = new_conversation(client)
    made = client.post(f"/api/conversations/{cid}/check-ins",
                       json={"mood": 4, "sleep_hours": 6.5, "anxiety": 7, "note": NOTE})
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["mood"], body["sleep_hours"], body["anxiety"], body["note"]) == (4, 6.5, 7, NOTE)
    client.post(f"/api/conversations/{cid}/check-ins", json={"mood": 6})

    listed = client.get(f"/api/conversations/{cid}/check-ins").json()
    assert [c["mood"] for c in listed] == [4, 6] and body == listed[0] | {"crisis_reply": None, "support_note": None}


@pytest.mark.parametrize("body, code", [
    ({"mood": 11}, "invalid_check_in"),
    ({"mood": 5, "sleep_hours": 30}, "invalid_check_in"),
    ({"mood": 5, "anxiety": -2}, "invalid_check_in"),
    ({"mood": 5, "note": "x" * 1001}, "invalid_check_in"),
    ({"sleep_hours": 7}, "invalid_request"),
    ({"mood": "very low"}, "invalid_request"),
])
def test_bad_check_ins_are_refused_and_nothing_is_stored(client, body, code):
    cid = new_conversation(client)
    response = client.post(f"/api/conversations/{cid}/check-ins", json=body)
    assert response.status_code == 422 and response.json()["error"]["code"] == code
    assert client.get(f"/api/conversations/{cid}/check-ins").json() == []


def test_questionnaire_results_through_the_api(client):
    cid = new_conversation(client)
    assert client.get(f"/api/conversations/{cid}/questionnaires").json() == []
    add_phq9(client, cid)
    [result] = client.get(f"/api/conversations/{cid}/questionnaires").json()
    assert (result["instrument"], result["total"], result["band"], result["crisis"], result["source"]) == (
        "phq9", 12, "moderate", False, "form")
    assert result["answers"] is None
    [opened] = client.get(f"/api/conversations/{cid}/questionnaires", params={"answers": 1}).json()
    assert opened["answers"] == PHQ9


def test_unknown_conversations_have_no_check_ins(client):
    unknown = "a" * 32
    assert client.get(f"/api/conversations/{unknown}/check-ins").status_code == 404
    assert client.post(f"/api/conversations/{unknown}/check-ins", json={"mood": 5}).status_code == 404
    assert client.get(f"/api/conversations/{unknown}/questionnaires").status_code == 404
    assert client.get(f"/c/{unknown}/mood").status_code == 404


def test_each_role_reads_or_writes_check_ins_as_designed(tmp_path):
    with app_client(settings_for(tmp_path)) as client:
        database = database_of(client)
        owner, other = make_account(database, "person"), make_account(database, "person")
        assigned, unassigned = make_account(database, "supporter"), make_account(database, "clinician")
        admin = make_account(database, "admin")
        cid = new_conversation(client, headers=owner.auth)
        AssignmentRepository(database).assign(assigned.id, cid, "test")
        check_ins, questionnaires = f"/api/conversations/{cid}/check-ins", f"/api/conversations/{cid}/questionnaires"
        reason = {"x-access-reason": "Subject access request, ticket 4410"}

        assert client.post(check_ins, json={"mood": 5, "note": NOTE}, headers=owner.auth).status_code == 201
        QuestionnaireRepository(database).add(cid, "phq9", PHQ9, 8, "mild", False, "form")
        for who, status in ((None, 401), (other, 403), (assigned, 403), (unassigned, 403), (admin, 403)):
            headers = who.auth if who else {}
            assert client.post(check_ins, json={"mood": 1}, headers=headers).status_code == status
        assert client.post(check_ins, json={"mood": 1}, headers=admin.auth | reason).status_code == 403
        for path in (check_ins, questionnaires):
            for who, status in ((owner, 200), (assigned, 200), (other, 403), (unassigned, 403), (admin, 403)):
                assert client.get(path, headers=who.auth).status_code == status, (path, who.role)
            assert client.get(path).status_code == 401
            assert client.get(path, headers=admin.auth | reason).status_code == 200
        assert [c["mood"] for c in client.get(check_ins, headers=owner.auth).json()] == [5]

        # Staff reach it as their case, and never see the conversation's id.
        [listed] = client.get("/api/caseload", headers=assigned.auth).json()
        case_check_ins = client.get(f"/api/cases/{listed['case_id']}/check-ins", headers=assigned.auth)
        assert case_check_ins.status_code == 200 and [c["note"] for c in case_check_ins.json()] == [NOTE]
        case_answers = client.get(f"/api/cases/{listed['case_id']}/questionnaires", params={"answers": 1},
                                  headers=assigned.auth)
        assert case_answers.status_code == 200 and [q["answers"] for q in case_answers.json()] == [PHQ9]
        for response in (case_check_ins, case_answers):
            assert cid not in response.text and "conversation_id" not in response.text
        for who in (unassigned, owner, admin):
            assert client.get(f"/api/cases/{listed['case_id']}/check-ins", headers=who.auth).status_code == 403

        entries = AuditLog(database).show(subject=cid, limit=20)
        assert (assigned.id, "read_check_ins") in [(e.actor, e.action) for e in entries]
        assert any(e.action == "admin_read" and "Subject access request" in e.detail for e in entries)


# --- the page -----------------------------------------------------------------------------------


def test_the_page_checks_in_and_draws_the_chart(client):
    cid = new_conversation(client)
    assert f'href="/c/{cid}/mood"' in client.get(f"/c/{cid}").text

    empty = client.get(f"/c/{cid}/mood")
    assert empty.status_code == 200 and "You are talking to an AI" in empty.text
    assert "No check-ins yet." in empty.text and "<svg" not in empty.text.split("<main")[1]

    for mood, anxiety in (("3", "8"), ("5", ""), ("7", "4")):
        saved = client.post(f"/c/{cid}/mood", data={"mood": mood, "sleep_hours": "7", "anxiety": anxiety,
                                                     "note": NOTE}, follow_redirects=True)
        assert saved.status_code == 200 and "your check-in is saved" in saved.text
    add_phq9(client, cid)
    page = client.get(f"/c/{cid}/mood").text

    [chart] = re.findall(r'<svg class="mood-chart".*?</svg>', page, re.S)
    assert 'role="img"' in chart and "<title" in chart
    assert len(re.findall(r'class="point mood-point"', chart)) == 3
    assert len(re.findall(r'class="point anxiety-point"', chart)) == 2
    assert len(re.findall(r'class="point questionnaire-point"', chart)) == 1
    assert "Mood from 3 to 7 over 3 check-ins" in chart and "Anxiety from 8 to 4 over 2 check-ins" in chart
    assert "PHQ-9 12 (moderate)" in chart
    assert NOTE in page, "the person sees their own notes under the chart"


def test_a_bad_form_shows_the_error_and_keeps_what_was_typed(client):
    cid = new_conversation(client)
    typed = {"mood": "12", "sleep_hours": "6.5", "anxiety": "3", "note": NOTE}
    refused = client.post(f"/c/{cid}/mood", data=typed)
    assert refused.status_code == 422 and "Mood must be a whole number from 0 to 10." in refused.text
    for value in ('value="12"', 'value="6.5"', 'value="3"', NOTE):
        assert value in refused.text
    assert client.get(f"/api/conversations/{cid}/check-ins").json() == []

    other_site = client.post(f"/c/{cid}/mood", data={"mood": "5"}, headers={"sec-fetch-site": "cross-site"})
    assert other_site.status_code == 403
    assert client.get(f"/api/conversations/{cid}/check-ins").json() == []


def test_a_signed_in_browser_needs_the_pages_csrf_token(tmp_path):
    with app_client(settings_for(tmp_path)) as client:
        person = make_account(database_of(client), "person")
        login = client.post("/api/auth/login", json={"username": person.username, "password": PASSWORD})
        token = login.json()["csrf_token"]
        cid = new_conversation(client, headers={"x-csrf-token": token})
        page = client.get(f"/c/{cid}/mood").text
        assert f'name="csrf_token" value="{token}"' in page

        forged = client.post(f"/c/{cid}/mood", data={"mood": "5"}, follow_redirects=False)
        assert forged.status_code == 403
        sent = client.post(f"/c/{cid}/mood", data={"mood": "5", "csrf_token": token}, follow_redirects=False)
        assert sent.status_code == 303 and sent.headers["location"] == f"/c/{cid}/mood?saved=1"
        assert [c["mood"] for c in client.get(f"/api/conversations/{cid}/check-ins").json()] == [5]


# --- the chart ----------------------------------------------------------------------------------


def check_in(day: int, mood: int, anxiety: int | None = None, hour: int = 9) -> CheckInRecord:
    return CheckInRecord(day, "c" * 32, MAY_1.replace(day=day, hour=hour), mood, None, anxiety, None)


def result(day: int, instrument: str, total: int | None, band: str | None, crisis: bool = False) -> QuestionnaireRecord:
    return QuestionnaireRecord(day, "c" * 32, instrument, MAY_1.replace(day=day), total, band, crisis, "form", None)


def test_the_chart_summarises_the_trend_in_words():
    check_ins = [check_in(1, 3, 7), check_in(3, 4), check_in(6, 5, 5), check_in(9, 6, 4)]
    assert describe(check_ins, [result(4, "phq9", 12, "moderate")]) == (
        "Mood from 3 to 6 over 4 check-ins, 1 May to 9 May 2025. Anxiety from 7 to 4 over 3 check-ins. "
        "Questionnaires: PHQ-9 12 (moderate) on 4 May 2025.")
    assert describe([check_in(2, 5)]) == "Mood 5 in 1 check-in, on 2 May 2025."
    assert describe([], [result(2, "gad7", None, None)]) == (
        "No check-ins yet. Questionnaires: GAD-7 not finished on 2 May 2025.")
    assert questionnaire_label(result(1, "cssrs-screener", None, "low risk")) == "C-SSRS Screener (low risk)"
    assert questionnaire_label(result(1, "phq2", 2, None)) == "PHQ-2 2"
    assert questionnaire_label(result(1, "who5", 60, "good")) == "WHO5 60 (good)"


def test_the_chart_draws_dates_points_and_markers():
    chart = str(mood_chart([check_in(1, 2, 9), check_in(2, 4), check_in(15, 8, 1)],
                           [result(5, "gad7", 8, "mild", crisis=True)]))
    assert chart.startswith('<svg class="mood-chart"') and chart.endswith("</svg>")
    assert 'aria-labelledby="mood-chart-title mood-chart-desc"' in chart
    assert len(re.findall(r"<circle class=\"point mood-point\"", chart)) == 3
    assert re.findall(r'points="[^"]+"', chart.split('class="line line-mood"')[1])[0].count(",") == 3
    assert ">1 May<" in chart and ">15 May<" in chart
    assert ">2 May<" not in chart, "a label too close to the one before is left out"
    assert 'class="questionnaire-marker crisis"' in chart and ">GAD-7 8 (mild)<" in chart
    assert "Safety answer" not in chart and CRISIS_COLOUR not in chart, "the person's own view stays neutral"
    for_clinician = str(mood_chart([check_in(1, 2)], [result(5, "gad7", 8, "mild", crisis=True)],
                                   highlight_crisis=True))
    assert ">Safety answer<" in for_clinician and f'fill="{CRISIS_COLOUR}">' in for_clinician
    assert ">0<" in chart and ">10<" in chart

    one_day = str(mood_chart([check_in(3, 4, hour=8), check_in(3, 6, hour=20)]))
    assert ">08:30<" in one_day and ">20:30<" in one_day and "3 May 2025 (UTC)" in one_day

    single = str(mood_chart([check_in(3, 4)]))
    assert single.count("mood-point") == 1 and "<polyline" not in single


def test_the_chart_escapes_text_and_has_an_empty_state():
    hostile = result(2, "phq9", 3, "<script>alert(1)</script>")
    chart = str(mood_chart([], [hostile], chart_id="case-7"))
    assert "<script>" not in chart and "&lt;script&gt;" in chart and 'id="case-7-title"' in chart
    assert str(mood_chart([], [])) == (
        '<p class="chart-empty">No check-ins yet. After your first one, a chart of how you have been feeling '
        "over time appears here.</p>")
    assert str(mood_chart([], [], empty_message="No check-ins in this case.")) == (
        '<p class="chart-empty">No check-ins in this case.</p>')


def test_no_check_in_is_saved_without_consent_but_a_note_about_crisis_still_gets_the_lines(client):
    cid = new_conversation(client, country="GB")
    assert client.post(f"/api/conversations/{cid}/consent/withdraw").status_code == 200
    refused = client.post(f"/api/conversations/{cid}/check-ins", json={"mood": 4, "note": NOTE})
    assert refused.status_code == 409 and "Your check-in was not saved" in refused.json()["error"]["message"]
    assert "crisis_resources" not in refused.json()["error"]
    in_crisis = client.post(f"/api/conversations/{cid}/check-ins",
                            json={"mood": 0, "note": "I have the pills ready and I'm taking them tonight"})
    assert in_crisis.status_code == 409 and in_crisis.json()["error"]["crisis_resources"]["resources"]
    form = client.post(f"/c/{cid}/mood", data={"mood": "5", "sleep_hours": "", "anxiety": "", "note": NOTE})
    assert form.status_code == 409 and "Your check-in was not saved" in form.text and NOTE in form.text
    assert CheckInRepository(database_of(client)).list(cid) == []


# --- a note that speaks of crisis ----------------------------------------------------------------

SAMARITANS = "116 123"  # the UK's Samaritans, from the verified directory
HIGH_NOTE = "told Tobiah goodbye today. I have the pills ready to end it tonight"


def test_a_note_at_high_risk_gets_the_crisis_protocol_and_an_escalation_with_the_check_in(client):
    cid = new_conversation(client, country="GB")
    made = client.post(f"/api/conversations/{cid}/check-ins", json={"mood": 1, "note": HIGH_NOTE})
    assert made.status_code == 201, made.text
    body = made.json()
    assert SAMARITANS in body["crisis_reply"], "the country's verified line, from the directory"
    assert body["note"] == HIGH_NOTE and body["support_note"] is None

    database = database_of(client)
    [escalation] = EscalationRepository(database).open(conversation_id=cid)
    assert escalation.level >= 3 and escalation.reason == "check_in_note"
    [message] = Repository(database).messages(cid)
    assert message.id == escalation.message_id and message.content == body["crisis_reply"]
    assert message.route == "crisis_protocol" and message.source == "protocol"
    signals = EscalationRepository(database).get(escalation.id).signals
    assert signals and not any("tobiah" in s["phrase"].lower() for s in signals), "staff see no names in signals"


def test_a_note_at_moderate_risk_shows_the_lines_and_alerts_no_one(client):
    cid = new_conversation(client, country="GB")
    body = client.post(f"/api/conversations/{cid}/check-ins",
                       json={"mood": 2, "note": "I keep thinking about killing myself"}).json()
    assert body["crisis_reply"] is None and SAMARITANS in body["support_note"]
    assert EscalationRepository(database_of(client)).open(conversation_id=cid) == []
    assert Repository(database_of(client)).messages(cid) == []


def test_a_calm_note_or_none_brings_nothing_but_the_saved_check_in(client):
    cid = new_conversation(client, country="GB")
    for note in (NOTE, None, "this exam is killing me lol"):
        body = client.post(f"/api/conversations/{cid}/check-ins", json={"mood": 5, "note": note}).json()
        assert body["crisis_reply"] is None and body["support_note"] is None
    assert EscalationRepository(database_of(client)).open(conversation_id=cid) == []
    assert Repository(database_of(client)).messages(cid) == []


def test_the_form_shows_the_crisis_protocol_at_once_in_the_conversations_language(client):
    cid = new_conversation(client, locale="es-ES", country="ES")
    page = client.post(f"/c/{cid}/mood", data={"mood": "0", "sleep_hours": "", "anxiety": "",
                                               "note": "ya tengo la soga preparada, esta noche lo hago"})
    assert page.status_code == 200 and 'class="alert crisis-reply"' in page.text
    assert "024" in page.text, "Spain's suicide line"
    assert "Your check-in is saved" in page.text and 'id="resource-list"' in page.text
    assert [c.note for c in CheckInRepository(database_of(client)).list(cid)] == [
        "ya tengo la soga preparada, esta noche lo hago"]
