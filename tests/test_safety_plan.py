"""The Stanley-Brown safety plan: fill in, revisit, change; clear errors that lose nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import new_conversation as consented_conversation
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.runtime import build_pipeline
from mindhaven.safety_plan.sections import KEYS


@pytest.fixture
def client(settings, database_url):
    pipeline = build_pipeline(settings, backend=ScriptedBackend("I'm here with you."), database_url=database_url)
    with TestClient(create_app(settings, pipeline)) as c:
        yield c


def new_conversation(client, country="GB") -> str:
    return consented_conversation(client, country=country)


def test_plan_round_trip_through_the_api(client):
    cid = new_conversation(client)
    empty = client.get(f"/api/conversations/{cid}/safety-plan").json()
    assert empty["updated_at"] is None and all(empty["sections"][k] == [] for k in KEYS)
    assert empty["section_titles"]["warning_signs"] == "1. My warning signs"

    plan = {"warning_signs": ["Not sleeping", "  ", "Skipping meals"], "people_to_ask": ["My sister Ana"],
            "safe_environment": ["Give my pills to my flatmate"]}
    saved = client.put(f"/api/conversations/{cid}/safety-plan", json={"sections": plan}).json()
    assert saved["sections"]["warning_signs"] == ["Not sleeping", "Skipping meals"]
    assert saved["updated_at"] is not None

    plan["warning_signs"] = ["Not sleeping"]
    client.put(f"/api/conversations/{cid}/safety-plan", json={"sections": plan})
    again = client.get(f"/api/conversations/{cid}/safety-plan").json()
    assert again["sections"]["warning_signs"] == ["Not sleeping"] and again["sections"]["people_to_ask"] == ["My sister Ana"]


@pytest.mark.parametrize(
    "sections,code",
    [
        ({"nonsense": ["x"]}, "invalid_plan"),
        ({"warning_signs": ["x" * 301]}, "invalid_plan"),
        ({"warning_signs": [f"sign {i}" for i in range(13)]}, "invalid_plan"),
    ],
)
def test_bad_plans_are_refused_and_the_old_plan_kept(client, sections, code):
    cid = new_conversation(client)
    client.put(f"/api/conversations/{cid}/safety-plan", json={"sections": {"coping_strategies": ["A walk"]}})
    response = client.put(f"/api/conversations/{cid}/safety-plan", json={"sections": sections})
    assert response.status_code == 422 and response.json()["error"]["code"] == code
    assert client.get(f"/api/conversations/{cid}/safety-plan").json()["sections"]["coping_strategies"] == ["A walk"]


def test_unknown_conversation_has_no_plan(client):
    assert client.get(f"/api/conversations/{'a' * 32}/safety-plan").status_code == 404
    assert client.get(f"/c/{'a' * 32}/safety-plan").status_code == 404


def test_the_page_shows_every_step_and_verified_lines_and_saves(client):
    cid = new_conversation(client)
    page = client.get(f"/c/{cid}/safety-plan")
    assert page.status_code == 200
    for title in ["My warning signs", "People I can ask for help", "Making my surroundings safer"]:
        assert title in page.text
    assert "116 123" in page.text and "You are talking to an AI" in page.text

    form = {"warning_signs": "Not sleeping\nSnapping at people", "coping_strategies": "Hot shower"}
    saved = client.post(f"/c/{cid}/safety-plan", data=form, follow_redirects=True)
    assert saved.status_code == 200 and "Your plan is saved" in saved.text and "Snapping at people" in saved.text

    too_long = client.post(f"/c/{cid}/safety-plan", data={"warning_signs": "x" * 400, "coping_strategies": "Music"})
    assert too_long.status_code == 422 and "up to 300 characters" in too_long.text and "Music" in too_long.text
    stored = client.get(f"/api/conversations/{cid}/safety-plan").json()["sections"]
    assert stored["coping_strategies"] == ["Hot shower"], "a refused form changes nothing"

    other_site = client.post(f"/c/{cid}/safety-plan", data=form, headers={"sec-fetch-site": "cross-site"})
    assert other_site.status_code == 403


def test_a_crisis_reply_offers_the_plan(client):
    cid = new_conversation(client)
    client.post(f"/api/conversations/{cid}/messages", json={"content": "I'm going to end my life tonight"},
                headers={"accept": "application/json"})
    assert f"/c/{cid}/safety-plan" in client.get(f"/c/{cid}").text
