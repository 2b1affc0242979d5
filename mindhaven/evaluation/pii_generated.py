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

# How the generator writes an address, with its weights (presidio-evaluator's AddressProviderNew, MIT).
ADDRESS_FORMATS = (
    ("{{building_number}} {{street_name}} {{secondary_address}} {{city}} {{state}}", 5),
    ("{{building_number}} {{street_name}} {{secondary_address}} {{city}} {{state_abbr}}", 5),
    ("{{building_number}} {{street_name}} {{secondary_address}} {{city}} {{country}}", 5),
    ("{{building_number}} {{street_name}}\n {{secondary_address}}\n {{city}}\n {{country}}", 5),
    ("{{building_number}} {{street_name}}\n {{secondary_address}}\n {{city}}\n {{country}} {{postcode}}", 5),
    ("{{street_name}} {{street_name}}\n {{secondary_address}}\n {{city}}\n {{country}} {{postcode}}", 5),
    ("the corner of {{street_name}} and {{street_name}}", 3),
    ("{{first_name}} and {{street_name}}", 3),
    ("{{street_address}}, {{city}}, {{country}}", 5),
    ("{{street_address}} {{secondary_address}}, {{city}}, {{country}} {{postcode}}", 5),
    ("{{street_address}}\n{{city}}, {{state_abbr}} {{postcode}}", 25),
    ("{{street_address}}\n{{city}}\n, {{state_abbr}}\n {{postcode}}", 25),
    ("{{street_address}}\n{{city}}\n, {{state_abbr}}\n {{country}} {{postcode}}", 25),
    ("{{military_apo}}\nAPO {{military_state}} {{postcode}}", 1),
    ("{{military_ship}} {{last_name}}\nFPO {{military_state}} {{postcode}}", 1),
    ("{{military_dpo}}\nDPO {{military_state}} {{postcode}}", 1),
)
# The pieces this set fills, by the generator's names for them; the formats with any other piece (a person's
# name, a military address) are left out, and the rest are drawn alike.
_PIECE_NAMES = {"building_number": "number", "street_name": "street", "secondary_address": "flat", "city": "town",
                "state": "state_name", "state_abbr": "state", "country": "country", "postcode": "postcode",
                "street_address": "street_address"}
_GENERATOR_PIECE = re.compile(r"\{\{(\w+)\}\}")
_FORMATS = tuple(_GENERATOR_PIECE.sub(lambda m: "{" + _PIECE_NAMES[m.group(1)] + "}", f) for f, _ in ADDRESS_FORMATS
                 if all(p in _PIECE_NAMES for p in _GENERATOR_PIECE.findall(f)))
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
