"""How much of a model-drafted summary survives the grounding check, on the scripted conversations.

    nice -n 10 .venv/bin/python bench/summary_grounding.py [--model NAME_OR_PATH] [--only ID,ID] [--drafts OUT.jsonl]

Loads the configured model the way the app does (settings, then the backend registry; the
default is the embedded qwen2.5-coder-1.5b), drafts a summary of every conversation in
mindhaven/summaries/scripted_conversations.jsonl and prints, per conversation, the statements
drafted, kept and dropped by reason, and the seconds taken; then the totals. ``--drafts``
also writes each model text with its checked summary, for reading. This is a script, not a
test: nothing here asserts a figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench._report import load_average, machine_info, progress, table  # noqa: E402
from mindhaven.config import get_settings  # noqa: E402
from mindhaven.llm.registry import create_backend  # noqa: E402
from mindhaven.summaries.draft import SummaryLimits, check_draft, generate_text  # noqa: E402
from mindhaven.summaries.prompt import build_prompt  # noqa: E402
from mindhaven.summaries.scripted import load_scripted  # noqa: E402
from mindhaven.summaries.support import THRESHOLD, SupportScorer  # noqa: E402
from mindhaven.summaries.types import DropReason, Summary  # noqa: E402

REASONS = list(DropReason)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="a catalogue name or a .gguf path (default: the configured model)")
    parser.add_argument("--only", help="comma-separated conversation ids")
    parser.add_argument("--drafts", type=Path, help="write each model text and its checked summary here (JSON Lines)")
    args = parser.parse_args(argv)

    settings = get_settings()
    if args.model:
        settings = settings.model_copy(update={"llm": settings.llm.model_copy(update={"model": args.model})})
    limits = SummaryLimits(n_ctx=settings.llm.n_ctx)
    conversations = load_scripted()
    if args.only:
        wanted = set(args.only.split(","))
        conversations = [c for c in conversations if c.id in wanted]

    progress(f"loading {settings.llm.model} ({settings.llm.backend})")
    started = time.perf_counter()
    backend = create_backend(settings)
    backend.count_tokens("warm up")  # loads an embedded model, so the first conversation is not charged for it
    scorer = SupportScorer()
    scorer.score("warm up", ["warm up"])
    progress(f"loaded in {time.perf_counter() - started:.1f} s")

    rows: list[list[str]] = []
    totals: Counter[str] = Counter()
    seconds: list[float] = []
    sink = args.drafts.open("w", encoding="utf-8") if args.drafts else None
    for n, conversation in enumerate(conversations, start=1):
        progress(f"[{n}/{len(conversations)}] {conversation.id}")
        started = time.perf_counter()
        prompt = build_prompt(conversation.transcript, backend.count_tokens, limits.n_ctx, limits.max_tokens,
                              limits.temperature)
        text = generate_text(backend, prompt.request, limits.total_timeout)
        generated = time.perf_counter() - started
        summary = check_draft(text, prompt.shown, settings.llm.model, scorer)
        took = time.perf_counter() - started
        seconds.append(took)
        counts = _counts(summary)
        totals.update(counts)
        rows.append([conversation.id, str(len(conversation.transcript.messages)), str(counts["drafted"]),
                     str(counts["kept"]), *(str(counts[r.value] or "") for r in REASONS), f"{took:.1f}"])
        progress(f"    drafted {counts['drafted']}, kept {counts['kept']} ({generated:.1f} s generating)")
        if sink:
            sink.write(json.dumps({"id": conversation.id, "text": text, "summary": summary.as_dict(),
                                   "seconds": round(took, 2)}, ensure_ascii=False) + "\n")
    if sink:
        sink.close()

    headers = ["conversation", "messages", "drafted", "kept", *(r.value for r in REASONS), "seconds"]
    rows.append(["total", str(sum(len(c.transcript.messages) for c in conversations)), str(totals["drafted"]),
                 str(totals["kept"]), *(str(totals[r.value]) for r in REASONS), f"{sum(seconds):.0f}"])
    print(table(headers, rows))
    drafted = totals["drafted"] or 1
    print(f"\n{len(conversations)} conversations, model {settings.llm.model}, support threshold {THRESHOLD:.2f}")
    print(f"statements drafted {totals['drafted']}, kept {totals['kept']} ({totals['kept'] / drafted:.0%}), "
          f"dropped {totals['drafted'] - totals['kept']}")
    for reason in REASONS:
        if totals[reason.value]:
            print(f"  {totals[reason.value]:4d}  {reason.explanation}")
    print(f"ignored lines (not statements): {totals['ignored']}")
    if seconds:
        print(f"seconds per conversation: mean {sum(seconds) / len(seconds):.1f}, max {max(seconds):.1f}; "
              f"total {sum(seconds):.0f}")
    machine = machine_info()
    print(f"machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram']}, {machine['os']}, "
          f"llama-cpp-python {machine['llama_cpp']}; load average at the end {load_average():.1f}")
    return 0


def _counts(summary: Summary) -> Counter[str]:
    counts: Counter[str] = Counter(d.reason.value for d in summary.dropped)
    counts["kept"] = len(summary.statements)
    counts["drafted"] = len(summary.statements) + len(summary.dropped)
    counts["ignored"] = summary.ignored_lines
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
