"""Turn one system's judgements on one data set into the numbers the report shows."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from mindhaven.evaluation.datasets import CATEGORIES, Item
from mindhaven.evaluation.metrics import PRF, average_precision, confusion_matrix, per_class, prf, recall_at_precision
from mindhaven.evaluation.systems import Judgement

LEVELS = ("none", "low", "moderate", "high", "imminent")


@dataclass
class Scores:
    n: int
    positives: int
    negatives: int
    decision: PRF | None  # the system's own yes/no decision on "suicidal or self-harm"
    recall_at_80: float | None
    recall_at_90: float | None
    average_precision: float | None
    false_alarm_rate: float | None  # flagged share of the known negatives
    categories: dict[str, PRF] = field(default_factory=dict)
    level_confusion: np.ndarray | None = None
    levels: list[PRF] = field(default_factory=list)
    # group -> [flagged positives, positives, flagged others, others] ("others": negative or unknown)
    groups: dict[str, list[int]] = field(default_factory=dict)


def score(items: list[Item], judgements: list[Judgement]) -> Scores:
    known = [n for n, i in enumerate(items) if i.crisis is not None]
    y = [items[n].crisis for n in known]
    s = [judgements[n].score for n in known]
    f = [judgements[n].flagged for n in known]
    pos, neg = sum(y), len(y) - sum(y)
    result = Scores(len(items), pos, neg, None, None, None, None, None)
    if pos:
        result.decision = prf(y, f)
        result.recall_at_80 = recall_at_precision(y, s, 0.80)[0]
        result.recall_at_90 = recall_at_precision(y, s, 0.90)[0]
        result.average_precision = average_precision(y, s)
    if neg:
        result.false_alarm_rate = sum(fl for fl, t in zip(f, y, strict=True) if not t) / neg
    for c in CATEGORIES:
        idx = [n for n, i in enumerate(items) if c in i.categories]
        truth = [items[n].categories[c] for n in idx]
        if idx and any(truth):
            result.categories[c] = prf(truth, [c in judgements[n].categories for n in idx])
    lv = [n for n, i in enumerate(items) if i.level is not None]
    if lv:
        truth = [items[n].level for n in lv]
        pred = [judgements[n].level for n in lv]
        result.level_confusion = confusion_matrix(truth, pred, len(LEVELS))
        result.levels = per_class(truth, pred, len(LEVELS))
    for n, item in enumerate(items):
        counts = result.groups.setdefault(item.group, [0, 0, 0, 0])
        offset = 0 if item.crisis == 1 else 2
        counts[offset] += int(judgements[n].flagged)
        counts[offset + 1] += 1
    return result
