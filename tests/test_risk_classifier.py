"""The embedding risk classifier: offline embeddings, the shipped model file, clear examples."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np
import pytest

from mindhaven.risk.classifier import MODEL_FILE, ClassifierAssessor, RiskClassifier
from mindhaven.risk.embeddings import MiniLMEmbedder, get_embedder
from mindhaven.turn.types import RiskAssessment, RiskLevel

EXAMPLES = Path(__file__).resolve().parents[1] / "mindhaven" / "risk" / "examples"
CATEGORIES = (
    "suicidal_thoughts", "suicidal_behaviour", "self_harm", "harm_to_others", "abuse",
    "substance_emergency", "panic", "psychosis", "risk_taking", "medical_emergency",
)


@pytest.fixture(scope="module")
def classifier():
    return RiskClassifier.load()


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted in an offline test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# --- embeddings ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["minilm", "minilm-dq", "e5"])
def test_embeddings_are_unit_vectors_of_384(name, no_network):
    vectors = get_embedder(name).embed(["I want to die", "How do I kill a Python process?", ""])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize("name", ["minilm", "minilm-dq", "e5"])
def test_embeddings_place_similar_meanings_closer(name):
    a, b, c = get_embedder(name).embed(["I want to end my life", "I am thinking about killing myself",
                                         "What is the weather like in Lisbon?"])
    assert a @ b > a @ c + 0.1


def test_minilm_batches_match_single_texts():
    embedder = get_embedder("minilm")
    texts = ["short", "a somewhat longer sentence about how my week has been going", "mid length text"]
    batch = embedder.embed(texts)
    single = np.vstack([embedder.embed([t]) for t in texts])
    assert np.allclose(batch, single, atol=1e-4)


def test_quantized_minilm_is_the_float_model_within_rounding_and_batch_free(tmp_path):
    from mindhaven.risk.quantize import SHA256, build

    texts = ["I want to end my life", "ok", "a somewhat longer sentence about how my week has been going"]
    quantized, original = get_embedder("minilm-dq"), get_embedder("minilm")
    assert ((quantized.embed(texts) * original.embed(texts)).sum(axis=1) > 0.97).all()
    # One text at a time: a text's vector never depends on what else is being read.
    assert np.array_equal(quantized.embed(texts), np.vstack([quantized.embed([t]) for t in texts]))
    whole, _ = quantized.embed_parts(texts[2], [(0, 9)])
    assert np.allclose(whole, quantized.embed([texts[2]])[0], atol=1e-6)
    import hashlib

    assert hashlib.sha256(build(tmp_path / "encoder.onnx").read_bytes()).hexdigest() == SHA256


def test_the_classifier_reads_the_quantized_encoder(classifier):
    assert classifier.embedder_name == "minilm-dq"


def test_minilm_truncates_long_texts():
    embedder = MiniLMEmbedder(max_length=16)
    assert embedder.embed(["word " * 1000]).shape == (1, 384)


# --- the shipped model -------------------------------------------------------------------------


def test_model_file_is_small_and_loads_without_pickle():
    assert MODEL_FILE.stat().st_size < 200_000
    with np.load(MODEL_FILE, allow_pickle=False) as f:
        meta = json.loads(str(f["meta"]))
        assert f["weights"].shape == (len(CATEGORIES), 384)
        assert f["level_weights"].shape == (4, 384)
    assert tuple(meta["categories"]) == CATEGORIES
    assert set(meta["thresholds"]) == set(CATEGORIES)


def test_loads_and_predicts_offline(classifier, no_network):
    out = classifier.predict(["I feel fine today"])
    assert set(out[0]) == set(CATEGORIES)


CLEAR = {
    "suicidal_thoughts": "I keep thinking about killing myself, I don't want to live anymore.",
    "suicidal_behaviour": "I have saved up enough pills and I have chosen the date to end my life.",
    "self_harm": "I cut my arms with a razor blade again last night.",
    "harm_to_others": "I am going to stab my neighbour, I have the knife ready.",
    "abuse": "My husband beats me every night and I am afraid to go home.",
    "substance_emergency": "My friend took too many drugs at the party and now he is not breathing.",
    "panic": "I'm having a panic attack, I can't breathe and my heart is pounding.",
    "psychosis": "The voices in my head are ordering me to do things and the TV is watching me.",
    "risk_taking": "I drive drunk on purpose at night because I don't care if I crash.",
    "medical_emergency": "My dad has crushing chest pain and his left arm is numb.",
}


@pytest.mark.parametrize("category", CATEGORIES)
def test_clear_example_scores_its_category_highest(classifier, category):
    probs = classifier.predict([CLEAR[category]])[0]
    top3 = sorted(probs, key=probs.get, reverse=True)[:3]
    assert category in top3, probs
    assert probs[category] >= classifier.thresholds[category], probs


@pytest.mark.parametrize("text", [
    "How do I kill a Python process?",
    "This exam is killing me lol",
    "What's a good recipe for dinner tonight?",
])
def test_everyday_text_is_not_a_crisis(classifier, text):
    prediction = classifier.classify([text])[0]
    assert not (set(classifier.flagged(prediction)) & {"suicidal_thoughts", "suicidal_behaviour", "self_harm"})
    assert prediction.level <= RiskLevel.LOW


def test_levels_rise_with_severity(classifier):
    none, imminent = classifier.levels(["Had a lovely walk in the park with my dog.",
                                        "I just swallowed the whole bottle of pills, goodbye."])
    assert none == RiskLevel.NONE and imminent >= RiskLevel.HIGH


def test_probabilities_are_probabilities_and_deterministic(classifier):
    texts = list(CLEAR.values())
    first = classifier.classify(texts)
    again = classifier.classify(list(reversed(texts)))[::-1]
    for a, b in zip(first, again, strict=True):
        assert all(0.0 <= p <= 1.0 for p in a.categories.values())
        assert all(abs(a.categories[c] - b.categories[c]) < 1e-3 for c in CATEGORIES)
        assert list(a.level_at_least) == sorted(a.level_at_least, reverse=True)


def test_assessor_reads_risk_split_across_messages(classifier):
    assessor = ClassifierAssessor(classifier)
    alone = assessor.assess("I have the pills from the cupboard now.", [])
    split = assessor.assess("I have the pills from the cupboard now.", ["I want to end my life."])
    assert isinstance(split, RiskAssessment)
    assert split.level >= alone.level and split.level >= RiskLevel.MODERATE
    assert {"suicidal_thoughts", "suicidal_behaviour"} & set(split.categories)
    assert all(s.source.startswith("classifier") for s in split.signals)


# --- our labelled examples ---------------------------------------------------------------------


def test_examples_cover_every_category_level_and_language():
    rows = [json.loads(line) for path in EXAMPLES.glob("*.jsonl") for line in path.read_text().splitlines() if line]
    assert {c for r in rows for c in r["categories"]} == set(CATEGORIES)
    assert {r["level"] for r in rows} == {"none", "low", "moderate", "high", "imminent"}
    assert {r["lang"] for r in rows} >= {"en", "es", "fr", "pt", "de", "hi"}
    assert sum(not r["categories"] for r in rows) >= 100  # negatives and distress without a category


def test_newton_logistic_regression_separates_toy_data():
    from mindhaven.risk.classifier import sigmoid
    from mindhaven.risk.train import fit_binary

    rng = np.random.RandomState(0)
    x = rng.normal(size=(200, 5))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(float)
    coef, bias = fit_binary(x, y, np.ones(200), l2=0.1)
    accuracy = np.mean((sigmoid(x @ coef + bias) >= 0.5) == y)
    assert accuracy > 0.95 and coef[0] > coef[1] > abs(coef[2])
