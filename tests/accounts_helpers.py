"""Accounts for tests: one of each role with an API token, and an app around a scripted model."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from conftest import TEST_KEYS, new_conversation  # noqa: F401 (re-exported for the account tests)
from fakes import ScriptedBackend
from fastapi.testclient import TestClient

from mindhaven.accounts.roles import AccountRole
from mindhaven.api.app import create_app
from mindhaven.config import Settings
from mindhaven.runtime import build_pipeline
from mindhaven.storage.accounts import AccountRepository

PASSWORD = "a long enough test passphrase"
REPLY = "That sounds really hard. I'm here with you."


@dataclass(frozen=True)
class TestAccount:
    id: str
    username: str
    role: AccountRole
    token: str

    @property
    def auth(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}"}


def settings_for(tmp_path, database_url: str | None = None, **overrides) -> Settings:
    return Settings(data_dir=tmp_path, database_url=database_url or f"sqlite:///{tmp_path}/mindhaven.db",
                    default_country="GB", encryption={"keys": TEST_KEYS}, **overrides)


def app_client(settings: Settings, backend=None, **client_options) -> TestClient:
    pipeline = build_pipeline(settings, backend=backend or ScriptedBackend(REPLY))
    return TestClient(create_app(settings, pipeline), **client_options)


def make_account(database, role: AccountRole | str, username: str | None = None) -> TestAccount:
    repository = AccountRepository(database)
    name = username or f"{AccountRole(role).value}-{uuid.uuid4().hex[:8]}"
    account = repository.create(name, name.title(), AccountRole(role), PASSWORD, actor="test")
    _, token = repository.issue_token(account.id, "test", actor="test")
    return TestAccount(account.id, account.username, account.role, token)


def database_of(client: TestClient):
    return client.app.state.pipeline.repository.database
