"""`mindhaven data`: export or erase everything about a person, and purge expired data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from mindhaven.cli._database import open_configured
from mindhaven.config import get_settings

ACTOR = "cli"


@click.group(help="A person's data: export it, erase it, and purge what the retention policy says has expired.")
def data() -> None:
    pass


def _unknown(kind: str, subject_id: str) -> SystemExit:
    click.echo(f"Error: there is no {kind} with the id {subject_id!r}; nothing was changed.", err=True)
    return SystemExit(2)


@data.command(help="Write everything stored about a conversation (or, with --account, an account and all its "
                   "conversations) as JSON or a readable HTML file. The export is audited.")
@click.argument("subject_id", metavar="ID")
@click.option("--account", is_flag=True, help="ID is an account, not a conversation")
@click.option("--format", "output_format", type=click.Choice(["json", "html"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="file to write; default: standard output")
def export(subject_id: str, account: bool, output_format: str, output: Path | None) -> None:
    from mindhaven.storage.accounts import AccountNotFound
    from mindhaven.storage.export import export_account, export_conversation, render_readable
    from mindhaven.storage.repository import ConversationNotFound

    try:
        if account:
            exported = export_account(open_configured(), subject_id, ACTOR)
        else:
            exported = export_conversation(open_configured(), subject_id, ACTOR)
    except (ConversationNotFound, AccountNotFound):
        raise _unknown("account" if account else "conversation", subject_id) from None
    text = render_readable(exported) if output_format == "html" else json.dumps(exported, ensure_ascii=False, indent=2)
    if output is None:
        click.echo(text)
        return
    output.write_text(text + "\n", encoding="utf-8")
    count = len(exported.get("conversations", [exported]))
    click.echo(f"Wrote {output} ({count} conversation{'s' if count != 1 else ''}, {output_format}). "
               "It holds personal data: keep it safe and delete it when done.", err=True)


@data.command(name="research-export",
              help="Write the de-identified messages of every conversation whose person allowed research use, as "
                   "CSV (conversation, message, day, speaker, risk_level, text). Conversations get new random "
                   "labels in each export. The export is audited.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="CSV file to write")
def research_export(output: Path) -> None:
    import csv

    from mindhaven.storage.research import COLUMNS, ResearchRepository

    messages, conversations = 0, set()
    with output.open("w", encoding="utf-8", newline="") as sink:
        writer = csv.writer(sink)
        writer.writerow(COLUMNS)
        for row in ResearchRepository(open_configured()).export_rows(ACTOR):
            writer.writerow([getattr(row, column) for column in COLUMNS])
            messages += 1
            conversations.add(row.conversation)
            if messages % 1000 == 0:
                click.echo(f"  {messages} messages so far", err=True)
    click.echo(f"Wrote {output}: {messages} messages from {len(conversations)} conversation"
               f"{'s' if len(conversations) != 1 else ''}, de-identified.", err=True)


@data.command(help="Erase a conversation (or, with --account, an account and every conversation it owns): its "
                   "data key is destroyed and its rows deleted. Audit entries keep only the id and times.")
@click.argument("subject_id", metavar="ID")
@click.option("--account", is_flag=True, help="ID is an account, not a conversation")
@click.option("--yes", is_flag=True, help="do not ask for confirmation")
@click.option("--reason", default="admin_request", show_default=True,
              help="a short code kept in the audit log (e.g. person_request), never free text")
def erase(subject_id: str, account: bool, yes: bool, reason: str) -> None:
    from mindhaven.storage.accounts import AccountNotFound
    from mindhaven.storage.erasure import InvalidReason, check_reason, erase_account, \
        erase_conversation
    from mindhaven.storage.repository import ConversationNotFound

    try:
        check_reason(reason)
    except InvalidReason as exc:
        raise click.BadParameter(str(exc), param_hint="--reason") from None
    kind = "account" if account else "conversation"
    if not yes:
        click.confirm(f"Erase {kind} {subject_id} and everything derived from it? This cannot be undone", abort=True)
    try:
        if account:
            reports = erase_account(open_configured(), subject_id, ACTOR, reason)
        else:
            reports = [erase_conversation(open_configured(), subject_id, ACTOR, reason)]
    except (ConversationNotFound, AccountNotFound):
        raise _unknown(kind, subject_id) from None
    for report in reports:
        rows = ", ".join(f"{n} {table}" for table, n in report.rows.items() if n)
        click.echo(f"erased {report.subject}: {rows}")
    click.echo(f"Done: {kind} {subject_id} erased ({sum(r.total for r in reports)} rows); its data key is destroyed.")


@data.command(help="Erase conversations past the retention limit (never one with an unacknowledged escalation) "
                   "and expired sign-in sessions, now. The service also does this on a schedule.")
@click.option("--dry-run", is_flag=True, help="only report what would be removed")
def purge(dry_run: bool) -> None:
    from mindhaven.storage.retention import purge_expired

    settings = get_settings()
    days = settings.retention.conversation_days
    click.echo(f"Retention: conversations are kept {days} days after their last activity." if days
               else "Retention: conversations are kept forever (retention.conversation_days is 0).")
    report = purge_expired(open_configured(), settings, dry_run=dry_run)
    for conversation_id in report.erased:
        click.echo(f"{'would erase' if dry_run else 'erased'} {conversation_id}")
    for conversation_id in report.held:
        click.echo(f"held {conversation_id}: an escalation is not yet acknowledged")
    click.echo(report.summary().removeprefix("retention: ").capitalize() + ".")
