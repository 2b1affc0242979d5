"""The HTTP API: conversations, SSE streaming, history, and bad input that loses nothing."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from conftest import new_conversation
from mindhaven.api.app import create_app
from mindhaven.runtime import build_pipeline

pytestmark = pytest.mark.llm


@pytest.fixture
def client(settings, llama_backend, database_url):
    app = create_app(settings, build_pipeline(settings, backend=llama_backend, database_url=database_url))
    with TestClient(app) as c:
        yield c


def sse_events(response) -> list[tuple[str, dict]]:
    events, name = [], None
    for line in response.iter_lines():
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            events.append((name, json.loads(line[6:])))
    return events


def test_create_send_stream_and_read_history(client):
    cid = new_conversation(client, locale="en-GB")
    with client.stream("POST", f"/api/conversations/{cid}/messages", json={"content": "I feel anxious about tomorrow."}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r)
    names = [name for name, _ in events]
    assert names[-1] == "done" and names.count("done") == 1 and names.count("token") >= 1
    streamed = "".join(data["text"] for name, data in events if name == "token")
    done = events[-1][1]
    assert done["reply"] == streamed and done["route"] == "supportive" and done["risk"]["level"] == "none"

    history = client.get(f"/api/conversations/{cid}").json()
    assert history["country"] == "GB"
    assert [m["role"] for m in history["messages"]] == ["user", "assistant"]
    assert history["messages"][1]["content"] == streamed


def test_json_reply_when_asked_for(client):
    cid = new_conversation(client)
    r = client.post(f"/api/conversations/{cid}/messages", json={"content": "hello"}, headers={"accept": "application/json"})
    assert r.status_code == 200 and r.json()["reply"] and r.json()["guard"]["blocked"] in (True, False)


def test_crisis_turn_over_the_api(client):
    cid = new_conversation(client, country="US")
    r = client.post(f"/api/conversations/{cid}/messages", headers={"accept": "application/json"},
                    json={"content": "I'm standing on the bridge right now"})
    body = r.json()
    assert body["route"] == "crisis_protocol" and body["risk"]["level"] == "imminent"
    assert "911" in body["reply"] and "988" in body["reply"]
    assert body["risk"]["signals"][0]["phrase"]


BAD = [
    ("empty", {"content": ""}, 422, "empty"),
    ("whitespace", {"content": " \n\t "}, 422, "empty"),
    ("only control characters", {"content": "\x00\x01\x02\u200b"}, 422, "empty"),
    ("too long", {"content": "a" * 5000}, 422, "too_long"),
    ("missing field", {}, 422, "invalid_request"),
    ("wrong type", {"content": 42}, 422, "invalid_request"),
    ("bad locale", {"content": "hi", "locale": "<script>"}, 422, "invalid_locale"),
]


@pytest.mark.parametrize("label,body,status,code", BAD, ids=[b[0] for b in BAD])
def test_bad_messages_get_clear_errors_and_lose_nothing(client, label, body, status, code):
    cid = new_conversation(client)
    client.post(f"/api/conversations/{cid}/messages", json={"content": "first message"}, headers={"accept": "application/json"})
    before = client.get(f"/api/conversations/{cid}").json()["messages"]

    r = client.post(f"/api/conversations/{cid}/messages", json=body)
    assert r.status_code == status and r.json()["error"]["code"] == code and r.json()["error"]["message"]
    assert client.get(f"/api/conversations/{cid}").json()["messages"] == before


RAW = [
    ("1 MB body", b'{"content": "' + b"a" * 1_000_000 + b'"}', 413),
    ("invalid UTF-8", b'{"content": "\xff\xfe\xfa"}', 400),
    ("binary", bytes(range(256)) * 8, 400),
    ("not JSON", b"content=hello", 400),
]


@pytest.mark.parametrize("label,raw,status", RAW, ids=[r[0] for r in RAW])
def test_bad_bodies_get_clear_errors_and_lose_nothing(client, label, raw, status):
    cid = new_conversation(client)
    client.post(f"/api/conversations/{cid}/messages", json={"content": "first message"}, headers={"accept": "application/json"})
    r = client.post(f"/api/conversations/{cid}/messages", content=raw, headers={"content-type": "application/json"})
    assert r.status_code in (status, 422) and r.json()["error"]["message"]
    assert len(client.get(f"/api/conversations/{cid}").json()["messages"]) == 2


def test_control_characters_are_stripped_not_stored(client):
    cid = new_conversation(client)
    r = client.post(f"/api/conversations/{cid}/messages", headers={"accept": "application/json"},
                    json={"content": "hel\x00lo\u202e there\x1b[31m"})
    assert r.status_code == 200
    stored = client.get(f"/api/conversations/{cid}").json()["messages"][0]["content"]
    assert stored == "hello there[31m"


def test_unknown_or_malformed_conversation_is_404(client):
    for cid in ["0" * 32, "not-a-real-id", "..%2F..%2Fetc"]:
        r = client.post(f"/api/conversations/{cid}/messages", json={"content": "hi"})
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert client.get("/api/conversations/" + "f" * 32).status_code == 404


def test_resources_and_openapi_docs(client):
    gb = client.get("/api/resources?country=gb").json()
    assert gb["country"] == "GB" and gb["emergency"] == "999"
    assert any(r["phone"] == "116 123" for r in gb["resources"])
    fallback = client.get("/api/resources?country=ZZ").json()
    assert fallback["country"] == "INTL" and fallback["resources"]
    spec = client.get("/openapi.json").json()
    assert "/api/conversations/{conversation_id}/messages" in spec["paths"]
    assert client.get("/docs").status_code == 200
