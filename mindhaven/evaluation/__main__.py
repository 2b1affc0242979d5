"""``python -m mindhaven.evaluation [--llm] [--limit N] [--out docs/evaluation.md]``: the crisis
evaluation until it is exposed as ``mindhaven eval crisis``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mindhaven.evaluation.run import run_crisis_evaluation

DOC = Path(__file__).resolve().parents[2] / "docs" / "evaluation.md"


def main() -> None:
    parser = argparse.ArgumentParser(description="Crisis detection evaluation")
    parser.add_argument("--llm", action="store_true", help="also ask the default LLM zero-shot (slow)")
    parser.add_argument("--limit", type=int, default=None, help="LLM items per data set (default 80)")
    parser.add_argument("--out", type=Path, default=DOC)
    args = parser.parse_args()
    def progress(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)

    run_crisis_evaluation(args.out, args.llm, args.limit, progress)


if __name__ == "__main__":
    main()
