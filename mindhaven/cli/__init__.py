"""The `mindhaven` command: thin modules, one per subcommand."""

from __future__ import annotations

import click

from mindhaven.cli import accounts, audit, assess, chat, data, deidentify, doctor, evaluate, keys, model, respond, serve


class Main(click.Group):
    def invoke(self, ctx: click.Context):
        from mindhaven.storage.envelope import EncryptionError

        try:
            return super().invoke(ctx)
        except EncryptionError as exc:  # a missing or wrong key: say what to do, without a traceback
            raise click.ClickException(str(exc)) from None


@click.group(cls=Main, help="MindHaven: offline-first mental-health support with LLMs, built safety-first.")
@click.version_option(package_name="mindhaven")
def main() -> None:
    pass


for command in (chat.chat, serve.serve, respond.respond, assess.assess, deidentify.deidentify, evaluate.evaluate,
                doctor.doctor, model.model, keys.keys, audit.audit, accounts.accounts, data.data):
    main.add_command(command)
