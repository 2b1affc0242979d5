"""The embedded backend: llama-cpp-python running a GGUF model in this process."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

from mindhaven.config import Settings
from mindhaven.llm.base import Backend, BackendError, GenerationRequest, Health
from mindhaven.llm.catalog import CATALOG, resolve_model_path

_models: dict[tuple[str, int], object] = {}
_models_lock = threading.Lock()


def _load(path: Path, n_ctx: int, n_threads: int) -> object:
    """One Llama instance per model file in this process; loading takes seconds and ~1-2 GB."""
    key = (str(path.resolve()), n_ctx)
    with _models_lock:
        if key not in _models:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise BackendError("llama-cpp-python is not installed (run `make install`)") from exc
            _models[key] = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, verbose=False)
        return _models[key]


class LlamaCppBackend(Backend):
    name = "llamacpp"

    def __init__(self, model_path: Path, n_ctx: int = 4096, n_threads: int | None = None, model_name: str = ""):
        self.model_path = model_path
        self.model_name = model_name or model_path.name
        self.n_ctx = n_ctx
        self.n_threads = n_threads or os.cpu_count() or 2
        # llama.cpp contexts are not safe to share between threads: one generation at a time.
        self._generate_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> LlamaCppBackend:
        path = resolve_model_path(settings.llm.model, settings.models_dir)
        return cls(path, settings.llm.n_ctx, settings.llm.n_threads, settings.llm.model)

    def _llama(self):
        if not self.model_path.is_file():
            raise BackendError(f"model file {self.model_path} not found")
        return _load(self.model_path, self.n_ctx, self.n_threads)

    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        llama = self._llama()
        with self._generate_lock:
            if cancel.is_set():
                return
            chunks = llama.create_chat_completion(
                messages=[{"role": str(m.role), "content": m.content}
                          for m in request.messages],
                max_tokens=request.max_tokens,
                temperature=request.temperature,
                top_p=0.9,
                repeat_penalty=1.1,
                stop=request.stop or None,
                stream=True,
            )
            try:
                for chunk in chunks:
                    if cancel.is_set():
                        break
                    piece = chunk["choices"][0].get("delta", {}).get("content")
                    if piece:
                        yield piece
            finally:
                chunks.close()

    def count_tokens(self, text: str) -> int:
        try:
            return len(self._llama().tokenize(text.encode("utf-8"), add_bos=False, special=True))
        except BackendError:
            return super().count_tokens(text)

    def health(self) -> Health:
        if not self.model_path.is_file():
            hint = (
                f"run `mindhaven model install {self.model_name}`"
                if self.model_name in CATALOG
                else "set MINDHAVEN_LLM__MODEL to a catalogue name or an existing .gguf file"
            )
            return Health(False, f"model file {self.model_path} is missing", hint)
        try:
            self._llama()
        except Exception as exc:  # noqa: BLE001 - any load failure is reported, not raised
            return Health(False, f"could not load {self.model_path.name}: {exc}", "check the file is a GGUF model")
        return Health(True, f"{self.model_name} loaded from {self.model_path}")
