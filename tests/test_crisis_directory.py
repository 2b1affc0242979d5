"""The shipped crisis directory: complete entries, and crisis wording the output check accepts."""

from __future__ import annotations

import re

import pytest

from mindhaven.crisis.directory import get_directory
from mindhaven.crisis.protocol import crisis_reply, resources_note
from mindhaven.turn.check_output import allowed_from, check_text
from mindhaven.turn.types import RiskLevel

DIRECTORY = get_directory()
CODES = sorted(DIRECTORY.countries)


def test_covers_many_countries_with_a_crisis_or_emergency_line_each():
    assert len(CODES) >= 40
    for code in CODES:
        entry = DIRECTORY.countries[code]
        assert entry.emergency or any(r.kind == "crisis_line" for r in entry.resources), code
        assert any(r.kind in ("crisis_line", "emergency") for r in entry.resources) or entry.emergency, code


def test_every_entry_names_its_source_and_verification_date():
    for entry in [DIRECTORY.international, *DIRECTORY.countries.values()]:
        for r in entry.resources:
            assert r.source.startswith(("https://", "http://")), (entry.code, r.name)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.verified), (entry.code, r.name)
            assert r.phone or r.text or r.url, (entry.code, r.name)
            assert not r.url or r.url.startswith("https://"), (entry.code, r.name)
            assert not r.phone or re.fullmatch(r"[+\d][\d \-*]*\d", r.phone), (entry.code, r.phone)


@pytest.mark.parametrize("code", CODES + ["ZZ"])
def test_crisis_wording_for_every_country_passes_the_output_check(code):
    allowed = allowed_from(DIRECTORY)
    entry = DIRECTORY.for_country(code)
    resources = DIRECTORY.resources_for(code)
    for level in (RiskLevel.HIGH, RiskLevel.IMMINENT):
        reply = crisis_reply(level, entry, resources)
        assert check_text(reply, allowed) is None, (code, reply)
        assert "Are you safe right now?" in reply or "call" in reply
    assert check_text(resources_note(entry, resources), allowed) is None


def test_unknown_country_falls_back_to_international():
    assert DIRECTORY.for_country("ZZ") is DIRECTORY.international
    assert DIRECTORY.for_country(None) is DIRECTORY.international
    assert DIRECTORY.for_country("gb").name == "United Kingdom"
