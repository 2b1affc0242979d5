"""Stage 2, de-identify: identifiers become placeholders before any model sees the text."""

from __future__ import annotations

from typing import Protocol

from mindhaven.privacy import pseudonyms
from mindhaven.privacy.analyzer import Span
from mindhaven.turn.types import Deidentified, Entity, Received


class SpanFinder(Protocol):
    def find(self, text: str, language: str | None = None) -> list[Span]: ...


def deidentify_text(
    text: str, finder: SpanFinder, known: dict[str, str], language: str | None = None
) -> tuple[str, list[Entity], dict[str, str]]:
    """``language`` is the conversation's: a hint for short messages, which the analyzer may overrule."""
    spans = pseudonyms.known_spans(text, known, finder.find(text, language))
    redacted, mapping, placeholders = pseudonyms.replace(text, spans, known)
    entities = [Entity(s.type, s.start, s.end, p) for s, p in zip(spans, placeholders)]
    return redacted, entities, mapping


def deidentify(received: Received, finder: SpanFinder) -> Deidentified:
    redacted, entities, mapping = deidentify_text(received.text, finder, received.state.pseudonyms, received.locale)
    return Deidentified(received=received, text=redacted, entities=entities, pseudonyms=mapping)
