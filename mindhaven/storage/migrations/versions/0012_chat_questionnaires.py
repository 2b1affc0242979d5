"""questionnaires asked inside the chat, one item at a time

Revision ID: 0012_chat_questionnaires
Revises: 0011_clinical_notes

The answers so far are sealed; at most one is open (finished_at NULL) per conversation. Once completed its
result is stored in questionnaire_responses like a form's (source "chat").
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_chat_questionnaires"
down_revision = "0011_clinical_notes"
branch_labels = None
depends_on = None

OPEN = sa.text("finished_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "chat_questionnaires",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("instrument", sa.String(32), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("unclear", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
    )
    op.create_index("ix_chat_questionnaires_conversation_id", "chat_questionnaires", ["conversation_id"])
    op.create_index("uq_chat_questionnaires_open", "chat_questionnaires", ["conversation_id"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)


def downgrade() -> None:
    op.drop_index("uq_chat_questionnaires_open", table_name="chat_questionnaires")
    op.drop_index("ix_chat_questionnaires_conversation_id", table_name="chat_questionnaires")
    op.drop_table("chat_questionnaires")
