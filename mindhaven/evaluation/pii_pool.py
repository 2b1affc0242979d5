"""More development data for names and streets: presidio-synth's development messages, their people and streets
swapped for others from the list the data set was generated from.

presidio-evaluator's generator (MIT, on PyPI) draws its people from a table of 3,000 made-up people of 24 name
sets, from Czech and Chechen to Japanese and Greenlandic (FakeNameGenerator.com_3000.csv). Each development
message of presidio-synth is written again three times: every capitalised name is replaced by a person from
that table in the same shape (a given name or a surname alone, a full name, or one with a middle initial, as
the generator writes them), and every street taken from the table by another street from it; one message in
twenty is then put in lower case, as the generator does. The gold spans move with the values. The held-out
templates are never read, and nothing from the table is added to any list the recognizers use.

``context_samples`` puts the same people and streets into messages written here rather than presidio-synth's
(``pii_contexts.txt``): where a person writes an address ("Meet me at ...", "Pick-up point: ...", a form, a
letter), filled as the generator fills its own templates. It shows how the recognizers fare in contexts they were
not written against, which the development templates, nearly all found, no longer show.

The table comes with the package, installed without its dependencies (``requirements/pii-pool.txt``); without
it both sets are empty and the evaluation says so.
"""

from __future__ import annotations

import csv
import importlib.util
import random
import re
from datetime import datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

from faker import Faker

from mindhaven.evaluation.datasets import presidio_synth_rows
from mindhaven.evaluation.pii import Gold, Sample, synth_label, synth_split
from mindhaven.evaluation.pii_generated import ADDRESS_FORMATS

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


# The table's column for each placeholder the generator fills from a person's row, and the type of its gold span.
_FROM_ROW = {"street_name": "StreetAddress", "city": "City", "state": "StateFull", "state_abbr": "State",
             "country": "CountryFull", "postcode": "ZipCode", "first_name": "GivenName", "last_name": "Surname",
             "phone_number": "TelephoneNumber", "email": "EmailAddress", "organization": "Company"}
_TYPES = {"address": "STREET_ADDRESS", "street_name": "STREET_ADDRESS", "building_number": "STREET_ADDRESS",
          "secondary_address": "STREET_ADDRESS", "postcode": "STREET_ADDRESS", "city": "GPE", "state": "GPE",
          "state_abbr": "GPE", "country": "GPE", "name": "PERSON", "first_name": "PERSON", "last_name": "PERSON",
          "phone_number": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "organization": "ORGANIZATION",
          "date_time": "DATE_TIME"}
_FIRST_DATE, _LAST_DATE = datetime(1970, 1, 1), datetime(2025, 12, 31)
_FAKER_NAMES = {"organization": "company"}  # where Faker's name for a value differs from the template's
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def contexts() -> list[str]:
    """The messages written for this set, with ``{{placeholders}}`` where the values go."""
    text = resources.files("mindhaven.evaluation").joinpath("pii_contexts.txt").read_text("utf-8")
    return [line.replace("\\n", "\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


class _Filler:
    """Values for one message, as the generator draws them: from one person's row of the table, each column once,
    then from Faker's US locale."""

    def __init__(self, rnd: random.Random, fake: Faker) -> None:
        self.rnd, self.fake = rnd, fake
        self.row = dict(rnd.choice(_people()))

    def value(self, name: str) -> str:
        value = self.row.pop(_FROM_ROW.get(name, ""), "")
        if value:
            return value
        if name == "name":
            return f"{self.value('first_name')} {self.value('last_name')}"
        if name == "address":
            return self.fill(self.rnd.choices([f for f, _ in ADDRESS_FORMATS], [w for _, w in ADDRESS_FORMATS])[0])
        if name == "street_address":
            return f"{self.fake.building_number()} {self.value('street_name')}" + \
                (f" {self.fake.secondary_address()}" if self.rnd.random() < 0.5 else "")
        if name == "date_time":  # between fixed dates: Faker's own range ends now, so the set would change daily
            return str(self.fake.date_time_between(_FIRST_DATE, _LAST_DATE))
        return str(getattr(self.fake, _FAKER_NAMES.get(name, name))())

    def fill(self, template: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self.value(m.group(1)), template)


def context_samples(count: int = 1000, seed: int = 1) -> list[Sample]:
    """``count`` messages written here, filled with the generator's people and streets; the same for the same seed,
    and empty without the table."""
    if not _people():
        return []
    rnd = random.Random(seed)  # nosec B311: chooses test values; a fixed seed keeps the set the same each run
    fake = Faker("en_US")
    fake.seed_instance(seed)
    templates = contexts()
    samples = []
    for k in range(count):
        filler = _Filler(rnd, fake)
        text, gold, at = "", [], 0
        template = rnd.choice(templates)
        for m in _PLACEHOLDER.finditer(template):
            text += template[at : m.start()]
            value = filler.value(m.group(1))
            gold.append(Gold(synth_label(_TYPES.get(m.group(1), ""), value), len(text), len(text) + len(value)))
            text += value
            at = m.end()
        text += template[at:]
        if rnd.random() < LOWER_CASE_SHARE:
            text = text.lower()
        samples.append(Sample(f"contexts-{k}", text, tuple(gold), kind="pii", split="dev"))
    return samples
