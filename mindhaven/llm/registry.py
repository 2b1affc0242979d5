"""Backends by name. Other packages can add one through the `mindhaven.backends` entry point."""

from __future__ import annotations

from importlib.metadata import entry_points

from mindhaven.config import LLMSettings, Settings
from mindhaven.llm.base import Backend


def _builtin() -> dict[str, str]:
    return {
        "llamacpp": "mindhaven.llm.llamacpp:LlamaCppBackend",
        "openai": "mindhaven.llm.openai_compat:OpenAIBackend",
    }


def available() -> dict[str, str]:
    names = _builtin()
    for ep in entry_points(group="mindhaven.backends"):
        names.setdefault(ep.name, ep.value)
    return names


def create_backend(settings: Settings) -> Backend:
    llm: LLMSettings = settings.llm
    target = available().get(llm.backend)
    if target is None:
        raise ValueError(f"Unknown LLM backend '{llm.backend}'. Choose one of: {', '.join(sorted(available()))}.")
    module_name, _, class_name = target.partition(":")
    module = __import__(module_name, fromlist=[class_name])
    return getattr(module, class_name).from_settings(settings)
