"""More mentions of people, found from the names the recognizers already found in a message.

Runs after the recognizers, since it needs their results:

- lists: name-like words listed with two found names ("Gaetane, Hannah, Anthony and Derek"), or
  paired with one ("Usamov and Bowers");
- speakers: words that open the lines of a dialogue as one found name does ("Ubul: ...\\nNicole: ...");
- repeats: a found name's word met again in the message ("... Alice Goldberg's tales ... early Goldberg");
- addressees: the line right above an address, when it reads as a full name ("Said A Gairbekov\n3037 ul.
  Północna 73", "Billing address: Soib Kishiev\n03262 2437 Main St").

A word counts only if it could be a name at all: a listed given name or surname that is not a verb or
an adjective ("Will", "May"), or a word the message's language does not use; "Mum" and "Date" never do.
"""

from __future__ import annotations

import re

from mindhaven.privacy.lexicon import HINGLISH, WORD, Words, fold, in_capitals, names, zipf

_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*(?:and|&)[ \t]+)")
_LIST_BEFORE = re.compile(r"\w(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*(?:and|&)[ \t]+)$")
_LIST_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*(?:and|&)[ \t]+)\w")
# The line above a given offset, past blank lines and quoting marks, or what follows a label on it ("Billing
# address: ..."): two to four words and initials.
_LINE_ABOVE = re.compile(
    r"(?m)^[ \t>?*|-]*(?:[^\W\d_][\w ]{0,20}:[ \t]*)?"
    r"(?P<name>[^\W\d_][\w'’-]*\.?(?:[ \t]{1,2}[^\W\d_][\w'’-]*\.?){1,3})[ \t]*\n(?:[ \t>?*|-]*\n)*[ \t>?*|-]*\Z"
)
_SPEAKER = re.compile(r"(?m)^[ \t>*-]*((?:[^\W\d_][\w'’-]*[ \t]+){0,2}[^\W\d_][\w'’-]*)[ \t]*:[ \t]*([\"“]?)")


class NameMentions:
    def __init__(self, words: Words) -> None:
        self.words = words
        self.first, self.last = names()

    def extend(self, text: str, people: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
        """Spans of further mentions, given the (start, end) of the names found in ``text``."""
        if not people:
            return []
        lowercase = not any(c.isupper() for c in text)
        found = list(people)
        words = [_token(m) for m in WORD.finditer(text)]
        tokens = [t for t in words if self._could_be_name(t[2], language) and (t[2][0].isupper() or lowercase)]
        # Lists: "A, B, C and D" with two of them found, or "A and B" with one.
        for chain in _chains(text, found, tokens):
            known = sum(u in people for u in chain)
            # With one found name, the others must be no ordinary word ("Paris, London and Rome" stay) and
            # the list must hold nothing else ("Twitter, Instagram, Pintrest and Tumblr").
            unusual = all(u in people or not self.words.common(text[u[0] : u[1]], language) for u in chain)
            alone = not _LIST_BEFORE.search(text, 0, chain[0][0]) and not _LIST_AFTER.match(text, chain[-1][1])
            if known >= 2 or known == 1 and alone and (len(chain) == 2 or unusual):
                found += [u for u in chain if u not in people]
        # When found names are two or more and most of a list, any other capitalised word in it is a name too,
        # even one that reads as a word ("Yuuka, Martin, My, Nicanor and Jonas", "Carlsen, Freud and Alex").
        capitalised = [t for t in words
                       if t[2][0].isupper() and not t[2].isupper() and fold(t[2]) not in self.words.stop]
        for chain in _chains(text, found, capitalised):
            known = sum(_covered(s, e, people) for s, e in chain)
            if known >= 2 and known > len(chain) / 2:
                found += [u for u in chain if not _covered(*u, found)]
        lines = list(_SPEAKER.finditer(text))
        speakers = [(m.start(1), m.end(1)) for m in lines]
        # A dialogue: every line opens with a speaker and a quotation ('Ichita: "Who are you?"').
        dialogue = len(speakers) >= 2 and all(m.group(2) for m in lines)
        if len(speakers) >= 2 and (dialogue or any(_covered(s, e, found) for s, e in speakers)):
            found += [(s, e) for s, e in speakers if not _covered(s, e, found) and
                      all(any(t[0] == m.start() + s for t in tokens) for m in WORD.finditer(text[s:e]))]
        named = {text[s:e] for p in found for s, e, _ in tokens if p[0] <= s and e <= p[1]}
        found += [(s, e) for s, e, w in tokens if w in named and not _covered(s, e, found)]
        return found[len(people) :]

    def addressees(self, text: str, addresses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of names written on the line above an address (past blank lines), as on an envelope or a
        form. Each word must be a listed name, an initial or a word the language does not use, so a company
        on that line ("Overture Technologies", "Asc Partners") stays."""
        lowercase = not any(c.isupper() for c in text)
        found = []
        for start, _ in addresses:
            line = _LINE_ABOVE.search(text, 0, start)
            if not line:
                continue
            words = line.group("name").replace(".", " ").split()
            real = [w for w in words if len(w) > 1]
            if len(real) >= 2 and all(w[0].isupper() or lowercase for w in words) and \
                    not in_capitals(real, text) and all(self._name_word(w) for w in real):
                found.append((line.start("name"), line.end("name")))
        return found

    def _name_word(self, word: str) -> bool:
        w = fold(word)
        return w in self.first or w in self.last or not self.words.common(word) and zipf(w, "en") < 3.0

    def _could_be_name(self, word: str, language: str) -> bool:
        w = fold(word)
        if len(w) < 3 or word.isupper():
            return False
        if w in self.first or w in self.last:
            return w not in self.words.not_nouns
        return not self.words.common(word, language) and w not in HINGLISH and zipf(w, language) < 3.0


def _chains(text: str, found: list[tuple[int, int]], tokens) -> list[list[tuple[int, int]]]:
    """Found names and tokens in runs joined by commas and "and": the lists in ``text``."""
    units = sorted(found + [(s, e) for s, e, _ in tokens if not _covered(s, e, found)])
    chains: list[list[tuple[int, int]]] = []
    for unit in units:
        if chains and _LIST_GAP.fullmatch(text, chains[-1][-1][1], unit[0]):
            chains[-1].append(unit)
        else:
            chains.append([unit])
    return chains


def _token(m: re.Match) -> tuple[int, int, str]:
    word = m.group(0)
    if word[-2:] in ("'s", "’s"):
        return m.start(), m.end() - 2, word[:-2]
    return m.start(), m.end(), word


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)

