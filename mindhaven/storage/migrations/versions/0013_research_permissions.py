"""research use of de-identified messages: a person's separate, revocable permission

Revision ID: 0013_research_permissions
Revises: 0012_chat_questionnaires

A row means the person has allowed it, since ``granted_at``; turning it off deletes the row (the audit log
keeps when). No sealed columns.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_research_permissions"
down_revision = "0012_chat_questionnaires"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "research_permissions",
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("research_permissions")
