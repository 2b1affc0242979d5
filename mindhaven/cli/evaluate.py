"""`mindhaven eval`: measured evaluations that write their results into docs/."""

from __future__ import annotations

import time
from pathlib import Path

import click

DOCS = Path(__file__).resolve().parents[2] / "docs"


@click.group(name="eval", help="Run an evaluation and write its report.")
def evaluate() -> None:
    pass


@evaluate.command("crisis", help="Crisis detection: keywords, lexicon, classifier (and the LLM) on held-out data.")
@click.option("--llm", is_flag=True, help="also ask the default LLM zero-shot (slow: minutes)")
@click.option("--limit", type=int, default=None, help="LLM items per data set (default 80)")
@click.option("--out", type=click.Path(path_type=Path), default=DOCS / "evaluation.md", show_default=True)
def crisis(llm: bool, limit: int | None, out: Path) -> None:
    from mindhaven.evaluation.run import run_crisis_evaluation

    run_crisis_evaluation(out, llm, limit, lambda m: click.echo(f"[{time.strftime('%H:%M:%S')}] {m}", err=True))
    click.echo(f"wrote {out}")
