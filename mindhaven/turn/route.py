"""Stage 4, route: a deterministic crisis protocol at high risk, whoever is in the conversation; otherwise
silence from the AI while a human has taken over, the next question while a questionnaire is asked in the
chat, and an LLM reply when not. When the human who had taken over left the person waiting, the reply
starts by saying the AI is answering again."""

from __future__ import annotations

import dataclasses

from mindhaven.crisis import protocol
from mindhaven.crisis.directory import Directory
from mindhaven.questionnaires import in_chat
from mindhaven.turn.types import Assessed, RiskLevel, Route, Routed


def _written_in(assessed: Assessed) -> str | None:
    """The language the risk was expressed in, when the lexicon matched only one: the crisis
    reply should be in the words the person used, whatever the conversation's locale says."""
    found = {s.source.split(":", 1)[1] for s in assessed.risk.signals
             if s.source.startswith("lexicon:") and s.message_index == -1}
    return found.pop() if len(found) == 1 else None


def route(assessed: Assessed, directory: Directory) -> Routed:
    routed = _route(assessed, directory)
    if assessed.deidentified.received.state.human_left is None:
        return routed
    country = directory.for_country(assessed.deidentified.received.country)
    lang = protocol.language_for(assessed.deidentified.received.locale, country)
    return dataclasses.replace(routed, lead=protocol.human_left_note(lang))


def _route(assessed: Assessed, directory: Directory) -> Routed:
    state = assessed.deidentified.received.state
    level = assessed.risk.level
    if state.human is not None:
        # The person is talking with a human: the protocol answers a new disclosure of high risk, but not
        # risk carried forward from messages the human has already seen and is responding to.
        level = assessed.risk.this_message_level
    country = directory.for_country(assessed.deidentified.received.country)
    resources = directory.resources_for(country.code)
    lang = protocol.language_for(_written_in(assessed) or assessed.deidentified.received.locale, country)
    note = protocol.resources_note(country, resources, lang)
    if level >= RiskLevel.HIGH:
        reply = protocol.crisis_reply(level, country, resources, lang, human_present=state.human is not None)
        return Routed(assessed, Route.CRISIS_PROTOCOL, resources, note, protocol_reply=reply)
    if state.human is not None:
        return Routed(assessed, Route.HUMAN, resources, note)
    asked = None
    if state.questionnaire is not None:
        asked = in_chat.step(state.questionnaire, assessed.deidentified.received.text,
                             carries_risk=level >= RiskLevel.MODERATE)
        if asked.outcome != in_chat.PAUSED:
            reply = asked.reply
            if asked.result is not None and asked.result.crisis:
                reply += "\n\n" + protocol.crisis_reply(RiskLevel.HIGH, country, resources, lang)
            return Routed(assessed, Route.QUESTIONNAIRE, resources, note, protocol_reply=reply, questionnaire=asked)
    chosen = Route.CRISIS_AWARE if level == RiskLevel.MODERATE else Route.SUPPORTIVE
    return Routed(assessed, chosen, resources, note, questionnaire=asked)
