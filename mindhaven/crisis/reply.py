"""The crisis protocol as shown outside a chat turn (after a questionnaire's safety answer or a
check-in's note): in the conversation's language, with its country's verified lines, checked like
every reply."""

from __future__ import annotations

from mindhaven.crisis import protocol
from mindhaven.crisis.directory import Directory
from mindhaven.guard.rules import Allowed
from mindhaven.storage.repository import NewMessage
from mindhaven.turn.check_output import StreamGuard, checked_protocol_text
from mindhaven.turn.types import RiskLevel, Role, Route


def checked_crisis_reply(locale: str, country_code: str, directory: Directory, allowed: Allowed,
                         level: RiskLevel = RiskLevel.HIGH) -> str:
    """``allowed``: the directory's verified contacts (``TurnPipeline.allowed``), built once per process."""
    country = directory.for_country(country_code)
    lang = protocol.language_for(locale, country)
    text = protocol.crisis_reply(level, country, directory.resources_for(country.code), lang)
    return "".join(checked_protocol_text(text, StreamGuard(allowed)))


def protocol_message(reply: str) -> NewMessage:
    """The crisis reply as stored in the conversation, so the person finds it in the chat too."""
    return NewMessage(Role.ASSISTANT, reply, reply, route=Route.CRISIS_PROTOCOL.value, source="protocol")
