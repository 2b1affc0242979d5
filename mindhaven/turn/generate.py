"""Stage 5, generate: LLM text for the routed turn, with timeouts, cancellation and honest failure.

The backend runs in a worker thread so that every backend gets the same time limits: the
first token must arrive within ``first_token_timeout`` and the whole reply within
``total_timeout``. Failures never raise here; they end the stream and set ``failure``.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from mindhaven.llm.base import Backend, GenerationRequest
from mindhaven.llm.prompt import build_messages
from mindhaven.turn.types import Routed

FALLBACK_REPLY = (
    "I'm sorry, I couldn't put a reply together just now. I'm an AI service and something went wrong "
    "on my side, not yours. Your message was saved, and you can try again in a moment."
)
CUT_OFF_NOTE = " (My reply was cut off by a technical problem. Please try again in a moment.)"
BLOCKED_REPLY = (
    "I'm not able to go into that, but I'm here with you and I want to keep listening. "
    "What feels most important to talk about right now?"
)

_DONE = object()


@dataclass(frozen=True)
class GenerationLimits:
    max_tokens: int = 220
    temperature: float = 0.6
    n_ctx: int = 4096
    first_token_timeout: float = 60.0
    total_timeout: float = 120.0


class Generation:
    """Iterate for text pieces; afterwards ``failure`` says why it ended early, if it did."""

    def __init__(self, routed: Routed, backend: Backend, limits: GenerationLimits, cancel: threading.Event):
        self.failure: str | None = None
        self._backend = backend
        self._limits = limits
        self._cancel = cancel
        history = routed.assessed.deidentified.received.state.history
        budget = limits.n_ctx - limits.max_tokens - 64
        self.request = GenerationRequest(
            messages=build_messages(
                routed.route, history, routed.assessed.deidentified.text, backend.count_tokens, budget
            ),
            max_tokens=limits.max_tokens,
            temperature=limits.temperature,
        )

    def cancel(self) -> None:
        self._cancel.set()

    def __iter__(self) -> Iterator[str]:
        pieces: queue.Queue[object] = queue.Queue()
        worker = threading.Thread(target=self._run, args=(pieces,), name="llm-generation", daemon=True)
        started = time.monotonic()
        worker.start()
        got_any, produced = False, 0
        try:
            while True:
                elapsed = time.monotonic() - started
                limit = self._limits.total_timeout if got_any else self._limits.first_token_timeout
                remaining = min(limit, self._limits.total_timeout) - elapsed
                try:
                    item = pieces.get(timeout=max(remaining, 0.001))
                except queue.Empty:
                    self.failure = "timeout" if got_any else "first_token_timeout"
                    return
                if item is _DONE:
                    if not produced:
                        self.failure = "empty"
                    return
                if isinstance(item, BaseException):
                    self.failure = f"error: {type(item).__name__}: {item}"[:300]
                    return
                got_any = True
                produced += len(str(item).strip())
                yield str(item)
        finally:
            self._cancel.set()

    def _run(self, pieces: queue.Queue[object]) -> None:
        try:
            for piece in self._backend.stream(self.request, self._cancel):
                pieces.put(piece)
                if self._cancel.is_set():
                    break
            pieces.put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - every failure becomes a fallback reply
            pieces.put(exc)
