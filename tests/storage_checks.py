"""What the encryption tests read and write straight in a database, around the application."""

from __future__ import annotations

import glob
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import MetaData, select, text

from mindhaven.config import Settings
from mindhaven.storage.db import make_engine

SEALED_COLUMNS = {
    "conversations": ["pseudonyms"],
    "messages": ["content", "content_redacted", "risk", "guard"],
    "escalations": ["signals"],
    "safety_plans": ["sections"],
    "mood_check_ins": ["note"],
    "questionnaire_responses": ["answers"],
    "session_summaries": ["draft", "signed"],
    "clinical_notes": ["text"],
}


def settings_for(tmp_path: Path, url: str, encryption: dict | None = None, **other) -> Settings:
    """Settings of an install in ``tmp_path``: without keys, its key file is created there on first open."""
    return Settings(data_dir=tmp_path, database_url=url, encryption=encryption or {}, default_country="GB", **other)


def raw_dump(url: str) -> str:
    """Everything an attacker with the database but not the key would have."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as connection:
            dump = "\n".join(connection.iterdump())
        files = [Path(path + suffix) for suffix in ("", "-wal", "-shm")]
        return dump + "".join(f.read_bytes().decode("latin-1") for f in files if f.exists())
    pg_dump = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))[-1]
    return subprocess.run([pg_dump, "--no-owner", url], capture_output=True, text=True, check=True).stdout


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, in a fixed order, exactly as stored."""
    engine = make_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return {
                name: sorted(tuple(map(str, row)) for row in connection.execute(select(table)))
                for name, table in sorted(metadata.tables.items())
            }
    finally:
        engine.dispose()


def execute(url: str, sql: str, **params) -> list[tuple]:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def unsealed_values(url: str) -> list[tuple[str, str, str]]:
    """(table, column, start of value) for every value in a sealed column that is not sealed."""
    found = []
    for table, columns in SEALED_COLUMNS.items():
        for column in columns:
            for (value,) in execute(url, f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
                if not value.startswith("mh1:"):
                    found.append((table, column, value[:20]))
    return found
