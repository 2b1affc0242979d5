"""Settings come from defaults, a TOML file and the environment, in that order of precedence."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from mindhaven.config import Settings

REPO = Path(__file__).resolve().parents[1]


def test_toml_file_then_environment(tmp_path, monkeypatch):
    config = tmp_path / "site.toml"
    config.write_text('default_country = "IE"\n[llm]\nbackend = "openai"\nopenai_model = "llama3.2"\nmax_tokens = 99\n')
    monkeypatch.setenv("MINDHAVEN_CONFIG", str(config))
    settings = Settings()
    assert settings.default_country == "IE" and settings.llm.backend == "openai" and settings.llm.max_tokens == 99
    monkeypatch.setenv("MINDHAVEN_LLM__MAX_TOKENS", "50")
    assert Settings().llm.max_tokens == 50


def test_the_example_file_is_valid(monkeypatch):
    monkeypatch.setenv("MINDHAVEN_CONFIG", str(REPO / "mindhaven.example.toml"))
    assert Settings().llm.model == "qwen2.5-coder-1.5b"


def test_missing_config_file_and_bad_values_are_clear(tmp_path, monkeypatch):
    monkeypatch.setenv("MINDHAVEN_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(FileNotFoundError, match="MINDHAVEN_CONFIG"):
        Settings()
    monkeypatch.delenv("MINDHAVEN_CONFIG")
    monkeypatch.setenv("MINDHAVEN_LLM__TEMPERATURE", "hot")
    with pytest.raises(ValidationError, match="temperature"):
        Settings()


def test_sqlite_in_the_data_dir_by_default(tmp_path):
    assert Settings(data_dir=tmp_path).resolved_database_url == f"sqlite:///{tmp_path.resolve()}/mindhaven.db"
