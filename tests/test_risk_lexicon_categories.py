"""The ten risk categories, in English: each one's ladder and its everyday look-alikes."""

from __future__ import annotations

import pytest

from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.risk.lexicon import CATEGORIES
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


def test_the_ten_categories():
    assert CATEGORIES == (
        "suicidal_thoughts", "suicidal_behaviour", "self_harm", "harm_to_others", "abuse",
        "substance_emergency", "panic", "psychosis", "risk_taking", "medical_emergency",
    )


# (text, level of the category, category). The category reaches that level exactly.
CASES = [
    # suicidal thoughts and behaviour
    ("i just want it all to end", MODERATE, "suicidal_thoughts"),
    ("honestly i hate my life", LOW, "suicidal_thoughts"),
    ("ive been thinking about jumping off the bridge near my flat", MODERATE, "suicidal_thoughts"),
    ("im about to jump", IMMINENT, "suicidal_behaviour"),
    ("by the time you read this ill be gone", IMMINENT, "suicidal_behaviour"),
    ("I've decided I'm going to hang myself", HIGH, "suicidal_behaviour"),
    # self-harm
    ("i burned myself with a lighter again", MODERATE, "self_harm"),
    ("relapsed on sh last night after 3 months clean", MODERATE, "self_harm"),
    ("i cut too deep and i think it needs stitches", HIGH, "self_harm"),
    # harm to others
    ("I want to hurt him", MODERATE, "harm_to_others"),
    ("sometimes i get these thoughts about hurting my baby and it scares me", MODERATE, "harm_to_others"),
    ("i'm going to stab my stepdad", HIGH, "harm_to_others"),
    ("I'm going to kill him tonight, I have the knife", IMMINENT, "harm_to_others"),
    # abuse
    ("my boyfriend checks my phone and controls my money", LOW, "abuse"),
    ("my dad hits me when he drinks", MODERATE, "abuse"),
    ("he hits me and I'm scared to go home", HIGH, "abuse"),
    ("he choked me last night", HIGH, "abuse"),
    ("he's outside with a knife", IMMINENT, "abuse"),
    ("he's trying to break down the door", IMMINENT, "abuse"),
    # substance emergency
    ("i think i took too much", HIGH, "substance_emergency"),
    ("mixed xanax with vodka at the party", HIGH, "substance_emergency"),
    ("alcohol withdrawal and i'm shaking uncontrollably and hallucinating", HIGH, "substance_emergency"),
    ("I took 10 pills of something and feel weird", IMMINENT, "substance_emergency"),
    ("my friend took something and now he's not breathing", IMMINENT, "substance_emergency"),
    # panic
    ("i'm so anxious i can't focus", LOW, "panic"),
    ("having a panic attack in the toilets at work", MODERATE, "panic"),
    ("I can't breathe, my heart is racing, I think I'm dying", MODERATE, "panic"),
    # psychosis and severe dissociation
    ("nothing feels real lately, like im in a dream", LOW, "psychosis"),
    ("i keep hearing voices when nobody is there", MODERATE, "psychosis"),
    ("the tv is sending messages to me", MODERATE, "psychosis"),
    ("the voices tell me to hurt myself", HIGH, "psychosis"),
    ("the voices are telling me to jump right now", IMMINENT, "psychosis"),
    # dangerous risk-taking
    ("i drove home drunk again", MODERATE, "risk_taking"),
    ("I drove 150 on the motorway drunk on purpose", HIGH, "risk_taking"),
    ("walked into traffic on purpose to see if id feel anything", HIGH, "risk_taking"),
    ("im driving drunk right now", IMMINENT, "risk_taking"),
    # medical emergency
    ("i fainted at the bus stop", MODERATE, "medical_emergency"),
    ("ive been throwing up blood", HIGH, "medical_emergency"),
    ("chest pain and my arm is numb", IMMINENT, "medical_emergency"),
    ("i think im having a stroke my face is drooping", IMMINENT, "medical_emergency"),
    ("my throat is closing up after the peanuts", IMMINENT, "medical_emergency"),
]


@pytest.mark.parametrize(("text", "level", "category"), CASES)
def test_category_reaches_its_level(assessor, text, level, category):
    assessment = assessor.assess(text, [])
    assert assessment.categories.get(category) == level / IMMINENT, (assessment.categories, assessment.signals)
    assert assessment.level >= level


def test_every_category_is_covered():
    assert {c for _, _, c in CASES} == set(CATEGORIES)


def test_voices_commanding_self_harm_is_psychosis_and_self_harm(assessor):
    assessment = assessor.assess("the voices tell me to hurt myself", [])
    assert assessment.categories["psychosis"] == HIGH / IMMINENT
    assert "self_harm" in assessment.categories


def test_a_weapon_after_intent_to_harm_raises_it(assessor):
    assessment = assessor.assess("I've got a knife", ["I want to hurt him so bad"])
    assert assessment.categories["harm_to_others"] >= HIGH / IMMINENT


# Everyday language that shares words with the categories: none, or at most low.
@pytest.mark.parametrize(
    "text",
    [
        "my mom is gonna kill me when she sees my grades",
        "I'm going to kill my brother lol he ate my fries",
        "i could kill for a pizza rn",
        "he hit me up last night about the party",
        "she kicked me out of the group chat",
        "my brother beat me at fifa again",
        "I took 2 paracetamol for my headache",
        "I had too much coffee and feel weird",
        "I took too many photos at the wedding",
        "i can't breathe lmao this meme",
        "I hear voices in the hallway, the neighbours are loud",
        "we watched a film about a guy who hears voices",
        "I'm going to end it with my boyfriend",
        "I have a plan for the weekend",
        "I want to die my hair blue",
        "the gym is killing me",
        "this heat is going to be the death of me",
        "my heart is racing he texted back!!",
        "in the game I killed him with a headshot",
        "my phone is dead again",
    ],
)
def test_everyday_look_alikes_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i want to unalive myself", "suicidal_thoughts"),
        ("thinking about sewerslide", "suicidal_thoughts"),
        ("s3lf h4rm again", "self_harm"),
        ("i want to k i l l myself", "suicidal_thoughts"),
        ("$uicide", "suicidal_thoughts"),
    ],
)
def test_obfuscated_spellings(assessor, text, category):
    assessment = assessor.assess(text, [])
    assert assessment.level >= MODERATE
    assert category in assessment.categories


def test_denial_then_disclosure_is_high(assessor):
    assert assessor.assess("no I'm fine… actually I have the rope", []).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "what if someone wanted to die",
        "the song goes 'I wanna die'",
        'my favourite lyric is "i want to die in your arms tonight"',
        "in the movie he kills himself",
        "my friend said she wants to die",
        'my friend said "I want to kill myself" and I do not know what to do',
    ],
)
def test_hypotheticals_media_and_reported_speech_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_listening_to_a_song_then_disclosing_still_counts(assessor):
    assert assessor.assess("I was listening to a sad song and now I want to die", []).level >= MODERATE


def test_english_signals_name_their_language():
    signals = signals_in("I want to hurt him")
    assert signals and all(s.source == "lexicon:en" for s in signals)
