"""What the name recognizer knows about words: given names and surnames of many origins, ordinary
words of each supported language, and the language a message is written in.

- Names come from Faker's person providers (MIT): first and last names of 86 locales, including
  romanised Japanese, Chinese and Korean where Faker has them; compared without accents.
- Ordinary English words are WordNet's lemmas as shipped in the spaCy model's lemmatizer tables,
  plus spaCy's stop words; ordinary words of other languages are those wordfreq (Apache-2.0) rates at
  Zipf >= 3 (about once per million words or more often).
- Romanised Hindi has no word list on PyPI; ``HINGLISH`` holds its commonest function words and verbs.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from contextvars import ContextVar
from difflib import get_close_matches
from functools import lru_cache
from importlib import resources

# The language of the message being analysed, set by the analyzer for its recognizers.
message_language: ContextVar[str | None] = ContextVar("message_language", default=None)

LANGUAGES = ("en", "es", "fr", "de", "pt")
COMMON_ZIPF = 3.0
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Romanised Hindi (Hinglish) function words and frequent verbs: never names, and a sign of the language.
HINGLISH = frozenset("""
aaj abhi accha acha aur bahut bas bhai bhi bilkul chahiye dar dil diya dukh ek gaya gayi ghar gussa hai hain
hamesha ham hoon hota hoti hu hum jaana jab jahar kab kaha kahan kal kar karna karta karti karo kaun ke ki kisi
kitna ko koi kuch kya kyun kyu liya lag laga lagta lagti log lekin maa main mat mein mene maine mera meri mere
mujhe mujhse na nahi nahin ne pe pee par paas papa pata phir raha rahi rahe sab sabse sach sakta sakti se sirf
socha sunta sunti tha thi the thak thoda toh tu tum tujhe tumhe tera teri unka unki usne uska uski wala wali
woh wo yaar yahan ye yeh zindagi
""".split())

# A word before a capitalised one that makes it a holiday, a church or a place: "St Patty's day", "San Diego".
SAINTS = {"st", "saint", "san", "santa", "sankt", "são", "sao"}

# Words of chat and their spellings there, missing from WordNet; in lower case never a name, although
# Faker lists some ("uni", "mate", "nan").
CHAT_WORDS = frozenset({
    "im", "ive", "ill", "id", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "hasnt", "havent", "u", "ur",
    "pls", "plz", "lol", "omg", "idk", "tbh", "ok", "okay", "ya", "yeah", "bf", "gf", "mum", "nan", "mate", "hi",
    "hey", "uni", "bae", "bro", "sis", "fam", "tho", "rn", "ngl", "tbf", "cuz", "coz", "ppl", "convo", "meds", "gonna",
    "wanna", "gotta", "kinda", "sorta", "yall", "aint", "nah", "yep", "nope", "hmm", "ugh", "xx", "xoxo", "bday",
    "tmrw", "tmr", "2day", "irl",
})

# Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam scripts.
_INDIC = re.compile(r"[\u0900-\u0DFF]")


@lru_cache(maxsize=65_536)  # called for every word of every message, several times per word
def fold(word: str) -> str:
    """Lower case without accents: "Nguyễn" -> "nguyen", "Đức" -> "duc", "Lucía" -> "lucia"."""
    word = word.lower().replace("đ", "d").replace("ø", "o").replace("ł", "l").replace("ß", "ss").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def latin(word: str) -> bool:
    return word.isascii() or all("LATIN" in unicodedata.name(c, "") for c in word if c.isalpha())


def faker_person_providers():
    """Every Faker person provider (one per locale) that can be imported."""
    import faker.providers.person as person

    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is not None:
            yield provider


def listed(provider, attribute: str) -> list[str]:
    """One of a provider's name lists ("first_names", "last_names", ...); empty where it has none."""
    values = getattr(provider, attribute, None)
    return [str(v) for v in values] if values and not isinstance(values, property) else []


@lru_cache(maxsize=1)
def names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), folded, from every Faker person provider in Latin script."""
    first: set[str] = set()
    last: set[str] = set()
    for provider in faker_person_providers():
        for attr, into in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                           ("first_names_nonbinary", first), ("first_romanized_names", first),
                           ("first_romanized_names_male", first), ("first_romanized_names_female", first),
                           ("last_names", last), ("last_names_male", last), ("last_names_female", last),
                           ("last_romanized_names", last)):
            for value in listed(provider, attr):
                for part in value.split():
                    if len(part) > 1 and latin(part):
                        into.add(fold(part))
    return frozenset(first), frozenset(last)


@lru_cache(maxsize=1)
def medicines() -> frozenset[str]:
    """One-word medicine names, generic and brand ("sertraline", "lexapro"), that are not also people's names;
    written by ``python -m mindhaven.privacy.make_medicines``."""
    lines = resources.files("mindhaven.privacy").joinpath("lists/medicines.txt").read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def like_medicine(word: str) -> bool:
    """A medicine's name, or one misspelt ("sertaline"); ``word`` is folded."""
    return bool(get_close_matches(word, _medicines_by_start().get(word[:2], ()), n=1, cutoff=0.85))


@lru_cache(maxsize=1)
def _medicines_by_start() -> dict[str, list[str]]:
    """Medicines by their first two letters, which a misspelling seldom changes: 26,000 names are too many to
    compare each word with."""
    index: dict[str, list[str]] = {}
    for name in medicines():
        index.setdefault(name[:2], []).append(name)
    return index


@lru_cache(maxsize=200_000)
def zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


class Words:
    """Ordinary words, per language; built once from the loaded spaCy pipeline."""

    def __init__(self, nlp=None) -> None:
        english: set[str] = set()
        not_nouns: set[str] = set()  # verbs, adjectives, adverbs: "block", "sung", "will"
        irregular: set[str] = set()  # irregular forms: "hung", "said", "went"
        if nlp is not None:
            from spacy.lang.en.stop_words import STOP_WORDS

            english |= {w.lower() for w in STOP_WORDS}
            try:
                lookups = nlp.get_pipe("lemmatizer").lookups
                noun = nlp.vocab.strings.add("noun")  # the tables are keyed by the hash of the part of speech
                for pos, words in lookups.get_table("lemma_index").items():
                    english.update(w for w in words if w.isalpha())
                    if pos != noun:
                        not_nouns.update(w for w in words if w.isalpha())
                for forms in lookups.get_table("lemma_exc").values():  # irregular forms: "hung", "said"
                    english.update(w for w in forms if w.isalpha())
                    not_nouns.update(w for w in forms if w.isalpha())
                    irregular.update(w for w in forms if w.isalpha())
            except (KeyError, ValueError):
                pass
        english |= CHAT_WORDS
        self.english = frozenset(english)
        self.irregular = frozenset(irregular)
        self.stop = frozenset(w.lower() for w in STOP_WORDS) if nlp is not None else frozenset()
        self.not_nouns = frozenset(not_nouns | {w.lower() for w in STOP_WORDS} if nlp is not None else not_nouns)

    def inflected(self, word: str) -> bool:
        return _inflected_of(word, self.english)

    def common(self, word: str, language: str = "en") -> bool:
        """An ordinary word of ``language`` (or, for any language, of English or Hinglish)."""
        w = fold(word)
        if w in HINGLISH and language in ("hi", "en"):
            return True
        if language == "en":
            return w in self.english or self.inflected(w)
        if language == "hi":
            return w in self.english or w in HINGLISH
        return zipf(w, language) >= COMMON_ZIPF or w in self.english and zipf(w, "en") >= 4.0

    def title_case(self, text: str, language: str = "en") -> bool:
        """Most ordinary words capitalised where no sentence or line starts ("I Can't Do This Anymore"):
        there capitals say nothing about names. Names themselves, and a form's labels at the start of
        its lines ("Billing address:", "Phone:"), do not count."""
        ordinary = [m for m in WORD.finditer(text) if len(m.group(0)) > 1 and self.common(m.group(0), language)
                    and not sentence_start(text, m.start())]
        return len(ordinary) >= 3 and sum(m.group(0)[0].isupper() for m in ordinary) >= 0.6 * len(ordinary)


# Titles written before a surname ("Mr. Kleist", "Dr Okafor"): what follows, capitalised, is a name.
TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})
_TITLE_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})\.?[ \t]{{1,2}})$")


def after_title(text: str, start: int) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, start - 8), start))


def in_capitals(words: list[str], text: str) -> bool:
    """A word written all in capitals in a message that is not ("Moreno LLC", "Asc PLC"): the end of a
    company's name, not a person's."""
    return not text.isupper() and any(w.rstrip(".").isupper() for w in words)


def sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'(>*-":  # read back, not a copy of the text before: called for every word
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
             ("ly", ""), ("er", ""), ("est", ""), ("ness", ""), ("ful", ""))


def _inflected_of(word: str, vocabulary: frozenset[str]) -> bool:
    """"spiralling" -> "spiral", "texted" -> "text", "worries" -> "worry": an inflected ordinary word."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            if stem in vocabulary or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in vocabulary):
                return True
    return False


def detect_language(text: str, hint: str | None = None) -> str:
    """en, es, fr, de, pt or hi (including romanised Hindi): the language most of the words belong to.

    Short messages are ambiguous; the hint (the conversation's language) wins ties, then English.
    """
    if _INDIC.search(text):
        return "hi"
    words = WORD.findall(text)
    # Capitalised words are mostly names and places, which say little about the language: a signature or
    # an address block ("Brad Ferguson / Augsburger Strasse 36 / Schuld / Germany") is not German.
    # Short ones may be particles of names ("Maika van de Noort"), so they do not count alone.
    lowercase = [w for w in words if w.islower()]
    if sum(len(w) >= 3 for w in lowercase) >= 3:
        words = lowercase
    elif hint in LANGUAGES and len(lowercase) < len(words) / 2:
        return hint
    words = [fold(w) for w in words]
    if not words:
        return hint if hint in LANGUAGES else "en"
    scores = {lang: sum(min(zipf(w, lang), 7.0) for w in words) / len(words) for lang in LANGUAGES}
    hinglish = sum(w in HINGLISH for w in words) / len(words)
    if hinglish >= 0.4 and hinglish * 7 >= max(scores.values()) * 0.5:
        return "hi"
    if hint in scores:
        scores[hint] += 0.25
    scores["en"] += 0.1
    return max(scores, key=scores.__getitem__)
