"""Train the name model: ``python -m mindhaven.privacy.train_names [--folds 5] [--epochs N]``.

spaCy's small English model finds names from their context ("... said", "Dear ..."), but it was
trained on news text, where most names are English ones; it misses "Shovda is very reliable".
This fine-tunes its entity recognizer on sentences whose names are drawn from Faker's 60 locales
with both given names and surnames, so that context and word shape count more than familiarity.
The analyzer loads it in place of the small model's own (mindhaven/privacy/analyzer.py). Data:

- presidio-synth's development templates (read in place from shared/data; the held-out templates
  of ``mindhaven eval pii`` are never read), each also written again with other names;
- the development half of our chat set (mindhaven/evaluation/pii_chat.jsonl);
- our own sentences (training/name_templates.txt): chat-style names, and capitalised words that are
  not names (medicines, apps, bands, holidays);
- CounselChat's questions, sentence by sentence, labelled by the rule-based analyzer (names are rare
  there: mostly ordinary words the model must leave alone).

The model's other entity types (places, dates, ...) are kept by rehearsal: each training sentence
carries what the original model finds there besides names. Writes models/person-ner (the spaCy
component that replaces en_core_web_sm's own "ner") and models/person-ner.metrics.json.
With ``--folds K`` nothing is written: K models are trained, each with a K-th of the development
templates kept out, and the analyzer's names on the kept-out templates are scored without and with
them. Deterministic: a fixed seed and a fixed data order.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import re
import shutil
import tempfile
import time
import zlib
from importlib import resources
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

SEED = 20261203
EPOCHS = 6
REWRITES = 3  # each development sentence with names is also written with this many other sets of names
TEMPLATE_FILLS = 6  # each of our own sentences with names is written this many times
COUNSELCHAT_SENTENCES = 2500
MODELS = Path(__file__).resolve().parent / "models"
MODEL_DIR = MODELS / "person-ner"
METRICS_FILE = MODELS / "person-ner.metrics.json"
_SLOT = re.compile(r"\{(first|last|full)\}")
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*")  # letters only, words joined by a space, ' or -


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def locale_names() -> list[tuple[list[str], list[str]]]:
    """(given names, surnames) of each Faker locale that has both in Latin script."""
    from mindhaven.privacy.lexicon import faker_person_providers, latin, listed

    locales = []
    for provider in faker_person_providers():
        given = listed(provider, "first_names") + listed(provider, "first_names_male") + \
            listed(provider, "first_names_female")
        first, last = ({v for v in values if latin(v) and _PLAIN_NAME.fullmatch(v)}
                       for values in (given, listed(provider, "last_names")))
        if first and last:
            locales.append((sorted(first), sorted(last)))
    return locales


class Drawer:
    """New names, drawn with a fixed seed from one Faker locale at a time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.locales = locale_names()

    def like(self, old: str) -> str:
        """A new name shaped like ``old``: one word, given + surname, or with a middle initial; same case."""
        first, last = self.rng.choice(self.locales)
        words = old.split()
        if len(words) == 1:
            new = self.rng.choice(first) if self.rng.random() < 0.6 else self.rng.choice(last)
        elif len(words) == 2:
            new = f"{self.rng.choice(first)} {self.rng.choice(last)}"
        else:
            new = f"{self.rng.choice(first)} {self.rng.choice(first)[0]}. {self.rng.choice(last)}"
        return new.lower() if old.islower() else new.upper() if old.isupper() and len(old) > 1 else new

    def slot(self, kind: str, lowercase: bool, locale) -> str:
        first, last = locale
        new = {"first": self.rng.choice(first), "last": self.rng.choice(last)}.get(kind) or \
            f"{self.rng.choice(first)} {self.rng.choice(last)}"
        return new.lower() if lowercase else new


Spans = list[tuple[int, int, str]]


def rewritten(text: str, spans: Spans, drawer: Drawer) -> tuple[str, Spans]:
    """``text`` with every name replaced by a new one, and the new spans."""
    return _spliced(text, [(start, end, drawer.like(text[start:end])) for start, end, _ in sorted(spans)])


def filled(template: str, drawer: Drawer) -> tuple[str, Spans]:
    """One of our own sentences with its slots filled from one locale, and the names' spans."""
    locale = drawer.rng.choice(drawer.locales)
    lowercase = template == template.lower()
    return _spliced(template, [(m.start(), m.end(), drawer.slot(m.group(1), lowercase, locale))
                               for m in _SLOT.finditer(template)])


def _spliced(text: str, pieces: list[tuple[int, int, str]]) -> tuple[str, Spans]:
    """``text`` with each (start, end) replaced by its new value, in order, and the values' PERSON spans."""
    out, spans, cursor = [], [], 0
    for start, end, value in pieces:
        if start < cursor:
            continue
        out.append(text[cursor:start])
        at = sum(map(len, out))
        out.append(value)
        spans.append((at, at + len(value), "PERSON"))
        cursor = end
    out.append(text[cursor:])
    return "".join(out), spans


@lru_cache(maxsize=1)
def rules_only():
    """The analyzer with spaCy's own recognizer, not an earlier name model: it labels CounselChat's
    sentences and is the baseline of cross-validation."""
    from mindhaven.evaluation.pii import Ours
    from mindhaven.privacy.analyzer import SPACY_MODEL

    return Ours(SPACY_MODEL, person_ner=False)


def fold_of(template_id: int, folds: int) -> int:
    return zlib.crc32(f"validate-{template_id}".encode()) % folds


# --- data ------------------------------------------------------------------------------------


def training_sentences(rng: random.Random, held_out: Callable[[int], bool] = lambda t: False
                       ) -> tuple[list[tuple[str, Spans]], dict]:
    from mindhaven.evaluation.pii import chat_samples, synth_samples

    drawer = Drawer(rng)
    sentences: list[tuple[str, Spans]] = []
    counts: dict[str, int] = {}
    synth = [s for s in synth_samples("dev") if not held_out(s.template)]
    for sample in synth:
        spans = [(g.start, g.end, "PERSON") for g in sample.gold if g.label == "PERSON"]
        sentences.append((sample.text, spans))
        for _ in range(REWRITES if spans else 0):
            sentences.append(rewritten(sample.text, spans, drawer))
    counts["presidio-synth development sentences"] = len(synth)
    chat = [s for s in chat_samples() if s.split == "dev"]
    for sample in chat:
        names = [(g.start, g.end, "PERSON") for g in sample.gold if g.label == "PERSON"]
        sentences += [(sample.text, names)] * 2
    counts["chat set, development half"] = len(chat)
    lines = resources.files("mindhaven.privacy").joinpath("training/name_templates.txt").read_text("utf-8")
    own = [line for line in lines.splitlines() if line.strip() and not line.startswith("#")]
    for line in own:
        if line.startswith("-"):
            sentences += [(line[1:], [])] * 2
        else:
            sentences += [filled(line, drawer) for _ in range(TEMPLATE_FILLS)]
    counts["our own sentences"] = len(own)
    questions = sorted(_counselchat_questions())
    rng.shuffle(questions)
    plain = [s for q in questions for s in re.split(r"(?<=[.!?])\s+", q.strip()) if 3 <= len(s.split()) <= 60]
    for sentence in plain[:COUNSELCHAT_SENTENCES]:
        sentences.append((sentence, [(x.start, x.end, "PERSON") for x in rules_only().find(sentence)
                                     if x.label == "PERSON"]))
    counts["CounselChat question sentences"] = min(len(plain), COUNSELCHAT_SENTENCES)
    counts["training sentences in all"] = len(sentences)
    return sentences, counts


def _counselchat_questions() -> set[str]:
    from mindhaven.evaluation.datasets import data_root

    with open(data_root() / "counselchat" / "20200325_counsel_chat.csv", encoding="utf-8", newline="") as f:
        return {row["questionText"] for row in csv.DictReader(f) if row["questionText"].strip()}


def examples(nlp, sentences):
    """spaCy training examples: the given spans, plus the original model's other entities."""
    from spacy.training import Example

    docs = nlp.pipe([text for text, _ in sentences], batch_size=256)
    out = []
    for (text, given), doc in zip(sentences, docs):
        spans = []
        for start, end, label in given:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append((span.start_char, span.end_char, label))
        spans += [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ != "PERSON"
                  and not any(s < e.end_char and e.start_char < t for s, t, _ in spans)]
        entities, last_end = [], -1
        for start, end, label in sorted(spans):
            if start >= last_end:
                entities.append((start, end, label))
                last_end = end
        out.append(Example.from_dict(nlp.make_doc(text), {"entities": entities}))
    return out


# --- training and validation ---------------------------------------------------------------------


def train(sentences, epochs: int, rng: random.Random):
    import spacy
    from spacy.util import fix_random_seed

    from mindhaven.privacy.analyzer import SPACY_MODEL

    fix_random_seed(SEED)
    # A separate copy labels the examples: the words of the training sentences stay in its string store,
    # not in the one written out with the model.
    data = examples(spacy.load(SPACY_MODEL, exclude=["parser"]), sentences)
    nlp = spacy.load(SPACY_MODEL, exclude=["parser"])
    losses_by_epoch = []
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(epochs):
            rng.shuffle(data)
            losses: dict[str, float] = {}
            for i in range(0, len(data), 16):
                nlp.update(data[i : i + 16], drop=0.2, sgd=optimizer, losses=losses)
            losses_by_epoch.append(round(float(losses["ner"]), 1))
            log(f"epoch {epoch + 1}/{epochs}: loss {losses_by_epoch[-1]}")
    return nlp.get_pipe("ner"), losses_by_epoch


def cross_validate(folds: int, epochs: int) -> dict:
    """PERSON precision and recall on development templates kept out of training, pooled over
    ``folds`` trainings, without and with the name model."""
    from mindhaven.evaluation.pii import Counts, Ours, run_system, synth_samples
    from mindhaven.privacy.analyzer import SPACY_MODEL

    samples = synth_samples("dev")
    pooled = {"without": Counts(), "with": Counts()}
    for fold in range(folds):
        held = [s for s in samples if fold_of(s.template, folds) == fold]
        # bandit B311 accepted: a seeded generator, so that training is repeatable; it chooses training names.
        rng = random.Random(SEED + fold)  # nosec B311
        sentences, _ = training_sentences(rng, lambda t, fold=fold: fold_of(t, folds) == fold)
        ner, _ = train(sentences, epochs, rng)
        location = Path(tempfile.mkdtemp(prefix="mindhaven-person-ner-"))
        ner.to_disk(location)
        for key, finder in (("without", rules_only()), ("with", Ours(SPACY_MODEL, person_ner=location))):
            pooled[key].add(run_system(finder, held).labels["PERSON"])
        shutil.rmtree(location)
        log(f"fold {fold + 1}/{folds}: " + ", ".join(
            f"{k} P {c.precision:.3f} R {c.recall:.3f}" for k, c in pooled.items()))
    return {key: {"precision": round(c.precision, 3), "recall": round(c.recall, 3), "names": c.tp + c.fn}
            for key, c in pooled.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0,
                        help="cross-validate over this many folds of the development templates instead")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.folds:
        print(json.dumps(cross_validate(args.folds, args.epochs), indent=1))
        return
    # bandit B311 accepted: a seeded generator, so that training is repeatable; it chooses training names.
    rng = random.Random(SEED)  # nosec B311
    sentences, counts = training_sentences(rng)
    log(f"{counts['training sentences in all']} training sentences")
    ner, losses = train(sentences, args.epochs, rng)
    MODEL_DIR.parent.mkdir(parents=True, exist_ok=True)
    ner.to_disk(MODEL_DIR)
    log(f"wrote {MODEL_DIR}")
    metrics = {"seed": SEED, "epochs": args.epochs, "rewrites": REWRITES, "template_fills": TEMPLATE_FILLS,
               "data": counts, "loss_by_epoch": losses, "seconds": round(time.perf_counter() - started),
               "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}"}
    METRICS_FILE.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {METRICS_FILE}")


if __name__ == "__main__":
    main()
