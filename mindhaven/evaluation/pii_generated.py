"""More development data for addresses: presidio-synth's development templates, filled again with new values.

presidio-synth holds only about 400 development addresses, and the recognizers find all but two of them, so
it no longer shows what to mend. Here each development template that holds an address is filled again:
the address in one of the formats of presidio-evaluator's data generator (MIT; building number, street,
flat, town, state, country and postcode, on one line or several, or "the corner of ... and ..."), its
street and town drawn from one of Faker's Latin-script locales, every other placeholder with a plain
value. Gold spans are the generator's: the building number, the street, the flat and the postcode each
count as an address; town, state and country are ignored, as in presidio-synth. The held-out templates
are never read.
"""

from __future__ import annotations

import importlib
import random
import re
from functools import lru_cache

from faker import Faker

from mindhaven.evaluation.datasets import presidio_synth_rows
from mindhaven.evaluation.pii import IGNORE, Gold, Sample, synth_split
from mindhaven.privacy.lexicon import latin

# A run of address placeholders in a template, with what joins them, is one generated address.
_ADDRESS_RUN = re.compile(r"\{\{STREET_ADDRESS\}\}(?:[ ,\n]*\{\{(?:STREET_ADDRESS|GPE|ZIP_CODE)\}\})*")
_PLACEHOLDER = re.compile(r"(\{\{\w+\}\})")

# How the generator writes an address; a word in braces is a piece, anything else is written as is.
_FORMATS = (
    "{number} {street} {flat} {town} {state_name}",
    "{number} {street} {flat} {town} {state}",
    "{number} {street} {flat} {town} {country}",
    "{number} {street}\n {flat}\n {town}\n {country}",
    "{number} {street}\n {flat}\n {town}\n {country} {postcode}",
    "{street} {street}\n {flat}\n {town}\n {country} {postcode}",
    "the corner of {street} and {street}",
    "{street_address}, {town}, {country}",
    "{street_address} {flat}, {town}, {country} {postcode}",
    "{street_address}\n{town}, {state} {postcode}",
    "{street_address}\n{town}\n, {state}\n {postcode}",
    "{street_address}\n{town}\n, {state}\n {country} {postcode}",
)
_ADDRESS_PIECES = {"number", "street", "street_address", "flat", "postcode"}


@lru_cache(maxsize=1)
def address_locales() -> tuple[str, ...]:
    """Faker's locales with an address provider of their own whose streets are written in Latin script."""
    import faker.config

    kept = []
    for locale in faker.config.AVAILABLE_LOCALES:
        try:
            importlib.import_module(f"faker.providers.address.{locale}")
        except ModuleNotFoundError:
            continue
        fake = _stable(Faker(locale))
        fake.seed_instance(0)
        if all(latin(word) for word in fake.street_address().split()):
            kept.append(locale)
    return tuple(kept)


def development_templates() -> list[str]:
    """presidio-synth's development templates that hold an address, as its ``masked`` field writes them."""
    return sorted({row["masked"] for row in presidio_synth_rows()
                   if synth_split(row["template_id"]) == "dev" and "{{STREET_ADDRESS}}" in row["masked"]})


def _stable(fake: Faker) -> Faker:
    """Some locales build a list from a set (it_IT's towns), so its order, and the values drawn from it, change
    with Python's hash seed; sorted copies of every list of words keep the set the same in every run."""
    for provider in fake.providers:
        for name, value in vars(type(provider)).items():
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                setattr(provider, name, sorted(value))
    return fake


def _piece(name: str, fake: Faker, us: Faker, rnd: random.Random) -> str:
    return {
        "number": lambda: str(rnd.randint(1, 99999)).zfill(rnd.choice((3, 4, 5))),
        "street": lambda: fake.street_address() if rnd.random() < 0.5 else fake.street_name(),
        "street_address": fake.street_address,
        "flat": us.secondary_address,
        "town": fake.city,
        "state": us.state_abbr,
        "state_name": us.state,
        "country": us.country,
        "postcode": fake.postcode,
    }[name]()


def _plain(placeholder: str, us: Faker) -> str:
    """A value for a placeholder other than an address; scored as out of scope."""
    value = {"PERSON": us.name, "ORGANIZATION": us.company, "GPE": us.city, "TITLE": us.job,
             "PHONE_NUMBER": us.phone_number, "EMAIL_ADDRESS": us.email, "CREDIT_CARD": us.credit_card_number,
             "DOMAIN_NAME": us.domain_name, "IBAN_CODE": us.iban, "US_SSN": us.ssn, "IP_ADDRESS": us.ipv4,
             "ZIP_CODE": us.zipcode}.get(placeholder)
    return value() if value else {"AGE": "42", "NRP": "French", "DATE_TIME": "today"}.get(placeholder, "it")


def generated_address_samples(count: int = 600, seed: int = 7) -> list[Sample]:
    """``count`` messages from the development templates that hold an address; the same for the same seed."""
    templates = development_templates()
    rnd = random.Random(seed)  # nosec B311: chooses test values; a fixed seed keeps the set the same each run
    fakers = {locale: _stable(Faker(locale)) for locale in address_locales()}
    for n, fake in enumerate(fakers.values()):
        fake.seed_instance(seed + n)
    us = fakers["en_US"]
    samples = []
    for k in range(count):
        text, gold = "", []
        for part in _PLACEHOLDER.split(_ADDRESS_RUN.sub("{{ADDRESS}}", rnd.choice(templates))):
            if part == "{{ADDRESS}}":
                fake = fakers[rnd.choice(list(fakers))]
                for piece in re.split(r"(\{\w+\})", rnd.choice(_FORMATS)):
                    if piece.startswith("{"):
                        name = piece.strip("{}")
                        value = _piece(name, fake, us, rnd)
                        gold.append(Gold("ADDRESS" if name in _ADDRESS_PIECES else IGNORE,
                                         len(text), len(text) + len(value)))
                        text += value
                    else:
                        text += piece
            elif _PLACEHOLDER.fullmatch(part):
                value = _plain(part.strip("{}"), us)
                gold.append(Gold(IGNORE, len(text), len(text) + len(value)))
                text += value
            else:
                text += part
        samples.append(Sample(f"generated-{k}", text, tuple(gold), kind="pii", split="dev"))
    return samples
