"""Promises of secrecy ("I won't tell anyone", "this stays between us"): conversations are stored,
and if the person is in danger others may have to be told. An honest, qualified promise ("...
unless I'm worried about your safety") is not flagged."""

from __future__ import annotations

from mindhaven.supporter_assist.checks.base import Pattern, PatternChecker, phrase_pattern
from mindhaven.supporter_assist.types import FlagKind

_WHO = (
    r"(?:anyone|anybody|a soul|a single (?:soul|person)|another soul|no one|nobody|the police|them|"
    r"your (?:parents|mum|mom|dad|family|boss|school|teacher|partner|doctor|therapist|friends))"
)

PATTERNS = (
    Pattern(
        phrase_pattern(
            r"\bi(?:'ll|'d|\s+will|\s+would)?\s*(?:won'?t|will not|will never|would never|wouldn'?t|promise not to|"
            r"promise i won'?t|promise never to|swear i won'?t|swear not to|am not going to|'m not going to|never)\s+"
            r"(?:ever\s+)?(?:tell|say (?:anything|a word)(?: to)?|share (?:this|it|that|any of this) with|"
            r"repeat (?:this|it|that) to|mention (?:this|it|that) to|report (?:this|it|that|you) to)\s+" + _WHO + r"\b"
            r"|\bi (?:won'?t|will not|will never) (?:report|share) (?:this|it|that|anything)\b"
        ),
        "promises secrecy that may not be possible to keep",
        "Be honest about privacy, e.g. \"This stays private unless I'm worried about your safety.\"",
        skip_qualified=True,
    ),
    Pattern(
        phrase_pattern(
            r"\b(?:this|it|that|everything|what you (?:say|tell me|share|said))\s*(?:stays|will stay|'ll stay|"
            r"remains|will remain|'ll remain|is|'s|can stay)\s+(?:just\s+|only\s+|strictly\s+)?"
            r"between (?:us|you and me|the two of us|you and i)\b"
            r"|\b(?:just|only|strictly)\s+between (?:us|you and me|the two of us|us two)\b"
            r"|\bkeep (?:this|it|that|everything) (?:just\s+)?between (?:us|you and me|the two of us)\b"
            r"|\byour secrets?(?:'s|\s+is|\s+are)? safe with me\b"
            r"|\bi(?:'ll|\s+will)\s+keep (?:this|it|that|your secret|everything)\s+(?:a\s+)?"
            r"(?:secret|to myself|private)\b"
            r"|\b(?:no one|nobody) (?:else\s+)?(?:will|would|has to|needs to|is going to) (?:ever\s+)?"
            r"(?:know|find out)\b"
            r"|\b(?:will|'ll|would) never (?:know|find out)(?: from me| about (?:this|it))?\b"
            r"|\bnothing (?:you say\s+|you tell me\s+)?(?:leaves|will leave|goes beyond) "
            r"(?:here|this (?:chat|room|conversation))\b"
            r"|\bi(?:'ll|\s+will) take (?:it|this|that|your secret) to (?:my|the) grave\b"
            r"|\b(?:completely|totally|100%|fully|entirely) (?:confidential|secret|private)\b"
        ),
        "promises secrecy that may not be possible to keep",
        "Be honest about privacy, e.g. \"This stays private unless I'm worried about your safety.\"",
        skip_negated=True,
        skip_qualified=True,
    ),
)


class SecrecyChecker(PatternChecker):
    kind = FlagKind.SECRECY
    patterns = PATTERNS
