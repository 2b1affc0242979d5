"""The name model: its training data keeps every span on its words, and the shipped model, in place of
spaCy's own recognizer, finds names the rules and spaCy miss without taking ordinary words for names."""

from __future__ import annotations

import json
import random

import pytest

from mindhaven.privacy import train_names
from mindhaven.privacy.analyzer import PERSON_NER, SPACY_MODEL, Analyzer, get_analyzer


@pytest.fixture(scope="module")
def drawer():
    return train_names.Drawer(random.Random(1))


def test_rewritten_sentence_keeps_spans_on_the_new_values(drawer):
    text = "Anna Smith moved from Leeds with Bob and Mary J. Blige."
    spans = [(0, 10, "PERSON"), (33, 36, "PERSON"), (41, 54, "PERSON")]
    for _ in range(20):
        new, new_spans = train_names.rewritten(text, spans, drawer)
        assert len(new_spans) == 3 and new.endswith(".") and " moved from Leeds with " in new and " and " in new
        assert len(new[new_spans[2][0] : new_spans[2][1]].split()) == 3  # with a middle initial
        first = new[new_spans[0][0] : new_spans[0][1]]
        assert len(first.split()) >= 2  # a full name stays a full name
        assert all(new[s:e].strip() == new[s:e] and new[s:e] for s, e, _ in new_spans)


def test_lowercase_names_stay_lowercase(drawer):
    new, spans = train_names.rewritten("i miss priya so much", [(7, 12, "PERSON")], drawer)
    assert new[spans[0][0] : spans[0][1]].islower()
    filled, slots = train_names.filled("my sister {first} keeps calling {full}", drawer)
    assert filled.islower() and [label for *_, label in slots] == ["PERSON", "PERSON"]
    assert filled.startswith("my sister ") and " keeps calling " in filled


def test_our_own_training_sentences_parse():
    lines = [line for line in (train_names.Path(train_names.__file__).parent / "training" / "name_templates.txt")
             .read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    negatives = [line for line in lines if line.startswith("-")]
    assert len(negatives) >= 30 and len(lines) - len(negatives) >= 40
    assert not any(train_names._SLOT.search(line) for line in negatives)


def test_the_shipped_model_and_its_training_record_are_there():
    assert (PERSON_NER / "model").stat().st_size > 1_000_000
    record = json.loads(train_names.METRICS_FILE.read_text("utf-8"))
    assert record["seed"] == train_names.SEED and record["data"]["training sentences in all"] > 3000


@pytest.fixture(scope="module")
def analyzers():
    return get_analyzer(), Analyzer(SPACY_MODEL, person_ner=False)


def names(analyzer, text: str) -> list[str]:
    return [text[s.start : s.end] for s in analyzer.find(text) if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("honestly wenqi is the only one who listens", "wenqi"),
    ("honestly tuyet gets it more than anyone", "tuyet"),
])
def test_the_model_finds_lowercase_names_the_rules_miss(analyzers, text, name):
    with_model, without_model = analyzers
    assert names(with_model, text) == [name]
    assert names(without_model, text) == []


@pytest.mark.parametrize("text", [
    "i met haile at the bus stop and we talked for ages",  # the model also tags "ages"
    "I've been taking Sertraline since March.",
    "Spotify keeps playing the same sad songs.",
    "I Can't Stop Crying Tonight",
    "Our dog Biscuit died last week.",
    "i keep rewatching brooklyn nine nine",
    "ngl i feel like crap today smh",
])
def test_the_model_adds_no_ordinary_words(analyzers, text):
    with_model, without_model = analyzers
    assert names(with_model, text) == names(without_model, text)
    assert "ages" not in names(with_model, text)


def test_the_model_reads_english_only(analyzers):
    with_model, _ = analyzers
    assert names(with_model, "Ich stehe auf der Brücke und denke an nichts.") == []

