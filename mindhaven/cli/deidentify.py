"""`mindhaven deidentify`: de-identification in batch, JSON Lines in and out, no LLM involved."""

from __future__ import annotations

from typing import Any, TextIO

import click

from mindhaven.cli._jsonl import each_line
from mindhaven.cli.respond import LineError, load_item


def deidentify_line(analyzer, line: str, language: str | None = None, number: int | None = None) -> dict[str, Any]:
    """One input line -> one output object: the redacted text and where each identifier was.

    Offsets are character offsets into the input text (Python string indices, end exclusive).
    Placeholders are numbered within the line: each line is its own document.
    """
    from mindhaven.turn.deidentify import deidentify_text

    item_id = None
    try:
        item = load_item(line)
        item_id = item.get("id")
        text = item.get("text")
        if not isinstance(text, str):
            raise LineError("invalid_item", "each line needs 'text' (a string)")
        hint = item.get("lang") or item.get("locale") or language  # "es", or a locale such as "es-MX"
        hint = hint.replace("_", "-").split("-")[0].lower() if isinstance(hint, str) else None
        redacted, entities, _ = deidentify_text(text, analyzer, {}, hint)
        return {"id": item_id, "text": redacted,
                "entities": [{"type": e.type, "start": e.start, "end": e.end} for e in entities]}
    except LineError as exc:
        error = {"code": exc.code, "message": str(exc)}
        if number is not None:
            error["line"] = number  # 1-based, in the input
        return {"id": item_id, "error": error}


@click.command(help="De-identify JSON Lines: {id, text} per line -> {id, text (redacted), entities [{type, start, "
                    "end}]} with offsets into the input text. A bad line gives {id, error} and the run goes on.")
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="default: stdout")
@click.option("--language", default=None, help="language of the texts (en, es, ...), a hint for short messages; "
                                                "a line's own 'lang' or 'locale' wins")
def deidentify(source: TextIO, output: TextIO, language: str | None) -> None:
    from mindhaven.privacy.analyzer import get_analyzer

    analyzer = get_analyzer()  # the same analyzer as every live turn
    each_line(source, output, lambda line, number: deidentify_line(analyzer, line, language, number), "de-identified")
