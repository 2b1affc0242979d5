"""A model host: one embedded model served as a minimal OpenAI-compatible endpoint on loopback.

`mindhaven serve --workers N` starts one of these so that N web workers share a single model
in memory; each worker talks to it through the `openai` backend.
"""

from __future__ import annotations

import json
import socket
# bandit B404 accepted: starts only this interpreter on our own module (start_model_host).
import subprocess  # nosec B404
import sys
import threading
import time
import uuid

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from mindhaven.config import Settings, get_settings
from mindhaven.llm.base import GenerationRequest
from mindhaven.turn.types import ChatMessage, Role


def create_host_app(settings: Settings) -> FastAPI:
    from mindhaven.llm.llamacpp import LlamaCppBackend

    backend = LlamaCppBackend.from_settings(settings)
    app = FastAPI(title="MindHaven model host")
    model_id = settings.llm.model

    @app.get("/v1/models")
    def models() -> dict:
        return {"object": "list", "data": [{"id": model_id, "object": "model", "owned_by": "mindhaven"}]}

    @app.post("/v1/chat/completions")
    async def completions(request: Request):
        body = await request.json()
        generation = GenerationRequest(
            messages=[ChatMessage(Role(m["role"]), m["content"]) for m in body["messages"]],
            max_tokens=int(body.get("max_tokens") or settings.llm.max_tokens),
            temperature=float(body.get("temperature", settings.llm.temperature)),
            stop=body.get("stop") or [],
        )
        cancel = threading.Event()
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"

        def chunk(delta: dict, finish: str | None = None) -> str:
            payload = {"id": completion_id, "object": "chat.completion.chunk", "created": int(time.time()),
                       "model": model_id, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return f"data: {json.dumps(payload)}\n\n"

        if not body.get("stream"):
            text = "".join(backend.stream(generation, cancel))
            return JSONResponse({"id": completion_id, "object": "chat.completion", "model": model_id,
                                 "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                              "finish_reason": "stop"}]})

        def frames():
            try:
                yield chunk({"role": "assistant"})
                for piece in backend.stream(generation, cancel):
                    yield chunk({"content": piece})
                yield chunk({}, "stop")
                yield "data: [DONE]\n\n"
            finally:
                cancel.set()

        return StreamingResponse(frames(), media_type="text/event-stream")

    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_model_host(settings: Settings, timeout: float = 300.0) -> tuple[subprocess.Popen, str]:
    port = free_port()
    # bandit B603 accepted: a fixed argv (this interpreter, our module, an int port), no shell, nothing from a request
    process = subprocess.Popen([sys.executable, "-m", "mindhaven.llm.host", str(port)])  # nosec B603
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the model host exited while starting; run `mindhaven doctor`")
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"the model host did not start within {timeout:.0f} s")


def main() -> None:
    import uvicorn

    port = int(sys.argv[1])
    uvicorn.run(create_host_app(get_settings()), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
