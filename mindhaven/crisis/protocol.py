"""Deterministic, safe-messaging wording for crisis replies. No LLM writes any of this."""

from __future__ import annotations

from mindhaven.crisis.directory import CountryEntry, host_of
from mindhaven.turn.types import CrisisResource, RiskLevel


def format_resource(r: CrisisResource) -> str:
    ways = []
    if r.phone:
        ways.append(f"call {r.phone}")
    if r.text:
        ways.append(r.text[0].lower() + r.text[1:] if r.text[:4].lower() == "text" else f"text {r.text}")
    if r.url and not ways:
        ways.append(host_of(r.url))
    line = f"• {r.name}: {' or '.join(ways)}"
    if r.hours:
        line += f" ({r.hours})"
    if r.url and (r.phone or r.text):
        line += f", {host_of(r.url)}"
    return line


def resource_lines(resources: list[CrisisResource], limit: int = 4) -> str:
    order = {"crisis_line": 0, "text_line": 1, "chat": 2, "youth": 3, "lgbtq": 4, "domestic_violence": 5, "directory": 6}
    chosen = sorted((r for r in resources if r.kind != "emergency"), key=lambda r: order.get(r.kind, 9))[:limit]
    return "\n".join(format_resource(r) for r in chosen)


def emergency_phrase(country: CountryEntry) -> str:
    if country.emergency:
        return f"call {country.emergency}"
    return "call your local emergency number"


def crisis_reply(level: RiskLevel, country: CountryEntry, resources: list[CrisisResource]) -> str:
    emergency = emergency_phrase(country)
    if level >= RiskLevel.IMMINENT:
        opening = (
            f"I'm really worried about your safety right now. Please {emergency} now, "
            "or ask someone near you to call for you. If you have taken something or hurt yourself, "
            "tell them exactly what happened. Help can reach you right now."
        )
    else:
        opening = (
            "Thank you for telling me. I'm taking what you've said seriously, and I'm glad you reached out. "
            "Are you safe right now? "
            f"If you might act on these thoughts soon, please {emergency} or go to the nearest emergency department."
        )
    return (
        f"{opening}\n\n"
        "I'm an AI, so I can't be there with you, but trained people can talk with you now, for free:\n"
        f"{resource_lines(resources)}\n\n"
        "If you can, put some distance between yourself and anything you could use to hurt yourself, "
        "and let someone nearby know how you're feeling. I'm still here if you want to keep talking."
    )


def resources_note(country: CountryEntry, resources: list[CrisisResource]) -> str:
    return (
        "\n\nYou don't have to carry this alone. If things feel like too much, you can talk to someone now:\n"
        f"{resource_lines(resources, limit=3)}\n"
        f"If you are in immediate danger, please {emergency_phrase(country)}."
    )
