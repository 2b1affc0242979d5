"""`mindhaven chat`: talk in the terminal, with the reply streaming as it is checked.

The consent terms are shown first; nothing is stored until the person agrees (or ``--agree`` says
they already have, for scripted use).
"""

from __future__ import annotations

import click

from mindhaven.config import get_settings
from mindhaven.consent.terms import CURRENT_VERSION, TERMS
from mindhaven.turn.receive import InvalidMessage
from mindhaven.turn.types import IncomingMessage, TextChunk, TurnDone

NOTICE = (
    "You are talking to MindHaven, an AI, not a person or a clinician.\n"
    "If you are in danger right now, call your local emergency number. Type /help for crisis lines, /quit to leave."
)


@click.command(help="Chat in the terminal.")
@click.option("--locale", default=None, help="e.g. en-GB; the region chooses crisis resources")
@click.option("--country", default=None, help="ISO 3166 code for crisis resources, e.g. GB")
@click.option("--agree", is_flag=True, help=f"agree to the consent terms (version {CURRENT_VERSION}) without asking")
def chat(locale: str | None, country: str | None, agree: bool) -> None:
    from mindhaven.runtime import build_pipeline

    settings = get_settings()
    click.echo(NOTICE)
    click.echo()
    click.echo(TERMS.for_service(settings.retention.conversation_days).short_form())
    click.echo(f"(terms version {CURRENT_VERSION})")
    if not agree and not _agrees():
        click.echo("\nThat's fine: nothing was stored. If you need help now:")
        _show_help(country or settings.default_country)
        return
    click.echo("Loading…", err=True)
    pipeline = build_pipeline(settings)
    conversation = pipeline.repository.create_conversation(
        (locale or settings.default_locale).split("-")[0], country or settings.default_country, CURRENT_VERSION
    )
    while True:
        try:
            text = click.prompt("\nyou", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        if text.strip() in {"/quit", "/exit"}:
            return
        if text.strip() == "/help":
            _show_help(country or conversation.country)
            continue
        try:
            events = pipeline.run(IncomingMessage(conversation.id, text, locale, country))
        except InvalidMessage as exc:
            click.secho(str(exc), fg="yellow", err=True)
            continue
        click.echo("\nmindhaven> ", nl=False)
        try:
            for event in events:
                if isinstance(event, TextChunk):
                    click.echo(event.text, nl=False)
                elif isinstance(event, TurnDone):
                    click.echo()
        except KeyboardInterrupt:
            events.close()
            click.echo("\n(stopped)")


def _agrees() -> bool:
    try:
        return click.confirm("Do you agree?", default=False)
    except (EOFError, click.Abort):
        return False


def _show_help(country: str) -> None:
    from mindhaven.crisis.directory import get_directory

    directory = get_directory()
    entry = directory.for_country(country)
    for r in directory.resources_for(entry.code):
        click.echo(f"  {r.name}: {r.phone or r.text or r.url} {('(' + r.hours + ')') if r.hours else ''}")
    click.echo(f"  Emergency: {entry.emergency or 'your local emergency number'}")
