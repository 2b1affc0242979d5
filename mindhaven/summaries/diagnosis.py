"""Diagnoses stated as fact ("has major depressive disorder", "is bipolar").

Only a clinician can diagnose, and a summary drafted by a model must not do it for them. A
statement that names a condition is kept only when the person named the same condition
themselves in a message it cites ("I have bipolar disorder" supports "Has bipolar disorder").
"Anxiety" alone is a feeling here, never a diagnosis.
Clinical names ("panic disorder", "PTSD") count wherever they appear; everyday words that are
also diagnoses ("depression", "insomnia", "addiction") count only where the statement asserts
them ("has depression", "diagnosed with insomnia", "is an alcoholic"), so "reports feeling
depressed" and "anxious about exams" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# canonical name -> how the condition is written (lower case, regex)
_CLINICAL: dict[str, str] = {
    "depressive disorder": r"(?:major |persistent |recurrent )?depressive (?:disorder|episode)|\bmdd\b|clinical depression|"
                           r"dysthymi[ac]|(?:post[- ]?natal|post[- ]?partum|perinatal) depression",
    "bipolar": r"bipolar(?: (?:i|ii|1|2|disorder|affective disorder))*|manic[- ]depress\w*|cyclothymi\w*|\bmania\b|"
               r"hypomani[ac]|manic episode",
    "ptsd": r"\bc-?ptsd\b|post[- ]?traumatic stress(?: disorder)?|\bptsd\b|acute stress disorder",
    "schizophrenia": r"schizo(?:phreni\w*|affective\w*|id\w*)",
    "psychosis": r"psychos[ie]s|psychotic(?: disorder| episode)?",
    "ocd": r"\bocd\b|obsessive[- ]compulsive(?: disorder)?",
    "adhd": r"\badhd\b|attention[- ]deficit",
    "autism": r"autis(?:m|tic)|asperger\w*|\basd\b",
    "anxiety disorder": r"(?:generali[sz]ed |social )?anxiety disorder|\bgad\b|panic disorder|agoraphobia|social phobia",
    "eating disorder": r"eating disorder|anorexi[ac](?: nervosa)?|bulimi[ac](?: nervosa)?|binge[- ]eating disorder|"
                       r"\barfid\b",
    "personality disorder": r"(?:borderline|emotionally unstable|antisocial|narcissistic)?\s*personality disorder|"
                            r"\bbpd\b|\beupd\b",
    "substance use disorder": r"(?:alcohol|substance|drug|opioid|cannabis) (?:use )?disorder|alcohol dependence|"
                              r"alcoholism|gambling disorder",
    "adjustment disorder": r"adjustment disorder",
    "seasonal affective disorder": r"seasonal affective disorder",
}
# Everyday words that are also diagnoses: only asserted uses count.
_EVERYDAY: dict[str, str] = {
    "depression": r"depression",
    "insomnia": r"insomnia",
    "addiction": r"addiction|addict\b|alcoholic\b(?! drinks?\b| beverages?\b)",
}
_ASSERTING = (
    r"\b(?:has|have|had|having|suffers? from|suffering from|diagnos(?:ed|is) (?:with|of)|diagnosis(?: is|:)?|"
    r"(?:is|are|was)(?: an?)?|meets? (?:the )?criteria for|consistent with|indicative of|symptoms of|signs of|"
    r"likely|probable|possible|presents? with|presentation of)\s+(?:(?:a|an|the|some|clinical|severe|mild|moderate|"
    r"chronic|likely|possible|probable|untreated|undiagnosed)\s+)*"
)
_CLINICAL_PATTERNS = {name: re.compile(rf"(?i)(?:{pattern})") for name, pattern in _CLINICAL.items()}
_EVERYDAY_PATTERNS = {name: re.compile(rf"(?i){_ASSERTING}(?:{pattern})") for name, pattern in _EVERYDAY.items()}
# What a person may say to name a condition as their own, beyond the clinical names.
_SELF_STATED = {
    "depression": re.compile(r"(?i)depression|depressive"),
    "insomnia": re.compile(r"(?i)insomnia"),
    "addiction": re.compile(r"(?i)addict|alcoholic"),
}


def conditions_named(statement: str) -> set[str]:
    """The conditions a statement names as a diagnosis (canonical names)."""
    named = {name for name, pattern in _CLINICAL_PATTERNS.items() if pattern.search(statement)}
    named |= {name for name, pattern in _EVERYDAY_PATTERNS.items() if pattern.search(statement)}
    return named


def named_by_person(condition: str, persons_words: Iterable[str]) -> bool:
    pattern = _SELF_STATED.get(condition) or _CLINICAL_PATTERNS.get(condition)
    return pattern is not None and any(pattern.search(text) for text in persons_words)


def unstated_diagnoses(statement: str, persons_words: Iterable[str]) -> list[str]:
    """Conditions the statement states that the person did not name in the cited messages."""
    words = list(persons_words)
    return sorted(c for c in conditions_named(statement) if not named_by_person(c, words))
