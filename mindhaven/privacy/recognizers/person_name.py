from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from mindhaven.privacy.lexicon import (
    CHAT_WORDS, HINGLISH, SAINTS, TITLE_ABBREVIATIONS, WORD, Words, after_title, detect_language, fold,
    in_capitals, message_language, names, sentence_start, zipf,
)

# Words right before a name that say a person follows ("my sister priya", "named arjun").
RELATIONS = {
    "en": """friend bestie bff bf gf boyfriend girlfriend partner husband hubby wife ex fiance fiancee sister sis
    brother bro mum mom mother mama mam mommy dad father papa daddy son daughter kid cousin aunt auntie aunty uncle
    nan nana nanny gran grandma granny grandmother grandad grandpa grandfather nephew niece stepdad stepmum stepmom
    stepbrother stepsister boss manager supervisor teacher tutor lecturer professor coworker colleague flatmate
    roommate housemate neighbour neighbor therapist counsellor counselor psychiatrist psychologist doctor dr gp nurse
    worker mate classmate coach pastor priest imam rabbi mentor named called dear mr mrs ms miss""".split(),
    "es": """amigo amiga novio novia pareja esposo esposa marido mujer hermano hermana madre padre mamá papá mama papa
    hijo hija primo prima tío tía tio tia abuelo abuela sobrino sobrina jefe jefa profesor profesora compañero
    compañera vecino vecina psicólogo psicóloga psicologo psicologa médico medico doctora llama llamo llamado
    llamada don doña""".split(),
    "fr": "ami amie copain copine mari femme frère soeur sœur mère père fils fille cousin cousine patron appelle"
          .split(),
    "de": """freund freundin mann frau bruder schwester mutter vater mama papa sohn tochter cousin cousine chef
    chefin heiße heisst heißt""".split(),
    "pt": """amigo amiga namorado namorada marido esposa irmão irmã mãe pai filho filha primo prima chefe chama
    chamo""".split(),
}
RELATIONS["hi"] = RELATIONS["en"] + "dost bhai behen didi bhaiya beta beti naam".split()
# Weaker signs: verbs and words around a mention of someone ("talked to mateo", "aoife said").
BEFORE = {
    "en": "to with and about told tell texted text met miss missing called call messaged asked ask saw see love hate "
          "dating married w & im i'm is said shouted yelled whispered replied".split(),
    "es": "con a y que le dije habló hablé".split(),
    "fr": "avec à et".split(), "de": "mit und an".split(), "pt": "com e a".split(), "hi": "se ko aur".split(),
}
AFTER = {
    "en": "said says told texted keeps thinks is was and hasnt hasn't doesnt doesn't wont won't has had who called "
          "wants hates knows noticed left dumped sent asked got went moved lives works shouted found says from "
          "began replied whispered yelled".split(),
    "es": "me dijo dice es y no".split(), "fr": "m'a dit est".split(), "de": "hat sagt ist".split(),
    "pt": "disse é".split(), "hi": "ne ko".split(),
}
# Looked up for every word of every message: sets, not lists.
RELATIONS = {lang: frozenset(words) for lang, words in RELATIONS.items()}
BEFORE = {lang: frozenset(words) for lang, words in BEFORE.items()}
AFTER = {lang: frozenset(words) for lang, words in AFTER.items()}
TITLES = set("""princess prince king queen lady lord sir dame saint st captain officer detective judge president
senator pope general sergeant professor reverend""".split())
PERSON_BEFORE = set("and with told texted met miss called messaged dating married said shouted yelled whispered "
                    "replied".split())
PERSON_AFTER = set("said says told texted keeps thinks wants hates knows noticed dumped shouted lives began replied "
                   "whispered yelled".split())
_NAME_IS = {("name", "is"), ("name's", ""), ("names", ""), ("i'm", ""), ("im", ""), ("i", "am"), ("me", "llamo"),
            ("se", "llama"), ("je", "m'appelle"), ("ich", "heiße"), ("meu", "nome"), ("mera", "naam"),
            ("call", "me"), ("calls", "me"), ("called", "me")}
# Words that end a company's name, as written: "Moreno LLC", "Schmidt GmbH".
COMPANY_ENDS = frozenset("LLC Inc Ltd PLC GmbH Corp LLP AG BV NV Oy AB AS SA SRL SpA Co".split())
# A form's label, the question answered, or an addressee's mark: "Name: Toshimi Arata", "What's your last name?
# Weekers", "attn. Leal Marois", "c/o Ana Silva".
_NAME_LABEL = re.compile(
    r"(?i:(?:^|\n)[ \t>*-]*(?:full\s+|first\s+|last\s+)?name[ \t]*:[ \t]*|\bname\?[ \t]+|\b(?:attn\.?|c/o):?[ \t]+)$"
)

# A line holding two to four words and initials, behind quoting marks or a label: "> Mijail C Adomo",
# "Directed By:    Guy A Migneault".
_NAME_LINE = re.compile(
    r"(?m)^[ \t>?*|-]*(?:[^\W\d_][\w ]{0,20}:[ \t]*)?([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*\.?){1,3})[ \t]*$"
)


class PersonNameRecognizer(EntityRecognizer):
    """Given names and surnames of many origins, in lower case as people type them in chat.

    A word counts as a name when it is a known given name or surname (Faker, 86 locales) and not an
    ordinary word of the message's language; an ambiguous one ("grace", "jack", "mateo" in Spanish)
    needs a sign around it ("my sister grace", "jack said"). An unknown word right after a relation
    ("my friend dariush") is taken as a name too, and so is one after "call me", a form's "Name:" or a
    title ("Mrs. Barbara Yudina"). A following surname joins the span, even an unlisted one
    that no language uses ("olga krylova"). Two or three capitalised words no language
    uses ("Gyala Antall"), or a line holding only a name, are names wherever they stand.
    """

    needs_words = True  # built with the analyzer's word lists

    def __init__(self, words: Words) -> None:
        self.words = words
        self.first, self.last = names()
        super().__init__(supported_entities=["PERSON"], supported_language="en", name="PersonNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        language = message_language.get() or detect_language(text)
        tokens = [self._without_possessive(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
        title_case = self.words.title_case(text, language)
        # spaCy's tagger: a capitalised known name tagged as a proper noun is one even at a sentence start.
        proper = set()
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is not None and not title_case:
            proper = {t.idx for t in doc if t.pos_ == "PROPN" and t.text[:1].isupper()}
        results: list[RecognizerResult] = []
        if language == "en" and not title_case:
            results += self._unknown_full_names(text, tokens, nlp_artifacts)
        if language != "hi" and "\n" in text:
            results += self._name_lines(text, language)
        i = 0
        while i < len(tokens):
            score = self._score(text, tokens, i, language, title_case, proper)
            if score is None:
                i += 1
                continue
            end = self._extend(text, tokens, i, language, title_case)
            results.append(RecognizerResult("PERSON", tokens[i][0], tokens[end][1], score))
            i = end + 1
        if language == "en" and not title_case:
            results += self._coordinated(text, tokens, results)
        return results

    def _coordinated(self, text: str, tokens, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """ "Dale and White were engineers": a capitalised listed name, or a word no language uses,
        joined by "and" to a name already found is a name too, even a frequent word ("White")."""
        starts, ends = {r.start for r in found}, {r.end for r in found}
        results = []
        for k in range(1, len(tokens) - 1):
            if fold(tokens[k][2]) not in ("and", "&") or not (
                    _joined(text[tokens[k - 1][1] : tokens[k][0]]) and _joined(text[tokens[k][1] : tokens[k + 1][0]])):
                continue
            for mate, other in ((k + 1, tokens[k - 1][1] in ends), (k - 1, tokens[k + 1][0] in starts)):
                start, end, word = tokens[mate]
                if other and start not in starts and end not in ends and word[:1].isupper() and not word.isupper() \
                        and len(word) >= 3 and word.isalpha() and not sentence_start(text, start) \
                        and (fold(word) in self.first or fold(word) in self.last or self._unknown_word(fold(word))):
                    results.append(RecognizerResult("PERSON", start, end, 0.5))
        return results

    def _without_possessive(self, start: int, end: int, word: str) -> tuple[int, int, str]:
        """"Amanda's daughter" -> "Amanda": the name without its possessive; "it's", "name's" and a common
        word that is also a surname ("my boss's car", "at my wit's end") stay whole."""
        if len(word) > 4 and word[-2:] in ("'s", "’s"):
            base = word[:-2]
            w = fold(base)
            if not self.words.common(base) or base[0].isupper() and (w in self.first or w in self.last):
                return start, end - 2, base
        return start, end, word

    def _unknown_full_names(self, text: str, tokens, nlp_artifacts) -> list[RecognizerResult]:
        """Two or three capitalised words no language uses ("Gyala Antall", "Faina D. Yefremova"), which
        spaCy did not take for a place or anything else: a name from nowhere in the lists. spaCy's small
        model often calls such names an organisation, so that reading does not count against them."""
        taken = [(e.start_char, e.end_char) for e in (getattr(nlp_artifacts, "entities", None) or [])
                 if e.label_ not in ("PERSON", "ORGANIZATION", "ORG")]
        results = []
        i = 0
        while i < len(tokens):
            j, words = i, 0
            while j < len(tokens) and (j == i or _joined(text[tokens[j - 1][1] : tokens[j][0]],
                                                         after_initial=len(tokens[j - 1][2]) == 1)):
                if self._foreign_capitalised(tokens[j][2]):
                    words += 1
                elif not (j > i and len(tokens[j][2]) == 1 and tokens[j][2].isupper()):  # a middle initial
                    break
                j += 1
            if 2 <= words <= 3 and self._foreign_capitalised(tokens[j - 1][2]):
                start, end = tokens[i][0], tokens[j - 1][1]
                if not any(s < end and start < e for s, e in taken):
                    results.append(RecognizerResult("PERSON", start, end, 0.5))
            i = max(j, i + 1)
        return results

    def _name_lines(self, text: str, language: str) -> list[RecognizerResult]:
        """A line that is nothing but a full name, as at the top of a letter or a signature
        (">Gyala Antall", "Mohmad R. Vizirov"); found even in Title Case text, where capitals say nothing."""
        results = []
        lowercase = not any(c.isupper() for c in text)
        for m in _NAME_LINE.finditer(text):
            words = [w for w in m.group(1).split() if len(w.rstrip(".")) > 1]
            if len(words) < 2 or not all(w[0].isupper() or lowercase for w in words):
                continue
            if in_capitals(words, text):
                continue  # "Moreno LLC": a company's name
            given, surname = fold(words[0]), fold(words[-1])
            # A listed given name may carry any rarer capitalised surname ("Marta Palermo").
            rare_surname = (given in self.first and given not in self.words.not_nouns and words[-1][0].isupper()
                            and surname not in self.words.not_nouns and zipf(surname, "en") < 4.5)
            if all(self._listed_or_unknown(fold(w), language) for w in words[:-1]) and \
                    (rare_surname or self._listed_or_unknown(surname, language)):
                results.append(RecognizerResult("PERSON", m.start(1), m.end(1), 0.6))
        return results

    def _listed_or_unknown(self, w: str, language: str) -> bool:
        if w in self.first or w in self.last:
            return not self.words.common(w, language) or (w not in self.words.not_nouns and zipf(w, "en") < 4.0)
        return self._unknown_word(w)

    def _foreign_capitalised(self, word: str) -> bool:
        w = fold(word)
        parts = w.split("-")  # "Fokion-Isidoros"
        return (word[:1].isupper() and not word.isupper() and len(word) >= 3 and word.replace("-", "").isalpha()
                and not any(zipf(p, lang) >= 3.0 for p in parts for lang in ("en", "es", "fr", "de", "pt"))
                and not any(p in self.words.english for p in parts))

    def _cues(self, text: str, tokens, i: int, language: str) -> tuple[bool, bool]:
        prev = [fold(t[2]) for t in tokens[max(0, i - 3) : i]]
        nxt = fold(tokens[i + 1][2]) if i + 1 < len(tokens) else ""
        # Only words in the same clause count: no sentence end between the cue and the name.
        gap_before = text[tokens[i - 1][1] : tokens[i][0]] if i else ""
        gap_after = text[tokens[i][1] : tokens[i + 1][0]] if i + 1 < len(tokens) else ""
        relations = RELATIONS.get(language, RELATIONS["en"])
        # A label is short: only the text just before the word is read, not the whole message for every word.
        strong = bool(_NAME_LABEL.search(text, max(0, tokens[i][0] - 40), tokens[i][0]))
        if prev and prev[-1] in TITLE_ABBREVIATIONS and gap_before.strip() == ".":
            strong = True
        elif prev and not any(c in gap_before for c in ".!?\n"):
            last = prev[-1]
            strong |= last in relations or tuple(prev[-2:]) in _NAME_IS or (last, "") in _NAME_IS
            strong |= len(prev) >= 2 and (prev[-2], prev[-1]) in {("best", "friend"), ("best", "mate")}
        weak = bool(prev) and prev[-1] in BEFORE.get(language, ()) and not any(c in gap_before for c in ".!?\n")
        weak |= bool(nxt) and nxt in AFTER.get(language, ()) and not any(c in gap_after for c in ".!?\n")
        return strong, weak

    @staticmethod
    def _self_cue(tokens, i: int) -> bool:
        """ "im spiralling": after "I'm" an unknown word is more likely a state than a name."""
        prev = [fold(t[2]) for t in tokens[max(0, i - 2) : i]]
        return bool(prev) and (prev[-1] in ("im", "i'm") or prev[-2:] == ["i", "am"])

    @staticmethod
    def _unknown_word(w: str) -> bool:
        """A word no supported language uses: most likely a name nobody listed."""
        return all(zipf(w, lang) < 3.0 for lang in ("en", "es", "fr", "de", "pt")) and w not in HINGLISH

    @staticmethod
    def _person_cue(tokens, i: int) -> bool:
        """Cues that nearly always mean a person: "me and X", "told X", "X said"."""
        prev = fold(tokens[i - 1][2]) if i else ""
        nxt = fold(tokens[i + 1][2]) if i + 1 < len(tokens) else ""
        return prev in PERSON_BEFORE or nxt in PERSON_AFTER

    def _score(self, text: str, tokens, i: int, language: str, title_case: bool, propn: set[int]) -> float | None:
        start, end, word = tokens[i]
        proper = language == "en" and start in propn
        before, after = text[start - 1 : start], text[end : end + 2]
        if before in ("@", ".", "/", ":", "#", "_") or after[:1] in ("@", "/", "#", "_") or \
                (after[:1] == "." and after[1:2].isalnum()):
            return None  # part of an email, a URL or a handle
        if len(word) < 2 or not word.isalpha() and "'" not in word and "-" not in word:
            return None
        if word.isupper() and len(word) > 1 and not text.isupper():
            return None  # an acronym: "IBAN", "CBT"
        w = fold(word)
        if word.islower() and w in CHAT_WORDS:
            return None  # "i hate uni so much": chat words, although Faker lists some as names
        if w in TITLES or w in RELATIONS["en"]:
            return None  # "Princess", "Doctor": a title or a relation, not a name
        if i + 1 < len(tokens) and tokens[i + 1][2] in COMPANY_ENDS and _joined(text[end : tokens[i + 1][0]]):
            return None  # "Moreno LLC": a company named after someone
        if i and fold(tokens[i - 1][2]) in SAINTS:
            return None  # "St Patty's day", "San Diego": a holiday, a church or a place
        if word[0].isupper() and w not in self.words.stop and after_title(text, start):
            return 0.85  # "Mr. Kleist", "Dr Maha": after a title, even a word that is also an ordinary one
        known = w in self.first or w in self.last
        common = self.words.common(word, language) or (language != "en" and self.words.common(word, "en"))
        strong, weak = self._cues(text, tokens, i, language)
        capital = word[0].isupper() and not title_case and not sentence_start(text, start)
        if (w in self.first and word[0].isupper() and w not in self.words.not_nouns
                and self._surname_follows(text, tokens, i, language, propn)):
            return 0.85  # "Marta Palermo", "Ella H. Snider": a given name and a surname, anywhere
        if language == "en":
            if known and not common:
                return 0.85 if (capital or strong or weak) else (0.6 if len(w) >= 3 else None)
            if known and common and w in self.first and w not in self.words.not_nouns and zipf(w, "en") < 4.5 \
                    and i + 1 < len(tokens) and _joined(text[end : tokens[i + 1][0]]) \
                    and fold(tokens[i + 1][2]) in self.last and self._surname_like(fold(tokens[i + 1][2]), language):
                return 0.6  # "naomi ryan": a given name that is also a word, then a surname
            if known and common:
                # "my sister grace", "jack said"; a verb or an adjective needs the strong cue ("to block it").
                ordinary = w in self.words.not_nouns or zipf(w, "en") >= 5.0
                if (strong and w not in self.words.not_nouns) or (weak and not ordinary):
                    return 0.6
                # Capitalised in mid-sentence ("shouted at Todd") or tagged a proper noun ("Christopher: you
                # saved me"), unless the word is an ordinary verb or adjective or a frequent word ("Summer").
                return 0.5 if (capital or proper) and not ordinary and zipf(w, "en") < 4.5 else None
            if strong and not common and zipf(w, "en") < 3.0 and len(w) >= 3 and not self._self_cue(tokens, i):
                return 0.5
            if weak and not common and len(w) >= 4 and self._unknown_word(w) and self._person_cue(tokens, i):
                return 0.45
            return None
        if known and not common:
            return 0.85 if (strong or weak or capital) else None
        if known and (strong or weak and zipf(w, language) < 4.3 and w not in HINGLISH):
            return 0.6
        if strong and zipf(w, language) < 3.0 and len(w) >= 3:
            return 0.6
        return None

    def _surname_follows(self, text: str, tokens, i: int, language: str, propn: set[int]) -> bool:
        """A capitalised surname right after token ``i``, maybe past a middle initial."""
        j = i + 1
        initial = j < len(tokens) and len(tokens[j][2]) == 1 and tokens[j][2].isupper()
        j += initial
        if j >= len(tokens) or not _joined(text[tokens[i][1] : tokens[i + 1][0]]):
            return False
        if initial and not _joined(text[tokens[i + 1][1] : tokens[j][0]], after_initial=True):
            return False
        word = tokens[j][2]
        return (word[0].isupper() and not word.isupper() and len(word) > 1
                and (not self.words.common(word, language) or fold(word) in self.last or tokens[j][0] in propn))

    def _extend(self, text: str, tokens, i: int, language: str, title_case: bool) -> int:
        """The last token of the name starting at ``i``: surnames and initials join it."""
        end = i
        capital = tokens[i][2][0].isupper() and (not title_case or self._given_like(fold(tokens[i][2])))
        for _ in range(3):
            j = end + 1
            if j >= len(tokens) or not _joined(text[tokens[end][1] : tokens[j][0]]):
                break
            word = tokens[j][2]
            if capital and len(word) == 1 and word.isupper():  # a middle initial: "Ella H. Snider"
                after = tokens[j + 1] if j + 1 < len(tokens) else None
                if after and after[2][0].isupper() and _joined(text[tokens[j][1] : after[0]], after_initial=True):
                    end = j + 1
                    continue
                break
            if not capital and len(word) == 1 and word.islower() and word not in "ai":  # "eric g. samoylova"
                after = tokens[j + 1] if j + 1 < len(tokens) else None
                if after and _joined(text[tokens[j][1] : after[0]], after_initial=True) and \
                        self._surname_like(fold(after[2]), language):
                    end = j + 1
                    continue
                break
            w = fold(word)
            # "Zoe Young", "Kate Hill": after a capitalised listed given name, a capitalised listed surname
            # joins even when it is also a frequent word; left out, it would stay in clear.
            capital_surname = capital and word[0].isupper() and fold(tokens[i][2]) in self.first
            surname = (w in self.last and w not in self.words.stop and w not in self.words.irregular  # "sam lee"
                       and not self.words.inflected(w) and (zipf(w, "en") < 5.0 or capital_surname))
            if self.words.common(word, language) and not surname:
                break
            if w in self.last or w in self.first or (capital and word[0].isupper()) or \
                    (self._given_like(fold(tokens[i][2])) and self._surname_like(w, language)):
                end = j
                continue
            break
        return end

    def _given_like(self, w: str) -> bool:
        return w in self.first or self._unknown_word(w)

    def _surname_like(self, w: str, language: str) -> bool:
        """A listed surname that is no ordinary word, or a word no language uses ("olga krylova")."""
        return len(w) >= 3 and not self.words.common(w, language) and (w in self.last or self._unknown_word(w))


def _joined(gap: str, after_initial: bool = False) -> bool:
    """Two words of one name: one or two spaces between them, or a full stop after an initial ("H. Snider")."""
    return gap in (" ", "  ", "\t") or after_initial and gap in (". ", ".")

