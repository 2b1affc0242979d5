"""What every checker shares: the draft in context, the pattern checker, and the frames that make
a phrase not the supporter's own (negated, disowned, reported or quoted)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mindhaven.supporter_assist.types import Flag, FlagKind
from mindhaven.turn.types import RiskAssessment


@dataclass(frozen=True)
class DraftContext:
    draft: str
    person_messages: tuple[str, ...] = ()  # the person's recent messages, oldest first, as they wrote them
    risk: RiskAssessment | None = None  # the assessor's reading of those messages
    # Whether the classifier's readings of risk told indirectly count as cues (see missed_risk_cue).
    indirect_cues: bool = True


class Checker:
    kind: FlagKind

    def check(self, context: DraftContext) -> list[Flag]:
        raise NotImplementedError


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    reason: str
    suggestion: str
    # Frames that turn the phrase into something else: "I'm not saying it's not that bad",
    # "it's not your fault", "people who tell you to cheer up", "... 'just cheer up' ...".
    skip_disowned: bool = True
    skip_negated: bool = False
    skip_quoted: bool = True
    skip_qualified: bool = False  # "..., unless I'm worried about your safety"


def phrase_pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


class PatternChecker(Checker):
    patterns: tuple[Pattern, ...] = ()

    def check(self, context: DraftContext) -> list[Flag]:
        text = plain(context.draft)
        flags: list[Flag] = []
        for pattern in self.patterns:
            for start, end in self.spans(pattern, text):
                if any(start < f.end and f.start < end for f in flags):
                    continue  # one flag of a kind per stretch of words
                flags.append(Flag(self.kind, start, end, context.draft[start:end], pattern.reason, pattern.suggestion))
        return sorted(flags, key=lambda f: f.start)

    def spans(self, pattern: Pattern, text: str) -> Iterator[tuple[int, int]]:
        for match in pattern.regex.finditer(text):
            named = "flag" in pattern.regex.groupindex and match.group("flag") is not None
            start, end = match.span("flag") if named else match.span()
            if pattern.skip_quoted and quoted(text, start):
                continue
            before = clause_before(text, start)
            if pattern.skip_disowned and disowned(before):
                continue
            if pattern.skip_negated and negated(before):
                continue
            if pattern.skip_qualified and qualified(text, end):
                continue
            yield start, end


_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def plain(text: str) -> str:
    """Curly quotes made straight, one character for one, so offsets still point into the draft."""
    return text.translate(_SAME_LENGTH)


_CLAUSE_END = re.compile(r"[.!?;:,\n\u2014\u2013]|\s-\s|\bbut\b", re.IGNORECASE)


def clause_before(text: str, start: int) -> str:
    """The words before ``start`` in the same clause: up to a sentence end, comma, dash or "but"."""
    head = text[:start]
    ends = list(_CLAUSE_END.finditer(head))
    return head[ends[-1].end():] if ends else head


_NOT = (
    r"\b(?:not|never|no|none|no one|nobody|cannot|dont|wont|cant|isnt|arent|wasnt|didnt|doesnt|wouldnt|shouldnt|"
    r"couldnt|aint|\w+n't)\b"
)
_SAYING = (
    r"(?:say|saying|said|tell|telling|told|mean|meaning|suggest|suggesting|suggested|pretend|pretending|claim|"
    r"claiming|imply|implying|promise|promising|ask|asking|expect|expecting|want you to|call|calling|"
    r"judge|judging|going to)"
)
# Someone else's words, or the person's own, reported by the supporter.
_REPORTERS = (
    r"(?:you|people|someone|somebody|they|others|folks|friends?|family|parents|mum|mom|dad|he|she|"
    r"whoever|anyone|anybody|everyone|(?:your|the|a|my) \w+)"
)
_REPORTING_VERBS = (
    r"(?:say|says|said|saying|tell|tells|told|telling|call|calls|called|calling|"
    r"mentioned|mention|wrote|write|hear|heard|shared|feel|feels|felt|think|thinks|thought|worry|worried|"
    r"believe|believes|fear|are afraid|were told|get told|got told|label|labelled|labeled)"
)
_DISOWNED = re.compile(
    rf"{_NOT}(?:\s+\w+){{0,3}}?\s+{_SAYING}\b"
    rf"|\bno need to\b|\b(?:do|does|did)(?: not|n'?t) (?:have|need) to\b|\bnever have to\b"
    # the reporting frame governs the phrase: it ends right where the phrase begins
    rf"|\b{_REPORTERS}\s+(?:\w+\s+){{0,2}}?{_REPORTING_VERBS}(?:\s+(?:me|you|us|him|her|them))?"
    rf"(?:\s+(?:that|to|like|how|about|a|an))?(?:\s+just)?\s*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(rf"{_NOT}(?:\s+\w+){{0,2}}\s*$", re.IGNORECASE)
_QUALIFIED = re.compile(
    r"[^.!?\n]*?\b(?:unless|except|but if|without (?:asking|telling|checking with|talking to|letting) you)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"\"[^\"\n]{1,200}\"|(?<![A-Za-z0-9])'(?:[^'\n]|'(?=[A-Za-z]))+'(?![A-Za-z])")


def disowned(before: str) -> bool:
    """Not the supporter's own saying: "I'm not saying ...", "when people tell you ...", "you said ..."."""
    return bool(_DISOWNED.search(before))


def negated(before: str) -> bool:
    """A negation just before, within a couple of words: "not your fault", "isn't selfish"."""
    return bool(_NEGATED.search(before))


def qualified(text: str, end: int) -> bool:
    return bool(_QUALIFIED.match(text, end))


def quoted(text: str, start: int) -> bool:
    return any(q.start() < start < q.end() for q in _QUOTE.finditer(text))
