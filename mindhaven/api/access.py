"""Who may do what. Every route depends on exactly one of the guards below (a test checks it).

Conversations are reached by a private link (their id). An anonymous conversation is open to whoever
holds the link, as the person's own; a conversation owned by an account only to that account.
Supporters and clinicians read only conversations assigned to them; admins read or erase one only
with a recorded reason. Nobody but the person writes in their conversation, with one exception: an
assigned supporter or clinician who has taken it over from the AI (a live handoff, through their case:
api/routers/handoff.py) writes to the person until they hand it back. Session summaries are the case's
clinician's alone (``may_review_case``).

| who                               | use (write, chat) | read            | export / erase  |
|-----------------------------------|-------------------|-----------------|-----------------|
| anyone with an anonymous link     | yes               | yes             | yes             |
| the owning person                 | yes               | yes             | yes             |
| anonymous, owned conversation     | 401 sign in       | 401             | 401             |
| another person                    | 403               | 403             | 403             |
| supporter or clinician, assigned  | 403 (handoff: yes)| yes             | 403             |
| supporter or clinician, otherwise | 403               | 403             | 403             |
| admin with a reason               | 403               | yes, audited    | yes, audited    |
| admin without a reason            | 403               | 403             | 403             |
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fastapi import Depends, HTTPException, Request

from mindhaven.accounts.roles import STAFF, AccountRole
from mindhaven.api.auth import Principal, get_principal
from mindhaven.api.deps import get_database
from mindhaven.storage import audit
from mindhaven.storage.assignments import AssignmentRepository, ConversationFacts

REASON_HEADER = "x-access-reason"


class Action(StrEnum):
    USE = "use"
    READ = "read"
    ERASE = "erase"  # also export: the person's data-subject rights


@dataclass(frozen=True)
class Decision:
    allowed: bool
    status: int = 200
    message: str = ""
    audit_reason: str | None = None  # set when an admin's access must be recorded


@dataclass(frozen=True)
class ConversationAccess:
    """Granted access to one conversation: ``actor`` names who in the audit log."""

    conversation_id: str
    principal: Principal
    action: Action

    @property
    def actor(self) -> str:
        return self.principal.actor


def decide(principal: Principal, facts: ConversationFacts, action: Action, reason: str,
           min_reason: int) -> Decision:
    role = principal.role
    if role is None:
        if facts.owner_account_id is None:
            return Decision(True)
        return Decision(False, 401, "This conversation belongs to an account: sign in to open it.")
    if role == AccountRole.PERSON:
        if facts.owner_account_id in (None, principal.account.id):
            return Decision(True)
        return Decision(False, 403, "This conversation belongs to someone else.")
    if role in STAFF:
        if action == Action.READ and facts.assigned_to_asker:
            return Decision(True)
        if action == Action.READ:
            return Decision(False, 403, "This conversation is not assigned to you.")
        return Decision(False, 403, "Only the person can do this in their conversation.")
    if action == Action.USE:
        return Decision(False, 403, "Admins cannot write in a person's conversation.")
    if len(reason.strip()) < min_reason:
        return Decision(False, 403, f"Admins open a conversation only with a recorded reason: send it in the "
                                    f"X-Access-Reason header or a 'reason' query parameter ({min_reason}+ characters).")
    return Decision(True, audit_reason=reason.strip())


def authorize(request: Request, principal: Principal, conversation_id: str, action: Action) -> ConversationAccess:
    """Grant ``action`` on the conversation, or raise HTTPException 401/403 (ConversationNotFound if unknown).
    An admin's granted access is recorded in the audit log with their reason."""
    database = get_database(request)
    facts = AssignmentRepository(database).facts(conversation_id, principal.account_id)
    reason = request.headers.get(REASON_HEADER) or request.query_params.get("reason") or ""
    decision = decide(principal, facts, action, reason, request.app.state.settings.accounts.admin_reason_min_chars)
    if not decision.allowed:
        raise HTTPException(decision.status, decision.message)
    if decision.audit_reason is not None:
        where = request.url.path.split(conversation_id)[-1] or "/"
        audit.AuditLog(database).record(principal.actor, f"admin_{action.value}", conversation_id,
                                        f"{request.method} {where}: {decision.audit_reason}"[:200])
    return ConversationAccess(conversation_id, principal, action)


def conversation_guard(action: Action):
    """A dependency granting ``action`` on the path's conversation."""

    def guard(conversation_id: str, request: Request,
              principal: Principal = Depends(get_principal)) -> ConversationAccess:
        return authorize(request, principal, conversation_id, action)

    guard.access_rule = f"conversation:{action.value}"
    return guard


def require_role(principal: Principal, roles) -> Principal:
    if principal.account is None:
        raise HTTPException(401, "Sign in, or send an API token, to use this.")
    if principal.role not in roles:
        raise HTTPException(403, f"This is only for: {', '.join(sorted(r.value for r in roles))}.")
    return principal


def role_guard(*roles: AccountRole):
    """A dependency allowing only signed-in accounts with one of ``roles``."""

    def guard(principal: Principal = Depends(get_principal)) -> Principal:
        return require_role(principal, roles)

    guard.access_rule = "roles:" + ",".join(r.value for r in roles)
    return guard


def case_guard(roles: frozenset[AccountRole], rule: str):
    """A dependency granting read access to one of the asker's own cases: the conversation behind it, whose id
    they never see (for an anonymous person it is their private link)."""

    def guard(case_id: int, request: Request, principal: Principal = Depends(get_principal)) -> ConversationAccess:
        require_role(principal, roles)
        database = get_database(request)
        conversation_id = AssignmentRepository(database).case_conversation(case_id, principal.account.id)
        if conversation_id is None:
            raise HTTPException(403, "This case is not assigned to you.")
        return ConversationAccess(conversation_id, principal, Action.READ)

    guard.access_rule = rule
    return guard


may_read_case = case_guard(STAFF, "case")
# Session summaries are clinical records: drafted, reviewed and signed off by the case's clinician only.
may_review_case = case_guard(frozenset({AccountRole.CLINICIAN}), "clinician-case")


def may_start(principal: Principal = Depends(get_principal)) -> Principal:
    """Starting a conversation: anyone seeking support, signed in or not; staff and admins never."""
    if principal.role is not None and principal.role != AccountRole.PERSON:
        raise HTTPException(403, "Staff and admin accounts do not start conversations: sign out to chat.")
    return principal


may_start.access_rule = "start"


def anyone(principal: Principal = Depends(get_principal)) -> Principal:
    """Open to everyone (an invalid credential is still refused); the handler decides by role if needed."""
    return principal


anyone.access_rule = "anyone"

may_use = conversation_guard(Action.USE)
may_read = conversation_guard(Action.READ)
may_erase = conversation_guard(Action.ERASE)
signed_in = role_guard(*AccountRole)
staff_or_admin = role_guard(AccountRole.SUPPORTER, AccountRole.CLINICIAN, AccountRole.ADMIN)
admin_only = role_guard(AccountRole.ADMIN)
staff_only = role_guard(*STAFF)
clinician_only = role_guard(AccountRole.CLINICIAN)
person_only = role_guard(AccountRole.PERSON)
