"""encryption at rest: data keys, and sealed columns stored as text

Revision ID: 0005_encryption
Revises: 0004

Text and JSON that people wrote, or that was derived from it, becomes a text column holding a
version-prefixed value. Values already stored are marked ``mh0:`` (written before encryption); at
start-up, once a key is available, they are sealed (``mh1:``) one conversation at a time
(storage/seal_existing.py), so after an upgrade no plaintext remains.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_encryption"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> (columns that were JSON, columns that were text)
SEALED_COLUMNS = {
    "conversations": (["pseudonyms"], []),
    "messages": (["risk", "guard"], ["content", "content_redacted"]),
    "escalations": (["signals"], []),
    "safety_plans": (["sections"], []),
}
LEGACY = "mh0:"


def upgrade() -> None:
    op.create_table(
        "data_keys",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("owner_kind", sa.String(16), nullable=False),
        sa.Column("owner_id", sa.String(64), nullable=False),
        sa.Column("kek_id", sa.String(64), nullable=False),
        sa.Column("wrapped_key", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rewrapped_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("owner_kind", "owner_id", name="uq_data_keys_owner"),
    )
    op.create_index("ix_data_keys_kek_id", "data_keys", ["kek_id"])
    for table, (json_columns, text_columns) in SEALED_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in json_columns:
                batch.alter_column(column, type_=sa.Text(), existing_type=sa.JSON(),
                                   postgresql_using=f"{column}::text")
        columns = json_columns + text_columns
        assignments = ", ".join(f"{c} = '{LEGACY}' || {c}" for c in columns)  # NULL stays NULL
        op.execute(f"UPDATE {table} SET {assignments}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM data_keys")).scalar():
        raise RuntimeError(
            "the data is encrypted: going below revision 0005 would leave it unreadable to the older code. "
            "Restore the backup taken before the upgrade instead."
        )
    for table, (json_columns, text_columns) in SEALED_COLUMNS.items():
        columns = json_columns + text_columns
        assignments = ", ".join(f"{c} = substr({c}, {len(LEGACY) + 1})" for c in columns)
        op.execute(f"UPDATE {table} SET {assignments}")
        with op.batch_alter_table(table) as batch:
            for column in json_columns:
                batch.alter_column(column, type_=sa.JSON(), existing_type=sa.Text(),
                                   postgresql_using=f"{column}::json")
    op.drop_index("ix_data_keys_kek_id", table_name="data_keys")
    op.drop_table("data_keys")
