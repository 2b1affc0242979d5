"""The batch loop the JSON Lines commands share: one result line per input line, progress on stderr."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any, TextIO

import click

Numbered = tuple[str, int]  # a non-blank line and its number, from 1


def each_line(source: TextIO, output: TextIO, handle: Callable[[str, int], dict[str, Any]], done: str) -> None:
    """``handle(line, number)`` turns a non-blank line (numbered from 1) into its result; a result
    with an "error" is counted. ``done`` names the work in progress messages ("assessed")."""
    each_batch(source, output, lambda batch: [handle(line, number) for line, number in batch], done, size=1)


def each_batch(source: TextIO, output: TextIO, handle: Callable[[list[Numbered]], list[dict[str, Any]]],
               done: str, size: int) -> None:
    """As ``each_line``, with up to ``size`` lines handed over at once (one result each, in order)."""
    started = last_report = time.monotonic()
    count = errors = 0
    lines: Iterator[Numbered] = ((line, n) for n, line in enumerate(source, start=1) if line.strip())
    while batch := list(islice(lines, size)):
        for result in handle(batch):
            errors += "error" in result
            output.write(json.dumps(result, ensure_ascii=False) + "\n")
            count += 1
        if time.monotonic() - last_report > 2:  # long runs show progress
            last_report = time.monotonic()
            click.echo(f"{count} {done} ({count / (last_report - started):.0f}/s)", err=True)
    elapsed = time.monotonic() - started
    click.echo(f"{count} {done} in {elapsed:.2f} s" + (f", {errors} with errors" if errors else ""), err=True)
