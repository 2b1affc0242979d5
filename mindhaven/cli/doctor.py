"""`mindhaven doctor`: check configuration, model, database, de-identification and the backend."""

from __future__ import annotations

from collections.abc import Callable

import click

from mindhaven.llm.base import Health

Check = Callable[[], Health]


def check_config() -> Health:
    from mindhaven.config import config_file_path, get_settings

    try:
        settings = get_settings()
        source = config_file_path()
    except Exception as exc:  # noqa: BLE001 - shown to the person running doctor
        return Health(False, f"configuration is invalid: {exc}", "fix the MINDHAVEN_* variables or mindhaven.toml")
    where = f"file {source} + environment" if source else "environment and defaults"
    return Health(True, f"loaded from {where}; backend={settings.llm.backend}, model={settings.llm.model}")


def check_data_dir() -> Health:
    from mindhaven.config import get_settings

    path = get_settings().data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        return Health(False, f"data directory {path} is not writable: {exc}", "set MINDHAVEN_DATA_DIR to a writable folder")
    return Health(True, f"data directory {path.resolve()} is writable")


def check_model() -> Health:
    from mindhaven.config import get_settings
    from mindhaven.llm.catalog import CATALOG, resolve_model_path
    from mindhaven.llm.install import is_installed

    settings = get_settings()
    if settings.llm.backend != "llamacpp":
        return Health(True, f"not needed: the backend is {settings.llm.backend}")
    path = resolve_model_path(settings.llm.model, settings.models_dir)
    spec = CATALOG.get(settings.llm.model)
    if not path.is_file():
        fix = f"run `mindhaven model install {spec.name}`" if spec else "point MINDHAVEN_LLM__MODEL at a .gguf file"
        return Health(False, f"model file {path} is missing", fix)
    if spec and not is_installed(spec, path):
        return Health(False, f"{path.name} does not match its pinned size and sha256",
                      f"run `mindhaven model install {spec.name}` to replace it")
    with path.open("rb") as f:
        if f.read(4) != b"GGUF":
            return Health(False, f"{path} is not a GGUF file", "use a llama.cpp GGUF model")
    return Health(True, f"{path} ({path.stat().st_size / 1e9:.2f} GB)" + (", sha256 verified" if spec else ""))


def check_database() -> Health:
    from mindhaven.config import get_settings
    from mindhaven.storage.db import current_revision, make_engine, migrate

    url = get_settings().resolved_database_url
    shown = url.split("@")[-1] if "@" in url else url
    try:
        engine = make_engine(url)
        migrate(engine)
        revision, head = current_revision(engine)
    except Exception as exc:  # noqa: BLE001
        return Health(False, f"cannot use the database {shown}: {str(exc).splitlines()[0]}",
                      "check MINDHAVEN_DATABASE_URL and that the server is running")
    return Health(revision == head, f"{shown} at schema revision {revision} (newest {head})")


def check_keys() -> Health:
    from mindhaven.config import get_settings
    from mindhaven.storage.db import make_engine
    from mindhaven.storage.envelope import EncryptionError
    from mindhaven.storage.keyring import KeySource
    from mindhaven.storage.models import DataKey
    from mindhaven.storage.vault import Vault

    settings = get_settings()
    keys = KeySource.from_settings(settings)
    try:
        engine = make_engine(settings.resolved_database_url)
        keyring = keys.load()
        if keyring is None:
            with engine.connect() as connection:
                encrypted = connection.execute(DataKey.__table__.select().limit(1)).first() is not None
            if encrypted:
                return Health(False, f"the database holds encrypted data but {keys.describe()} does not exist",
                              "restore the key file from your backup, or set MINDHAVEN_ENCRYPTION__KEYS")
            return Health(True, f"no key yet: the first start creates {keys.key_file} (back it up)")
        Vault(keys).check(engine)
    except EncryptionError as exc:
        return Health(False, str(exc), "restore the right key from your backup; `mindhaven keys status` lists them")
    except Exception as exc:  # noqa: BLE001
        return Health(False, f"cannot check the keys: {str(exc).splitlines()[0]}", "fix the database check first")
    return Health(True, f"{len(keyring.ids)} key-encryption key(s) from {keys.describe()}; they open the data keys")


def check_accounts() -> Health:
    """Informative only: people can chat without any account; staff features need one."""
    from sqlalchemy import func, select

    from mindhaven.config import get_settings
    from mindhaven.storage.db import make_engine
    from mindhaven.storage.models import Account

    try:
        with make_engine(get_settings().resolved_database_url).connect() as connection:
            counts = dict(connection.execute(select(Account.role, func.count()).where(Account.disabled_at.is_(None))
                                             .group_by(Account.role)).all())
    except Exception as exc:  # noqa: BLE001
        return Health(False, f"cannot read accounts: {str(exc).splitlines()[0]}", "fix the database check first")
    listed = ", ".join(f"{n} {role}" for role, n in sorted(counts.items())) or "none"
    hint = "" if counts.get("admin") else (
        "; no admin yet: `mindhaven accounts create <name> --role admin` (people can chat without one)")
    return Health(True, f"active accounts: {listed}{hint}")


def check_deidentifier() -> Health:
    try:
        from mindhaven.privacy.analyzer import get_analyzer

        found = get_analyzer().find("My name is Maria Lopez, call me on 07700 900123.")
    except Exception as exc:  # noqa: BLE001
        return Health(False, f"de-identification cannot start: {exc}", "run `make install` to install spaCy's model")
    kinds = sorted({s.type for s in found})
    return Health({"PERSON", "PHONE"} <= set(kinds), f"Presidio + spaCy found {', '.join(kinds) or 'nothing'} in a test sentence")


def check_backend() -> Health:
    from mindhaven.config import get_settings
    from mindhaven.llm.registry import create_backend

    try:
        return create_backend(get_settings()).health()
    except Exception as exc:  # noqa: BLE001
        return Health(False, f"backend cannot be created: {exc}", "check MINDHAVEN_LLM__BACKEND")


CHECKS: list[tuple[str, Check]] = [
    ("configuration", check_config),
    ("data directory", check_data_dir),
    ("model file", check_model),
    ("database", check_database),
    ("encryption keys", check_keys),
    ("accounts", check_accounts),
    ("de-identification", check_deidentifier),
    ("LLM backend", check_backend),
]


@click.command(help="Check that everything MindHaven needs is in place, and say how to fix what is not.")
def doctor() -> None:
    failures = 0
    for name, check in CHECKS:
        result = check()
        mark = click.style(" ok ", fg="green") if result.ok else click.style("FAIL", fg="red")
        click.echo(f"[{mark}] {name}: {result.detail}")
        if not result.ok:
            failures += 1
            if result.fix:
                click.echo(f"       fix: {result.fix}")
    if failures:
        raise SystemExit(1)
    click.echo("Everything needed is in place.")
