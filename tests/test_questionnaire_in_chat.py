"""A questionnaire asked inside the chat, one item at a time: every reply still runs through the whole turn (so
the crisis protocol answers high risk first), an answer moves to the next item, "stop" stops, an unclear reply
is asked again unless it carries risk, and a completed one is stored like a form's, with item 9 of the PHQ-9
bringing the crisis protocol and an escalation. No model writes any of it."""

from __future__ import annotations

import pytest
from accounts_helpers import app_client, database_of, make_account, settings_for

from conftest import new_conversation
from test_console import say
from fakes import ScriptedBackend
from mindhaven.questionnaires.in_chat import PAUSED, STOPPED, opening, step
from mindhaven.turn.types import QuestionnaireInChat

AI_REPLY = "I'm here with you. What has today been like?"


# --- the steps, without a server ----------------------------------------------------------


def test_answers_in_words_or_numbers_move_on_and_the_last_one_scores():
    current = QuestionnaireInChat(1, "phq2", {})
    first = step(current, "um, several days I think", carries_risk=False)
    assert first.outcome is None and first.answers == {"phq2-1": 1} and first.reply.startswith("2. Feeling down")
    done = step(QuestionnaireInChat(1, "phq2", first.answers), "3", carries_risk=False)
    assert done.outcome == "completed" and done.result.total == 4
    assert "Your score is 4 out of 6" in done.reply and "not a diagnosis" in done.reply


def test_an_unclear_reply_is_asked_again_but_not_forever_and_not_when_it_carries_risk():
    current = QuestionnaireInChat(1, "phq2", {})
    again = step(current, "not every day", carries_risk=False)
    assert again.outcome is None and again.unclear == 1 and again.reply.startswith("I didn't catch")
    assert "1. Little interest" in again.reply and "0 Not at all" in again.reply
    assert step(QuestionnaireInChat(1, "phq2", {}, unclear=2), "hmm", carries_risk=False).outcome == PAUSED
    risky = step(current, "honestly I just want to die", carries_risk=True)
    assert risky.outcome == PAUSED and risky.reply == "", "answered as a person, not re-asked"


@pytest.mark.parametrize("said", ["stop", "Stop please", "can we stop", "I want to stop now", "not now"])
def test_the_person_can_stop_at_any_item(said):
    stopped = step(QuestionnaireInChat(1, "gad7", {"gad7-1": 2}), said, carries_risk=False)
    assert stopped.outcome == STOPPED and "not saved" in stopped.reply


def test_yes_or_no_items_say_so_and_the_screeners_skip_logic_is_followed():
    text = opening("cssrs-screener")
    assert "Answer yes or no" in text and text.startswith("Let's go through the C-SSRS")
    no_wish = step(QuestionnaireInChat(1, "cssrs-screener", {}), "no", carries_risk=False)
    assert no_wish.outcome is None and "Answer yes or no" in no_wish.reply


# --- through the turn ---------------------------------------------------------------------


@pytest.fixture
def chat(tmp_path, database_url):
    backend = ScriptedBackend(AI_REPLY)
    with app_client(settings_for(tmp_path, database_url), backend=backend) as client:
        yield client, backend, new_conversation(client, country="GB")


def start(client, cid: str, instrument: str) -> dict:
    started = client.post(f"/api/conversations/{cid}/questionnaires/{instrument}/chat")
    assert started.status_code == 201, started.text
    return started.json()


def test_a_phq2_in_the_chat_is_asked_answered_and_stored_without_the_model(chat):
    client, backend, cid = chat
    assert "1. Little interest or pleasure" in start(client, cid, "phq2")["content"]
    second = say(client, cid, "more than half the days")
    assert second["route"] == "questionnaire" and second["reply"].startswith("2. Feeling down")
    done = say(client, cid, "1")
    assert "Your score is 3 out of 6" in done["reply"]
    assert backend.calls == 0
    [stored] = client.get(f"/api/conversations/{cid}/questionnaires?answers=1").json()
    assert (stored["instrument"], stored["total"], stored["source"]) == ("phq2", 3, "chat")
    assert stored["answers"] == {"phq2-1": 2, "phq2-2": 1}
    assert say(client, cid, "Thanks, that was easier than a form.")["reply"] == AI_REPLY, "the AI is back"


def test_item_9_answered_in_the_chat_brings_the_crisis_protocol_and_an_escalation(chat):
    client, _, cid = chat
    database = database_of(client)
    clinician = make_account(database, "clinician")
    start(client, cid, "phq9")
    for answer in ["2"] * 8:
        say(client, cid, answer)
    last = say(client, cid, "several days")  # item 9: thoughts that you would be better off dead
    assert last["route"] == "questionnaire"
    assert "Samaritans" in last["reply"] and "116 123" in last["reply"]
    escalations = client.get("/api/escalations", headers=clinician.auth).json()
    assert any(e["reason"] == "questionnaire:phq9" for e in escalations)
    [stored] = client.get(f"/api/conversations/{cid}/questionnaires").json()
    assert stored["crisis"] is True and stored["total"] == 17


def test_a_crisis_mid_questionnaire_gets_the_protocol_first_and_the_questions_wait(chat):
    client, backend, cid = chat
    start(client, cid, "gad2")
    crisis = say(client, cid, "I have a plan to kill myself with a rope.")
    assert crisis["route"] == "crisis_protocol"
    carried_on = say(client, cid, "not at all")
    assert carried_on["route"] == "questionnaire" and carried_on["reply"].startswith("2. Not being able to stop")
    assert backend.calls == 0


def test_stopping_or_saying_something_that_matters_more_hands_back_to_the_conversation(chat):
    client, backend, cid = chat
    start(client, cid, "gad7")
    stopped = say(client, cid, "stop")
    assert stopped["route"] == "questionnaire" and "not saved" in stopped["reply"]
    assert client.get(f"/api/conversations/{cid}/questionnaires").json() == []
    start(client, cid, "gad7")
    heard = say(client, cid, "I keep thinking I want to die.")
    assert heard["route"] == "crisis_aware" and backend.calls == 1, "listened to, with the lines, not re-asked"
    assert say(client, cid, "2")["route"] != "questionnaire"


def test_starting_needs_consent_and_a_known_instrument(chat):
    client, _, cid = chat
    assert client.post(f"/api/conversations/{cid}/questionnaires/phq99/chat").status_code == 404
    client.post(f"/api/conversations/{cid}/consent/withdraw")
    refused = client.post(f"/api/conversations/{cid}/questionnaires/phq2/chat")
    assert refused.status_code == 409
