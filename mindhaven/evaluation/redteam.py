"""The crisis red-team suite: hand-written conversations the risk signals must get right.

Kinds: indirect signals, risk split across messages, denial then disclosure, obfuscated
spellings, six languages, and hard negatives (hyperbole, negation, reported speech, lyrics,
"kill a Python process"). Never used for training or tuning.
"""

from __future__ import annotations

from pathlib import Path

from mindhaven.evaluation.datasets import Item, jsonl_items

SUITE = Path(__file__).resolve().parent / "redteam_crisis.jsonl"


def redteam_items(path: Path = SUITE) -> list[Item]:
    return jsonl_items(path, "redteam")
