"""`mindhaven respond`: batch replies for evaluation, JSON Lines in and out.

An operator tool: each conversation it creates records consent to the current terms on the
operator's behalf (actor "operator" in the audit log), since no person reads them here.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any, TextIO

import click

from mindhaven.config import get_settings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.receive import InvalidMessage
from mindhaven.turn.types import ChatMessage, IncomingMessage, Role, TurnDone


class LineError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def load_item(line: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineError("invalid_json", f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(item, dict):
        raise LineError("invalid_item", "each line must be a JSON object")
    return item


def messages_of(item: dict[str, Any]) -> list[ChatMessage]:
    messages = item.get("messages")
    if not isinstance(messages, list) or not messages:
        raise LineError("invalid_item", "'messages' must be a non-empty list of {role, content}")
    parsed = []
    for m in messages:
        if not (isinstance(m, dict) and m.get("role") in ("user", "assistant") and isinstance(m.get("content"), str)):
            raise LineError("invalid_item", "each message needs role 'user' or 'assistant' and string content")
        parsed.append(ChatMessage(Role(m["role"]), m["content"]))
    if parsed[-1].role != Role.USER:
        raise LineError("invalid_item", "the last message must be from the user")
    return parsed


def respond_one(pipeline, line: str) -> dict[str, Any]:
    item_id = None
    try:
        item = load_item(line)
        item_id = item.get("id")
        messages = messages_of(item)
        locale = item.get("locale") if isinstance(item.get("locale"), str) else None
        conversation = pipeline.repository.create_conversation(
            "en", get_settings().default_country, CURRENT_VERSION, actor="operator")
        pipeline.seed(conversation.id, messages[:-1])
        for event in pipeline.run(IncomingMessage(conversation.id, messages[-1].content, locale)):
            if isinstance(event, TurnDone):
                r = event.result
                return {"id": item_id, "reply": r.reply, "route": r.route.value, "risk": r.risk.as_dict(),
                        "guard": r.guard.as_dict(), "source": r.source, "fallback_reason": r.fallback_reason}
        raise LineError("internal", "the turn ended without a result")
    except (LineError, InvalidMessage) as exc:
        return {"id": item_id, "error": {"code": exc.code, "message": str(exc)}}
    except ConversationNotFound as exc:  # pragma: no cover - the conversation was just created
        return {"id": item_id, "error": {"code": "internal", "message": str(exc)}}


@click.command(help="Reply to conversations in JSON Lines: {id, messages:[{role, content}], locale} per line.")
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="default: stdout")
@click.option("--database-url", default="sqlite://", show_default=True,
              help="where the turns are stored; the default keeps them in memory only")
def respond(source: TextIO, output: TextIO, database_url: str) -> None:
    from mindhaven.runtime import build_pipeline

    pipeline = build_pipeline(get_settings(), database_url=database_url)
    lines = [line for line in source if line.strip()]
    started = time.monotonic()
    for number, line in enumerate(lines, 1):
        result = respond_one(pipeline, line)
        output.write(json.dumps(result, ensure_ascii=False) + "\n")
        output.flush()
        elapsed = time.monotonic() - started
        status = "error" if "error" in result else result["route"]
        click.echo(f"[{number}/{len(lines)}] id={result['id']} {status} ({elapsed:.0f} s)", err=True)
    if not lines:
        click.echo("no input lines", err=True)
    sys.stdout.flush()
