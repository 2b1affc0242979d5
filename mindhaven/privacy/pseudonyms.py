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
            placeholder = _next(mapping, span.type)
            mapping[placeholder] = value
            by_value[(span.type, _key(value))] = placeholder
        placeholders.append(placeholder)
        out.append(text[cursor : span.start])
        out.append(placeholder)
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out), mapping, placeholders


def merge(stored: dict[str, str], ours: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The map to store when another writer may have added to it since ``ours`` was read from it.

    A turn reads the map, waits seconds for the model, then stores; meanwhile a supporter's message or
    another turn may have stored new placeholders. Every stored entry is kept. One of ours whose value
    was stored meanwhile takes that placeholder; one whose placeholder was taken for another value gets
    the next free number. Returns the merged map and our placeholders renamed ({} when none are).
    """
    merged = dict(stored)
    by_value = {(_label(p), _key(v)): p for p, v in stored.items()}
    renames: dict[str, str] = {}
    for placeholder, value in ours.items():
        key = (_label(placeholder), _key(value))
        if key in by_value:
            if by_value[key] != placeholder:
                renames[placeholder] = by_value[key]
            continue
        if placeholder in merged:
            renames[placeholder] = _next({**ours, **merged}, key[0])
        merged[renames.get(placeholder, placeholder)] = value
        by_value[key] = renames.get(placeholder, placeholder)
    return merged, renames


def renamed(text: str, renames: dict[str, str]) -> str:
    """``text`` with placeholders renamed by ``merge``, all at once ([PERSON_2] -> [PERSON_3] -> ... )."""
    if not renames:
        return text
    return re.sub("|".join(map(re.escape, renames)), lambda m: renames[m.group(0)], text)


def restore(text: str, pseudonyms: dict[str, str]) -> str:
    """Put the original values back, tolerating the ways models mangle placeholders."""

    def swap(match: re.Match[str]) -> str:
        value = pseudonyms.get(f"[{match.group(1)}_{match.group(2)}]")
        return value if value is not None else match.group(0)

    return PLACEHOLDER.sub(swap, text)


def _next(mapping: dict[str, str], label: str) -> str:
    """A placeholder of ``label`` numbered after every one in ``mapping`` (numbers may have gaps)."""
    numbers = [int(p.strip("[]").rsplit("_", 1)[1]) for p in mapping if _label(p) == label]
    return f"[{label}_{max(numbers, default=0) + 1}]"


def _label(placeholder: str) -> str:
    return placeholder.strip("[]").rsplit("_", 1)[0]
