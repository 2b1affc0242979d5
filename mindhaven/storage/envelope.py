"""AES-256-GCM envelope encryption: values are sealed with a data key, data keys are wrapped with a
key-encryption key (KEK).

Every stored value carries a version prefix:

    mh1:<base64(nonce || ciphertext || tag)>   format 1: AES-256-GCM, 96-bit random nonce
    mh0:<text>                                 written before encryption existed (migration 0005 marks
                                               such values); sealed at start-up and never read as is

The associated data names where a value lives (table, column, owner, row), so a value copied into
another row or column fails authentication instead of being read as if it belonged there.
Error messages name places and key ids only: never a key, never plaintext.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SEALED = "mh1:"
LEGACY = "mh0:"
KEY_BYTES = 32
NONCE_BYTES = 12


class EncryptionError(Exception):
    """Stored data cannot be read or written with the keys at hand. Nothing was changed."""

    code = "stored_data_unreadable"
    status = 500


class KeyMissing(EncryptionError):
    """A key-encryption key that the data needs is not configured, or a data key is gone."""

    code = "encryption_key_missing"
    status = 503


class WrongKey(EncryptionError):
    """A key-encryption key is configured under the right id but does not open what it wrapped."""

    code = "encryption_key_wrong"
    status = 503


class KeyConfigError(EncryptionError):
    """The key file or MINDHAVEN_ENCRYPTION__KEYS cannot be used as it is."""

    code = "encryption_key_invalid"
    status = 503


class DamagedValue(EncryptionError):
    """A stored value is corrupt, was altered, or was moved from another row or column."""

    code = "stored_data_damaged"


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def binding(*parts: object) -> bytes:
    """Associated data: the parts joined unambiguously (none may contain the separator)."""
    text = [str(p) for p in parts]
    if any("\x1f" in p for p in text):
        raise ValueError("associated data parts must not contain \\x1f")
    return "\x1f".join(["mindhaven", *text]).encode()


def seal(key: bytes, plaintext: bytes, associated: bytes) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, plaintext, associated)
    return SEALED + base64.b64encode(nonce + sealed).decode("ascii")


def open_sealed(key: bytes, stored: str, associated: bytes, where: str) -> bytes:
    """The plaintext of a format-1 value; DamagedValue if it is not one or fails authentication."""
    if not isinstance(stored, str) or not stored.startswith(SEALED):
        kind = "a value written before encryption" if isinstance(stored, str) and stored.startswith(LEGACY) else (
            "not an encrypted value")
        raise DamagedValue(f"{where} is {kind}; it was left as it is")
    try:
        raw = base64.b64decode(stored[len(SEALED):], validate=True)
    except (binascii.Error, ValueError):
        raise DamagedValue(f"{where} is corrupt (not valid base64); it was left as it is") from None
    if len(raw) < NONCE_BYTES + 16:
        raise DamagedValue(f"{where} is corrupt (too short); it was left as it is")
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], associated)
    except InvalidTag:
        raise DamagedValue(
            f"{where} failed authentication: it is corrupt, was altered, or was moved from another row; "
            "it was left as it is"
        ) from None


def wrap(kek: bytes, data_key: bytes, associated: bytes) -> str:
    return seal(kek, data_key, associated)


def unwrap(kek: bytes, wrapped: str, associated: bytes, where: str) -> bytes:
    """The data key; DamagedValue if the KEK is wrong or the wrapped key is corrupt (GCM cannot tell
    them apart: callers that can, say which)."""
    key = open_sealed(kek, wrapped, associated, where)
    if len(key) != KEY_BYTES:
        raise DamagedValue(f"{where} does not hold a {KEY_BYTES}-byte key")
    return key
