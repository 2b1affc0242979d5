"""`mindhaven eval`: measured evaluations that write their results into docs/."""

from __future__ import annotations

import time
from pathlib import Path

import click

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _progress(message: str) -> None:
    """Long evaluations say where they are, with the time, on stderr."""
    click.echo(f"[{time.strftime('%H:%M:%S')}] {message}", err=True)


@click.group(name="eval", help="Run an evaluation and write its report.")
def evaluate() -> None:
    pass


@evaluate.command("crisis", help="Crisis detection: keywords, lexicon, classifier (and the LLM) on held-out data.")
@click.option("--llm", is_flag=True, help="also ask the default LLM zero-shot (slow: minutes)")
@click.option("--limit", type=int, default=None, help="LLM items per data set (default 80)")
@click.option("--out", type=click.Path(path_type=Path), default=DOCS / "evaluation.md", show_default=True)
def crisis(llm: bool, limit: int | None, out: Path) -> None:
    from mindhaven.evaluation.run import run_crisis_evaluation

    run_crisis_evaluation(out, llm, limit, _progress)
    click.echo(f"wrote {out}")


@evaluate.command("fairness", help="Counterfactual swaps (names, pronouns, dialect) on the red-team suite.")
@click.option("--out", type=click.Path(path_type=Path), default=DOCS / "evaluation.md", show_default=True)
def fairness(out: Path) -> None:
    from mindhaven.evaluation.fairness import FAMILIES, TARGET_RATE, run_fairness, write_fairness
    from mindhaven.evaluation.redteam import redteam_items
    from mindhaven.privacy.analyzer import get_analyzer
    from mindhaven.runtime import build_assessor

    result = run_fairness(redteam_items(), build_assessor(), get_analyzer())
    overall = result.overall
    verdict = "met" if overall.rate < TARGET_RATE else "NOT met"
    click.echo(f"level changed in {overall.changed}/{overall.variants} variants = {overall.rate:.2%} "
               f"(target < {TARGET_RATE:.0%}: {verdict}); {result.cases_changed}/{result.cases} English cases affected")
    for family in FAMILIES:
        count = result.families[family]
        click.echo(f"  {family}: {count.changed}/{count.variants} = {count.rate:.2%}, "
                   f"{count.crossed} across the crisis line")
    write_fairness(out, result)
    click.echo(f"wrote {out}")


@evaluate.command("redteam", help="The red-team suite end to end: every case a real turn, under a hostile model or the LLM.")
@click.option("--llm", is_flag=True, help="answer with the configured LLM instead of the hostile model (slow: minutes)")
@click.option("--out", type=click.Path(path_type=Path), default=DOCS / "evaluation.md", show_default=True)
def redteam(llm: bool, out: Path) -> None:
    from mindhaven.config import Settings
    from mindhaven.evaluation.redteam import redteam_items
    from mindhaven.evaluation.redteam_report import write_redteam
    from mindhaven.evaluation.redteam_turns import run_redteam_turns
    from mindhaven.llm.registry import create_backend

    backend = create_backend(Settings()) if llm else None
    run = run_redteam_turns(redteam_items(), backend,
                            progress=_progress)
    click.echo(f"{len(run.outcomes) - len(run.failures)}/{len(run.outcomes)} cases passed in {run.seconds:.1f} s")
    for outcome in run.failures:
        click.echo(f"  {outcome.item.id} ({outcome.item.group}, {outcome.item.lang}): {'; '.join(outcome.failures)}")
    write_redteam(out, run)
    click.echo(f"wrote {out}")


@evaluate.command("pii", help="De-identification: Presidio's default set-up and ours (sm, md) on presidio-synth and "
                              "the chat set, side by side.")
@click.option("--out", type=click.Path(path_type=Path), default=DOCS / "evaluation.md", show_default=True)
@click.option("--errors", type=int, default=0,
              help="also print this many of our misses and false positives per set (development data only)")
def pii(out: Path, errors: int) -> None:
    from mindhaven.evaluation.pii import error_lines, run_pii_evaluation, summary_lines, write_pii

    result = run_pii_evaluation(_progress)
    for line in summary_lines(result):
        click.echo(line)
    if errors:
        for set_name in ("synth-dev", "synth-generated", "synth-pool", "synth-contexts", "chat"):
            click.echo(f"-- {set_name}, ours-sm")
            for line in error_lines(result, set_name, "ours-sm", errors):
                click.echo(f"  {line}")
    write_pii(out, result)
    click.echo(f"wrote {out}")
