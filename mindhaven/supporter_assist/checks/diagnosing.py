"""Diagnosing ("you have depression", "sounds like bipolar"): only a clinician can say that.

Not diagnosing: asking ("do you think you might have ADHD?"), reporting ("your doctor said you
have bipolar", "you mentioned you have OCD") and saying one cannot tell ("I can't say whether
you have depression").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mindhaven.supporter_assist.checks.base import Pattern, PatternChecker, phrase_pattern
from mindhaven.supporter_assist.types import FlagKind

_CONDITION = (
    r"(?:(?:clinical|major|severe|postnatal|postpartum|manic|seasonal|chronic)\s+)?depression|depressive disorder|"
    r"an? (?:depressive|manic|psychotic) episode|bipolar(?: disorder)?|bpd|c-?ptsd|ptsd|ocd|adhd|autism|"
    r"asperger'?s|schizophrenia|psychosis|an? (?:anxiety|eating|personality|panic|mood|attachment|bipolar) disorder|"
    r"(?:generali[sz]ed|social) anxiety(?: disorder)?|borderline(?: personality disorder)?|anorexia|bulimia|"
    r"narcissis(?:m|tic personality disorder)|a mental (?:illness|disorder)|dysthymia|seasonal affective disorder"
)
_PERSON_IS = (
    r"(?:bipolar|schizophrenic|psychotic|autistic|anorexic|bulimic|borderline|manic|clinically depressed|ocd|adhd|"
    r"a narcissist|a sociopath|a psychopath|depressive)"
)
_PERSON_NOUN = r"(?:a narcissist|a sociopath|a psychopath)"
# "anxiety" alone is a feeling ("you have anxiety about exams"); stated as something a person has, a diagnosis.
_ANXIETY = r"anxiety(?!\s+(?:about|over|around|when|before|after|of|at|with|because|for|in)\b)"
_HEDGE = r"(?:definitely|probably|clearly|obviously|likely|might|may|could|must|possibly|really)"

PATTERNS = (
    Pattern(
        phrase_pattern(
            rf"\byou(?:'ve|\s+have)?\s+(?:{_HEDGE}\s+)?(?:have|'ve got|have got|got|suffer from|are suffering from|"
            rf"'re suffering from|are showing signs of|'re showing signs of)\s+"
            rf"(?:a\s+(?:bit|touch|form|case)\s+of\s+|some\s+(?:form|kind)\s+of\s+)?(?:{_CONDITION}|{_ANXIETY})\b"
            rf"|\b(?:you(?:'re|\s+are)|(?:he|she)(?:'s|\s+is)|they(?:'re|\s+are)|your \w+ (?:is|are|sounds like|seems))"
            rf"\s+(?:{_HEDGE}\s+|so\s+|a bit\s+|kind of\s+)*{_PERSON_IS}\b"
            rf"|\b(?:sounds|looks|seems)\s+like\s+(?:(?:classic|textbook|typical|a case of|a form of|signs of|"
            rf"symptoms of)\s+)*(?:{_CONDITION}|{_PERSON_NOUN})\b"
            rf"|\b(?:could|might|may|must) (?:well\s+)?be\s+(?:a\s+(?:bit|touch|form|case)\s+of\s+)?"
            rf"(?:{_CONDITION})\b"
            rf"|\b(?:this|that|it)(?:'s|\s+is)\s+"
            rf"(?:(?:classic|textbook|definitely|probably|clearly|obviously|just)\s+)*"
            rf"(?:{_CONDITION})\b"
            rf"|\b(?:classic|textbook|typical|clear)\s+(?:signs?|symptoms?|case)\s+of\s+(?:{_CONDITION})\b"
            rf"|\b(?:signs?|symptoms?) of\s+(?:{_CONDITION})\b"
        ),
        "names a diagnosis; only a clinician can make one",
        "Describe what they told you instead, e.g. \"It sounds like you've been feeling low for a long time.\"",
    ),
)
_ASKING_OR_UNSURE = re.compile(
    r"\b(?:(?:whether|if)(?:\s+(?:it|this|that|you|they|he|she))?|do you think|wondered|wondering"
    r"|did (?:they|someone|anyone|your \w+) (?:say|tell you))\s+$",
    re.IGNORECASE,
)


class DiagnosingChecker(PatternChecker):
    kind = FlagKind.DIAGNOSING
    patterns = PATTERNS

    def spans(self, pattern: Pattern, text: str) -> Iterator[tuple[int, int]]:
        for start, end in super().spans(pattern, text):
            if not _ASKING_OR_UNSURE.search(text[max(0, start - 40) : start]):
                yield start, end
