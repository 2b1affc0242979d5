"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mindhaven.storage.db import current_revision, make_engine, migrate
from mindhaven.storage.models import Base


def test_migrated_schema_matches_the_models(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)  # running again on every start is harmless
    revision, head = current_revision(engine)
    assert revision == head
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
