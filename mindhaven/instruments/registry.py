"""The instruments MindHaven can administer: one data file each, loaded once into typed definitions.

Adding an instrument is adding a TOML file here (and its scoring rule, if it is not a plain sum).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources as package_files

from mindhaven.instruments.types import AnswerOption, Band, Coding, EnableWhen, Instrument, Item, SafetyRule
from mindhaven.turn.types import RiskLevel

INSTRUMENT_FILES = ("phq9.toml", "gad7.toml", "phq2.toml", "gad2.toml", "cssrs_screener.toml")
SCORING_RULES = ("sum", "cssrs-triage")


def _read(name: str) -> dict:
    with package_files.files("mindhaven.instruments").joinpath(name).open("rb") as f:
        return tomllib.load(f)


def _coding(data: dict) -> Coding:
    return Coding(data["system"], data["code"], data.get("display", ""))


def _answer_sets() -> dict[str, tuple[AnswerOption, ...]]:
    return {
        name: tuple(
            AnswerOption(o["value"], o["text"], _coding(o["code"]), tuple(o.get("aliases", ()))) for o in options
        )
        for name, options in _read("answer_sets.toml").items()
    }


def _item(data: dict, answer_sets: dict[str, tuple[AnswerOption, ...]]) -> Item:
    return Item(
        link_id=data["link_id"],
        text=data["text"],
        options=answer_sets[data["options"]],
        coding=_coding(data["code"]) if "code" in data else None,
        scored=data.get("scored", True),
        required=data.get("required", True),
        enable_when=tuple(EnableWhen(c["question"], c["operator"], c["answer"]) for c in data.get("enable_when", ())),
        enable_behavior=data.get("enable_behavior", "all"),
        detail=data.get("detail", ""),
    )


def _instrument(data: dict, answer_sets: dict[str, tuple[AnswerOption, ...]]) -> Instrument:
    if data["scoring"] not in SCORING_RULES:
        raise ValueError(f"{data['key']}: unknown scoring rule {data['scoring']!r}")
    return Instrument(
        key=data["key"],
        name=data["name"],
        title=data["title"],
        stem=data["stem"],
        items=tuple(_item(i, answer_sets) for i in data["items"]),
        scoring=data["scoring"],
        coding=_coding(data["code"]),
        total_coding=_coding(data["total_code"]),
        bands=tuple(Band(b["low"], b["high"], b["label"]) for b in data.get("bands", ())),
        positive_at=data.get("positive_at"),
        max_prorated_missing=data.get("max_prorated_missing", 0),
        positive_follow_up=data.get("positive_follow_up"),
        safety=tuple(
            SafetyRule(r["item"], r["at_least"], RiskLevel[r["risk"].upper()], r["reason"], r.get("follow_up"))
            for r in data.get("safety", ())
        ),
        copyright=data.get("copyright", ""),
    )


@lru_cache(maxsize=1)
def instruments() -> dict[str, Instrument]:
    """Every instrument, by key, in the order of INSTRUMENT_FILES."""
    answer_sets = _answer_sets()
    loaded = (_instrument(_read(name), answer_sets) for name in INSTRUMENT_FILES)
    return {i.key: i for i in loaded}


def get_instrument(key: str | Instrument) -> Instrument:
    if isinstance(key, Instrument):
        return key
    try:
        return instruments()[key]
    except KeyError:
        raise ValueError(f"unknown instrument {key!r}; known: {', '.join(instruments())}") from None
