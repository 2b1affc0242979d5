"""Consent before first use: the terms, recorded consent, and withdrawal that stops processing."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from conftest import new_conversation
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.consent.terms import CURRENT_VERSION, TERMS
from mindhaven.runtime import build_pipeline
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.consents import ConsentRepository
from mindhaven.turn.consent import ConsentNeeded
from mindhaven.turn.types import IncomingMessage, TurnDone

REPLY = "I'm here with you."


@pytest.fixture
def pipeline(settings, database_url):
    return build_pipeline(settings, backend=ScriptedBackend(REPLY), database_url=database_url)


@pytest.fixture
def client(settings, pipeline):
    with TestClient(create_app(settings, pipeline)) as c:
        yield c


def send(client, cid: str, text: str = "I had a long day."):
    return client.post(f"/api/conversations/{cid}/messages", json={"content": text},
                       headers={"Accept": "application/json"})


def run_turn(pipeline, cid: str, text: str = "I had a long day.") -> TurnDone:
    return list(pipeline.run(IncomingMessage(cid, text)))[-1]


# --- the terms -------------------------------------------------------------------------------


def test_terms_cover_every_required_topic(client):
    body = client.get("/api/consent").json()
    assert body["version"] == CURRENT_VERSION == TERMS.version
    text = " ".join(" ".join([s["heading"], s["short"], *s["points"]]) for s in body["sections"]).lower()
    for words in ("messages", "encryption", "safety plan", "names",  # what is stored
                  "private link", "support staff", "admins", "log",  # who can see it
                  "ai", "not a person", "wrong", "not a therapist", "cannot call for help",  # an AI replies
                  "medical advice",  # its limits
                  "get help now", "emergency number",  # urgent help
                  "download", "erase", "withdraw"):  # choices
        assert words in text, words
    assert {s["key"] for s in body["sections"]} == {"stored", "who_sees", "ai", "limits", "urgent_help", "choices"}


# --- the API ---------------------------------------------------------------------------------


def test_a_conversation_starts_only_with_consent_to_the_current_terms(client):
    for body in ({"country": "GB"}, {"country": "GB", "consent_version": "2001-01-01"}):
        r = client.post("/api/conversations", json=body)
        assert r.status_code == 422
        error = r.json()["error"]
        assert error["code"] == "consent_required" and "GET /api/consent" in error["message"]
    cid = new_conversation(client, country="GB")
    status = client.get(f"/api/conversations/{cid}/consent").json()
    assert status["status"]["version"] == CURRENT_VERSION and status["status"]["active"]
    assert status["status"]["withdrawn_at"] is None and len(status["history"]) == 1
    assert send(client, cid).status_code == 200


def test_without_consent_a_turn_is_refused_and_nothing_is_stored(client, pipeline):
    cid = pipeline.repository.create_conversation("en", "GB").id  # e.g. started before consent existed
    r = send(client, cid, "Something private.")
    assert r.status_code == 409
    error = r.json()["error"]
    assert error["code"] == "consent_required" and "not processed" in error["message"]
    assert client.get(f"/api/conversations/{cid}").json()["messages"] == []
    with pytest.raises(ConsentNeeded) as refused:
        run_turn(pipeline, cid)
    assert refused.value.code == "consent_required"


def test_withdrawal_stops_processing_until_consent_is_given_again(client, pipeline):
    cid = new_conversation(client, country="GB")
    assert send(client, cid).status_code == 200

    withdrawn = client.post(f"/api/conversations/{cid}/consent/withdraw").json()
    assert withdrawn["status"]["active"] is False and withdrawn["status"]["withdrawn_at"]
    assert f"GET /api/conversations/{cid}/export" in withdrawn["message"]

    r = send(client, cid, "Are you still there?")
    assert r.status_code == 409
    error = r.json()["error"]
    assert error["code"] == "consent_withdrawn"
    assert "not processed" in error["message"] and "processing has stopped" in error["message"]
    assert f"GET /api/conversations/{cid}/export" in error["message"]
    assert f"DELETE /api/conversations/{cid}" in error["message"]
    with client.stream("POST", f"/api/conversations/{cid}/messages", json={"content": "hello"}) as streamed:
        assert streamed.status_code == 409
    with pytest.raises(ConsentNeeded) as refused:  # every interface: the CLI's respond runs this too
        run_turn(pipeline, cid)
    assert refused.value.code == "consent_withdrawn"
    assert len(client.get(f"/api/conversations/{cid}").json()["messages"]) == 2  # still readable, unchanged

    old = client.post(f"/api/conversations/{cid}/consent", json={"version": "2001-01-01"})
    assert old.status_code == 422 and old.json()["error"]["code"] == "consent_required"
    again = client.post(f"/api/conversations/{cid}/consent", json={"version": CURRENT_VERSION}).json()
    assert again["status"]["active"] and [h["active"] for h in again["history"]] == [False, True]
    assert send(client, cid).status_code == 200
    assert isinstance(run_turn(pipeline, cid), TurnDone)


def test_a_refused_message_in_crisis_still_gets_the_crisis_lines(client, pipeline):
    cid = new_conversation(client, country="GB")
    client.post(f"/api/conversations/{cid}/consent/withdraw")
    calls = pipeline.backend.calls
    r = send(client, cid, "I have the pills in my hand and I'm taking them all tonight.")
    assert r.status_code == 409
    help_lines = r.json()["error"]["crisis_resources"]
    assert help_lines["country"] == "GB" and any(x["phone"] == "116 123" for x in help_lines["resources"])
    assert "crisis_resources" not in send(client, cid, "Are you still there?").json()["error"]
    assert pipeline.backend.calls == calls, "nothing reached the model"
    assert client.get(f"/api/conversations/{cid}").json()["messages"] == [], "nothing was stored"

    page = client.post("/send", data={"conversation_id": cid, "content": "I'm going to kill myself tonight."})
    assert page.status_code == 409 and "call one of the lines below now" in page.text and "Samaritans" in page.text


def test_giving_and_withdrawing_are_audited_without_message_text(client, pipeline):
    cid = new_conversation(client, country="GB")
    client.post(f"/api/conversations/{cid}/consent/withdraw")
    client.post(f"/api/conversations/{cid}/consent/withdraw")  # twice: nothing more to record
    client.post(f"/api/conversations/{cid}/consent", json={"version": CURRENT_VERSION})
    client.post(f"/api/conversations/{cid}/consent", json={"version": CURRENT_VERSION})  # already in force
    entries = AuditLog(pipeline.repository.database).show(subject=cid)
    consent = [(e.actor, e.action, e.detail) for e in entries if e.action.startswith("consent_")]
    version = f"version {CURRENT_VERSION}"
    assert consent == [("person", "consent_given", version), ("person", "consent_withdrawn", version),
                       ("person", "consent_given", version)]


def test_the_repository_reports_status_and_history(pipeline):
    consents = ConsentRepository(pipeline.repository.database)
    cid = pipeline.repository.create_conversation("en", "GB").id
    assert consents.status(cid) is None and consents.history(cid) == []
    assert consents.withdraw(cid) is None
    given = consents.give(cid, CURRENT_VERSION)
    assert given.active and consents.status(cid) == given
    assert not consents.withdraw(cid).active
    assert [s.active for s in consents.history(cid)] == [False]


# --- the web pages ---------------------------------------------------------------------------


def test_the_consent_page_comes_before_the_first_message(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert "I agree, start" in html and f'name="version" value="{CURRENT_VERSION}"' in html
    assert 'action="/start"' in html and 'id="message"' not in html
    assert re.search(r'<a class="help-now" id="help-now" href="/help\?country=[A-Z]+"', html)
    assert re.search(r'<a class="button button-quiet" href="/help\?country=[A-Z]+">Not now</a>', html)
    for section in TERMS.sections:
        assert section.heading.replace("'", "&#39;") in html

    assert client.get("/help?country=GB").status_code == 200  # help never needs consent

    # A message posted without a conversation is not sent, and shown back.
    unsent = client.post("/send", data={"content": "hello there", "conversation_id": "", "country": "GB"})
    assert unsent.status_code == 409 and "not sent" in unsent.text and ">hello there</textarea>" in unsent.text

    started = client.post("/start", data={"version": CURRENT_VERSION, "country": "US"}, follow_redirects=False)
    assert started.status_code == 303
    cid = started.headers["location"].rsplit("/", 1)[1]
    conversation = client.get(f"/api/conversations/{cid}").json()
    assert conversation["country"] == "US"
    assert client.get(f"/api/conversations/{cid}/consent").json()["status"]["version"] == CURRENT_VERSION
    chat = client.get(f"/c/{cid}").text
    assert 'id="message"' in chat and f'action="/c/{cid}/consent/withdraw"' in chat

    stale = client.post("/start", data={"version": "2001-01-01", "country": "GB"}, follow_redirects=False)
    assert stale.status_code == 409 and "terms changed" in stale.text


def test_web_form_turns_stop_after_withdrawal(client):
    cid = client.post("/start", data={"version": CURRENT_VERSION, "country": "GB"},
                      follow_redirects=False).headers["location"].rsplit("/", 1)[1]
    sent = client.post("/send", data={"content": "I feel a bit low.", "conversation_id": cid, "country": "GB"},
                       follow_redirects=False)
    assert sent.status_code == 303

    withdrawn = client.post(f"/c/{cid}/consent/withdraw", follow_redirects=False)
    assert withdrawn.status_code == 303 and withdrawn.headers["location"] == f"/c/{cid}"
    page = client.get(f"/c/{cid}").text
    assert "Processing has stopped" in page and 'id="message"' not in page
    assert f'href="/c/{cid}/data"' in page and 'href="/help?country=GB"' in page

    refused = client.post("/send", data={"content": "One more thing.", "conversation_id": cid, "country": "GB"})
    assert refused.status_code == 409 and "was not sent" in refused.text and "One more thing." in refused.text
    assert len(client.get(f"/api/conversations/{cid}").json()["messages"]) == 2

    assert f'action="/c/{cid}/consent"' in client.get(f"/c/{cid}/consent").text
    again = client.post(f"/c/{cid}/consent", data={"version": CURRENT_VERSION}, follow_redirects=False)
    assert again.status_code == 303
    assert 'id="message"' in client.get(f"/c/{cid}").text


def test_a_conversation_without_consent_shows_the_terms(client, pipeline):
    cid = pipeline.repository.create_conversation("en", "GB").id
    page = client.get(f"/c/{cid}")
    assert page.status_code == 200 and f'action="/c/{cid}/consent"' in page.text and 'id="message"' not in page.text


def test_consent_forms_from_another_site_are_refused(client):
    cid = new_conversation(client, country="GB")
    evil = {"Origin": "https://evil.example"}
    assert client.post(f"/c/{cid}/consent/withdraw", headers=evil).status_code == 403
    assert client.post(f"/c/{cid}/consent/withdraw", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.get(f"/api/conversations/{cid}/consent").json()["status"]["active"]
    assert client.post("/start", data={"version": CURRENT_VERSION}, headers=evil).status_code == 403
    assert client.post(f"/c/{cid}/consent", data={"version": CURRENT_VERSION}, headers=evil).status_code == 403


# --- the terminal ----------------------------------------------------------------------------


@pytest.fixture
def cli_env(settings, monkeypatch):
    from mindhaven.config import get_settings

    values = {"MINDHAVEN_DATA_DIR": str(settings.data_dir), "MINDHAVEN_DATABASE_URL": settings.database_url,
              "MINDHAVEN_DEFAULT_COUNTRY": "GB", "MINDHAVEN_LLM__MODEL": settings.llm.model,
              "MINDHAVEN_LLM__N_THREADS": "1"}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_cli_chat_asks_for_consent_first(cli_env):
    from mindhaven.cli import main

    refused = CliRunner().invoke(main, ["chat", "--country", "GB"], input="n\n")
    assert refused.exit_code == 0, refused.output
    assert "Do you agree? [y/N]" in refused.output and TERMS.for_service(365).sections[0].short in refused.output
    assert "for 365 days, we erase it" in refused.output
    assert "nothing was stored" in refused.output and "Samaritans" in refused.output
    assert "mindhaven> " not in refused.output

    agreed = CliRunner().invoke(main, ["chat", "--country", "GB", "--agree"], input="/quit\n")
    assert agreed.exit_code == 0, agreed.output
    assert "Do you agree?" not in agreed.output


@pytest.mark.parametrize(("days", "said"), [
    (365, "If no one writes in your conversation for 365 days, we erase it"),
    (30, "for 30 days, we erase it"),
    (0, "We keep it until you erase it."),
])
def test_the_terms_say_how_long_this_service_keeps_a_conversation(days, said):
    terms = TERMS.for_service(days)
    stored = next(s for s in terms.sections if s.key == "stored")
    assert any(said in p for p in stored.points) and said.split(",")[0][:20] in stored.short
    assert "{" not in repr(terms.sections) and terms.version == CURRENT_VERSION


def test_the_terms_page_and_api_state_the_configured_retention(settings, pipeline):
    ninety = settings.model_copy(update={"retention": settings.retention.model_copy(update={"conversation_days": 90})})
    with TestClient(create_app(ninety, pipeline)) as c:
        assert "for 90 days, we erase it" in c.get("/").text
        stored = next(s for s in c.get("/api/consent").json()["sections"] if s["key"] == "stored")
    assert any("for 90 days, we erase it" in p for p in stored["points"])
