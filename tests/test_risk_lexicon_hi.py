"""Hindi in Devanagari, and romanised Hindi (Hinglish) as it is typed in chat."""

from __future__ import annotations

import pytest

from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.risk.normalize import fold
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


HINGLISH = [
    ("kaash main paida hi na hota", LOW, "suicidal_thoughts"),
    ("zindagi se thak gayi hu", LOW, "suicidal_thoughts"),
    ("mujhe marna hai", MODERATE, "suicidal_thoughts"),
    ("muje marna h yaar", MODERATE, "suicidal_thoughts"),
    ("main marna chahta hu", MODERATE, "suicidal_thoughts"),
    ("jeene ka mann nahi karta", MODERATE, "suicidal_thoughts"),
    ("jeene ka man nhi krta ab", MODERATE, "suicidal_thoughts"),
    ("main khud ko khatam kar lunga", HIGH, "suicidal_behaviour"),
    ("main khudko khatm kr lungi", HIGH, "suicidal_behaviour"),
    ("aaj raat khud ko khatam kar lunga", IMMINENT, "suicidal_behaviour"),
    ("maine saari neend ki goliyan kha li", IMMINENT, "suicidal_behaviour"),
    ("mera pati mujhe maarta hai", MODERATE, "abuse"),
    ("mera pati mujhe maarta hai aur mujhe ghar jane se dar lagta hai", HIGH, "abuse"),
    ("usko jaan se maar dunga", HIGH, "harm_to_others"),
    ("maine 10 goliyan kha li aur ajeeb lag raha hai", IMMINENT, "substance_emergency"),
    ("saans nahi aa rahi, panic attack aa raha hai", MODERATE, "panic"),
    ("awaazein kehti hain khud ko maar do", HIGH, "psychosis"),
    ("seene mein dard aur haath sunn ho gaya", IMMINENT, "medical_emergency"),
]

DEVANAGARI = [
    ("काश मैं पैदा ही न होता", LOW, "suicidal_thoughts"),
    ("मुझे मरना है", MODERATE, "suicidal_thoughts"),
    ("मैं मरना चाहता हूँ", MODERATE, "suicidal_thoughts"),
    ("जीने का मन नहीं करता", MODERATE, "suicidal_thoughts"),
    ("मैं ख़ुद को ख़त्म कर लूँगा", HIGH, "suicidal_behaviour"),  # nukta and chandrabindu
    ("मैं खुद को खत्म कर लूंगा", HIGH, "suicidal_behaviour"),  # typed without them
    ("मैंने सारी नींद की गोलियाँ खा ली हैं", IMMINENT, "suicidal_behaviour"),
    ("मेरा पति मुझे मारता है और मुझे घर जाने से डर लगता है", HIGH, "abuse"),
    ("वो चाकू लेकर बाहर खड़ा है", IMMINENT, "abuse"),
    ("सांस नहीं आ रही", MODERATE, "panic"),
    ("आवाज़ें कहती हैं खुद को मार दो", HIGH, "psychosis"),
    ("सीने में दर्द हो रहा है और बायां हाथ सुन्न है", IMMINENT, "medical_emergency"),
]


@pytest.mark.parametrize(("text", "level", "category"), HINGLISH + DEVANAGARI)
def test_level_and_category(assessor, text, level, category):
    assessment = assessor.assess(text, [])
    assert assessment.level == level, assessment.signals
    assert assessment.categories.get(category) == level / IMMINENT, assessment.categories


@pytest.mark.parametrize(
    "text",
    [
        "mujhe nahi marna",  # negated
        "main marna nahi chahta",
        "main kabhi khud ko khatam nahi karunga",
        "मैं मरना नहीं चाहता",
        "मुझे नहीं मरना",
        "bhook se mar raha hu",  # hyperbole
        "भूख से मर रहा हूँ",
        "tere liye jaan de dunga",  # a lover's cliché
        "mar gaye yaar itna kaam",
        "gaane mein hai mujhe marna hai",  # lyrics
        "mera dost keh raha tha mujhe marna hai",  # someone else's words
        "kal exam hai yaar tension ho rahi hai",
        "मैं आज बहुत थका हुआ हूँ",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_a_new_clause_after_a_negation_is_not_negated(assessor):
    assert assessor.assess("koi nahi samajhta mujhe marna hai", []).level == MODERATE


def test_folding_keeps_devanagari_vowel_signs_and_viramas():
    assert fold("क्या तुम ठीक हो?") == "क्या तुम ठीक हो?"
    assert fold("ज़िंदगी") == "जिंदगी"  # only the nukta goes
    assert fold("हूँ") == "हूं"


def test_signals_say_hindi_and_keep_the_phrase():
    signals = signals_in("मुझे मरना है")
    assert [(s.source, s.phrase) for s in signals] == [("lexicon:hi", "मुझे मरना है")]
