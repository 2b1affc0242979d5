"""Escalations: raised with every crisis turn, delivered signed, retried until a human acknowledges."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from accounts_helpers import make_account
from conftest import new_conversation
from fakes import ScriptedBackend, free_port
from mindhaven.api.app import create_app
from mindhaven.config import EscalationSettings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.escalation import webhook
from mindhaven.escalation.delivery import deliver_due, retry_delay
from mindhaven.runtime import build_pipeline
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.turn.types import IncomingMessage

SECRET = "test-secret"


class Receiver:
    """A real HTTP endpoint standing in for the on-call system; fails its first `failures` calls."""

    def __init__(self, failures: int = 0):
        self.failures, self.calls = failures, []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers["content-length"]))
                outer.calls.append((dict(self.headers), body))
                status = 500 if len(outer.calls) <= outer.failures else 204
                self.send_response(status)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/alerts"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def pipeline(settings, database_url):
    return build_pipeline(settings, backend=ScriptedBackend("I'm here with you. What's on your mind?"),
                          database_url=database_url)


def say(pipeline, conversation_id, text):
    return list(pipeline.run(IncomingMessage(conversation_id, text)))[-1].result


def fast(**kw) -> EscalationSettings:
    return EscalationSettings(webhook_secret=SECRET, retry_seconds=0.01, retry_max_seconds=0.05,
                              resend_delivered_seconds=0.05, **kw)


def test_a_crisis_turn_raises_exactly_one_escalation_with_its_reasons(pipeline):
    repo = EscalationRepository(pipeline.repository.database)
    conversation = pipeline.repository.create_conversation("en", "GB", CURRENT_VERSION)
    say(pipeline, conversation.id, "Work was hard today.")
    assert [e for e in repo.open() if e.conversation_id == conversation.id] == []
    result = say(pipeline, conversation.id, "I have the rope ready, I'm doing it tonight.")
    mine = [e for e in repo.open() if e.conversation_id == conversation.id]
    assert len(mine) == 1 and mine[0].level == 4 and mine[0].country == "GB"
    assert mine[0].message_id == result.user_message_id
    assert "suicidal_behaviour" in mine[0].categories and mine[0].signals[0]["phrase"]


def test_delivery_is_signed_retried_and_repeated_until_acknowledged(pipeline):
    repo = EscalationRepository(pipeline.repository.database)
    for earlier in repo.open():  # the PostgreSQL database is shared with other tests
        repo.acknowledge(earlier.id, "test set-up")
    conversation = pipeline.repository.create_conversation("en", "US", CURRENT_VERSION)
    say(pipeline, conversation.id, "I'm going to kill myself tonight.")
    receiver = Receiver(failures=2)
    settings = fast(webhook_url=receiver.url)
    try:
        deadline = time.monotonic() + 10
        while len(receiver.calls) < 4 and time.monotonic() < deadline:
            deliver_due(repo, settings)
            time.sleep(0.02)
        assert len(receiver.calls) >= 4, "two failures, one delivery, then a reminder while unacknowledged"
        headers, body = receiver.calls[2]
        assert webhook.verify(body, SECRET, headers[webhook.TIMESTAMP_HEADER], headers[webhook.SIGNATURE_HEADER])
        assert not webhook.verify(body + b" ", SECRET, headers[webhook.TIMESTAMP_HEADER], headers[webhook.SIGNATURE_HEADER])
        alert = json.loads(body)
        escalation = next(e for e in repo.open() if e.conversation_id == conversation.id)
        assert alert["id"] == escalation.id and alert["level"] == "imminent"
        assert alert["claim_url"].endswith(f"/api/escalations/{escalation.id}/claim")
        assert "kill" not in body.decode(), "no message text leaves in an alert"
        assert conversation.id not in body.decode(), "nor the conversation's id, an anonymous person's private link"

        assert escalation.delivered_at is not None and escalation.attempts >= 3
        repo.acknowledge(escalation.id, "on-call: J. Okafor")
        calls = len(receiver.calls)
        time.sleep(0.1)
        deliver_due(repo, settings)
        assert all(json.loads(b)["id"] != escalation.id for _, b in receiver.calls[calls:])
    finally:
        receiver.close()


def test_an_unreachable_webhook_never_drops_the_escalation(pipeline):
    repo = EscalationRepository(pipeline.repository.database)
    conversation = pipeline.repository.create_conversation("en", "GB", CURRENT_VERSION)
    say(pipeline, conversation.id, "I'm standing on the bridge right now.")
    settings = fast(webhook_url=f"http://127.0.0.1:{free_port()}/down")
    for _ in range(3):
        deliver_due(repo, settings)
        time.sleep(0.06)
    escalation = next(e for e in repo.open() if e.conversation_id == conversation.id)
    assert escalation.attempts == 3 and escalation.delivered_at is None and "ConnectError" in escalation.last_error


def test_retry_delay_doubles_up_to_a_cap():
    settings = EscalationSettings(retry_seconds=30, retry_max_seconds=900)
    assert [retry_delay(n, settings).total_seconds() for n in range(7)] == [30, 60, 120, 240, 480, 900, 900]


def test_the_queue_is_for_staff_accounts(settings, pipeline):
    conversation = pipeline.repository.create_conversation("en", "GB", CURRENT_VERSION)
    say(pipeline, conversation.id, "I've just taken all my pills.")
    with TestClient(create_app(settings, pipeline)) as client:
        person, clinician = (make_account(pipeline.repository.database, role) for role in ("person", "clinician"))
        assert client.get("/api/escalations").status_code == 401
        assert client.get("/api/escalations", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api/escalations", headers=person.auth).status_code == 403
        wanted = next(e.id for e in EscalationRepository(pipeline.repository.database).open()
                      if e.conversation_id == conversation.id)
        queue = client.get("/api/escalations", headers=clinician.auth).json()
        (mine,) = [e for e in queue if e["id"] == wanted]
        assert mine["case_id"] is None and mine["signals"] is None, "not theirs until they take it"
        taken = client.post(f"/api/escalations/{mine['id']}/claim", headers=clinician.auth).json()
        assert taken["case_id"] and taken["level"] == "imminent" and conversation.id not in str(taken)
        case = client.get(f"/api/cases/{taken['case_id']}", headers=clinician.auth).json()
        assert case["messages"][0]["content"] == "I've just taken all my pills." and conversation.id not in str(case)
        ack = client.post(f"/api/escalations/{mine['id']}/acknowledge", json={"by": "Dr Ruiz"}, headers=clinician.auth)
        assert ack.status_code == 200 and ack.json()["acknowledged_by"] == "Dr Ruiz"
        assert all(e["id"] != mine["id"] for e in client.get("/api/escalations", headers=clinician.auth).json())
        assert client.post("/api/escalations/999999/acknowledge", json={"by": "x"},
                           headers=clinician.auth).status_code == 404


def test_the_service_delivers_alerts_in_the_background(settings, pipeline):
    receiver = Receiver()
    settings.escalation = fast(webhook_url=receiver.url)
    try:
        with TestClient(create_app(settings, pipeline)) as client:
            cid = new_conversation(client, country="GB")
            client.post(f"/api/conversations/{cid}/messages", json={"content": "I wrote my suicide note today."},
                        headers={"accept": "application/json"})
            deadline = time.monotonic() + 10
            mine = {e.id for e in EscalationRepository(pipeline.repository.database).open() if e.conversation_id == cid}
            while not any(json.loads(b)["id"] in mine for _, b in receiver.calls):
                mine = {e.id for e in EscalationRepository(pipeline.repository.database).open()
                        if e.conversation_id == cid}
                assert time.monotonic() < deadline, "no alert within 10 s"
                time.sleep(0.1)
    finally:
        receiver.close()


def test_a_person_can_ask_for_a_human_when_one_is_on_call(settings):
    # A database of its own: whether anyone is on call depends on every account in it.
    pipeline = build_pipeline(settings, backend=ScriptedBackend("I'm here with you."))
    settings.escalation.webhook_url = ""
    with TestClient(create_app(settings, pipeline)) as client:
        cid = new_conversation(client, country="GB")
        refused = client.post(f"/api/conversations/{cid}/ask-for-a-person")
        assert refused.status_code == 503 and "crisis lines" in refused.json()["error"]["message"]
        assert 'id="ask-person"' not in client.get(f"/c/{cid}").text

        supporter = make_account(pipeline.repository.database, "supporter")
        assert 'id="ask-person"' in client.get(f"/c/{cid}").text
        assert client.post(f"/api/conversations/{cid}/ask-for-a-person").status_code == 422
        client.post(f"/api/conversations/{cid}/messages", json={"content": "I feel so alone tonight."},
                    headers={"accept": "application/json"})
        asked = client.post(f"/api/conversations/{cid}/ask-for-a-person")
        assert asked.status_code == 201 and "support team" in asked.json()["message"]
        assert client.get("/api/escalations", headers=supporter.auth).json() == [], "not assigned to them yet"
        case = AssignmentRepository(pipeline.repository.database).assign(supporter.id, cid, "test")
        mine = [e for e in client.get("/api/escalations", headers=supporter.auth).json()
                if e["case_id"] == case.case_id]
        assert len(mine) == 1 and mine[0]["reason"] == "person_asked"
        assert client.post(f"/api/conversations/{'b' * 32}/ask-for-a-person").status_code == 404
