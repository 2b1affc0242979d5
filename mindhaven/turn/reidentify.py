"""Stage 7, re-identify: the person sees their own names and details again, never placeholders."""

from __future__ import annotations

from mindhaven.privacy import pseudonyms


def reidentify(text: str, mapping: dict[str, str]) -> str:
    return pseudonyms.restore(text, mapping)
