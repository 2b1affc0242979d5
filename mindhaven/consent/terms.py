"""The consent text (terms.toml), loaded once. ``CURRENT_VERSION`` is what new consent must name."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
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

    def short_form(self) -> str:
        return "\n".join([self.title, *(f"- {s.heading}: {s.short}" for s in self.sections)])


def load_terms(path: Path = TERMS_FILE) -> ConsentTerms:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sections = tuple(
        ConsentSection(s["key"], s["heading"], s["short"], tuple(s["points"])) for s in data["sections"]
    )
    return ConsentTerms(str(data["version"]), data["title"], sections)


TERMS = load_terms()
CURRENT_VERSION = TERMS.version
