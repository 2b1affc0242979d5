"""Judging, blaming and stigmatising words ("attention seeking", "selfish", "committed suicide").

Reassurance that negates the label is not flagged: "you're not crazy", "it's not your fault" and
"reaching out isn't attention seeking" answer the person's own fear in their own words.
"""

from __future__ import annotations

from mindhaven.supporter_assist.checks.base import Pattern, PatternChecker, phrase_pattern
from mindhaven.supporter_assist.types import FlagKind

_LABELS = (
    r"(?:crazy|insane|nuts|mental|psycho|selfish|dramatic|over-?reacting|over-?sensitive|(?:too|so) sensitive|"
    r"attention[- ]seeking|weak|pathetic|lazy|ungrateful|hysterical|a drama queen|a psycho|a baby|a coward|"
    r"cowardly|stupid|an idiot|silly|ridiculous|over-?thinking(?: it| this| things)?|paranoid|unstable|"
    r"making it up|making this up|exaggerating|being a baby)"
)
_NAMING = "Describe what happened or how it feels, not the person, e.g. \"That sounds really overwhelming.\""

PATTERNS = (
    Pattern(
        phrase_pattern(
            r"\byou(?:'re|\s+are|\s+were|r)?(?:\s+(?:sound|seem|look|act|acting|being|behaving|sounding))?\s+"
            r"(?:(?:being|so|just|a bit|kind of|kinda|really|pretty|such|totally|completely|too|very|a little)\s+)*"
            + _LABELS + r"\b"
            r"|\b(?:stop|quit) (?:being\s+(?:so\s+)?)?(?:dramatic|selfish|crazy|sensitive|negative|lazy|weak|silly|"
            r"a baby|over-?reacting|over-?thinking)\b"
            r"|\bdon'?t be (?:so\s+|such an?\s+)?(?:dramatic|selfish|silly|stupid|sensitive|a baby|baby|crazy|"
            r"ridiculous|drama queen)\b"
            r"|\b(?:that|this|it)(?:'s|\s+is)\s+(?:just\s+|so\s+|really\s+|pretty\s+|a bit\s+|kind of\s+)*"
            r"(?:selfish|dramatic|attention[- ]seeking|pathetic|cowardly|weak)\b"
        ),
        "labels or judges them rather than what they are going through",
        _NAMING,
    ),
    Pattern(
        phrase_pattern(
            r"\battention[- ]seek(?:ing|er|ers)\b|\bpsychos?\b|\bpsychopaths?\b|\blunatics?\b|\bnut ?(?:case|job)s?\b"
            r"|\bschizos?\b|\bretard(?:ed|s)?\b|\bcrazy (?:person|people|ones?)\b|\bmental cases?\b|\bjunkies?\b"
            r"|\bloony\b|\bcry for attention\b|\bselfish\b|\bcoward'?s way\b|\bcowards?\b|\bcowardly\b"
            r"|\bfor attention\b|\bdrama queen\b|\bsociopaths?\b"
        ),
        "a stigmatising word: it can feel like a verdict on them",
        _NAMING,
        skip_negated=True,
    ),
    Pattern(
        phrase_pattern(
            r"\b(?:it'?s|it is|that'?s|that is|this is)\s+(?:all\s+|entirely\s+|partly\s+|kind of\s+|really\s+)?"
            r"your (?:own\s+)?fault\b|\bbr(?:ing|ings|inging|ought) (?:this|it|that|all this) on yourself\b"
            r"|\byou asked for it\b"
            r"|\byou only have yourself to blame\b|\bwhat were you thinking\b|\byou should(?:'ve| have) known better\b"
            r"|\bman up\b|\bsnap out of it\b|\bget a grip\b|\bgrow up\b|\btoughen up\b|\bpull yourself together\b"
            r"|\bstop feeling sorry for yourself\b|\bstop (?:complaining|whining|moaning)\b"
        ),
        "blames them; people who feel blamed tend to stop talking",
        "Make room for how they feel, e.g. \"It makes sense this is hitting you hard.\"",
        skip_negated=True,
    ),
    Pattern(
        phrase_pattern(r"\bcommit{1,2}(?:s|ed|ing)?\s+suicide\b"),
        "\"commit\" frames suicide as a crime",
        "Say \"died by suicide\" or \"took their own life\"; to ask, \"are you thinking about suicide?\"",
        skip_disowned=False,
    ),
    Pattern(
        phrase_pattern(r"\b(?:successful|completed|failed|unsuccessful)\s+(?:suicide|attempt)s?\b"),
        "frames a suicide or an attempt as a success or failure",
        "Say \"died by suicide\" or \"a suicide attempt\".",
        skip_disowned=False,
    ),
)


class JudgingChecker(PatternChecker):
    kind = FlagKind.JUDGING
    patterns = PATTERNS
