"""The grounding check: every statement must rest on the messages it cites. Deterministic, no LLM.

In order, a statement is dropped when it
1. sits under no section, or cites no message;
2. cites only messages the model was not shown (ids that are not in the conversation, or older
   messages cut to fit the context); such citations are removed from statements that keep others;
3. cites none of the person's own messages (an agreed next step may cite staff instead); other
   speakers' citations are removed. Risk and protective factors must rest on the person's words;
   the other sections follow because the default model cited the assistant's reflections and
   suggestions as what the person felt, tried or agreed to ("Writes tomorrow's worries on paper
   before bed [m6]", where m6 was the assistant's idea);
4. states a diagnosis the person did not name in a cited message (diagnosis.py);
5. is not supported by the cited messages (support.py);
6. repeats a statement already kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mindhaven.summaries.diagnosis import unstated_diagnoses
from mindhaven.summaries.support import THRESHOLD, SupportScorer
from mindhaven.summaries.types import (
    DraftStatement,
    DropReason,
    DroppedStatement,
    Grounded,
    Speaker,
    Statement,
    Transcript,
)


def ground(drafts: Sequence[DraftStatement], shown: Transcript, scorer: SupportScorer) -> Grounded:
    kept: list[Statement] = []
    dropped: list[DroppedStatement] = []
    seen: set[str] = set()
    for draft in drafts:
        outcome = _check(draft, shown, scorer)
        if isinstance(outcome, Statement):
            key = _key(outcome.text)
            if key in seen:
                outcome = _drop(draft, DropReason.REPEATED)
            else:
                seen.add(key)
        (kept if isinstance(outcome, Statement) else dropped).append(outcome)
    return Grounded(tuple(kept), tuple(dropped))


def _check(draft: DraftStatement, shown: Transcript, scorer: SupportScorer) -> Statement | DroppedStatement:
    if draft.section is None:
        return _drop(draft, DropReason.NO_SECTION)
    if not draft.cites:
        return _drop(draft, DropReason.NO_CITATION)
    cited = [m for m in (shown.get(i) for i in draft.cites) if m is not None]
    if not cited:
        return _drop(draft, DropReason.UNKNOWN_CITATION, "cites " + ", ".join(f"m{i}" for i in draft.cites))
    cited = [m for m in cited if m.speaker in draft.section.evidence_from]
    if not cited:
        return _drop(draft, DropReason.NOT_PERSONS_WORDS)
    persons_words = [m.text for m in cited if m.speaker == Speaker.PERSON]
    if diagnoses := unstated_diagnoses(draft.text, persons_words):
        return _drop(draft, DropReason.DIAGNOSIS, ", ".join(diagnoses))
    support = scorer.score(draft.text, [m.text for m in cited])
    if not support.supported:
        return _drop(draft, DropReason.NO_SUPPORT, f"support {support.score:.2f} < {THRESHOLD:.2f} "
                     f"(words {support.lexical:.2f}, meaning {support.semantic:.2f})")
    return Statement(draft.section, draft.text, tuple(m.id for m in cited), round(support.score, 3))


def _drop(draft: DraftStatement, reason: DropReason, detail: str = "") -> DroppedStatement:
    return DroppedStatement(draft.section, draft.text, draft.cites, reason, detail)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()
