"""Encryption at rest, on SQLite and PostgreSQL: nothing a person wrote is readable without the key,
everything reads back exactly with it, and a missing or wrong key or a damaged value fails with a
clear error and changes nothing."""

from __future__ import annotations

import base64
import os
import shutil

import pytest
from fastapi.testclient import TestClient

from conftest import new_conversation
from fakes import ScriptedBackend
from mindhaven.api.app import create_app
from mindhaven.runtime import build_pipeline
from mindhaven.storage.db import open_database
from mindhaven.storage.envelope import DamagedValue, KeyConfigError, KeyMissing, WrongKey
from mindhaven.storage.keyring import entry, parse
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.repository import NewMessage, Repository
from mindhaven.turn.types import Role
from accounts_helpers import database_of, make_account
from mindhaven.storage.assignments import AssignmentRepository
from storage_checks import execute, raw_dump, settings_for, snapshot, unsealed_values

NAME = "Anna Kowalski"
FIRST = f"I'm {NAME} and the night shifts at the bakery are wearing me down."
CRISIS = "I have the rope ready, I'm doing it tonight."
REPLY = "That sounds exhausting. What are the evenings after a shift like for you?"
PLAN = {"people_to_ask": ["my cousin Ngozi after work"], "coping_strategies": ["a slow walk by the canal"]}
CHECK_IN_NOTE = "the supervisor Mr Okonkwo shouted again"
ANSWERS = {"phq9_item_1": 2, "phq9_item_9": 1, "phq9_comment": "worse since the eviction letter"}


@pytest.fixture
def service(fresh_database_url, tmp_path):
    settings = settings_for(tmp_path, fresh_database_url)
    pipeline = build_pipeline(settings, backend=ScriptedBackend(REPLY), database_url=fresh_database_url)
    with TestClient(create_app(settings, pipeline)) as client:
        yield client, pipeline, fresh_database_url


def tell_story(client) -> tuple[str, list[dict]]:
    """A whole conversation through the API: two turns (the second a crisis), a safety plan, a mood check-in
    with a note, and a questionnaire (stored as its scorer would store it)."""
    cid = new_conversation(client, country="GB")
    turns = []
    for text in (FIRST, CRISIS):
        response = client.post(f"/api/conversations/{cid}/messages", json={"content": text},
                               headers={"accept": "application/json"})
        assert response.status_code == 200, response.text
        turns.append(response.json())
    assert client.put(f"/api/conversations/{cid}/safety-plan", json={"sections": PLAN}).status_code == 200
    check_in = {"mood": 2, "sleep_hours": 4.5, "anxiety": 9, "note": CHECK_IN_NOTE}
    assert client.post(f"/api/conversations/{cid}/check-ins", json=check_in).status_code == 201
    QuestionnaireRepository(database_of(client)).add(cid, "phq9", ANSWERS, 14, "moderate", True, "form")
    return cid, turns


def escalations_seen_by_its_clinician(client, cid: str) -> list[dict]:
    """The conversation's escalations as a clinician it is assigned to sees them (phrases included)."""
    clinician = make_account(database_of(client), "clinician")
    case = AssignmentRepository(database_of(client)).assign(clinician.id, cid, "test")
    return [e for e in client.get("/api/escalations", headers=clinician.auth).json() if e["case_id"] == case.case_id]


def test_a_raw_dump_holds_no_plaintext(service):
    client, pipeline, url = service
    cid, turns = tell_story(client)
    escalations = escalations_seen_by_its_clinician(client, cid)
    assert turns[1]["route"] == "crisis_protocol" and escalations[0]["signals"]
    phrases = [s["phrase"] for turn in turns for s in turn["risk"]["signals"]]
    phrases += [s["phrase"] for e in escalations for s in e["signals"]]
    needles = [FIRST, CRISIS, NAME, "Kowalski", "night shifts at the bakery", "the rope ready", "doing it tonight",
               turns[0]["reply"], turns[1]["reply"][:60], "[PERSON_", "cousin Ngozi", "walk by the canal", *phrases,
               CHECK_IN_NOTE, "Okonkwo", "phq9_item_9", "phq9_comment", "eviction letter"]

    dump = raw_dump(url)
    assert cid in dump and "crisis_protocol" in dump  # ids and routes stay in clear for queues and counts
    assert "moderate" in dump  # so do check-in numbers and questionnaire totals and bands, for the timeline
    leaked = [n for n in needles if n in dump or n.lower() in dump.lower()]
    assert leaked == []
    assert unsealed_values(url) == []


def test_everything_reads_back_exactly(service):
    client, pipeline, url = service
    cid, turns = tell_story(client)
    shown = client.get(f"/api/conversations/{cid}").json()["messages"]
    assert [m["content"] for m in shown] == [FIRST, turns[0]["reply"], CRISIS, turns[1]["reply"]]

    state = pipeline.repository.load_state(cid)
    assert state.own_words == [FIRST, CRISIS]
    assert NAME in state.pseudonyms.values()
    assert NAME not in state.history[0].content and "[PERSON_" in state.history[0].content
    stored = pipeline.repository.messages(cid)
    assert stored[0].risk == turns[0]["risk"] and stored[2].risk == turns[1]["risk"]
    assert stored[1].guard == turns[0]["guard"]

    plan = client.get(f"/api/conversations/{cid}/safety-plan").json()["sections"]
    assert {k: v for k, v in plan.items() if v} == PLAN
    [check_in] = client.get(f"/api/conversations/{cid}/check-ins").json()
    assert [check_in[k] for k in ("mood", "sleep_hours", "anxiety", "note")] == [2, 4.5, 9, CHECK_IN_NOTE]
    [questionnaire] = client.get(f"/api/conversations/{cid}/questionnaires", params={"answers": 1}).json()
    assert questionnaire["answers"] == ANSWERS and questionnaire["total"] == 14
    mine = escalations_seen_by_its_clinician(client, cid)
    assert len(mine) == 1 and mine[0]["signals"] == turns[1]["risk"]["signals"]


# --- keys: missing, wrong, malformed -------------------------------------------------------------


def seeded(tmp_path, url, **encryption) -> tuple[Repository, str]:
    repository = Repository(open_database(settings_for(tmp_path, url, encryption)))
    cid = repository.create_conversation("en", "GB").id
    repository.append(cid, [NewMessage(Role.USER, FIRST, "I'm [PERSON_1] and the night shifts..."),
                            NewMessage(Role.ASSISTANT, REPLY, REPLY, guard={"blocked": False})],
                      {"[PERSON_1]": NAME})
    return repository, cid


def test_a_wrong_key_stops_the_start_and_changes_nothing(fresh_database_url, tmp_path):
    _, cid = seeded(tmp_path, fresh_database_url)
    key_file = tmp_path / "keys" / "mindhaven.keys"
    kek_id = parse(key_file.read_text(), "file").active_id
    before, file_before = snapshot(fresh_database_url), key_file.read_bytes()

    wrong = entry(kek_id, os.urandom(32))
    with pytest.raises(WrongKey, match=f"'{kek_id}' in MINDHAVEN_ENCRYPTION__KEYS is wrong") as raised:
        open_database(settings_for(tmp_path / "elsewhere", fresh_database_url, {"keys": wrong}))
    assert wrong.split(":")[1] not in str(raised.value)

    other_file = tmp_path / "wrong.keys"
    other_file.write_text(wrong + "\n")
    with pytest.raises(WrongKey, match="wrong.keys"):
        open_database(settings_for(tmp_path, fresh_database_url, {"key_file": str(other_file)}))

    assert snapshot(fresh_database_url) == before and key_file.read_bytes() == file_before
    assert Repository(open_database(settings_for(tmp_path, fresh_database_url))).messages(cid)[0].content == FIRST


def test_a_missing_key_stops_the_start_names_the_setting_and_makes_no_new_key(fresh_database_url, tmp_path):
    _, cid = seeded(tmp_path, fresh_database_url)
    key_file = tmp_path / "keys" / "mindhaven.keys"
    kek_id = parse(key_file.read_text(), "file").active_id
    backup = tmp_path / "backup.keys"
    shutil.move(key_file, backup)
    before = snapshot(fresh_database_url)

    with pytest.raises(KeyMissing, match="MINDHAVEN_ENCRYPTION__KEY_FILE") as raised:
        open_database(settings_for(tmp_path, fresh_database_url))
    assert "No new key was created" in str(raised.value)
    assert not key_file.exists(), "a new key must never be made while encrypted data exists"

    other = entry("some-other-key", os.urandom(32))
    with pytest.raises(KeyMissing, match=f"'{kek_id}' \\(1 data keys\\), which MINDHAVEN_ENCRYPTION__KEYS"):
        open_database(settings_for(tmp_path, fresh_database_url, {"keys": other}))

    assert snapshot(fresh_database_url) == before
    shutil.move(backup, key_file)  # restored from the backup: everything is there
    assert Repository(open_database(settings_for(tmp_path, fresh_database_url))).load_state(cid).pseudonyms == {
        "[PERSON_1]": NAME}


def test_a_fresh_install_gets_a_private_key_file_once(tmp_path):
    url = f"sqlite:///{tmp_path}/db.sqlite"
    open_database(settings_for(tmp_path, url))
    key_file = tmp_path / "keys" / "mindhaven.keys"
    assert key_file.stat().st_mode & 0o777 == 0o600 and key_file.parent.stat().st_mode & 0o777 == 0o700
    first = key_file.read_bytes()
    assert b"back it up" in first
    open_database(settings_for(tmp_path, url))
    assert key_file.read_bytes() == first


@pytest.mark.parametrize("text,problem", [
    ("", "holds no key"),
    ("just-a-key", "is not '<id>:<base64 key>'"),
    ("k1:not base64!!", "is not valid base64"),
    ("k1:" + base64.b64encode(b"short").decode(), "is 5 bytes; AES-256 needs 32"),
    ("k1:{0}\nk1:{0}".format(base64.b64encode(b"k" * 32).decode()), "appears twice"),
])
def test_malformed_keys_are_refused_without_showing_them(text, problem):
    with pytest.raises(KeyConfigError, match=problem) as raised:
        parse(text, "MINDHAVEN_ENCRYPTION__KEYS")
    assert "MINDHAVEN_ENCRYPTION__KEYS" in str(raised.value)
    secret = text.partition(":")[2].split("\n")[0]
    assert not secret or secret not in str(raised.value)


# --- damaged and moved values ------------------------------------------------------------------------


def flip(value: str) -> str:
    raw = bytearray(base64.b64decode(value[4:]))
    raw[-1] ^= 1
    return "mh1:" + base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("damage", [
    flip,
    lambda v: v[:30],
    lambda v: "mh1:!!not base64!!",
    lambda v: "I was written in clear by someone with database access",
    lambda v: "mh0:a value marked as not yet encrypted",
], ids=["bit flipped", "truncated", "not base64", "plaintext", "legacy mark"])
def test_a_damaged_value_gives_a_clear_error_and_changes_nothing(fresh_database_url, tmp_path, damage):
    repository, cid = seeded(tmp_path, fresh_database_url)
    first_id = repository.messages(cid)[0].id
    [(value,)] = execute(fresh_database_url, "SELECT content FROM messages WHERE id = :id", id=first_id)
    execute(fresh_database_url, "UPDATE messages SET content = :v WHERE id = :id", v=damage(value), id=first_id)
    before = snapshot(fresh_database_url)
    for read in (repository.messages, repository.load_state):
        with pytest.raises(DamagedValue, match=f"messages.content of row {first_id} .*left as it is"):
            read(cid)
    assert snapshot(fresh_database_url) == before


def test_values_moved_between_rows_or_columns_fail_authentication(fresh_database_url, tmp_path):
    repository, a = seeded(tmp_path, fresh_database_url)
    b = repository.create_conversation("en", "GB").id
    repository.append(b, [NewMessage(Role.USER, "Bob's message", "Bob's message")], {"[PERSON_1]": "Bob"})
    ids = [m.id for m in repository.messages(a)]
    url = fresh_database_url

    def swap(sql_get: str, sql_set: str, x, y) -> None:
        [(vx,)], [(vy,)] = execute(url, sql_get, id=x), execute(url, sql_get, id=y)
        execute(url, sql_set, v=vy, id=x)
        execute(url, sql_set, v=vx, id=y)

    # two messages of the same conversation, same data key: the row id in the binding catches it
    swap("SELECT content FROM messages WHERE id = :id", "UPDATE messages SET content = :v WHERE id = :id", *ids)
    before = snapshot(url)
    with pytest.raises(DamagedValue, match="moved from another row"):
        repository.messages(a)
    assert snapshot(url) == before
    swap("SELECT content FROM messages WHERE id = :id", "UPDATE messages SET content = :v WHERE id = :id", *ids)
    assert repository.messages(a)[0].content == FIRST

    # one column's value in another column of the same row
    execute(url, "UPDATE messages SET content_redacted = content WHERE id = :id", id=ids[0])
    with pytest.raises(DamagedValue, match="messages.content_redacted"):
        repository.load_state(a)

    # two conversations' pseudonym maps
    swap("SELECT pseudonyms FROM conversations WHERE id = :id",
         "UPDATE conversations SET pseudonyms = :v WHERE id = :id", a, b)
    with pytest.raises(DamagedValue, match="conversations.pseudonyms"):
        repository.load_state(b)

    # two people's wrapped data keys (bound to their owner); a third, intact, shows the key is right
    repository.create_conversation("en", "GB")
    swap("SELECT wrapped_key FROM data_keys WHERE owner_id = :id",
         "UPDATE data_keys SET wrapped_key = :v WHERE owner_id = :id", a, b)
    fresh = Repository(open_database(settings_for(tmp_path, url, {"data_key_cache_seconds": 0})))
    with pytest.raises(WrongKey, match="does not open data key"):
        fresh.messages(b)


def test_the_person_gets_a_clear_http_error_and_nothing_is_lost(service, caplog):
    client, pipeline, url = service
    cid, _ = tell_story(client)
    first_id = pipeline.repository.messages(cid)[0].id
    [(value,)] = execute(url, "SELECT content FROM messages WHERE id = :id", id=first_id)
    execute(url, "UPDATE messages SET content = :v WHERE id = :id", v=flip(value), id=first_id)
    before = snapshot(url)

    api = client.get(f"/api/conversations/{cid}")
    assert api.status_code == 500 and api.json()["error"]["code"] == "stored_data_damaged"
    assert "Nothing was changed or deleted" in api.json()["error"]["message"]
    page = client.get(f"/c/{cid}")
    assert page.status_code == 500 and "We couldn&#39;t open this conversation" in page.text
    assert "crisis help page" in page.text
    turn = client.post(f"/api/conversations/{cid}/messages", json={"content": "Are you there?"},
                       headers={"accept": "application/json"})
    assert turn.status_code == 500 and turn.json()["error"]["code"] == "stored_data_damaged"
    for response in (api, page, turn):
        assert "Traceback" not in response.text and NAME not in response.text and "rope" not in response.text

    assert snapshot(url) == before, "nothing may be stored, changed or deleted"
    assert f"messages.content of row {first_id}" in caplog.text
    assert NAME not in caplog.text and "bakery" not in caplog.text and cid not in caplog.text


def test_an_escalation_with_unreadable_signals_still_reaches_the_queue(service):
    client, pipeline, url = service
    cid, _ = tell_story(client)
    execute(url, "UPDATE escalations SET signals = 'mh1:AAAA' WHERE conversation_id = :cid", cid=cid)
    mine = escalations_seen_by_its_clinician(client, cid)
    assert len(mine) == 1 and mine[0]["signals"] is None and mine[0]["level"] == "imminent"


def test_an_in_memory_database_uses_a_key_of_its_own_process_and_writes_no_key_file(tmp_path):
    repository = Repository(open_database(settings_for(tmp_path, "sqlite://")))
    cid = repository.create_conversation("en", "GB").id
    repository.append(cid, [NewMessage(Role.USER, FIRST, FIRST)], {"[PERSON_1]": NAME})
    assert repository.load_state(cid).own_words == [FIRST]
    assert not (tmp_path / "keys").exists()
