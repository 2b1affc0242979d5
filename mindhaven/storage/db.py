"""Engine creation and schema migration for SQLite (default) and PostgreSQL, and opening the
database with its keys."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from mindhaven.config import Settings
    from mindhaven.storage.vault import Vault

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        if url not in ("sqlite://", "sqlite:///:memory:"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        else:
            from sqlalchemy.pool import StaticPool

            engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Deleted rows (an erased conversation's wrapped data key above all) are zeroed, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; safe to run on every start."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def current_revision(engine: Engine) -> tuple[str | None, str]:
    """(the database's revision, the newest revision the code knows)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision(), head or ""


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    engine = make_engine(url)
    migrate(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@dataclass(frozen=True)
class Database:
    """A migrated engine and the vault that seals and opens what is stored in it."""

    engine: Engine
    vault: Vault


def open_database(settings: Settings, url: str | None = None, seal: bool = True) -> Database:
    """Migrate, load the key-encryption keys, check them against the data, and seal any values stored
    before encryption existed. A fresh install gets a new key file; a database that already holds
    encrypted data never does: a missing or wrong key stops here, with nothing changed."""
    from mindhaven.storage.envelope import KeyMissing
    from mindhaven.storage.keyring import ENV_SETTING, FILE_SETTING, KeySource
    from mindhaven.storage.models import DataKey
    from mindhaven.storage.seal_existing import seal_existing
    from mindhaven.storage.vault import Vault

    url = url or settings.resolved_database_url
    engine = engine_for(url)
    in_memory = url in ("sqlite://", "sqlite:///:memory:") and not settings.encryption.keys.get_secret_value()
    keys = KeySource.for_this_process() if in_memory else KeySource.from_settings(settings)
    if keys.load() is None:
        with Session(engine) as session:
            encrypted = session.query(DataKey.id).first() is not None
        if encrypted:
            raise KeyMissing(
                f"the database holds encrypted data, but {keys.describe()} does not exist. Restore the key file "
                f"from your backup, point {FILE_SETTING} at it, or set {ENV_SETTING}. No new key was created, "
                "and nothing was changed."
            )
        keys.create()
    vault = Vault(keys, settings.encryption.data_key_cache_seconds)
    vault.check(engine)
    database = Database(engine, vault)
    sealed, failed = seal_existing(database) if seal else (0, 0)
    if sealed or failed:
        log.warning("encrypted %s conversations stored before encryption existed (%s could not be)", sealed, failed)
    return database
