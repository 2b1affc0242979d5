"""What encryption at rest adds to a turn: sealing in the store stage, opening when the history loads.

    .venv/bin/python bench/encryption_overhead.py [--turns 300] [--postgres URL] [--baseline DIR]

Runs the two repository calls every turn makes: ``load_state`` (history, the person's own words and
the pseudonym map, opened) on conversations with 0, 20 and 100 earlier messages, and ``append`` (a
user message with its risk assessment and a reply with its output-check report, and the pseudonym
map, sealed). Times in milliseconds, p50 / p95, on a fresh SQLite file (or a fresh PostgreSQL
database created next to --postgres URL). "cached" is the default (unwrapped data keys kept in memory
for 60 s); "uncached" unwraps the data key on every call.

--baseline DIR runs the same calls with the code before encryption in a subprocess, for comparison:
    git archive <commit before encryption> | tar -x -C DIR
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HISTORY = (0, 20, 100)
USER = ("I'm [PERSON_1] and lately the evenings after work feel endless; I keep replaying the argument with "
        "my sister and can't sleep before my shift at the hospital.")
REPLY = ("That sounds exhausting, carrying the argument with you into the night. It makes sense that sleep is "
         "hard when your mind keeps going back over it. What usually helps you wind down, even a little, after "
         "a long shift? If it would help, we could think through what you might want to say to her.")
RISK = {"level": "low", "categories": {"distress": 0.25}, "top_category": "distress",
        "signals": [{"category": "distress", "level": "low", "phrase": "can't sleep", "source": "lexicon"}]}
GUARD = {"blocked": False, "findings": [], "rewrites": []}
PSEUDONYMS = {"[PERSON_1]": "Anna Kowalski", "[LOCATION_1]": "Leeds General Infirmary"}


def percentiles(samples: list[float]) -> list[float]:
    ordered = sorted(samples)
    return [round(statistics.median(ordered), 3), round(ordered[int(0.95 * (len(ordered) - 1))], 3)]


def open_repository(url: str, data_dir: str, cache_seconds: float):
    from mindhaven.storage.repository import Repository

    try:
        from mindhaven.storage.db import open_database
    except ImportError:  # the code before encryption
        from mindhaven.storage.db import engine_for

        return Repository(engine_for(url))
    from mindhaven.config import Settings

    settings = Settings(data_dir=data_dir, database_url=url, encryption={"data_key_cache_seconds": cache_seconds})
    return Repository(open_database(settings))


def measure(url: str, turns: int, cache_seconds: float) -> dict[str, list[float]]:
    from mindhaven.storage.repository import NewMessage
    from mindhaven.turn.types import Role

    def turn_messages():
        return [NewMessage(Role.USER, USER.replace("[PERSON_1]", "Anna Kowalski"), USER, risk_level=1, risk=RISK),
                NewMessage(Role.ASSISTANT, REPLY, REPLY, route="supportive", guard=GUARD, source="llm")]

    with tempfile.TemporaryDirectory() as data_dir:
        repository = open_repository(url, data_dir, cache_seconds)
        results = {}
        for length in HISTORY:
            conversations = [repository.create_conversation("en", "GB").id for _ in range(20)]
            for cid in conversations:
                for _ in range(length // 2):
                    repository.append(cid, turn_messages(), PSEUDONYMS)
            times = []
            for i in range(turns):
                started = time.perf_counter()
                repository.load_state(conversations[i % len(conversations)])
                times.append((time.perf_counter() - started) * 1000)
            results[f"load_state, {length} earlier messages"] = percentiles(times)
        scratch = [repository.create_conversation("en", "GB").id for _ in range(20)]
        times = []
        for i in range(turns):
            started = time.perf_counter()
            repository.append(scratch[i % len(scratch)], turn_messages(), PSEUDONYMS)
            times.append((time.perf_counter() - started) * 1000)
        results["append (store stage)"] = percentiles(times)
        repository.engine.dispose()
    return results


def fresh_database(postgres: str | None, workdir: str) -> tuple[str, callable]:
    if not postgres:
        return f"sqlite:///{workdir}/{uuid.uuid4().hex}.db", lambda: None
    from sqlalchemy import create_engine, text

    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))

    return postgres.rsplit("/", 1)[0] + "/" + name, drop


def run(args, label: str, cache_seconds: float, baseline: str | None = None) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as workdir:
        url, drop = fresh_database(args.postgres, workdir)
        try:
            command = [sys.executable, __file__, "--worker", url, "--turns", str(args.turns),
                       "--cache-seconds", str(cache_seconds), *(["--code", baseline] if baseline else [])]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        finally:
            drop()
    print(f"  measured: {label}", file=sys.stderr)
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--postgres", default=None, help="an admin URL; a fresh database is made beside it")
    parser.add_argument("--baseline", default=None, help="a checkout of the code before encryption")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cache-seconds", type=float, default=60.0, help=argparse.SUPPRESS)
    parser.add_argument("--code", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.code:  # import mindhaven from there, not from the editable install
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in getattr(f, "__module__", "")]
        sys.path.insert(0, args.code)
    if args.worker:
        print(json.dumps(measure(args.worker, args.turns, args.cache_seconds)))
        return
    columns = {}
    if args.baseline:
        columns["before encryption"] = run(args, "before encryption", 0, str(Path(args.baseline).resolve()))
    columns["encrypted, cached"] = run(args, "encrypted, data keys cached", 60)
    columns["encrypted, uncached"] = run(args, "encrypted, no data key cache", 0)
    database = "PostgreSQL" if args.postgres else "SQLite"
    print(f"{database}, {args.turns} calls each; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}; ms p50 / p95")
    names = list(columns)
    print("| call | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for row in next(iter(columns.values())):
        print(f"| {row} | " + " | ".join("{:.2f} / {:.2f}".format(*columns[n][row]) for n in names) + " |")


if __name__ == "__main__":
    main()
