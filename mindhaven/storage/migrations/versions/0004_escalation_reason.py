"""escalation reason

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.add_column(sa.Column("reason", sa.String(32), nullable=False, server_default="crisis_protocol"))


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.drop_column("reason")
