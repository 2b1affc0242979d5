"""A person's data rights, on SQLite and PostgreSQL: export everything (JSON and a readable file), erase
everything (crypto-shredding plus row deletion: afterwards nothing about the person remains in the
database or the logs), and the retention policy's purge."""

from __future__ import annotations

import json
import logging
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import insert, select, update

from conftest import TEST_KEYS
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.cli import main
from mindhaven.config import get_settings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.runtime import build_pipeline
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.check_ins import CheckInRepository, NewCheckIn
from mindhaven.storage.envelope import KeyMissing
from mindhaven.storage.accounts import AccountNotFound
from mindhaven.storage.erasure import InvalidReason, erase_account, erase_conversation
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.export import export_account, export_conversation, render_readable
from mindhaven.storage.models import (
    Account,
    Assignment,
    Conversation,
    DataKey,
    LoginSession,
    Message,
    MoodCheckIn,
    QuestionnaireResponse,
    utcnow,
)
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.storage.retention import retention_worker, purge_expired
from mindhaven.storage.safety_plans import SafetyPlanRepository
from mindhaven.turn.types import IncomingMessage
from storage_checks import raw_dump, settings_for, snapshot

NAME = "Marisol Quenneville"
PHONE = "07700 900461"
EMAIL = "marisol.q.private@example.org"
ADDRESS = "14 Larkspur Wynd"
SENTENCE = "the lighthouse keeper's blue bicycle still leans on our fence"
FIRST = f"My name is {NAME}, I live at {ADDRESS}, call me on {PHONE} or write to {EMAIL}. Oddly, {SENTENCE}."
CRISIS = "I have the rope ready, I'm doing it tonight."
PLAN_ENTRY = "phone my godmother Ottilie in Vlissingen"
PLAN = {"people_to_ask": [PLAN_ENTRY], "coping_strategies": ["feed the ducks at Pellworm pond"]}
CHECK_IN_NOTE = "slept at Aunt Wilhelmina's boathouse again"
ANSWERS = {"phq9_1": 2, "phq9_9": 1, "phq9_free_text": "since the flood at Cadgwith"}
PLANTED = [NAME, "Quenneville", PHONE, EMAIL, ADDRESS, "Larkspur", SENTENCE, "lighthouse keeper", CRISIS,
           "rope ready", PLAN_ENTRY, "Ottilie", "Pellworm", CHECK_IN_NOTE, "Wilhelmina", "Cadgwith"]
REPLY = "That sounds like a lot to carry. What has this week been like for you?"


@pytest.fixture
def service(fresh_database_url, tmp_path):
    settings = settings_for(tmp_path, fresh_database_url, {"keys": TEST_KEYS})
    pipeline = build_pipeline(settings, backend=ScriptedBackend(REPLY), database_url=fresh_database_url)
    return settings, pipeline, fresh_database_url


def plant(pipeline, with_staff: bool = True) -> str:
    """A conversation holding every kind of personal data, through the real turn pipeline: consent, two
    turns (the second a crisis, which raises an escalation), a safety plan, a mood check-in, a questionnaire
    and a staff assignment."""
    database = pipeline.repository.database
    cid = new_conversation(pipeline)
    for text in (FIRST, CRISIS):
        list(pipeline.run(IncomingMessage(cid, text)))
    SafetyPlanRepository(database).save(cid, PLAN)
    CheckInRepository(database).add(cid, NewCheckIn(3, 4.5, 8, CHECK_IN_NOTE))
    QuestionnaireRepository(database).add(cid, "phq9", ANSWERS, None, None, True, "form")
    if with_staff:
        with database.engine.begin() as connection:
            staff = add_account(connection, role="clinician", display_name="Dr Okafor")
            connection.execute(insert(Assignment).values(account_id=staff, conversation_id=cid,
                                                         assigned_at=utcnow(), assigned_by=staff))
    return cid


def new_conversation(pipeline) -> str:
    return pipeline.repository.create_conversation("en", "GB", consent_version=CURRENT_VERSION).id


def add_account(connection, role: str = "person", display_name: str = NAME) -> str:
    account_id = uuid.uuid4().hex
    connection.execute(insert(Account).values(
        id=account_id, username=f"user-{account_id[:8]}", display_name=display_name, role=role,
        password_hash="argon2-placeholder", created_at=utcnow(), failed_logins=0))
    return account_id


def rows_of(database, model, **where) -> list[dict]:
    table = model.__table__
    query = select(table).where(*(table.c[k] == v for k, v in where.items()))
    with database.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


# --- erasure ------------------------------------------------------------------------------------


def test_after_erasure_nothing_about_the_person_remains(service, caplog):
    caplog.set_level(logging.DEBUG)
    settings, pipeline, url = service
    database = pipeline.repository.database
    cid = plant(pipeline)
    other = plant(pipeline, with_staff=False)
    assert EscalationRepository(database).open()  # the crisis turn raised one
    [key_row] = rows_of(database, DataKey, owner_id=cid)
    kept_conversation = rows_of(database, Conversation, id=cid)
    kept_messages = rows_of(database, Message, conversation_id=cid)
    assert key_row["wrapped_key"] in raw_dump(url)

    report = erase_conversation(database, cid, "cli", "person_request")

    assert report.rows["messages"] == 4 and report.rows["data_keys"] == 1 and report.rows["escalations"] == 1
    assert report.rows["safety_plans"] == report.rows["consents"] == report.rows["assignments"] == 1
    assert report.rows["mood_check_ins"] == report.rows["questionnaire_responses"] == 1
    assert rows_of(database, MoodCheckIn, conversation_id=cid) == []
    assert rows_of(database, QuestionnaireResponse, conversation_id=cid) == []
    for table, rows in snapshot(url).items():
        if table != "audit_log":
            assert not [row for row in rows if any(cid in value for value in row)], table
    dump = raw_dump(url)  # SQLite: the database file and its WAL, byte for byte; PostgreSQL: pg_dump
    assert [value for value in PLANTED if value in dump] == []
    assert key_row["wrapped_key"] not in dump
    assert ("conversation", cid) not in database.vault._cache
    erasure_logs = [r for r in caplog.records if r.name == "mindhaven.storage.erasure"]
    assert erasure_logs and all(r.levelno == logging.INFO for r in erasure_logs)  # captured; reclaiming worked
    assert [value for value in PLANTED if value in caplog.text] == []
    assert pipeline.repository.load_state(other).own_words == [FIRST, CRISIS]  # others are untouched

    count, problems = AuditLog(database).verify()
    assert problems == [] and count > 0
    entries = AuditLog(database).show(subject=cid, limit=100)
    assert entries[-1].action == "erased" and entries[-1].actor == "cli"
    assert entries[-1].detail.startswith("reason person_request; removed ") and "messages 4" in entries[-1].detail
    assert [value for value in PLANTED if any(value in e.detail for e in entries)] == []

    # Crypto-shredding: rows copied before the erasure (a backup, a replica) cannot be opened any more.
    with database.engine.begin() as connection:
        connection.execute(insert(Conversation), kept_conversation)
        connection.execute(insert(Message), kept_messages)
    with pytest.raises(KeyMissing, match="has no data key.*it may have been erased"):
        pipeline.repository.messages(cid)
    with pytest.raises(KeyMissing):
        pipeline.repository.load_state(cid)


def test_erasing_twice_or_an_unknown_id_is_not_found(service):
    _, pipeline, _ = service
    database = pipeline.repository.database
    cid = new_conversation(pipeline)
    erase_conversation(database, cid, "person", "person_request")
    for unknown in (cid, "0" * 32, "not-an-id"):
        with pytest.raises(ConversationNotFound):
            erase_conversation(database, unknown, "person", "person_request")
    with pytest.raises(AccountNotFound):
        erase_account(database, "f" * 32, "cli", "admin_request")


@pytest.mark.parametrize("reason", ["", "Marisol asked on the phone", "x" * 40, "UPPER"])
def test_a_reason_is_a_short_code_never_free_text(service, reason):
    _, pipeline, _ = service
    cid = new_conversation(pipeline)
    with pytest.raises(InvalidReason):
        erase_conversation(pipeline.repository.database, cid, "person", reason)
    assert pipeline.repository.get_conversation(cid).id == cid


def test_erasing_an_account_erases_its_conversations_sessions_and_the_account(service):
    _, pipeline, url = service
    database = pipeline.repository.database
    owned, kept = plant(pipeline), plant(pipeline, with_staff=False)
    with database.engine.begin() as connection:
        account = add_account(connection)
        connection.execute(update(Conversation).where(Conversation.id == owned).values(owner_account_id=account))
        connection.execute(insert(LoginSession).values(id="a" * 64, account_id=account, created_at=utcnow(),
                                                       expires_at=utcnow() + timedelta(days=1),
                                                       last_seen_at=utcnow()))
    exported = export_account(database, account, "cli")
    assert exported["account"]["display_name"] == NAME and len(exported["account"]["sign_in_sessions"]) == 1
    assert [c["conversation"]["id"] for c in exported["conversations"]] == [owned]

    reports = erase_account(database, account, "cli", "admin_request")

    assert [r.subject for r in reports] == [owned, account]
    assert rows_of(database, Account, id=account) == [] and rows_of(database, LoginSession, account_id=account) == []
    with pytest.raises(ConversationNotFound):
        pipeline.repository.get_conversation(owned)
    assert pipeline.repository.get_conversation(kept).id == kept
    stored = [v for table, rows in snapshot(url).items() if table != "audit_log" for row in rows for v in row]
    assert [v for v in stored if account in v or owned in v] == []
    assert AuditLog(database).verify()[1] == []
    assert AuditLog(database).show(subject=account, limit=5)[-1].action == "account_erased"


# --- export -------------------------------------------------------------------------------------


def test_the_export_holds_everything_opened_and_is_audited(service):
    _, pipeline, _ = service
    database = pipeline.repository.database
    cid = plant(pipeline)
    exported = export_conversation(database, cid, "person")

    assert json.loads(json.dumps(exported)) == exported  # plain JSON
    assert exported["conversation"]["id"] == cid and exported["conversation"]["country"] == "GB"
    messages = exported["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert [m["text"] for m in messages if m["role"] == "user"] == [FIRST, CRISIS]
    crisis = messages[2]
    assert crisis["risk_level"] in ("high", "imminent") and messages[3]["route"] == "crisis_protocol"
    assert crisis["risk_phrases"] and all(p for p in crisis["risk_phrases"])
    assert messages[1]["output_check"] is not None
    assert exported["safety_plan"]["sections"] == PLAN
    [check_in] = exported["check_ins"]
    assert [check_in[k] for k in ("mood", "sleep_hours", "anxiety", "note")] == [3, 4.5, 8, CHECK_IN_NOTE]
    [questionnaire] = exported["questionnaires"]
    assert questionnaire["answers"] == ANSWERS and questionnaire["instrument"] == "phq9"
    assert (questionnaire["total"], questionnaire["crisis"], questionnaire["source"]) == (None, True, "form")
    [escalation] = exported["escalations"]
    assert escalation["level"] == crisis["risk_level"] and escalation["acknowledged_at"] is None
    assert [c["version"] for c in exported["consents"]] == [CURRENT_VERSION]
    assert len(exported["assignments"]) == 1
    actions = [a["action"] for a in exported["audit"]]
    assert "save_check_in" in actions and "save_questionnaire" in actions
    assert actions[0] == "consent_given" and "escalation_created" in actions and actions[-1] == "exported"
    assert AuditLog(database).show(subject=cid, limit=1)[0].action == "exported"

    with pytest.raises(ConversationNotFound):
        export_conversation(database, "0" * 32, "person")


def test_the_readable_export_escapes_everything(service):
    _, pipeline, _ = service
    cid = new_conversation(pipeline)
    list(pipeline.run(IncomingMessage(cid, "<script>alert('hi')</script> & <b>bold</b> feelings today")))
    SafetyPlanRepository(pipeline.repository.database).save(cid, {"warning_signs": ["<img src=x onerror=alert(1)>"]})
    CheckInRepository(pipeline.repository.database).add(cid, NewCheckIn(4, None, None, "<i>tired</i> & <svg onload=x>"))
    QuestionnaireRepository(pipeline.repository.database).add(cid, "gad7", {"gad7_1": "<b>often</b>"}, 9, "mild",
                                                               False, "form")
    page = render_readable(export_conversation(pipeline.repository.database, cid, "person"))

    assert page.startswith("<!doctype html>") and "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "What was said" in page and "Your safety plan" in page and "1. My warning signs" in page
    assert "<svg" not in page and "&lt;i&gt;tired&lt;/i&gt; &amp; &lt;svg onload=x&gt;" in page
    assert "Your check-ins" in page and "GAD-7</strong>" in page and "total 9 (mild)" in page
    assert "&lt;b&gt;often&lt;/b&gt;" in page
    assert "Who read or changed this conversation" in page


# --- retention ----------------------------------------------------------------------------------


def age(database, conversation_id: str, days: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(Conversation).where(Conversation.id == conversation_id)
                           .values(updated_at=utcnow() - timedelta(days=days)))


def retention_case(pipeline):
    """An old conversation, a recent one, an old one with an open escalation, and two sign-in sessions."""
    database = pipeline.repository.database
    old = new_conversation(pipeline)
    list(pipeline.run(IncomingMessage(old, "Work has been grey lately.")))
    recent = new_conversation(pipeline)
    held = new_conversation(pipeline)
    list(pipeline.run(IncomingMessage(held, CRISIS)))
    for cid in (old, held):
        age(database, cid, 400)
    with database.engine.begin() as connection:
        account = add_account(connection)
        for token, expires in (("e" * 64, utcnow() - timedelta(hours=1)), ("f" * 64, utcnow() + timedelta(hours=1))):
            connection.execute(insert(LoginSession).values(id=token, account_id=account, created_at=utcnow(),
                                                           expires_at=expires, last_seen_at=utcnow()))
    return old, recent, held


def test_retention_purges_the_old_keeps_the_recent_and_holds_open_escalations(service):
    settings, pipeline, url = service
    database = pipeline.repository.database
    old, recent, held = retention_case(pipeline)

    before = snapshot(url)
    dry = purge_expired(database, settings, dry_run=True)
    assert (dry.erased, dry.held, dry.sessions_removed) == ([old], [held], 1)
    assert snapshot(url) == before and "would erase 1" in dry.summary()

    report = purge_expired(database, settings)
    assert (report.erased, report.held, report.sessions_removed) == ([old], [held], 1)
    with pytest.raises(ConversationNotFound):
        pipeline.repository.get_conversation(old)
    assert {pipeline.repository.get_conversation(c).id for c in (recent, held)} == {recent, held}
    assert [s["id"] for s in rows_of(database, LoginSession)] == ["f" * 64]
    assert AuditLog(database).show(subject=old, limit=1)[0].actor == "retention"
    assert AuditLog(database).verify()[1] == []

    [escalation] = EscalationRepository(database).open()
    EscalationRepository(database).acknowledge(escalation.id, "on-call")
    age(database, held, 400)  # acknowledging does not count as the person's activity
    assert purge_expired(database, settings).erased == [held]


def test_a_recent_check_in_or_questionnaire_keeps_a_conversation(service):
    settings, pipeline, _ = service
    database = pipeline.repository.database
    checked_in, answered, stale = (new_conversation(pipeline) for _ in range(3))
    CheckInRepository(database).add(checked_in, NewCheckIn(6))
    QuestionnaireRepository(database).add(answered, "gad2", {"gad2_1": 1, "gad2_2": 0}, 1, "minimal", False, "form")
    QuestionnaireRepository(database).add(stale, "phq2", {"phq2_1": 0, "phq2_2": 0}, 0, "minimal", False,
                                          "fhir_import", completed_at=utcnow() - timedelta(days=500))
    for cid in (checked_in, answered, stale):
        age(database, cid, 400)

    assert purge_expired(database, settings).erased == [stale]
    assert {pipeline.repository.get_conversation(c).id for c in (checked_in, answered)} == {checked_in, answered}


def test_retention_zero_keeps_conversations_forever(service):
    settings, pipeline, _ = service
    old, _, _ = retention_case(pipeline)
    settings.retention.conversation_days = 0
    report = purge_expired(pipeline.repository.database, settings)
    assert report.erased == [] and report.held == [] and report.sessions_removed == 1
    assert pipeline.repository.get_conversation(old).id == old


def test_the_retention_worker_purges_on_a_schedule(service):
    settings, pipeline, _ = service
    old, recent, _ = retention_case(pipeline)
    settings.retention.purge_interval_minutes = 0.002
    worker = retention_worker(pipeline.repository.database, settings, first_delay=0).start()
    try:
        deadline = datetime.now(timezone.utc) + timedelta(seconds=20)
        while datetime.now(timezone.utc) < deadline and rows_of(pipeline.repository.database, Conversation, id=old):
            worker._stop.wait(0.05)
    finally:
        worker.stop()
    assert rows_of(pipeline.repository.database, Conversation, id=old) == []
    assert pipeline.repository.get_conversation(recent).id == recent


# --- API and web pages ----------------------------------------------------------------------------


@pytest.fixture
def client(service):
    settings, pipeline, _ = service
    with TestClient(create_app(settings, pipeline)) as client:
        yield client, pipeline


def test_export_api_gives_json_and_a_readable_file_as_downloads(client):
    client, pipeline = client
    cid = plant(pipeline)
    response = client.get(f"/api/conversations/{cid}/export")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    assert response.headers["content-disposition"] == f'attachment; filename="mindhaven-{cid[:8]}.json"'
    assert response.json()["messages"][0]["text"] == FIRST

    page = client.get(f"/api/conversations/{cid}/export", params={"format": "html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-disposition"] == f'attachment; filename="mindhaven-{cid[:8]}.html"'
    assert PLAN_ENTRY in page.text and CHECK_IN_NOTE.replace("'", "&#39;") in page.text

    assert client.get(f"/api/conversations/{cid}/export", params={"format": "pdf"}).status_code == 422
    missing = client.get(f"/api/conversations/{'0' * 32}/export")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_erase_api(client):
    client, pipeline = client
    cid = plant(pipeline)
    assert client.request("DELETE", f"/api/conversations/{cid}", json={"reason": "Free text"}).status_code == 422
    assert client.get(f"/api/conversations/{cid}").status_code == 200
    response = client.delete(f"/api/conversations/{cid}", params={"reason": "consent_withdrawn"})
    assert response.status_code == 204 and response.content == b""
    assert client.get(f"/api/conversations/{cid}").status_code == 404
    assert AuditLog(pipeline.repository.database).show(subject=cid, limit=1)[0].detail.startswith(
        "reason consent_withdrawn;")
    assert client.delete(f"/api/conversations/{cid}").status_code == 404

    # A free-text query reason is an admin's access reason (recorded by the access guard), never the erasure's.
    other = new_conversation(pipeline)
    response = client.delete(f"/api/conversations/{other}", params={"reason": "Marisol emailed on Monday"})
    assert response.status_code == 204
    [entry] = AuditLog(pipeline.repository.database).show(subject=other, limit=1)
    assert entry.action == "erased" and entry.detail.startswith("reason person_request;")
    assert "Marisol" not in entry.detail


def test_your_data_page_and_erasing_from_it(client):
    client, pipeline = client
    cid = plant(pipeline)
    assert f'href="/c/{cid}/data"' in client.get(f"/c/{cid}").text
    page = client.get(f"/c/{cid}/data")
    assert page.status_code == 200 and "<h1>Your data</h1>" in page.text
    assert f"/api/conversations/{cid}/export?format=html" in page.text and f'action="/c/{cid}/erase"' in page.text
    assert "<script>" not in page.text.split("</head>")[1]

    cross = client.post(f"/c/{cid}/erase", data={"confirm": "yes"}, headers={"sec-fetch-site": "cross-site"})
    assert cross.status_code == 403 and "Nothing was erased" in cross.text
    unconfirmed = client.post(f"/c/{cid}/erase", data={}, headers={"sec-fetch-site": "same-origin"})
    assert unconfirmed.status_code == 422 and "Tick the box" in unconfirmed.text
    assert pipeline.repository.get_conversation(cid).id == cid

    done = client.post(f"/c/{cid}/erase", data={"confirm": "yes"}, headers={"sec-fetch-site": "same-origin"})
    assert done.status_code == 200 and "Everything was erased" in done.text and "/help?country=GB" in done.text
    assert client.get(f"/c/{cid}/data").status_code == 404
    assert client.post(f"/c/{cid}/erase", data={"confirm": "yes"}).status_code == 404
    assert client.get(f"/c/{'0' * 32}/data").status_code == 404


# --- CLI ----------------------------------------------------------------------------------------


@pytest.fixture
def cli_database(tmp_path, monkeypatch):
    monkeypatch.setenv("MINDHAVEN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MINDHAVEN_DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite")
    monkeypatch.setenv("MINDHAVEN_ENCRYPTION__KEYS", TEST_KEYS)
    get_settings.cache_clear()
    pipeline = build_pipeline(get_settings(), backend=ScriptedBackend(REPLY))
    yield pipeline
    get_settings.cache_clear()


def test_data_commands(cli_database, tmp_path):
    pipeline = cli_database
    cid = plant(pipeline)
    runner = CliRunner()

    shown = runner.invoke(main, ["data", "export", cid])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["messages"][0]["text"] == FIRST
    target = tmp_path / "export.html"
    written = runner.invoke(main, ["data", "export", cid, "--format", "html", "-o", str(target)])
    assert written.exit_code == 0 and PLAN_ENTRY in Path(target).read_text() and "Wrote" in written.stderr

    unknown = runner.invoke(main, ["data", "export", "0" * 32])
    assert unknown.exit_code == 2 and unknown.stderr.count("\n") == 1 and "no conversation" in unknown.stderr
    assert runner.invoke(main, ["data", "erase", "0" * 32, "--yes"]).exit_code == 2
    assert runner.invoke(main, ["data", "erase", cid, "--yes", "--reason", "Marisol asked"]).exit_code == 2
    refused = runner.invoke(main, ["data", "erase", cid], input="n\n")
    assert refused.exit_code == 1 and pipeline.repository.get_conversation(cid).id == cid

    erased = runner.invoke(main, ["data", "erase", cid, "--yes", "--reason", "person_request"])
    assert erased.exit_code == 0 and "erased" in erased.stdout and "4 messages" in erased.stdout
    with pytest.raises(ConversationNotFound):
        pipeline.repository.get_conversation(cid)
    assert runner.invoke(main, ["audit", "verify"]).exit_code == 0

    old = new_conversation(pipeline)
    age(pipeline.repository.database, old, 400)
    dry = runner.invoke(main, ["data", "purge", "--dry-run"])
    assert dry.exit_code == 0 and f"would erase {old}" in dry.stdout and "Would erase 1" in dry.stdout
    purged = runner.invoke(main, ["data", "purge"])
    assert purged.exit_code == 0 and f"erased {old}" in purged.stdout and "Erased 1 expired" in purged.stdout
    with pytest.raises(ConversationNotFound):
        pipeline.repository.get_conversation(old)
