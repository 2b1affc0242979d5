"""Classification metrics on plain lists: no scikit-learn needed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn


def prf(y_true: Sequence[int], y_pred: Sequence[int]) -> PRF:
    """Precision, recall and F1 of the positive class; 0.0 where a ratio has no denominator."""
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    tp, fp = int(np.sum(t & p)), int(np.sum(~t & p))
    fn, tn = int(np.sum(t & ~p)), int(np.sum(~t & ~p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, tp, fp, fn, tn)


def pr_curve(y_true: Sequence[int], scores: Sequence[float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(precision, recall, threshold) at every distinct score, highest threshold first.

    A threshold t flags every item with score >= t.
    """
    t = np.asarray(y_true, dtype=bool)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s, t = s[order], t[order]
    tp = np.cumsum(t)
    fp = np.cumsum(~t)
    last = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]  # the last index of each distinct score
    positives = max(int(t.sum()), 1)
    return tp[last] / (tp[last] + fp[last]), tp[last] / positives, s[last]


def recall_at_precision(y_true: Sequence[int], scores: Sequence[float],
                        min_precision: float) -> tuple[float, float | None]:
    """The highest recall at any threshold whose precision is at least ``min_precision``,
    and that threshold (None when no threshold reaches the precision, or there are no positives)."""
    if not any(y_true):
        return 0.0, None
    precision, recall, thresholds = pr_curve(y_true, scores)
    ok = np.nonzero((precision >= min_precision - 1e-12) & (recall > 0))[0]
    if not len(ok):
        return 0.0, None
    best = ok[np.argmax(recall[ok])]
    return float(recall[best]), float(thresholds[best])


def average_precision(y_true: Sequence[int], scores: Sequence[float]) -> float:
    """Area under the precision-recall curve, as a step function (scikit-learn's definition)."""
    if not any(y_true):
        return 0.0
    precision, recall, _ = pr_curve(y_true, scores)
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def confusion_matrix(y_true: Sequence[int], y_pred: Sequence[int], n_classes: int) -> np.ndarray:
    """Rows: true class, columns: predicted class."""
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred, strict=True):
        matrix[t, p] += 1
    return matrix


def per_class(y_true: Sequence[int], y_pred: Sequence[int], n_classes: int) -> list[PRF]:
    """One-vs-rest precision/recall/F1 for each class of a multi-class labelling."""
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    return [prf(t == k, p == k) for k in range(n_classes)]
