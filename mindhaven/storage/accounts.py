"""Data access for accounts, sign-in sessions and API tokens. Callers get plain records.

Secrets are never stored: a session row is keyed by the SHA-256 of its cookie token and an API token
row keeps the SHA-256 of its secret, so a database dump cannot be replayed. Passwords are Argon2id.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from mindhaven.accounts import passwords
from mindhaven.accounts.roles import STAFF, AccountRole
from mindhaven.config import AccountSettings
from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.handoffs import ACCOUNT_CHANGED, end_handoffs
from mindhaven.storage.models import Account, ApiToken, LoginSession, as_utc, utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@+-]{2,119}$")
# bandit B105 accepted: a public prefix that marks MindHaven tokens, not a secret
TOKEN_PREFIX = "mh_"  # nosec B105
_TOKEN = re.compile(r"^mh_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
TOUCH_EVERY = timedelta(minutes=1)


class AccountNotFound(LookupError):
    pass


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message is for the person."""


@dataclass(frozen=True)
class AccountRecord:
    id: str
    username: str
    display_name: str
    role: AccountRole
    created_at: datetime
    disabled: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF


@dataclass(frozen=True)
class SignIn:
    """The outcome of a password check: an account, or why not (never shown apart to the person)."""

    account: AccountRecord | None
    problem: str | None = None  # "wrong", "locked", "disabled"


@dataclass(frozen=True)
class TokenRecord:
    id: str
    account_id: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _record(a: Account) -> AccountRecord:
    return AccountRecord(a.id, a.username, a.display_name, AccountRole(a.role), as_utc(a.created_at),
                         a.disabled_at is not None, as_utc(a.locked_until), as_utc(a.last_login_at))


def find_account(session, account_id: str) -> Account:
    """The account, or AccountNotFound for unknown and malformed ids alike."""
    account = session.get(Account, account_id) if isinstance(account_id, str) and len(account_id) == 32 else None
    if account is None:
        raise AccountNotFound(account_id)
    return account


def _by_username(session, username: str) -> Account | None:
    return session.scalar(select(Account).where(Account.username == (username or "").strip().lower()))


def normal_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not USERNAME.match(name):
        raise AccountError("A username has 3 to 120 characters: letters, digits and . _ @ + - (no spaces).")
    return name


class AccountRepository:
    def __init__(self, database: Database, settings: AccountSettings | None = None):
        self.vault = database.vault
        self.settings = settings or AccountSettings()
        self._session = session_factory(database.engine)

    # --- accounts -------------------------------------------------------------------------

    def create(self, username: str, display_name: str, role: AccountRole, password: str, actor: str) -> AccountRecord:
        name = normal_username(username)
        passwords.check_rule(password, name)
        display = (display_name or "").strip()[:120] or name
        account = Account(id=uuid.uuid4().hex, username=name, display_name=display, role=AccountRole(role).value,
                          password_hash=passwords.hash_password(password))
        try:
            with self._session.begin() as session:
                session.add(account)
                session.flush()
                audit.record(session, self.vault, actor, "account_created", account.id, f"role {account.role}")
        except IntegrityError:
            raise AccountError("That username is taken; choose another.") from None
        return _record(account)

    def get(self, account_id: str) -> AccountRecord:
        with self._session() as session:
            return _record(find_account(session, account_id))

    def by_username(self, username: str) -> AccountRecord:
        with self._session() as session:
            account = _by_username(session, username)
            if account is None:
                raise AccountNotFound(username)
            return _record(account)

    def all(self) -> list[AccountRecord]:
        with self._session() as session:
            return [_record(a) for a in session.scalars(select(Account).order_by(Account.created_at))]

    def active_staff_count(self) -> int:
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(Account).where(
                Account.role.in_([r.value for r in STAFF]), Account.disabled_at.is_(None))) or 0

    def update(self, account_id: str, actor: str, *, role: AccountRole | None = None, disabled: bool | None = None,
               password: str | None = None, unlock: bool = False, display_name: str | None = None) -> AccountRecord:
        """An admin's change, audited. Disabling or a new password also ends the account's sign-ins and tokens
        stop working while disabled."""
        with self._session.begin() as session:
            account = find_account(session, account_id)
            changes = []
            if role is not None and role != account.role:
                account.role = AccountRole(role).value
                changes.append(f"role {account.role}")
            if display_name is not None:
                account.display_name = display_name.strip()[:120] or account.username
                changes.append("display name")
            if password is not None:
                passwords.check_rule(password, account.username)
                account.password_hash = passwords.hash_password(password)
                changes.append("password")
            if disabled is not None and disabled != (account.disabled_at is not None):
                account.disabled_at = utcnow() if disabled else None
                changes.append("disabled" if disabled else "enabled")
            if unlock or password is not None:
                account.failed_logins, account.locked_until = 0, None
                changes.append("unlocked") if unlock else None
            if password is not None or disabled or role is not None:
                session.execute(delete(LoginSession).where(LoginSession.account_id == account_id))
            if disabled or role is not None:
                end_handoffs(session, self.vault, account_id, actor, reason=ACCOUNT_CHANGED)
            if changes:
                audit.record(session, self.vault, actor, "account_changed", account_id, ", ".join(changes))
            return _record(account)

    # --- signing in -----------------------------------------------------------------------

    def check_password(self, username: str, password: str, now: datetime | None = None) -> SignIn:
        """Verify a password, counting failures: max_failed_logins in a row lock the account for
        lockout_minutes. A locked account is refused even with the right password."""
        now = now or utcnow()
        with self._session.begin() as session:
            account = _by_username(session, username)
            matches = passwords.verify(account.password_hash if account else None, password or "")
            if account is None:
                return SignIn(None, "wrong")
            locked_until = as_utc(account.locked_until)
            if locked_until and locked_until > now:
                audit.record(session, self.vault, account.id, "login_refused", account.id, "locked")
                return SignIn(None, "locked")
            if account.disabled_at is not None:
                audit.record(session, self.vault, account.id, "login_refused", account.id, "disabled")
                return SignIn(None, "disabled")
            if not matches:
                account.failed_logins += 1
                detail = f"wrong password ({account.failed_logins} in a row)"
                locks = account.failed_logins >= self.settings.max_failed_logins
                if locks:
                    account.locked_until = now + timedelta(minutes=self.settings.lockout_minutes)
                    account.failed_logins = 0
                    detail += ", locked"
                audit.record(session, self.vault, account.id, "login_failed", account.id, detail)
                return SignIn(None, "locked" if locks else "wrong")
            if passwords.needs_rehash(account.password_hash):
                account.password_hash = passwords.hash_password(password)
            account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
            audit.record(session, self.vault, account.id, "login", account.id)
            return SignIn(_record(account))

    def start_session(self, account_id: str, now: datetime | None = None) -> str:
        """A new sign-in; returns the cookie's token (only its digest is stored)."""
        now = now or utcnow()
        token = secrets.token_urlsafe(32)
        with self._session.begin() as session:
            session.add(LoginSession(id=digest(token), account_id=account_id, created_at=now, last_seen_at=now,
                                     expires_at=now + timedelta(hours=self.settings.session_hours)))
        return token

    def session_account(self, token: str, now: datetime | None = None) -> AccountRecord | None:
        """The signed-in account, or None for an unknown, ended, expired or idle session, or a disabled
        account. Expired and idle sessions are deleted, so they can never be replayed."""
        if not token or len(token) > 100:
            return None
        now = now or utcnow()
        with self._session() as session:  # a read; it writes only to end a session or, once a minute, touch it
            row = session.get(LoginSession, digest(token))
            if row is None:
                return None
            idle = as_utc(row.last_seen_at) + timedelta(minutes=self.settings.idle_minutes)
            account = session.get(Account, row.account_id)
            if as_utc(row.expires_at) <= now or idle <= now or account is None or account.disabled_at is not None:
                session.delete(row)
                session.commit()
                return None
            if now - as_utc(row.last_seen_at) >= TOUCH_EVERY:
                row.last_seen_at = now
                session.commit()
            return _record(account)

    def end_session(self, token: str) -> None:
        with self._session.begin() as session:
            session.execute(delete(LoginSession).where(LoginSession.id == digest(token or "")))

    # --- API tokens -----------------------------------------------------------------------

    def issue_token(self, account_id: str, name: str, actor: str) -> tuple[TokenRecord, str]:
        """A new API token for an integration acting as the account. The secret is returned once."""
        token_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        with self._session.begin() as session:
            find_account(session, account_id)
            row = ApiToken(id=token_id, account_id=account_id, name=(name or "integration").strip()[:120],
                           secret_hash=digest(secret))
            session.add(row)
            session.flush()
            audit.record(session, self.vault, actor, "token_issued", account_id, f"token {token_id}")
            return _token_record(row), f"{TOKEN_PREFIX}{token_id}_{secret}"

    def token_account(self, raw: str, now: datetime | None = None) -> AccountRecord | None:
        match = _TOKEN.match((raw or "").strip())
        if not match:
            return None
        with self._session() as session:  # a read; it writes last_used_at at most once a minute
            row = session.get(ApiToken, match.group(1))
            if row is None or row.revoked_at is not None:
                return None
            if not hmac.compare_digest(row.secret_hash, digest(match.group(2))):
                return None
            account = session.get(Account, row.account_id)
            if account is None or account.disabled_at is not None:
                return None
            now = now or utcnow()
            if row.last_used_at is None or now - as_utc(row.last_used_at) >= TOUCH_EVERY:
                row.last_used_at = now
                session.commit()
            return _record(account)

    def tokens(self, account_id: str) -> list[TokenRecord]:
        with self._session() as session:
            rows = session.scalars(select(ApiToken).where(ApiToken.account_id == account_id).order_by(ApiToken.created_at))
            return [_token_record(r) for r in rows]

    def revoke_token(self, token_id: str, actor: str) -> TokenRecord:
        with self._session.begin() as session:
            row = session.get(ApiToken, token_id)
            if row is None:
                raise AccountNotFound(token_id)
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                audit.record(session, self.vault, actor, "token_revoked", row.account_id, f"token {token_id}")
            return _token_record(row)


def _token_record(row: ApiToken) -> TokenRecord:
    return TokenRecord(row.id, row.account_id, row.name, as_utc(row.created_at), as_utc(row.last_used_at),
                       row.revoked_at is not None)
