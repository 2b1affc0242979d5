"""A questionnaire answered inside the chat, in a real browser against a real server: offered on the form page,
asked one item at a time, answered in words, scored at the end. The screenshot lands in docs/screenshots/."""

from __future__ import annotations

import re

import pytest

from test_web_page import browser, crisis_directory_file, live_server, model_path, page, screenshot  # noqa: F401
from test_web_page import start_chat, wait_for_reply


@pytest.mark.browser
def test_the_phq2_answered_in_the_chat_one_question_at_a_time(page):  # noqa: F811
    from playwright.sync_api import expect

    start_chat(page)
    conversation = page.url
    page.goto(conversation + "/questionnaires/phq2")
    page.get_by_role("button", name=re.compile("Answer in the chat instead")).click()
    expect(page).to_have_url(re.compile(r"/c/[0-9a-f]{32}(#latest)?$"))
    expect(page.locator("#log .msg-assistant").last).to_contain_text("1. Little interest or pleasure")

    for answer, then in (("several days", "2. Feeling down"), ("more than half the days", "Your score is 3 out of 6")):
        page.get_by_label("Your message").fill(answer)
        page.get_by_role("button", name="Send").click()
        wait_for_reply(page)
        expect(page.locator("#log .msg-assistant").last).to_contain_text(then)
    screenshot(page, "chat-questionnaire.png")
    page.goto(conversation + "/mood")
    expect(page.locator("main")).to_contain_text("PHQ-2 3")
