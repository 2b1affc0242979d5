"""More development data for names and streets: presidio-synth's development messages, their people and streets
swapped for others from the list the data set was generated from.

presidio-evaluator's generator (MIT, on PyPI) draws its people from a table of 3,000 made-up people of 24 name
sets, from Czech and Chechen to Japanese and Greenlandic (FakeNameGenerator.com_3000.csv). Each development
message of presidio-synth is written again three times: every capitalised name is replaced by a person from
that table in the same shape (a given name or a surname alone, a full name, or one with a middle initial, as
the generator writes them), and every street taken from the table by another street from it; one message in
twenty is then put in lower case, as the generator does. The gold spans move with the values. The held-out
templates are never read, and nothing from the table is added to any list the recognizers use.

The table comes with the package, installed without its dependencies (``requirements/pii-pool.txt``); without
it the set is empty and the evaluation says so.
"""

from __future__ import annotations

import csv
import importlib.util
import random
from functools import lru_cache
from pathlib import Path

from mindhaven.evaluation.datasets import presidio_synth_rows
from mindhaven.evaluation.pii import Gold, Sample, synth_label, synth_split

LOWER_CASE_SHARE = 0.05  # the generator's default share of messages in lower case


def people_table() -> Path | None:
    """Where the generator's table of people is, or None when presidio-evaluator is not installed."""
    spec = importlib.util.find_spec("presidio_evaluator")  # found without importing it: its dependencies are absent
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data_generator" / "raw_data" / \
        "FakeNameGenerator.com_3000.csv"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def _people() -> tuple[dict[str, str], ...]:
    path = people_table()
    if path is None:
        return ()
    with path.open(encoding="utf-8-sig", newline="") as f:
        return tuple(csv.DictReader(f))


def _person(rnd: random.Random, value: str, surnames: frozenset[str]) -> str:
    """A person from the table, written in the shape of ``value``."""
    person = rnd.choice(_people())
    words = value.split()
    if len(words) == 1:
        return person["Surname"] if value in surnames else person["GivenName"]
    if len(words) == 2:
        return f"{person['GivenName']} {person['Surname']}"
    return f"{person['GivenName']} {person['MiddleInitial']}{rnd.choice(('. ', ' '))}{person['Surname']}"


def pool_samples(copies: int = 3, seed: int = 11) -> list[Sample]:
    """Development messages written again with people and streets from the generator's table; the same for the
    same seed, and empty without the table."""
    if not _people():
        return []
    surnames = frozenset(p["Surname"] for p in _people()) - {p["GivenName"] for p in _people()}
    streets = frozenset(p["StreetAddress"] for p in _people())
    rnd = random.Random(seed)  # nosec B311: chooses test values; a fixed seed keeps the set the same each run
    samples = []
    for n, row in enumerate(presidio_synth_rows()):
        if synth_split(row["template_id"]) != "dev":
            continue
        spans = sorted(row["spans"], key=lambda s: s["start_position"])
        for copy in range(copies):
            text, gold, at, changed = "", [], 0, False
            for span in spans:
                text += row["full_text"][at : span["start_position"]]
                value, entity = span["entity_value"], span["entity_type"]
                if entity == "PERSON" and value[:1].isupper():
                    value, changed = _person(rnd, value, surnames), True
                elif entity == "STREET_ADDRESS" and value in streets:
                    value, changed = rnd.choice(_people())["StreetAddress"], True
                gold.append(Gold(synth_label(entity, value), len(text), len(text) + len(value)))
                text += value
                at = span["end_position"]
            text += row["full_text"][at:]
            if rnd.random() < LOWER_CASE_SHARE:
                text = text.lower()
            if changed:
                samples.append(Sample(f"pool-{n}-{copy}", text, tuple(gold), kind="pii", split="dev",
                                      template=row["template_id"]))
    return samples
