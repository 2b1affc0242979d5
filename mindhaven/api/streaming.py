"""Run a turn's synchronous event stream in a worker thread and frame it as Server-Sent Events."""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator

from starlette.concurrency import run_in_threadpool

from mindhaven.storage.envelope import EncryptionError
from mindhaven.turn.types import TextChunk, TurnDone, TurnEvent

_END = object()
log = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 15.0
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


async def turn_events(events: Iterator[TurnEvent], cancel: threading.Event) -> AsyncIterator[str]:
    """Yield SSE frames. If the client goes away, ``cancel`` stops generation; the worker still
    runs the turn to its end, so the store stage records what the person was shown."""
    pending: queue.Queue[object] = queue.Queue()

    def produce() -> None:
        try:
            for event in events:
                pending.put(event)
        except Exception as exc:  # noqa: BLE001 - reported to the client as an error event
            pending.put(exc)
        finally:
            pending.put(_END)

    threading.Thread(target=produce, name="turn", daemon=True).start()
    try:
        while True:
            event = await run_in_threadpool(pending.get)
            if event is _END:
                return
            if isinstance(event, EncryptionError):
                log.error("stored data could not be read or written (%s): %s", event.code, event)
                yield sse("error", {"code": event.code, "message": "Your message could not be stored safely, so it "
                                    "was not kept. Please tell the people who run this service."})
                return
            if isinstance(event, Exception):
                yield sse("error", {"code": "internal", "message": "Something went wrong while replying; please try again."})
                return
            if isinstance(event, TextChunk):
                yield sse("token", {"text": event.text})
            elif isinstance(event, TurnDone):
                yield sse("done", event.result.as_dict())
    finally:
        cancel.set()


async def polled_events(request, poll: Callable[[], list[str]], max_seconds: float, every: float) -> AsyncIterator[str]:
    """SSE frames from ``poll`` (run in a worker thread every ``every`` seconds) until the client leaves or
    ``max_seconds`` pass; the browser's EventSource then reconnects within two seconds. Live views read the
    database rather than pass events between processes, so every worker of a multi-worker server sees them."""
    yield "retry: 2000\n\n"
    ends, heartbeat = time.monotonic() + max_seconds, time.monotonic() + HEARTBEAT_SECONDS
    while time.monotonic() < ends and not await request.is_disconnected():
        for frame in await run_in_threadpool(poll):
            yield frame
        if time.monotonic() >= heartbeat:
            heartbeat = time.monotonic() + HEARTBEAT_SECONDS
            yield ": still here\n\n"  # keeps proxies from closing an idle stream
        await asyncio.sleep(every)
