"""Settings from environment variables (MINDHAVEN_*) and an optional TOML file.

Precedence, highest first: keyword arguments, environment, the TOML file named by
MINDHAVEN_CONFIG (default ``mindhaven.toml`` in the working directory), defaults.
Nested values use a double underscore in the environment, e.g. MINDHAVEN_LLM__BACKEND.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


class LLMSettings(BaseModel):
    backend: str = Field("llamacpp", description="llamacpp (embedded) or openai (any OpenAI-compatible server)")
    model: str = Field(
        "qwen2.5-coder-1.5b",
        description="llamacpp: a catalogue name (see `mindhaven model list`) or a path to a .gguf file",
    )
    n_ctx: int = Field(4096, ge=512, description="context window in tokens")
    n_threads: int | None = Field(None, description="CPU threads for llamacpp; default: all cores")
    max_tokens: int = Field(220, ge=16, le=2048, description="longest reply in tokens")
    temperature: float = Field(0.6, ge=0.0, le=2.0)
    first_token_timeout: float = Field(60.0, gt=0, description="seconds to wait for the first token")
    total_timeout: float = Field(120.0, gt=0, description="seconds a whole reply may take")
    openai_base_url: str = Field("http://127.0.0.1:11434/v1", description="e.g. Ollama, vLLM, llama.cpp server")
    openai_model: str = "llama3.2"
    openai_api_key: str = Field("", description="empty for local servers that need none")


class EscalationSettings(BaseModel):
    webhook_url: str = Field("", description="on-call humans' endpoint; empty means the in-app queue only")
    webhook_secret: str = Field("", description="HMAC-SHA256 key that signs every webhook body")
    retry_seconds: float = Field(30.0, gt=0, description="first retry delay; doubles up to retry_max_seconds")
    retry_max_seconds: float = Field(900.0, gt=0)
    resend_delivered_seconds: float = Field(300.0, gt=0, description="re-send a delivered but unacknowledged alert")
    public_url: str = Field("http://127.0.0.1:8000", description="base of links in alerts")


class EncryptionSettings(BaseModel):
    key_file: Path | None = Field(
        None, description="key-encryption keys, one '<id>:<base64>' a line; default data_dir/keys/mindhaven.keys, "
        "created (mode 0600) on the first start of a fresh install",
    )
    keys: SecretStr = Field(
        SecretStr(""), description="'<id>:<base64 of 32 bytes>' entries separated by commas, the first wrapping new "
        "data keys; when set, the key file is not read",
    )
    data_key_cache_seconds: float = Field(60.0, ge=0, description="how long an unwrapped data key stays in memory")


class AccountSettings(BaseModel):
    session_hours: float = Field(12.0, gt=0, description="a sign-in lasts at most this long")
    idle_minutes: float = Field(60.0, gt=0, description="a sign-in unused for this long ends")
    max_failed_logins: int = Field(5, ge=1, description="wrong passwords in a row before the account locks")
    lockout_minutes: float = Field(15.0, gt=0, description="how long a locked account stays locked")
    login_attempts_per_client: int = Field(
        20, ge=1, description="sign-in attempts one client address may make in login_window_minutes")
    login_window_minutes: float = Field(5.0, gt=0)
    allow_registration: bool = Field(True, description="people seeking support may create their own account")
    admin_reason_min_chars: int = Field(10, ge=1, description="an admin reading a conversation must say why")


class RetentionSettings(BaseModel):
    conversation_days: int = Field(365, ge=0, description="erase conversations with no activity for this many "
                                   "days (never one with an unacknowledged escalation); 0 keeps them forever")
    purge_interval_minutes: float = Field(60.0, gt=0, description="how often the service purges expired data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MINDHAVEN_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    data_dir: Path = Field(Path("data"), description="models, the SQLite database and other local state")
    database_url: str = Field("", description="SQLAlchemy URL; empty means SQLite in data_dir")
    default_country: str = Field("US", description="ISO 3166 code used when a person gives none")
    default_locale: str = "en"
    host: str = "127.0.0.1"
    port: int = 8000
    max_message_chars: int = Field(4000, ge=1, description="longer messages are refused with a clear error")
    max_request_bytes: int = Field(65536, ge=1024, description="larger HTTP bodies get 413")
    cors_origins: list[str] = Field(
        default_factory=list,
        description="other web origins allowed to call the API from a browser, e.g. https://app.example.org; "
        "empty (the default) allows none",
    )
    hsts: bool = Field(
        False,
        description="always send Strict-Transport-Security (set when a TLS proxy sits in front); "
        "otherwise it is sent only on requests that arrive over https",
    )
    llm: LLMSettings = Field(default_factory=LLMSettings)
    escalation: EscalationSettings = Field(default_factory=EscalationSettings)
    encryption: EncryptionSettings = Field(default_factory=EncryptionSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    accounts: AccountSettings = Field(default_factory=AccountSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = config_file_path()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'mindhaven.db').resolve()}"

    @property
    def key_file(self) -> Path:
        return self.encryption.key_file or self.data_dir / "keys" / "mindhaven.keys"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"


def config_file_path() -> Path | None:
    named = os.environ.get("MINDHAVEN_CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise FileNotFoundError(f"MINDHAVEN_CONFIG names {path}, which is not a file")
        return path
    default = Path("mindhaven.toml")
    return default if default.is_file() else None


BackendName = Literal["llamacpp", "openai"]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
