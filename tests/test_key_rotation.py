"""Key rotation while the service reads and writes, resuming an interrupted rotation, keys from the
environment, and the `mindhaven keys` commands."""

from __future__ import annotations

import threading
import time

import pytest
from click.testing import CliRunner

from mindhaven.cli import main
from mindhaven.config import get_settings
from mindhaven.storage.check_ins import CheckInRepository, NewCheckIn
from mindhaven.storage.db import open_database
from mindhaven.storage.envelope import KeyConfigError, KeyMissing, new_key
from mindhaven.storage.keyring import entry, parse
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.repository import NewMessage, Repository
from mindhaven.storage.rotation import key_use, rotate
from mindhaven.turn.types import Role
from storage_checks import settings_for, unsealed_values


def add_conversation(repository: Repository, n: int) -> str:
    cid = repository.create_conversation("en", "GB").id
    repository.append(cid, [NewMessage(Role.USER, f"message {n} from Anna", f"message {n} from [PERSON_1]"),
                            NewMessage(Role.ASSISTANT, f"reply {n}", f"reply {n}")], {"[PERSON_1]": "Anna"})
    return cid


def ring(tmp_path):
    return parse((tmp_path / "keys" / "mindhaven.keys").read_text(), "file")


def test_rotation_while_the_service_reads_and_writes(fresh_database_url, tmp_path):
    settings = settings_for(tmp_path, fresh_database_url, {"data_key_cache_seconds": 0})
    service = Repository(open_database(settings))  # a running service; it unwraps on every read
    ids = [add_conversation(service, n) for n in range(12)]
    expected = {cid: service.load_state(cid) for cid in ids}
    check_in = CheckInRepository(service.database).add(ids[0], NewCheckIn(4, 6.0, 5, "a note from Anna"))
    answered = QuestionnaireRepository(service.database).add(ids[0], "gad2", {"gad2-1": 1}, 1, None, False, "form")
    old_id = ring(tmp_path).active_id
    stop, errors, created = threading.Event(), [], []

    def serve() -> None:
        try:
            while not stop.is_set():
                for cid in ids:
                    assert service.load_state(cid) == expected[cid]
                created.append(add_conversation(service, len(created)))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    reader = threading.Thread(target=serve)
    reader.start()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        time.sleep(0.05)  # let the service read and write between batches

    try:
        result = rotate(open_database(settings), batch=3, grace=0.2, progress=progress)
    finally:
        stop.set()
        reader.join(timeout=60)
    assert errors == [] and created, "the service kept reading and writing throughout"
    assert result.retired == [old_id] and result.kek_id != old_id and not result.resumed
    assert len(seen) >= 4 and seen[-1][0] == seen[-1][1], "progress in small transactions"

    assert ring(tmp_path).ids == [result.kek_id], "the old key is gone from the key file"
    use = key_use(open_database(settings))
    audit_chain = 1  # the audit log's key, made by the first audited write (the check-in)
    assert [(u.kek_id, u.data_keys) for u in use] == [(result.kek_id, len(ids) + len(created) + audit_chain)]
    restarted = Repository(open_database(settings))
    for cid in ids:
        assert restarted.load_state(cid) == expected[cid]
    for n, cid in enumerate(created):
        assert restarted.messages(cid)[0].content == f"message {n} from Anna"
    assert CheckInRepository(restarted.database).list(ids[0]) == [check_in]
    assert QuestionnaireRepository(restarted.database).list(ids[0], with_answers=True) == [answered]
    assert unsealed_values(fresh_database_url) == []
    with pytest.raises(KeyMissing, match=result.kek_id):  # the retired key alone opens nothing now
        open_database(settings_for(tmp_path / "old", fresh_database_url, {"keys": entry(old_id, new_key())}))


def test_an_interrupted_rotation_resumes(fresh_database_url, tmp_path):
    settings = settings_for(tmp_path, fresh_database_url)
    repository = Repository(open_database(settings))
    ids = [add_conversation(repository, n) for n in range(7)]
    old_id = ring(tmp_path).active_id

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt  # Ctrl-C after the first batch was committed

    with pytest.raises(KeyboardInterrupt):
        rotate(open_database(settings), batch=2, grace=0, progress=interrupt)
    new_id = ring(tmp_path).active_id
    assert ring(tmp_path).ids == [new_id, old_id]
    counts = {u.kek_id: u.data_keys for u in key_use(open_database(settings))}
    assert counts == {new_id: 2, old_id: 5}
    halfway = Repository(open_database(settings))  # a restart halfway: both keys are in the file
    assert [halfway.messages(cid)[0].content for cid in ids] == [f"message {n} from Anna" for n in range(7)]

    result = rotate(open_database(settings), batch=2, grace=0)
    assert result.resumed and result.kek_id == new_id and result.retired == [old_id] and result.rewrapped == 5
    assert ring(tmp_path).ids == [new_id]
    again = Repository(open_database(settings))
    assert [again.load_state(cid).pseudonyms for cid in ids] == [{"[PERSON_1]": "Anna"}] * 7


def test_rotation_with_keys_from_the_environment(fresh_database_url, tmp_path):
    old, new = entry("env-old", new_key()), entry("env-new", new_key())
    repository = Repository(open_database(settings_for(tmp_path, fresh_database_url, {"keys": old})))
    cid = add_conversation(repository, 1)
    with pytest.raises(KeyConfigError, match="put a new key first"):
        rotate(open_database(settings_for(tmp_path, fresh_database_url, {"keys": old})), grace=0)

    both = settings_for(tmp_path, fresh_database_url, {"keys": f"{new},{old}"})
    result = rotate(open_database(both), grace=0)
    assert result.kek_id == "env-new" and result.removable == ["env-old"] and result.retired == []
    only_new = Repository(open_database(settings_for(tmp_path, fresh_database_url, {"keys": new})))
    assert only_new.messages(cid)[0].content == "message 1 from Anna"
    assert not (tmp_path / "keys").exists(), "keys from the environment never write a key file"


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("MINDHAVEN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MINDHAVEN_DATABASE_URL", f"sqlite:///{tmp_path}/db.sqlite")
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


def test_keys_commands(cli_env, tmp_path):
    repository = Repository(open_database(cli_env))
    for n in range(3):
        add_conversation(repository, n)
    old_id = ring(tmp_path).active_id
    runner = CliRunner()

    status = runner.invoke(main, ["keys", "status"])
    assert status.exit_code == 0, status.output
    assert f"{old_id}" in status.output and "wraps      3 data keys  active" in status.output
    assert "not yet encrypted: 0" in status.output

    rotated = runner.invoke(main, ["keys", "rotate", "--batch-size", "2"])
    assert rotated.exit_code == 0, rotated.output
    new_id = ring(tmp_path).active_id
    assert f"Every data key is now wrapped by '{new_id}' (3 re-wrapped)" in rotated.output
    assert f"Retired '{old_id}'" in rotated.output and "Back up the key file again" in rotated.output
    assert "re-wrapped data keys: 3/3" in rotated.stderr

    generated = runner.invoke(main, ["keys", "generate"]).output.strip()
    assert parse(generated, "output").ids[0].startswith("kek-")

    (tmp_path / "keys" / "mindhaven.keys").unlink()
    for command in (["keys", "status"], ["keys", "rotate"], ["serve"]):
        failed = runner.invoke(main, command)
        assert failed.exit_code == 1, (command, failed.output)
        assert "Error: the database holds encrypted data" in failed.output
        assert "MINDHAVEN_ENCRYPTION__KEY_FILE" in failed.output and "Traceback" not in failed.output
    assert not (tmp_path / "keys" / "mindhaven.keys").exists()
