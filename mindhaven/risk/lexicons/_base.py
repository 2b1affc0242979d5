"""What every per-language lexicon is made of: phrases, and the grammar around them.

A language module exports ``PHRASES`` and the patterns that decide when a phrase does not
mean the person's own present risk (negation, hypotheticals, reported speech, media), and
gathers them into one ``LANGUAGE``. Patterns run on that language's view of the text: the
shared fold (lower case, Latin accents stripped, obfuscations undone, Devanagari kept intact)
plus the language's own spelling fixes (``prepare``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import ahocorasick

from mindhaven.turn.types import RiskLevel

# --- the ten categories --------------------------------------------------------------------
SUICIDAL_THOUGHTS = "suicidal_thoughts"
SUICIDAL_BEHAVIOUR = "suicidal_behaviour"
SELF_HARM = "self_harm"
HARM_TO_OTHERS = "harm_to_others"
ABUSE = "abuse"  # abuse or domestic violence with the person at risk
SUBSTANCE_EMERGENCY = "substance_emergency"  # overdose or withdrawal emergency
PANIC = "panic"  # panic or acute anxiety crisis
PSYCHOSIS = "psychosis"  # psychosis or severe dissociation
RISK_TAKING = "risk_taking"  # dangerous risk-taking
MEDICAL_EMERGENCY = "medical_emergency"

CATEGORIES = (
    SUICIDAL_THOUGHTS,
    SUICIDAL_BEHAVIOUR,
    SELF_HARM,
    HARM_TO_OTHERS,
    ABUSE,
    SUBSTANCE_EMERGENCY,
    PANIC,
    PSYCHOSIS,
    RISK_TAKING,
    MEDICAL_EMERGENCY,
)

L, M, H, X = RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

# "I took 30 paracetamol" is an overdose; "I took 2 paracetamol for my headache" is not.
COUNT = r"(?:[5-9]|[1-9]\d+)"

# Devanagari letters and signs (not the dandas): Python's \b does not work inside Devanagari
# words, because vowel signs are not word characters. Hindi patterns use DB/DE instead.
DEVA = "\u0900-\u0963\u0966-\u097f"
DB = rf"(?<![{DEVA}\w])"
DE = rf"(?![{DEVA}\w])"


@dataclass(frozen=True)
class Phrase:
    """One curated pattern.

    ``negatable``: discarded when a negation or hypothetical frame comes just before it
    ("I would never kill myself"); patterns that carry their own negation are not negatable.
    ``personal``: about the speaker, so capped at low when reported about someone else;
    emergencies happening to someone with the person (abuse, someone not breathing) are not.
    ``framed``: discarded inside a story, song or film frame; requests for methods or lethal
    doses are not: "for my novel" does not make the answer safe to give.
    """

    pattern: re.Pattern[str]
    category: str
    level: RiskLevel
    negatable: bool = True
    personal: bool = True
    framed: bool = True
    needles: frozenset[str] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.needles is None:
            object.__setattr__(self, "needles", required_substrings(self.pattern))


def p(regex: str, category: str, level: RiskLevel, negatable: bool = True, personal: bool = True,
      framed: bool = True) -> Phrase:
    return Phrase(re.compile(regex), category, level, negatable, personal, framed)


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Language:
    """A language's phrases and the grammar that frames them.

    negation: a frame word followed by group(1), the words up to the phrase, ``$``-anchored.
    new_clause: in that gap, a new clause ("I'm not okay, I want to...") cancels the negation.
    negation_after: a negation right after the phrase (Hindi word order, "je me tuerais jamais").
    other_person: someone else mentioned before the phrase, group(1) the words since.
    self_ref: a first-person word inside the match (the phrase is about the speaker).
    first_person: a first-person subject in the gap after the other person ("he left and I...").
    reported_speech: the gap ends in a verb of saying ("mera dost keh raha tha mujhe marna hai"):
    what follows are the other person's words even without quotation marks.
    media: a word for a song, film, book...; such a frame just before, or quotation marks around
    the phrase with such a word in the message, make it quoted content, not a disclosure.
    media_break: in the gap after the media word, this means the person speaks again.
    hyperbole_before: just before a negatable phrase, it marks a figure of speech.
    means: a method mentioned on its own (after suicidal thoughts it is preparation).
    weapon: a weapon mentioned (after intent to harm someone it raises the level).
    closure: a closing statement ("goodbye", "thanks for everything", "don't try to stop me"):
    after suicidal thoughts or a plan earlier in the conversation it is a warning sign itself.
    """

    code: str
    phrases: tuple[Phrase, ...]
    negation: re.Pattern[str]
    new_clause: re.Pattern[str]
    other_person: re.Pattern[str]
    self_ref: re.Pattern[str]
    first_person: re.Pattern[str]
    media: re.Pattern[str]
    media_break: re.Pattern[str]
    means: re.Pattern[str]
    weapon: re.Pattern[str]
    closure: re.Pattern[str] | None = None
    negation_after: re.Pattern[str] | None = None
    reported_speech: re.Pattern[str] | None = None
    hyperbole_before: re.Pattern[str] | None = None
    prepare: Callable[[str], str] = _identity
    media_frame: re.Pattern[str] = field(init=False, repr=False)
    needles: Needles = field(init=False, repr=False, compare=False)
    _by_needle: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _unfiltered: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "media_frame", re.compile(rf"(?:{self.media.pattern})([^.!?;]{{0,50}})$"))
        by_needle: dict[str, list[int]] = {}
        for n, phrase in enumerate(self.phrases):
            for needle in phrase.needles or ():
                by_needle.setdefault(needle, []).append(n)
        object.__setattr__(self, "needles", Needles(by_needle))
        object.__setattr__(self, "_by_needle", {k: tuple(v) for k, v in by_needle.items()})
        object.__setattr__(self, "_unfiltered", frozenset(n for n, ph in enumerate(self.phrases) if ph.needles is None))

    def candidates(self, view: str) -> list[Phrase]:
        """The phrases that can match ``view`` (the prefilter below), in the lexicon's order."""
        picked = set(self._unfiltered)
        for needle in self.needles.found_in(view):
            picked.update(self._by_needle[needle])
        return [self.phrases[n] for n in sorted(picked)]


def word_list(words: str) -> str:
    """A ``|``-separated list as a non-capturing group with word boundaries."""
    return rf"\b(?:{words})\b"


# --- a cheap prefilter ---------------------------------------------------------------------
# Every message runs against every language: to stay fast, each pattern gets the literal
# substrings one of which any match must contain, read off its parsed form. The assessor looks
# up which of a language's substrings the text contains (one Aho-Corasick pass over the text for
# all of them) and skips every pattern whose substrings are all absent: it cannot match. This is
# exact, not a heuristic.


class Needles:
    """Which of a fixed set of substrings a text contains, overlapping ones included, found in one
    pass over the text whatever the number of substrings (testing each with ``in`` costs a pass
    per substring: hundreds per language)."""

    def __init__(self, needles: Iterable[str]):
        self.all = frozenset(needles)
        self._automaton = ahocorasick.Automaton()
        for needle in self.all:
            self._automaton.add_word(needle, needle)
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.all)

    def found_in(self, text: str) -> set[str]:
        return {needle for _, needle in self._automaton.iter(text)} if self.all else set()


try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def _score(alternatives: frozenset[str]) -> tuple[int, int]:
    return (min(len(a) for a in alternatives), -len(alternatives))


def _required(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        sub: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            sub = _required(av[-1])
        elif op is _c.BRANCH:
            alts = [_required(branch) for branch in av[1]]
            if all(a is not None for a in alts):
                sub = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            sub = _required(av[2])
        if sub:
            candidates.append(sub)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    return max(candidates, key=_score)


def required_substrings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Substrings one of which every match contains, or None when there is no useful set."""
    try:
        needles = _required(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - never let the prefilter break matching
        return None
    if not needles or min(len(n) for n in needles) < 2:
        return None
    return needles


Rewrite = tuple[re.Pattern[str], "str | Callable[[re.Match[str]], str]"]


def word_fixes(words: dict[str, str]) -> Rewrite:
    """Whole words swapped for others ("q" -> "que", "tmrw" -> "tomorrow") in one pass: one rule."""
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
    return pattern, lambda m: words[m.group(0)]


def rewriter(rules: list[Rewrite]) -> Callable[[str], str]:
    """A language's spelling fixes as one function: the rules in order, each tried only when the
    text holds one of the substrings its pattern needs (exact, as for phrases; looked up once, and
    again only after a fix changed the text): most messages need none of them."""
    prepared = [(required_substrings(pattern), pattern, replacement) for pattern, replacement in rules]
    all_needles = Needles(n for needles, _, _ in prepared if needles for n in needles)

    def rewrite(text: str) -> str:
        present: set[str] | None = None
        for needles, pattern, replacement in prepared:
            if needles is not None:
                if present is None:
                    present = all_needles.found_in(text)
                if needles.isdisjoint(present):
                    continue
            fixed = pattern.sub(replacement, text)
            if fixed != text:
                text, present = fixed, None
        return text

    return rewrite
