"""Turn what a person entered (JSON numbers or form text) into a clean check-in, or say clearly what is wrong."""

from __future__ import annotations

import math

from mindhaven.storage.check_ins import NewCheckIn
from mindhaven.turn.receive import InvalidMessage, clean_text

SCALE_MAX = 10
MAX_SLEEP_HOURS = 24
MAX_NOTE_CHARS = 1000
CODE = "invalid_check_in"


def clean_check_in(mood: object, sleep_hours: object = None, anxiety: object = None,
                   note: object = None) -> NewCheckIn:
    cleaned_mood = _scale(mood, "Mood")
    if cleaned_mood is None:
        raise InvalidMessage(CODE, f"Please give your mood as a number from 0 to {SCALE_MAX}.")
    return NewCheckIn(cleaned_mood, _sleep(sleep_hours), _scale(anxiety, "Anxiety"), _note(note))


def _number(value: object, what: str) -> float | None:
    """A number from JSON or form text ("7", "7.5", "7,5"); None when left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidMessage(CODE, f"{what} must be a number.")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise InvalidMessage(CODE, f"{what} must be a number, not '{value.strip()[:20]}'.") from None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidMessage(CODE, f"{what} must be a number.")
    return float(value)


def _scale(value: object, what: str) -> int | None:
    number = _number(value, what)
    if number is None:
        return None
    if not number.is_integer() or not 0 <= number <= SCALE_MAX:
        raise InvalidMessage(CODE, f"{what} must be a whole number from 0 to {SCALE_MAX}.")
    return int(number)


def _sleep(value: object) -> float | None:
    number = _number(value, "Hours of sleep")
    if number is not None and not 0 <= number <= MAX_SLEEP_HOURS:
        raise InvalidMessage(CODE, f"Hours of sleep must be between 0 and {MAX_SLEEP_HOURS}.")
    return None if number is None else round(number, 2)


def _note(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidMessage(CODE, "The note must be text.")
    text = clean_text(value)
    if len(text) > MAX_NOTE_CHARS:
        raise InvalidMessage(CODE, f"The note can be up to {MAX_NOTE_CHARS} characters (it has {len(text)}).")
    return text or None
