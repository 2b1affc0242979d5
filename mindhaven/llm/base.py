"""The one interface every LLM backend implements."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field

from mindhaven.turn.types import ChatMessage


class BackendError(RuntimeError):
    """The backend could not produce text; the message says why, for logs and `doctor`."""


@dataclass(frozen=True)
class GenerationRequest:
    messages: list[ChatMessage]  # system message first
    max_tokens: int = 220
    temperature: float = 0.6
    stop: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str
    fix: str = ""


class Backend(ABC):
    name: str = ""

    @abstractmethod
    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        """Yield text pieces as they are generated; stop soon after ``cancel`` is set.

        Raise BackendError (or anything else) on failure: the caller turns every failure
        into a safe fallback reply.
        """

    @abstractmethod
    def health(self) -> Health:
        """Can this backend generate right now? Used by `mindhaven doctor`."""

    def count_tokens(self, text: str) -> int:
        """A cautious estimate; backends with a tokenizer give the exact count."""
        return len(text) // 3 + 1


def model_label(backend: Backend) -> str:
    """The model's name for records (a summary's or a rewrite's author), else the backend's."""
    return str(getattr(backend, "model_name", "") or getattr(backend, "model", "") or backend.name)
