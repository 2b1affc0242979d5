"""Test instruments: a recording wrapper around a real backend, a scripted backend, and
OpenAI-compatible HTTP servers that misbehave in specific, real ways (slow, garbage, down)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from mindhaven.llm.base import Backend, GenerationRequest, Health


class RecordingBackend(Backend):
    """Passes everything to a real backend and keeps every request it was sent."""

    name = "recording"

    def __init__(self, inner: Backend):
        self.inner = inner
        self.requests: list[GenerationRequest] = []

    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        self.requests.append(request)
        yield from self.inner.stream(request, cancel)

    def health(self) -> Health:
        return self.inner.health()

    def seen_text(self) -> str:
        return "\n".join(m.content for r in self.requests for m in r.messages)


class ScriptedBackend(Backend):
    """Speaks a fixed text in small pieces: stands in for a model that says something harmful."""

    name = "scripted"

    def __init__(self, text: str, piece: int = 4, delay: float = 0.0, fail_after: int | None = None):
        self.text, self.piece, self.delay, self.fail_after = text, piece, delay, fail_after
        self.calls = 0
        self.pieces_sent = 0

    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        self.calls += 1
        for i in range(0, len(self.text), self.piece):
            if cancel.is_set():
                return
            if self.fail_after is not None and i >= self.fail_after:
                raise ConnectionError("backend went away")
            time.sleep(self.delay)
            self.pieces_sent += 1
            yield self.text[i : i + self.piece]

    def health(self) -> Health:
        return Health(True, "scripted")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OpenAIStyleServer:
    """A real HTTP server on loopback answering /v1/chat/completions in one of several ways."""

    def __init__(self, mode: str, text: str = "I hear you. What feels hardest right now?", delay: float = 0.0):
        self.mode, self.text, self.delay = mode, text, delay
        self.bodies: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                self._send(200, "application/json", json.dumps({"object": "list", "data": [{"id": "m"}]}).encode())

            def do_POST(self):
                length = int(self.headers.get("content-length", 0))
                outer.bodies.append(json.loads(self.rfile.read(length)))
                outer.respond(self)

            def _send(self, status, ctype, body):
                self.send_response(status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def respond(self, handler: BaseHTTPRequestHandler) -> None:
        if self.mode == "error":
            handler._send(500, "application/json", b'{"error": {"message": "model crashed"}}')
            return
        if self.mode == "garbage":
            handler._send(200, "text/event-stream", b"data: {not json at all\n\ndata: \x00\x01\x02\n\n")
            return
        handler.send_response(200)
        handler.send_header("content-type", "text/event-stream")
        handler.end_headers()
        if self.mode == "slow":
            time.sleep(self.delay)
        for i in range(0, len(self.text), 5):
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": self.text[i : i + 5]}, "finish_reason": None}]}
            try:
                handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                handler.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return
        handler.wfile.write(b"data: [DONE]\n\n")

    def __enter__(self) -> OpenAIStyleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
