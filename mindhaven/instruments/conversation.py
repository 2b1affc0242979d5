"""Administering an instrument in a conversation: which item to ask next, and what a reply means."""

from __future__ import annotations

import re
from collections.abc import Mapping

from mindhaven.instruments.registry import get_instrument
from mindhaven.instruments.types import Instrument, Item

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3}
# Words around an answer that do not change it: "um, several days I think".
FILLER = re.compile(
    r"^(?:(?:um+|uh+|erm|hmm+|well|so|honestly|i'd say|i would say|i guess|i think|probably|maybe)\b[\s,]*)+"
    r"|(?:[\s,]*\b(?:i guess|i think|i suppose|probably|really|to be honest|tbh))+$"
)


def next_item(instrument: str | Instrument, answers: Mapping[str, int | None]) -> Item | None:
    """The first item still to ask, following the instrument's skip logic; None when done."""
    inst = get_instrument(instrument)
    given = {k: v for k, v in answers.items() if v is not None}
    for item in inst.items:
        if item.link_id not in given and item.is_enabled(given):
            return item
    return None


def parse_reply(item: Item, reply: str) -> int | None:
    """The answer value a free-text reply gives ``item``, or None when it is unclear (ask again).

    The whole reply must name one option (its text, a known other wording, or its number):
    "several days" or "2" answer a frequency item, "yeah" or "nope" a yes/no one; "not every day"
    is no answer at all.
    """
    said = _normalise(reply)
    if not said:
        return None
    if said.isdigit() or said in NUMBER_WORDS:
        value = int(said) if said.isdigit() else NUMBER_WORDS[said]
        return value if item.option(value) else None
    for option in item.options:
        if said == _normalise(option.text) or said in (_normalise(a) for a in option.aliases):
            return option.value
    return None


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return FILLER.sub("", text).strip()
