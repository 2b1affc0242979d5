"""Undo the spellings people use to get past filters (k1ll, su1c1de, s*icide, unalive)."""

from __future__ import annotations

import re
import unicodedata

_LEET = str.maketrans({"1": "i", "!": "i", "3": "e", "0": "o", "4": "a", "@": "a", "$": "s", "*": "u", "5": "s"})
_OBFUSCATED_WORD = re.compile(r"\b\w*[a-z][1!3045@$*]+[a-z]\w*\b|\b[a-z]+[1!3045@$*]+\b")
_SLANG = [
    (re.compile(r"\bunalive\b"), "kill"),
    (re.compile(r"\bsewer ?slide\b"), "suicide"),
    (re.compile(r"\bkms\b"), "kill myself"),
    (re.compile(r"\bi'?m\b"), "i am"),
    (re.compile(r"\bi'?ve\b"), "i have"),
    (re.compile(r"\bi'?ll\b"), "i will"),
    (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\bgonna\b"), "going to"),
    (re.compile(r"\bcan'?t\b"), "cannot"),
    (re.compile(r"\b(do|does|did|would|could|should|is|are|was|were|have|has)n'?t\b"), r"\1 not"),
    (re.compile(r"\bdont\b"), "do not"),
    (re.compile(r"\bmyslef\b"), "myself"),
]


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _OBFUSCATED_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    for pattern, replacement in _SLANG:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text)
