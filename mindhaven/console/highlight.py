"""Mark the phrases that drove a risk assessment inside the message they came from.

The assessor keeps its phrases in its folded view of the text (lower case, accents stripped,
obfuscations undone), so a phrase is looked for in the message folded the same way, character for
character where folding keeps the length; a phrase the folding changed ("k1ll" read as "kill") may
not be found and is simply not marked: the phrase list beside the message still names it.
"""

from __future__ import annotations

import unicodedata


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)
    kept = "".join(ch for ch in base if not unicodedata.combining(ch)).lower()
    return kept if len(kept) == 1 else c.lower()


def highlighted(text: str, phrases: list[str]) -> list[tuple[str, bool]]:
    """``text`` in pieces, each (piece, is it a marked phrase), in order."""
    folded = "".join(_fold_char(c) for c in text)  # one character for one, so offsets carry over
    marked = [False] * len(text)
    for phrase in {p.strip().lower() for p in phrases if p and p.strip()}:
        start = folded.find(phrase)
        while start != -1:
            marked[start:start + len(phrase)] = [True] * len(phrase)
            start = folded.find(phrase, start + len(phrase))
    pieces: list[tuple[str, bool]] = []
    for char, mark in zip(text, marked):
        if pieces and pieces[-1][1] == mark:
            pieces[-1] = (pieces[-1][0] + char, mark)
        else:
            pieces.append((char, mark))
    return pieces
