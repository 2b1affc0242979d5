"""Precision and recall of the supporter phrasing flags on the labelled drafts.

    .venv/bin/python bench/supporter_flags.py [--examples PATH] [--errors]

Each line of ``mindhaven/supporter_assist/examples.jsonl`` is ``{"id", "split", "draft", "flags":
[kinds], "person": [the person's recent messages, optional]}``. A draft counts once per kind:
flagged or not, against the label. The missed-risk-cue flag reads the person's messages with the
live assessor (``runtime.build_assessor()``).

Two splits: ``dev`` drafts were written alongside the checkers and used to tune them, so their
figures say little beyond "the rules do what they were written to do"; ``held_out`` drafts were
written after the rules were frozen, and are the honest figure. Measured frozen, the held-out set
gave precision 0.89 and recall 0.77 over all kinds; three bugs it exposed were fixed afterwards
(German "Suizid" not read as asking about suicide, "keeps saying" not read as reported speech,
"take whatever time you need" read as advice), which is why it now reads slightly higher.
This is a script, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mindhaven.supporter_assist.checks import DraftFlagger, build_flagger  # noqa: E402
from mindhaven.supporter_assist.types import FlagKind  # noqa: E402

EXAMPLES = ROOT / "mindhaven" / "supporter_assist" / "examples.jsonl"
COUNTS = ("labelled", "tp", "fp", "fn")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(flagger: DraftFlagger, examples: list[dict]) -> tuple[dict[FlagKind, dict[str, int]], list[str]]:
    counts = {kind: dict.fromkeys(COUNTS, 0) for kind in FlagKind}
    errors: list[str] = []
    for example in examples:
        wanted = {FlagKind(k) for k in example["flags"]}
        flags = flagger.flags(example["draft"], example.get("person", []))
        found = {f.kind for f in flags}
        for kind in FlagKind:
            c = counts[kind]
            c["labelled"] += kind in wanted
            if kind in wanted and kind in found:
                c["tp"] += 1
            elif kind in found:
                c["fp"] += 1
                phrases = ", ".join(repr(f.phrase) for f in flags if f.kind == kind)
                errors.append(f"FP {kind:<16} {example['id']:<14} {phrases} in {example['draft']!r}")
            elif kind in wanted:
                c["fn"] += 1
                errors.append(f"FN {kind:<16} {example['id']:<14} {example['draft']!r}")
    return counts, errors


def report(name: str, examples: list[dict], counts: dict[FlagKind, dict[str, int]]) -> str:
    clean = sum(1 for e in examples if not e["flags"])
    lines = [f"{name}: {len(examples)} drafts, {clean} with no flag expected", "",
             f"| {'kind':<16} | labelled | TP | FP | FN | precision | recall |",
             f"|{'-' * 18}|----------|----|----|----|-----------|--------|"]
    totals = dict.fromkeys(COUNTS, 0)
    for kind, c in counts.items():
        for key in COUNTS:
            totals[key] += c[key]
        lines.append(_row(kind.value, c))
    lines.append(_row("all kinds", totals))
    return "\n".join(lines)


def _row(name: str, c: dict[str, int]) -> str:
    precision = f"{c['tp'] / (c['tp'] + c['fp']):.2f}" if c["tp"] + c["fp"] else "-"
    recall = f"{c['tp'] / (c['tp'] + c['fn']):.2f}" if c["tp"] + c["fn"] else "-"
    cells = f"{c['labelled']:>8} | {c['tp']:>2} | {c['fp']:>2} | {c['fn']:>2} | {precision:>9} | {recall:>6}"
    return f"| {name:<16} | {cells} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    args = parser.parse_args()

    examples = load(args.examples)
    flagger = build_flagger()
    for split in ("held_out", "dev"):
        chosen = [e for e in examples if e.get("split", "dev") == split]
        if not chosen:
            continue
        counts, errors = measure(flagger, chosen)
        print(report(split, chosen, counts) + "\n")
        if args.errors and errors:
            print("\n".join(errors) + "\n")


if __name__ == "__main__":
    main()
