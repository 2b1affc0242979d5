"""The person-facing web pages: plain HTTP checks, then a real browser against a real server.

The browser tests start uvicorn in a background thread with the small real test model and drive
Debian's Chromium through Playwright. Screenshots land in docs/screenshots/.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

import conftest
from conftest import new_conversation
from mindhaven.api.app import create_app
from mindhaven.config import Settings
from mindhaven.consent.terms import CURRENT_VERSION

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"
CRISIS_TEXT = "I want to kill myself tonight, I have the pills"
AI_NOTICE = "You are talking to an AI, not a person or a clinician"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPLY_TIMEOUT_MS = 240_000  # the test model on a busy CI machine


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_path() -> str:
    return str(conftest.test_model_path())  # MINDHAVEN_TEST_MODEL, else the data directory's models/


@pytest.fixture(scope="module")
def crisis_directory_file() -> Path:
    path = ROOT / "mindhaven" / "crisis" / "resources.toml"
    if not path.is_file():
        pytest.fail(f"The verified crisis directory {path} is missing.", pytrace=False)
    return path


def make_settings(tmp: Path, model: str) -> Settings:
    return Settings(
        data_dir=tmp,
        database_url=f"sqlite:///{tmp}/db.sqlite",
        # One thread: llama.cpp's worker threads spin badly when the CI machine's cores are busy.
        llm={"model": model, "max_tokens": 60, "n_threads": 1, "first_token_timeout": 180, "total_timeout": 240},
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def client(tmp_path_factory, model_path, crisis_directory_file):
    app = create_app(make_settings(tmp_path_factory.mktemp("web-http"), model_path))
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def live_server(tmp_path_factory, model_path, crisis_directory_file):
    app = create_app(make_settings(tmp_path_factory.mktemp("web-live"), model_path))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start", pytrace=False)
        time.sleep(0.05)
    health = app.state.pipeline.backend.health()  # load the model before the first message
    assert health.ok, health.detail
    url = f"http://127.0.0.1:{port}"
    yield SimpleNamespace(url=url, app=app, api=httpx.Client(base_url=url, timeout=300))
    server.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser, live_server):
    """A fresh page in a fresh context; fails the test on script errors or CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    context.set_default_timeout(30_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "console",
        lambda m: problems.append(f"console: {m.text}") if "Content Security Policy" in m.text else None,
    )
    page.base = live_server.url
    yield page
    context.close()
    assert not problems, problems


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), animations="disabled")


def verified_phones(api: httpx.Client | TestClient, country: str) -> list[str]:
    found = api.get("/api/resources", params={"country": country}).json()
    assert found["country"] == country
    return [r["phone"] for r in found["resources"] if r["phone"]]


def wait_for_reply(page) -> None:
    from playwright.sync_api import expect

    expect(page.locator("#log")).to_have_attribute("aria-busy", "false", timeout=REPLY_TIMEOUT_MS)
    expect(page.locator("#send")).to_be_enabled()


def last_reply(page) -> str:
    return page.locator("#log .msg-assistant:not(.msg-intro) .msg-text").last.inner_text()


def start_chat(page) -> str:
    """From the consent page at /, agree and land on the new conversation; its URL."""
    from playwright.sync_api import expect

    page.goto(page.base + "/")
    page.get_by_role("button", name="I agree, start").click()
    expect(page).to_have_url(re.compile(r"/c/[0-9a-f]{32}$"))
    return page.url


def start_form(client, country: str = "GB") -> str:
    """The consent form without a browser: the new conversation's id."""
    r = client.post("/start", data={"version": CURRENT_VERSION, "country": country}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return r.headers["location"].rsplit("/", 1)[1]


# --- plain HTTP ----------------------------------------------------------------------------


def test_new_chat_page_has_notice_help_link_and_form(client):
    first = client.get("/")  # the consent page comes first
    assert first.status_code == 200 and AI_NOTICE in first.text and "I agree, start" in first.text
    r = client.get(f"/c/{start_form(client)}")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert AI_NOTICE in html
    assert re.search(r'<a class="help-now" id="help-now" href="/help\?country=[A-Z]+"', html)
    assert "Get help now" in html
    assert 'role="log"' in html and 'aria-live="polite"' in html
    assert '<label for="message"' in html and 'id="message"' in html
    assert 'class="skip-link" href="#main"' in html
    for landmark in ("<header", "<main", "<footer"):
        assert landmark in html
    assert "/static/htmx.min.js" in html and "/static/chat.js" in html
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"


def test_static_files_are_served(client):
    assert client.get("/static/chat.js").status_code == 200
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/htmx.min.js").status_code == 200


def test_conversation_page_renders_history(client):
    conversation_id = new_conversation(client, country="GB")
    r = client.get(f"/c/{conversation_id}")
    assert r.status_code == 200
    assert AI_NOTICE in r.text and "Get help now" in r.text
    assert f'data-conversation="{conversation_id}"' in r.text
    assert 'href="/help?country=GB"' in r.text


def test_unknown_conversation_is_a_friendly_404_page(client):
    r = client.get("/c/xyz")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "find that conversation" in r.text
    assert "Get help now" in r.text and 'href="/help?country=' in r.text
    assert AI_NOTICE in r.text


def test_unknown_page_is_html_but_the_api_keeps_json_errors(client):
    r = client.get("/no-such-page")
    assert r.status_code == 404 and "Get help now" in r.text
    api = client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
    assert client.get("/api/conversations").status_code == 405  # the API's own answer, untouched


def test_help_page_lists_verified_numbers(client):
    r = client.get("/help", params={"country": "GB"})
    assert r.status_code == 200
    assert "<html" in r.text and AI_NOTICE in r.text
    assert "Crisis lines in United Kingdom" in r.text
    phones = verified_phones(client, "GB")
    assert phones
    for phone in phones:
        assert phone in r.text
        assert f'href="tel:{re.sub(r"[^0-9+]", "", phone)}"' in r.text
    assert '<option value="GB" selected>' in r.text


def test_help_page_defaults_to_the_configured_country(client):
    settings = client.app.state.settings
    r = client.get("/help", headers={"Accept-Language": ""})
    expected = client.get("/api/resources", params={"country": settings.default_country}).json()
    assert f"Crisis lines in {expected['country_name']}" in r.text


def test_help_fragment_for_htmx(client):
    r = client.get("/help", params={"country": "US"}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    assert "<html" not in r.text and "<header" not in r.text
    assert r.text.lstrip().startswith('<div id="resource-list"')
    for phone in verified_phones(client, "US"):
        assert phone in r.text


def test_form_without_javascript_keeps_an_invalid_message(client):
    text = "x" * 5000
    r = client.post("/send", data={"content": text, "conversation_id": start_form(client), "country": "GB"})
    assert r.status_code == 422
    assert "the limit is 4000" in r.text
    assert f">{text}</textarea>" in r.text
    assert 'role="alert"' in r.text


def test_form_without_javascript_runs_a_turn(client):
    r = client.post(
        "/send",
        data={"content": CRISIS_TEXT + " <script>alert(1)</script>", "conversation_id": start_form(client),
              "country": "GB"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    location = r.headers["location"]
    assert re.fullmatch(r"/c/[0-9a-f]{32}#latest", location)
    page = client.get(location)
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert(1)" not in page.text
    assert any(phone in page.text for phone in verified_phones(client, "GB"))
    assert re.search(r'<aside id="help-panel"[^>]*>', page.text).group(0).find("hidden") == -1


# --- in a browser ------------------------------------------------------------------------------


@pytest.mark.browser
def test_page_shows_ai_notice_and_help_link(page):
    from playwright.sync_api import expect

    response = page.goto(page.base + "/")
    # The headers as Chromium got them from uvicorn (the page fixture fails on any CSP violation).
    headers = response.all_headers()
    assert "script-src 'self';" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    expect(page.locator("#ai-notice")).to_be_visible()
    expect(page.locator("#ai-notice")).to_contain_text("AI")
    help_link = page.get_by_role("link", name="Get help now")
    expect(help_link).to_be_visible()
    expect(help_link).to_have_attribute("href", re.compile(r"^/help\?country=GB$"))
    start_chat(page)
    expect(page.get_by_label("Your message")).to_be_visible()
    expect(page.get_by_role("log")).to_have_attribute("aria-live", "polite")
    page.goto(page.base + "/c/0123456789abcdef0123456789abcdef")
    expect(page.get_by_role("link", name="Get help now")).to_be_visible()
    expect(page.locator("#ai-notice")).to_contain_text("AI")


@pytest.mark.browser
@pytest.mark.llm
def test_reply_streams_into_the_log(page, live_server):
    from playwright.sync_api import expect

    start_chat(page)
    box = page.get_by_label("Your message")
    box.click()
    page.keyboard.type("I've had a rough week and I can't sleep.")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("Work has been a lot.")
    assert box.input_value() == "I've had a rough week and I can't sleep.\nWork has been a lot."
    # Record, in order, text arriving in the newest reply and the reply's `done` event.
    page.evaluate(
        """() => {
          window.__sequence = [];
          new MutationObserver((records) => {
            for (const r of records) {
              if (r.type === 'attributes' && r.attributeName === 'data-state' && r.oldValue === 'streaming') {
                window.__sequence.push('done');
              } else if (r.type === 'childList' && r.target.closest && r.target.closest('.msg-assistant .msg-text')
                         && [...r.addedNodes].some((n) => n.nodeType === 3 && n.data.trim())) {
                window.__sequence.push('text');
              }
            }
          }).observe(document.getElementById('log'),
                     {subtree: true, childList: true, attributes: true, attributeOldValue: true});
        }"""
    )
    page.keyboard.press("Enter")  # Enter sends
    expect(page.locator("#log .msg-user").last).to_have_text(re.compile("rough week"))
    expect(box).to_have_value("")
    expect(page.locator("#send")).to_be_disabled()
    expect(page.locator("#typing")).to_contain_text("MindHaven")
    expect(page).to_have_url(re.compile(r"/c/[0-9a-f]{32}$"))
    samples = []
    deadline = time.monotonic() + REPLY_TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        sample = page.evaluate(
            """() => {
              const replies = document.querySelectorAll('#log .msg-assistant:not(.msg-intro)');
              const last = replies[replies.length - 1];
              return {
                length: last ? last.querySelector('.msg-text').textContent.length : 0,
                state: last ? last.dataset.state || '' : '',
                disabled: document.getElementById('send').disabled,
              };
            }"""
        )
        samples.append(sample)
        if not sample["disabled"]:
            break
        time.sleep(0.05)
    wait_for_reply(page)
    sequence = page.evaluate("() => window.__sequence")
    assert "text" in sequence and "done" in sequence, sequence
    assert sequence.index("text") < sequence.index("done"), f"no text arrived before the done event: {sequence}"
    assert any(s["disabled"] and s["state"] == "streaming" for s in samples), samples
    reply = last_reply(page)
    assert reply.strip()
    expect(page.locator("#chat-error")).to_be_empty()
    screenshot(page, "chat-streamed-reply.png")

    # What the page showed is what was stored, and a reload shows it again.
    conversation_id = page.url.rsplit("/", 1)[1]
    stored = live_server.api.get(f"/api/conversations/{conversation_id}").json()
    assert [m["role"] for m in stored["messages"]] == ["user", "assistant"]
    assert stored["messages"][1]["content"].strip() == reply.strip()
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    expect(page.locator("#log .msg-user")).to_have_count(1)
    expect(page.locator("#log .msg-user .msg-text")).to_have_text(stored["messages"][0]["content"])
    screenshot(page, "chat-mobile.png")


@pytest.mark.browser
def test_crisis_message_gets_the_protocol_reply_and_the_help_panel(page, live_server):
    from playwright.sync_api import expect

    start_chat(page)
    expect(page.locator("#help-panel")).to_be_hidden()
    page.get_by_label("Your message").fill(CRISIS_TEXT)
    page.get_by_role("button", name="Send").click()
    wait_for_reply(page)
    conversation_id = page.url.rsplit("/", 1)[1]
    conversation = live_server.api.get(f"/api/conversations/{conversation_id}").json()
    assert conversation["country"] == "GB"  # from the browser's en-GB locale
    assert conversation["messages"][-1]["route"] == "crisis_protocol"
    phones = verified_phones(live_server.api, conversation["country"])
    reply = last_reply(page)
    assert any(phone in reply for phone in phones), reply
    expect(page.locator("#log .msg-assistant.msg-crisis")).to_have_count(1)
    panel = page.locator("#help-panel")
    expect(panel).to_be_visible()
    expect(panel.locator(".resource-heading")).to_have_text("Crisis lines in United Kingdom")
    expect(panel.locator(f'a[href="tel:{re.sub(r"[^0-9+]", "", phones[0])}"]')).to_be_visible()
    screenshot(page, "chat-crisis-reply.png")

    # The history page shows the crisis reply and the panel, without any script having run.
    page.reload()
    expect(page.locator("#help-panel")).to_be_visible()
    expect(page.locator("#log .msg-crisis")).to_have_count(1)


@pytest.mark.browser
@pytest.mark.llm
def test_empty_message_shows_an_error_and_the_page_keeps_working(page):
    from playwright.sync_api import expect

    url = start_chat(page)
    page.get_by_role("button", name="Send").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Please write a message")
    page.get_by_label("Your message").fill("   \n  ")
    page.get_by_label("Your message").press("Enter")
    expect(alert).to_contain_text("Please write a message")
    expect(page.locator("#log .msg-user")).to_have_count(0)
    expect(page).to_have_url(url)

    page.get_by_label("Your message").fill("Thanks. Today was a bit better.")
    page.get_by_role("button", name="Send").click()
    expect(alert).to_be_empty()
    wait_for_reply(page)
    assert last_reply(page).strip()
    expect(page.locator("#log .msg-user")).to_have_count(1)


@pytest.mark.browser
def test_too_long_message_shows_the_error_and_keeps_the_text(page):
    from playwright.sync_api import expect

    start_chat(page)
    text = "I need to say a lot. " * 238 + "Thank you."  # 5,008 characters
    assert len(text) > 5000
    box = page.get_by_label("Your message")
    box.fill(text)
    expect(page.locator("#char-count")).to_contain_text("too long")
    page.get_by_role("button", name="Send").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("the limit is 4000")
    expect(box).to_have_value(text)
    expect(box).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#log .msg-user")).to_have_count(0)
    expect(page.locator("#send")).to_be_enabled()

    box.fill("Sorry, that was long. In short: I'm tired.")
    expect(box).not_to_have_attribute("aria-invalid", "true")


@pytest.mark.browser
@pytest.mark.llm
def test_reloading_a_conversation_shows_its_history(page, live_server):
    from playwright.sync_api import expect

    conversation = {"id": new_conversation(live_server.api, country="GB")}
    turn = live_server.api.post(
        f"/api/conversations/{conversation['id']}/messages",
        json={"content": "My sister <b>visited</b> today & we talked."},
        headers={"Accept": "application/json"},
    )
    assert turn.status_code == 200, turn.text
    page.goto(f"{page.base}/c/{conversation['id']}")
    page.reload()
    expect(page.locator("#log .msg-user .msg-text")).to_have_text("My sister <b>visited</b> today & we talked.")
    expect(page.locator("#log .msg-assistant:not(.msg-intro) .msg-text")).to_have_text(turn.json()["reply"].strip())
    expect(page.locator("#log .msg-intro")).to_have_count(0)
    expect(page.locator("#log b")).to_have_count(0)  # text, never markup


@pytest.mark.browser
def test_help_page_and_htmx_country_selector(page, live_server):
    from playwright.sync_api import expect

    page.goto(page.base + "/help?country=GB")
    heading = page.locator("#resource-list .resource-heading")
    expect(heading).to_have_text("Crisis lines in United Kingdom")
    for phone in verified_phones(live_server.api, "GB"):
        expect(page.locator("#resource-list")).to_contain_text(phone)
    expect(page.get_by_label("Country")).to_have_value("GB")
    screenshot(page, "help-page.png")

    page.evaluate("() => { window.__samePage = true; }")
    page.get_by_label("Country").select_option("US")
    expect(heading).to_have_text("Crisis lines in United States")
    for phone in verified_phones(live_server.api, "US"):
        expect(page.locator("#resource-list")).to_contain_text(phone)
    assert page.evaluate("() => window.__samePage === true"), "the list was not swapped in place by htmx"
    expect(page).to_have_url(page.base + "/help?country=US")


@pytest.mark.browser
def test_keyboard_reaches_skip_link_and_help(page):
    from playwright.sync_api import expect

    url = start_chat(page)
    page.goto(url)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0, "the skip link is not visible when focused"
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()

    page.goto(url)
    help_link = page.get_by_role("link", name="Get help now")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "help-now":
            break
    expect(help_link).to_be_focused()
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "no visible focus style"
    page.keyboard.press("Enter")  # htmx loads the verified list into the help panel
    expect(page.locator("#help-panel")).to_be_visible()
    expect(page.locator("#help-panel .resource-heading")).to_be_focused()
    expect(page.locator("#help-panel .resource")).not_to_have_count(0)
    page.keyboard.press("Escape")
    expect(page.locator("#help-panel")).to_be_hidden()
    expect(help_link).to_be_focused()


def test_form_from_another_site_is_refused(client):
    r = client.post(
        "/send", data={"content": "hello", "conversation_id": ""}, headers={"Origin": "https://evil.example"}
    )
    assert r.status_code == 403
    assert "Get help now" in r.text
    r = client.post("/send", data={"content": "hello"}, headers={"Sec-Fetch-Site": "cross-site", "Origin": "null"})
    assert r.status_code == 403


@pytest.mark.browser
def test_chat_works_without_javascript(browser, live_server):
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        page.get_by_role("button", name="I agree, start").click()
        page.get_by_label("Your message").fill(CRISIS_TEXT)
        page.get_by_role("button", name="Send").click()
        expect(page).to_have_url(re.compile(r"/c/[0-9a-f]{32}#latest$"))
        expect(page.locator("#log .msg-user .msg-text")).to_have_text(CRISIS_TEXT)
        reply = page.locator("#log .msg-crisis .msg-text").inner_text()
        assert any(phone in reply for phone in verified_phones(live_server.api, "GB"))
        expect(page.locator("#help-panel")).to_be_visible()
        page.get_by_role("link", name="Get help now").click()
        expect(page).to_have_url(re.compile(r"/help\?country=GB$"))
        expect(page.locator("#resource-list .resource").first).to_be_visible()
    finally:
        context.close()


@pytest.mark.browser
def test_layout_fits_320px_and_respects_reduced_motion(browser, live_server):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB", reduced_motion="reduce")
    try:
        page = context.new_page()
        for path in ("/", "/help?country=GB", "/c/nope"):
            page.goto(live_server.url + path)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 320, f"{path} scrolls sideways at 320px ({width}px wide)"
            assert page.get_by_role("link", name="Get help now").is_visible()
        page.goto(live_server.url + "/")
        page.get_by_role("button", name="I agree, start").click()
        duration = page.evaluate(
            """() => {
              const bubble = document.createElement('div');
              bubble.className = 'msg msg-new msg-assistant';
              document.getElementById('log').appendChild(bubble);
              return parseFloat(getComputedStyle(bubble).animationDuration);
            }"""
        )
        assert duration < 0.01
    finally:
        context.close()


@pytest.mark.browser
def test_failed_sends_keep_the_text(page):
    """A refused or lost request shows why, and what the person wrote stays in the box."""
    from playwright.sync_api import expect

    start_chat(page)
    box = page.get_by_label("Your message")
    alert = page.get_by_role("alert")

    page.route("**/api/conversations/*/messages", lambda route: route.abort())
    box.fill("Something I really want to say.")
    page.get_by_role("button", name="Send").click()
    expect(alert).to_contain_text("could not be reached")
    expect(box).to_have_value("Something I really want to say.")
    expect(page.locator("#log .msg-user")).to_have_count(0)
    page.unroute("**/api/conversations/*/messages")

    page.route(
        "**/api/conversations/*/messages",
        lambda route: route.fulfill(
            status=413, content_type="application/json",
            body='{"error": {"code": "too_large", "message": "The request is larger than 65536 bytes."}}',
        ),
    )
    page.get_by_role("button", name="Send").click()
    expect(alert).to_contain_text("larger than 65536 bytes")
    expect(box).to_have_value("Something I really want to say.")
    expect(page.locator("#send")).to_be_enabled()


@pytest.mark.browser
def test_a_signed_in_person_chats_withdraws_and_erases_in_the_browser(page, live_server):
    """The whole account path in Chromium: register, chat through the script (its requests must carry
    the CSRF token), withdraw consent, download the data, erase it."""
    from playwright.sync_api import expect

    page.goto(page.base + "/login")
    page.get_by_label("Username").last.fill("quiet.harbour")
    page.get_by_label(re.compile("^Password \\(at least")).fill("three long words together")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_text("Signed in as quiet.harbour")).to_be_visible()
    cookie = next(c for c in page.context.cookies() if c["name"] == "mindhaven_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert page.evaluate("document.cookie").find("mindhaven_session") == -1, "scripts cannot read the session"

    url = start_chat(page)
    page.get_by_label("Your message").fill("I've had a hard week at work.")
    page.get_by_role("button", name="Send").click()
    wait_for_reply(page)
    expect(page.locator("#log .msg-user")).to_have_count(1)
    cid = url.rsplit("/", 1)[1]

    page.goto(page.base + "/")
    expect(page.locator(f'a[href="/c/{cid}"]')).to_be_visible()  # "Your conversations"

    page.goto(f"{page.base}/c/{cid}/data")
    page.get_by_text("Stop: withdraw my consent").click()
    page.get_by_role("button", name=re.compile("Withdraw", re.I)).click()
    expect(page.get_by_text(re.compile("stopped", re.I)).first).to_be_visible()

    page.goto(f"{page.base}/c/{cid}/data")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as JSON (for other apps)").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "hard week at work" in exported
    page.get_by_label("I understand that everything will be erased for good.").check()
    page.get_by_role("button", name="Erase everything").click()
    expect(page.get_by_text(re.compile("erased", re.I)).first).to_be_visible()
    assert live_server.api.get(f"/api/conversations/{cid}").status_code == 404
