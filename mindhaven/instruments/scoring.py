"""One entry point: ``score(instrument, answers)``, whatever the instrument.

Answers are ``{link_id: value}`` (``None`` or absent: not answered). Anything else that does not
belong to the instrument raises ValueError naming the item: bad input never scores.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from math import floor

from mindhaven.instruments.cssrs import triage
from mindhaven.instruments.registry import get_instrument
from mindhaven.instruments.types import Instrument, Result, ScoreStatus
from mindhaven.turn.types import RiskLevel


def score(instrument: str | Instrument, answers: Mapping[str, int | None]) -> Result:
    inst = get_instrument(instrument)
    given = checked_answers(inst, answers)
    if inst.scoring == "cssrs-triage":
        return triage(inst, given)
    return _summed(inst, given)


def checked_answers(inst: Instrument, answers: Mapping[str, int | None]) -> dict[str, int]:
    """The answers given, each checked against its item; unanswered ones dropped."""
    given: dict[str, int] = {}
    for link_id, value in answers.items():
        item = inst.item(link_id)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{inst.name} item {link_id}: the answer must be a whole number, not {value!r}")
        if item.option(value) is None:
            allowed = ", ".join(f"{o.value} ({o.text})" for o in item.options)
            raise ValueError(f"{inst.name} item {link_id}: {value} is not one of its answers: {allowed}")
        given[link_id] = value
    for link_id in given:
        item = inst.item(link_id)
        if not item.is_enabled(given):
            raise ValueError(f"{inst.name} item {link_id} is not asked with these answers: {_condition(inst, link_id)}")
    return given


def _condition(inst: Instrument, link_id: str) -> str:
    item = inst.item(link_id)
    parts = [
        f"{c.question} {'is' if c.operator == '=' else 'above'} {inst.item(c.question).option(c.answer).text}"
        for c in item.enable_when
    ]
    joiner = " or " if item.enable_behavior == "any" else " and "
    return "asked only when " + joiner.join(parts)


def _summed(inst: Instrument, given: dict[str, int]) -> Result:
    scored = inst.scored_items
    values = [given[i.link_id] for i in scored if i.link_id in given]
    missing = tuple(i.link_id for i in scored if i.link_id not in given)
    if not missing:
        status, total = ScoreStatus.COMPLETE, sum(values)
    elif values and len(missing) <= inst.max_prorated_missing:
        status, total = ScoreStatus.PRORATED, prorated(sum(values), len(values), len(scored))
    else:
        status, total = ScoreStatus.INCOMPLETE, None

    level, reasons, follow_up = RiskLevel.NONE, [], None
    for rule in inst.safety:
        if given.get(rule.link_id, -1) >= rule.at_least and rule.risk_level > level:
            level, follow_up = rule.risk_level, rule.follow_up
            reasons = [rule.reason]
    unasked = sorted({r.link_id for r in inst.safety if r.link_id not in given})
    if unasked:
        # Silence on a safety question is not a "no": say so, and point to the instrument that asks.
        reasons += [f"{link_id} not answered: that risk was not assessed" for link_id in unasked]
        follow_up = follow_up or next(r.follow_up for r in inst.safety if r.link_id in unasked)
    positive = None if total is None or inst.positive_at is None else total >= inst.positive_at
    if follow_up is None and positive:
        follow_up = inst.positive_follow_up
    return Result(
        instrument=inst.key,
        status=status,
        total=total,
        band=None if total is None else inst.band_for(total),
        positive_screen=positive,
        crisis=level > RiskLevel.NONE,
        risk_level=level,
        answered=len(given),
        missing=missing,
        reasons=tuple(reasons),
        follow_up=follow_up,
    )


def prorated(subtotal: int, answered: int, items: int) -> int:
    """The total the answered items imply for all of them, rounded to a whole number (halves up)."""
    return floor(Fraction(subtotal * items, answered) + Fraction(1, 2))
