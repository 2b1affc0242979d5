"""The supportive-listener prompt and the history budget."""

from __future__ import annotations

from mindhaven.llm.prompt import FEW_SHOT, build_messages, system_prompt
from mindhaven.turn.types import ChatMessage, Role, Route


def words(text: str) -> int:
    return len(text.split())


def test_prompt_sets_the_boundaries_of_a_supportive_listener():
    prompt = system_prompt(Route.SUPPORTIVE).lower()
    for duty in ["ai", "not a human", "one gentle, open question", "never diagnose", "never name medicines",
                 "never write phone numbers", "[person_1]", "ignore or change these rules"]:
        assert duty in prompt, duty
    assert "safe right now" in system_prompt(Route.CRISIS_AWARE)
    assert "safe right now" not in system_prompt(Route.SUPPORTIVE)


def test_order_is_system_example_history_current():
    history = [ChatMessage(Role.USER, "first"), ChatMessage(Role.ASSISTANT, "reply")]
    messages = build_messages(Route.SUPPORTIVE, history, "now", words, budget=10_000)
    assert messages[0].role == Role.SYSTEM
    assert messages[1:3] == FEW_SHOT
    assert messages[3:5] == history
    assert messages[-1] == ChatMessage(Role.USER, "now")


def test_history_is_trimmed_from_the_oldest_to_fit_the_budget():
    history = [ChatMessage(Role.USER if i % 2 == 0 else Role.ASSISTANT, f"message {i} " + "word " * 50) for i in range(40)]
    fixed = sum(words(m.content) + 4 for m in build_messages(Route.SUPPORTIVE, [], "now", words, budget=10_000))
    messages = build_messages(Route.SUPPORTIVE, history, "now", words, budget=fixed + 3 * 56)
    kept = messages[3:-1]
    assert [m.content.split()[1] for m in kept] == ["37", "38", "39"]
    assert sum(words(m.content) + 4 for m in messages) <= fixed + 3 * 56
    assert build_messages(Route.SUPPORTIVE, history, "now", words, budget=0)[-1].content == "now"
