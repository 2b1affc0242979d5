"""The tamper-evident audit log: every audited path writes an entry, the chain verifies, and editing,
inserting, deleting (in the middle or at the end) and reordering entries are each detected, on SQLite
and PostgreSQL."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import timedelta

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import delete, insert, select, text, update

from accounts_helpers import make_account
from accounts_helpers import settings_for as make_settings
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.cli import main
from mindhaven.config import get_settings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.runtime import build_pipeline
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.db import open_database
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.models import AuditEntry, AuditHead
from mindhaven.storage.repository import ConversationNotFound, NewMessage, Repository
from mindhaven.storage.rotation import rotate
from mindhaven.storage.safety_plans import SafetyPlanRepository
from mindhaven.turn.types import IncomingMessage, Role
from storage_checks import settings_for

SECRET_WORDS = "Anna told me about the bridge on Elm Street"


def chat(repository: Repository, n: int = 0) -> str:
    cid = repository.create_conversation("en", "GB").id
    repository.append(cid, [NewMessage(Role.USER, f"{SECRET_WORDS} {n}", f"[PERSON_1] told me {n}"),
                            NewMessage(Role.ASSISTANT, "I'm here with you", "I'm here with you")],
                      {"[PERSON_1]": "Anna"})
    return cid


@pytest.fixture
def database(tmp_path, fresh_database_url):
    return open_database(make_settings(tmp_path, fresh_database_url))


@pytest.fixture
def chain(database):
    """A chain of six entries about three conversations."""
    repository = Repository(database)
    ids = [chat(repository, n) for n in range(3)]
    for cid in ids:
        repository.messages(cid)
        SafetyPlanRepository(database).get(cid)
    log = AuditLog(database)
    assert log.verify() == (6, [])
    return log


def tamper(database, statement) -> None:
    with database.engine.begin() as connection:
        connection.execute(statement)


def problems(log: AuditLog) -> list[str]:
    count, found = log.verify()
    assert found, "tampering was not detected"
    return found


# --- what is recorded -------------------------------------------------------------------------


def test_every_audited_path_writes_an_entry_and_no_message_text(tmp_path, fresh_database_url):
    settings = make_settings(tmp_path, fresh_database_url)
    pipeline = build_pipeline(settings, backend=ScriptedBackend("I'm here with you."), database_url=fresh_database_url)
    log = AuditLog(pipeline.repository.database)
    cid = pipeline.repository.create_conversation("en", "GB", CURRENT_VERSION).id
    list(pipeline.run(IncomingMessage(cid, "Anna said I've just taken all my pills.")))
    assert [(e.actor, e.action, e.subject) for e in log.show()] == [
        ("person", "consent_given", cid), ("system", "escalation_created", cid)]

    with TestClient(create_app(settings, pipeline)) as client:
        clinician = make_account(pipeline.repository.database, "clinician")
        staff = clinician.auth
        assert client.get(f"/api/conversations/{cid}").status_code == 200
        assert client.get(f"/c/{cid}").status_code == 200
        assert client.get(f"/api/conversations/{cid}/safety-plan").status_code == 200
        assert client.put(f"/api/conversations/{cid}/safety-plan",
                          json={"sections": {"warning_signs": ["Anna's bridge"]}}).status_code == 200
        assert client.post(f"/api/conversations/{cid}/ask-for-a-person").status_code == 201
        queue = client.get("/api/escalations", headers=staff).json()
        assert client.post(f"/api/escalations/{queue[0]['id']}/claim", headers=staff).status_code == 200
        assert client.post(f"/api/escalations/{queue[0]['id']}/acknowledge", json={"by": "Dr Ruiz"},
                           headers=staff).status_code == 200
        assert client.get("/api/escalations", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert client.get(f"/api/conversations/{'0' * 32}").status_code == 404  # nothing read, nothing kept

    entries = log.show(subject=None, limit=100)
    assert [(e.actor, e.action) for e in entries] == [
        ("person", "consent_given"),
        ("system", "escalation_created"),
        ("test", "account_created"),
        ("test", "token_issued"),
        ("person", "read_messages"),
        ("person", "read_messages"),
        ("person", "read_safety_plan"),
        ("person", "save_safety_plan"),
        ("person", "escalation_created"),
        (clinician.id, "read_escalations"),
        (clinician.id, "read_escalation"),
        (clinician.id, "assigned"),
        (clinician.id, "read_escalation"),
        (clinician.id, "escalation_acknowledged"),
    ]
    about_accounts = ("read_escalations", "account_created", "token_issued")
    assert all(e.subject == cid for e in entries if e.action not in about_accounts)
    assert [e.seq for e in entries] == list(range(1, 15))
    assert log.show(subject=cid, limit=2)[-1].action == "escalation_acknowledged"

    EscalationRepository(pipeline.repository.database).record_attempt(queue[0]["id"], True, None, timedelta(0))
    assert log.show(limit=1)[0].action == "escalation_sent"
    assert log.verify() == (15, [])

    with pipeline.repository.engine.connect() as connection:
        stored = " ".join(" ".join(map(str, row)) for row in connection.execute(select(AuditEntry)))
    for words in ("Anna", "pills", "bridge", "Dr Ruiz"):
        assert words not in stored


def test_a_failed_read_leaves_no_entry(database):
    log = AuditLog(database)
    with pytest.raises(ConversationNotFound):
        Repository(database).messages("f" * 32)
    assert log.verify() == (0, []) and log.show() == []


# --- tampering --------------------------------------------------------------------------------


@pytest.mark.parametrize("column, value", [("actor", "cli"), ("action", "read_safety_plan"),
                                           ("subject", "0" * 32), ("detail", "nothing"),
                                           ("at", "2020-01-01T00:00:00.000000+00:00")])
def test_an_edited_field_is_detected(chain, database, column, value):
    tamper(database, update(AuditEntry).where(AuditEntry.seq == 3).values({column: value}))
    assert problems(chain) == ["entry 3: its contents do not match its hash (edited, or inserted without the key)"]


def test_an_edited_hash_is_detected(chain, database):
    tamper(database, update(AuditEntry).where(AuditEntry.seq == 3).values(hash="a" * 64))
    found = problems(chain)
    assert "entry 3: its contents do not match its hash (edited, or inserted without the key)" in found
    assert any(p.startswith("entry 4: broken link") for p in found)


def test_an_inserted_entry_is_detected(chain, database):
    # Make room after entry 2 by renumbering the later ones, then slip in a plausible entry.
    with database.engine.begin() as connection:
        for seq in range(6, 2, -1):
            connection.execute(update(AuditEntry).where(AuditEntry.seq == seq).values(seq=seq + 1))
        row = connection.execute(select(AuditEntry).where(AuditEntry.seq == 2)).one()
        connection.execute(insert(AuditEntry).values(
            seq=3, at=row.at, actor="person", action="read_messages", subject=row.subject, detail="",
            prev_hash=row.hash, hash="b" * 64))
    found = problems(chain)
    assert "entry 3: its contents do not match its hash (edited, or inserted without the key)" in found
    assert any(p.startswith("entry 4: broken link") for p in found)


def test_an_entry_added_at_the_end_is_detected(chain, database):
    with database.engine.begin() as connection:
        last = connection.execute(select(AuditEntry).where(AuditEntry.seq == 6)).one()
        connection.execute(insert(AuditEntry).values(
            seq=7, at=last.at, actor="cli", action="keys_rotated", subject=None, detail="",
            prev_hash=last.hash, hash="c" * 64))
    found = problems(chain)
    assert "entry 7: its contents do not match its hash (edited, or inserted without the key)" in found
    assert "entries after 6 were added after the head (inserted at the end)" in found


def test_a_deleted_middle_entry_is_detected(chain, database):
    tamper(database, delete(AuditEntry).where(AuditEntry.seq == 3))
    found = problems(chain)
    assert found[0] == "entries 3 are missing (deleted) before entry 4"
    assert found[1].startswith("entry 4: broken link")


def test_deleted_newest_entries_are_detected(chain, database):
    tamper(database, delete(AuditEntry).where(AuditEntry.seq >= 5))
    assert problems(chain) == ["entries 5-6 at the end are missing (deleted): the head records 6 entries, "
                               "the newest left is 4"]


def test_rewinding_the_head_is_detected(chain, database):
    with database.engine.begin() as connection:
        four = connection.execute(select(AuditEntry.hash).where(AuditEntry.seq == 4)).scalar()
        connection.execute(delete(AuditEntry).where(AuditEntry.seq >= 5))
        connection.execute(update(AuditHead).values(seq=4, hash=four))
    assert problems(chain) == ["the chain head was edited: its MAC does not match"]
    tamper(database, update(AuditHead).values(seq=0, hash="0" * 64, mac=""))
    assert problems(chain) == ["the chain head was reset to empty, but entries were written (4 remain)"]


def test_deleting_everything_is_detected(chain, database):
    tamper(database, delete(AuditEntry))
    assert problems(chain) == ["entries 1-6 at the end are missing (deleted): the head records 6 entries, "
                               "the newest left is 0"]


def test_reordered_entries_are_detected(chain, database):
    with database.engine.begin() as connection:  # swap the positions of entries 2 and 4
        connection.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(seq=-2))
        connection.execute(update(AuditEntry).where(AuditEntry.seq == 4).values(seq=2))
        connection.execute(update(AuditEntry).where(AuditEntry.seq == -2).values(seq=4))
    found = problems(chain)
    assert {"entry 2: its contents do not match its hash (edited, or inserted without the key)",
            "entry 4: its contents do not match its hash (edited, or inserted without the key)"} <= set(found)
    assert any(p.startswith("entry 2: broken link") for p in found)


def test_a_chain_recomputed_without_the_key_is_detected(chain, database):
    """An attacker who rebuilds every hash with plain SHA-256 (no key) still fails."""
    import hashlib

    with database.engine.begin() as connection:
        rows = list(connection.execute(select(AuditEntry).order_by(AuditEntry.seq)))
        prev = "0" * 64
        for row in rows:
            digest = hashlib.sha256(f"{row.seq}{row.actor}{prev}".encode()).hexdigest()
            connection.execute(update(AuditEntry).where(AuditEntry.seq == row.seq).values(prev_hash=prev, hash=digest))
            prev = digest
        connection.execute(update(AuditHead).values(hash=prev))
    found = problems(chain)
    assert sum("do not match its hash" in p for p in found) == 6


# --- concurrency, key rotation, CLI -----------------------------------------------------------


def _append_many(url: str, data_dir: str, n: int) -> None:
    from pathlib import Path

    log = AuditLog(open_database(make_settings(Path(data_dir), url), seal=False))
    for i in range(n):
        log.record("cli", "test_append", None, f"{i}")


def test_concurrent_appends_from_processes_and_threads_keep_one_chain(tmp_path, fresh_database_url):
    database = open_database(make_settings(tmp_path, fresh_database_url))
    repository = Repository(database)
    cid = chat(repository)
    repository.messages(cid)  # creates the chain's key before the workers start
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append_many, args=(fresh_database_url, str(tmp_path), 15)) for _ in range(3)]
    threads = [threading.Thread(target=lambda: [repository.messages(cid) for _ in range(15)]) for _ in range(2)]
    for w in workers + threads:
        w.start()
    for w in workers + threads:
        w.join(120)
    assert all(w.exitcode == 0 for w in workers)
    assert AuditLog(database).verify() == (1 + 45 + 30, [])


def test_the_chain_survives_key_rotation(tmp_path, fresh_database_url):
    database = open_database(settings_for(tmp_path, fresh_database_url))  # a key file in tmp_path
    repository = Repository(database)
    cid = chat(repository)
    repository.messages(cid)
    rotate(database, grace=0)
    repository.messages(cid)
    reopened = open_database(settings_for(tmp_path, fresh_database_url))
    assert AuditLog(reopened).verify() == (2, [])


def test_audit_commands(tmp_path, monkeypatch):
    monkeypatch.setenv("MINDHAVEN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MINDHAVEN_DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite")
    get_settings.cache_clear()
    try:
        database = open_database(get_settings())
        repository = Repository(database)
        cid = chat(repository)
        repository.messages(cid)
        runner = CliRunner()
        assert runner.invoke(main, ["keys", "rotate"]).exit_code == 0
        ok = runner.invoke(main, ["audit", "verify"])
        assert ok.exit_code == 0 and ok.output == "OK: 2 audit entries, chain intact.\n"
        shown = runner.invoke(main, ["audit", "show", "--subject", cid]).output.splitlines()
        assert len(shown) == 1 and "person" in shown[0] and "read_messages" in shown[0] and cid in shown[0]
        last = runner.invoke(main, ["audit", "show", "--limit", "1"]).output
        assert "cli" in last and "keys_rotated" in last
        assert runner.invoke(main, ["keys", "encrypt-existing"]).exit_code == 0
        assert "existing_data_encrypted" in runner.invoke(main, ["audit", "show", "--limit", "1"]).output
        assert runner.invoke(main, ["audit", "verify"]).output == "OK: 3 audit entries, chain intact.\n"
        assert runner.invoke(main, ["audit", "head"]).output.startswith("3 ")
        tamper(database, update(AuditEntry).where(AuditEntry.seq == 1).values(detail="x"))
        tamper(database, delete(AuditEntry).where(AuditEntry.seq >= 2))
        broken = runner.invoke(main, ["audit", "verify"])
        assert broken.exit_code == 1
        assert "BROKEN: entry 1: its contents do not match its hash" in broken.output
        assert "BROKEN: entries 2-3 at the end are missing (deleted)" in broken.output
        assert "tampered with: 2 problem(s) in 1 entries" in broken.stderr
    finally:
        get_settings.cache_clear()


def test_message_text_never_reaches_the_audit_table_in_a_raw_dump(chain, database):
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM audit_log")).all()
    assert len(rows) == 6
    assert SECRET_WORDS not in str(rows) and "Anna" not in str(rows)
