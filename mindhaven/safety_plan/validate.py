"""Turn what a person typed into a clean safety plan, or say clearly what is wrong."""

from __future__ import annotations

from mindhaven.safety_plan.sections import KEYS, MAX_ENTRIES, MAX_ENTRY_CHARS
from mindhaven.turn.receive import InvalidMessage, clean_text


def clean_sections(raw: dict[str, object]) -> dict[str, list[str]]:
    unknown = set(raw) - set(KEYS)
    if unknown:
        raise InvalidMessage("invalid_plan", f"Unknown safety-plan sections: {', '.join(sorted(unknown))}.")
    sections: dict[str, list[str]] = {}
    for key in KEYS:
        value = raw.get(key, [])
        entries = value.splitlines() if isinstance(value, str) else value
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise InvalidMessage("invalid_plan", f"'{key}' must be a list of short texts.")
        cleaned = [clean_text(e) for e in entries]
        cleaned = [e for e in cleaned if e]
        if len(cleaned) > MAX_ENTRIES:
            raise InvalidMessage("invalid_plan", f"'{key}' can hold up to {MAX_ENTRIES} entries.")
        too_long = next((e for e in cleaned if len(e) > MAX_ENTRY_CHARS), None)
        if too_long:
            raise InvalidMessage("invalid_plan", f"Each entry can be up to {MAX_ENTRY_CHARS} characters.")
        sections[key] = cleaned
    return sections
