"""conversations and messages

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("pseudonyms", sa.JSON(), nullable=False),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_redacted", sa.Text(), nullable=False),
        sa.Column("route", sa.String(32), nullable=True),
        sa.Column("risk_level", sa.Integer(), nullable=True),
        sa.Column("risk", sa.JSON(), nullable=True),
        sa.Column("guard", sa.JSON(), nullable=True),
        sa.Column("source", sa.String(16), nullable=True),
        sa.Column("fallback_reason", sa.String(300), nullable=True),
        sa.Column("interrupted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_messages_conversation_id", "messages", ["conversation_id"])


def downgrade() -> None:
    op.drop_index("ix_messages_conversation_id", table_name="messages")
    op.drop_table("messages")
    op.drop_table("conversations")
