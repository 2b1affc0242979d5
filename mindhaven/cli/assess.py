"""`mindhaven assess`: risk assessment in batch, JSON Lines in and out, no LLM involved."""

from __future__ import annotations

from typing import Any, TextIO

import click

from mindhaven.cli._jsonl import each_line
from mindhaven.cli.respond import LineError, load_item


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


def assess_line(assessor, line: str) -> dict[str, Any]:
    item_id = None
    try:
        item = load_item(line)
        item_id = item.get("id")
        text, history = texts_of(item)
        return {"id": item_id, **assessor.assess(text, history).as_dict()}
    except LineError as exc:
        return {"id": item_id, "error": {"code": exc.code, "message": str(exc)}}


@click.command(help="Assess risk in JSON Lines: {id, text} or {id, messages:[{role, content}]} per line.")
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="default: stdout")
def assess(source: TextIO, output: TextIO) -> None:
    from mindhaven.runtime import build_assessor

    assessor = build_assessor()  # the same assessor as every live turn
    each_line(source, output, lambda line, _number: assess_line(assessor, line), "assessed")
