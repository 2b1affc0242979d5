"""Backends behind one interface, and the honest fallback when any of them fails."""

from __future__ import annotations

import threading
import time

import pytest
import uvicorn

from fakes import OpenAIStyleServer, ScriptedBackend, free_port
from mindhaven.config import Settings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.llm.base import GenerationRequest
from mindhaven.llm.host import create_host_app
from mindhaven.llm.openai_compat import OpenAIBackend
from mindhaven.llm.registry import create_backend
from mindhaven.runtime import build_pipeline
from mindhaven.turn import generate
from mindhaven.turn.types import ChatMessage, IncomingMessage, Role, TurnDone

REQUEST = GenerationRequest(
    [ChatMessage(Role.SYSTEM, "You are a kind listener."), ChatMessage(Role.USER, "I had a long day.")],
    max_tokens=40,
)


def reply(pipeline, text: str, country: str = "GB"):
    conversation = pipeline.repository.create_conversation("en", country, CURRENT_VERSION)
    events = list(pipeline.run(IncomingMessage(conversation.id, text)))
    return events[-1].result


@pytest.mark.llm
def test_llamacpp_streams_tokens_and_stops_when_cancelled(llama_backend):
    pieces = list(llama_backend.stream(REQUEST, threading.Event()))
    assert len(pieces) > 3 and "".join(pieces).strip()

    cancel, got = threading.Event(), []
    for piece in llama_backend.stream(REQUEST, cancel):
        got.append(piece)
        if len(got) == 2:
            cancel.set()
    assert len(got) <= 3
    assert llama_backend.count_tokens("hello there") >= 2


def test_registry_builds_each_backend_and_rejects_unknown(tmp_path):
    assert create_backend(Settings(data_dir=tmp_path, llm={"backend": "openai"})).name == "openai"
    assert create_backend(Settings(data_dir=tmp_path, llm={"backend": "llamacpp"})).name == "llamacpp"
    with pytest.raises(ValueError, match="Unknown LLM backend"):
        create_backend(Settings(data_dir=tmp_path, llm={"backend": "nope"}))


@pytest.fixture(scope="module")
def model_host(model_path, tmp_path_factory):
    """The real model host (as `serve --workers N` runs it) serving the small test model."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("host"), llm={"model": str(model_path), "n_ctx": 2048, "n_threads": 1})
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_host_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/v1", str(model_path)
    server.should_exit = True
    thread.join(5)


@pytest.mark.llm
def test_openai_backend_streams_from_a_real_compatible_server(model_host, settings):
    url, model = model_host
    backend = OpenAIBackend(url, model)
    assert backend.health().ok
    pieces = list(backend.stream(REQUEST, threading.Event()))
    assert len(pieces) > 3 and "".join(pieces).strip()
    result = reply(build_pipeline(settings, backend=backend), "Work has been overwhelming this week.")
    assert result.source == "llm" and result.reply.strip()


def test_unreachable_server_gives_an_honest_fallback(settings):
    backend = OpenAIBackend(f"http://127.0.0.1:{free_port()}/v1", "m", timeout=3)
    assert not backend.health().ok
    started = time.monotonic()
    result = reply(build_pipeline(settings, backend=backend), "I feel a bit lost.")
    assert result.reply == generate.FALLBACK_REPLY
    assert result.source == "fallback" and result.fallback_reason.startswith("error")
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("mode", ["error", "garbage"])
def test_server_errors_and_garbage_give_a_fallback(settings, mode):
    with OpenAIStyleServer(mode) as server:
        result = reply(build_pipeline(settings, backend=OpenAIBackend(server.base_url, "m")), "Hello?")
    assert result.source == "fallback" and result.reply == generate.FALLBACK_REPLY


def test_slow_first_token_times_out_to_a_fallback(settings):
    settings.llm.first_token_timeout = 1.0
    with OpenAIStyleServer("slow", delay=6) as server:
        started = time.monotonic()
        result = reply(build_pipeline(settings, backend=OpenAIBackend(server.base_url, "m")), "Are you there?")
        elapsed = time.monotonic() - started
    assert result.fallback_reason == "first_token_timeout" and result.reply == generate.FALLBACK_REPLY
    assert elapsed < 4


def test_total_timeout_cuts_a_slow_reply_short(settings):
    settings.llm.total_timeout = 1.0
    slow = ScriptedBackend("This is a very slow reply. " * 40, piece=3, delay=0.05)
    result = reply(build_pipeline(settings, backend=slow), "Talk to me.")
    assert result.fallback_reason == "timeout"
    assert result.reply.endswith(generate.CUT_OFF_NOTE)


def test_failure_mid_reply_keeps_what_was_said_and_says_so(settings):
    failing = ScriptedBackend("That sounds hard. Tell me more about it, if you like. " * 3, fail_after=40)
    result = reply(build_pipeline(settings, backend=failing), "My exams went badly.")
    assert result.reply.startswith("That sounds hard.") and result.reply.endswith(generate.CUT_OFF_NOTE)
    assert result.fallback_reason.startswith("error: ConnectionError")


def test_fallback_at_risk_includes_verified_resources(settings):
    backend = OpenAIBackend(f"http://127.0.0.1:{free_port()}/v1", "m", timeout=3)
    result = reply(build_pipeline(settings, backend=backend), "I keep thinking about killing myself.")
    assert result.reply.startswith(generate.FALLBACK_REPLY)
    assert "116 123" in result.reply and "999" in result.reply


def test_empty_output_is_treated_as_a_failure(settings):
    result = reply(build_pipeline(settings, backend=ScriptedBackend("   ")), "Hi.")
    assert result.fallback_reason == "empty" and result.reply == generate.FALLBACK_REPLY


def test_template_tokens_never_reach_the_person(settings):
    leaky = ScriptedBackend("<|im_start|>assistant\nI am here. <|im_end|>")
    result = reply(build_pipeline(settings, backend=leaky), "Hi.")
    assert "<|" not in result.reply and result.guard.blocked
