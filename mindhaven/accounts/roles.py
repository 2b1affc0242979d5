"""The four roles. A person seeking support may also chat without any account."""

from __future__ import annotations

from enum import StrEnum


class AccountRole(StrEnum):
    PERSON = "person"  # seeking support; owns their conversations
    SUPPORTER = "supporter"  # peer supporter: sees only conversations assigned to them
    CLINICIAN = "clinician"  # sees only assigned conversations; may take an open escalation
    ADMIN = "admin"  # manages accounts and assignments; reads a conversation only with a recorded reason


STAFF = frozenset({AccountRole.SUPPORTER, AccountRole.CLINICIAN})


def parse_role(value: str) -> AccountRole:
    try:
        return AccountRole(value.strip().lower())
    except ValueError:
        raise ValueError(f"unknown role {value!r}: choose one of {', '.join(r.value for r in AccountRole)}") from None
