"""Consistent placeholders within a conversation: "Anna" is [PERSON_1] every time."""

from __future__ import annotations

import re

from mindhaven.privacy.analyzer import Span

PLACEHOLDER = re.compile(r"\[?\b([A-Z]{2,8})[_ ](\d{1,3})\b\]?")


def _key(value: str) -> str:
    return " ".join(value.lower().split())


def value_pattern(value: str, flags: int = 0) -> re.Pattern[str]:
    """A known value as whole words, whatever the spacing between them."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, value.split())) + r"(?!\w)", flags)


def known_spans(text: str, pseudonyms: dict[str, str], found: list[Span]) -> list[Span]:
    """Values already in the conversation's map, wherever they recur and in any case.

    NER can miss a name in one sentence that it caught in another; once a value is known to
    be identifying it is hidden every time.
    """
    found = list(found)
    extra: list[Span] = []
    for placeholder, value in sorted(_with_name_parts(pseudonyms), key=lambda item: -len(item[1])):
        if len(value.strip()) < 2:
            continue
        pattern = value_pattern(value, re.IGNORECASE)
        for match in pattern.finditer(text):
            # A known value wins over what it contains ("anna" found, "Anna Smith" known): one placeholder.
            inside = [s for s in found if match.start() <= s.start and s.end <= match.end()]
            others = [s for s in [*found, *extra] if s not in inside]
            if all(match.end() <= s.start or match.start() >= s.end for s in others):
                found = [s for s in found if s not in inside]
                extra.append(Span(_label(placeholder), match.start(), match.end(), 1.0))
    return sorted([*found, *extra], key=lambda s: s.start)


def _with_name_parts(pseudonyms: dict[str, str]) -> list[tuple[str, str]]:
    """Known values, plus the rare words of known full names: "Oluwaseun Adeyemi" is known, so a later
    "oluwaseun" alone is the same person. Ordinary words ("Rose", "Will") are left to the recognizers."""
    from mindhaven.privacy.lexicon import COMMON_ZIPF, zipf

    values = list(pseudonyms.items())
    for placeholder, value in pseudonyms.items():
        parts = value.split()
        if _label(placeholder) == "PERSON" and len(parts) > 1:
            values += [(placeholder, p) for p in parts if len(p) >= 3 and zipf(p.lower(), "en") < COMMON_ZIPF]
    return values


def replace(text: str, spans: list[Span], pseudonyms: dict[str, str]) -> tuple[str, dict[str, str], list[str]]:
    """Return the redacted text, the updated map (placeholder -> value) and each span's placeholder."""
    mapping = dict(pseudonyms)
    by_value = {(_label(p), _key(v)): p for p, v in mapping.items()}
    placeholders: list[str] = []
    out, cursor = [], 0
    for span in spans:
        value = text[span.start : span.end]
        placeholder = by_value.get((span.type, _key(value)))
        if placeholder is None:
            count = sum(1 for p in mapping if _label(p) == span.type) + 1
            placeholder = f"[{span.type}_{count}]"
            mapping[placeholder] = value
            by_value[(span.type, _key(value))] = placeholder
        placeholders.append(placeholder)
        out.append(text[cursor : span.start])
        out.append(placeholder)
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out), mapping, placeholders


def restore(text: str, pseudonyms: dict[str, str]) -> str:
    """Put the original values back, tolerating the ways models mangle placeholders."""

    def swap(match: re.Match[str]) -> str:
        value = pseudonyms.get(f"[{match.group(1)}_{match.group(2)}]")
        return value if value is not None else match.group(0)

    return PLACEHOLDER.sub(swap, text)


def _label(placeholder: str) -> str:
    return placeholder.strip("[]").rsplit("_", 1)[0]
