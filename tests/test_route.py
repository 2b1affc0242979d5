"""Stage 4, route: deterministic crisis protocol at high risk, an LLM reply otherwise."""

from __future__ import annotations

import pytest

from mindhaven.crisis.directory import Directory
from mindhaven.turn.route import route
from mindhaven.turn.types import (
    Assessed,
    ConversationState,
    HumanInCharge,
    Deidentified,
    Received,
    RiskAssessment,
    RiskLevel,
    RiskSignal,
    Route,
)




def assessed(level: RiskLevel, country: str = "GB", text: str = "message") -> Assessed:
    state = ConversationState("c1", "en", country, [], {})
    received = Received("c1", text, "en", country, state)
    deidentified = Deidentified(received, text, [], {})
    signals = [RiskSignal("suicidal_thoughts", level, "phrase", "lexicon")] if level else []
    categories = {"suicidal_thoughts": level / RiskLevel.IMMINENT} if level else {}
    return Assessed(deidentified, RiskAssessment(level, categories, signals))


# --- crisis protocol -----------------------------------------------------------------------


@pytest.mark.parametrize("level", [RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_high_and_imminent_go_to_the_crisis_protocol_with_gb_numbers(directory, level):
    routed = route(assessed(level, "GB"), directory)
    assert routed.route == Route.CRISIS_PROTOCOL
    assert routed.protocol_reply and routed.protocol_reply.strip()
    assert "116 123" in routed.protocol_reply  # Samaritans
    assert "85258" in routed.protocol_reply  # Shout
    assert "call 999" in routed.protocol_reply  # emergency
    assert "findahelpline.com" in routed.protocol_reply
    assert "I'm an AI" in routed.protocol_reply
    assert routed.append_resources is False


@pytest.mark.parametrize("level", [RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_high_and_imminent_go_to_the_crisis_protocol_with_us_numbers(directory, level):
    routed = route(assessed(level, "US"), directory)
    assert routed.route == Route.CRISIS_PROTOCOL
    assert "988" in routed.protocol_reply
    assert "call 911" in routed.protocol_reply
    assert "116 123" not in routed.protocol_reply and "999" not in routed.protocol_reply


def test_imminent_asks_for_emergency_help_now(directory):
    reply = route(assessed(RiskLevel.IMMINENT, "GB"), directory).protocol_reply
    assert reply.startswith("I'm really worried about your safety right now. Please call 999 now")


def test_high_asks_whether_the_person_is_safe(directory):
    reply = route(assessed(RiskLevel.HIGH, "GB"), directory).protocol_reply
    assert "Are you safe right now?" in reply
    assert "call 999 or go to the nearest emergency department" in reply


def test_country_code_is_matched_case_insensitively(directory):
    routed = route(assessed(RiskLevel.HIGH, "gb"), directory)
    assert "116 123" in routed.protocol_reply


def test_protocol_reply_is_deterministic(directory):
    a = route(assessed(RiskLevel.HIGH, "GB", "I wrote a note"), directory).protocol_reply
    b = route(assessed(RiskLevel.HIGH, "GB", "something else entirely"), directory).protocol_reply
    assert a == b


# --- crisis aware --------------------------------------------------------------------------


def test_moderate_is_crisis_aware_with_resources_appended(directory):
    routed = route(assessed(RiskLevel.MODERATE, "GB"), directory)
    assert routed.route == Route.CRISIS_AWARE
    assert routed.append_resources is True
    assert routed.protocol_reply is None
    assert "116 123" in routed.resources_note
    assert "call 999" in routed.resources_note


# --- supportive ----------------------------------------------------------------------------


@pytest.mark.parametrize("level", [RiskLevel.NONE, RiskLevel.LOW])
def test_none_and_low_are_supportive(directory, level):
    routed = route(assessed(level, "GB"), directory)
    assert routed.route == Route.SUPPORTIVE
    assert routed.append_resources is False
    assert routed.protocol_reply is None
    # The note is still prepared (used after a fallback or a blocked reply at low risk).
    assert "116 123" in routed.resources_note


# --- resources -----------------------------------------------------------------------------


def test_country_resources_include_the_international_directory(directory):
    routed = route(assessed(RiskLevel.MODERATE, "GB"), directory)
    names = [r.name for r in routed.resources]
    assert names == ["Samaritans", "Shout", "Find A Helpline"]


def test_routed_keeps_the_assessment(directory):
    a = assessed(RiskLevel.LOW, "GB")
    assert route(a, directory).assessed is a


# --- unknown country ---------------------------------------------------------------------


@pytest.mark.parametrize("country", ["FR", "ZZ", ""])
def test_unknown_country_uses_the_international_fallback(directory, country):
    routed = route(assessed(RiskLevel.HIGH, country), directory)
    assert routed.route == Route.CRISIS_PROTOCOL
    reply = routed.protocol_reply
    assert reply and reply.strip()
    assert "findahelpline.com" in reply
    assert "call your local emergency number" in reply
    # No other country's numbers are offered.
    for number in ("116 123", "999", "911", "988", "85258"):
        assert number not in reply
    assert [r.name for r in routed.resources] == ["Find A Helpline"]


def test_unknown_country_at_moderate_gets_the_fallback_note(directory):
    routed = route(assessed(RiskLevel.MODERATE, "FR"), directory)
    assert routed.route == Route.CRISIS_AWARE
    assert "findahelpline.com" in routed.resources_note
    assert "call your local emergency number" in routed.resources_note


# --- while a human has taken over ----------------------------------------------------------


def with_human(signals: list[RiskSignal]) -> Assessed:
    state = ConversationState("c1", "en", "GB", [], {}, human=HumanInCharge("Sam Rivera", "clinician"))
    received = Received("c1", "message", "en", "GB", state)
    level = max((s.level for s in signals), default=RiskLevel.NONE)
    return Assessed(Deidentified(received, "message", [], {}), RiskAssessment(level, {}, signals))


def test_with_a_human_in_charge_the_ai_is_silent_and_resources_follow_only_this_messages_own_risk(directory):
    calm = route(with_human([]), directory)
    assert (calm.route, calm.append_resources, calm.protocol_reply) == (Route.HUMAN, False, None)
    moderate = route(with_human([RiskSignal("suicidal_thoughts", RiskLevel.MODERATE, "want to die", "lexicon")]),
                     directory)
    assert moderate.route == Route.HUMAN and moderate.append_resources and "116 123" in moderate.resources_note
    carried = route(with_human([RiskSignal("suicidal_thoughts", RiskLevel.HIGH, "pills", "history", 0)]), directory)
    assert (carried.route, carried.append_resources) == (Route.HUMAN, False), \
        "risk the human has already seen does not bring the protocol back on every message"


def test_with_a_human_in_charge_a_new_disclosure_of_high_risk_still_gets_the_crisis_protocol(directory):
    for source in ("lexicon", "trajectory"):
        routed = route(with_human([RiskSignal("suicidal_behaviour", RiskLevel.HIGH, "the rope", source)]), directory)
        assert routed.route == Route.CRISIS_PROTOCOL and "116 123" in routed.protocol_reply
        assert "The person who joined this chat sees this too" in routed.protocol_reply, "the human is not denied"
        assert "I'm an AI" in routed.protocol_reply and "can't be there with you" not in routed.protocol_reply
