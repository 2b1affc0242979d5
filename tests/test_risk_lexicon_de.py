"""German: written as people write in chat (lower case, oe/ue for umlauts, "hab", "nich")."""

from __future__ import annotations

import pytest

from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


CASES = [
    ("ich kann nicht mehr", LOW, "suicidal_thoughts"),
    ("ich bin nur eine last fuer alle", LOW, "suicidal_thoughts"),
    ("ich will sterben", MODERATE, "suicidal_thoughts"),
    ("ich moechte einfach nur tot sein", MODERATE, "suicidal_thoughts"),
    ("ich will nicht mehr leben", MODERATE, "suicidal_thoughts"),
    ("ich will nich mehr leben", MODERATE, "suicidal_thoughts"),
    ("ich denke oft daran, mich umzubringen", MODERATE, "suicidal_thoughts"),
    ("ich bring mich um", HIGH, "suicidal_behaviour"),
    ("ich hab schon einen abschiedsbrief geschrieben", HIGH, "suicidal_behaviour"),
    ("heute nacht bring ich mich um", IMMINENT, "suicidal_behaviour"),
    ("ich hab grad alle meine schlaftabletten geschluckt", IMMINENT, "suicidal_behaviour"),
    ("ich stehe auf der bruecke", IMMINENT, "suicidal_behaviour"),
    ("ich ritze mich wieder", MODERATE, "self_harm"),
    ("ich will ihn umbringen", MODERATE, "harm_to_others"),
    ("ich bring ihn heute nacht um, ich hab ein messer", IMMINENT, "harm_to_others"),
    ("mein freund schlaegt mich", MODERATE, "abuse"),
    ("er schlägt mich und ich hab angst nach hause zu gehen", HIGH, "abuse"),
    ("er steht vor der tuer mit einem messer", IMMINENT, "abuse"),
    ("ich hab 10 tabletten genommen und mir ist komisch", IMMINENT, "substance_emergency"),
    ("ich krieg keine luft, mein herz rast, ich hab das gefuehl ich sterbe", MODERATE, "panic"),
    ("die stimmen sagen ich soll mich umbringen", HIGH, "psychosis"),
    ("bin absichtlich besoffen mit 200 ueber die autobahn gefahren", HIGH, "risk_taking"),
    ("brustschmerzen und mein linker arm ist taub", IMMINENT, "medical_emergency"),
]


@pytest.mark.parametrize(("text", "level", "category"), CASES)
def test_level_and_category(assessor, text, level, category):
    assessment = assessor.assess(text, [])
    assert assessment.level == level, assessment.signals
    assert assessment.categories.get(category) == level / IMMINENT, assessment.categories


@pytest.mark.parametrize(
    "text",
    [
        "ich will nicht sterben",  # negated
        "ich habe nicht vor, mich umzubringen",
        "ich würde mich nie umbringen",
        "ich sterbe vor langeweile",  # hyperbole
        "ich lach mich tot",
        "das bringt mich noch um",
        "der film war zum sterben langweilig",
        "ich hab mich beim kochen geschnitten",
        "was wäre, wenn jemand sterben will?",  # hypothetical
        "im lied heißt es ich will sterben",  # lyrics
        "meine freundin sagt sie will sterben",  # someone else
        "ich hab 2 tabletten gegen kopfschmerzen genommen",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_denial_then_disclosure_is_high(assessor):
    assert assessor.assess("nein alles gut... eigentlich hab ich das seil", []).level >= HIGH


def test_umlauts_and_their_spellings_match_alike(assessor):
    for text in ("ich möchte sterben", "ich moechte sterben", "ich mochte sterben"):
        assert assessor.assess(text, []).level == MODERATE


def test_signals_say_german_and_keep_the_phrase():
    signals = signals_in("ich will sterben")
    assert [(s.source, s.phrase) for s in signals] == [("lexicon:de", "ich will sterben")]
