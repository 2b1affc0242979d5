"""accounts, sign-in sessions, API tokens, staff assignments and consent

Revision ID: 0007_accounts_and_consent
Revises: 0006_audit_log

Conversations stay anonymous unless a person with an account owns one (``owner_account_id``).
Sessions and API tokens store only SHA-256 digests of their secrets.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_accounts_and_consent"
down_revision = "0006_audit_log"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("username", sa.String(120), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        _when("created_at"),
        _when("disabled_at", nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
        _when("locked_until", nullable=True),
        _when("last_login_at", nullable=True),
    )
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.String(32), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        _when("created_at"),
        _when("expires_at"),
        _when("last_seen_at"),
    )
    op.create_index("ix_login_sessions_account_id", "login_sessions", ["account_id"])
    op.create_index("ix_login_sessions_expires_at", "login_sessions", ["expires_at"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("account_id", sa.String(32), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        _when("created_at"),
        _when("last_used_at", nullable=True),
        _when("revoked_at", nullable=True),
    )
    op.create_index("ix_api_tokens_account_id", "api_tokens", ["account_id"])
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("account_id", sa.String(32), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  nullable=False),
        _when("assigned_at"),
        sa.Column("assigned_by", sa.String(32), nullable=False),
        sa.UniqueConstraint("account_id", "conversation_id", name="uq_assignments_pair"),
    )
    op.create_index("ix_assignments_account_id", "assignments", ["account_id"])
    op.create_index("ix_assignments_conversation_id", "assignments", ["conversation_id"])
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(32), sa.ForeignKey("conversations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        _when("given_at"),
        _when("withdrawn_at", nullable=True),
    )
    op.create_index("ix_consents_conversation_id", "consents", ["conversation_id"])
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("owner_account_id", sa.String(32), nullable=True))
        batch.create_foreign_key("fk_conversations_owner", "accounts", ["owner_account_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_conversations_owner_account_id", ["owner_account_id"])


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_index("ix_conversations_owner_account_id")
        batch.drop_constraint("fk_conversations_owner", type_="foreignkey")
        batch.drop_column("owner_account_id")
    for table in ("consents", "assignments", "api_tokens", "login_sessions", "accounts"):
        op.drop_table(table)
