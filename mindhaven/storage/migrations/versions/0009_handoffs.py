"""live handoff: a supporter or clinician takes a conversation over from the AI

Revision ID: 0009_handoffs
Revises: 0008_check_ins_questionnaires

A handoff row says who took over and when, and when and by whom it was handed back; a partial unique
index allows one open handoff per conversation. Messages a human wrote point at their handoff, so each
is attributable to a staff member. No sealed columns: the staff member's name is not the person's data.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_handoffs"
down_revision = "0008_check_ins_questionnaires"
branch_labels = None
depends_on = None

OPEN = sa.text("ended_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("account_id", sa.String(32), sa.ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True),
        sa.Column("staff_name", sa.String(120), nullable=False),
        sa.Column("staff_role", sa.String(16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by", sa.String(32), nullable=True),
    )
    op.create_index("ix_handoffs_conversation_id", "handoffs", ["conversation_id"])
    op.create_index("uq_handoffs_open", "handoffs", ["conversation_id"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)
    op.add_column("messages", sa.Column("handoff_id", sa.Integer(), nullable=True))
    op.create_index("ix_messages_handoff_id", "messages", ["handoff_id"])


def downgrade() -> None:
    op.drop_index("ix_messages_handoff_id", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("handoff_id")
    op.drop_index("uq_handoffs_open", table_name="handoffs")
    op.drop_index("ix_handoffs_conversation_id", table_name="handoffs")
    op.drop_table("handoffs")
