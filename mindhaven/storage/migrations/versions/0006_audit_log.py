"""tamper-evident audit log: a keyed hash chain, and its head

Revision ID: 0006_audit_log
Revises: 0005_encryption

``audit_log`` holds one row per audited event, each carrying the previous entry's hash and its own
(an HMAC, storage/audit.py). ``audit_head`` is a single row: the number of entries and the newest
hash, MACed too; appends serialise on it, and it reveals entries deleted from the end.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_audit_log"
down_revision = "0005_encryption"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(32), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(64), nullable=True),
        sa.Column("detail", sa.String(200), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_log_subject", "audit_log", ["subject"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS, "mac": ""}])


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_index("ix_audit_log_subject", table_name="audit_log")
    op.drop_table("audit_log")
