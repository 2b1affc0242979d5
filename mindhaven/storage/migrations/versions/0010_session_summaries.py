"""session summaries: a model's checked draft and a clinician's signed version

Revision ID: 0010_session_summaries
Revises: 0009_handoffs

Both versions are sealed JSON (the draft is de-identified, the signed one in the clinician's words); the
status, model and times stay in clear for the case page. Created after 0005, so never held plaintext.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_session_summaries"
down_revision = "0009_handoffs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_summaries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("requested_by", sa.String(32), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("model", sa.String(120), nullable=True),
        sa.Column("failure", sa.String(300), nullable=True),
        sa.Column("draft", sa.Text(), nullable=True),
        sa.Column("signed", sa.Text(), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_by", sa.String(32), nullable=True),
        sa.Column("signed_by_name", sa.String(120), nullable=True),
    )
    op.create_index("ix_session_summaries_conversation_id", "session_summaries", ["conversation_id"])


def downgrade() -> None:
    op.drop_index("ix_session_summaries_conversation_id", table_name="session_summaries")
    op.drop_table("session_summaries")
