"""Writes docs/fhir/sample-bundle.json: one PHQ-9 and one GAD-7 for a pseudonymous person, as the
FHIR R4B Bundle MindHaven exports.

    .venv/bin/python scripts/fhir_sample_bundle.py

The answers are made up; the output is the same on every run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mindhaven.fhir import Administration, bundle_json, export_bundle, import_bundle

OUT = Path(__file__).resolve().parents[1] / "docs" / "fhir" / "sample-bundle.json"
PSEUDONYM = "mh-5f2c9a1e7b3d4c60a8e1f9b2"
WHEN = datetime(2026, 3, 2, 10, 15, tzinfo=UTC)

PHQ9 = {"phq9-1": 2, "phq9-2": 2, "phq9-3": 1, "phq9-4": 2, "phq9-5": 1, "phq9-6": 1, "phq9-7": 1, "phq9-8": 0,
        "phq9-9": 0, "phq9-difficulty": 1}  # 10: moderate
GAD7 = {"gad7-1": 1, "gad7-2": 2, "gad7-3": 2, "gad7-4": 1, "gad7-5": 0, "gad7-6": 1, "gad7-7": 0}  # 7: mild


def main() -> None:
    administrations = [Administration("phq9", PHQ9, WHEN), Administration("gad7", GAD7, WHEN)]
    text = bundle_json(export_bundle(PSEUDONYM, administrations, timestamp=WHEN))
    for administration, imported in zip(administrations, import_bundle(text), strict=True):
        result = imported.score()
        print(f"{administration.instrument}: {result.total} ({result.band})")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
