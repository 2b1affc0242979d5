"""Key rotation: a new key-encryption key wraps every data key, in small transactions while the service
keeps serving, then the old key is retired.

Readers pick the KEK by the id stored with each data key, and a running service re-reads the key
file when it changes, so both keys work throughout. Interrupted, it resumes: a key file holding more
than one key is a rotation not yet finished. With keys from the environment, the administrator adds
the new key first (and removes the old one afterwards); `rotate` does the re-wrapping in between.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindhaven.storage.db import Database
from mindhaven.storage.envelope import KeyConfigError, KeyMissing, new_key
from mindhaven.storage.keyring import ENV_SETTING, Keyring, new_id
from mindhaven.storage.models import DataKey, utcnow
from mindhaven.storage.vault import kek_counts

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class KeyUse:
    kek_id: str
    data_keys: int
    configured: bool
    active: bool  # wraps new data keys


@dataclass(frozen=True)
class Rotation:
    kek_id: str  # the key everything is wrapped by now
    rewrapped: int
    retired: list[str]  # removed from the key file
    resumed: bool
    removable: list[str]  # keys from the environment that now wrap nothing


def key_use(database: Database) -> list[KeyUse]:
    """Every configured KEK, and every KEK named by a data key, with how many data keys it wraps."""
    keyring = database.vault.keys.current()
    with Session(database.engine) as session:
        counts = kek_counts(session)
    ids = keyring.ids + sorted(k for k in counts if keyring.get(k) is None)
    return [KeyUse(k, counts.get(k, 0), keyring.get(k) is not None, k == keyring.active_id) for k in ids]


def rotate(database: Database, batch: int = 100, progress: Progress | None = None, grace: float = 1.0) -> Rotation:
    keys = database.vault.keys
    keyring = keys.current()
    use = key_use(database)
    lost = [u for u in use if not u.configured]
    if lost:
        raise KeyMissing(f"data keys are wrapped by {', '.join(repr(u.kek_id) for u in lost)}, which "
                         f"{keys.describe()} does not have; restore those keys before rotating")
    unfinished = any(u.data_keys for u in use if not u.active) or (len(keyring.ids) > 1 and not keys.from_environment)
    if not unfinished:
        if keys.from_environment:
            raise KeyConfigError(
                f"every data key is already wrapped by {keyring.active_id!r}, the first key in {ENV_SETTING}. To "
                f"rotate: put a new key first there (`mindhaven keys generate` prints one), restart the service, "
                "and run this again")
        keyring = keyring.with_new_first(new_id(), new_key())
        keys.save(keyring)
        time.sleep(grace)  # a running service takes the new first key for new data keys on its next read
    total = sum(u.data_keys for u in key_use(database) if not u.active)
    done = _rewrap_all(database, keyring, total, batch, progress)
    retired, removable = [], []
    old = set(keyring.ids) - {keyring.active_id}
    if keys.from_environment:
        removable = sorted(old)
    elif old:
        keys.save(keyring.without(old))
        retired = sorted(old)
        # A service that wrapped a data key with an old key just before it read the new file: the old
        # keys are still in this process's memory, so re-wrap those too.
        done += _rewrap_all(database, keyring, 0, batch, None)
    return Rotation(keyring.active_id, done, retired, unfinished, removable)


def _rewrap_all(database: Database, keyring: Keyring, total: int, batch: int, progress: Progress | None) -> int:
    done, last = 0, 0
    while True:
        with Session(database.engine) as session, session.begin():
            rows = session.scalars(
                select(DataKey).where(DataKey.kek_id != keyring.active_id, DataKey.id > last)
                .order_by(DataKey.id).limit(batch)
            ).all()
            for row in rows:
                database.vault.rewrap(row, keyring)
                row.rewrapped_at = utcnow()
            count, last = len(rows), rows[-1].id if rows else last
        if not count:
            return done
        done += count
        if progress:
            progress(done, max(total, done))
