"""The consent text (terms.toml), loaded once. ``CURRENT_VERSION`` is what new consent must name; a service shows
``TERMS.for_service(...)``, with its retention period written in."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

TERMS_FILE = Path(__file__).with_name("terms.toml")


@dataclass(frozen=True)
class ConsentSection:
    key: str
    heading: str
    short: str  # one sentence, for the terminal
    points: tuple[str, ...]


@dataclass(frozen=True)
class ConsentTerms:
    version: str
    title: str
    sections: tuple[ConsentSection, ...]
    retention: tuple[str, str]  # with "{days}" for a number of days; when kept until erased

    def for_service(self, conversation_days: int) -> ConsentTerms:
        """The terms as a service shows them: "{retention}" says how long it keeps a quiet conversation."""
        said = self.retention[0].format(days=conversation_days) if conversation_days else self.retention[1]
        sections = tuple(
            replace(s, short=s.short.replace("{retention}", said).strip(),
                    points=tuple(p.replace("{retention}", said) for p in s.points))
            for s in self.sections
        )
        return replace(self, sections=sections)

    def short_form(self) -> str:
        return "\n".join([self.title, *(f"- {s.heading}: {s.short}" for s in self.sections)])


def load_terms(path: Path = TERMS_FILE) -> ConsentTerms:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sections = tuple(
        ConsentSection(s["key"], s["heading"], s["short"], tuple(s["points"])) for s in data["sections"]
    )
    return ConsentTerms(str(data["version"]), data["title"], sections,
                        (data["retention"]["days"], data["retention"]["forever"]))


TERMS = load_terms()
CURRENT_VERSION = TERMS.version
