"""Stage 4, route: a deterministic crisis protocol at high risk, an LLM reply otherwise."""

from __future__ import annotations

from mindhaven.crisis import protocol
from mindhaven.crisis.directory import Directory
from mindhaven.turn.types import Assessed, RiskLevel, Route, Routed


def route(assessed: Assessed, directory: Directory) -> Routed:
    level = assessed.risk.level
    country = directory.for_country(assessed.deidentified.received.country)
    resources = directory.resources_for(country.code)
    lang = protocol.language_for(assessed.deidentified.received.locale, country)
    note = protocol.resources_note(country, resources, lang)
    if level >= RiskLevel.HIGH:
        reply = protocol.crisis_reply(level, country, resources, lang)
        return Routed(assessed, Route.CRISIS_PROTOCOL, resources, note, protocol_reply=reply)
    chosen = Route.CRISIS_AWARE if level == RiskLevel.MODERATE else Route.SUPPORTIVE
    return Routed(assessed, chosen, resources, note)
