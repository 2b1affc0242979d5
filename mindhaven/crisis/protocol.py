"""Deterministic, safe-messaging wording for crisis replies, in the person's language.

No LLM writes any of this: the sentences come from wording.toml and every contact from the
verified directory.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources as package_files

from mindhaven.crisis.directory import CountryEntry, by_kind, host_of
from mindhaven.turn.types import CrisisResource, RiskLevel



@lru_cache(maxsize=1)
def wording() -> dict[str, dict[str, str]]:
    with package_files.files("mindhaven.crisis").joinpath("wording.toml").open("rb") as f:
        return tomllib.load(f)


def language_for(locale: str | None, country: CountryEntry) -> str:
    """The person's language if we have wording for it, else the country's main one, else English."""
    for candidate in [(locale or "").split("-")[0].lower(), *country.languages]:
        if candidate in wording():
            return candidate
    return "en"


def format_resource(r: CrisisResource, lang: str = "en") -> str:
    w = wording()[lang]
    ways = []
    if r.phone:
        ways.append(w["call"].format(phone=r.phone))
    if r.text:
        ways.append(r.text[0].lower() + r.text[1:] if lang == "en" and r.text[:4].lower() == "text"
                    else w["text"].format(text=r.text))
    if r.url and not ways:
        ways.append(host_of(r.url))
    line = f"• {r.name}: {w['or'].join(ways)}"
    if r.hours:
        line += f" ({r.hours})"
    if r.url and (r.phone or r.text):
        line += f", {host_of(r.url)}"
    return line


def resource_lines(resources: list[CrisisResource], limit: int = 4, lang: str = "en") -> str:
    chosen = by_kind(r for r in resources if r.kind != "emergency")[:limit]
    return "\n".join(format_resource(r, lang) for r in chosen)


def emergency_phrase(country: CountryEntry, lang: str = "en") -> str:
    w = wording()[lang]
    return w["emergency_call"].format(number=country.emergency) if country.emergency else w["emergency_unknown"]


def crisis_reply(level: RiskLevel, country: CountryEntry, resources: list[CrisisResource], lang: str = "en",
                 human_present: bool = False) -> str:
    """``human_present``: a supporter or clinician has joined the chat, so the reply does not say no one can be
    there with the person."""
    w = wording()[lang]
    opening = w["opening_imminent"] if level >= RiskLevel.IMMINENT else w["opening_high"]
    people = w["people_available_with_human"] if human_present else w["people_available"]
    return (
        f"{opening.format(emergency=emergency_phrase(country, lang))}\n\n"
        f"{people}\n{resource_lines(resources, lang=lang)}\n\n{w['closing']}"
    )


def human_left_note(lang: str = "en") -> str:
    """Said before the AI's first reply after a handoff ended because the person waited too long. It names
    no one: the AI reads it back with the history, and the person's banner showed who it was."""
    return wording()[lang]["human_left"]


def resources_note(country: CountryEntry, resources: list[CrisisResource], lang: str = "en") -> str:
    w = wording()[lang]
    return (
        f"\n\n{w['note_intro']}\n{resource_lines(resources, limit=3, lang=lang)}\n"
        f"{w['note_danger'].format(emergency=emergency_phrase(country, lang))}"
    )
