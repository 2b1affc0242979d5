"""The shipped crisis directory: complete entries, and crisis wording the output check accepts."""

from __future__ import annotations

import itertools
import re

import pytest

from mindhaven.crisis.directory import get_directory
from mindhaven.crisis.protocol import crisis_reply, language_for, resources_note, wording
from mindhaven.turn.check_output import StreamGuard, allowed_from, check_text
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
@pytest.mark.parametrize("lang", sorted(wording()))
def test_crisis_wording_for_every_country_and_language_passes_the_output_check(code, lang):
    allowed = allowed_from(DIRECTORY)
    entry = DIRECTORY.for_country(code)
    resources = DIRECTORY.resources_for(code)
    for level, human_present in itertools.product((RiskLevel.HIGH, RiskLevel.IMMINENT), (False, True)):
        reply = crisis_reply(level, entry, resources, lang, human_present=human_present)
        assert check_text(reply, allowed) is None, (code, reply)
        # The pipeline streams it through the guard like any reply: sentence by sentence, each
        # checked with the tail of the text before it. It must come through whole.
        guard = StreamGuard(allowed)
        assert "".join(guard.feed(reply) + guard.finish()) == reply, (code, guard.report.findings)
        assert (entry.emergency or "emergency") in reply or lang != "en"
        assert all(r.phone in reply for r in resources[:2] if r.phone and r.kind == "crisis_line")
    assert check_text(resources_note(entry, resources, lang), allowed) is None


def test_every_language_has_every_sentence():
    keys = set(wording()["en"])
    for lang, sentences in wording().items():
        assert set(sentences) == keys, lang
        assert "{emergency}" in sentences["opening_high"] and "{emergency}" in sentences["note_danger"]


@pytest.mark.parametrize("locale,country,expected", [
    ("es-MX", "MX", "¿Estás a salvo ahora mismo?"), ("fr", "FR", "Êtes-vous en sécurité"),
    ("de-AT", "AT", "Bist du gerade in Sicherheit?"), ("pt-BR", "BR", "Você está em segurança agora?"),
    ("hi", "IN", "क्या आप अभी सुरक्षित हैं?"), ("en-GB", "GB", "Are you safe right now?"),
    ("ja", "JP", "Are you safe right now?"),
])
def test_the_reply_is_in_the_persons_language(locale, country, expected):
    entry = DIRECTORY.for_country(country)
    lang = language_for(locale, entry)
    assert expected in crisis_reply(RiskLevel.HIGH, entry, DIRECTORY.resources_for(country), lang)


def test_unknown_country_falls_back_to_international():
    assert DIRECTORY.for_country("ZZ") is DIRECTORY.international
    assert DIRECTORY.for_country(None) is DIRECTORY.international
    assert DIRECTORY.for_country("gb").name == "United Kingdom"
