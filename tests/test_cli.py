"""The command line: respond (batch), chat, doctor, model, serve."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from fakes import free_port
from mindhaven.cli import main
from mindhaven.config import get_settings
from mindhaven.consent.terms import CURRENT_VERSION

pytestmark = pytest.mark.llm


@pytest.fixture
def env(settings, monkeypatch):
    """Point the CLI's settings (read from the environment) at the test model and a temp data dir."""
    values = {
        "MINDHAVEN_DATA_DIR": str(settings.data_dir),
        "MINDHAVEN_DATABASE_URL": settings.database_url,
        "MINDHAVEN_DEFAULT_COUNTRY": "GB",
        "MINDHAVEN_LLM__MODEL": settings.llm.model,
        "MINDHAVEN_LLM__MAX_TOKENS": "40",
        "MINDHAVEN_LLM__N_CTX": "2048",
        "MINDHAVEN_LLM__N_THREADS": "1",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield values
    get_settings.cache_clear()


def test_respond_batch_writes_one_line_per_input_and_reports_bad_lines(env, tmp_path):
    lines = [
        {"id": "a", "messages": [{"role": "user", "content": "I've been stressed about money."}], "locale": "en-GB"},
        {"id": "b", "messages": [
            {"role": "user", "content": "Hi, I'm Dana."},
            {"role": "assistant", "content": "Hi Dana, what's on your mind?"},
            {"role": "user", "content": "I've got the rope ready and I'm going to do it tonight."},
        ], "locale": "en-US"},
        "this is not json",
        {"id": "d", "messages": []},
        {"id": "e", "messages": [{"role": "user", "content": ""}]},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n")
    result = CliRunner().invoke(main, ["respond", str(source)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", None, "d", "e"]
    assert out[0]["route"] == "supportive" and out[0]["reply"] and set(out[0]) >= {"risk", "guard"}
    assert out[1]["route"] == "crisis_protocol" and out[1]["risk"]["level"] == "imminent" and "988" in out[1]["reply"]
    assert out[2]["error"]["code"] == "invalid_json"
    assert out[3]["error"]["code"] == "invalid_item"
    assert out[4]["error"]["code"] == "empty"
    assert "[5/5]" in result.stderr


def test_respond_reads_stdin(env):
    line = json.dumps({"id": 7, "messages": [{"role": "user", "content": "hello"}]})
    result = CliRunner().invoke(main, ["respond"], input=line + "\n")
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == 7


def test_chat_streams_replies_and_lists_help(env):
    result = CliRunner().invoke(main, ["chat", "--country", "GB"], input="y\nI had a rough day\n/help\n\n/quit\n")
    assert result.exit_code == 0, result.output
    assert "You are talking to MindHaven, an AI" in result.output
    assert "mindhaven> " in result.output
    assert "Samaritans: 116 123" in result.output
    assert "The message is empty." in result.output


def test_doctor_passes_when_ready_and_explains_what_is_missing(env, monkeypatch, tmp_path):
    ok = CliRunner().invoke(main, ["doctor"])
    assert ok.exit_code == 0, ok.output
    assert "Everything needed is in place." in ok.output

    monkeypatch.setenv("MINDHAVEN_LLM__MODEL", "qwen2.5-coder-0.5b")
    monkeypatch.setenv("MINDHAVEN_DATA_DIR", str(tmp_path / "empty"))
    get_settings.cache_clear()
    missing = CliRunner().invoke(main, ["doctor"])
    assert missing.exit_code == 1
    assert "fix: run `mindhaven model install qwen2.5-coder-0.5b`" in missing.output

    monkeypatch.setenv("MINDHAVEN_LLM__BACKEND", "openai")
    monkeypatch.setenv("MINDHAVEN_LLM__OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    get_settings.cache_clear()
    down = CliRunner().invoke(main, ["doctor"])
    assert down.exit_code == 1 and "cannot reach" in down.output and "MINDHAVEN_LLM__OPENAI_BASE_URL" in down.output


def test_model_list_and_unknown_install(env):
    listing = CliRunner().invoke(main, ["model", "list"])
    assert listing.exit_code == 0 and "qwen2.5-coder-1.5b" in listing.output and "smollm2-135m" in listing.output
    unknown = CliRunner().invoke(main, ["model", "install", "gpt-99"])
    assert unknown.exit_code != 0 and "not in the catalogue" in unknown.output


def wait_for(url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    pytest.fail(f"{url} did not answer within {seconds} s")


def model_host_processes() -> int:
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"mindhaven.llm.host" in cmdline.read_bytes():
                count += 1
        except OSError:
            pass
    return count


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_starts_a_working_service(env, workers):
    port = free_port()
    before = model_host_processes()
    process = subprocess.Popen(
        [sys.executable, "-m", "mindhaven", "serve", "--port", str(port), "--workers", str(workers)],
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/healthz")
        # with several workers, one model host holds the model for all of them
        assert model_host_processes() - before == (1 if workers > 1 else 0)
        for _ in range(workers * 2):
            cid = httpx.post(f"{base}/api/conversations", json={"consent_version": CURRENT_VERSION}).json()["id"]
            r = httpx.post(f"{base}/api/conversations/{cid}/messages", json={"content": "hi"},
                           headers={"accept": "application/json"}, timeout=120)
            assert r.status_code == 200 and r.json()["reply"] and r.json()["source"] == "llm"
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert f"MindHaven is running at http://127.0.0.1:{port}" in output
    assert model_host_processes() == before, "the model host must stop with the service"
