"""Who is asking: a signed-in browser (session cookie), an integration (API token), or someone anonymous.

Browsers that send the session cookie must also send the CSRF token (header ``X-CSRF-Token`` or form
field ``csrf_token``) on every request that changes something; tokens in the Authorization header
cannot be sent by another site, so they need none.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from fastapi import HTTPException, Request

from mindhaven.accounts.roles import AccountRole
from mindhaven.api.deps import get_database, read_form
from mindhaven.storage.accounts import AccountRecord, AccountRepository

SESSION_COOKIE = "mindhaven_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class Principal:
    account: AccountRecord | None = None
    via: str = "anonymous"  # anonymous, session, token
    session_token: str | None = None

    @property
    def role(self) -> AccountRole | None:
        return self.account.role if self.account else None

    @property
    def account_id(self) -> str | None:
        return self.account.id if self.account else None

    @property
    def actor(self) -> str:
        """How audit entries name this principal: the account id, or "person" for an anonymous one."""
        return self.account.id if self.account else "person"

    @property
    def csrf_token(self) -> str | None:
        return csrf_token(self.session_token) if self.session_token else None


ANONYMOUS = Principal()


def csrf_token(session_token: str) -> str:
    """Derived from the session's secret: only a page that has the cookie can know it."""
    return hmac.new(session_token.encode(), b"mindhaven csrf", hashlib.sha256).hexdigest()


def accounts(request: Request) -> AccountRepository:
    return AccountRepository(get_database(request), request.app.state.settings.accounts)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


async def get_principal(request: Request) -> Principal:
    """Resolve once per request. A presented but invalid credential is refused, never treated as anonymous:
    a replayed, ended or forged session or token gets 401 with a clear message."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    principal = ANONYMOUS
    bearer = _bearer(request)
    if bearer is not None:
        account = accounts(request).token_account(bearer)
        if account is None:
            raise HTTPException(401, "The API token is not valid: it is unknown, revoked, or its account is disabled.")
        principal = Principal(account, "token")
    elif cookie := request.cookies.get(SESSION_COOKIE):
        account = accounts(request).session_account(cookie)
        if account is None:
            raise SessionEnded()
        principal = Principal(account, "session", cookie)
        if request.method not in SAFE_METHODS:
            await _check_csrf(request, principal)
    request.state.principal = principal
    return principal


class SessionEnded(HTTPException):
    """The cookie names a session that has ended, expired or never existed; the handler clears it."""

    def __init__(self):
        super().__init__(401, "Your sign-in has ended or is not valid. Please sign in again.")


async def _check_csrf(request: Request, principal: Principal) -> None:
    given = request.headers.get(CSRF_HEADER, "")
    if not given and request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        given = (await read_form(request)).get(CSRF_FIELD, "")
    if not hmac.compare_digest(given.encode(), principal.csrf_token.encode()):
        raise HTTPException(403, "This request did not carry this page's security token (CSRF), so nothing was "
                                 "changed. Reload the page and try again.")
