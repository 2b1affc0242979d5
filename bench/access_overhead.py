"""What accounts add: the cost of a sign-in (Argon2id) and of the access check on every request.

    .venv/bin/python bench/access_overhead.py [--requests 300] [--no-write]

Sign-in: hashing a password and verifying it, as `mindhaven accounts create` and `POST /api/auth/login`
do. Requests: `GET /api/conversations/{id}` (a 6-message conversation) through the whole app in
process (FastAPI's TestClient, SQLite, a scripted model that is never called), as anyone holding the
anonymous link, as its owner with an API token, as its owner with a session cookie, and as an
assigned clinician; plus `GET /healthz` as the floor. Milliseconds, p50 / p95, written to
docs/benchmarks.md ("Accounts: sign-in and access checks").
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from _report import machine_info, merge_section, percentile, progress, table  # noqa: E402

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
PASSWORD = "a long enough benchmark passphrase"  # only hashed and verified here


def timed(call, n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def sign_in_costs(n: int = 20) -> dict[str, list[float]]:
    from mindhaven.accounts import passwords

    stored = passwords.hash_password(PASSWORD)
    return {"hash a password (account created)": timed(lambda: passwords.hash_password(PASSWORD), n),
            "verify a password (sign-in)": timed(lambda: passwords.verify(stored, PASSWORD), n)}


def request_costs(n: int) -> dict[str, list[float]]:
    from accounts_helpers import PASSWORD as TEST_PASSWORD
    from accounts_helpers import app_client, database_of, make_account, settings_for
    from conftest import new_conversation

    from mindhaven.storage.assignments import AssignmentRepository

    with tempfile.TemporaryDirectory() as tmp, app_client(settings_for(Path(tmp))) as client:
        database = database_of(client)
        person, clinician = make_account(database, "person"), make_account(database, "clinician")
        anonymous = new_conversation(client)
        owned = new_conversation(client, headers=person.auth)
        AssignmentRepository(database).assign(clinician.id, owned, "bench")
        for cid, headers in ((anonymous, {}), (owned, person.auth)):
            for text in ("I had a long day at work.", "My sister called and we argued again.",
                         "I think I just need to sleep."):
                client.post(f"/api/conversations/{cid}/messages", json={"content": text},
                            headers={"accept": "application/json", **headers})
        client.post("/api/auth/login", json={"username": person.username, "password": TEST_PASSWORD})
        cookie = client.cookies.get("mindhaven_session")
        client.cookies.clear()

        def get(path: str, headers: dict | None = None, cookies: dict | None = None):
            def call():
                if cookies:
                    client.cookies.update(cookies)
                response = client.get(path, headers=headers or {})
                client.cookies.clear()
                assert response.status_code == 200, (path, response.status_code)
            return call

        cases = {
            "GET /healthz (floor)": get("/healthz"),
            "conversation, anonymous link": get(f"/api/conversations/{anonymous}"),
            "conversation, owner's API token": get(f"/api/conversations/{owned}", person.auth),
            "conversation, owner's session cookie": get(f"/api/conversations/{owned}", cookies={"mindhaven_session": cookie}),
            "conversation, assigned clinician": get(f"/api/conversations/{owned}", clinician.auth),
        }
        results = {}
        for name, call in cases.items():
            timed(call, 20)  # warm-up
            progress(f"{name}: {n} requests")
            results[name] = timed(call, n)
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    progress("sign-in: Argon2id hash and verify, 20 each")
    results = {**sign_in_costs(), **request_costs(args.requests)}
    rows = [[name, f"{percentile(t, 0.5):.1f}", f"{percentile(t, 0.95):.1f}", str(len(t))] for name, t in results.items()]
    m = machine_info()
    body = "\n".join([
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']}, {m['os']}, Python {m['python']}; SQLite; "
        f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {os.getloadavg()[0]:.1f}.",
        "",
        table(["what", "p50 ms", "p95 ms", "n"], rows),
    ])
    print(body)
    if not args.no_write:
        merge_section(DOC, "access", "## Accounts: sign-in and access checks",
                      "`bench/access_overhead.py`: the Argon2id cost of a sign-in, and what resolving the caller "
                      "and checking their access adds to a request (the difference from the anonymous link).",
                      body)


if __name__ == "__main__":
    main()
