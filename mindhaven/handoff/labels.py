"""How a message's author is named to the person and to staff."""

from __future__ import annotations

ROLE_NAMES = {"clinician": "clinician", "supporter": "peer supporter"}
AI = "MindHaven (AI)"


def human_label(name: str, role: str) -> str:
    """E.g. "Sam Rivera (clinician)": a named human role, never mistaken for the AI."""
    return f"{name} ({ROLE_NAMES.get(role, role)})"


def speaker(role: str, author=None, you: str = "You") -> str:
    """The label over a message: ``you`` for the person's own words, the human's name and role for a message
    written during a handoff (``author`` has ``name`` and ``role``), otherwise the AI."""
    if role == "user":
        return you
    if author is not None:
        return human_label(author.name, author.role)
    return AI
