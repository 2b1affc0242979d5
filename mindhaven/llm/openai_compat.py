"""Any OpenAI-compatible chat-completions server: Ollama, vLLM, llama.cpp server, hosted APIs."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from mindhaven.config import Settings
from mindhaven.llm.base import Backend, BackendError, GenerationRequest, Health


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 120.0):
        import openai

        self.base_url = base_url
        self.model = model
        self._openai = openai
        # Local servers ignore the key, but the client library insists on one.
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key or "none", timeout=timeout, max_retries=0)

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIBackend:
        llm = settings.llm
        return cls(llm.openai_base_url, llm.openai_model, llm.openai_api_key, llm.total_timeout)

    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        try:
            response = self._client.chat.completions.create(
                model=self.model,
                messages=[{"role": str(m.role), "content": m.content} for m in request.messages],
                max_tokens=request.max_tokens,
                temperature=request.temperature,
                stop=request.stop or None,
                stream=True,
            )
        except self._openai.OpenAIError as exc:
            raise BackendError(f"{self.base_url}: {exc}") from exc
        try:
            for chunk in response:
                if cancel.is_set():
                    break
                if not chunk.choices:
                    continue
                piece = chunk.choices[0].delta.content
                if piece:
                    yield piece
        except self._openai.OpenAIError as exc:
            raise BackendError(f"{self.base_url}: {exc}") from exc
        finally:
            response.close()

    def health(self) -> Health:
        try:
            models = [m.id for m in self._client.models.list()]
        except self._openai.OpenAIError as exc:
            return Health(False, f"cannot reach {self.base_url}: {exc}",
                          "start the server or set MINDHAVEN_LLM__OPENAI_BASE_URL")
        if models and self.model not in models:
            return Health(False, f"{self.base_url} does not serve '{self.model}' (it has: {', '.join(models[:8])})",
                          "set MINDHAVEN_LLM__OPENAI_MODEL to one of those")
        return Health(True, f"{self.base_url} serves {self.model}")
