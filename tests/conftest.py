"""Shared fixtures: a real small model, real databases (SQLite and the throwaway PostgreSQL)."""

from __future__ import annotations

import base64
import hashlib
import os
import tomllib
import uuid
from pathlib import Path

import pytest

from mindhaven.config import Settings
from mindhaven.crisis.directory import Directory
from mindhaven.llm.catalog import CATALOG

REPO = Path(__file__).resolve().parents[1]
TEST_MODEL = "smollm2-135m"
# One key-encryption key for every test that uses the `settings` fixture: tests on the shared
# PostgreSQL database meet each other's data keys. (Tests of the key file build their own settings.)
TEST_KEYS = "test-kek:" + base64.b64encode(hashlib.sha256(b"mindhaven test key").digest()).decode()


def test_model_path() -> Path:
    data_dir = Path(os.environ.get("MINDHAVEN_DATA_DIR", REPO / "data"))
    path = Path(os.environ.get("MINDHAVEN_TEST_MODEL", data_dir / "models" / CATALOG[TEST_MODEL].filename))
    if not path.is_file():
        pytest.fail(f"the test model {path} is missing: run `make test-model` (or `make test`)")
    return path


@pytest.fixture(scope="session")
def model_path() -> Path:
    return test_model_path()


@pytest.fixture(scope="session")
def llama_backend(model_path):
    from mindhaven.llm.llamacpp import LlamaCppBackend

    # One thread: the suite runs servers and a browser beside the model, and llama.cpp's
    # spinning worker threads slow to a crawl when they have to share cores.
    return LlamaCppBackend(model_path, n_ctx=2048, n_threads=1, model_name=TEST_MODEL)


def postgres_url() -> str:
    url = os.environ.get("MINDHAVEN_TEST_POSTGRES_URL", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("MINDHAVEN_TEST_POSTGRES_URL is not set: run the suite with `make test`")
        pytest.skip("no throwaway PostgreSQL (run `make test` to test against PostgreSQL)")
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path) -> str:
    if request.param == "postgres":
        return postgres_url()
    return f"sqlite:///{tmp_path}/mindhaven.db"


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_database_url(request, tmp_path):
    """An empty database of the test's own, for tests that dump, rotate or count everything in it."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/fresh.db"
        return
    from sqlalchemy import text

    from mindhaven.storage.db import make_engine

    base = postgres_url()
    name = f"mindhaven_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(tmp_path, model_path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path}/mindhaven.db",
        default_country="GB",
        llm={"model": str(model_path), "max_tokens": 48, "n_ctx": 2048, "n_threads": 1, "temperature": 0.2},
        encryption={"keys": TEST_KEYS},
    )


# A small directory of real, well-known services, for tests that must not depend on the shipped file.
DIRECTORY_TOML = """
[international]
name = "International"
[[international.resources]]
name = "Find A Helpline"
description = "Free, confidential helplines worldwide"
url = "https://findahelpline.com"
kind = "directory"
source = "https://findahelpline.com"
verified = "2025-01-01"

[countries.GB]
name = "United Kingdom"
emergency = "999"
[[countries.GB.resources]]
name = "Samaritans"
description = "Listening support for anyone who is struggling"
phone = "116 123"
url = "https://www.samaritans.org"
hours = "24/7"
kind = "crisis_line"
source = "https://www.samaritans.org"
verified = "2025-01-01"
[[countries.GB.resources]]
name = "Shout"
description = "Text support"
text = "Text SHOUT to 85258"
url = "https://giveusashout.org"
hours = "24/7"
kind = "text_line"
source = "https://giveusashout.org"
verified = "2025-01-01"

[countries.US]
name = "United States"
emergency = "911"
[[countries.US.resources]]
name = "988 Suicide & Crisis Lifeline"
description = "Call or text, any time"
phone = "988"
text = "988"
url = "https://988lifeline.org"
hours = "24/7"
kind = "crisis_line"
source = "https://988lifeline.org"
verified = "2025-01-01"
"""


@pytest.fixture(scope="session")
def directory() -> Directory:
    return Directory(tomllib.loads(DIRECTORY_TOML))


def new_conversation(client, headers: dict | None = None, **body) -> str:
    """A conversation created through the API with consent to the current terms, as every client must."""
    from mindhaven.consent.terms import CURRENT_VERSION

    response = client.post("/api/conversations", json={"consent_version": CURRENT_VERSION, **body},
                           headers=headers or {})
    assert response.status_code == 201, response.text
    return response.json()["id"]
