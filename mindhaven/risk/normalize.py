"""Undo the spellings people use to get past filters (k1ll, su1c1de, s*icide, unalive).

``fold`` is shared by every language: lower case, accents stripped from Latin letters only
(Devanagari keeps its vowel signs and viramas; only the optional nukta and joiners go), quotes
unified, obfuscations undone. ``normalize`` is the English view on top of it (contractions,
slang); other languages add their own fixes in their lexicon module.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mindhaven.risk.lexicons._base import rewriter, word_fixes


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    specials = {
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "ð": "d", "ı": "i",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
    for ch, repl in specials.items():
        table[ord(ch)] = repl
    for cp in range(0x300, 0x370):  # combining accents left over after a Latin letter
        table[cp] = None
    for ch in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033":
        table[ord(ch)] = '"'
    for ch in "\u2018\u2019\u201a\u201b`\u00b4\u2032":
        table[ord(ch)] = "'"
    # Devanagari: the nukta is often left out (ज़िंदगी / जिंदगी), chandrabindu is often typed as
    # anusvara, joiners are invisible; the dandas end a sentence like a full stop.
    table[0x093C] = None
    table[0x200C] = None
    table[0x200D] = None
    table[0x0901] = "\u0902"
    table[0x0964] = "."
    table[0x0965] = "."
    return table


_FOLD = _fold_table()
_LEET = str.maketrans({"1": "i", "!": "i", "3": "e", "0": "o", "4": "a", "@": "a", "$": "s", "*": "u", "5": "s"})
_OBFUSCATED_WORD = re.compile(r"\b\w*[a-z][1!3045@$*]+[a-z]\w*\b|\b[a-z]+[1!3045@$*]+\b|(?<![\w$@])[$@][a-z]{3,}\b")
_MASKED = [
    (re.compile(r"\bk[*#.\-]ll"), "kill"),
    (re.compile(r"\bd[*#]e\b"), "die"),
    (re.compile(r"\bs[*#]{1,2}c[i*#]de\b"), "suicide"),
    (re.compile(r"\bd[ .\-_]i[ .\-_]e\b"), "die"),
]
# "k i l l", "s.u.i.c.i.d.e": four or more single letters in a row are one word.
_SPACED = re.compile(r"\b(?:[a-z][ .\-_]){3,}[a-z]\b")
# "dieeee", "nooo", "quierooo": a vowel held for three or more is one vowel.
_HELD_VOWEL = re.compile(r"([aeiouy])\1{2,}")
_HELD_CONSONANT = re.compile(r"([b-df-hj-np-tv-xz])\1{2,}")

# Misspelled word -> the word the lexicons are written with.
_TYPOS = {
    "cnt": "cannot", "theres": "there is", "ion": "i do not",
    **dict.fromkeys(("gona", "gunna", "gonn"), "going to"),
    **dict.fromkeys(("wuld", "wud", "wld"), "would"),
    **dict.fromkeys(("shld", "shud", "shuld"), "should"),
    **dict.fromkeys(("cud", "culd", "cld"), "could"),
    **dict.fromkeys(("hav", "hv"), "have"),
    **dict.fromkeys(("tmrw", "tmr", "tmrow", "tomoz", "2moro", "2morrow", "tomorow", "tmorrow"), "tomorrow"),
    **dict.fromkeys(("pils", "pillz"), "pills"),
    **dict.fromkeys(("paracetmol", "paracetemol", "paracetomol", "parcetamol"), "paracetamol"),
    **dict.fromkeys(("evrywhere", "everywere", "evrywere"), "everywhere"),
    **dict.fromkeys(("every1", "evry1", "every1s", "everyis"), "everyone"),
    **dict.fromkeys(("buildng", "bulding", "buliding"), "building"),
    **dict.fromkeys(("cupbord", "cubbord", "cuboard"), "cupboard"),
    **dict.fromkeys(("kil", "kll"), "kill"),
    **dict.fromkeys(("mysef", "mysel"), "myself"),
    "bout": "about",
}

_SLANG = [
    # "i wanna unalive tbh": with no one named, the person means themself
    (re.compile(r"\bunalive\b(?! (?:myself|my|yourself|himself|herself|themselves|him|her|them|someone|somebody|people|you|me|us|everyone|the|this|that|a|an|his|their|your))"), "kill myself"),
    (re.compile(r"\bunaliv(?:e|ing|ed)\b"), lambda m: {"unalive": "kill", "unaliving": "killing", "unalived": "killed"}[m.group(0)]),
    (re.compile(r"\b(?:sewer ?slide|sewer-slide|suicide-?al)\b"), "suicide"),
    (re.compile(r"\bkms\b"), "kill myself"),
    (re.compile(r"\bi'?m\b"), "i am"),
    (re.compile(r"\bi'?ve\b"), "i have"),
    (re.compile(r"\bi'?ll\b"), "i will"),
    (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\bgonna\b"), "going to"),
    (re.compile(r"\bgotta\b"), "got to"),
    (re.compile(r"\btryna\b"), "trying to"),
    (re.compile(r"\bcan'?t\b"), "cannot"),
    (re.compile(r"\bwon'?t\b"), "will not"),
    (re.compile(r"\bain'?t\b"), "am not"),
    (re.compile(r"\b(do|does|did|would|could|should|is|are|was|were|have|has)n'?t\b"), r"\1 not"),
    (re.compile(r"\bdont\b"), "do not"),
    (re.compile(r"\b(he|she|it|that|there|who|what)'s\b"), r"\1 is"),
    (re.compile(r"\b(you|they|we)'re\b"), r"\1 are"),
    (re.compile(r"\b(i|you|he|she|it|they|we|that|there|who)'ll\b"), r"\1 will"),
    (re.compile(r"\b(i|you|he|she|they|we|who)'d\b"), r"\1 would"),
    (re.compile(r"\b(you|they|we|who|could|would|should|might|must)'ve\b"), r"\1 have"),
    (re.compile(r"\bidk\b"), "i do not know"),
    (re.compile(r"\bidc\b"), "i do not care"),
    (re.compile(r"\brn\b"), "right now"),
    (re.compile(r"\btn\b|\btonite\b|\b2nite\b"), "tonight"),
    (re.compile(r"\bod(?:'?d|ed)\b"), "overdosed"),
    (re.compile(r"\boding\b"), "overdosing"),
    (re.compile(r"\bmyslef\b|\bmyslf\b|\bmyelf\b|\bmyeslf\b|\bmysefl\b|\bmysle\b|\bmyselff\b|\bmyseld\b"), "myself"),
    # "i wish i were just dead already", "i want to fucking die": words that only add weight are dropped
    # between the verb and what it says, so the phrase reads as it is meant.
    (re.compile(r"\b(was|were|be|am|is|are|to|will|would|could)((?: (?:just|really|literally|honestly|actually|seriously|"
                r"fucking|freaking|effing|simply|already|all|finally|totally|completely))+) (dead|die|gone|end|kill|not wake)\b"),
     r"\1 \3"),
    (re.compile(r"\b(am|will|was|is)((?: (?:probably|definitely|prob|def|literally|actually|really|seriously|honestly|"
                r"just|totally|finally|still))+) (going to|about to|planning to|planning on)\b"), r"\1 \3"),
    (re.compile(r"\bsuicde\b|\bsucide\b|\bsuicie\b"), "suicide"),
    # Chat slang for suicide.
    (re.compile(r"\bctb\b"), "kill myself"),
    (re.compile(r"\byeet(?:ing)? myself\b"), "throw myself"),
    (re.compile(r"\bhave bin\b"), "have been"),
    (re.compile(r"\brite now\b"), "right now"),
    # Typing in a hurry: the misspellings and shortenings seen most in crisis chats, in one pass.
    word_fixes(_TYPOS),
    (re.compile(r"\b(stand|wait|think|go|try|feel|sitt|look|bleed|cutt|plann|sav|writ|kill|mak|end|hurt|wonder)(?:in|n)\b"), r"\1ing"),
    (re.compile(r"\bto (deep|much|many)\b"), r"too \1"),
]


def _squeeze(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "").replace(".", "").replace("-", "").replace("_", "")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The view every language starts from."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    text = _OBFUSCATED_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    for pattern, replacement in _MASKED:
        text = pattern.sub(replacement, text)
    text = _SPACED.sub(_squeeze, text)
    text = _HELD_VOWEL.sub(r"\1", text)
    text = _HELD_CONSONANT.sub(r"\1\1", text)
    return re.sub(r"\s+", " ", text).strip()


_ENGLISH = rewriter(_SLANG)


def english(folded: str) -> str:
    """English contractions and slang on a folded text."""
    return _ENGLISH(folded)


def normalize(text: str) -> str:
    """The English view of ``text`` (what the English lexicon matches against)."""
    return english(fold(text))
