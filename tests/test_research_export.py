"""Research use: off until the person turns it on, revocable, and an export holds de-identified text only, under
keys that link neither to the conversation nor to another export."""

from __future__ import annotations

import csv
import io

import pytest
from accounts_helpers import app_client, database_of, settings_for
from click.testing import CliRunner

from conftest import TEST_KEYS, new_conversation
from fakes import ScriptedBackend
from mindhaven.config import get_settings
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.research import COLUMNS, ResearchRepository
from test_console import say

PLANTED = "My sister Joanna Kowalczyk lives at 14 Elm Road and her number is 07700 900123."


@pytest.fixture
def world(tmp_path, database_url):
    with app_client(settings_for(tmp_path, database_url), backend=ScriptedBackend("I hear you.")) as client:
        allowed, private = new_conversation(client, country="GB"), new_conversation(client, country="GB")
        for cid in (allowed, private):
            say(client, cid, PLANTED)
            say(client, cid, "I want to die some days.")
        yield client, allowed, private
        for cid in (allowed, private):  # a shared database must not carry this test's permission into another's
            ResearchRepository(database_of(client)).set(cid, False, "test")


def export(client) -> list[dict]:
    return [dict(zip(COLUMNS, (getattr(r, c) for c in COLUMNS)))
            for r in ResearchRepository(database_of(client)).export_rows("cli")]


def test_research_use_is_off_until_the_person_turns_it_on_and_off_again_when_they_say(world):
    client, allowed, private = world
    assert client.get(f"/api/conversations/{allowed}/research").json() == {"allowed": False, "since": None}
    assert export(client) == []
    on = client.put(f"/api/conversations/{allowed}/research", json={"allowed": True})
    assert on.status_code == 200 and on.json()["allowed"] and on.json()["since"]
    assert client.get(f"/api/conversations/{allowed}/export").json()["research_use"]["allowed_since"]
    rows = export(client)
    assert {r["conversation"] for r in rows} != {allowed} and len({r["conversation"] for r in rows}) == 1
    assert len(rows) == 4 and [r["speaker"] for r in rows] == ["person", "ai", "person", "ai"]
    assert rows[2]["risk_level"] == "moderate" and rows[1]["risk_level"] == ""
    client.put(f"/api/conversations/{allowed}/research", json={"allowed": False})
    assert export(client) == []
    actions = [e.action for e in AuditLog(database_of(client)).show(limit=200)]
    assert {"research_allowed", "research_withdrawn", "research_export"} <= set(actions)


def test_an_export_holds_de_identified_text_only_under_keys_that_link_nowhere(world):
    client, allowed, _ = world
    client.put(f"/api/conversations/{allowed}/research", json={"allowed": True})
    first, second = export(client), export(client)
    text = " ".join(r["text"] for r in first)
    for identifier in ("Joanna", "Kowalczyk", "Elm Road", "07700"):
        assert identifier not in text
    assert "[PERSON_1]" in text
    assert first[0]["conversation"] != second[0]["conversation"], "two exports cannot be joined"
    assert allowed[:12] not in {r["conversation"] for r in first}


def test_the_data_page_offers_it_plainly_and_the_command_writes_a_csv(world, tmp_path, monkeypatch):
    client, allowed, _ = world
    page = client.get(f"/c/{allowed}/data").text
    assert "Help research" in page and "off" in page
    done = client.post(f"/c/{allowed}/research", data={"allowed": "1"}, follow_redirects=False)
    assert done.status_code == 303
    assert "You allowed research use" in client.get(f"/c/{allowed}/data").text

    from mindhaven.cli import main

    settings = client.app.state.settings
    monkeypatch.setenv("MINDHAVEN_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("MINDHAVEN_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("MINDHAVEN_ENCRYPTION__KEYS", TEST_KEYS)
    get_settings.cache_clear()
    out = tmp_path / "research.csv"
    try:
        result = CliRunner().invoke(main, ["data", "research-export", "-o", str(out)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "4 messages from 1 conversation" in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 4 and "Joanna" not in out.read_text()
