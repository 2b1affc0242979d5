"""Nothing in a turn reaches the network: de-identification and the embedded model work offline."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import socket, sys
    attempts = []
    real_connect = socket.socket.connect
    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(host)
            raise OSError("network disabled for this test")
        return real_connect(self, address)
    socket.socket.connect = guarded_connect
    real_getaddrinfo = socket.getaddrinfo
    def guarded_getaddrinfo(host, *args, **kwargs):
        if host not in ("127.0.0.1", "::1", "localhost", None):
            attempts.append(host)
            raise OSError("network disabled for this test")
        return real_getaddrinfo(host, *args, **kwargs)
    socket.getaddrinfo = guarded_getaddrinfo
    socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("network disabled"))

    from mindhaven.config import Settings
    from mindhaven.consent.terms import CURRENT_VERSION
    from mindhaven.runtime import build_pipeline
    from mindhaven.turn.types import IncomingMessage, TurnDone
    settings = Settings(data_dir=sys.argv[2], llm={"model": sys.argv[1], "max_tokens": 24, "n_ctx": 1024, "n_threads": 1})
    pipeline = build_pipeline(settings, database_url="sqlite://")
    conversation = pipeline.repository.create_conversation("en", "GB", CURRENT_VERSION)
    text = "Email me at sam.lee@example.co.uk or see https://example.org/me, I'm Sam Lee."
    events = list(pipeline.run(IncomingMessage(conversation.id, text)))
    assert isinstance(events[-1], TurnDone) and events[-1].result.reply
    assert "sam.lee" not in str(pipeline.repository.load_state(conversation.id).history[0])
    import tldextract  # the suffix lookup Presidio's email and URL recognizers rely on
    assert tldextract.extract("sam.lee@example.co.uk").suffix == "co.uk"
    print("ATTEMPTS", attempts)
    """
)


@pytest.mark.llm
def test_a_whole_turn_makes_no_network_connection(model_path, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    env.update({"HF_HUB_OFFLINE": "1", "TLDEXTRACT_CACHE": str(tmp_path / "tld")})
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(model_path), str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ATTEMPTS []" in done.stdout
