"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from mindhaven.storage.db import alembic_config, current_revision, make_engine, migrate
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


def test_0008_adds_check_ins_and_questionnaires_to_a_0007_database_and_can_be_undone(fresh_database_url):
    engine = make_engine(fresh_database_url)
    command.upgrade(alembic_config(engine), "0007_accounts_and_consent")
    now = datetime(2025, 5, 1, tzinfo=timezone.utc)
    conversations = sa.table("conversations", *(sa.column(c) for c in (
        "id", "created_at", "updated_at", "locale", "country", "pseudonyms")))
    with engine.begin() as connection:
        connection.execute(sa.insert(conversations).values(
            id="a" * 32, created_at=now, updated_at=now, locale="en", country="GB", pseudonyms="mh1:kept"))

    command.upgrade(alembic_config(engine), "0008_check_ins_questionnaires")
    check_ins = sa.table("mood_check_ins", *(sa.column(c) for c in (
        "conversation_id", "created_at", "mood", "sleep_hours", "anxiety", "note")))
    with engine.begin() as connection:
        connection.execute(sa.insert(check_ins).values(conversation_id="a" * 32, created_at=now, mood=4,
                                                       sleep_hours=6.5, anxiety=None, note=None))
        assert connection.execute(sa.text("SELECT pseudonyms FROM conversations")).scalar() == "mh1:kept"
        assert connection.execute(sa.text("SELECT mood FROM mood_check_ins")).scalar() == 4
    for bad in ({"mood": 11}, {"mood": 5, "anxiety": -1}, {"mood": 5, "sleep_hours": 25}):
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(sa.insert(check_ins).values(conversation_id="a" * 32, created_at=now, **bad))
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM conversations"))
        assert connection.execute(sa.text("SELECT count(*) FROM mood_check_ins")).scalar() == 0, "cascade"

    command.downgrade(alembic_config(engine), "0007_accounts_and_consent")
    assert {"mood_check_ins", "questionnaire_responses"} & set(sa.inspect(engine).get_table_names()) == set()
    engine.dispose()


def test_revision_ids_fit_the_version_table():
    from alembic.script import ScriptDirectory

    revisions = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://"))).walk_revisions()
    too_long = [r.revision for r in revisions if len(r.revision) > 32]
    assert too_long == [], "alembic_version.version_num is VARCHAR(32) on PostgreSQL"


def test_0009_adds_handoffs_with_one_open_per_conversation_and_can_be_undone(fresh_database_url):
    engine = make_engine(fresh_database_url)
    command.upgrade(alembic_config(engine), "0008_check_ins_questionnaires")
    now = datetime(2025, 6, 1, tzinfo=timezone.utc)
    with engine.begin() as connection:
        connection.execute(sa.text("INSERT INTO conversations (id, created_at, updated_at, locale, country, pseudonyms) "
                                   "VALUES (:id, :now, :now, 'en', 'GB', 'mh1:kept')"), {"id": "a" * 32, "now": now})
        connection.execute(sa.text("INSERT INTO messages (conversation_id, created_at, role, content, content_redacted, "
                                   "interrupted) VALUES (:id, :now, 'user', 'mh1:sealed', 'mh1:sealed', false)"),
                           {"id": "a" * 32, "now": now})

    command.upgrade(alembic_config(engine), "0009_handoffs")
    handoffs = sa.table("handoffs", *(sa.column(c) for c in (
        "conversation_id", "staff_name", "staff_role", "started_at", "ended_at")))
    closed = {"conversation_id": "a" * 32, "staff_name": "Sam", "staff_role": "clinician", "started_at": now}
    with engine.begin() as connection:
        assert connection.execute(sa.text("SELECT handoff_id FROM messages")).scalar() is None
        connection.execute(sa.insert(handoffs).values(**closed, ended_at=now))
        connection.execute(sa.insert(handoffs).values(**closed, ended_at=None))
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(sa.insert(handoffs).values(**closed, ended_at=None))  # a second open one

    command.downgrade(alembic_config(engine), "0008_check_ins_questionnaires")
    assert "handoffs" not in sa.inspect(engine).get_table_names()
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT content FROM messages")).scalar() == "mh1:sealed"
    engine.dispose()
