"""The systems compared by the crisis evaluation, each run over a list of items in one batch.

Every system returns, per item, a ``Judgement``: a crisis score (for precision-recall curves),
its own yes/no crisis decision, a level and the categories it flags.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from mindhaven.evaluation.datasets import CRISIS_CATEGORIES, Item
from mindhaven.turn.types import RiskLevel

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Judgement:
    score: float  # higher = more likely suicidal or self-harm
    flagged: bool  # the system's own decision
    level: int
    categories: frozenset[str] = field(default_factory=frozenset)


@dataclass
class Run:
    system: str
    judgements: list[Judgement]
    seconds: float

    @property
    def per_second(self) -> float:
        return len(self.judgements) / self.seconds if self.seconds else float("inf")


def timed(system: str, fn: Callable[[list[Item]], list[Judgement]], items: list[Item]) -> Run:
    start = time.perf_counter()
    judgements = fn(items)
    return Run(system, judgements, time.perf_counter() - start)


# --- (a) keyword baseline ----------------------------------------------------------------------

KEYWORDS = {
    "suicidal_thoughts": re.compile(r"\b(?:suicid\w*|kill(?:ing)? myself|die|want to die|end my life)\b", re.I),
    "self_harm": re.compile(r"\b(?:self[- ]?harm\w*|cut(?:ting)? myself|hurt(?:ing)? myself)\b", re.I),
}


def keyword_baseline(items: list[Item]) -> list[Judgement]:
    """The naive filter: a few obvious words, in English, on the current message only."""
    out = []
    for item in items:
        cats = frozenset(c for c, pattern in KEYWORDS.items() if pattern.search(item.text))
        out.append(Judgement(float(bool(cats)), bool(cats), int(RiskLevel.MODERATE if cats else RiskLevel.NONE), cats))
    return out


# --- (b) lexicon ---------------------------------------------------------------------------------


def lexicon(items: list[Item]) -> list[Judgement]:
    from mindhaven.risk.assessor import LexiconAssessor

    assessor = LexiconAssessor()
    out = []
    for item in items:
        a = assessor.assess(item.text, list(item.history))
        score = max((a.categories.get(c, 0.0) for c in CRISIS_CATEGORIES), default=0.0)
        out.append(Judgement(score, score > 0, int(a.level), frozenset(a.categories)))
    return out


# --- (c) classifier --------------------------------------------------------------------------------


def classifier(items: list[Item], model=None) -> list[Judgement]:
    """Batched ClassifierAssessor: the message, and the last earlier message joined to it."""
    from mindhaven.risk.classifier import RiskClassifier

    model = model or RiskClassifier.load()
    texts = [i.text for i in items]
    joined_for = [n for n, i in enumerate(items) if i.history]
    texts += [f"{items[n].history[-1]} {items[n].text}" for n in joined_for]
    predictions = model.classify(texts)
    best = predictions[: len(items)]
    extra = dict(zip(joined_for, predictions[len(items) :], strict=True))
    out = []
    for n, p in enumerate(best):
        candidates = [p] + ([extra[n]] if n in extra else [])
        flagged: set[str] = set()
        for c in candidates:
            flagged |= set(model.flagged(c))
        level = max(int(c.level) for c in candidates)
        if flagged and level == 0:
            level = int(RiskLevel.LOW)
        score = max(c.crisis for c in candidates)
        out.append(Judgement(score, bool(flagged & set(CRISIS_CATEGORIES)), level, frozenset(flagged)))
    return out


# --- (d) combined ----------------------------------------------------------------------------------


def combine(lex: list[Judgement], clf: list[Judgement]) -> list[Judgement]:
    """Lexicon OR classifier: flag when either flags, the higher level, the union of categories.
    The score is the larger of the two, so the curve of the combination can be drawn as well."""
    return [
        Judgement(max(a.score, b.score), a.flagged or b.flagged, max(a.level, b.level), a.categories | b.categories)
        for a, b in zip(lex, clf, strict=True)
    ]


def live(items: list[Item], model=None) -> list[Judgement]:
    """(d') the live assessor (``CombinedAssessor``, as ``build_assessor()`` makes it), item by item.
    Its decision is the live one (any suicidal or self-harm signal, the classifier's low-level flag
    included); the score for the curves ranks as the live assessor does: the lexicon's findings
    first, then what only the classifier adds (``ranking_score``)."""
    from mindhaven.risk.assessor import LexiconAssessor
    from mindhaven.risk.classifier import RiskClassifier
    from mindhaven.risk.combined import CombinedAssessor, crisis_score, ranking_score

    model = model or RiskClassifier.load()
    lexicon = LexiconAssessor()
    conversations = [(i.text, list(i.history)) for i in items]
    risks = CombinedAssessor(model, lexicon).assess_many(conversations)
    readings = model.classify([i.text for i in items])
    out = []
    for (text, history), risk, reading in zip(conversations, risks, readings, strict=True):
        score = ranking_score(crisis_score(lexicon.assess(text, history)), reading.crisis, model.meta["fusion"]["rule"])
        out.append(Judgement(score, crisis_score(risk) > 0, int(risk.level), frozenset(risk.categories)))
    return out
