"""`mindhaven keys`: the key-encryption keys that protect stored conversations."""

from __future__ import annotations

import click

from mindhaven.cli._database import open_configured


@click.group(help="Encryption at rest: key status, rotation, and encrypting data stored before encryption.")
def keys() -> None:
    pass


def _progress(label: str):
    def show(done: int, total: int) -> None:
        click.echo(f"\r{label}: {done}/{total}", nl=False, err=True)
        if done >= total:
            click.echo(err=True)

    return show


@keys.command(help="Show the key-encryption keys and how many data keys each wraps.")
def status() -> None:
    from mindhaven.storage.rotation import key_use
    from mindhaven.storage.seal_existing import pending

    database = open_configured()
    click.echo(f"Key-encryption keys from {database.vault.keys.describe()}:")
    for use in key_use(database):
        mark = "active (wraps new data keys)" if use.active else "" if use.configured else "NOT CONFIGURED"
        click.echo(f"  {use.kek_id:<24} wraps {use.data_keys:>6} data keys  {mark}".rstrip())
    waiting = pending(database)
    click.echo(f"Conversations stored before encryption, not yet encrypted: {waiting}")


@keys.command(help="Wrap every data key with a new key-encryption key, then retire the old key. "
                   "Runs beside a serving instance; if interrupted, run it again to resume.")
@click.option("--batch-size", default=100, show_default=True, help="data keys re-wrapped per transaction")
def rotate(batch_size: int) -> None:
    from mindhaven.storage.rotation import rotate as run

    database = open_configured(seal=True)
    result = run(database, batch=batch_size, progress=_progress("re-wrapped data keys"))
    from mindhaven.storage.audit import AuditLog

    AuditLog(database).record("cli", "keys_rotated", None, f"active {result.kek_id}, {result.rewrapped} re-wrapped, "
                              f"retired {len(result.retired)}")
    if result.resumed:
        click.echo("Finished a rotation that had not completed.")
    click.echo(f"Every data key is now wrapped by {result.kek_id!r} ({result.rewrapped} re-wrapped).")
    if result.retired:
        click.echo(f"Retired {', '.join(map(repr, result.retired))}; the key file now holds only {result.kek_id!r}.")
        click.echo("Back up the key file again now. Database backups taken before this rotation still need "
                   "the retired key.")
    if result.removable:
        click.echo(f"You can now remove {', '.join(map(repr, result.removable))} from MINDHAVEN_ENCRYPTION__KEYS.")


@keys.command(name="encrypt-existing",
              help="Encrypt conversations stored before encryption existed (also done on every start).")
def encrypt_existing() -> None:
    from mindhaven.storage.seal_existing import seal_existing

    database = open_configured()
    sealed, failed = seal_existing(database, progress=_progress("encrypted conversations"))
    from mindhaven.storage.audit import AuditLog

    AuditLog(database).record("cli", "existing_data_encrypted", None, f"{sealed} encrypted, {failed} failed")
    click.echo(f"Encrypted {sealed} conversations." + (f" {failed} could not be (see the log)." if failed else ""))
    if failed:
        raise SystemExit(1)


@keys.command(help="Print a new '<id>:<base64>' key for MINDHAVEN_ENCRYPTION__KEYS (nothing is stored).")
def generate() -> None:
    from mindhaven.storage.envelope import new_key
    from mindhaven.storage.keyring import entry, new_id

    click.echo(entry(new_id(), new_key()))
