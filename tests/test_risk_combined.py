"""The live assessor: the lexicon decides and explains; the classifier widens it to moderate at most."""

from __future__ import annotations

import numpy as np
import pytest

from mindhaven.risk.classifier import RiskClassifier
from mindhaven.risk.combined import CombinedAssessor, crisis_score, fused_score, ranking_score
from mindhaven.runtime import build_assessor
from mindhaven.turn.types import RiskLevel

CATEGORIES = (
    "suicidal_thoughts", "suicidal_behaviour", "self_harm", "harm_to_others", "abuse",
    "substance_emergency", "panic", "psychosis", "risk_taking", "medical_emergency",
)


class WordEmbedder:
    """Two dimensions: how many of the marked words a text holds, and a constant. Counts its calls."""

    name, dim = "words", 2

    def __init__(self, marked: dict[str, float]):
        self.marked, self.calls = marked, []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[sum(v for w, v in self.marked.items() if w in t.lower()), 1.0] for t in texts])


def small_classifier(marked: dict[str, float]) -> tuple[RiskClassifier, WordEmbedder]:
    """P(suicidal thoughts) = sigmoid(score - 2): 0.12 for no marked word, 0.5 at a score of 2."""
    weights = np.zeros((len(CATEGORIES), 2))
    bias = np.full(len(CATEGORIES), -8.0)
    weights[0], bias[0] = [1.0, -2.0], 0.0
    meta = {"categories": list(CATEGORIES), "thresholds": dict.fromkeys(CATEGORIES, 0.5), "embedder": "words",
            "fusion": {"rule": "mean", "threshold": 0.3}}
    model = RiskClassifier(weights, bias, np.zeros((4, 2)), np.full(4, -8.0), meta)
    embedder = WordEmbedder(marked)
    model._embedder = embedder
    return model, embedder


def test_the_rule_is_the_mean_or_the_max():
    assert fused_score(0.5, 0.2, "mean") == pytest.approx(0.35)
    assert fused_score(0.5, 0.2, "max") == 0.5


def test_the_ranking_puts_every_lexicon_finding_above_any_classifier_only_reading():
    lexicon_high_classifier_unsure = ranking_score(0.75, 0.05, "mean")
    lexicon_low = ranking_score(0.25, 0.0, "mean")
    classifier_only_certain = ranking_score(0.0, 1.0, "mean")
    assert lexicon_high_classifier_unsure > lexicon_low > classifier_only_certain
    assert ranking_score(0.5, 0.9, "mean") > ranking_score(0.5, 0.1, "mean")  # ties broken by the classifier
    assert classifier_only_certain == fused_score(0.0, 1.0, "mean")


def test_what_the_lexicon_misses_is_flagged_low_with_the_sentence_that_drove_it():
    model, _ = small_classifier({"weightless": 4.0})
    risk = CombinedAssessor(model).assess("The weather was fine. I feel weightless and far away from everything.", [])
    assert risk.level == RiskLevel.LOW  # for a human to read; the person's reply does not change
    (signal,) = risk.signals
    assert signal.source == "classifier" and signal.category == "suicidal_thoughts"
    assert signal.level == RiskLevel.LOW
    assert signal.phrase == "I feel weightless and far away from everything."
    assert risk.categories == {"suicidal_thoughts": 0.25}


def test_below_the_threshold_the_lexicon_reading_stands():
    model, _ = small_classifier({"weightless": 2.5})  # P = 0.62: the mean with 0 is 0.31, just above 0.3
    assert CombinedAssessor(model).assess("I feel weightless", []).signals
    model, _ = small_classifier({"weightless": 2.3})  # P = 0.57: the mean is 0.29, below
    risk = CombinedAssessor(model).assess("I feel weightless", [])
    assert risk.level == RiskLevel.NONE and not risk.signals


def test_where_the_lexicon_finds_suicidal_or_self_harm_risk_the_classifier_is_not_asked():
    model, embedder = small_classifier({"weightless": 9.0})
    assessor = CombinedAssessor(model)
    low = assessor.assess("I feel weightless and I wish I could just disappear", [])
    assert low.level == RiskLevel.LOW and crisis_score(low) == 0.25
    assert {s.source for s in low.signals} == {"lexicon:en"}  # already flagged, with its phrase
    assert embedder.calls == []


def test_what_the_lexicon_rates_moderate_or_above_is_not_read_again():
    model, embedder = small_classifier({"weightless": 9.0})
    risk = CombinedAssessor(model).assess("I have the pills ready and I will take them all tonight", [])
    assert risk.level >= RiskLevel.HIGH
    assert embedder.calls == []  # the crisis reply is never held up by the classifier
    assert all(s.source != "classifier" for s in risk.signals)


def test_the_classifier_never_raises_the_level_above_low():
    model, _ = small_classifier({"weightless": 50.0})
    assert CombinedAssessor(model).assess("weightless weightless weightless", []).level == RiskLevel.LOW


def test_the_explanation_comes_from_the_same_pass_as_the_reading(live):
    text = "We had pasta for dinner. I don't see the point of waking up tomorrow or any day after it."
    spans = [(0, 24), (25, len(text))]
    whole, parts = live.classifier.classify_parts(text, spans)
    (alone,) = live.classifier.classify([text])
    assert whole.crisis == pytest.approx(alone.crisis, abs=1e-3)
    assert parts[1].crisis > parts[0].crisis


# --- the shipped model, as every live turn uses it ----------------------------------------------


@pytest.fixture(scope="module")
def live():
    return build_assessor()


def test_every_live_turn_uses_the_combined_assessor(live):
    assert isinstance(live, CombinedAssessor)


@pytest.mark.parametrize("text", [
    "I don't know how much longer I can keep pretending to be okay for everyone.",
    "I keep writing goodbye letters in my head. Everyone would cope fine without me, probably better.",
    "Some nights I look at the pills in the cupboard for a long time.",
])
def test_indirect_disclosures_are_flagged(live, text):
    risk = live.assess(text, [])
    assert risk.level >= RiskLevel.LOW and set(risk.categories) & {"suicidal_thoughts", "suicidal_behaviour", "self_harm"}


@pytest.mark.parametrize("text", [
    "I went for a run this morning and I feel great",
    "my sister borrowed my hair straightener and broke it, so annoying",
    "can you help me plan meals for the week?",
    "Took my vitamins and had a long walk by the river, lovely day",
    "Estoy cansada después del trabajo, pero bien.",
])
def test_everyday_messages_are_not_flagged(live, text):
    risk = live.assess(text, [])
    assert risk.level == RiskLevel.NONE and not risk.signals
