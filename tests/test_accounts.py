"""Accounts and roles: Argon2 passwords, lockout, sessions (cookie flags, expiry, replay, forgery), CSRF,
sign-in rate limits, API tokens, admin actions, and who sees which escalation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from accounts_helpers import PASSWORD, app_client, database_of, make_account, new_conversation, settings_for
from sqlalchemy import select, text

from mindhaven.accounts.roles import AccountRole
from mindhaven.config import AccountSettings
from mindhaven.storage.accounts import AccountRepository
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.db import open_database
from mindhaven.storage.models import Account, LoginSession, utcnow


@pytest.fixture
def client(tmp_path):
    with app_client(settings_for(tmp_path)) as c:
        yield c


@pytest.fixture
def repository(tmp_path, database_url):
    return AccountRepository(open_database(settings_for(tmp_path, database_url)), AccountSettings())


def sign_in(client, username, password=PASSWORD):
    response = client.post("/api/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return response.json()["csrf_token"]


# --- passwords and lockout ---------------------------------------------------------------------


def test_passwords_are_stored_as_argon2id_only(repository):
    account = repository.create("Dr.Mensah", "Dr A. Mensah", AccountRole.CLINICIAN, PASSWORD, actor="test")
    assert account.username == "dr.mensah"
    with repository._session() as session:
        stored = session.scalar(select(Account.password_hash).where(Account.id == account.id))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert repository.check_password("DR.MENSAH", PASSWORD).account.id == account.id


@pytest.mark.parametrize("password, problem", [("short", "at least 12"), ("dr.mensah-is-me-123", "username")])
def test_weak_passwords_are_refused_with_the_rule(repository, password, problem):
    with pytest.raises(ValueError, match=problem):
        repository.create("dr.mensah", "", AccountRole.CLINICIAN, password, actor="test")


def test_repeated_wrong_passwords_lock_the_account_for_a_while(repository):
    account = repository.create("sam", "Sam", AccountRole.SUPPORTER, PASSWORD, actor="test")
    now = utcnow()
    results = [repository.check_password("sam", "wrong password!", now).problem for _ in range(5)]
    assert results == ["wrong"] * 4 + ["locked"]
    assert repository.check_password("sam", PASSWORD, now).problem == "locked", "locked even with the right one"
    later = now + timedelta(minutes=AccountSettings().lockout_minutes, seconds=1)
    assert repository.check_password("sam", PASSWORD, later).account.id == account.id
    repository.check_password("sam", "wrong password!", later)
    assert repository.check_password("sam", PASSWORD, later).account, "a success resets the count"
    for _ in range(5):
        repository.check_password("sam", "wrong password!", later)
    repository.update(account.id, "admin", unlock=True)
    assert repository.check_password("sam", PASSWORD, later).account, "an admin can unlock"


def test_unknown_users_and_disabled_accounts_are_refused(repository):
    account = repository.create("pat", "Pat", AccountRole.PERSON, PASSWORD, actor="test")
    assert repository.check_password("nobody", PASSWORD).problem == "wrong"
    repository.update(account.id, "admin", disabled=True)
    assert repository.check_password("pat", PASSWORD).problem == "disabled"


# --- sessions ------------------------------------------------------------------------------------


def test_sessions_expire_go_idle_and_are_stored_only_as_digests(repository):
    account = repository.create("kim", "Kim", AccountRole.PERSON, PASSWORD, actor="test")
    now = utcnow()
    token = repository.start_session(account.id, now)
    with repository._session() as session:
        ids = list(session.scalars(select(LoginSession.id)))
    assert token not in ids and len(ids) == 1, "only the SHA-256 of the token is stored"
    assert repository.session_account(token, now + timedelta(minutes=30)).id == account.id
    idle = now + timedelta(minutes=30) + timedelta(minutes=AccountSettings().idle_minutes, seconds=1)
    assert repository.session_account(token, idle) is None
    assert repository.session_account(token, now) is None, "an idle session is deleted, not just refused"

    token = repository.start_session(account.id, now)
    late = now + timedelta(hours=AccountSettings().session_hours, seconds=1)
    assert repository.session_account(token, late) is None
    assert repository.session_account("forged-" + token, now) is None


def test_sign_in_sets_a_hardened_cookie_and_sign_out_ends_it_for_good(client):
    person = make_account(database_of(client), "person")
    response = client.post("/api/auth/login", json={"username": person.username, "password": PASSWORD})
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert "secure" not in cookie, "plain http in this test: no Secure flag"
    stolen = client.cookies.get("mindhaven_session")
    assert client.get("/api/auth/me").json()["account"]["role"] == "person"

    csrf = response.json()["csrf_token"]
    assert client.post("/api/auth/logout", headers={"x-csrf-token": csrf}).status_code == 204
    client.cookies.set("mindhaven_session", stolen)
    replayed = client.get("/api/auth/me")
    assert replayed.status_code == 401 and replayed.json()["error"]["code"] == "session_ended"
    assert 'mindhaven_session=""' in replayed.headers["set-cookie"] or "max-age=0" in replayed.headers["set-cookie"].lower()


def test_the_cookie_is_secure_under_https(tmp_path):
    with app_client(settings_for(tmp_path), base_url="https://testserver") as client:
        person = make_account(database_of(client), "person")
        response = client.post("/api/auth/login", json={"username": person.username, "password": PASSWORD})
        assert "secure" in response.headers["set-cookie"].lower()


def test_a_forged_session_cookie_is_refused_not_treated_as_anonymous(client):
    client.cookies.set("mindhaven_session", "x" * 43)
    response = client.post("/api/conversations", json={"consent_version": "whatever"})
    assert response.status_code == 401 and "sign in again" in response.json()["error"]["message"]
    for path, shows in (("/", "I agree, start"), ("/help?country=GB", "Samaritans")):
        client.cookies.set("mindhaven_session", "x" * 43)
        page = client.get(path, follow_redirects=False)
        assert page.status_code == 303 and 'mindhaven_session=""' in page.headers["set-cookie"]
        client.cookies.clear()
        assert shows in client.get(page.headers["location"]).text, "a stale sign-in never blocks help or a chat"


def test_changes_from_a_signed_in_browser_need_the_csrf_token(client):
    person = make_account(database_of(client), "person")
    csrf = sign_in(client, person.username)
    from mindhaven.consent.terms import CURRENT_VERSION

    body = {"consent_version": CURRENT_VERSION}
    missing = client.post("/api/conversations", json=body)
    assert missing.status_code == 403 and "CSRF" in missing.json()["error"]["message"]
    assert client.post("/api/conversations", json=body, headers={"x-csrf-token": "0" * 64}).status_code == 403
    assert client.post("/api/conversations", json=body, headers={"x-csrf-token": csrf}).status_code == 201
    form = client.post("/logout", data={"csrf_token": "wrong"}, follow_redirects=False)
    assert form.status_code == 403
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    assert client.get("/api/auth/me").status_code == 401


def test_sign_in_attempts_are_rate_limited_per_client(tmp_path):
    settings = settings_for(tmp_path, accounts={"login_attempts_per_client": 3})
    with app_client(settings) as client:
        for _ in range(3):
            assert client.post("/api/auth/login", json={"username": "x", "password": "y"}).status_code == 401
        limited = client.post("/api/auth/login", json={"username": "x", "password": "y"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0


def test_wrong_password_and_unknown_user_get_the_same_answer(client):
    person = make_account(database_of(client), "person")
    wrong = client.post("/api/auth/login", json={"username": person.username, "password": "not the password"})
    unknown = client.post("/api/auth/login", json={"username": "no-such-user", "password": "not the password"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_the_web_sign_in_form_works_and_refuses_cross_site_posts(client):
    person = make_account(database_of(client), "person")
    assert 'action="/login"' in client.get("/login").text
    cross = client.post("/login", data={"username": person.username, "password": PASSWORD},
                        headers={"sec-fetch-site": "cross-site"})
    assert cross.status_code == 403 and "mindhaven_session" not in cross.headers.get("set-cookie", "")
    ok = client.post("/login", data={"username": person.username, "password": PASSWORD, "next": "//evil.example"},
                     follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/", "never an open redirect"
    assert "Signed in as" in client.get("/").text


def test_people_can_register_on_the_web_and_see_their_conversations(client):
    page = client.post("/register", data={"username": "harbour.light", "password": PASSWORD}, follow_redirects=False)
    assert page.status_code == 303 and "mindhaven_session" in page.headers["set-cookie"]
    home = client.get("/")
    assert "Signed in as harbour.light" in home.text and "Your conversations" not in home.text
    started = client.post("/start", data={"version": home.text.split('name="version" value="')[1].split('"')[0],
                                          "country": "GB", "csrf_token": client.get("/api/auth/me").json()["csrf_token"]},
                          follow_redirects=False)
    assert started.status_code == 303
    cid = started.headers["location"].split("/c/")[1]
    assert f'href="/c/{cid}"' in client.get("/").text
    assert client.post("/register", data={"username": "another.one", "password": PASSWORD}).status_code == 403, \
        "signed in, a form without the CSRF token is refused"
    client.cookies.clear()
    weak = client.post("/register", data={"username": "another.one", "password": "short"})
    assert weak.status_code == 422 and "at least 12" in weak.text


def test_a_person_can_export_and_erase_their_whole_account(client):
    database = database_of(client)
    person = make_account(database, "person")
    cids = [new_conversation(client, headers=person.auth) for _ in range(2)]
    client.put(f"/api/conversations/{cids[0]}/safety-plan", json={"sections": {"warning_signs": ["not sleeping"]}},
               headers=person.auth)
    exported = client.get("/api/auth/me/export", headers=person.auth)
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    body = exported.json()
    assert body["account"]["username"] == person.username
    assert sorted(c["conversation"]["id"] for c in body["conversations"]) == sorted(cids)
    readable = client.get("/api/auth/me/export?format=html", headers=person.auth)
    assert readable.headers["content-type"].startswith("text/html") and "not sleeping" in readable.text

    assert client.delete("/api/auth/me", headers=person.auth).status_code == 204
    assert client.get("/api/auth/me", headers=person.auth).status_code == 401, "the account and its tokens are gone"
    for cid in cids:
        assert client.get(f"/api/conversations/{cid}").status_code == 404
    with database.engine.connect() as connection:
        dump = " ".join(str(row) for table in ("accounts", "conversations", "data_keys", "api_tokens")
                        for row in connection.execute(text(f"select * from {table}")))
    assert person.username not in dump and not any(cid in dump for cid in cids)


def test_staff_signed_in_on_the_web_are_pointed_to_their_tools(client):
    clinician = make_account(database_of(client), "clinician")
    page = client.get("/", headers=clinician.auth)
    assert page.status_code == 200 and "/console" in page.text and 'action="/start"' not in page.text


def test_people_can_register_but_not_as_staff(client):
    made = client.post("/api/auth/register", json={"username": "river", "password": PASSWORD, "role": "admin"})
    assert made.status_code == 201 and made.json()["account"]["role"] == "person"
    assert client.post("/api/auth/register", json={"username": "river", "password": PASSWORD}).status_code in (403, 422)


# --- API tokens and admin actions ------------------------------------------------------------------


def test_api_tokens_revoked_forged_or_of_disabled_accounts_fail(client):
    database = database_of(client)
    admin, clinician = make_account(database, "admin"), make_account(database, "clinician")
    assert client.get("/api/caseload", headers=clinician.auth).status_code == 200
    forged = clinician.token[:-4] + "AAAA"
    assert client.get("/api/caseload", headers={"authorization": f"Bearer {forged}"}).status_code == 401
    client.patch(f"/api/accounts/{clinician.id}", json={"disabled": True}, headers=admin.auth)
    assert client.get("/api/caseload", headers=clinician.auth).status_code == 401
    client.patch(f"/api/accounts/{clinician.id}", json={"disabled": False}, headers=admin.auth)
    token_id = clinician.token.split("_")[1]
    assert client.delete(f"/api/tokens/{token_id}", headers=admin.auth).status_code == 204
    assert client.get("/api/caseload", headers=clinician.auth).status_code == 401


def test_admins_manage_accounts_and_every_action_is_audited(client):
    database = database_of(client)
    admin, supporter = make_account(database, "admin"), make_account(database, "supporter")
    made = client.post("/api/accounts", json={"username": "dr.okafor", "display_name": "Dr J. Okafor",
                                               "role": "clinician", "password": PASSWORD}, headers=admin.auth)
    assert made.status_code == 201
    assert client.post("/api/accounts", json={"username": "x1", "role": "admin", "password": PASSWORD},
                       headers=supporter.auth).status_code == 403
    assert client.post("/api/accounts", json={"username": "dr.okafor", "role": "clinician", "password": PASSWORD},
                       headers=admin.auth).status_code == 422
    issued = client.post(f"/api/accounts/{made.json()['id']}/tokens", json={"name": "pager"}, headers=admin.auth)
    assert issued.status_code == 201 and issued.json()["token"].startswith("mh_")
    assert client.patch(f"/api/accounts/{admin.id}", json={"disabled": True}, headers=admin.auth).status_code == 422
    assert client.get("/api/accounts", headers=admin.auth).status_code == 200
    actions = {(e.actor, e.action) for e in AuditLog(database).show(limit=200)}
    assert {(admin.id, "account_created"), (admin.id, "token_issued"), (admin.id, "accounts_listed")} <= actions
    assert AuditLog(database).verify()[1] == []


# --- conversations by role -----------------------------------------------------------------------------


def test_a_persons_own_conversation_is_theirs_alone(client):
    database = database_of(client)
    owner, other = make_account(database, "person"), make_account(database, "person")
    cid = new_conversation(client, headers=owner.auth)
    assert [c["id"] for c in client.get("/api/auth/me/conversations", headers=owner.auth).json()] == [cid]
    assert client.get(f"/api/conversations/{cid}", headers=owner.auth).status_code == 200
    assert client.get(f"/api/conversations/{cid}").status_code == 401, "an owned conversation needs its owner"
    assert client.get(f"/api/conversations/{cid}", headers=other.auth).status_code == 403


def test_staff_read_only_what_is_assigned_and_admins_only_with_a_reason(client):
    database = database_of(client)
    admin, supporter = make_account(database, "admin"), make_account(database, "supporter")
    cid = new_conversation(client)
    assert client.get(f"/api/conversations/{cid}", headers=supporter.auth).status_code == 403
    assert client.post("/api/assignments", json={"account_id": supporter.id, "conversation_id": cid},
                       headers=admin.auth).status_code == 201
    (case,) = client.get("/api/caseload", headers=supporter.auth).json()
    assert cid not in str(case), "staff never see a conversation's id: for an anonymous person it is the link"
    assert client.get(f"/api/cases/{case['case_id']}", headers=supporter.auth).status_code == 200
    assert client.get(f"/api/cases/{case['case_id']}/safety-plan", headers=supporter.auth).status_code == 200
    client.delete(f"/api/assignments/{supporter.id}/{cid}", headers=admin.auth)
    assert client.get(f"/api/cases/{case['case_id']}", headers=supporter.auth).status_code == 403, "unassigned: gone"
    client.post("/api/assignments", json={"account_id": supporter.id, "conversation_id": cid}, headers=admin.auth)
    refused = client.post(f"/api/conversations/{cid}/messages", json={"content": "hello"}, headers=supporter.auth)
    assert refused.status_code == 403, "staff never write as the person"

    assert client.get(f"/api/conversations/{cid}", headers=admin.auth).status_code == 403
    reason = "Data-subject request #4411 from the person"
    assert client.get(f"/api/conversations/{cid}", headers={**admin.auth, "x-access-reason": reason}).status_code == 200
    recorded = [e for e in AuditLog(database).show(cid, 50) if e.action == "admin_read"]
    assert recorded and reason in recorded[-1].detail and recorded[-1].actor == admin.id


def test_escalations_are_shown_by_role(client):
    database = database_of(client)
    admin, clinician, supporter = (make_account(database, r) for r in ("admin", "clinician", "supporter"))
    cid = new_conversation(client)
    client.post(f"/api/conversations/{cid}/messages", json={"content": "I've just taken all my pills."},
                headers={"accept": "application/json"})

    def mine(account):
        return [e for e in client.get("/api/escalations", headers=account.auth).json() if e["level"] == "imminent"]

    assert client.get("/api/escalations").status_code == 401
    assert mine(supporter) == [], "supporters see only what is assigned to them"
    (listed,) = mine(clinician)
    assert listed["case_id"] is None and listed["signals"] is None and not listed["yours"]
    (seen_by_admin,) = mine(admin)
    assert seen_by_admin["signals"] is None and seen_by_admin["case_id"] is None
    assert client.post(f"/api/escalations/{listed['id']}/acknowledge", headers=clinician.auth).status_code == 403
    taken = client.post(f"/api/escalations/{listed['id']}/claim", headers=clinician.auth).json()
    assert taken["case_id"] and taken["signals"] and cid not in str(taken)
    ack = client.post(f"/api/escalations/{listed['id']}/acknowledge", headers=clinician.auth)
    assert ack.status_code == 200 and ack.json()["acknowledged_by"] == clinician.username.title()
    assert client.post(f"/api/escalations/{listed['id']}/claim", headers=supporter.auth).status_code == 403
    assert client.post(f"/api/escalations/{listed['id']}/claim", headers=admin.auth).status_code == 403


def test_a_person_can_ask_for_a_human_only_when_staff_exist(client):
    cid = new_conversation(client)
    client.post(f"/api/conversations/{cid}/messages", json={"content": "I feel so alone tonight."},
                headers={"accept": "application/json"})
    refused = client.post(f"/api/conversations/{cid}/ask-for-a-person")
    assert refused.status_code == 503 and 'id="ask-person"' not in client.get(f"/c/{cid}").text
    make_account(database_of(client), "supporter")
    assert client.post(f"/api/conversations/{cid}/ask-for-a-person").status_code == 201


def test_the_accounts_command_creates_the_first_admin(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from mindhaven.cli import main

    for key, value in {"MINDHAVEN_DATA_DIR": str(tmp_path), "MINDHAVEN_DATABASE_URL": f"sqlite:///{tmp_path}/m.db",
                       "MINDHAVEN_ENCRYPTION__KEYS": settings_for(tmp_path).encryption.keys.get_secret_value()}.items():
        monkeypatch.setenv(key, value)
    from mindhaven.config import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    made = runner.invoke(main, ["accounts", "create", "root.admin", "--role", "admin", "--password-stdin"],
                         input=PASSWORD + "\n")
    assert made.exit_code == 0 and "Created admin account root.admin" in made.output
    weak = runner.invoke(main, ["accounts", "create", "x.admin", "--role", "admin", "--password-stdin"], input="abc\n")
    assert weak.exit_code == 2 and "at least 12" in weak.output
    listed = runner.invoke(main, ["accounts", "list"])
    assert "root.admin" in listed.output and "active" in listed.output
    token = runner.invoke(main, ["accounts", "token", "root.admin", "--name", "ops"])
    assert token.exit_code == 0 and token.output.startswith("mh_")
    engine = open_database(get_settings()).engine
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from api_tokens")).scalar() == 1
    get_settings.cache_clear()
