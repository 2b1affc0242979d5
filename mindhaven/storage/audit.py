"""Tamper-evident audit log: who read personal data, escalations, admin actions.

Each entry's ``hash`` is HMAC-SHA256 over a canonical encoding of its fields and the previous entry's
hash. The HMAC key is a data key (owner kind "audit") wrapped by the key-encryption keyring like every
conversation's, so someone who can write to the database but lacks the key file cannot recompute the
chain; key rotation re-wraps it with the rest, and the chain stays verifiable. The head row
(``audit_head``: entry count and newest hash, MACed) is updated in the same transaction as every
append and serialises appends across worker processes; it reveals entries deleted from the end.

Limits: a restored *older* copy of the whole database (or an old head row put back together with
deleting the entries after it) looks consistent; keep ``mindhaven audit head`` output somewhere else
to compare. Anyone holding the key file can rewrite the chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.models import AuditEntry, AuditHead, DataKey, utcnow
from mindhaven.storage.vault import Vault

GENESIS = "0" * 64
AUDIT = "audit"
CHAIN = "chain"


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: str
    actor: str
    action: str
    subject: str | None
    detail: str


def _key(session: Session, vault: Vault, create: bool) -> bytes | None:
    """The chain's HMAC key (cached by the vault on the append path). Verifying asks the database
    whether the key row still exists, so a deleted key is reported even while cached."""
    if not create and session.scalar(select(DataKey.id).where(DataKey.owner_kind == AUDIT,
                                                              DataKey.owner_id == CHAIN)) is None:
        return None
    cipher = vault.find(session, CHAIN, kind=AUDIT)
    if cipher is None:
        return vault.create(session, CHAIN, kind=AUDIT).key if create else None
    return cipher.key


def _entry_hash(key: bytes, seq: int, at: str, actor: str, action: str, subject: str | None, detail: str,
                prev_hash: str) -> str:
    canonical = json.dumps([1, seq, at, actor, action, subject, detail, prev_hash], ensure_ascii=True,
                           separators=(",", ":"))
    return hmac.new(key, b"entry|" + canonical.encode(), hashlib.sha256).hexdigest()


def _head_mac(key: bytes, seq: int, last_hash: str) -> str:
    return hmac.new(key, f"head|{seq}|{last_hash}".encode(), hashlib.sha256).hexdigest()


def record(session: Session, vault: Vault, actor: str, action: str, subject: str | None = None,
           detail: str = "") -> int:
    """Append an entry within the caller's transaction (it commits or rolls back with the caller's
    work). Locks the head row first, so concurrent appends from any process form one chain."""
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    key = _key(session, vault, create=True)
    at = utcnow().isoformat(timespec="microseconds")
    actor, action, detail = actor[:32], action[:40], detail[:200]
    digest = _entry_hash(key, head.seq, at, actor, action, subject, detail, head.hash)
    session.add(AuditEntry(seq=head.seq, at=at, actor=actor, action=action, subject=subject,
                           detail=detail, prev_hash=head.hash, hash=digest))
    session.flush()
    mac = _head_mac(key, head.seq, digest)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest, mac=mac))
    return head.seq


class AuditLog:
    """Append from outside a transaction (CLI actions), show, and verify."""

    def __init__(self, database: Database):
        self.vault = database.vault
        self._session = session_factory(database.engine)

    def record(self, actor: str, action: str, subject: str | None = None, detail: str = "") -> int:
        with self._session.begin() as session:
            return record(session, self.vault, actor, action, subject, detail)

    def show(self, subject: str | None = None, limit: int = 50) -> list[AuditRecord]:
        """The newest entries (optionally about one subject), oldest of them first."""
        with self._session() as session:
            query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
            if subject:
                query = query.where(AuditEntry.subject == subject)
            rows = list(session.scalars(query))
        return [AuditRecord(r.seq, r.at, r.actor, r.action, r.subject, r.detail) for r in reversed(rows)]

    def head(self) -> tuple[int, str]:
        with self._session() as session:
            head = session.get(AuditHead, 1)
            return head.seq, head.hash

    def verify(self) -> tuple[int, list[str]]:
        """(entries checked, problems). No problems means every entry is as written, in order, with
        none inserted or deleted (within the limits in the module docstring)."""
        problems: list[str] = []
        with self._session() as session:
            key = _key(session, self.vault, create=False)
            head = session.get(AuditHead, 1)
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
            expected, prev, count, last_seq = 1, GENESIS, 0, 0
            for row in rows:
                count += 1
                if key is None:
                    problems.append(f"entry {row.seq}: the chain's key is missing, so no entry can be trusted "
                                    "(its data key was deleted)")
                    break
                if row.seq > expected:
                    gap = f"{expected}" if row.seq == expected + 1 else f"{expected}-{row.seq - 1}"
                    problems.append(f"entries {gap} are missing (deleted) before entry {row.seq}")
                elif row.seq < expected:  # cannot happen with seq as primary key, kept for safety
                    problems.append(f"entry {row.seq} is out of order (inserted or reordered)")
                if row.prev_hash != prev:
                    problems.append(f"entry {row.seq}: broken link, it does not follow the entry before it "
                                    "(an entry was deleted, inserted or reordered here)")
                actual = _entry_hash(key, row.seq, row.at, row.actor, row.action, row.subject, row.detail,
                                     row.prev_hash)
                if not hmac.compare_digest(actual, row.hash):
                    problems.append(f"entry {row.seq}: its contents do not match its hash "
                                    "(edited, or inserted without the key)")
                prev, expected, last_seq = row.hash, row.seq + 1, row.seq
            if head is None:
                problems.append("the chain head is missing")
            elif head.seq == 0 and not head.mac:  # never appended to, as far as the head says
                if count or key is not None:
                    problems.append("the chain head was reset to empty, but entries were written "
                                    f"({count} remain)")
            elif key is None or not hmac.compare_digest(_head_mac(key, head.seq, head.hash), head.mac):
                problems.append("the chain head was edited: its MAC does not match")
            else:
                if head.seq > last_seq:
                    gap = f"{head.seq}" if head.seq == last_seq + 1 else f"{last_seq + 1}-{head.seq}"
                    problems.append(f"entries {gap} at the end are missing (deleted): the head records "
                                    f"{head.seq} entries, the newest left is {last_seq}")
                elif head.seq < last_seq:
                    problems.append(f"entries after {head.seq} were added after the head (inserted at the end)")
                elif head.hash != prev:
                    problems.append(f"entry {last_seq} is not the one the head records (replaced)")
        return count, problems
