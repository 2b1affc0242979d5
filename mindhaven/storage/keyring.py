"""Key-encryption keys (KEKs): an ordered ring of id -> 32-byte key, from a key file or the environment.

The first key wraps new data keys; the others are kept only to open data keys that have not been
re-wrapped yet (`mindhaven keys rotate` re-wraps them, then drops the old key). One format for both
places: ``<id>:<base64 of 32 bytes>`` entries, one a line in the file (``#`` starts a comment), or
separated by commas in MINDHAVEN_ENCRYPTION__KEYS.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mindhaven.storage.envelope import KEY_BYTES, KeyConfigError, KeyMissing, new_key

log = logging.getLogger(__name__)

ENV_SETTING = "MINDHAVEN_ENCRYPTION__KEYS"
FILE_SETTING = "MINDHAVEN_ENCRYPTION__KEY_FILE"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
HEADER = """\
# MindHaven key-encryption keys. Without this file the stored conversations cannot be read:
# back it up now, and keep the copy apart from database backups (a dump plus this file is plaintext).
# One key a line, <id>:<base64 of 32 bytes>. The first key wraps new data keys; later keys are
# only read, until `mindhaven keys rotate` has re-wrapped everything they wrap and removes them.
"""


@dataclass(frozen=True)
class Keyring:
    entries: tuple[tuple[str, bytes], ...]  # first wraps new data keys
    source: str  # where the keys came from, for messages

    @property
    def active_id(self) -> str:
        return self.entries[0][0]

    @property
    def active_key(self) -> bytes:
        return self.entries[0][1]

    @property
    def ids(self) -> list[str]:
        return [kek_id for kek_id, _ in self.entries]

    def get(self, kek_id: str) -> bytes | None:
        return dict(self.entries).get(kek_id)

    def with_new_first(self, kek_id: str, key: bytes) -> Keyring:
        return Keyring(((kek_id, key), *self.entries), self.source)

    def without(self, kek_ids: set[str]) -> Keyring:
        return Keyring(tuple(e for e in self.entries if e[0] not in kek_ids or e[0] == self.active_id), self.source)

    def __repr__(self) -> str:  # never show key bytes
        return f"Keyring(ids={self.ids}, source={self.source!r})"


def parse(text: str, source: str) -> Keyring:
    """The keyring in ``text``; KeyConfigError naming the source and entry (never the key) if invalid."""
    lines = (line.split("#", 1)[0] for line in text.splitlines())
    items = [item for line in lines for item in re.split(r"[\s,]+", line) if item]
    entries: list[tuple[str, bytes]] = []
    for n, item in enumerate(items, 1):
        kek_id, sep, encoded = item.partition(":")
        if not sep or not _ID.fullmatch(kek_id):
            raise KeyConfigError(f"{source}: entry {n} is not '<id>:<base64 key>' (ids use letters, digits, . _ -)")
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise KeyConfigError(f"{source}: key {kek_id!r} is not valid base64") from None
        if len(key) != KEY_BYTES:
            raise KeyConfigError(f"{source}: key {kek_id!r} is {len(key)} bytes; AES-256 needs {KEY_BYTES}")
        if any(kek_id == seen for seen, _ in entries):
            raise KeyConfigError(f"{source}: key id {kek_id!r} appears twice")
        entries.append((kek_id, key))
    if not entries:
        raise KeyConfigError(f"{source} holds no key")
    return Keyring(tuple(entries), source)


def entry(kek_id: str, key: bytes) -> str:
    return f"{kek_id}:{base64.b64encode(key).decode('ascii')}"


def new_id() -> str:
    return f"kek-{date.today():%Y%m%d}-{secrets.token_hex(3)}"


_PROCESS_KEY = (f"process-{secrets.token_hex(4)}", new_key())


class KeySource:
    """Where the keyring comes from. A key file is read again when it changes, so a running service
    sees the keys that `mindhaven keys rotate` writes."""

    def __init__(self, key_file: Path, env_keys: str = ""):
        self.key_file, self._env = Path(key_file), env_keys.strip()
        self._lock = threading.Lock()
        self._loaded: Keyring | None = None
        self._signature: tuple[int, int, int] | None = None
        self._name = ENV_SETTING if self._env else f"the key file {self.key_file} ({FILE_SETTING})"

    @classmethod
    def from_settings(cls, settings) -> KeySource:
        return cls(settings.key_file, settings.encryption.keys.get_secret_value())

    @classmethod
    def for_this_process(cls) -> KeySource:
        """For an in-memory database, which lives exactly as long as the process: a key made for the
        process, never written anywhere."""
        source = cls(Path(), entry(*_PROCESS_KEY))
        source._name = "the key made for this process's in-memory database"
        return source

    @property
    def from_environment(self) -> bool:
        return bool(self._env)

    def describe(self) -> str:
        return self._name

    def load(self) -> Keyring | None:
        """The keyring, or None when no key is configured and the key file does not exist."""
        if self._env:
            self._loaded = self._loaded or parse(self._env, self._name)
            return self._loaded
        with self._lock:
            try:
                stat = self.key_file.stat()
                signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
                if signature != self._signature:
                    text = self.key_file.read_text(encoding="utf-8")
                    self._loaded, self._signature = parse(text, self._name), signature
                    if stat.st_mode & 0o077:
                        log.warning("the key file %s can be read by other users: chmod 600 it", self.key_file)
            except FileNotFoundError:
                pass  # removed while running: keep the keys already in memory (None if there were none)
            except (OSError, UnicodeDecodeError) as exc:
                raise KeyConfigError(f"cannot read the key file {self.key_file} ({FILE_SETTING}): "
                                     f"{type(exc).__name__}") from None
            return self._loaded

    def current(self) -> Keyring:
        keyring = self.load()
        if keyring is None:
            raise KeyMissing(f"no key-encryption key: {self.describe()} does not exist")
        return keyring

    def create(self) -> Keyring:
        """A fresh install's first key, in a new file only this user can read. Never overwrites: if
        another process created the file first, its keys are used."""
        if self._env:
            return self.current()
        self.key_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        keyring = Keyring(((new_id(), new_key()),), self._name)
        try:
            fd = os.open(self.key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return self.current()
        _write(fd, keyring)
        log.warning("created a new key-encryption key in %s: back this file up; without it the stored "
                    "conversations cannot be read", self.key_file)
        return self.current()

    def save(self, keyring: Keyring) -> None:
        """Replace the key file atomically (mode 0600)."""
        if self._env:
            raise KeyConfigError(f"the keys come from {self._name}, not a key file: change them there")
        temporary = self.key_file.with_name(f".{self.key_file.name}.{os.getpid()}.tmp")
        _write(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), keyring)
        os.replace(temporary, self.key_file)
        directory = os.open(self.key_file.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        self.load()


def _write(fd: int, keyring: Keyring) -> None:
    """Write the keyring to the open file and flush it to disk."""
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(HEADER + "".join(entry(kek_id, key) + "\n" for kek_id, key in keyring.entries))
        f.flush()
        os.fsync(f.fileno())
