"""The second risk signal: logistic regression over a sentence embedding.

One binary head per category gives a probability; four cumulative heads P(level >= k), k = low ..
imminent, give an ordinal level estimate. The weights are a small .npz file in models/, read with
numpy alone (no pickle); the embedder is named in the file. Train with ``python -m mindhaven.risk.train``.

This is never the only signal: the lexicon explains, the classifier widens recall (docs/evaluation.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mindhaven.turn.types import RiskAssessment, RiskLevel, RiskSignal

MODEL_FILE = Path(__file__).resolve().parent / "models" / "risk_classifier.npz"
CRISIS_CATEGORIES = ("suicidal_thoughts", "suicidal_behaviour", "self_harm")


@dataclass(frozen=True)
class Prediction:
    categories: dict[str, float]  # every category's probability
    level: RiskLevel
    level_at_least: tuple[float, ...]  # P(level >= low), ..., P(level >= imminent)

    @property
    def crisis(self) -> float:
        """The probability of the likeliest suicidal or self-harm category."""
        return max(self.categories[c] for c in CRISIS_CATEGORIES)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # = 1 / (1 + exp(-z)), without overflow


class RiskClassifier:
    def __init__(self, weights: np.ndarray, bias: np.ndarray, level_weights: np.ndarray,
                 level_bias: np.ndarray, meta: dict):
        self.weights, self.bias = weights, bias
        self.level_weights, self.level_bias = level_weights, level_bias
        self.meta = meta
        self.categories: list[str] = meta["categories"]
        self.thresholds: dict[str, float] = meta["thresholds"]
        self.embedder_name: str = meta["embedder"]
        self._embedder = None

    @classmethod
    def load(cls, path: Path | None = None) -> RiskClassifier:
        with np.load(path or MODEL_FILE, allow_pickle=False) as f:
            meta = json.loads(str(f["meta"]))
            return cls(f["weights"], f["bias"], f["level_weights"], f["level_bias"], meta)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:  # a file object: np.savez would append .npz to other names
            np.savez_compressed(
                f, weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
                level_weights=self.level_weights.astype(np.float32),
                level_bias=self.level_bias.astype(np.float32), meta=np.array(json.dumps(self.meta, sort_keys=True)),
            )

    @property
    def embedder(self):
        if self._embedder is None:
            from mindhaven.risk.embeddings import get_embedder

            self._embedder = get_embedder(self.embedder_name)
        return self._embedder

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder.embed(list(texts))

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        """Each text's probability for every category."""
        return [p.categories for p in self.classify(texts)]

    def levels(self, texts: list[str]) -> list[RiskLevel]:
        return [p.level for p in self.classify(texts)]

    def classify(self, texts: list[str]) -> list[Prediction]:
        return self.classify_embeddings(self.embed(texts))

    def classify_parts(self, text: str, spans: list[tuple[int, int]]) -> tuple[Prediction, list[Prediction]]:
        """The text's prediction and one per character span of it (its sentences), from one pass
        of the embedder where it can (MiniLM's token states), else from embedding each part."""
        embed_parts = getattr(self.embedder, "embed_parts", None)
        if embed_parts is not None:
            whole, parts = embed_parts(text, spans)
            x = np.vstack([whole[None, :], parts])
        else:
            x = self.embed([text] + [text[lo:hi] for lo, hi in spans])
        whole_prediction, *part_predictions = self.classify_embeddings(x)
        return whole_prediction, part_predictions

    def classify_embeddings(self, x: np.ndarray) -> list[Prediction]:
        probs = sigmoid(x @ self.weights.T + self.bias)
        # P(level >= k) can only fall as k rises; the level is the highest k still at 0.5 or more.
        at_least = np.minimum.accumulate(sigmoid(x @ self.level_weights.T + self.level_bias), axis=1)
        levels = (at_least >= 0.5).sum(axis=1)
        return [
            Prediction({c: round(float(p), 4) for c, p in zip(self.categories, row, strict=True)},
                       RiskLevel(int(level)), tuple(round(float(v), 4) for v in cum))
            for row, level, cum in zip(probs, levels, at_least, strict=True)
        ]

    def flagged(self, prediction: Prediction) -> dict[str, float]:
        """The categories whose probability reaches the threshold chosen on validation data."""
        return {c: p for c, p in prediction.categories.items() if p >= self.thresholds[c]}


class ClassifierAssessor:
    """The classifier behind the same interface as LexiconAssessor.

    Like the lexicon's trajectory rule, the last earlier message is also read together with the
    current one, so risk split across two messages is seen.
    """

    name = "classifier"

    def __init__(self, classifier: RiskClassifier | None = None):
        self.classifier = classifier or RiskClassifier.load()

    def assess(self, text: str, history: list[str]) -> RiskAssessment:
        texts = [text] + ([f"{history[-1]} {text}"] if history else [])
        predictions = self.classifier.classify(texts)
        level = max(p.level for p in predictions)
        categories: dict[str, float] = {}
        signals = []
        for source, p in zip(("classifier", "classifier-trajectory"), predictions, strict=False):
            for category, prob in self.classifier.flagged(p).items():
                categories[category] = max(categories.get(category, 0.0), prob)
                signals.append(RiskSignal(category, max(p.level, RiskLevel.LOW), f"p={prob:.2f}", source))
        if categories and level == RiskLevel.NONE:
            level = RiskLevel.LOW
        return RiskAssessment(level=RiskLevel(level), categories=categories, signals=signals)

    reassess = assess
