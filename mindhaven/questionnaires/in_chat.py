"""A questionnaire asked inside the chat, one item at a time: the words MindHaven says, and what each reply of
the person's does (answers the item, asks to stop, or is unclear). Deterministic: no model writes any of it.

The turn decides when this runs (turn/route.py): never instead of the crisis protocol, and a reply that names
no answer but carries risk ends the questionnaire so the person is answered as a person, not re-asked.
The wording is English; the instruments' items are in English too (docs/instruments.md).
"""

from __future__ import annotations

import re

from mindhaven.instruments import Result, get_instrument, score
from mindhaven.instruments.conversation import next_item, parse_reply
from mindhaven.instruments.types import Instrument, Item
from mindhaven.turn.types import QuestionnaireInChat, QuestionnaireStep

COMPLETED, STOPPED, PAUSED = "completed", "stopped", "paused"
MAX_UNCLEAR = 2  # after this many unclear replies in a row, stop asking and listen instead
_STOP = re.compile(
    r"^\s*(?:please\s+)?(?:stop|cancel|quit|exit|end it here|not now|no more|enough|skip (?:it|this|the rest)|"
    r"i(?:'d| would)? (?:like|want) to stop|can we stop|let'?s stop)(?: (?:please|now|this|it|here))*\W*$",
    re.IGNORECASE,
)
STOPPED_REPLY = ("Okay, we'll stop the questionnaire here; your answers so far were not saved. You can start it "
                 "again from the mood page whenever you like. I'm still here if you'd like to talk.")
UNCLEAR_REPLY = "I didn't catch which answer that was."


def opening(instrument: str) -> str:
    """What MindHaven says to start: what it is, its instruction, and the first item."""
    inst = get_instrument(instrument)
    first = next_item(inst, {})
    return (f"Let's go through the {inst.name} together, one question at a time. {inst.stem}\n\n"
            f"{question(inst, first, {})}")


def question(inst: Instrument, item: Item, answers: dict[str, int]) -> str:
    number = len(answers) + 1
    if {o.text.lower() for o in item.options} == {"yes", "no"}:
        how = "Answer yes or no"
    else:
        how = "Answer with one of: " + "; ".join(f"{o.value} {o.text}" for o in item.options)
    return f"{number}. {item.text}\n{how}. (Say \u201cstop\u201d to finish here.)"


def step(current: QuestionnaireInChat, reply: str, carries_risk: bool) -> QuestionnaireStep:
    """What the person's ``reply`` does to the questionnaire in progress. ``carries_risk``: the turn's own risk
    assessment found something in it worth more than a re-asked question."""
    inst = get_instrument(current.instrument)
    item = next_item(inst, current.answers)
    if item is None:  # nothing left to ask (not normally reached: a finished one is closed)
        return _completed(current, inst, current.answers, score(inst, current.answers))
    if _STOP.match(reply):
        return QuestionnaireStep(current.id, current.answers, 0, STOPPED, STOPPED_REPLY)
    value = parse_reply(item, reply)
    if value is None:
        if carries_risk or current.unclear >= MAX_UNCLEAR:
            return QuestionnaireStep(current.id, current.answers, current.unclear + 1, PAUSED, "")
        return QuestionnaireStep(current.id, current.answers, current.unclear + 1, None,
                                 f"{UNCLEAR_REPLY}\n\n{question(inst, item, current.answers)}")
    answers = {**current.answers, item.link_id: value}
    following = next_item(inst, answers)
    result = score(inst, answers)
    if following is None or result.crisis:  # a safety answer is acted on now, not after the remaining items
        return _completed(current, inst, answers, result)
    return QuestionnaireStep(current.id, answers, 0, None, question(inst, following, answers))


def _completed(current: QuestionnaireInChat, inst: Instrument, answers: dict[str, int],
               result: Result) -> QuestionnaireStep:
    return QuestionnaireStep(current.id, answers, 0, COMPLETED, finished_text(inst, result), result)


def finished_text(inst: Instrument, result: Result) -> str:
    """Thanks and the score; after a safety answer only thanks (the crisis protocol follows it)."""
    if result.crisis:
        return f"Thank you for telling me. Let's leave the rest of the {inst.name} for now."
    if result.total is None:
        return f"Thank you for answering the {inst.name} questions."
    most = sum(max(o.value for o in item.options) for item in inst.scored_items)
    if inst.positive_at is not None and inst.positive_follow_up:  # a short screen: say what the score suggests
        longer = get_instrument(inst.positive_follow_up).name
        meaning = (f"On this short screen {inst.positive_at} or more means the longer {longer} is worth answering; "
                   "you can do that from the mood page." if result.positive_screen
                   else f"That is under {inst.positive_at}, where the longer {longer} would be suggested.")
    else:
        meaning = f"That is in the range usually called \u201c{result.band}\u201d."
    return (f"Thank you for answering all of the {inst.name}. Your score is {result.total} out of {most}. {meaning} "
            "A questionnaire score is not a diagnosis: it can help you and a professional you trust see how things "
            "are going.")
