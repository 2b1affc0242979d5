"""How long a person may wait for the human who took their conversation over before the AI answers again.

While a supporter or clinician holds a handoff the AI is silent, so a holder who has stepped away would
leave the person with no reply at all. When the person writes and their oldest unanswered message is
older than ``UNANSWERED_LIMIT``, the handoff ends and the AI answers this message, saying so. Time since
the human last wrote does not count on its own: a quiet pause in a conversation is normal.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from mindhaven.turn.types import HumanInCharge

UNANSWERED_LIMIT = timedelta(minutes=10)


def waited_too_long(human: HumanInCharge, now: datetime) -> bool:
    return human.waiting_since is not None and now - human.waiting_since >= UNANSWERED_LIMIT
