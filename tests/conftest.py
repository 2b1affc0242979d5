"""Shared fixtures: a real small model, real databases (SQLite and the throwaway PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mindhaven.config import Settings
from mindhaven.llm.catalog import CATALOG

REPO = Path(__file__).resolve().parents[1]
TEST_MODEL = "smollm2-135m"


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

    return LlamaCppBackend(model_path, n_ctx=2048, model_name=TEST_MODEL)


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


@pytest.fixture
def settings(tmp_path, model_path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path}/mindhaven.db",
        default_country="GB",
        llm={"model": str(model_path), "max_tokens": 48, "n_ctx": 2048, "temperature": 0.2},
    )
