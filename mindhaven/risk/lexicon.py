"""The risk lexicon: every language's curated phrases, graded on the C-SSRS ladder.

Each language lives in its own module under ``mindhaven.risk.lexicons`` (phrases plus the
grammar that frames them: negation, hypotheticals, reported speech, media). Every message is
run against all of them, since people switch languages mid-conversation and the locale a
conversation was opened with says little about the language of a disclosure.

The English names this module always had (``PHRASES``, ``NEGATION``...) stay available.
"""

from __future__ import annotations

from mindhaven.risk.lexicons import de, en, es, fr, hi, pt
from mindhaven.risk.lexicons._base import (
    ABUSE,
    CATEGORIES,
    HARM_TO_OTHERS,
    MEDICAL_EMERGENCY,
    PANIC,
    PSYCHOSIS,
    RISK_TAKING,
    SELF_HARM,
    SUBSTANCE_EMERGENCY,
    SUICIDAL_BEHAVIOUR,
    SUICIDAL_THOUGHTS,
    Language,
    Phrase,
)

LANGUAGES: tuple[Language, ...] = (en.LANGUAGE, es.LANGUAGE, fr.LANGUAGE, pt.LANGUAGE, de.LANGUAGE, hi.LANGUAGE)
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}

# English, under the names callers have always used.
PHRASES = en.PHRASES
NEGATION = en.NEGATION
NEW_CLAUSE = en.NEW_CLAUSE
OTHER_PERSON = en.OTHER_PERSON
MEANS_MENTION = en.MEANS_MENTION

__all__ = [
    "ABUSE",
    "BY_CODE",
    "CATEGORIES",
    "HARM_TO_OTHERS",
    "LANGUAGES",
    "MEANS_MENTION",
    "MEDICAL_EMERGENCY",
    "NEGATION",
    "NEW_CLAUSE",
    "OTHER_PERSON",
    "PANIC",
    "PHRASES",
    "PSYCHOSIS",
    "Language",
    "Phrase",
    "RISK_TAKING",
    "SELF_HARM",
    "SUBSTANCE_EMERGENCY",
    "SUICIDAL_BEHAVIOUR",
    "SUICIDAL_THOUGHTS",
]
