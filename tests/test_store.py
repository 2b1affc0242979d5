"""Stage 8, store, and the repository underneath it, on a fresh migrated SQLite file per test."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from conftest import TEST_KEYS
from mindhaven.config import Settings
from mindhaven.storage.db import open_database
from mindhaven.privacy.pseudonyms import restore
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.repository import ConversationNotFound, NewEscalation, NewMessage, Repository
from mindhaven.turn.store import store
from mindhaven.turn.types import (
    Assessed,
    ChatMessage,
    Deidentified,
    Entity,
    Generated,
    GuardFinding,
    GuardReport,
    Received,
    RiskAssessment,
    RiskLevel,
    RiskSignal,
    Role,
    Route,
    Routed,
)

MALFORMED_IDS = ["../etc", "' OR 1=1", "' OR '1'='1' --", "", "0" * 31, "0" * 33, "G" * 32, "x" * 10_000]


def open_repository(tmp_path) -> Repository:
    settings = Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path}/t.db", encryption={"keys": TEST_KEYS})
    return Repository(open_database(settings))


@pytest.fixture
def repo(tmp_path) -> Repository:
    return open_repository(tmp_path)


def user(text: str, redacted: str | None = None, **kwargs) -> NewMessage:
    return NewMessage(Role.USER, text, redacted if redacted is not None else text, **kwargs)


def assistant(text: str, redacted: str | None = None, **kwargs) -> NewMessage:
    return NewMessage(Role.ASSISTANT, text, redacted if redacted is not None else text, **kwargs)


# --- create / load_state / append / messages -------------------------------------------------


def test_create_conversation(repo):
    record = repo.create_conversation("en", "gb")
    assert len(record.id) == 32 and all(c in "0123456789abcdef" for c in record.id)
    assert (record.locale, record.country) == ("en", "GB")
    assert record.created_at is not None
    again = repo.get_conversation(record.id)
    assert (again.id, again.locale, again.country) == (record.id, "en", "GB")


def test_new_conversation_has_empty_state(repo):
    record = repo.create_conversation("en", "US")
    state = repo.load_state(record.id)
    assert state.conversation_id == record.id
    assert (state.locale, state.country) == ("en", "US")
    assert state.history == [] and state.pseudonyms == {}
    assert repo.messages(record.id) == []


def test_conversation_ids_are_unique(repo):
    assert len({repo.create_conversation("en", "GB").id for _ in range(20)}) == 20


def test_append_and_read_back(repo):
    cid = repo.create_conversation("en", "GB").id
    ids = repo.append(
        cid,
        [
            user("Hi, I'm Anna Smith", "Hi, I'm [PERSON_1]", risk_level=0, risk={"level": "none", "signals": []}),
            assistant(
                "Hello Anna Smith, how are you?", "Hello [PERSON_1], how are you?",
                route="supportive", guard={"blocked": False, "findings": []}, source="llm",
            ),
        ],
        {"[PERSON_1]": "Anna Smith"},
    )
    assert len(ids) == 2 and ids[0] < ids[1]

    messages = repo.messages(cid)
    assert [m.id for m in messages] == ids
    assert [(m.role, m.content) for m in messages] == [
        ("user", "Hi, I'm Anna Smith"),
        ("assistant", "Hello Anna Smith, how are you?"),
    ]
    assert messages[0].risk_level == 0 and messages[0].risk == {"level": "none", "signals": []}
    assert messages[1].route == "supportive" and messages[1].source == "llm"
    assert messages[1].guard == {"blocked": False, "findings": []}
    assert messages[1].interrupted is False
    assert all(m.conversation_id == cid for m in messages)

    # The state the next turn sees holds only de-identified text, oldest first.
    state = repo.load_state(cid)
    assert state.history == [
        ChatMessage(Role.USER, "Hi, I'm [PERSON_1]"),
        ChatMessage(Role.ASSISTANT, "Hello [PERSON_1], how are you?"),
    ]
    assert all(isinstance(m.role, Role) for m in state.history)


def test_messages_keep_their_order_across_appends(repo):
    cid = repo.create_conversation("en", "GB").id
    for i in range(3):
        repo.append(cid, [user(f"u{i}"), assistant(f"a{i}")], {})
    assert [m.content for m in repo.messages(cid)] == ["u0", "a0", "u1", "a1", "u2", "a2"]
    assert [m.content for m in repo.load_state(cid).history] == ["u0", "a0", "u1", "a1", "u2", "a2"]


def test_conversations_are_kept_apart(repo):
    a = repo.create_conversation("en", "GB").id
    b = repo.create_conversation("en", "US").id
    repo.append(a, [user("in a")], {"[PERSON_1]": "Anna"})
    repo.append(b, [user("in b")], {"[PERSON_1]": "Bob"})
    assert [m.content for m in repo.messages(a)] == ["in a"]
    assert repo.load_state(b).pseudonyms == {"[PERSON_1]": "Bob"}


def test_append_can_update_locale_and_country(repo):
    cid = repo.create_conversation("en", "GB").id
    repo.append(cid, [user("hola")], {}, locale="es", country="ES")
    state = repo.load_state(cid)
    assert (state.locale, state.country) == ("es", "ES")
    repo.append(cid, [user("still here")], {})  # None leaves them as they were
    assert (repo.load_state(cid).locale, repo.load_state(cid).country) == ("es", "ES")


def test_unicode_and_long_text_round_trip(repo):
    cid = repo.create_conversation("en", "GB").id
    text = "Je me sens très seul 😢\n\n" + "a" * 4000
    repo.append(cid, [user(text)], {})
    assert repo.messages(cid)[0].content == text


def test_text_that_looks_like_sql_is_stored_as_text(repo):
    cid = repo.create_conversation("en", "GB").id
    text = "'); DROP TABLE messages; --"
    repo.append(cid, [user(text)], {})
    assert repo.messages(cid)[0].content == text


# --- pseudonyms ------------------------------------------------------------------------------


def test_pseudonym_map_is_persisted_and_replaced(repo, tmp_path):
    cid = repo.create_conversation("en", "GB").id
    repo.append(cid, [user("a")], {"[PERSON_1]": "Anna Smith"})
    assert repo.load_state(cid).pseudonyms == {"[PERSON_1]": "Anna Smith"}
    repo.append(cid, [user("b")], {"[PERSON_1]": "Anna Smith", "[EMAIL_1]": "anna@example.com"})
    # A fresh repository on the same database sees the same map.
    other = open_repository(tmp_path)
    assert other.load_state(cid).pseudonyms == {"[PERSON_1]": "Anna Smith", "[EMAIL_1]": "anna@example.com"}


def test_loaded_pseudonym_map_is_a_copy(repo):
    cid = repo.create_conversation("en", "GB").id
    repo.append(cid, [user("a")], {"[PERSON_1]": "Anna"})
    state = repo.load_state(cid)
    state.pseudonyms["[PERSON_2]"] = "Mallory"
    assert repo.load_state(cid).pseudonyms == {"[PERSON_1]": "Anna"}


# --- not found -------------------------------------------------------------------------------


def test_unknown_conversation_is_not_found(repo):
    unknown = "0123456789abcdef0123456789abcdef"
    for call in (repo.load_state, repo.messages, repo.get_conversation):
        with pytest.raises(ConversationNotFound):
            call(unknown)
    with pytest.raises(ConversationNotFound):
        repo.append(unknown, [user("hello")], {})


@pytest.mark.parametrize("bad_id", MALFORMED_IDS, ids=lambda v: repr(v)[:20])
def test_malformed_ids_are_not_found(repo, bad_id):
    repo.create_conversation("en", "GB")  # there is something to find, just not this
    for call in (repo.load_state, repo.messages, repo.get_conversation):
        with pytest.raises(ConversationNotFound):
            call(bad_id)
    with pytest.raises(ConversationNotFound):
        repo.append(bad_id, [user("hello")], {})


def test_upper_case_id_is_not_found(repo):
    cid = repo.create_conversation("en", "GB").id
    with pytest.raises(ConversationNotFound):
        repo.load_state(cid.upper())


def test_conversation_not_found_is_a_lookup_error():
    assert issubclass(ConversationNotFound, LookupError)


# --- failures leave what was there ------------------------------------------------------------


def _seeded(repo) -> tuple[str, list]:
    cid = repo.create_conversation("en", "GB").id
    repo.append(cid, [user("first", "first"), assistant("reply", "reply")], {"[PERSON_1]": "Anna"})
    return cid, repo.messages(cid)


def test_failed_append_to_unknown_conversation_leaves_earlier_messages_intact(repo):
    cid, before = _seeded(repo)
    with pytest.raises(ConversationNotFound):
        repo.append("f" * 32, [user("lost")], {"[PERSON_1]": "Mallory"})
    assert repo.messages(cid) == before
    assert repo.load_state(cid).pseudonyms == {"[PERSON_1]": "Anna"}


def test_failed_append_is_all_or_nothing(repo):
    cid, before = _seeded(repo)
    with pytest.raises(IntegrityError):
        repo.append(
            cid,
            [user("this one is fine"), NewMessage(Role.ASSISTANT, None, None)],  # content is NOT NULL
            {"[PERSON_1]": "Anna", "[PERSON_2]": "Bob"},
            locale="fr",
            country="FR",
        )
    # Neither message, nor the new map, nor the locale change was kept.
    assert repo.messages(cid) == before
    state = repo.load_state(cid)
    assert state.pseudonyms == {"[PERSON_1]": "Anna"}
    assert (state.locale, state.country) == ("en", "GB")
    # And the conversation still works afterwards.
    repo.append(cid, [user("next")], {"[PERSON_1]": "Anna"})
    assert [m.content for m in repo.messages(cid)] == ["first", "reply", "next"]


# --- the store stage -------------------------------------------------------------------------


def test_store_stage_saves_the_turn(repo):
    cid = repo.create_conversation("en", "GB").id
    state = repo.load_state(cid)
    received = Received(cid, "Anna Smith wrote a suicide note", "en", "US", state)
    deidentified = Deidentified(
        received, "[PERSON_1] wrote a suicide note", [Entity("PERSON", 0, 10, "[PERSON_1]")],
        {"[PERSON_1]": "Anna Smith"},
    )
    risk = RiskAssessment(
        RiskLevel.HIGH, {"suicidal_behaviour": 0.75},
        [RiskSignal("suicidal_behaviour", RiskLevel.HIGH, "wrote a suicide note", "lexicon")],
    )
    routed = Routed(Assessed(deidentified, risk), Route.CRISIS_PROTOCOL, [], "", protocol_reply="Please call 988.")
    report = GuardReport([GuardFinding("garbled", "template tokens in the output", "<|im_start|>")])
    generated = Generated("Please call 988, [PERSON_1].", "protocol", None, report)

    result = store(routed, generated, "Please call 988, Anna Smith.", repo)

    assert result.conversation_id == cid
    assert result.route == Route.CRISIS_PROTOCOL and result.source == "protocol"
    assert result.reply == "Please call 988, Anna Smith."
    first, second = repo.messages(cid)
    assert (first.id, second.id) == (result.user_message_id, result.reply_message_id)
    assert (first.role, first.content) == ("user", "Anna Smith wrote a suicide note")
    assert first.risk_level == int(RiskLevel.HIGH) and first.risk["level"] == "high"
    assert (second.role, second.content) == ("assistant", "Please call 988, Anna Smith.")
    assert second.route == "crisis_protocol" and second.source == "protocol"
    assert second.guard == {"blocked": True, "findings": [{"rule": "garbled", "reason": "template tokens in the output"}], "rewrites": []}
    state = repo.load_state(cid)
    assert [m.content for m in state.history] == ["[PERSON_1] wrote a suicide note", "Please call 988, [PERSON_1]."]
    assert state.pseudonyms == {"[PERSON_1]": "Anna Smith"}
    assert state.country == "US"
    assert result.as_dict()["risk"]["level"] == "high"


# --- two writers, one placeholder map -------------------------------------------------------------


def test_a_writer_that_read_the_map_earlier_keeps_what_another_stored_meanwhile(database_url, tmp_path):
    settings = Settings(data_dir=tmp_path, database_url=database_url, encryption={"keys": TEST_KEYS})
    repo = Repository(open_database(settings))
    cid = repo.create_conversation("en", "GB").id
    repo.append(cid, [user("I'm Anna", "I'm [PERSON_1]")], {"[PERSON_1]": "Anna"})
    loaded = repo.load_state(cid).pseudonyms  # a turn reads the map, then waits for the model ...
    # ... while a supporter's message names Tom and Sam, and is stored first
    repo.append(cid, [assistant("Tom and Sam can help", "[PERSON_2] and [PERSON_3] can help")],
                {**loaded, "[PERSON_2]": "Tom", "[PERSON_3]": "Sam"})
    # the turn then stores its own new name under the number it chose, which is Tom's now, and Sam again
    repo.append(cid, [user("Priya and Sam came", "[PERSON_2] and [PERSON_3] came", risk={"quote": "[PERSON_2]"})],
                {**loaded, "[PERSON_2]": "Priya", "[PERSON_3]": "Sam"},
                escalation=NewEscalation(3, {"self_harm": 0.9}, [{"evidence": "[PERSON_2] came"}], "GB"))
    state = repo.load_state(cid)
    assert state.pseudonyms == {"[PERSON_1]": "Anna", "[PERSON_2]": "Tom", "[PERSON_3]": "Sam", "[PERSON_4]": "Priya"}
    assert [m.content for m in state.history] == ["I'm [PERSON_1]", "[PERSON_2] and [PERSON_3] can help",
                                                 "[PERSON_4] and [PERSON_3] came"]
    assert repo.messages(cid)[-1].risk == {"quote": "[PERSON_4]"}
    escalations = EscalationRepository(repo.database)
    [queued] = [e for e in escalations.due(limit=1000) if e.conversation_id == cid]
    assert escalations.get(queued.id).signals == [{"evidence": "[PERSON_4] came"}]


def test_writers_at_the_same_moment_each_keep_their_name(database_url, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    settings = Settings(data_dir=tmp_path, database_url=database_url, encryption={"keys": TEST_KEYS})
    repo = Repository(open_database(settings))
    cid = repo.create_conversation("en", "GB").id
    names = [f"Name{i}" for i in range(8)]
    # Every writer read the same empty map, so each calls its new name [PERSON_1].
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda name: repo.append(cid, [user(f"I'm {name}", "I'm [PERSON_1]")], {"[PERSON_1]": name}),
                      names))
    state = repo.load_state(cid)
    assert sorted(state.pseudonyms.values()) == names
    restored = [restore(m.content, state.pseudonyms) for m in state.history]
    assert sorted(restored) == sorted(f"I'm {name}" for name in names)
