"""The staff console: the caseload sorted by current risk with the phrases behind it, live alerts within two
seconds for the cases a supporter or clinician looks after (and no one else's), and the console page."""

from __future__ import annotations

import json
import threading
import time

import pytest
from accounts_helpers import app_client, database_of, make_account, settings_for

from conftest import new_conversation
from fakes import ScriptedBackend
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.audit import AuditLog


@pytest.fixture
def world(tmp_path):
    with app_client(settings_for(tmp_path), backend=ScriptedBackend("I'm here with you.")) as client:
        database = database_of(client)
        yield client, make_account(database, "clinician"), make_account(database, "clinician")


def assign(client, account, cid: str) -> int:
    return AssignmentRepository(database_of(client)).assign(account.id, cid, "admin").case_id


def say(client, cid: str, text: str) -> dict:
    response = client.post(f"/api/conversations/{cid}/messages", json={"content": text},
                           headers={"accept": "application/json"})
    assert response.status_code == 200, response.text
    return response.json()


def test_the_caseload_is_sorted_by_current_risk_with_the_words_behind_it(world):
    client, clinician, _ = world
    calm, worried, crisis = (new_conversation(client, country="GB") for _ in range(3))
    cases = {cid: assign(client, clinician, cid) for cid in (calm, worried, crisis)}
    say(client, calm, "Work was fine today, I went for a walk.")
    say(client, worried, "I want to die.")
    say(client, crisis, "I have the pills ready and I'm taking them tonight.")
    say(client, calm, "Thanks for listening.")  # the most recent activity does not outrank risk

    listed = client.get("/api/caseload/by-risk", headers=clinician.auth).json()
    assert [c["case_id"] for c in listed] == [cases[crisis], cases[worried], cases[calm]]
    top = listed[0]
    assert top["level"] == "imminent" and top["open_escalations"] == 1
    assert any("pills" in s["phrase"] for s in top["signals"])
    assert listed[1]["level"] == "moderate" and listed[1]["top_category"] == "suicidal_thoughts"
    assert listed[2]["level"] == "none" and listed[2]["signals"] == []
    assert all("conversation_id" not in c for c in listed), "staff never learn the private link"
    reads = [e for e in AuditLog(database_of(client)).show(limit=500) if e.action == "read_caseload_risk"]
    assert len(reads) == 3 and {e.actor for e in reads} == {clinician.id}


def test_an_unacknowledged_escalation_keeps_the_case_high_until_someone_acknowledges_it(world):
    client, clinician, _ = world
    cid = new_conversation(client, country="GB")
    case = assign(client, clinician, cid)
    say(client, cid, "Work was fine today, I went for a walk.")
    answers = {f"phq9-{n}": 1 for n in range(1, 9)} | {"phq9-9": 3}  # item 9: nearly every day
    assert client.post(f"/api/conversations/{cid}/questionnaires",
                       json={"instrument": "phq9", "answers": answers}).status_code == 201
    [listed] = client.get("/api/caseload/by-risk", headers=clinician.auth).json()
    assert (listed["case_id"], listed["level"], listed["open_escalations"]) == (case, "high", 1)
    assert listed["signals"][0]["source"] == "questionnaire:phq9" and "item 9" in listed["signals"][0]["phrase"]
    [escalation] = client.get("/api/escalations", headers=clinician.auth).json()
    assert client.post(f"/api/escalations/{escalation['id']}/acknowledge", headers=clinician.auth).status_code == 200
    [listed] = client.get("/api/caseload/by-risk", headers=clinician.auth).json()
    assert listed["level"] == "none" and listed["open_escalations"] == 0


def read_alerts(client, account, seconds: float, found: list, ready: threading.Event) -> None:
    with client.stream("GET", f"/api/alerts?max_seconds={seconds}", headers=account.auth) as response:
        assert response.status_code == 200
        ready.set()
        event = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "alert":
                found.append((time.monotonic(), json.loads(line[6:])))


def test_an_alert_reaches_the_assigned_clinician_within_two_seconds_and_no_one_else(world):
    client, clinician, other = world
    cid = new_conversation(client, country="GB")
    case = assign(client, clinician, cid)
    mine, theirs = [], []
    threads = []
    for account, found in ((clinician, mine), (other, theirs)):
        ready = threading.Event()
        thread = threading.Thread(target=read_alerts, args=(client, account, 4.0, found, ready))
        thread.start()
        assert ready.wait(5)
        threads.append(thread)
    time.sleep(0.3)
    say(client, cid, "Work was fine today.")  # no alert for everyday talk
    sent = time.monotonic()
    say(client, cid, "I'm standing on the bridge and I'm going to jump.")
    for thread in threads:
        thread.join(10)
    assert [a["case_id"] for _, a in mine] == [case] and mine[0][1]["level"] in ("high", "imminent")
    assert mine[0][0] - sent < 2.0, f"the alert took {mine[0][0] - sent:.2f} s"
    assert theirs == [], "another clinician is not told about someone not in their care"


def test_a_reconnecting_stream_resumes_after_the_last_alert_it_saw(world):
    client, clinician, _ = world
    cid = new_conversation(client, country="GB")
    assign(client, clinician, cid)
    say(client, cid, "I'm going to kill myself tonight.")
    say(client, cid, "I have the rope ready.")
    escalations = sorted(e["id"] for e in client.get("/api/escalations", headers=clinician.auth).json())
    assert len(escalations) == 2
    with client.stream("GET", "/api/alerts?max_seconds=1",
                       headers={**clinician.auth, "last-event-id": str(escalations[0])}) as response:
        ids = [int(line[4:]) for line in response.iter_lines() if line.startswith("id: ")]
    assert ids == escalations[1:]


def test_the_console_page_lists_cases_and_listens_for_alerts(world):
    client, clinician, _ = world
    cid = new_conversation(client, country="GB")
    case = assign(client, clinician, cid)
    say(client, cid, "I want to die.")
    page = client.get("/console", headers=clinician.auth)
    assert page.status_code == 200 and f"#{case}" in page.text and "risk-moderate" in page.text
    assert "console.js" in page.text and "want to die" in page.text
    client.cookies.clear()
    assert client.get("/console").status_code == 401, "only signed-in staff"


def test_the_case_page_marks_the_words_and_acknowledges_the_alert_in_the_clinicians_name(world):
    from mindhaven.console.highlight import highlighted

    client, clinician, other = world
    cid = new_conversation(client, country="GB")
    case = assign(client, clinician, cid)
    say(client, cid, "Honestly I have the pills ready and I'm taking them tonight.")
    page = client.get(f"/console/cases/{case}", headers=clinician.auth)
    assert page.status_code == 200 and "<mark>" in page.text and "I'm on it" in page.text
    assert client.get(f"/console/cases/{case}", headers=other.auth).status_code == 403

    [alert] = client.get("/api/escalations", headers=clinician.auth).json()
    done = client.post(f"/console/cases/{case}/alerts/{alert['id']}/acknowledge", headers=clinician.auth,
                       follow_redirects=False)
    assert done.status_code == 303
    assert client.get("/api/escalations", headers=clinician.auth).json() == []
    acks = [e for e in AuditLog(database_of(client)).show(limit=500) if e.action == "escalation_acknowledged"]
    assert acks and acks[-1].actor == clinician.id
    assert "I'm on it" not in client.get(f"/console/cases/{case}", headers=clinician.auth).text

    assert highlighted("Qué ganas de MORIR", ["ganas de morir"]) == [("Qué ", False), ("ganas de MORIR", True)]
    assert highlighted("nothing here", ["rope"]) == [("nothing here", False)]


def test_a_person_asking_for_a_human_alerts_the_staff_looking_after_them_whatever_the_risk(world):
    client, clinician, _ = world
    cid = new_conversation(client, country="GB")
    case = assign(client, clinician, cid)
    say(client, cid, "Work was fine today.")
    found, ready = [], threading.Event()
    reader = threading.Thread(target=read_alerts, args=(client, clinician, 2.0, found, ready))
    reader.start()
    assert ready.wait(5)
    time.sleep(0.3)
    assert client.post(f"/api/conversations/{cid}/ask-for-a-person").status_code == 201
    reader.join(10)
    assert [(a["case_id"], a["reason"], a["level"]) for _, a in found] == [(case, "person_asked", "none")]


def test_staff_pages_do_not_tell_a_clinician_they_are_talking_to_an_ai(world):
    client, clinician, _ = world
    cid = new_conversation(client)
    case = assign(client, clinician, cid)
    say(client, cid, "Work was fine today.")
    for path in ("/console", f"/console/cases/{case}"):
        assert "You are talking to an AI" not in client.get(path, headers=clinician.auth).text
    assert "You are talking to an AI" in client.get(f"/c/{cid}").text, "the person always sees it"
