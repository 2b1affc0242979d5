"""Identifiers never cross the trust boundary, on any route a person can reach the model by.

The model here is a real OpenAI-compatible HTTP server on loopback that records every request body
(what a hosted LLM would receive). Each route sends the same planted identifiers; none may arrive.
"""

from __future__ import annotations

import json

import pytest
from accounts_helpers import PASSWORD, database_of, make_account, settings_for
from click.testing import CliRunner
from fakes import OpenAIStyleServer
from fastapi.testclient import TestClient

from mindhaven.api.app import create_app
from mindhaven.cli import main
from mindhaven.config import get_settings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.runtime import build_pipeline

PLANTED = {
    "name": "Oluwaseun Adeyemi",
    "phone": "+44 7700 900123",
    "email": "seun.adeyemi@example.com",
    "address": "17 Harrow Road",
}
FRAGMENTS = ["Oluwaseun", "Adeyemi", "7700 900123", "900123", "seun.adeyemi", "Harrow Road"]
MESSAGE = (f"My name is {PLANTED['name']} and I live at {PLANTED['address']}. Call me on {PLANTED['phone']} "
           f"or write to {PLANTED['email']}. I have been feeling low for weeks.")
FOLLOW_UP = f"{PLANTED['name'].split()[0].lower()} is what my mum calls me. I miss her."


@pytest.fixture
def spy():
    with OpenAIStyleServer("ok", text="Thank you for telling me. What has helped a little, even for a moment?") as s:
        yield s


@pytest.fixture
def llm_settings(tmp_path, spy):
    return settings_for(tmp_path, llm={"backend": "openai", "openai_base_url": spy.base_url, "openai_model": "m",
                                       "first_token_timeout": 10, "total_timeout": 20})


def assert_nothing_leaked(spy: OpenAIStyleServer, turns: int) -> None:
    assert len(spy.bodies) >= turns, "every turn must have reached the model"
    sent = json.dumps(spy.bodies, ensure_ascii=False)
    for value in [*PLANTED.values(), *FRAGMENTS]:
        assert value.lower() not in sent.lower(), f"{value!r} reached the model"
    for placeholder in ("[PERSON_1]", "[PHONE_1]", "[EMAIL_1]", "[ADDRESS_1]"):
        assert placeholder in sent, f"{placeholder} missing: the message did not reach the model de-identified"


def test_the_json_api_the_event_stream_and_a_signed_in_person(llm_settings, spy):
    with TestClient(create_app(llm_settings, build_pipeline(llm_settings))) as client:
        cid = client.post("/api/conversations", json={"consent_version": CURRENT_VERSION}).json()["id"]
        as_json = client.post(f"/api/conversations/{cid}/messages", json={"content": MESSAGE},
                              headers={"accept": "application/json"})
        assert as_json.status_code == 200 and as_json.json()["source"] == "llm"
        with client.stream("POST", f"/api/conversations/{cid}/messages", json={"content": FOLLOW_UP}) as stream:
            assert "event: done" in "".join(stream.iter_text())

        person = make_account(database_of(client), "person")
        csrf = client.post("/api/auth/login", json={"username": person.username, "password": PASSWORD}).json()[
            "csrf_token"]
        owned = client.post("/api/conversations", json={"consent_version": CURRENT_VERSION},
                            headers={"x-csrf-token": csrf}).json()["id"]
        signed_in = client.post(f"/api/conversations/{owned}/messages", json={"content": MESSAGE},
                                headers={"accept": "application/json", "x-csrf-token": csrf})
        assert signed_in.status_code == 200
        reply = client.get(f"/api/conversations/{owned}").json()["messages"]
        assert PLANTED["name"] in reply[0]["content"], "the person still sees their own words"
    assert_nothing_leaked(spy, 3)


def test_the_web_form_without_javascript(llm_settings, spy):
    with TestClient(create_app(llm_settings, build_pipeline(llm_settings))) as client:
        page = client.post("/start", data={"version": CURRENT_VERSION, "country": "GB"}, follow_redirects=True)
        assert page.status_code == 200
        form = {"content": MESSAGE, "country": "GB"}
        cid = page.url.path.rstrip("/").split("/")[-1] if page.url.path.startswith("/c/") else ""
        if cid:
            form["conversation_id"] = cid
        else:
            form["consent_version"] = CURRENT_VERSION
        sent = client.post("/send", data=form, follow_redirects=False)
        assert sent.status_code == 303, sent.text[:500]
        cid = sent.headers["location"].split("/c/")[1].split("#")[0]
        client.post("/send", data={"content": FOLLOW_UP, "conversation_id": cid}, follow_redirects=False)
        assert PLANTED["address"] in client.get(f"/c/{cid}").text
    assert_nothing_leaked(spy, 2)


@pytest.fixture
def cli_env(llm_settings, monkeypatch):
    values = {
        "MINDHAVEN_DATA_DIR": str(llm_settings.data_dir),
        "MINDHAVEN_DATABASE_URL": llm_settings.database_url,
        "MINDHAVEN_ENCRYPTION__KEYS": llm_settings.encryption.keys.get_secret_value(),
        "MINDHAVEN_DEFAULT_COUNTRY": "GB",
        "MINDHAVEN_LLM__BACKEND": "openai",
        "MINDHAVEN_LLM__OPENAI_BASE_URL": llm_settings.llm.openai_base_url,
        "MINDHAVEN_LLM__OPENAI_MODEL": "m",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_the_command_line_chat_and_batch(cli_env, spy, tmp_path):
    chat = CliRunner().invoke(main, ["chat", "--agree", "--country", "GB"], input=f"{MESSAGE}\n{FOLLOW_UP}\n/quit\n")
    assert chat.exit_code == 0, chat.output
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": 1, "messages": [{"role": "user", "content": MESSAGE}]}) + "\n")
    responded = CliRunner().invoke(main, ["respond", str(batch)])
    assert responded.exit_code == 0, responded.output
    assert_nothing_leaked(spy, 3)
