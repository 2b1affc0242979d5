"""mood check-ins and questionnaire results

Revision ID: 0008_check_ins_questionnaires
Revises: 0007_accounts_and_consent

Both belong to a conversation and go with it. A check-in's mood, sleep and anxiety stay in clear (the
mood chart, a caseload); its note is sealed. A questionnaire's answers are sealed (each one is a
disclosure); its total, band and crisis flag stay in clear for the timeline. Created after 0005, so the
sealed columns are text from the start and never held plaintext.
"""

import sqlalchemy as sa
from alembic import op

# Shorter than the file name: alembic_version.version_num holds at most 32 characters on PostgreSQL.
revision = "0008_check_ins_questionnaires"
down_revision = "0007_accounts_and_consent"
branch_labels = None
depends_on = None


def _conversation() -> sa.Column:
    return sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "mood_check_ins",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _conversation(),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("anxiety", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("mood BETWEEN 0 AND 10", name="ck_mood_check_ins_mood"),
        sa.CheckConstraint("anxiety BETWEEN 0 AND 10", name="ck_mood_check_ins_anxiety"),
        sa.CheckConstraint("sleep_hours BETWEEN 0 AND 24", name="ck_mood_check_ins_sleep_hours"),
    )
    op.create_index("ix_mood_check_ins_conversation_id", "mood_check_ins", ["conversation_id"])
    op.create_table(
        "questionnaire_responses",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _conversation(),
        sa.Column("instrument", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("band", sa.String(32), nullable=True),
        sa.Column("crisis", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_index("ix_questionnaire_responses_conversation_id", "questionnaire_responses", ["conversation_id"])


def downgrade() -> None:
    op.drop_index("ix_questionnaire_responses_conversation_id", table_name="questionnaire_responses")
    op.drop_table("questionnaire_responses")
    op.drop_index("ix_mood_check_ins_conversation_id", table_name="mood_check_ins")
    op.drop_table("mood_check_ins")
