"""A check-in's note read for crisis risk, as a chat message is, so a disclosure written there is not
left in a chart nobody watches.

The note goes through the turn's own de-identify and assess-risk stages (the lexicon in the
person's own words, the classifier on the de-identified text; the chat's earlier messages are not
counted again). At high or imminent risk the person is shown the deterministic crisis protocol with
their country's verified lines and the on-call humans get an escalation, stored with the check-in in
one transaction; at moderate risk they are shown the verified lines. No model writes any of it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from mindhaven.crisis import protocol
from mindhaven.crisis.directory import Directory
from mindhaven.crisis.reply import checked_crisis_reply, protocol_message
from mindhaven.guard.rules import Allowed
from mindhaven.storage.repository import NewEscalation, NewMessage
from mindhaven.turn.assess_risk import Assessor, assess_risk
from mindhaven.turn.deidentify import SpanFinder, deidentify
from mindhaven.turn.types import ConversationState, Received, RiskAssessment, RiskLevel

REASON = "check_in_note"


@dataclass(frozen=True)
class NoteFollowUp:
    risk: RiskAssessment
    crisis_reply: str | None = None  # high or imminent: the crisis protocol, stored as a message
    escalation: NewEscalation | None = None  # sent with it, in the same transaction
    support_note: str | None = None  # moderate: the verified lines, shown and not stored

    @property
    def reply_message(self) -> NewMessage | None:
        return None if self.crisis_reply is None else protocol_message(self.crisis_reply)


def follow_up(note: str, state: ConversationState, finder: SpanFinder, assessor: Assessor,
              directory: Directory, allowed: Allowed) -> NoteFollowUp:
    if not note.strip():
        return NoteFollowUp(RiskAssessment(RiskLevel.NONE, {}, []))
    alone = dataclasses.replace(state, history=[], own_words=[])
    received = Received(state.conversation_id, note, state.locale, state.country, alone)
    risk = assess_risk(deidentify(received, finder), assessor).risk
    if risk.level >= RiskLevel.HIGH:
        reply = checked_crisis_reply(state.locale, state.country, directory, allowed, risk.level)
        return NoteFollowUp(risk, reply, NewEscalation.from_risk(risk, state.country, REASON))
    if risk.level == RiskLevel.MODERATE:
        country = directory.for_country(state.country)
        lang = protocol.language_for(state.locale, country)
        lines = protocol.resources_note(country, directory.resources_for(country.code), lang)
        return NoteFollowUp(risk, support_note=lines.strip())
    return NoteFollowUp(risk)
