"""`mindhaven accounts`: create the first admin and manage accounts, API tokens and assignments from a shell.

Actions here are audited with the actor "cli" (whoever can run this command can already read the
database and the key file, so the audit records what was done, not a person)."""

from __future__ import annotations

import sys

import click

from mindhaven.cli._database import open_configured
from mindhaven.config import get_settings

ROLES = click.Choice(["person", "supporter", "clinician", "admin"])


@click.group(help="Accounts and roles: create accounts (the first admin), API tokens, staff assignments.")
def accounts() -> None:
    pass


def _repository(database=None):
    from mindhaven.storage.accounts import AccountRepository

    return AccountRepository(database or open_configured(), get_settings().accounts)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


def _fail(exc: Exception) -> None:
    click.echo(f"Error: {exc}", err=True)
    raise SystemExit(2)


def _account_id(repository, name_or_id: str) -> str:
    from mindhaven.storage.accounts import AccountNotFound

    try:
        return repository.by_username(name_or_id).id
    except AccountNotFound:
        try:
            return repository.get(name_or_id).id
        except AccountNotFound:
            _fail(LookupError(f"there is no account {name_or_id!r} (give a username or an account id)"))


@accounts.command(help="Create an account. The password is asked for twice (or read from stdin).")
@click.argument("username")
@click.option("--role", type=ROLES, required=True)
@click.option("--name", "display_name", default="", help="the name others see, e.g. 'Dr A. Mensah'")
@click.option("--password-stdin", is_flag=True, help="read the password from the first line of stdin")
def create(username: str, role: str, display_name: str, password_stdin: bool) -> None:
    from mindhaven.accounts.passwords import WeakPassword
    from mindhaven.storage.accounts import AccountError

    repository = _repository()
    try:
        account = repository.create(username, display_name, role, _password(password_stdin), actor="cli")
    except (AccountError, WeakPassword) as exc:
        _fail(exc)
    click.echo(f"Created {account.role.value} account {account.username} ({account.id}).")


@accounts.command(name="list", help="All accounts, oldest first.")
def list_accounts() -> None:
    for a in _repository().all():
        state = "disabled" if a.disabled else ("locked" if a.locked_until else "active")
        click.echo(f"{a.id}  {a.role.value:<10} {state:<9} {a.username}  ({a.display_name})")


@accounts.command(help="Change an account: disable or enable it, unlock it, change its role or password.")
@click.argument("account")
@click.option("--disable/--enable", "disabled", default=None)
@click.option("--unlock", is_flag=True)
@click.option("--role", type=ROLES, default=None)
@click.option("--new-password", is_flag=True, help="ask for a new password (ends its sign-ins)")
@click.option("--password-stdin", is_flag=True)
def change(account: str, disabled: bool | None, unlock: bool, role: str | None, new_password: bool,
           password_stdin: bool) -> None:
    from mindhaven.accounts.passwords import WeakPassword

    repository = _repository()
    account_id = _account_id(repository, account)
    password = _password(password_stdin) if new_password or password_stdin else None
    try:
        record = repository.update(account_id, "cli", role=role, disabled=disabled, password=password, unlock=unlock)
    except WeakPassword as exc:
        _fail(exc)
    click.echo(f"{record.username}: {record.role.value}, {'disabled' if record.disabled else 'active'}.")


@accounts.command(help="Issue an API token for an integration acting as ACCOUNT. It is shown only once.")
@click.argument("account")
@click.option("--name", required=True, help="what uses it, e.g. 'pager bridge'")
def token(account: str, name: str) -> None:
    repository = _repository()
    record, secret = repository.issue_token(_account_id(repository, account), name, "cli")
    click.echo(secret)
    click.echo(f"Token {record.id} for {account}: send 'Authorization: Bearer <token>'. It cannot be shown again.",
               err=True)


@accounts.command(help="Revoke an API token by its id (the part after 'mh_', before the next '_').")
@click.argument("token_id")
def revoke(token_id: str) -> None:
    from mindhaven.storage.accounts import AccountNotFound

    try:
        _repository().revoke_token(token_id, "cli")
    except AccountNotFound:
        _fail(LookupError(f"there is no token {token_id!r}"))
    click.echo(f"Token {token_id} revoked.")


@accounts.command(help="Assign a conversation to a supporter or clinician (only assigned staff can read it).")
@click.argument("account")
@click.argument("conversation_id")
@click.option("--remove", is_flag=True, help="unassign instead")
def assign(account: str, conversation_id: str, remove: bool) -> None:
    from mindhaven.storage.accounts import AccountError, AccountNotFound
    from mindhaven.storage.assignments import AssignmentRepository
    from mindhaven.storage.repository import ConversationNotFound

    database = open_configured()
    repository = AssignmentRepository(database)
    account_id = _account_id(_repository(database), account)
    try:
        if remove:
            done = repository.unassign(account_id, conversation_id, "cli")
            click.echo("Unassigned." if done else "It was not assigned.")
        else:
            repository.assign(account_id, conversation_id, "cli")
            click.echo(f"Assigned {conversation_id} to {account}.")
    except ConversationNotFound:
        _fail(LookupError(f"there is no conversation {conversation_id!r}"))
    except (AccountError, AccountNotFound) as exc:
        _fail(exc)
