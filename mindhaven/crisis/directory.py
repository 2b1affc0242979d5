"""The verified crisis-resource directory (resources.toml), chosen by country."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_files

from mindhaven.turn.types import CrisisResource

_DIGITS = re.compile(r"\d")

# The order resources are offered in: the most direct help first.
KINDS = ("emergency", "crisis_line", "text_line", "chat", "youth", "lgbtq", "domestic_violence", "directory")


def by_kind(resources) -> list[CrisisResource]:
    return sorted(resources, key=lambda r: KINDS.index(r.kind) if r.kind in KINDS else len(KINDS))


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    emergency: str
    languages: tuple[str, ...]
    resources: tuple[CrisisResource, ...]


class Directory:
    def __init__(self, data: dict) -> None:
        self.countries = {code.upper(): _country(code, c) for code, c in data.get("countries", {}).items()}
        self.international = _country("INTL", data["international"])

    def for_country(self, code: str | None) -> CountryEntry:
        """The country's entry, or the international fallback when we have none for it."""
        return self.countries.get((code or "").upper(), self.international)

    def resources_for(self, code: str | None) -> list[CrisisResource]:
        entry = self.for_country(code)
        found = list(entry.resources)
        if entry is not self.international:
            found += [r for r in self.international.resources if r.kind == "directory"]
        return found

    def allowed_contacts(self) -> tuple[set[str], set[str]]:
        """Every phone number (as bare digits) and URL host in the directory: nothing else may be shown."""
        phones: set[str] = set()
        hosts: set[str] = set()
        for entry in [self.international, *self.countries.values()]:
            if entry.emergency:
                phones.add(digits_of(entry.emergency))
            for r in entry.resources:
                for value in (r.phone, r.text):
                    if value:
                        phones.update(digits_of(run) for run in re.findall(r"\+?\d[\d -]{1,}\d|\d+", value))
                if r.url:
                    hosts.add(host_of(r.url))
        phones.discard("")
        return phones, hosts


def digits_of(value: str) -> str:
    return "".join(_DIGITS.findall(value))


def host_of(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split("?")[0]
    return host.removeprefix("www.")


def _country(code: str, data: dict) -> CountryEntry:
    fields = {"name", "description", "phone", "text", "url", "hours", "kind", "source", "verified"}
    resources = tuple(
        CrisisResource(**{k: (v or None) if k in {"phone", "text", "url", "hours"} else v for k, v in r.items() if k in fields})
        for r in data.get("resources", [])
    )
    return CountryEntry(
        code=code.upper(),
        name=data["name"],
        emergency=data.get("emergency", ""),
        languages=tuple(data.get("languages", ["en"])),
        resources=resources,
    )


@lru_cache(maxsize=1)
def get_directory() -> Directory:
    with package_files.files("mindhaven.crisis").joinpath("resources.toml").open("rb") as f:
        return Directory(tomllib.load(f))
