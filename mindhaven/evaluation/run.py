"""``run_crisis_evaluation``: every system on every held-out set in one run, then the report."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from mindhaven.evaluation import datasets, systems
from mindhaven.evaluation.datasets import Item
from mindhaven.evaluation.redteam import redteam_items
from mindhaven.evaluation.scoring import Scores, score
from mindhaven.evaluation.systems import Run

DEFAULT_LLM_LIMIT = 80  # LLM items per data set when ``limit`` is None: about 10-15 minutes in all
SEED = 20261125
SYSTEMS = ("keyword", "lexicon", "classifier", "combined", "fused", "llm")


@dataclass
class SetResult:
    name: str
    items: list[Item]
    runs: dict[str, Run] = field(default_factory=dict)
    scores: dict[str, Scores] = field(default_factory=dict)
    llm_subset: list[int] = field(default_factory=list)
    subset_scores: dict[str, Scores] = field(default_factory=dict)


def load_sets() -> dict[str, list[Item]]:
    sets = datasets.test_sets()
    sets["redteam"] = redteam_items()
    return sets


# Crisis posts from one held-out set against everyday-distress posts from another: (name, positives, negatives).
COMPOSITES = (
    ("sdcnl+dreaddit", "sdcnl", "dreaddit"),
    ("sdcnl-relabelled+dreaddit", "sdcnl-relabelled", "dreaddit"),
)


def composite(results: dict[str, SetResult], name: str, positives: str, negatives: str) -> SetResult:
    """The positives of one set against the negatives of another (Dreaddit's minimum/mild-severity
    test posts): a cleaner "crisis vs everyday distress" contrast than SDCNL's suicide-vs-depression
    labels. With SDCNL's own labels the positives are the r/SuicideWatch posts; with our post-level
    labels they are the posts that say the person is at risk."""
    picks = [(positives, n) for n, i in enumerate(results[positives].items) if i.crisis == 1]
    picks += [(negatives, n) for n, i in enumerate(results[negatives].items) if i.crisis == 0]
    out = SetResult(name, [results[s].items[n] for s, n in picks])
    for system in SYSTEMS[:-1]:  # not the LLM, which saw only a sample of each set
        judgements = [results[s].runs[system].judgements[n] for s, n in picks]
        out.runs[system] = Run(system, judgements, 0.0)  # speed is reported per source set
    return out


def llm_subset(items: list[Item], limit: int) -> list[int]:
    """Up to ``limit`` items: positives first (up to half), the rest drawn from the others; seeded."""
    rng = np.random.RandomState(SEED)
    pos = [n for n, i in enumerate(items) if i.crisis == 1]
    rest = [n for n, i in enumerate(items) if i.crisis != 1]
    pos = list(rng.permutation(pos))[: max(limit // 2, limit - len(rest))]
    rest = list(rng.permutation(rest))[: limit - len(pos)]
    return sorted(int(n) for n in pos + rest)


def run_crisis_evaluation(out_doc: Path, include_llm: bool, limit: int | None,
                          progress: Callable[[str], None] | None = None) -> dict[str, SetResult]:
    """Evaluate the keyword baseline, the lexicon, the classifier, their combinations and (with
    ``include_llm``) the default LLM zero-shot on the held-out open sets and the red-team suite.

    ``limit`` caps the LLM's items per data set (None: DEFAULT_LLM_LIMIT); the other systems see
    every item. Writes ``out_doc`` (markdown) and its figures to docs/figures/ beside it.
    """
    from mindhaven.evaluation.llm_judge import llm_zero_shot
    from mindhaven.evaluation.report import write_report
    from mindhaven.risk.classifier import RiskClassifier

    say = progress or (lambda message: None)
    started = time.time()
    say("loading the held-out sets and the red-team suite")
    sets = load_sets()
    model = RiskClassifier.load()
    model.embed(["warm-up"])  # the embedder's load is not part of the throughput
    results: dict[str, SetResult] = {}
    for name, items in sets.items():
        say(f"{name}: {len(items)} items")
        r = results[name] = SetResult(name, items)
        r.runs["keyword"] = systems.timed("keyword", systems.keyword_baseline, items)
        r.runs["lexicon"] = systems.timed("lexicon", systems.lexicon, items)
        r.runs["classifier"] = systems.timed("classifier", lambda it: systems.classifier(it, model), items)
        lex, clf = r.runs["lexicon"], r.runs["classifier"]
        r.runs["combined"] = Run("combined", systems.combine(lex.judgements, clf.judgements), lex.seconds + clf.seconds)
        r.runs["fused"] = systems.timed("fused", lambda it: systems.live(it, model), items)
        say(f"  keyword {r.runs['keyword'].per_second:.0f}/s, lexicon {lex.per_second:.0f}/s, "
            f"classifier {clf.per_second:.1f}/s")
    if include_llm:
        cap = DEFAULT_LLM_LIMIT if limit is None else limit
        say(f"LLM zero-shot on up to {cap} items per data set")
        for name, r in results.items():
            r.llm_subset = llm_subset(r.items, cap)
            subset = [r.items[n] for n in r.llm_subset]
            say(f"{name}: LLM on {len(subset)} items")
            run = systems.timed("llm", lambda it: llm_zero_shot(it, say), subset)
            r.runs["llm"] = run
    for name, positives, negatives in COMPOSITES:
        if positives in results:
            results[name] = composite(results, name, positives, negatives)
    for r in results.values():
        for system, run in r.runs.items():
            if system != "llm":
                r.scores[system] = score(r.items, run.judgements)
        if "llm" in r.runs:
            subset = [r.items[n] for n in r.llm_subset]
            for system, run in r.runs.items():
                judgements = run.judgements if system == "llm" else [run.judgements[n] for n in r.llm_subset]
                r.subset_scores[system] = score(subset, judgements)
    say("writing the report")
    write_report(out_doc, results, model, include_llm, time.time() - started)
    say(f"done in {(time.time() - started) / 60:.1f} min: {out_doc}")
    return results

