"""Lexicon-based risk assessment over the conversation so far, in every supported language."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from mindhaven.risk.lexicon import (
    HARM_TO_OTHERS,
    LANGUAGES,
    SELF_HARM,
    SUICIDAL_BEHAVIOUR,
    SUICIDAL_THOUGHTS,
    Language,
    Phrase,
)
from mindhaven.risk.normalize import fold
from mindhaven.turn.types import RiskAssessment, RiskLevel, RiskSignal

# Earlier messages keep counting, one level lower, for this many of the person's messages:
# a disclosure does not stop mattering because the next message is calmer.
HISTORY_WINDOW = 6

# Laughter marks a threat against someone as banter ("I'll kill him lol"): at most low.
JOKE = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|jaja\w*|jeje\w*|kkkk+|rsrs\w*|mdr|ptdr|xd)\b|[\U0001F602\U0001F923\U0001F606]"
)
# ...unless the person says they mean it ("lol but not lol").
SERIOUS = re.compile(r"\b(?:not (?:lol|joking|kidding)|but seriously|no but (?:fr|for real|seriously)|i mean it|for real though|not a joke)\b")
# A quotation: "...", or '...' where the quote marks are not apostrophes.
QUOTED = re.compile(r"\"[^\"]{1,200}\"|(?<![a-z0-9])'(?:[^']|'(?=[a-z]))+'(?![a-z])")
# In the words after a mention of someone else, a quotation opening: what follows is theirs.
QUOTE_IN_GAP = re.compile(r"[\":]|(?:^|\s)'")


@lru_cache(maxsize=2048)
def _views(text: str) -> tuple[tuple[Language, str], ...]:
    base = fold(text)
    return tuple((lang, lang.prepare(base)) for lang in LANGUAGES)


def signals_in(text: str, message_index: int = -1) -> list[RiskSignal]:
    """Every phrase of every language found in ``text``, judged in its context."""
    found = _signals(text)
    if message_index == -1:
        return list(found)
    return [dataclasses.replace(s, message_index=message_index) for s in found]


# Earlier messages are read again on every turn (and twice when the message had identifiers):
# a message's signals never change, so they are kept.
@lru_cache(maxsize=2048)
def _signals(text: str) -> tuple[RiskSignal, ...]:
    found: list[RiskSignal] = []
    seen: set[tuple[str, RiskLevel, str]] = set()
    for lang, view in _views(text):
        for phrase in lang.candidates(view):
            for match in phrase.pattern.finditer(view):
                level = _judge(lang, phrase, view, match)
                if level is None:
                    continue
                key = (phrase.category, level, match.group(0))
                if key in seen:  # the same words read the same way in two languages
                    continue
                seen.add(key)
                found.append(RiskSignal(phrase.category, level, match.group(0), f"lexicon:{lang.code}"))
    return tuple(found)


def _judge(lang: Language, phrase: Phrase, view: str, match: re.Match[str]) -> RiskLevel | None:
    """The level this match carries here, or None when it is not the person's own risk."""
    start, end = match.span()
    before = view[max(0, start - 60) : start]
    if phrase.negatable:
        if _negated(lang, before, match.group(0)):
            return None
        if lang.negation_after is not None and lang.negation_after.match(view, end):
            return None
        if lang.hyperbole_before is not None and lang.hyperbole_before.search(before):
            return None
    # "the character is basically me": a frame the person steps out of within the match
    if phrase.framed and _quoted_from_media(lang, view, before, start) and not lang.media_break.search(match.group(0)):
        return None
    level = phrase.level
    if phrase.personal and _about_someone_else(lang, before, match.group(0)):
        level = min(level, RiskLevel.LOW)
    if JOKE.search(view) and not SERIOUS.search(view):
        # Banter: "I'll kill him lol", "kms this code won't compile lol". A plan, means or time
        # (high and above) is never laughed off.
        if phrase.category == HARM_TO_OTHERS or (phrase.category == SUICIDAL_THOUGHTS and level <= RiskLevel.MODERATE):
            level = min(level, RiskLevel.LOW)
    return level


def _negated(lang: Language, before: str, matched: str) -> bool:
    """A negation or hypothetical frame just before, with no new clause since.

    The clause may also start with the match itself ("koi nahi samajhta, mujhe marna hai").
    """
    match = lang.negation.search(before)
    return bool(match) and not lang.new_clause.search(match.group(1)) and not lang.new_clause.match(matched)


def _quoted_from_media(lang: Language, view: str, before: str, start: int) -> bool:
    """Song lyrics, film lines, quotes: "the song goes 'I wanna die'"."""
    frame = lang.media_frame.search(before)
    if frame and not lang.media_break.search(frame.group(1)):
        return True
    if lang.media.search(view):
        return any(q.start() < start < q.end() for q in QUOTED.finditer(view))
    return False


def _about_someone_else(lang: Language, before: str, matched: str) -> bool:
    """Reported speech: "my friend said she wants to die", "she told me: 'I want to die'"."""
    other = lang.other_person.search(before)
    if not other:
        return False
    gap = other.group(1)
    if QUOTE_IN_GAP.search(gap) or (lang.reported_speech is not None and lang.reported_speech.search(gap)):
        return True
    return not lang.self_ref.search(matched) and not lang.first_person.search(gap)


class LexiconAssessor:
    name = "lexicon"

    def assess(self, text: str, history: list[str]) -> RiskAssessment:
        """``history`` holds the person's earlier messages, oldest first."""
        signals = signals_in(text)
        recent = history[-HISTORY_WINDOW:]
        offset = len(history) - len(recent)
        for i, earlier in enumerate(recent):
            for s in signals_in(earlier, offset + i):
                signals.append(
                    RiskSignal(s.category, RiskLevel(max(0, s.level - 1)), s.phrase, "history", s.message_index)
                )
        # Risk split across messages ("I want to end it" ... "I have the pills"): read the
        # last two messages as one text and keep only what neither shows alone.
        if recent:
            joined = signals_in(f"{_tail(recent[-1])} {_head(text)}")
            singles = {(s.category, s.phrase) for s in signals}
            signals += [
                RiskSignal(s.category, s.level, s.phrase, "trajectory")
                for s in joined
                if (s.category, s.phrase) not in singles
            ]
        signals += _preparation_after_thoughts(text, signals)
        signals += _weapon_after_intent(text, signals)
        signals += _closure_after_disclosure(text, signals)
        return summarize(signals)

    reassess = assess  # phrases read the same in any wording


# Where two messages meet, a few hundred characters either side are enough to read a phrase split
# across them; reading two long messages whole again would cost more than the rest of the turn.
SEAM = 240


def _tail(text: str) -> str:
    return text if len(text) <= SEAM else text[text.find(" ", len(text) - SEAM) + 1 :]


def _head(text: str) -> str:
    return text if len(text) <= SEAM else text[: text.rfind(" ", 0, SEAM)]


def _earlier_level(s: RiskSignal) -> int:
    """A signal's level as said, undoing the history discount."""
    return s.level + (s.source == "history")


def _preparation_after_thoughts(text: str, signals: list[RiskSignal]) -> list[RiskSignal]:
    """"I want to die" ... "I bought a rope": means after suicidal thoughts is preparation (high);
    "I want to hurt myself" ... "the blade is right here": means after self-harm urges, likewise."""
    thoughts = {
        s.category for s in signals
        if s.category in (SUICIDAL_THOUGHTS, SUICIDAL_BEHAVIOUR, SELF_HARM) and _earlier_level(s) >= RiskLevel.MODERATE
    }
    if not thoughts:
        return []
    category = SELF_HARM if thoughts == {SELF_HARM} else SUICIDAL_BEHAVIOUR
    means = _first_match(text, lambda lang: lang.means)
    return [RiskSignal(category, RiskLevel.HIGH, means, "trajectory")] if means else []


def _closure_after_disclosure(text: str, signals: list[RiskSignal]) -> list[RiskSignal]:
    """"ok. thanks for listening. goodbye" after "I keep thinking about how I'd do it": a goodbye
    after suicidal thoughts, a plan or self-harm urges is a warning sign: at least high, or the
    earlier level if that was higher."""
    earlier = [
        s for s in signals
        if s.source == "history" and s.category in (SUICIDAL_THOUGHTS, SUICIDAL_BEHAVIOUR, SELF_HARM)
        and _earlier_level(s) >= RiskLevel.MODERATE
    ]
    if not earlier:
        return []
    closure = _first_match(text, lambda lang: lang.closure)
    if not closure:
        return []
    worst = max(earlier, key=_earlier_level)
    level = RiskLevel(max(RiskLevel.HIGH, _earlier_level(worst)))
    category = SELF_HARM if worst.category == SELF_HARM else SUICIDAL_BEHAVIOUR
    return [RiskSignal(category, level, closure, "trajectory")]


def _weapon_after_intent(text: str, signals: list[RiskSignal]) -> list[RiskSignal]:
    """"I want to hurt him" ... "I have a knife": a weapon after intent to harm raises it a level."""
    intent = max((_earlier_level(s) for s in signals if s.category == HARM_TO_OTHERS), default=0)
    if intent < RiskLevel.MODERATE:
        return []
    weapon = _first_match(text, lambda lang: lang.weapon)
    level = RiskLevel(min(RiskLevel.IMMINENT, intent + 1))
    return [RiskSignal(HARM_TO_OTHERS, level, weapon, "trajectory")] if weapon else []


def _first_match(text: str, pattern_of: Callable[[Language], re.Pattern[str] | None]) -> str | None:
    """The words matched by the first language whose pattern (means, weapon, closure) is in ``text``."""
    for lang, view in _views(text):
        pattern = pattern_of(lang)
        if pattern is not None and (match := pattern.search(view)):
            return match.group(0)
    return None


def summarize(signals: list[RiskSignal]) -> RiskAssessment:
    level = max((s.level for s in signals), default=RiskLevel.NONE)
    categories: dict[str, float] = {}
    for s in signals:
        if s.level > RiskLevel.NONE:
            categories[s.category] = max(categories.get(s.category, 0.0), s.level / RiskLevel.IMMINENT)
    return RiskAssessment(level=level, categories=categories, signals=[s for s in signals if s.level > 0])
