"""Placeholder maps from two writers of one conversation, merged (privacy/pseudonyms.py)."""

from __future__ import annotations

import pytest

from mindhaven.privacy import pseudonyms
from mindhaven.privacy.analyzer import get_analyzer
from mindhaven.turn.deidentify import deidentify_text


@pytest.fixture(scope="module")
def analyzer():
    return get_analyzer()


def test_merge_keeps_stored_entries_and_renumbers_a_clash():
    stored = {"[PERSON_1]": "Anna", "[PERSON_2]": "Tom"}
    ours = {"[PERSON_1]": "Anna", "[PERSON_2]": "Priya", "[PERSON_3]": "tom", "[EMAIL_1]": "a@b.co"}
    merged, renames = pseudonyms.merge(stored, ours)
    assert merged == {"[PERSON_1]": "Anna", "[PERSON_2]": "Tom", "[PERSON_4]": "Priya", "[EMAIL_1]": "a@b.co"}
    assert renames == {"[PERSON_2]": "[PERSON_4]", "[PERSON_3]": "[PERSON_2]"}
    # all at once: [PERSON_2] becomes [PERSON_4], and [PERSON_3] takes the freed name [PERSON_2]
    assert pseudonyms.renamed("[PERSON_2] met [PERSON_3]", renames) == "[PERSON_4] met [PERSON_2]"
    assert pseudonyms.merge(stored, dict(stored)) == (stored, {})


def test_a_new_value_after_a_gap_takes_a_free_number(analyzer):
    text, _, mapping = deidentify_text("Then Oluwaseun called.", analyzer, {"[PERSON_1]": "Anna", "[PERSON_3]": "Tom"})
    assert text == "Then [PERSON_4] called." and mapping["[PERSON_4]"] == "Oluwaseun"
