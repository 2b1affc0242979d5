"""Stage 3, assess risk: the level and its explanation, from our own models, never from the LLM.

The conversation is read twice, de-identified and in the person's own words, and the higher
reading wins: placeholders tell the lexicon a person is meant ("kill [PERSON_1]"), while the own
words (read for their phrases only: ``reassess``) keep a word taken for a name from hiding a
disclosure (the English name model turned "im standin on the ledge" into "im [PERSON_1] on the
ledge", and "Ich stehe auf der Brücke" into "Ich stehe auf [PERSON_1]"). The assessor is our own code, so nothing crosses the trust boundary. The
phrases kept as the explanation are de-identified with the conversation's placeholders, because
they are stored and shown to staff.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

from mindhaven.privacy.pseudonyms import value_pattern
from mindhaven.risk.normalize import fold
from mindhaven.turn.types import Assessed, Deidentified, RiskAssessment, RiskSignal, Role


class Assessor(Protocol):
    name: str

    def assess(self, text: str, history: list[str]) -> RiskAssessment: ...

    def reassess(self, text: str, history: list[str]) -> RiskAssessment:
        """The same conversation again in the person's own words, for what the words themselves
        say: names are not read here, so they cannot sway a model that reads the whole text."""
        ...


def assess_risk(deidentified: Deidentified, assessor: Assessor) -> Assessed:
    state = deidentified.received.state
    history = [m.content for m in state.history if m.role == Role.USER]
    risk = assessor.assess(deidentified.text, history)
    own_history = state.own_words or history
    if deidentified.text != deidentified.received.text or own_history != history:
        risk = _higher(risk, assessor.reassess(deidentified.received.text, own_history))
    return Assessed(deidentified=deidentified, risk=_without_identifiers(risk, deidentified.pseudonyms))


def _higher(a: RiskAssessment, b: RiskAssessment) -> RiskAssessment:
    """Both readings together: the higher level, each category's higher score, every signal once."""
    categories = {c: max(a.categories.get(c, 0.0), b.categories.get(c, 0.0)) for c in {**a.categories, **b.categories}}
    signals = list(dict.fromkeys([*a.signals, *b.signals]))
    return RiskAssessment(level=max(a.level, b.level), categories=categories, signals=signals)


def _without_identifiers(risk: RiskAssessment, pseudonyms: dict[str, str]) -> RiskAssessment:
    """Signal phrases with every identifier of the conversation replaced by its placeholder.

    Phrases are in the assessor's folded view (lower case, accents stripped), so the values are
    folded the same way before they are looked for.
    """
    values = sorted(((fold(v), p) for p, v in pseudonyms.items() if len(v.strip()) >= 2), key=lambda vp: -len(vp[0]))
    if not values:
        return risk
    patterns = [(value_pattern(v), p) for v, p in values]

    def clean(signal: RiskSignal) -> RiskSignal:
        phrase = signal.phrase
        for pattern, placeholder in patterns:
            phrase = pattern.sub(placeholder, phrase)
        return dataclasses.replace(signal, phrase=phrase)

    return dataclasses.replace(risk, signals=list(dict.fromkeys(clean(s) for s in risk.signals)))
