"""`mindhaven audit`: the tamper-evident audit log of reads of personal data, escalations and admin actions."""

from __future__ import annotations

import click

from mindhaven.cli._database import open_configured


@click.group(help="The audit log: who read personal data, escalations, admin actions; check it for tampering.")
def audit() -> None:
    pass


def _log():
    from mindhaven.storage.audit import AuditLog

    return AuditLog(open_configured())


@audit.command(help="Check the whole chain: prints OK and the number of entries, or every broken link "
                    "(edited, inserted, deleted or reordered entries) and exits with status 1.")
def verify() -> None:
    count, problems = _log().verify()
    if not problems:
        click.echo(f"OK: {count} audit entries, chain intact.")
        return
    for problem in problems:
        click.echo(f"BROKEN: {problem}")
    click.echo(f"The audit log has been tampered with: {len(problems)} problem(s) in {count} entries.", err=True)
    raise SystemExit(1)


@audit.command(help="List the newest entries, oldest of them first.")
@click.option("--subject", default=None, help="only entries about this conversation id")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
def show(subject: str | None, limit: int) -> None:
    for e in _log().show(subject, limit):
        click.echo(f"{e.seq:>7}  {e.at}  {e.actor:<12} {e.action:<24} {e.subject or '-':<32}  {e.detail}".rstrip())


@audit.command(help="Print the chain head (entry count and newest hash). Keep it outside the database and "
                    "compare later: it exposes a database restored or rolled back to an older state.")
def head() -> None:
    seq, digest = _log().head()
    click.echo(f"{seq} {digest}")
