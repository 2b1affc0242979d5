"""The staff console in a real browser against a real server: a person chats and reaches high risk, and the
clinician assigned to them sees the alert within two seconds; the clinician takes over, messages flow both ways
live, and control goes back to the AI; another clinician sees nothing of them. Screenshots land in
docs/screenshots/."""

from __future__ import annotations

import re
import time

import pytest
from accounts_helpers import PASSWORD, make_account

from mindhaven.storage.accounts import AccountRepository
from mindhaven.storage.assignments import AssignmentRepository
from test_web_page import CRISIS_TEXT, browser, live_server, model_path, crisis_directory_file, page, screenshot  # noqa: F401
from test_web_page import SCREENSHOTS, start_chat, wait_for_reply

ALERT_WITHIN_SECONDS = 2.0
LIVE_MS = 2000  # a message or a handoff reaches the other side within two seconds


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
    AccountRepository(database).update(clinician.id, actor="admin", display_name="Dr Amara Okafor")
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
    expect(console.locator(".notice", has_text="Acknowledged")).to_be_visible()

    # The clinician takes over: the person sees who joined, and words go both ways live.
    console.get_by_role("button", name="Take over from the AI").click()
    expect(console.locator("#handoff-state")).to_contain_text("You took over")
    expect(page.locator("#log .msg-event")).to_contain_text("(clinician) has joined the conversation", timeout=LIVE_MS)
    expect(page.locator("#ai-notice")).to_contain_text("(clinician), a person")
    console.get_by_label("Your message to them").fill("Don't worry, it's not that bad.")
    expect(console.locator("#draft-flags")).to_contain_text("minimising")  # flagged while they write
    console.get_by_label("Your message to them").fill("I'm here with you now. Are you somewhere safe right now?")
    console.get_by_role("button", name="Send to them").click()
    expect(page.locator("#log .msg-human").last).to_contain_text("Are you somewhere safe", timeout=LIVE_MS)
    expect(page.locator("#log .msg-human .msg-who").last).to_contain_text("(clinician)")
    page.get_by_label("Your message").fill("I'm at home. My sister is in the next room.")
    page.get_by_role("button", name="Send").click()
    expect(console.locator("#case-messages")).to_contain_text("My sister is in the next room", timeout=LIVE_MS)
    wait_for_reply(page)
    screenshot(page, "chat-handoff.png")
    screenshot(console, "console-handoff.png")

    # Handing back is explicit; the person is told, and the AI answers the next message.
    console.get_by_role("button", name="Hand back to the AI").click()
    expect(console.get_by_role("button", name="Take over from the AI")).to_be_visible()
    expect(page.locator("#log .msg-event").last).to_contain_text("has left the conversation", timeout=LIVE_MS)
    expect(page.locator("#ai-notice")).to_contain_text("You are talking to an AI")
    page.get_by_label("Your message").fill("Okay. Thank you for staying with me.")
    page.get_by_role("button", name="Send").click()
    wait_for_reply(page)
    stored = live_server.api.get(f"/api/conversations/{conversation_id}").json()["messages"]
    assert stored[-1]["role"] == "assistant" and stored[-1]["route"] != "human" and stored[-1]["content"]
    assert [m["source"] for m in stored].count("human") == 1

    time.sleep(ALERT_WITHIN_SECONDS)
    expect(other_console.locator(".console-alert")).to_have_count(0)
    refused = other_console.goto(f"{live_server.url}/console/cases/{case}")
    assert refused.status == 403
    for context in (mine, theirs):
        context.close()
    assert not my_problems and not their_problems, my_problems + their_problems


@pytest.mark.browser
def test_a_clinician_reviews_a_summary_against_its_messages_edits_and_signs_it_off(browser, live_server):  # noqa: F811
    from playwright.sync_api import expect

    from conftest import new_conversation
    from mindhaven.storage.summaries import SummaryRepository
    from mindhaven.summaries.job import transcript_of
    from mindhaven.summaries import check_draft
    from test_session_summaries import CONVERSATION, draft_text

    database = live_server.app.state.pipeline.repository.database
    clinician = make_account(database, "clinician")
    AccountRepository(database).update(clinician.id, actor="admin", display_name="Dr Amara Okafor")
    pipeline = live_server.app.state.pipeline
    cid = new_conversation(live_server.api, country="GB")
    pipeline.seed(cid, CONVERSATION)
    case = AssignmentRepository(database).assign(clinician.id, cid, "admin").case_id
    transcript = transcript_of(pipeline.repository, cid)
    summaries = SummaryRepository(database)
    summary_id = summaries.start(cid, clinician.id, clinician.id)
    drafted = check_draft(draft_text([m.id for m in transcript.messages]), transcript, "a scripted example")
    summaries.finish(summary_id, drafted.model, drafted.as_dict())

    two_weeks_of_check_ins(database, pipeline.directory, cid)

    person = browser.new_context(viewport={"width": 1280, "height": 1100}, locale="en-GB").new_page()
    person.goto(f"{live_server.url}/c/{cid}/mood")
    expect(person.locator(".mood-chart")).to_be_visible()
    person.locator(".chart").screenshot(path=str(SCREENSHOTS / "mood-chart.png"), animations="disabled")
    person.context.close()

    context, console, problems = signed_in_page(browser, live_server, clinician.username)
    console.goto(f"{live_server.url}/console/cases/{case}")
    chart = console.get_by_role("region", name="Mood and questionnaires over time")
    expect(chart).to_contain_text("Mood from 3 to 7 over 6 check-ins")
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(SCREENSHOTS / "console-mood.png"), animations="disabled")
    console.get_by_role("link", name=re.compile("UTC")).click()
    expect(console.get_by_role("heading", name=re.compile("Session summary"))).to_be_visible()
    expect(console.locator("blockquote").first).to_contain_text("flat and heavy")
    console.locator(".summary-removed summary").click()
    console.set_viewport_size({"width": 1280, "height": 1900})  # the whole review in one picture
    console.evaluate("window.scrollTo(0, 0)")
    screenshot(console, "console-summary-review.png")
    console.set_viewport_size({"width": 1280, "height": 800})

    console.locator("#text-presenting_concerns-0").fill("Low mood and heaviness for about three weeks")
    console.locator('input[name="keep-presenting_concerns-1"]').uncheck()
    console.get_by_role("button", name="Sign off this summary").click()
    expect(console.get_by_role("status")).to_contain_text("Signed off by Dr Amara Okafor")
    expect(console.locator(".summary-statements").first).to_contain_text("Low mood and heaviness")
    expect(console.locator("main")).not_to_contain_text("Stopped going to football")
    context.close()
    assert not problems, problems


def two_weeks_of_check_ins(database, directory, cid: str) -> None:
    """Six check-ins and two PHQ-9s spread over two weeks, as a person who keeps checking in would have."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import text

    from mindhaven.questionnaires.submit import submit
    from mindhaven.storage.check_ins import CheckInRepository, NewCheckIn

    start = datetime.now(timezone.utc) - timedelta(days=14)
    repository = CheckInRepository(database)
    for day, (mood, sleep, anxiety) in enumerate([(3, 5.0, 8), (4, 5.5, 7), (3, 6.0, 7), (5, 6.5, 6), (6, 7.0, 5),
                                                  (7, 7.5, 4)]):
        record = repository.add(cid, NewCheckIn(mood, sleep, anxiety))
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE mood_check_ins SET created_at = :at WHERE id = :id"),
                               {"at": start + timedelta(days=day * 2 + 1), "id": record.id})
    for day, answer in ((1, 2), (12, 1)):
        answers = {f"phq9-{n}": answer for n in range(1, 9)} | {"phq9-9": 0}
        submit(database, directory, cid, "phq9", answers, completed_at=start + timedelta(days=day))
