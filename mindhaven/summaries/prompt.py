"""The summary prompt: numbered messages in, one cited statement per line out, section by section."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mindhaven.llm.base import GenerationRequest
from mindhaven.summaries.types import NumberedMessage, Section, Speaker, Transcript
from mindhaven.turn.types import ChatMessage, Role

_HEADINGS = "\n".join(f"## {section.heading}" for section in Section)

SYSTEM_PROMPT = f"""You draft a short summary of a support conversation for a clinician to review. The messages are numbered [m1], [m2], ...
Write these six headings, in this order:
{_HEADINGS}
Under each heading write short statements, one per line, each starting with "- " and ending with the numbers of the messages it rests on, like [m3] or [m3, m5].
What goes under each heading:
- Presenting concerns: what the person came to talk about.
- Mood: how the person says they feel.
- Risk factors: what the person said about thoughts of suicide or self-harm, past self-harm, alcohol or drugs, or what makes things worse.
- Protective factors: people, reasons and strengths the person mentioned that help them.
- Techniques tried: what the person has tried to cope.
- Agreed next steps: what the person said they will do.
Rules:
- Say only what the messages say. Do not guess, add details or give advice.
- No diagnosis: describe what the person said, never name a condition they did not name.
- Risk factors and protective factors come from the person's own messages only.
- Never write medicine doses, ways to hurt oneself, phone numbers or links.
- If a heading has nothing, write "- none".
Text like [PERSON_1] stands for details hidden for privacy: keep it exactly as written."""

_EXAMPLE_CONVERSATION = """[m1] Person: I keep arguing with my brother and I can't sleep. I feel angry all the time. Some nights I drink to get to sleep.
[m2] Assistant: That sounds exhausting. What helps, even a little, when you feel like this?
[m3] Person: Walking the dog helps. My friend [PERSON_1] listens too, I'll call her tomorrow."""

_EXAMPLE_SUMMARY = """## Presenting concerns
- Keeps arguing with their brother [m1]
- Cannot sleep [m1]
## Mood
- Feels angry all the time [m1]
## Risk factors
- Drinks some nights to get to sleep [m1]
## Protective factors
- Friend [PERSON_1] listens [m3]
## Techniques tried
- Walking the dog helps [m3]
## Agreed next steps
- Will call [PERSON_1] tomorrow [m3]"""

_SPEAKERS = {Speaker.PERSON: "Person", Speaker.ASSISTANT: "Assistant", Speaker.STAFF: "Staff"}


@dataclass(frozen=True)
class SummaryPrompt:
    request: GenerationRequest
    shown: Transcript  # the messages in the prompt: the latest that fit


def numbered_line(message: NumberedMessage) -> str:
    return f"[m{message.id}] {_SPEAKERS[message.speaker]}: {' '.join(message.text.split())}"


def _user_turn(lines: list[str]) -> str:
    return "Conversation:\n" + "\n".join(lines) + "\n\nWrite the summary."


def build_prompt(
    transcript: Transcript,
    count_tokens: Callable[[str], int],
    n_ctx: int,
    max_tokens: int,
    temperature: float,
) -> SummaryPrompt:
    """The system prompt, one worked example, then as many of the latest messages as fit."""
    head = [
        ChatMessage(Role.SYSTEM, SYSTEM_PROMPT),
        ChatMessage(Role.USER, _user_turn(_EXAMPLE_CONVERSATION.splitlines())),
        ChatMessage(Role.ASSISTANT, _EXAMPLE_SUMMARY),
    ]
    budget = n_ctx - max_tokens - 64 - sum(count_tokens(m.content) + 4 for m in head) - count_tokens(_user_turn([]))
    lines: list[str] = []
    shown: list[NumberedMessage] = []
    for message in reversed(transcript.messages):
        line = numbered_line(message)
        cost = count_tokens(line) + 1
        if cost > budget:
            break
        budget -= cost
        lines.append(line)
        shown.append(message)
    lines.reverse()
    shown.reverse()
    request = GenerationRequest([*head, ChatMessage(Role.USER, _user_turn(lines))], max_tokens, temperature)
    return SummaryPrompt(request, Transcript(tuple(shown)))
