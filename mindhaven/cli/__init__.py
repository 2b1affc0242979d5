"""The `mindhaven` command: thin modules, one per subcommand."""

from __future__ import annotations

import click

from mindhaven.cli import assess, chat, doctor, evaluate, model, respond, serve


@click.group(help="MindHaven: offline-first mental-health support with LLMs, built safety-first.")
@click.version_option(package_name="mindhaven")
def main() -> None:
    pass


for command in (chat.chat, serve.serve, respond.respond, assess.assess, evaluate.evaluate, doctor.doctor, model.model):
    main.add_command(command)
