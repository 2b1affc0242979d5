"""The crisis protocol as shown outside a chat turn (after a questionnaire's safety answer or a
check-in's note): in the conversation's language, with its country's verified lines, checked like
every reply."""

from __future__ import annotations

from mindhaven.crisis import protocol
from mindhaven.crisis.directory import Directory
from mindhaven.turn.check_output import StreamGuard, allowed_from, checked_protocol_text
from mindhaven.turn.types import RiskLevel


def checked_crisis_reply(locale: str, country_code: str, directory: Directory,
                         level: RiskLevel = RiskLevel.HIGH) -> str:
    country = directory.for_country(country_code)
    lang = protocol.language_for(locale, country)
    text = protocol.crisis_reply(level, country, directory.resources_for(country.code), lang)
    return "".join(checked_protocol_text(text, StreamGuard(allowed_from(directory))))
