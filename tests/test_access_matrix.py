"""Every endpoint × every role is allowed or refused as designed (mindhaven/api/access.py).

The table below is the design, written out by hand: a route missing from it fails the test, so a new
endpoint cannot ship without a decision about who may use it.
"""

from __future__ import annotations

import itertools

import pytest
from accounts_helpers import PASSWORD, app_client, database_of, make_account, new_conversation, settings_for
from fastapi.routing import APIRoute

from mindhaven.storage.assignments import AssignmentRepository

ANYONE, SIGNED_IN, ADMIN, STAFF, CLINICIAN, STAFF_OR_ADMIN, START, PERSON, CASE, CLINICIAN_CASE = (
    "anyone", "signed-in", "admin", "staff", "clinician", "staff-or-admin", "start", "person", "case",
    "clinician-case")
USE, READ, ERASE = "conversation:use", "conversation:read", "conversation:erase"

DESIGN = {
    ("GET", "/healthz"): ANYONE,
    ("GET", "/api/resources"): ANYONE,
    ("GET", "/api/consent"): ANYONE,
    ("POST", "/api/auth/login"): ANYONE,
    ("POST", "/api/auth/register"): ANYONE,
    ("GET", "/login"): ANYONE,
    ("POST", "/login"): ANYONE,
    ("POST", "/register"): ANYONE,
    ("GET", "/"): ANYONE,
    ("POST", "/start"): START,
    ("GET", "/help"): ANYONE,
    ("POST", "/send"): START,
    ("GET", "/{path:mindhaven_page}"): ANYONE,
    ("POST", "/api/conversations"): START,
    ("POST", "/api/auth/logout"): SIGNED_IN,
    ("POST", "/logout"): SIGNED_IN,
    ("GET", "/api/auth/me"): SIGNED_IN,
    ("GET", "/api/auth/me/conversations"): SIGNED_IN,
    ("GET", "/api/auth/me/export"): PERSON,
    ("DELETE", "/api/auth/me"): PERSON,
    ("GET", "/api/accounts"): ADMIN,
    ("POST", "/api/accounts"): ADMIN,
    ("PATCH", "/api/accounts/{account_id}"): ADMIN,
    ("GET", "/api/accounts/{account_id}/tokens"): ADMIN,
    ("POST", "/api/accounts/{account_id}/tokens"): ADMIN,
    ("DELETE", "/api/tokens/{token_id}"): ADMIN,
    ("POST", "/api/assignments"): ADMIN,
    ("DELETE", "/api/assignments/{account_id}/{conversation_id}"): ADMIN,
    ("GET", "/api/caseload"): STAFF,
    ("GET", "/api/caseload/by-risk"): STAFF,
    ("GET", "/api/alerts"): STAFF,
    ("GET", "/console"): STAFF,
    ("GET", "/console/cases/{case_id}"): CASE,
    ("POST", "/console/cases/{case_id}/alerts/{escalation_id}/acknowledge"): CASE,
    ("GET", "/api/cases/{case_id}"): CASE,
    ("GET", "/api/cases/{case_id}/safety-plan"): CASE,
    ("GET", "/api/cases/{case_id}/check-ins"): CASE,
    ("GET", "/api/cases/{case_id}/questionnaires"): CASE,
    ("GET", "/api/cases/{case_id}/fhir"): CASE,
    ("GET", "/api/cases/{case_id}/handoff"): CASE,
    ("POST", "/api/cases/{case_id}/handoff"): CASE,
    ("DELETE", "/api/cases/{case_id}/handoff"): CASE,
    ("POST", "/api/cases/{case_id}/messages"): CASE,
    ("GET", "/api/cases/{case_id}/events"): CASE,
    ("POST", "/console/cases/{case_id}/handoff"): CASE,
    ("POST", "/console/cases/{case_id}/handback"): CASE,
    ("POST", "/console/cases/{case_id}/messages"): CASE,
    ("GET", "/api/conversations/{conversation_id}/events"): READ,
    ("POST", "/api/cases/{case_id}/reply-help/flags"): CASE,
    ("POST", "/api/cases/{case_id}/reply-help/rewrite"): CASE,
    ("GET", "/api/cases/{case_id}/notes"): CLINICIAN_CASE,
    ("POST", "/api/cases/{case_id}/notes"): CLINICIAN_CASE,
    ("POST", "/console/cases/{case_id}/notes"): CLINICIAN_CASE,
    ("POST", "/api/cases/{case_id}/summaries"): CLINICIAN_CASE,
    ("GET", "/api/cases/{case_id}/summaries"): CLINICIAN_CASE,
    ("GET", "/api/cases/{case_id}/summaries/{summary_id}"): CLINICIAN_CASE,
    ("POST", "/api/cases/{case_id}/summaries/{summary_id}/sign"): CLINICIAN_CASE,
    ("POST", "/console/cases/{case_id}/summaries"): CLINICIAN_CASE,
    ("GET", "/console/cases/{case_id}/summaries/{summary_id}"): CLINICIAN_CASE,
    ("POST", "/console/cases/{case_id}/summaries/{summary_id}/sign"): CLINICIAN_CASE,
    ("GET", "/api/escalations"): STAFF_OR_ADMIN,
    ("POST", "/api/escalations/{escalation_id}/claim"): CLINICIAN,
    ("POST", "/api/escalations/{escalation_id}/acknowledge"): STAFF,
    ("GET", "/api/conversations/{conversation_id}"): READ,
    ("POST", "/api/conversations/{conversation_id}/messages"): USE,
    ("POST", "/api/conversations/{conversation_id}/ask-for-a-person"): USE,
    ("GET", "/api/conversations/{conversation_id}/safety-plan"): READ,
    ("PUT", "/api/conversations/{conversation_id}/safety-plan"): USE,
    ("GET", "/api/conversations/{conversation_id}/check-ins"): READ,
    ("POST", "/api/conversations/{conversation_id}/check-ins"): USE,
    ("GET", "/api/conversations/{conversation_id}/questionnaires"): READ,
    ("POST", "/api/conversations/{conversation_id}/questionnaires"): USE,
    ("GET", "/api/instruments"): ANYONE,
    ("GET", "/api/conversations/{conversation_id}/fhir"): READ,
    ("POST", "/api/conversations/{conversation_id}/fhir"): USE,
    ("GET", "/c/{conversation_id}/questionnaires/{instrument}"): USE,
    ("POST", "/api/conversations/{conversation_id}/questionnaires/{instrument}/chat"): USE,
    ("POST", "/c/{conversation_id}/questionnaires/{instrument}/chat"): USE,
    ("POST", "/c/{conversation_id}/questionnaires/{instrument}"): USE,
    ("GET", "/api/conversations/{conversation_id}/consent"): READ,
    ("POST", "/api/conversations/{conversation_id}/consent"): USE,
    ("POST", "/api/conversations/{conversation_id}/consent/withdraw"): USE,
    ("GET", "/api/conversations/{conversation_id}/export"): ERASE,
    ("DELETE", "/api/conversations/{conversation_id}"): ERASE,
    ("GET", "/c/{conversation_id}"): USE,
    ("GET", "/c/{conversation_id}/safety-plan"): USE,
    ("POST", "/c/{conversation_id}/safety-plan"): USE,
    ("GET", "/c/{conversation_id}/mood"): USE,
    ("POST", "/c/{conversation_id}/mood"): USE,
    ("GET", "/c/{conversation_id}/consent"): USE,
    ("POST", "/c/{conversation_id}/consent"): USE,
    ("POST", "/c/{conversation_id}/consent/withdraw"): USE,
    ("GET", "/c/{conversation_id}/data"): USE,
    ("POST", "/c/{conversation_id}/erase"): ERASE,
    ("GET", "/api/conversations/{conversation_id}/research"): READ,
    ("PUT", "/api/conversations/{conversation_id}/research"): USE,
    ("POST", "/c/{conversation_id}/research"): USE,
}

REASON = "Audit of a complaint, ticket 8812"
# who asks: (name, role or None, is the conversation theirs / assigned to them, sends an admin reason)
ASKERS = [
    ("anonymous", None, False, False),
    ("owner", "person", True, False),
    ("other person", "person", False, False),
    ("assigned supporter", "supporter", True, False),
    ("supporter", "supporter", False, False),
    ("assigned clinician", "clinician", True, False),
    ("clinician", "clinician", False, False),
    ("admin", "admin", False, False),
    ("admin with a reason", "admin", False, True),
]


def expected(rule: str, role: str | None, theirs: bool, reason: bool) -> int | None:
    """The designed refusal status, or None when allowed. Conversations here belong to the owner."""
    if rule == ANYONE:
        return None
    if rule == START:
        return 403 if role in ("supporter", "clinician", "admin") else None
    if role is None:
        return 401
    if rule == SIGNED_IN:
        return None
    if rule == CASE:  # a supporter's or clinician's own case, and no one else's
        return None if role in ("supporter", "clinician") and theirs else 403
    if rule == CLINICIAN_CASE:  # a clinician's own case
        return None if role == "clinician" and theirs else 403
    allowed_roles = {ADMIN: {"admin"}, STAFF: {"supporter", "clinician"}, CLINICIAN: {"clinician"}, PERSON: {"person"},
                     STAFF_OR_ADMIN: {"supporter", "clinician", "admin"}}.get(rule)
    if allowed_roles is not None:
        return None if role in allowed_roles else 403
    action = rule.split(":")[1]
    if role == "person":
        return None if theirs else 403
    if role in ("supporter", "clinician"):
        return None if action == "read" and theirs else 403
    return None if reason and action != "use" else 403


def routes(app) -> dict[tuple[str, str], APIRoute]:
    found = {}

    def walk(items):
        for route in items:
            if hasattr(route, "original_router"):
                walk(route.original_router.routes)
            elif isinstance(route, APIRoute):
                for method in route.methods - {"HEAD"}:
                    found[(method, route.path)] = route

    walk(app.router.routes)
    return {k: v for k, v in found.items() if not k[1].startswith(("/docs", "/redoc", "/openapi"))}


def guard_rule(route: APIRoute) -> list[str]:
    rules = []

    def walk(dependant):
        for sub in dependant.dependencies:
            rule = getattr(sub.call, "access_rule", None)
            if rule:
                rules.append(rule)
            walk(sub)

    walk(route.dependant)
    return rules


@pytest.fixture
def world(tmp_path):
    with app_client(settings_for(tmp_path)) as client:
        database = database_of(client)
        accounts = {name: make_account(database, role) if role else None for name, role, _, _ in ASKERS}
        accounts["someone else's case"] = make_account(database, "clinician")
        yield client, accounts


def test_every_route_is_in_the_design_and_has_exactly_one_guard(world):
    client, _ = world
    found = routes(client.app)
    assert set(found) == set(DESIGN), (
        f"routes without a designed rule: {sorted(set(found) - set(DESIGN))}; "
        f"designed but missing: {sorted(set(DESIGN) - set(found))}")
    for key, route in found.items():
        rules = guard_rule(route)
        assert len(set(rules)) == 1, f"{key} has guards {rules}: every route needs exactly one"


def _request(client, accounts, method, path, asker, role, theirs, reason, owner_id):
    database = database_of(client)
    headers = dict(accounts[asker].auth) if accounts[asker] else {}
    if reason:
        headers["x-access-reason"] = REASON
    owner = accounts["owner"]
    cid = new_conversation(client, headers=owner.auth)
    staff = accounts[asker] if theirs and role in ("supporter", "clinician") else accounts["someone else's case"]
    case = AssignmentRepository(database).assign(staff.id, cid, "test")
    values = {"conversation_id": cid, "account_id": owner_id, "token_id": "000000000000", "escalation_id": "1",
              "case_id": str(case.case_id), "summary_id": "1", "path:mindhaven_page": "nowhere", "instrument": "phq2"}
    url = path
    for name, value in values.items():
        url = url.replace("{" + name + "}", value)
    if path in ("/api/alerts", "/api/cases/{case_id}/events", "/api/conversations/{conversation_id}/events"):
        url += "?max_seconds=0.1"  # a live stream: end it at once
    credentials = {"username": owner.username, "password": PASSWORD}
    body = {"json": {} if method in ("POST", "PUT", "PATCH") else None}
    if path == "/api/auth/login":
        body = {"json": credentials}
    elif path == "/login":
        body = {"data": credentials}
    try:
        return client.request(method, url, headers=headers, follow_redirects=False, **body)
    finally:
        client.cookies.clear()  # a sign-in above must not turn the next request into a browser session


@pytest.mark.parametrize("asker, role, theirs, reason", ASKERS, ids=[a[0] for a in ASKERS])
def test_each_role_is_allowed_or_refused_as_designed(world, asker, role, theirs, reason):
    client, accounts = world
    mismatches = []
    for (method, path), rule in sorted(DESIGN.items(), key=lambda item: item[0][0] == "DELETE"):
        if (method, path) in (("POST", "/api/auth/logout"), ("POST", "/logout"), ("DELETE", "/api/auth/me")):
            continue  # these end the account or its session the other requests use: checked last, below
        response = _request(client, accounts, method, path, asker, role, theirs, reason, accounts["owner"].id)
        want = expected(rule, role, theirs, reason)
        got = response.status_code
        refused = got in (401, 403)
        if (want is None and refused) or (want is not None and got != want):
            mismatches.append(f"{method} {path} [{rule}]: got {got}, designed {want or 'allowed'}")
    for method, path in (("POST", "/api/auth/logout"), ("POST", "/logout"), ("DELETE", "/api/auth/me")):
        response = _request(client, accounts, method, path, asker, role, theirs, reason, accounts["owner"].id)
        want = expected(DESIGN[(method, path)], role, theirs, reason)
        if (want is None) == (response.status_code in (401, 403)) or (want and response.status_code != want):
            mismatches.append(f"{method} {path}: got {response.status_code}, designed {want or 'allowed'}")
    assert not mismatches, "\n".join(mismatches)


def test_an_unknown_conversation_is_not_found_for_everyone(world):
    client, accounts = world
    unknown = "f" * 32
    for asker in ("anonymous", "other person", "supporter"):
        headers = accounts[asker].auth if accounts[asker] else {}
        assert client.get(f"/api/conversations/{unknown}", headers=headers).status_code == 404


def test_anyone_with_an_anonymous_link_is_the_person(world):
    client, accounts = world
    cid = new_conversation(client)
    for method, path in itertools.product(["GET"], [f"/api/conversations/{cid}", f"/c/{cid}", f"/c/{cid}/data"]):
        assert client.request(method, path).status_code == 200, path
