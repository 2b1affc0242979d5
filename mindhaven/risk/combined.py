"""The live assessor: the lexicon decides; the classifier marks what it misses for a human to read.

The lexicon decides every level and explains it with its phrases. Where it finds no suicidal or
self-harm risk and reads none or low, the classifier reads the message and the two scores are
fused by the rule chosen out of fold in training (docs/model-card-risk-classifier.md). A fused score at the threshold adds a classifier
signal at low level, with the sentence that drove it: the conversation is flagged as possible
suicidal or self-harm risk told indirectly, and rises in the caseload for a clinician to read.

It never changes what the person is shown. Out of fold, fewer than half of the messages the
classifier would add are really at risk (it confuses topic with risk: "I cut my hair", "I took my
pills as prescribed", a question for a nursing exam), so the crisis-aware reply, the crisis
lines and the crisis protocol stay with the lexicon's readings, which a clinician can check
phrase by phrase. A human reading a flagged conversation costs little; crisis lines shown to
someone who said they love their haircut cost the person's trust.
"""

from __future__ import annotations

import re

from mindhaven.risk.assessor import LexiconAssessor
from mindhaven.risk.classifier import CRISIS_CATEGORIES, Prediction, RiskClassifier
from mindhaven.turn.types import RiskAssessment, RiskLevel, RiskSignal

FLAGGED_AT = RiskLevel.LOW
# The explanation is the sentence the classifier scores highest, among the first this many.
MAX_SENTENCES = 12
_SENTENCE_END = re.compile(r"(?<=[.!?…।])\s+|\n+")


def crisis_score(risk: RiskAssessment) -> float:
    """The lexicon's suicidal/self-harm score: its highest such category (level / 4)."""
    return max((risk.categories.get(c, 0.0) for c in CRISIS_CATEGORIES), default=0.0)


def fused_score(lexicon: float, classifier: float, rule: str) -> float:
    return (lexicon + classifier) / 2 if rule == "mean" else max(lexicon, classifier)


def ranking_score(lexicon: float, classifier: float, rule: str) -> float:
    """One number that orders messages as the live assessor treats them: whatever the lexicon finds
    (by its level, the classifier breaking ties) above whatever only the classifier adds (by the
    fused score, at most 1). For precision-recall curves and sorting; it decides nothing."""
    if lexicon > 0:
        return 1 + lexicon + classifier / 100
    return fused_score(lexicon, classifier, rule)


class CombinedAssessor:
    name = "lexicon+classifier"

    def __init__(self, classifier: RiskClassifier | None = None, lexicon: LexiconAssessor | None = None):
        self.lexicon = lexicon or LexiconAssessor()
        self.classifier = classifier or RiskClassifier.load()
        fusion = self.classifier.meta["fusion"]
        self.rule: str = fusion["rule"]
        self.threshold: float = fusion["threshold"]

    def assess(self, text: str, history: list[str]) -> RiskAssessment:
        risk = self.lexicon.assess(text, history)
        if not asks_classifier(risk):
            return risk
        spans = sentence_spans(text)
        reading, sentences = self.classifier.classify_parts(text, spans)  # one pass for both
        return self._flagged(risk, text, reading, spans, sentences) if self.flags(risk, reading) else risk

    def assess_many(self, conversations: list[tuple[str, list[str]]]) -> list[RiskAssessment]:
        """``assess`` for many at once, as the batch command and the evaluation need: the
        classifier's readings in batches, and a second pass for the sentences of flagged ones only."""
        risks = [self.lexicon.assess(text, history) for text, history in conversations]
        asked = [n for n, risk in enumerate(risks) if asks_classifier(risk)]
        for n, reading in zip(asked, self.classifier.classify([conversations[n][0] for n in asked]), strict=True):
            if self.flags(risks[n], reading):
                text = conversations[n][0]
                spans = sentence_spans(text)
                _, sentences = self.classifier.classify_parts(text, spans)
                risks[n] = self._flagged(risks[n], text, reading, spans, sentences)
        return risks

    def flags(self, risk: RiskAssessment, reading: Prediction) -> bool:
        return fused_score(crisis_score(risk), reading.crisis, self.rule) >= self.threshold

    def _flagged(self, risk: RiskAssessment, text: str, reading: Prediction, spans: list[tuple[int, int]],
                 sentences: list[Prediction]) -> RiskAssessment:
        category = max(CRISIS_CATEGORIES, key=lambda c: reading.categories[c])
        lo, hi = max(zip(spans, sentences, strict=True), key=lambda sp: sp[1].crisis)[0] if spans else (0, len(text))
        signal = RiskSignal(category, FLAGGED_AT, _clip(text[lo:hi]), "classifier")
        # A category's score is its level / 4, as the lexicon's are.
        categories = {**risk.categories, category: max(risk.categories.get(category, 0.0), FLAGGED_AT / RiskLevel.IMMINENT)}
        return RiskAssessment(level=FLAGGED_AT, categories=categories, signals=[*risk.signals, signal])

    def reassess(self, text: str, history: list[str]) -> RiskAssessment:
        """The person's own words, with names in them: the lexicon's phrases only. The classifier
        reads the de-identified text alone, so a name cannot move its reading (docs/evaluation.md,
        "Fairness")."""
        return self.lexicon.assess(text, history)


def asks_classifier(risk: RiskAssessment) -> bool:
    """Whether the lexicon leaves anything for the classifier to add: no suicidal or self-harm
    risk found, and nothing else at moderate or above."""
    return risk.level <= FLAGGED_AT and crisis_score(risk) == 0


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (the first MAX_SENTENCES), blanks left out."""
    spans, start = [], 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = end
    return spans[:MAX_SENTENCES]


def _clip(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if len(sentence) <= 200 else sentence[:200].rsplit(" ", 1)[0] + "…"
