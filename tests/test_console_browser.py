"""The staff console in a real browser against a real server: a person chats and reaches high risk, and the
clinician assigned to them sees the alert within two seconds; another clinician sees nothing of them.
Screenshots land in docs/screenshots/."""

from __future__ import annotations

import re
import time

import pytest
from accounts_helpers import PASSWORD, make_account

from mindhaven.storage.assignments import AssignmentRepository
from test_web_page import CRISIS_TEXT, browser, live_server, model_path, crisis_directory_file, page, screenshot  # noqa: F401
from test_web_page import start_chat, wait_for_reply

ALERT_WITHIN_SECONDS = 2.0


def signed_in_page(browser, live_server, username: str):  # noqa: F811
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    context.set_default_timeout(30_000)
    staff = context.new_page()
    problems: list[str] = []
    staff.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    staff.goto(live_server.url + "/login")
    staff.locator("#login-username").fill(username)
    staff.locator("#login-password").fill(PASSWORD)
    staff.get_by_role("button", name="Sign in").click()
    staff.goto(live_server.url + "/console")
    expect(staff.get_by_role("heading", name="My caseload")).to_be_visible()
    return context, staff, problems


@pytest.mark.browser
def test_the_assigned_clinician_sees_the_alert_within_two_seconds_and_no_one_else(page, browser, live_server):  # noqa: F811
    from playwright.sync_api import expect

    database = live_server.app.state.pipeline.repository.database
    clinician, other = make_account(database, "clinician"), make_account(database, "clinician")
    start_chat(page)
    conversation_id = page.url.rsplit("/", 1)[1]
    case = AssignmentRepository(database).assign(clinician.id, conversation_id, "admin").case_id

    mine, console, my_problems = signed_in_page(browser, live_server, clinician.username)
    theirs, other_console, their_problems = signed_in_page(browser, live_server, other.username)
    expect(console.locator(f'tr[data-case="{case}"] .risk-badge')).to_have_text("none")
    expect(other_console.locator("#caseload")).to_contain_text("No one is assigned to you yet.")
    time.sleep(1.0)  # both EventSources connected

    page.get_by_label("Your message").fill(CRISIS_TEXT)
    page.get_by_role("button", name="Send").click()
    wait_for_reply(page)  # the crisis protocol's reply: stored, with its escalation, when the turn ends
    reached = time.monotonic()
    alert = console.locator(".console-alert")
    expect(alert).to_contain_text(f"Case #{case} reached", timeout=int(ALERT_WITHIN_SECONDS * 1000))
    took = time.monotonic() - reached
    assert took < ALERT_WITHIN_SECONDS, f"the alert took {took:.2f} s"
    expect(console.locator(f'tr[data-case="{case}"] .risk-badge')).to_have_text(re.compile("high|imminent"))
    screenshot(console, "console-alert.png")

    console.locator(f'tr[data-case="{case}"] a').click()
    expect(console.locator("mark").first).to_be_visible()
    screenshot(console, "console-case.png")
    console.get_by_role("button", name=re.compile("acknowledge")).click()
    expect(console.get_by_role("status")).to_contain_text("Acknowledged")

    time.sleep(ALERT_WITHIN_SECONDS)
    expect(other_console.locator(".console-alert")).to_have_count(0)
    refused = other_console.goto(f"{live_server.url}/console/cases/{case}")
    assert refused.status == 403
    for context in (mine, theirs):
        context.close()
    assert not my_problems and not their_problems, my_problems + their_problems
