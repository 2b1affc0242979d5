"""A clinician's review of a draft: each kept statement shown in the person's own names with the messages it
cites, then kept, edited or removed, and the result signed off. Statements the checks dropped are listed with
their reasons but cannot be signed: the draft is only what was supported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mindhaven.privacy import pseudonyms
from mindhaven.summaries.types import Section
from mindhaven.turn.receive import clean_text

MAX_STATEMENT_CHARS = 1000


class ReviewRefused(ValueError):
    """The sign-off cannot be accepted; ``str()`` is for people."""


@dataclass(frozen=True)
class Quote:
    id: int
    speaker: str
    text: str


@dataclass(frozen=True)
class ReviewItem:
    key: str  # "<section>-<index>": how a form or API names this statement
    text: str  # re-identified
    cites: tuple[int, ...]
    quotes: tuple[Quote, ...]  # the cited messages, as the clinician knows them


def review_items(draft: Mapping[str, Any], mapping: dict[str, str],
                 messages: Mapping[int, Quote]) -> dict[Section, list[ReviewItem]]:
    """Every section in order with the draft's statements, ready to review."""
    found: dict[Section, list[ReviewItem]] = {}
    for section in Section:
        found[section] = [
            ReviewItem(f"{section.value}-{i}", pseudonyms.restore(s["text"], mapping), tuple(s["cites"]),
                       tuple(messages[c] for c in s["cites"] if c in messages))
            for i, s in enumerate(draft.get("sections", {}).get(section.value, []))
        ]
    return found


def signed_sections(draft: Mapping[str, Any], mapping: dict[str, str],
                    chosen: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The clinician's version: the statements named in ``chosen`` (key -> final text), in the draft's order,
    each keeping its citations and marked ``edited`` if its words changed. A statement left out, or emptied,
    is removed. ReviewRefused for unknown keys, overlong text, or nothing left."""
    known = {f"{section}-{i}" for section, items in draft.get("sections", {}).items() for i in range(len(items))}
    unknown = sorted(set(chosen) - known)
    if unknown:
        raise ReviewRefused(f"Not statements of this draft: {', '.join(unknown[:5])}.")
    signed: dict[str, list[dict[str, Any]]] = {}
    for section in Section:
        kept = []
        for i, statement in enumerate(draft.get("sections", {}).get(section.value, [])):
            key = f"{section.value}-{i}"
            if key not in chosen:
                continue
            text = clean_text(chosen[key])
            if len(text) > MAX_STATEMENT_CHARS:
                raise ReviewRefused(f"A statement under {section.heading} is {len(text)} characters; "
                                    f"the limit is {MAX_STATEMENT_CHARS}.")
            if text:
                original = pseudonyms.restore(statement["text"], mapping)
                kept.append({"text": text, "cites": list(statement["cites"]), "edited": text != original})
        signed[section.value] = kept
    if not any(signed.values()):
        raise ReviewRefused("Keep at least one statement to sign off, or leave the draft unsigned.")
    return signed
