"""Does a cited message support a statement? A deterministic score, no LLM.

Two measures, both over the cited messages only:

- lexical: the share of the statement's content words (light normalisation: the risk lexicon's
  English view, stop words and summary framing words like "reports" removed, simple suffix
  stemming, placeholders kept as words) that occur in the cited messages;
- semantic: the highest cosine similarity between the statement and any clause or sentence of a
  cited message, a whole cited message, or all cited messages together, with the project's
  MiniLM sentence embedder (risk/embeddings.py; about 4 ms a sentence). Clauses matter: a
  model writes "Snaps at flatmate" for one clause of a long sentence (0.20 against the sentence,
  0.80 against the clause).

A statement is supported when 0.5 x semantic + 0.5 x lexical >= 0.64.

How that was chosen (``python -m mindhaven.summaries.calibrate``): 296 hand-written claims about
the 26 scripted conversations, 216 supported (152 worded close to the message, 64 paraphrased
the way a clinician might: "Caregiver strain", "Easily startled") and 80 planted unsupported ones
(32 fabricated, 29 contradicted by the cited message, 8 embellished, 11 citing the wrong
message). Thresholds were chosen on the odd-numbered conversations to keep the most supported
claims while keeping at most 10% of the unsupported ones, then read on the even-numbered ones:

    measure                       threshold   calibration half     held-out half
                                              supported/unsupp.    supported/unsupp. kept
    lexical only                     0.61        54% / 8%            57% / 5%
    semantic only                    0.75        38% / 8%            41% / 0%
    0.5 semantic + 0.5 lexical       0.64        55% / 8%            55% / 2%

The equal mix was kept: as good as words alone on the planted claims, and the embedder rescues
short statements whose words differ from the message's. Over all 296 claims at 0.64: 118 of 152
close claims kept (78%), 1 of 64 paraphrases, 4 of 29 contradicted (the hard case: "Has already
emailed their tutor" for "maybe I could email my tutor" shares its words and meaning), and
none of the fabricated, embellished or wrongly cited ones: 5% of the unsupported kept in all.
Abstract paraphrases are dropped: the check errs towards fewer statements, and the
contradictions that get through are one reason every summary is a draft for review. Also
measured and not used: multilingual-e5-small sentence similarity (a little better alone, many
times slower on CPU) and MiniLM token alignment (no better than sentence similarity).

On the default model's own drafts (qwen2.5-coder-1.5b, 7 conversations, 46 cited statements
labelled by hand) the threshold dropped all 13 unsupported statements (wrong message cited,
the worked example copied, feelings never expressed) and kept 29 of the 33 supported ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mindhaven.risk.embeddings import Embedder, get_embedder
from mindhaven.risk.normalize import normalize

SEMANTIC_WEIGHT = 0.5
THRESHOLD = 0.64

_STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can cannot could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on once only
or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves us still really much many even quite bit lot lots things thing
""".split())
# Words a summary uses to frame what was said, which carry no claim of their own.
_FRAMING_WORDS = frozenset("""
person client patient user individual they them their reports reported reporting report says said saying states
stated stating describes described describing mentions mentioned mentioning notes noted shares shared sharing
expresses expressed expressing explains explained indicates indicated feels felt feeling currently recently
appears seems message messages conversation assistant
""".split())
_WORD = re.compile(r"\[[a-z]+_\d+\]|[a-z0-9]+")
_SUFFIXES = ("ingly", "edly", "ing", "ed", "ly", "ies", "es", "s")
# Words sharing their first six letters count as the same word: "counselling" and "counsellor",
# "redundant" and "redundancy"; five letters already join unrelated words ("concern", "concentrate").
_PREFIX = 6
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s-\s)\s*(?:and\s+|but\s+)?")


def content_words(text: str) -> set[str]:
    """Stems of the words that carry a claim."""
    words = _WORD.findall(normalize(text))
    return {_stem(w) for w in words if w not in _STOP_WORDS and w not in _FRAMING_WORDS and len(w) > 1}


def _stem(word: str) -> str:
    if word.startswith("["):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix == "ies":
                return stem + "y"
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2]:
                return stem[:-1]  # "stopped" -> "stop"
            return stem
    return word


def lexical_support(statement: str, cited: Sequence[str]) -> float:
    words = content_words(statement)
    if not words:
        return 0.0
    available = set().union(*(content_words(text) for text in cited)) if cited else set()
    prefixes = {w[:_PREFIX] for w in available if len(w) >= _PREFIX}
    found = [w for w in words if w in available or (len(w) >= _PREFIX and w[:_PREFIX] in prefixes)]
    return len(found) / len(words)


def evidence_units(cited: Sequence[str]) -> list[str]:
    """What a statement may be compared with: each sentence, each message, and all of them together."""
    units: list[str] = []
    for text in cited:
        sentences = [s for s in _SENTENCE.split(text.strip()) if s]
        for sentence in sentences:
            clauses = [c for c in _CLAUSE.split(sentence) if len(c.split()) >= 3]
            units += clauses if len(clauses) > 1 else []
        units += sentences if len(sentences) > 1 else []
        units.append(text)
    if len(cited) > 1:
        units.append(" ".join(cited))
    return list(dict.fromkeys(units))


@dataclass(frozen=True)
class Support:
    lexical: float
    semantic: float

    @property
    def score(self) -> float:
        return SEMANTIC_WEIGHT * self.semantic + (1 - SEMANTIC_WEIGHT) * self.lexical

    @property
    def supported(self) -> bool:
        return self.score >= THRESHOLD


class SupportScorer:
    """Scores statements against cited messages; keeps the vectors of texts it has embedded."""

    def __init__(self, embedder: Embedder | None = None):
        self._embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder("minilm")
        return self._embedder

    def score(self, statement: str, cited: Sequence[str]) -> Support:
        if not cited:
            return Support(0.0, 0.0)
        units = evidence_units(cited)
        self._embed([statement, *units])
        claim = self._vectors[statement]
        semantic = max(float(claim @ self._vectors[u]) for u in units)
        return Support(lexical_support(statement, cited), max(semantic, 0.0))

    def _embed(self, texts: list[str]) -> None:
        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if not missing:
            return
        if len(self._vectors) > 20_000:
            self._vectors.clear()
        for text, vector in zip(missing, self.embedder.embed(missing)):
            self._vectors[text] = vector
