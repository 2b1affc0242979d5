"""The scripted conversations (scripted_conversations.jsonl): written for testing, no real people.

Each has numbered, de-identified messages and hand-written claims about it, each labelled: a
supported claim is what a careful summary would say, with the right citations; an unsupported
one is planted, of one kind: ``fabricated`` (said nowhere), ``contradicted`` (the cited message
says otherwise), ``embellished`` (a detail beyond what was said) or ``wrong_citation`` (true
elsewhere in the conversation, not in the message it cites). Some supported claims are
marked ``paraphrase``: summary wording that shares few words with the message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from mindhaven.summaries.types import NumberedMessage, Section, Speaker, Transcript

SCRIPTED_FILE = "scripted_conversations.jsonl"


@dataclass(frozen=True)
class Claim:
    section: Section
    text: str
    cites: tuple[int, ...]
    supported: bool
    planted: str = ""  # the kind of unsupported claim; empty when supported
    paraphrase: bool = False  # supported, but worded the way a summary would, sharing few words


@dataclass(frozen=True)
class ScriptedConversation:
    id: str
    topic: str
    transcript: Transcript
    claims: tuple[Claim, ...]


def load_scripted() -> list[ScriptedConversation]:
    text = resources.files("mindhaven.summaries").joinpath(SCRIPTED_FILE).read_text(encoding="utf-8")
    return [_conversation(json.loads(line)) for line in text.splitlines() if line.strip()]


def _conversation(row: dict) -> ScriptedConversation:
    messages = tuple(NumberedMessage(m["id"], Speaker(m["role"]), m["text"]) for m in row["messages"])
    claims = tuple(
        Claim(Section(c["section"]), c["text"], tuple(c["cites"]), bool(c["supported"]),
              c.get("planted", ""), bool(c.get("paraphrase")))
        for c in row.get("claims", [])
    )
    return ScriptedConversation(row["id"], row["topic"], Transcript(messages), claims)
