"""Signing in and out (JSON API and web page), registration for people seeking support, and "who am I"."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from mindhaven.accounts.passwords import WeakPassword
from mindhaven.accounts.roles import AccountRole
from mindhaven.api.access import anyone, person_only, signed_in
from mindhaven.api.auth import CSRF_FIELD, SESSION_COOKIE, Principal, accounts, csrf_token
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.login_limit import LoginLimiter
from mindhaven.api.routers.data_rights import ExportFormat, download
from mindhaven.api.routers.web import is_cross_site, render_page, templates
from mindhaven.storage.accounts import AccountError, AccountRecord

router = APIRouter(tags=["accounts"])


def csrf_token_for(request: Request) -> str:
    """The CSRF token a form on a signed-in page carries (templates/_csrf.html); empty when no one is."""
    principal = getattr(request.state, "principal", None)
    return (principal.csrf_token if principal else None) or ""


def signed_in_as(request: Request) -> AccountRecord | None:
    principal = getattr(request.state, "principal", None)
    return principal.account if principal else None


templates.env.globals.update(csrf_token_for=csrf_token_for, csrf_field=CSRF_FIELD, signed_in_as=signed_in_as)

WRONG = ("The username or password is wrong, or the account is locked for a while after too many failed "
         "attempts. Try again later, or ask your service's admin.")


class Credentials(BaseModel):
    username: str = Field(..., min_length=1, max_length=120)
    password: str = Field(..., min_length=1, max_length=256)


class Registration(Credentials):
    display_name: str = Field("", max_length=120)


class AccountOut(BaseModel):
    id: str
    username: str
    display_name: str
    role: str
    disabled: bool = False

    @classmethod
    def of(cls, a: AccountRecord) -> AccountOut:
        return cls(id=a.id, username=a.username, display_name=a.display_name, role=a.role.value, disabled=a.disabled)


class SignedIn(BaseModel):
    account: AccountOut
    csrf_token: str = Field(description="send as X-CSRF-Token (or form field csrf_token) on every change")


def _limiter(request: Request) -> LoginLimiter:
    app = request.app
    if getattr(app.state, "login_limiter", None) is None:
        settings = app.state.settings.accounts
        app.state.login_limiter = LoginLimiter(settings.login_attempts_per_client, settings.login_window_minutes * 60)
    return app.state.login_limiter


def _throttle(request: Request) -> None:
    wait = _limiter(request).retry_after(request.client.host if request.client else "unknown")
    if wait:
        raise HTTPException(429, f"Too many sign-in attempts from here. Try again in {wait} seconds.",
                            headers={"Retry-After": str(wait)})


def _sign_in(request: Request, response: Response, account: AccountRecord) -> str:
    repository = accounts(request)
    if old := request.cookies.get(SESSION_COOKIE):
        repository.end_session(old)  # a new session id on every sign-in: no session fixation
    token = repository.start_session(account.id)
    settings = request.app.state.settings
    response.set_cookie(SESSION_COOKIE, token, max_age=int(settings.accounts.session_hours * 3600), path="/",
                        httponly=True, samesite="strict", secure=request.url.scheme == "https" or settings.hsts)
    return token


def _check(request: Request, username: str, password: str) -> AccountRecord:
    _throttle(request)
    result = accounts(request).check_password(username, password)
    if result.account is None:
        raise HTTPException(401, WRONG)
    return result.account


@router.post("/api/auth/login", response_model=SignedIn)
def login(body: Credentials, request: Request, response: Response, _: Principal = Depends(anyone)) -> SignedIn:
    """Sign in; sets an HttpOnly, SameSite=Strict session cookie (Secure under https)."""
    account = _check(request, body.username, body.password)
    return SignedIn(account=AccountOut.of(account), csrf_token=csrf_token(_sign_in(request, response, account)))


@router.post("/api/auth/register", response_model=SignedIn, status_code=201)
def register(body: Registration, request: Request, response: Response, _: Principal = Depends(anyone)) -> SignedIn:
    """Create an account for a person seeking support (no one else can register themselves) and sign in."""
    if not request.app.state.settings.accounts.allow_registration:
        raise HTTPException(403, "This service does not let people create accounts; you can still chat without one.")
    _throttle(request)
    try:
        account = accounts(request).create(body.username, body.display_name, AccountRole.PERSON, body.password,
                                           actor="person")
    except (AccountError, WeakPassword) as exc:
        raise HTTPException(422, str(exc)) from None
    return SignedIn(account=AccountOut.of(account), csrf_token=csrf_token(_sign_in(request, response, account)))


@router.post("/api/auth/logout", status_code=204)
def logout(request: Request, principal: Principal = Depends(signed_in)) -> Response:
    response = Response(status_code=204)
    if principal.session_token:
        accounts(request).end_session(principal.session_token)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/api/auth/me", response_model=SignedIn)
def me(principal: Principal = Depends(signed_in)) -> SignedIn:
    return SignedIn(account=AccountOut.of(principal.account), csrf_token=principal.csrf_token or "")


class OwnConversation(BaseModel):
    id: str
    created_at: datetime
    country: str


@router.get("/api/auth/me/conversations", response_model=list[OwnConversation])
def my_conversations(request: Request, principal: Principal = Depends(signed_in)) -> list[OwnConversation]:
    """A signed-in person's own conversations (staff and admins own none)."""
    owned = request.app.state.pipeline.repository.owned_by(principal.account.id)
    return [OwnConversation(id=c.id, created_at=c.created_at, country=c.country) for c in owned]


@router.get("/api/auth/me/export")
def export_me(request: Request, format: ExportFormat = "json",
              principal: Principal = Depends(person_only)) -> Response:
    """Everything kept about my account and all my conversations: JSON, or ``format=html`` to read or print."""
    from mindhaven.storage.export import export_account

    data = export_account(get_database(request), principal.account.id, principal.actor)
    return download(data, format, f"account-{principal.account.id[:8]}")


@router.delete("/api/auth/me", status_code=204)
def erase_me(request: Request, principal: Principal = Depends(person_only)) -> Response:
    """Erase my account and every conversation it owns (their keys are destroyed), and sign out."""
    from mindhaven.storage.erasure import erase_account

    erase_account(get_database(request), principal.account.id, principal.actor,
                  "person_request")
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --- web ---------------------------------------------------------------------------------------


def _safe_next(value: str | None) -> str:
    """Only a path on this site: never an open redirect."""
    value = (value or "/").strip()
    return value if value.startswith("/") and not value.startswith("//") and "\\" not in value else "/"


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request, next: str = "/", principal: Principal = Depends(anyone)) -> HTMLResponse:
    return _login_page(request, _safe_next(next))


@router.post("/login", response_class=HTMLResponse, include_in_schema=False)
async def login_form(request: Request, principal: Principal = Depends(anyone)) -> Response:
    form = await read_form(request)
    target = _safe_next(form.get("next"))
    if is_cross_site(request):
        return _login_page(request, target, "The form was sent from another website, so you were not signed in.", 403)
    try:
        account = _check(request, form.get("username", ""), form.get("password", ""))
    except HTTPException as exc:
        return _login_page(request, target, exc.detail, exc.status_code)
    response = RedirectResponse(target, status_code=303)
    _sign_in(request, response, account)
    return response


@router.post("/register", response_class=HTMLResponse, include_in_schema=False)
async def register_form(request: Request, _: Principal = Depends(anyone)) -> Response:
    form = await read_form(request)
    if is_cross_site(request):
        return _login_page(request, "/", "The form was sent from another website, so no account was made.", 403)
    if not request.app.state.settings.accounts.allow_registration:
        return _login_page(request, "/", "This service does not let people create accounts; you can still chat "
                                         "without one.", 403)
    try:
        _throttle(request)
        account = accounts(request).create(form.get("username", ""), "", AccountRole.PERSON,
                                           form.get("password", ""), actor="person")
    except HTTPException as exc:
        return _login_page(request, "/", exc.detail, exc.status_code)
    except (AccountError, WeakPassword) as exc:
        return _login_page(request, "/", str(exc), 422)
    response = RedirectResponse("/", status_code=303)
    _sign_in(request, response, account)
    return response


@router.post("/logout", include_in_schema=False)
def logout_form(request: Request, principal: Principal = Depends(signed_in)) -> Response:
    """The CSRF check ran in get_principal: a cross-site form cannot sign anyone out."""
    accounts(request).end_session(principal.session_token or "")
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _login_page(request: Request, target: str, error: str | None = None, status: int = 200) -> HTMLResponse:
    settings = request.app.state.settings.accounts
    context = {"next": target, "error": error, "max_failed_logins": settings.max_failed_logins,
               "registration": settings.allow_registration}
    return render_page(request, "login.html", context, status_code=status)


def session_ended(request: Request) -> Response:
    """A stale or forged session cookie: say so, and clear it. Pages a browser merely opens are shown
    again without the cookie (a stale sign-in must never stand between someone and the help page or
    an anonymous chat); anything that would change something gets a clear refusal."""
    message = "Your sign-in has ended or is not valid. Please sign in again."
    if request.method in ("GET", "HEAD") and not request.url.path.startswith("/api/"):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        response = RedirectResponse(_safe_next(target), status_code=303)
    elif request.url.path.startswith("/api/"):
        response = JSONResponse({"error": {"code": "session_ended", "message": message}}, status_code=401)
    else:
        response = _login_page(request, _safe_next(request.url.path), message, 401)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
