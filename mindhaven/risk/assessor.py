"""Lexicon-based risk assessment over the conversation so far."""

from __future__ import annotations

from mindhaven.risk.lexicon import MEANS_MENTION, NEGATION, NEW_CLAUSE, OTHER_PERSON, PHRASES, SUICIDAL_BEHAVIOUR
from mindhaven.risk.normalize import normalize
from mindhaven.turn.types import RiskAssessment, RiskLevel, RiskSignal

# Earlier messages keep counting, one level lower, for this many of the person's messages:
# a disclosure does not stop mattering because the next message is calmer.
HISTORY_WINDOW = 6


def signals_in(text: str, message_index: int = -1) -> list[RiskSignal]:
    norm = normalize(text)
    found: list[RiskSignal] = []
    for phrase in PHRASES:
        for match in phrase.pattern.finditer(norm):
            before = norm[max(0, match.start() - 60) : match.start()]
            level = phrase.level
            if phrase.negatable and _negated(before):
                continue
            if OTHER_PERSON.search(before) and "myself" not in match.group(0) and " i " not in f" {match.group(0)} ":
                level = min(level, RiskLevel.LOW)
            found.append(RiskSignal(phrase.category, level, match.group(0), "lexicon", message_index))
    return found


def _negated(before: str) -> bool:
    match = NEGATION.search(before)
    return bool(match) and not NEW_CLAUSE.search(match.group(1))


class LexiconAssessor:
    name = "lexicon"

    def assess(self, text: str, history: list[str]) -> RiskAssessment:
        """``history`` holds the person's earlier messages, oldest first."""
        signals = signals_in(text)
        recent = history[-HISTORY_WINDOW:]
        offset = len(history) - len(recent)
        for i, earlier in enumerate(recent):
            for s in signals_in(earlier, offset + i):
                signals.append(
                    RiskSignal(s.category, RiskLevel(max(0, s.level - 1)), s.phrase, "history", s.message_index)
                )
        # Risk split across messages ("I want to end it" ... "I have the pills"): read the
        # last two messages as one text and keep only what neither shows alone.
        if recent:
            joined = signals_in(f"{recent[-1]} {text}")
            singles = {(s.category, s.phrase) for s in signals}
            signals += [
                RiskSignal(s.category, s.level, s.phrase, "trajectory")
                for s in joined
                if (s.category, s.phrase) not in singles
            ]
        signals += _preparation_after_thoughts(text, signals)
        return summarize(signals)


def _preparation_after_thoughts(text: str, signals: list[RiskSignal]) -> list[RiskSignal]:
    """"I want to die" ... "I bought a rope": means after suicidal thoughts is preparation (high)."""
    means = MEANS_MENTION.search(normalize(text))
    thoughts = any(
        s.category in ("suicidal_thoughts", SUICIDAL_BEHAVIOUR) and s.level + (s.source == "history") >= RiskLevel.MODERATE
        for s in signals
    )
    if means and thoughts:
        return [RiskSignal(SUICIDAL_BEHAVIOUR, RiskLevel.HIGH, means.group(0), "trajectory")]
    return []


def summarize(signals: list[RiskSignal]) -> RiskAssessment:
    level = max((s.level for s in signals), default=RiskLevel.NONE)
    categories: dict[str, float] = {}
    for s in signals:
        if s.level > RiskLevel.NONE:
            categories[s.category] = max(categories.get(s.category, 0.0), s.level / RiskLevel.IMMINENT)
    return RiskAssessment(level=level, categories=categories, signals=[s for s in signals if s.level > 0])
