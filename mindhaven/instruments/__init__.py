"""Validated questionnaires (PHQ-9, GAD-7, PHQ-2, GAD-2, the C-SSRS screener): their published
wording and answers (one TOML file each), scoring with safety flags, and conversational administration.
"""

from mindhaven.instruments.conversation import next_item, parse_reply
from mindhaven.instruments.registry import get_instrument, instruments
from mindhaven.instruments.scoring import score
from mindhaven.instruments.types import (
    AnswerOption,
    Band,
    Coding,
    EnableWhen,
    Instrument,
    Item,
    Result,
    SafetyRule,
    ScoreStatus,
)

__all__ = [
    "AnswerOption",
    "Band",
    "Coding",
    "EnableWhen",
    "Instrument",
    "Item",
    "Result",
    "SafetyRule",
    "ScoreStatus",
    "get_instrument",
    "instruments",
    "next_item",
    "parse_reply",
    "score",
]
