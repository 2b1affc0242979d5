"""Data keys: one per owner (today a conversation), wrapped by the keyring's first key-encryption key,
unwrapped when needed and kept in memory briefly. A Cipher seals and opens one owner's values, each
bound to its table, column and row."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from mindhaven.storage.envelope import (
    DamagedValue,
    KeyMissing,
    WrongKey,
    binding,
    new_key,
    open_sealed,
    seal,
    unwrap,
    wrap,
)
from mindhaven.storage.keyring import Keyring, KeySource
from mindhaven.storage.models import DataKey

CONVERSATION = "conversation"
CACHE_LIMIT = 10_000


def short(row_id: object) -> str:
    """A row id fit for messages and logs: conversation ids are private links, so only a prefix."""
    text = str(row_id)
    return text[:8] + "…" if len(text) > 12 else text


@dataclass(frozen=True)
class Cipher:
    """Seals and opens the values of one owner with its data key."""

    owner_id: str
    key: bytes = field(repr=False)

    def seal(self, table: str, column: str, row_id: object, text: str | None) -> str | None:
        if text is None:
            return None
        return seal(self.key, text.encode("utf-8"), binding(table, column, self.owner_id, row_id))

    def open(self, table: str, column: str, row_id: object, stored: str | None) -> str | None:
        if stored is None:
            return None
        where = f"{table}.{column} of row {short(row_id)}"
        return open_sealed(self.key, stored, binding(table, column, self.owner_id, row_id), where).decode("utf-8")

    def seal_json(self, table: str, column: str, row_id: object, value: Any) -> str | None:
        return None if value is None else self.seal(table, column, row_id, json.dumps(value, ensure_ascii=False))

    def open_json(self, table: str, column: str, row_id: object, stored: str | None) -> Any:
        text = self.open(table, column, row_id, stored)
        return None if text is None else json.loads(text)


class Vault:
    def __init__(self, keys: KeySource, cache_seconds: float = 60.0):
        self.keys, self.cache_seconds = keys, cache_seconds
        self._cache: dict[tuple[str, str], tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    def create(self, session: Session, owner_id: str, kind: str = CONVERSATION) -> Cipher:
        """A new data key for the owner, added to the session's transaction."""
        keyring = self.keys.current()
        data_key = new_key()
        wrapped = wrap(keyring.active_key, data_key, _wrapping(kind, owner_id, keyring.active_id))
        session.add(DataKey(owner_kind=kind, owner_id=owner_id, kek_id=keyring.active_id, wrapped_key=wrapped))
        # Not cached: the transaction may still fail, and a cached key that never reached the
        # database would seal data no one could open.
        return Cipher(owner_id, data_key)

    def cipher(self, session: Session, owner_id: str, kind: str = CONVERSATION) -> Cipher:
        """The owner's Cipher; KeyMissing or WrongKey if its data key cannot be had."""
        cipher = self.find(session, owner_id, kind)
        if cipher is None:
            raise KeyMissing(f"{kind} {short(owner_id)} has no data key, so its sealed data cannot be read "
                             "(it may have been erased)")
        return cipher

    def find(self, session: Session, owner_id: str, kind: str = CONVERSATION) -> Cipher | None:
        """The owner's Cipher, or None if it has no data key; WrongKey or KeyMissing (for its KEK) if
        its data key cannot be opened."""
        with self._lock:
            expires, key = self._cache.get((kind, owner_id), (0.0, b""))
        if expires > time.monotonic():
            return Cipher(owner_id, key)
        row = session.scalar(select(DataKey).where(DataKey.owner_kind == kind, DataKey.owner_id == owner_id))
        if row is None:
            return None
        key = self.unwrap(row)
        self._remember((kind, owner_id), key)
        return Cipher(owner_id, key)

    def unwrap(self, row: DataKey, keyring: Keyring | None = None) -> bytes:
        """Open a data key with the KEK its row names (readers pick the KEK by id)."""
        keyring = keyring or self.keys.current()
        kek = keyring.get(row.kek_id)
        if kek is None:
            raise KeyMissing(f"data key {row.id} is wrapped by the key-encryption key {row.kek_id!r}, which is not in "
                             f"{self.keys.describe()}; nothing was changed")
        try:
            associated = _wrapping(row.owner_kind, row.owner_id, row.kek_id)
            return unwrap(kek, row.wrapped_key, associated, f"data key {row.id}")
        except DamagedValue:
            raise WrongKey(f"the key-encryption key {row.kek_id!r} from {self.keys.describe()} does not open data key "
                           f"{row.id}: the key is wrong or the wrapped key is damaged; nothing was changed") from None

    def rewrap(self, row: DataKey, keyring: Keyring) -> None:
        """Wrap the row's data key with the keyring's first KEK (the data key itself does not change)."""
        data_key = self.unwrap(row, keyring)
        row.wrapped_key = wrap(keyring.active_key, data_key, _wrapping(row.owner_kind, row.owner_id, keyring.active_id))
        row.kek_id = keyring.active_id

    def check(self, engine: Engine) -> None:
        """At start-up: every KEK the data keys name is configured and opens them. A KEK that opens
        none of (up to) five of its data keys is wrong; one damaged data key does not stop the service."""
        keyring = self.keys.current()
        with Session(engine) as session:
            in_use = kek_counts(session)
            missing = {kek_id: n for kek_id, n in in_use.items() if keyring.get(kek_id) is None}
            if missing:
                listed = ", ".join(f"{k!r} ({n} data keys)" for k, n in sorted(missing.items()))
                raise KeyMissing(f"the database holds data keys wrapped by {listed}, which {self.keys.describe()} "
                                 f"does not have (it has {', '.join(map(repr, keyring.ids))}); restore the key from "
                                 "your backup. Nothing was changed.")
            for kek_id in in_use:
                rows = session.scalars(select(DataKey).where(DataKey.kek_id == kek_id).order_by(DataKey.id).limit(5))
                if not any(self._opens(row, keyring) for row in rows):
                    raise WrongKey(f"the key-encryption key {kek_id!r} in {self.keys.describe()} is wrong: it opens "
                                   "none of the data keys stored under its id. Restore the right key from your "
                                   "backup; nothing was changed.")

    def forget(self, owner_id: str | None = None, kind: str = CONVERSATION) -> None:
        """Drop one owner's cached data key (after erasure), or every cached key."""
        with self._lock:
            if owner_id is None:
                self._cache.clear()
            else:
                self._cache.pop((kind, owner_id), None)

    def _opens(self, row: DataKey, keyring: Keyring) -> bool:
        try:
            self.unwrap(row, keyring)
        except WrongKey:
            return False
        return True

    def _remember(self, owner: tuple[str, str], key: bytes) -> None:
        if self.cache_seconds <= 0:
            return
        with self._lock:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[owner] = (time.monotonic() + self.cache_seconds, key)


def kek_counts(session: Session) -> dict[str, int]:
    """KEK id -> how many data keys it wraps."""
    return dict(session.execute(select(DataKey.kek_id, func.count()).group_by(DataKey.kek_id)).all())


def _wrapping(kind: str, owner_id: str, kek_id: str) -> bytes:
    return binding("data_keys", kind, owner_id, kek_id)
