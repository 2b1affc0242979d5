"""Live handoff: an assigned supporter or clinician takes a conversation over; the AI stops replying (the crisis
protocol does not); the person sees who joined and their messages, live; handing back is explicit and audited,
and the AI replies again. A model reading the history later never sees a name the human wrote."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import update
from accounts_helpers import app_client, database_of, make_account, settings_for

from conftest import new_conversation
from test_console import say
from fakes import RecordingBackend, ScriptedBackend
from test_api import sse_events
from mindhaven.storage.accounts import AccountRepository
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.handoffs import HandoffRepository
from mindhaven.storage.models import Handoff, Message, utcnow

AI_REPLY = "That sounds really hard. I'm here with you."
STAFF_TEXT = "Hi, I'm here now. Is Anna Kowalski still staying with you tonight?"


@pytest.fixture
def world(tmp_path, database_url):
    backend = RecordingBackend(ScriptedBackend(AI_REPLY))
    with app_client(settings_for(tmp_path, database_url), backend=backend) as client:
        database = database_of(client)
        clinician, colleague = make_account(database, "clinician"), make_account(database, "supporter")
        cid = new_conversation(client, country="GB")
        assignments = AssignmentRepository(database)
        case = assignments.assign(clinician.id, cid, "admin").case_id
        colleague_case = assignments.assign(colleague.id, cid, "admin").case_id
        yield client, backend, clinician, colleague, cid, case, colleague_case


def events(client, url: str, headers: dict | None = None) -> list[tuple[str, dict]]:
    """Every event a live view sends in its first second."""
    with client.stream("GET", url + ("&" if "?" in url else "?") + "max_seconds=1", headers=headers or {}) as response:
        assert response.status_code == 200, response.read()
        return sse_events(response)


def test_taking_over_silences_the_ai_and_the_person_sees_who_joined_and_what_they_wrote(world):
    client, backend, clinician, _, cid, case, _ = world
    say(client, cid, "Work has been a lot lately.")
    assert len(backend.requests) == 1

    taken = client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    assert taken.status_code == 200, taken.text
    label = taken.json()["label"]
    assert taken.json()["active"] and taken.json()["yours"] and label.endswith("(clinician)")

    turn = say(client, cid, "I can't sleep and I keep going over it.")
    assert (turn["route"], turn["reply"], turn["reply_message_id"]) == ("human", "", None)
    assert len(backend.requests) == 1, "no model is asked while a human holds the conversation"

    written = client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": STAFF_TEXT})
    assert written.status_code == 201, written.text
    history = client.get(f"/api/conversations/{cid}").json()["messages"]
    assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
    assert history[-1]["content"] == STAFF_TEXT and history[-1]["source"] == "human"

    page = client.get(f"/c/{cid}").text
    assert f"You are talking to {label}, a person." in page and page.count(label) >= 2  # the notice and the message
    assert "You are talking to an AI" not in page

    seen = events(client, f"/api/conversations/{cid}/events?after=0")
    assert seen[0] == ("handoff", {"active": True, "label": label, "staff_role": "clinician",
                                   "started_at": seen[0][1]["started_at"], "yours": False})
    messages = [data for name, data in seen if name == "message"]
    assert [(m["speaker"], m["text"]) for m in messages] == [(label, STAFF_TEXT)], "only the human's words: " \
        "the person's own and the AI's come with their turn"


def test_the_staff_view_shows_the_person_live_and_handing_back_lets_the_ai_reply_again(world):
    client, backend, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    found, ready = [], threading.Event()

    def watch():
        event = None
        with client.stream("GET", f"/api/cases/{case}/events?max_seconds=3", headers=clinician.auth) as response:
            ready.set()
            for line in response.iter_lines():
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: "):
                    found.append((time.monotonic(), event, json.loads(line[6:])))

    watcher = threading.Thread(target=watch)
    watcher.start()
    assert ready.wait(5)
    time.sleep(0.3)
    sent = time.monotonic()
    say(client, cid, "Are you a real person?")
    watcher.join(10)
    [(arrived, _, message)] = [f for f in found if f[1] == "message"]
    assert message["role"] == "user" and message["text"] == "Are you a real person?"
    assert arrived - sent < 2.0, f"the person's message took {arrived - sent:.2f} s to show"

    client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": STAFF_TEXT})
    back = client.delete(f"/api/cases/{case}/handoff", headers=clinician.auth)
    assert back.status_code == 200 and back.json() == {"active": False, "label": None, "staff_role": None,
                                                        "started_at": None, "yours": False}
    turn = say(client, cid, "Thanks. Can we keep talking?")
    assert turn["route"] == "supportive" and turn["reply"] == AI_REPLY
    seen_by_model = backend.seen_text()
    assert "Anna" not in seen_by_model and "Kowalski" not in seen_by_model, "de-identified like any message"
    assert "[PERSON_" in seen_by_model, "the model still knows a human said something there"

    actions = [(e.actor, e.action) for e in AuditLog(database_of(client)).show(subject=cid, limit=100)]
    assert (clinician.id, "handoff_started") in actions and (clinician.id, "handoff_ended") in actions
    assert (clinician.id, "read_messages_live") in actions
    refused = client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": "one more"})
    assert refused.status_code == 409 and "Take the conversation over" in refused.json()["error"]["message"]


def _written_minutes_ago(client, message_id: int, minutes: int) -> None:
    with database_of(client).engine.begin() as connection:
        connection.execute(update(Message).where(Message.id == message_id)
                           .values(created_at=utcnow() - timedelta(minutes=minutes)))


def _taken_over_minutes_ago(client, cid: str, minutes: int) -> None:
    with database_of(client).engine.begin() as connection:
        connection.execute(update(Handoff).where(Handoff.conversation_id == cid)
                           .values(started_at=utcnow() - timedelta(minutes=minutes)))


def test_a_person_left_waiting_gets_the_ai_again_and_is_told_why(world):
    client, backend, clinician, _, cid, case, _ = world
    label = client.post(f"/api/cases/{case}/handoff", headers=clinician.auth).json()["label"]
    _taken_over_minutes_ago(client, cid, 12)
    waiting = say(client, cid, "Hello? Is anyone there?")
    assert waiting["route"] == "human" and len(backend.requests) == 0
    _written_minutes_ago(client, waiting["user_message_id"], 11)

    turn = say(client, cid, "Please, I need to talk to someone.")
    assert turn["route"] == "supportive" and len(backend.requests) == 1
    assert turn["reply"] == "The person who joined this chat couldn't reply in time, so I, MindHaven's AI, am " \
                            f"answering again. They can still see this conversation and may join again.\n\n{AI_REPLY}"
    assert label.rsplit(" (", 1)[0] not in backend.seen_text(), "the model is never told a staff member's name"
    assert HandoffRepository(database_of(client)).current(cid) is None
    entries = [e for e in AuditLog(database_of(client)).show(subject=cid, limit=100) if e.action == "handoff_ended"]
    assert [(e.actor, "(no_reply)" in e.detail) for e in entries] == [("system", True)]
    assert client.get(f"/api/cases/{case}/handoff", headers=clinician.auth).json()["active"] is False
    refused = client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": "sorry, I'm back"})
    assert refused.status_code == 409, "they take the conversation over again to write"
    page = client.get(f"/console/cases/{case}", headers=clinician.auth).text
    assert "handoff ended on its own at" in page and "waited 10 minutes without a reply" in page
    assert "Take over from the AI" in page


def test_a_quiet_pause_or_a_short_wait_keeps_the_human_in_charge(world):
    client, backend, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    _taken_over_minutes_ago(client, cid, 45)
    asked = say(client, cid, "Can I ask you something?")
    _written_minutes_ago(client, asked["user_message_id"], 40)
    answered = client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": "Of course."})
    _written_minutes_ago(client, answered.json()["id"], 30)

    later = say(client, cid, "Sorry, I went quiet for a while.")  # the human answered; no one was waiting
    assert later["route"] == "human"
    _written_minutes_ago(client, later["user_message_id"], 5)
    again = say(client, cid, "Are you still there?")  # waiting five minutes: still theirs to answer
    assert again["route"] == "human" and again["reply"] == "" and len(backend.requests) == 0
    assert HandoffRepository(database_of(client)).current(cid) is not None


def test_the_crisis_protocol_still_answers_high_risk_while_a_human_holds_the_conversation(world):
    client, backend, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)

    moderate = say(client, cid, "I want to die.")
    assert moderate["route"] == "human" and "Samaritans" in moderate["reply"], "verified lines, no AI words"
    assert moderate["source"] == "protocol"

    crisis = say(client, cid, "I have the pills here and I'm taking them tonight.")
    assert crisis["route"] == "crisis_protocol" and "Samaritans" in crisis["reply"]
    assert backend.requests == [], "the AI said nothing at all"
    [escalation] = [e for e in client.get("/api/escalations", headers=clinician.auth).json() if e["case_id"] == case]
    assert escalation["level"] in ("high", "imminent")


def test_only_the_one_who_took_over_writes_or_hands_back(world):
    client, _, clinician, colleague, cid, case, colleague_case = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    assert client.post(f"/api/cases/{case}/handoff", headers=clinician.auth).status_code == 200, "idempotent"
    for method, path, body in (("POST", "handoff", None), ("DELETE", "handoff", None),
                               ("POST", "messages", {"content": "Hello"})):
        refused = client.request(method, f"/api/cases/{colleague_case}/{path}", headers=colleague.auth, json=body)
        assert refused.status_code == 409, (method, path, refused.text)
        assert "is already talking with this person" in refused.json()["error"]["message"]
    state = client.get(f"/api/cases/{colleague_case}/handoff", headers=colleague.auth).json()
    assert state["active"] and not state["yours"] and state["staff_role"] == "clinician"


def test_bad_text_from_staff_is_refused_with_the_reason_and_nothing_is_stored(world):
    client, _, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    for content in ("", "   ", "x" * 4001):
        refused = client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": content})
        assert refused.status_code == 422 and refused.json()["error"]["code"] in ("empty", "too_long")
    page = client.post(f"/console/cases/{case}/messages", headers=clinician.auth, data={"content": "x" * 4001})
    assert page.status_code == 422 and "x" * 4001 in page.text, "the draft comes back in the box"
    assert client.get(f"/api/conversations/{cid}").json()["messages"] == []


def test_no_one_is_left_holding_a_conversation_they_no_longer_look_after(world):
    client, _, clinician, colleague, cid, case, colleague_case = world
    database = database_of(client)
    handoffs = HandoffRepository(database)
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    AssignmentRepository(database).unassign(clinician.id, cid, "admin")
    assert handoffs.current(cid) is None
    assert say(client, cid, "Hello?")["route"] == "supportive", "the AI answers again"

    client.post(f"/api/cases/{colleague_case}/handoff", headers=colleague.auth)
    AccountRepository(database).update(colleague.id, actor="admin", disabled=True)
    assert handoffs.current(cid) is None
    details = [e.detail for e in AuditLog(database).show(subject=cid, limit=100) if e.action == "handoff_ended"]
    assert any("(unassigned)" in d for d in details) and any("(account_changed)" in d for d in details)


def test_the_console_case_page_offers_to_take_over_and_then_to_write_and_hand_back(world):
    client, _, clinician, _, cid, case, _ = world
    say(client, cid, "Hi.")
    page = client.get(f"/console/cases/{case}", headers=clinician.auth).text
    assert "Take over from the AI" in page and "Hand back" not in page
    done = client.post(f"/console/cases/{case}/handoff", headers=clinician.auth, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/console/cases/{case}#live"
    page = client.get(f"/console/cases/{case}", headers=clinician.auth).text
    assert "Hand back to the AI" in page and 'id="staff-composer"' in page and "You took over at" in page
    sent = client.post(f"/console/cases/{case}/messages", headers=clinician.auth, data={"content": STAFF_TEXT},
                       follow_redirects=False)
    assert sent.status_code == 303
    assert "Is Anna Kowalski still staying with you tonight?" in client.get(f"/console/cases/{case}",
                                                                         headers=clinician.auth).text
    client.post(f"/console/cases/{case}/handback", headers=clinician.auth)
    page = client.get(f"/console/cases/{case}", headers=clinician.auth).text
    assert "Take over from the AI" in page and "ended on its own" not in page, "handed back, not timed out"


def test_the_export_says_who_wrote_what(world):
    client, _, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    client.post(f"/api/cases/{case}/messages", headers=clinician.auth, json={"content": STAFF_TEXT,
                                                                             "ai_assisted": True})
    exported = client.get(f"/api/conversations/{cid}/export").json()
    [message] = exported["messages"]
    assert message["written_by"]["role"] == "clinician" and message["source"] == "human+ai"
    assert exported["handoffs"][0]["ended_at"] is None
    page = client.get(f"/c/{cid}").text
    assert "written with AI help" in page


# --- help while writing ----------------------------------------------------------------------


def test_flags_point_at_minimising_words_and_a_risk_cue_the_draft_leaves_unanswered(world):
    client, _, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    say(client, cid, "Honestly I want to die, nothing is getting better.")
    found = client.post(f"/api/cases/{case}/reply-help/flags", headers=clinician.auth,
                        json={"draft": "Don't worry, it's not that bad. Tomorrow will be better."}).json()["flags"]
    kinds = {f["kind"] for f in found}
    assert {"minimising", "missed_risk_cue"} <= kinds
    [minimising] = [f for f in found if f["kind"] == "minimising"]
    assert minimising["phrase"] == "it's not that bad" and minimising["suggestion"]
    kind = client.post(f"/api/cases/{case}/reply-help/flags", headers=clinician.auth,
                       json={"draft": "That sounds so heavy. Are you safe right now?"}).json()["flags"]
    assert kind == []


def test_a_rewrite_never_shows_the_model_a_name_and_a_reply_that_used_it_is_marked_for_the_person(world):
    client, backend, clinician, _, cid, case, _ = world
    client.post(f"/api/cases/{case}/handoff", headers=clinician.auth)
    say(client, cid, "Anna Kowalski from work said I'm useless and I can't stop crying.")
    suggested = client.post(f"/api/cases/{case}/reply-help/rewrite", headers=clinician.auth,
                            json={"draft": "Anna Kowalski is wrong, cheer up."})
    assert suggested.status_code == 200, suggested.text
    body = suggested.json()
    assert body["suggestion"] == AI_REPLY and body["model"]
    assert "Kowalski" not in backend.seen_text() and "[PERSON_1]" in backend.seen_text()

    sent = client.post(f"/api/cases/{case}/messages", headers=clinician.auth,
                       json={"content": body["suggestion"], "ai_assisted": True})
    assert sent.status_code == 201
    [mine] = [m for m in client.get(f"/api/conversations/{cid}").json()["messages"] if m["source"] == "human+ai"]
    assert mine["content"] == AI_REPLY
    assert "written with AI help" in client.get(f"/c/{cid}").text
