"""What every language's lexicon test asks of a labelled sentence."""

from __future__ import annotations

from mindhaven.turn.types import RiskLevel


def assert_level_and_category(assessor, text: str, level: RiskLevel, category: str) -> None:
    """The sentence alone reaches ``level``, and ``category`` is what reaches it."""
    assessment = assessor.assess(text, [])
    assert assessment.level == level, assessment.signals
    assert assessment.categories.get(category) == level / RiskLevel.IMMINENT, assessment.categories
