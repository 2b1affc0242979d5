"""The medicine list the de-identifier never takes for names: its file, and how it is written."""

import importlib.util

import pytest

from mindhaven.privacy import make_medicines
from mindhaven.privacy.lexicon import fold, medicines, names


def test_the_shipped_list_holds_common_psychiatric_medicines_and_no_faker_names():
    listed = medicines()
    assert len(listed) > 20_000
    assert {"sertraline", "lexapro", "seroquel", "lamictal", "wellbutrin", "lithium", "klonopin"} <= listed
    first, last = names()
    assert not {w for w in listed if fold(w) in first or fold(w) in last}
    assert all(w.isalpha() and w == w.lower() and len(w) >= 4 for w in listed)


def test_the_file_says_where_it_comes_from_and_is_sorted():
    lines = make_medicines.OUT.read_text("utf-8").splitlines()
    assert lines[0].startswith("# One-word medicine names from drug-named-entity-recognition")
    words = [line for line in lines if not line.startswith("#")]
    assert words == sorted(set(words))


@pytest.mark.skipif(importlib.util.find_spec("drug_named_entity_recognition") is None,
                    reason="the `lists` extra is not installed")
def test_the_script_writes_the_shipped_list():
    shipped = [line for line in make_medicines.OUT.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert make_medicines.medicine_words() == shipped
