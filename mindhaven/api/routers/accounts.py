"""Admins manage accounts, API tokens and assignments; staff see their caseload. Every change is audited."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from mindhaven.accounts.passwords import WeakPassword
from mindhaven.accounts.roles import AccountRole
from mindhaven.api.access import admin_only, staff_only
from mindhaven.api.auth import Principal, accounts
from mindhaven.api.deps import get_database
from mindhaven.api.routers.auth import AccountOut
from mindhaven.storage.accounts import AccountError, AccountNotFound, TokenRecord
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.audit import AuditLog

router = APIRouter(tags=["accounts"])


class NewAccount(BaseModel):
    username: str = Field(..., min_length=3, max_length=120)
    display_name: str = Field("", max_length=120)
    role: AccountRole
    password: str = Field(..., min_length=1, max_length=256)


class AccountChange(BaseModel):
    role: AccountRole | None = None
    disabled: bool | None = None
    password: str | None = Field(None, max_length=256)
    unlock: bool = False
    display_name: str | None = Field(None, max_length=120)


class AccountDetail(AccountOut):
    created_at: datetime
    locked_until: datetime | None
    last_login_at: datetime | None


class NewToken(BaseModel):
    name: str = Field(..., min_length=1, max_length=120, examples=["on-call pager integration"])


class TokenOut(BaseModel):
    id: str
    account_id: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool

    @classmethod
    def of(cls, t: TokenRecord) -> TokenOut:
        return cls(**vars(t))


class IssuedToken(TokenOut):
    token: str = Field(description="shown once: send as 'Authorization: Bearer <token>'")


class AssignmentIn(BaseModel):
    account_id: str = Field(..., min_length=32, max_length=32)
    conversation_id: str = Field(..., min_length=32, max_length=32)


class CaseOut(BaseModel):
    """A conversation as the supporter or clinician looking after it sees it: by case, never by its id."""

    case_id: int
    country: str
    assigned_at: datetime
    last_activity: datetime


class AssignmentOut(CaseOut):
    account_id: str
    conversation_id: str


def _detail(a) -> AccountDetail:
    return AccountDetail(**AccountOut.of(a).model_dump(), created_at=a.created_at, locked_until=a.locked_until,
                         last_login_at=a.last_login_at)


def _refuse(exc: Exception) -> HTTPException:
    if isinstance(exc, AccountNotFound):
        return HTTPException(404, "There is no account or token with that id.")
    return HTTPException(422, str(exc))


@router.get("/api/accounts", response_model=list[AccountDetail])
def list_accounts(request: Request, admin: Principal = Depends(admin_only)) -> list[AccountDetail]:
    AuditLog(get_database(request)).record(admin.actor, "accounts_listed")
    return [_detail(a) for a in accounts(request).all()]


@router.post("/api/accounts", response_model=AccountDetail, status_code=201)
def create_account(body: NewAccount, request: Request, admin: Principal = Depends(admin_only)) -> AccountDetail:
    try:
        return _detail(accounts(request).create(body.username, body.display_name, body.role, body.password,
                                                actor=admin.actor))
    except (AccountError, WeakPassword) as exc:
        raise _refuse(exc) from None


@router.patch("/api/accounts/{account_id}", response_model=AccountDetail)
def change_account(account_id: str, body: AccountChange, request: Request,
                   admin: Principal = Depends(admin_only)) -> AccountDetail:
    if account_id == admin.account.id and (body.disabled or (body.role and body.role != AccountRole.ADMIN)):
        raise HTTPException(422, "Admins cannot disable or demote their own account: ask another admin.")
    try:
        return _detail(accounts(request).update(account_id, admin.actor, role=body.role, disabled=body.disabled,
                                                password=body.password, unlock=body.unlock,
                                                display_name=body.display_name))
    except (AccountNotFound, AccountError, WeakPassword) as exc:
        raise _refuse(exc) from None


@router.get("/api/accounts/{account_id}/tokens", response_model=list[TokenOut])
def list_tokens(account_id: str, request: Request, _: Principal = Depends(admin_only)) -> list[TokenOut]:
    return [TokenOut.of(t) for t in accounts(request).tokens(account_id)]


@router.post("/api/accounts/{account_id}/tokens", response_model=IssuedToken, status_code=201)
def issue_token(account_id: str, body: NewToken, request: Request,
                admin: Principal = Depends(admin_only)) -> IssuedToken:
    try:
        record, token = accounts(request).issue_token(account_id, body.name, admin.actor)
    except AccountNotFound as exc:
        raise _refuse(exc) from None
    return IssuedToken(**TokenOut.of(record).model_dump(), token=token)


@router.delete("/api/tokens/{token_id}", status_code=204)
def revoke_token(token_id: str, request: Request, admin: Principal = Depends(admin_only)) -> Response:
    try:
        accounts(request).revoke_token(token_id, admin.actor)
    except AccountNotFound as exc:
        raise _refuse(exc) from None
    return Response(status_code=204)


@router.post("/api/assignments", status_code=201, response_model=AssignmentOut)
def assign(body: AssignmentIn, request: Request, admin: Principal = Depends(admin_only)) -> AssignmentOut:
    """Let a supporter or clinician see a conversation (only assigned staff ever can)."""
    try:
        record = _assignments(request).assign(body.account_id, body.conversation_id, admin.actor)
    except (AccountNotFound, AccountError) as exc:
        raise _refuse(exc) from None
    return AssignmentOut(**{k: getattr(record, k) for k in AssignmentOut.model_fields})


@router.delete("/api/assignments/{account_id}/{conversation_id}", status_code=204)
def unassign(account_id: str, conversation_id: str, request: Request,
             admin: Principal = Depends(admin_only)) -> Response:
    if not _assignments(request).unassign(account_id, conversation_id, admin.actor):
        raise HTTPException(404, "That conversation is not assigned to that account.")
    return Response(status_code=204)


@router.get("/api/caseload", response_model=list[CaseOut])
def caseload(request: Request, staff: Principal = Depends(staff_only)) -> list[CaseOut]:
    """The conversations assigned to me, most recently active first."""
    return [CaseOut(**{k: getattr(r, k) for k in CaseOut.model_fields})
            for r in _assignments(request).caseload(staff.account.id)]


def _assignments(request: Request) -> AssignmentRepository:
    return AssignmentRepository(get_database(request))
