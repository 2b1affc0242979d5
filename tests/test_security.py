"""Web hardening: security headers on every kind of response, strict CORS, and no secrets or
message text in the logs of a real turn (a scripted model stands in for the LLM)."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEST_KEYS, new_conversation
from accounts_helpers import PASSWORD, make_account
from accounts_helpers import settings_for as make_settings
from fakes import ScriptedBackend, free_port
from fastapi.testclient import TestClient

from mindhaven.api.app import create_app
from mindhaven.api.security import CONTENT_SECURITY_POLICY
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.escalation.delivery import deliver_due
from mindhaven.runtime import build_pipeline
from mindhaven.storage.escalations import EscalationRepository

REPLY = "That sounds really hard. I'm here with you, and we can take it one step at a time."
EXPECTED = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


@pytest.fixture
def app_for(tmp_path):
    def build(base_url: str = "http://testserver", **overrides) -> TestClient:
        settings = make_settings(tmp_path, **overrides)
        app = create_app(settings, build_pipeline(settings, backend=ScriptedBackend(REPLY)))
        return TestClient(app, base_url=base_url)

    return build


@pytest.fixture
def client(app_for):
    with app_for() as c:
        yield c


def assert_hardened(response, *, private: bool = True) -> None:
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, (response.request.url, name)
        assert len(response.headers.get_list(name)) == 1, (response.request.url, name, "sent twice")
    policy = response.headers["permissions-policy"]
    assert "camera=()" in policy and "microphone=()" in policy and "geolocation=()" in policy
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert "unsafe-eval" not in response.headers["content-security-policy"]
    if private:
        assert response.headers.get("cache-control") == "no-store", response.request.url
    assert "strict-transport-security" not in response.headers  # plain http here
    assert "access-control-allow-origin" not in response.headers


def test_pages_carry_every_header(client):
    cid = new_conversation(client, locale="en-GB")
    for url in ("/", "/help?country=GB", f"/c/{cid}", f"/c/{cid}/safety-plan", "/no-such-page"):
        r = client.get(url)
        assert r.headers["content-type"].startswith("text/html"), url
        assert_hardened(r)
    # The no-JavaScript form post, which redirects back to the conversation.
    r = client.post("/send", data={"conversation_id": cid, "country": "GB", "content": "I had a rough day."},
                    follow_redirects=False)
    assert r.status_code == 303
    assert_hardened(r)


def test_api_responses_carry_every_header(client):
    r = client.post("/api/conversations", json={"locale": "en-GB", "consent_version": CURRENT_VERSION})
    assert r.status_code == 201
    assert_hardened(r)
    cid = r.json()["id"]
    r = client.post(f"/api/conversations/{cid}/messages", json={"content": "I feel low."},
                    headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.json()["reply"]
    assert_hardened(r)
    for url in (f"/api/conversations/{cid}", "/api/resources?country=GB", "/api/conversations/nope", "/healthz"):
        assert_hardened(client.get(url))
    # Refused before the app sees it: the 413 from the body limit is hardened too.
    r = client.post("/api/conversations", content=b"x" * 70_000, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert_hardened(r)
    r = client.post("/api/conversations", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert_hardened(r)


def test_streamed_replies_carry_every_header_and_still_stream(client):
    cid = new_conversation(client, locale="en-GB")
    with client.stream("POST", f"/api/conversations/{cid}/messages", json={"content": "I feel anxious."}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        assert_hardened(r)  # no-store replaces the stream's own no-cache: the reply is personal
        assert r.headers["x-accel-buffering"] == "no"
        body = "".join(r.iter_text())
    assert body.count("event: token") > 1 and "event: done" in body


def test_api_explorer_pages_get_their_own_narrow_policy(client):
    for url in ("/docs", "/redoc"):
        r = client.get(url)
        policy = r.headers["content-security-policy"]
        assert r.status_code == 200 and "https://cdn.jsdelivr.net" in policy and "frame-ancestors 'none'" in policy
        assert r.headers["cache-control"] == "no-store" and r.headers["x-frame-options"] == "DENY"
    # Only there: the chat and the JSON schema keep the strict one.
    for url in ("/", "/openapi.json", "/docs/other"):
        assert client.get(url).headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_static_files_carry_the_headers_but_may_be_cached(client):
    for name in ("chat.js", "htmx.min.js", "style.css"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200
        assert_hardened(r, private=False)
        assert r.headers.get("cache-control") != "no-store"


def test_hsts_only_over_https_or_when_configured(app_for):
    with app_for() as plain:
        assert "strict-transport-security" not in plain.get("/").headers
    with app_for(base_url="https://testserver") as tls:
        for url in ("/", "/api/resources", "/static/style.css"):
            assert tls.get(url).headers["strict-transport-security"].startswith("max-age=31536000")
    with app_for(hsts=True) as proxied:
        assert proxied.get("/healthz").headers["strict-transport-security"].startswith("max-age=")


def test_no_cross_origin_access_by_default(client):
    evil = {"Origin": "https://evil.example"}
    r = client.get("/api/resources", headers=evil)
    assert "access-control-allow-origin" not in r.headers
    r = client.post("/api/conversations", json={}, headers=evil)
    assert "access-control-allow-origin" not in r.headers
    preflight = client.options("/api/conversations", headers={
        **evil, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-methods" not in preflight.headers


def test_configured_origins_and_only_those(app_for):
    with app_for(cors_origins=["https://app.example.org/"]) as c:
        ok = c.get("/api/resources", headers={"Origin": "https://app.example.org"})
        assert ok.headers["access-control-allow-origin"] == "https://app.example.org"
        assert "access-control-allow-credentials" not in ok.headers
        assert ok.headers["x-content-type-options"] == "nosniff"
        preflight = c.options("/api/conversations", headers={
            "Origin": "https://app.example.org", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == "https://app.example.org"
        assert preflight.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        other = c.get("/api/resources", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        denied = c.options("/api/conversations", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert denied.status_code == 400 and "access-control-allow-origin" not in denied.headers


def test_wildcard_origin_is_refused(tmp_path):
    with pytest.raises(ValueError, match="exact origins"):
        create_app(make_settings(tmp_path, cors_origins=["*"]), build_pipeline(
            make_settings(tmp_path), backend=ScriptedBackend(REPLY)))


# --- logs ---------------------------------------------------------------------------------

PLANTED_NAME = "Marguerite Quillfeather"
PLANTED_SECRET = "hunter2-Zq8vX3pL"  # something a person might paste into a message
WEBHOOK_SECRET = "webhook-secret-0b9e4d2a6c8f"
API_KEY = "sk-openai-key-5d1c7e3a9b"


def test_no_secret_or_message_text_in_the_logs_of_a_turn(tmp_path, caplog):
    dead_port = free_port()  # nothing listens: webhook delivery fails and logs a warning
    settings = make_settings(
        tmp_path,
        llm={"openai_api_key": API_KEY},
        escalation={"webhook_url": f"http://127.0.0.1:{dead_port}/hook", "webhook_secret": WEBHOOK_SECRET,
                    "retry_seconds": 3600, "retry_max_seconds": 3600},
    )
    pipeline = build_pipeline(settings, backend=ScriptedBackend(REPLY))
    app = create_app(settings, pipeline)
    caplog.set_level(logging.INFO)
    message = f"My name is {PLANTED_NAME} and my password is {PLANTED_SECRET}. I feel like I can't go on."
    crisis = f"I'm {PLANTED_NAME}. I want to kill myself tonight, I have the pills. {PLANTED_SECRET}"
    with TestClient(app) as c:
        cid = new_conversation(c, locale="en-GB")
        with c.stream("POST", f"/api/conversations/{cid}/messages", json={"content": message}) as r:
            assert "event: done" in "".join(r.iter_text())
        r = c.post(f"/api/conversations/{cid}/messages", json={"content": crisis}, headers={"Accept": "application/json"})
        assert r.status_code == 200
        assert c.post(f"/api/conversations/{cid}/ask-for-a-person").status_code == 201
        assert c.post("/send", data={"conversation_id": cid, "country": "GB", "content": message}).status_code == 200
        plan = {"sections": {"warning_signs": [PLANTED_NAME, PLANTED_SECRET]}}
        assert c.put(f"/api/conversations/{cid}/safety-plan", json=plan).status_code == 200
        clinician = make_account(pipeline.repository.database, "clinician")
        assert c.get("/api/escalations", headers=clinician.auth).status_code == 200
        assert c.get("/api/escalations", headers={"Authorization": f"Bearer {clinician.token}x"}).status_code == 401
        assert c.post("/api/auth/login", json={"username": clinician.username, "password": "wrong " + PASSWORD}
                      ).status_code == 401
        signed_in = c.post("/api/auth/login", json={"username": clinician.username, "password": PASSWORD})
        cookie, csrf = c.cookies.get("mindhaven_session"), signed_in.json()["csrf_token"]
        assert c.get("/api/escalations").status_code == 200
        c.cookies.clear()
        deliver_due(EscalationRepository(pipeline.repository.database), settings.escalation)
    records = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert any("webhook delivery failed" in r.getMessage() for r in records), "the failure path was not exercised"
    logged = caplog.text + "\n".join(r.getMessage() for r in records)
    secrets = [PLANTED_NAME, "Marguerite", "Quillfeather", PLANTED_SECRET, clinician.token, PASSWORD, cookie, csrf,
               WEBHOOK_SECRET, API_KEY,
               TEST_KEYS, TEST_KEYS.split(":", 1)[1], "can't go on", "kill myself"]
    for secret in secrets:
        assert secret not in logged, f"{secret!r} was logged"


def test_the_accepted_diskcache_advisory_stays_unreachable():
    """security/pip-audit-ignore.toml accepts GHSA-w8v5-vhqr-4h9v (diskcache unpickles its cache) because
    MindHaven never makes a disk cache: keep it that way, or revisit the entry."""
    root = Path(__file__).resolve().parents[1] / "mindhaven"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("diskcache", "LlamaDiskCache", "LlamaCache", "set_cache("):
            assert name not in text, f"{path.relative_to(root.parent)} uses {name}: see security/pip-audit-ignore.toml"


@pytest.mark.parametrize("strict", [False, True])
def test_security_scan_without_network_warns_or_fails_when_strict(strict):
    """No network: a visible warning and exit 0, or exit 1 with MINDHAVEN_AUDIT_STRICT=1 (as in .ci/run)."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "mindhaven_audit_strict")}
    dead = f"http://127.0.0.1:{free_port()}"
    env.update(HTTPS_PROXY=dead, https_proxy=dead, HTTP_PROXY=dead, http_proxy=dead)
    if strict:
        env["MINDHAVEN_AUDIT_STRICT"] = "1"
    script = Path(__file__).resolve().parents[1] / "scripts" / "security_scan.py"
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert "bandit: ok" in result.stdout, result.stdout + result.stderr
    assert "DEPENDENCY AUDIT NOT DONE" in result.stdout and "could not be reached" in result.stdout
    assert result.returncode == (1 if strict else 0), result.stdout + result.stderr


def test_the_access_log_holds_no_private_link_or_query(client):
    """uvicorn logs every request line; a conversation id is the key to an anonymous conversation."""
    cid = new_conversation(client)
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5000", "GET", f"/c/{cid}/data?reason=ticket+4411", "1.1", 200), None)
    for log_filter in logging.getLogger("uvicorn.access").filters:  # installed by create_app
        log_filter.filter(record)
    line = record.getMessage()
    assert cid not in line and "ticket" not in line and f"/c/{cid[:6]}…/data" in line


def test_every_form_that_posts_carries_the_csrf_field():
    """A signed-in browser's changes need the token; a new form without it would fail for them."""
    templates = Path(__file__).resolve().parents[1] / "mindhaven" / "web" / "templates"
    checked = 0
    for template in templates.glob("*.html"):
        text = template.read_text()
        for form in re.finditer(r"<form\b[^>]*>(.*?)</form>", text, re.S | re.I):
            if re.search(r'method="post"', form.group(0), re.I):
                assert '{% include "_csrf.html" %}' in form.group(1), f"{template.name}: a POST form without the CSRF field"
                checked += 1
    assert checked >= 8, checked
