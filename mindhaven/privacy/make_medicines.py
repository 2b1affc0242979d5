"""Writes ``lists/medicines.txt``: medicine names, generic and brand, that are never read as a person's name.

"Tried Remeron, Trazodone and Ambien" and "they put me on Seroquel and Lamictal" read like lists of
people; hidden as names, the medicines a person is talking about never reach the reply. The names come
from drug-named-entity-recognition (MIT; MeSH, DrugBank, MedlinePlus and NHS lists), whose dictionary
takes seconds and hundreds of MB to load, so only its one-word names are kept, in a small file. Words
Faker also lists as given names or surnames ("Camila", "Allegra") stay out: a person may be called that.

    pip install -e '.[lists]' && python -m mindhaven.privacy.make_medicines
"""

from __future__ import annotations

from pathlib import Path

from mindhaven.privacy.lexicon import fold, names

OUT = Path(__file__).parent / "lists" / "medicines.txt"


def medicine_words() -> list[str]:
    from drug_named_entity_recognition.drugs_finder import drug_variant_to_canonical

    first, last = names()
    return sorted({v for v in drug_variant_to_canonical
                   if v.isalpha() and len(v) >= 4 and fold(v) not in first and fold(v) not in last})


def main() -> None:
    from importlib.metadata import version

    words = medicine_words()
    header = (f"# One-word medicine names from drug-named-entity-recognition {version('drug-named-entity-recognition')}"
              " (MIT), less Faker's names.\n# Written by python -m mindhaven.privacy.make_medicines.\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} names to {OUT}")


if __name__ == "__main__":
    main()
