"""`mindhaven assess`: risk assessment in batch, JSON Lines in and out, no LLM involved."""

from __future__ import annotations

from typing import Any, TextIO

import click

from mindhaven.cli._jsonl import Numbered, each_batch
from mindhaven.cli.respond import LineError, load_item

BATCH = 256  # lines read before the classifier runs over them in one batch


def texts_of(item: dict[str, Any]) -> tuple[str, list[str]]:
    """The text to assess and the person's earlier messages, from {text} or {messages}."""
    if isinstance(item.get("text"), str):
        return item["text"], []
    messages = item.get("messages")
    if not isinstance(messages, list) or not messages:
        raise LineError("invalid_item", "each line needs 'text' (a string) or 'messages' (a list)")
    said = [m["content"] for m in messages
            if isinstance(m, dict) and m.get("role", "user") == "user" and isinstance(m.get("content"), str)]
    if not said:
        raise LineError("invalid_item", "'messages' holds no user message with string content")
    return said[-1], said[:-1]


def assess_lines(assessor, batch: list[Numbered]) -> list[dict[str, Any]]:
    """One result per line, in order: the assessment, or the line's error."""
    results: list[dict[str, Any]] = []
    wanted: list[tuple[int, Any, tuple[str, list[str]]]] = []
    for line, _number in batch:
        item_id = None
        try:
            item = load_item(line)
            item_id = item.get("id")
            wanted.append((len(results), item_id, texts_of(item)))
            results.append({})
        except LineError as exc:
            results.append({"id": item_id, "error": {"code": exc.code, "message": str(exc)}})
    conversations = [conversation for _, _, conversation in wanted]
    many = getattr(assessor, "assess_many", None)
    risks = many(conversations) if many else [assessor.assess(text, history) for text, history in conversations]
    for (index, item_id, _), risk in zip(wanted, risks, strict=True):
        results[index] = {"id": item_id, **risk.as_dict()}
    return results


@click.command(help="Assess risk in JSON Lines: {id, text} or {id, messages:[{role, content}]} per line.")
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="default: stdout")
@click.option("--lexicon-only", is_flag=True,
              help="the lexicon alone, for screening at its speed: the classifier's low-level flags of indirect "
                   "suicidal or self-harm risk (for review) are left out")
def assess(source: TextIO, output: TextIO, lexicon_only: bool) -> None:
    from mindhaven.risk.assessor import LexiconAssessor
    from mindhaven.runtime import build_assessor

    assessor = LexiconAssessor() if lexicon_only else build_assessor()  # by default the live turn's assessor
    each_batch(source, output, lambda batch: assess_lines(assessor, batch), "assessed", size=BATCH)
