"""Stage 3, assess risk: the lexicon assessor's levels on the C-SSRS ladder."""

from __future__ import annotations

import pytest

from mindhaven.risk.assessor import HISTORY_WINDOW, LexiconAssessor
from mindhaven.risk import normalize as normalize_module
from mindhaven.risk.lexicons import de, fr, hi
from mindhaven.risk.normalize import fold, normalize
from mindhaven.turn.assess_risk import assess_risk
from mindhaven.turn.types import (
    ChatMessage,
    ConversationState,
    Deidentified,
    Received,
    RiskLevel,
    Role,
)

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


def level(assessor, text: str, history: list[str] | None = None) -> RiskLevel:
    return assessor.assess(text, history or []).level


# --- none ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "work is stressful",
        "I had a rough day and I'm exhausted",
        "my boss is killing me",
        "this exam is killing me",
        "I'm dying of embarrassment",
        "that joke killed me",
        "I killed it at the gig",
        "I'm dead tired",
    ],
)
def test_ordinary_distress_and_hyperbole_are_none(assessor, text):
    assessment = assessor.assess(text, [])
    assert assessment.level == NONE
    assert assessment.signals == [] and assessment.categories == {}
    assert assessment.top_category == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I would never kill myself",
        "I'd never kill myself",
        "I'm not suicidal",
        "I’m not suicidal",  # curly apostrophe
        "im not suicidal",
        "I'm not going to kill myself",
        "I don't want to die",
        "I'm not going to hurt myself",
    ],
)
def test_negated_statements_are_none(assessor, text):
    assert level(assessor, text) == NONE


def test_going_to_die_of_boredom_is_hyperbole(assessor):
    assert level(assessor, "I'm going to die of boredom") <= LOW


# --- low -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I wish I could sleep and never wake up",
        "I wish I was dead",
        "I'm a burden to my family",
        "I feel so hopeless",
        "I just want to disappear",
    ],
)
def test_passive_wishes_are_low(assessor, text):
    assert level(assessor, text) == LOW


# --- moderate ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "kms",
        "i want to kms",
        "k1ll myself",
        "I've been thinking about suicide",
        "I want to die",
        "i wanna die",
        "I don't want to be alive anymore",
        "sometimes I think about killing myself",
        "I never thought I'd say this but I want to kill myself",
    ],
)
def test_active_thoughts_are_moderate(assessor, text):
    assert level(assessor, text) == MODERATE


@pytest.mark.parametrize(
    "text", ["I've been cutting myself", "I have been cutting myself", "I've been self harming", "I hurt myself last night"]
)
def test_self_harm_is_moderate(assessor, text):
    assessment = assessor.assess(text, [])
    assert assessment.level == MODERATE
    assert assessment.top_category == "self_harm"


def test_negation_of_something_else_does_not_cancel_intent(assessor):
    assert level(assessor, "I am not okay, I want to kill myself") >= MODERATE


def test_dont_know_why_does_not_cancel_intent(assessor):
    assert level(assessor, "I don't know why I want to kill myself") >= MODERATE


def test_nobody_would_care_if_i_killed_myself(assessor):
    assert level(assessor, "Nobody would care if I killed myself") >= MODERATE


# --- high ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have the pills saved up to end it",
        "I've saved up pills to end it",
        "I've got the pills to end it",
        "I wrote a suicide note",
        "I'm writing my suicide note",
        "I have a plan to kill myself",
        "I have the rope",
        "I'm going to end it tonight",
    ],
)
def test_plan_means_or_preparation_is_high(assessor, text):
    assert level(assessor, text) >= HIGH


def test_going_to_kill_myself_tonight_is_imminent(assessor):
    assert level(assessor, "I'm going to kill myself tonight") == IMMINENT


# --- imminent ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've just taken all my pills",
        "I just took all my pills",
        "I've taken 30 paracetamol",
        "I'm standing on the bridge",
        "I'm standing on the bridge right now",
        "I'm on the roof",
        "the rope is ready",
        "this is goodbye",
    ],
)
def test_attempt_under_way_or_means_at_hand_is_imminent(assessor, text):
    assessment = assessor.assess(text, [])
    assert assessment.level == IMMINENT
    assert assessment.categories[assessment.top_category] == 1.0


def test_took_all_my_pills_is_imminent(assessor):
    assert level(assessor, "I took all my pills") == IMMINENT


def test_took_an_overdose_is_imminent(assessor):
    assert level(assessor, "I took an overdose") >= HIGH


# --- someone else --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my friend said she wants to die",
        "my friend told me she wants to kill herself",
        "my friend wants to kill himself",
        "My mom told me she wants to die",
        "my sister is suicidal",
    ],
)
def test_reported_speech_about_someone_else_is_at_most_low(assessor, text):
    assert level(assessor, text) <= LOW


def test_someone_else_telling_the_person_to_kill_themselves_still_counts(assessor):
    # "myself" in the match means it is about the person, even after "she said".
    assert level(assessor, "she said I should kill myself and I think I want to kill myself") >= MODERATE


# --- history and trajectory ----------------------------------------------------------------


def test_high_disclosure_in_history_keeps_next_turn_at_least_moderate(assessor):
    history = ["I have a plan to kill myself on friday"]
    assert level(assessor, history[0]) >= HIGH
    assessment = assessor.assess("anyway, how are you?", history)
    assert assessment.level >= MODERATE
    assert any(s.source == "history" and s.message_index == 0 for s in assessment.signals)


def test_imminent_disclosure_in_history_keeps_next_turn_high(assessor):
    assert level(assessor, "ok", ["I'm going to kill myself tonight"]) >= HIGH


def test_history_counts_one_level_lower(assessor):
    assessment = assessor.assess("hello", ["I wrote a suicide note"])
    assert assessment.level == MODERATE
    history_levels = {s.phrase: s.level for s in assessment.signals if s.source == "history"}
    assert history_levels["wrote a suicide note"] == MODERATE


def test_history_beyond_the_window_is_forgotten(assessor):
    history = ["I wrote a suicide note"] + ["fine thanks"] * HISTORY_WINDOW
    assert level(assessor, "hello", history) == NONE


def test_risk_split_across_messages_is_at_least_high(assessor):
    assessment = assessor.assess("I have the rope", ["I want to end it"])
    assert assessment.level >= HIGH


def test_intent_then_bought_means_is_at_least_high(assessor):
    assert level(assessor, "I bought a rope", ["I want to die"]) >= HIGH


def test_end_it_then_got_the_pills_is_at_least_high(assessor):
    assert level(assessor, "I've got the pills", ["I want to end it"]) >= HIGH


# --- signals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "category"),
    [
        ("I wrote a suicide note", "wrote a suicide note", "suicidal_behaviour"),
        ("I've been cutting myself", "cutting myself", "self_harm"),
        ("I wish I could sleep and never wake up", "wish i could sleep and never wake up", "suicidal_thoughts"),
        ("I'm standing on the bridge", "i am standing on the bridge", "suicidal_behaviour"),
        ("k1ll myself", "kill myself", "suicidal_thoughts"),  # the phrase as normalised
    ],
)
def test_signals_carry_the_matched_phrase(assessor, text, phrase, category):
    assessment = assessor.assess(text, [])
    matching = [s for s in assessment.signals if s.phrase == phrase]
    assert matching, [s.phrase for s in assessment.signals]
    signal = matching[0]
    assert signal.category == category
    assert signal.source == "lexicon:en"  # the lexicon, and the language that matched
    assert signal.message_index == -1
    assert signal.phrase in normalize(text)
    assert signal.level <= assessment.level


def test_as_dict_reports_level_and_signals(assessor):
    d = assessor.assess("I wrote a suicide note", []).as_dict()
    assert d["level"] == "high"
    assert d["top_category"] == "suicidal_behaviour"
    assert {"category": "suicidal_behaviour", "level": "high", "phrase": "wrote a suicide note", "source": "lexicon:en"} in d[
        "signals"
    ]


def test_normalize_undoes_obfuscation():
    assert normalize("I wanna k1ll mys3lf") == "i want to kill myself"
    assert normalize("I'm gonna unalive myself") == "i am going to kill myself"
    assert normalize("I can't") == "i cannot"


# --- the stage ---------------------------------------------------------------------------------


def test_assess_risk_stage_uses_only_the_persons_earlier_messages(assessor):
    history = [
        ChatMessage(Role.USER, "I have a plan to kill myself"),
        ChatMessage(Role.ASSISTANT, "I'm going to kill myself tonight is something people say"),  # never counted
    ]
    state = ConversationState("c1", "en", "GB", history, {})
    received = Received("c1", "thanks", "en", "GB", state)
    assessed = assess_risk(Deidentified(received, "thanks", [], {}), assessor)
    assert assessed.risk.level == MODERATE  # HIGH in history, one level lower
    assert all(s.message_index == 0 for s in assessed.risk.signals)
    assert assessed.deidentified.text == "thanks"


def test_risk_is_read_in_the_persons_own_words_not_the_de_identified_text(assessor):
    """De-identification can take a typo for a name; the disclosure must still be seen."""
    from mindhaven.privacy.analyzer import get_analyzer
    from mindhaven.turn.deidentify import deidentify

    text = "im standin on the ledge of our buildng rite now its so windy up here"
    state = ConversationState("c1", "en", "GB", [], {})
    deidentified = deidentify(Received("c1", text, "en", "GB", state), get_analyzer())
    assessed = assess_risk(deidentified, assessor)
    assert assessed.risk.level == IMMINENT
    assert assessed.deidentified.text == deidentified.text  # the LLM still only sees placeholders


def test_signal_phrases_keep_no_identifier(assessor):
    """The explanation is stored and shown to staff: names in it become their placeholders."""
    state = ConversationState("c1", "en", "GB", [], {})
    text = "My friend Siobhan Kelly just sent me a goodbye message and her phone is off"
    received = Received("c1", text, "en", "GB", state)
    pseudonyms = {"[PERSON_1]": "Siobhan Kelly"}
    redacted = "My friend [PERSON_1] just sent me a goodbye message and her phone is off"
    assessed = assess_risk(Deidentified(received, redacted, [], pseudonyms), assessor)
    assert assessed.risk.level == HIGH
    phrases = [s.phrase for s in assessed.risk.signals]
    assert phrases and all("siobhan" not in p and "kelly" not in p for p in phrases)
    assert any("[PERSON_1]" in p or "[person_1]" in p for p in phrases)
    assert len(phrases) == len(set(phrases))


def test_earlier_messages_are_also_read_in_the_persons_own_words(assessor):
    """A disclosure the name model mangled one message back still counts."""
    history = [ChatMessage(Role.USER, "im [PERSON_1] on the ledge of the roof")]
    own = ["im standin on the ledge of the roof"]
    plain = ConversationState("c1", "en", "GB", history, {"[PERSON_1]": "standin"})
    with_own = ConversationState("c1", "en", "GB", history, {"[PERSON_1]": "standin"}, own_words=own)
    goodbye = "thanks for listening. goodbye"
    assert assess_risk(Deidentified(Received("c1", goodbye, "en", "GB", plain), goodbye, [], {}), assessor).risk.level == NONE
    assessed = assess_risk(Deidentified(Received("c1", goodbye, "en", "GB", with_own), goodbye, [], {}), assessor)
    assert assessed.risk.level >= HIGH


@pytest.mark.parametrize(("name", "rules", "prepare"), [
    ("en", normalize_module._SLANG, normalize_module.english),
    ("fr", fr._SLANG, fr.prepare), ("de", de._SLANG, de.prepare), ("hi", hi._SLANG, hi.prepare),
])
def test_spelling_fixes_are_skipped_only_when_they_cannot_match(name, rules, prepare):
    """The prefilter changes nothing: the same text as applying every fix in turn."""
    from mindhaven.evaluation.redteam import redteam_items

    texts = [t for item in redteam_items() for t in (*item.history, item.text)]
    texts += ["gona take all my pils tmrw", "chui pas bien tkt", "ich steh aufm dach", "mene zeher pee lia"]
    for text in texts:
        every_fix = fold(text)
        for pattern, replacement in rules:
            every_fix = pattern.sub(replacement, every_fix)
        assert prepare(fold(text)) == every_fix, (name, text)


def test_needles_finds_every_substring_a_text_holds_as_plain_in_does():
    from mindhaven.risk.assessor import LANGUAGES, _views
    from mindhaven.risk.lexicons._base import Needles

    needles = Needles(["kill", "ill", "kms", "मरना", "pills ready"])
    assert needles.found_in("i'll kill it, pills ready? मरना") == {"kill", "ill", "pills ready", "मरना"}
    assert needles.found_in("") == set() and Needles([]).found_in("anything") == set()
    for text in ["i have the pills ready and i want to kill myself tonight", "me quiero morir", "mujhe marna hai"]:
        for lang, view in _views(text):
            assert lang.needles.found_in(view) == {n for n in lang.needles.all if n in view}
