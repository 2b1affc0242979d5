"""private clinical notes on a case

Revision ID: 0011_clinical_notes
Revises: 0010_session_summaries

A note's text is sealed with the conversation's data key; its author and time stay in clear. Notes are
added, never edited: a correction is a new note, as in a paper record.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_clinical_notes"
down_revision = "0010_session_summaries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinical_notes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("author_account_id", sa.String(32), sa.ForeignKey("accounts.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("author_name", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_clinical_notes_conversation_id", "clinical_notes", ["conversation_id"])


def downgrade() -> None:
    op.drop_index("ix_clinical_notes_conversation_id", table_name="clinical_notes")
    op.drop_table("clinical_notes")
