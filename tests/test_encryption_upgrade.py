"""Upgrading a database written before encryption: after the first start nothing is left in clear,
and everything reads back as it was."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import sqlalchemy as sa
from alembic import command

from mindhaven.storage.db import alembic_config, make_engine, open_database
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.repository import Repository
from mindhaven.storage.safety_plans import SafetyPlanRepository
from mindhaven.storage.seal_existing import pending
from storage_checks import raw_dump, settings_for, snapshot, unsealed_values

A, B, C = "a" * 32, "b" * 32, "c" * 32
NOW = datetime(2025, 5, 1, 12, 0, tzinfo=timezone.utc)
RISK = {"level": "high", "signals": [{"category": "suicidal_behaviour", "phrase": "wrote a goodbye letter"}]}
GUARD = {"blocked": False, "findings": [], "rewrites": []}
PLAN = {"reasons_for_living": ["my daughter Rosalind's laugh"]}
NEEDLES = ["Rosalind", "Theodora Vance", "wrote a goodbye letter", "the lighthouse keeper's cottage",
           "I am here with you, Theodora", "[PERSON_1] wrote"]


def json_table(name: str, *columns: str, json: tuple[str, ...] = ()) -> sa.TableClause:
    return sa.table(name, *(sa.column(c) for c in columns), *(sa.column(c, sa.JSON) for c in json))


def write_0004_database(url: str) -> None:
    """The schema at revision 0004 and rows as that code wrote them: text and JSON in clear."""
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0004")
    stamp = {"created_at": NOW, "updated_at": NOW}
    with engine.begin() as connection:
        conversations = json_table("conversations", "id", "created_at", "updated_at", "locale", "country",
                                   json=("pseudonyms",))
        connection.execute(sa.insert(conversations), [
            {"id": A, "locale": "en", "country": "GB", "pseudonyms": {"[PERSON_1]": "Theodora Vance"}, **stamp},
            {"id": B, "locale": "es", "country": "ES", "pseudonyms": {}, **stamp},
            {"id": C, "locale": "en", "country": "US", "pseudonyms": {}, **stamp},
        ])
        messages = json_table("messages", "id", "conversation_id", "created_at", "role", "content", "content_redacted",
                              "route", "risk_level", "source", "interrupted", json=("risk", "guard"))
        connection.execute(sa.insert(messages), [
            {"id": 1, "conversation_id": A, "created_at": NOW, "role": "user", "risk_level": 3, "risk": RISK,
             "guard": None, "route": None, "source": None, "interrupted": False,
             "content": "Theodora Vance wrote a goodbye letter in the lighthouse keeper's cottage",
             "content_redacted": "[PERSON_1] wrote a goodbye letter in the lighthouse keeper's cottage"},
            {"id": 2, "conversation_id": A, "created_at": NOW, "role": "assistant", "risk_level": None, "risk": None,
             "guard": GUARD, "route": "crisis_protocol", "source": "protocol", "interrupted": False,
             "content": "I am here with you, Theodora Vance.", "content_redacted": "I am here with you, [PERSON_1]."},
            {"id": 3, "conversation_id": B, "created_at": NOW, "role": "user", "risk_level": 0, "risk": None,
             "guard": None, "route": None, "source": None, "interrupted": False,
             "content": "hola", "content_redacted": "hola"},
        ])
        escalations = json_table("escalations", "id", "conversation_id", "message_id", "created_at", "level",
                                 "country", "attempts", "next_attempt_at", "reason", json=("categories", "signals"))
        connection.execute(sa.insert(escalations), [{
            "id": 1, "conversation_id": A, "message_id": 1, "created_at": NOW, "level": 3, "country": "GB",
            "attempts": 0, "next_attempt_at": NOW, "reason": "crisis_protocol",
            "categories": {"suicidal_behaviour": 0.75}, "signals": RISK["signals"]}])
        safety_plans = json_table("safety_plans", "conversation_id", "created_at", "updated_at", json=("sections",))
        connection.execute(sa.insert(safety_plans), [{"conversation_id": A, "sections": PLAN, **stamp}])
    engine.dispose()


def test_an_upgraded_database_holds_no_plaintext_and_loses_nothing(fresh_database_url, tmp_path):
    url = fresh_database_url
    write_0004_database(url)
    assert "Theodora Vance" in raw_dump(url)  # the starting point really is plaintext

    database = open_database(settings_for(tmp_path, url))  # the first start after the upgrade

    dump = raw_dump(url)
    assert [n for n in NEEDLES if n in dump] == []
    assert unsealed_values(url) == [] and pending(database) == 0
    repository = Repository(database)
    first, reply = repository.messages(A)
    assert first.content == "Theodora Vance wrote a goodbye letter in the lighthouse keeper's cottage"
    assert (first.risk, first.guard, reply.risk, reply.guard) == (RISK, None, None, GUARD)
    state = repository.load_state(A)
    assert state.pseudonyms == {"[PERSON_1]": "Theodora Vance"}
    assert [m.content for m in state.history] == [
        "[PERSON_1] wrote a goodbye letter in the lighthouse keeper's cottage", "I am here with you, [PERSON_1]."]
    assert repository.messages(B)[0].content == "hola" and repository.load_state(C).history == []
    assert SafetyPlanRepository(database).get(A).sections == PLAN
    escalation = EscalationRepository(database).get(1)
    assert escalation.signals == RISK["signals"] and escalation.categories == {"suicidal_behaviour": 0.75}

    before = snapshot(url)
    open_database(settings_for(tmp_path, url))  # every later start: nothing left to do, nothing changed
    assert snapshot(url) == before


def test_0005_can_be_undone_only_while_nothing_is_encrypted(fresh_database_url, tmp_path):
    engine = make_engine(fresh_database_url)
    command.upgrade(alembic_config(engine), "head")
    command.downgrade(alembic_config(engine), "0004")
    command.upgrade(alembic_config(engine), "head")
    engine.dispose()
    Repository(open_database(settings_for(tmp_path, fresh_database_url))).create_conversation("en", "GB")
    engine = make_engine(fresh_database_url)
    with pytest.raises(RuntimeError, match="the data is encrypted"):
        command.downgrade(alembic_config(engine), "0004")
    engine.dispose()
