"""Tables. Schema changes go through an Alembic migration in migrations/versions.

Columns marked "sealed" hold text or JSON encrypted with the owner's data key (storage/vault.py):
nothing a person wrote, or anything derived from it, is stored in clear. Ids, times, levels,
routes, countries and category scores stay in clear for queues and counts.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite gives times back without their zone; every time here is stored in UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


class Base(DeclarativeBase):
    pass


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    locale: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(8))
    # sealed JSON: placeholder -> original value, so names stay consistent across turns
    pseudonyms: Mapped[str] = mapped_column(Text)
    # a person with an account; None for an anonymous conversation, reached only through its private link
    owner_account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True, index=True
    )

    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.id", cascade="all, delete-orphan"
    )


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)  # sealed: what the person wrote or was shown
    content_redacted: Mapped[str] = mapped_column(Text)  # sealed: the same with placeholders, all a model sees
    route: Mapped[str | None] = mapped_column(String(32), nullable=True)
    risk_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    risk: Mapped[str | None] = mapped_column(Text, nullable=True)  # sealed JSON: holds the phrases that matched
    guard: Mapped[str | None] = mapped_column(Text, nullable=True)  # sealed JSON: the output check's findings
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)  # llm, protocol, fallback, human
    # set on a message a supporter or clinician wrote while they had taken the conversation over
    handoff_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    fallback_reason: Mapped[str | None] = mapped_column(String(300), nullable=True)
    interrupted: Mapped[bool] = mapped_column(Boolean, default=False)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class Handoff(Base):
    """A supporter or clinician taking a conversation over from the AI, until they hand it back.

    At most one is open (``ended_at`` NULL) per conversation, enforced by a partial unique index. The staff
    member's name and role are kept as shown to the person, so the record survives their account.
    """

    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True)
    staff_name: Mapped[str] = mapped_column(String(120))
    staff_role: Mapped[str] = mapped_column(String(16))  # supporter or clinician
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ended_by: Mapped[str | None] = mapped_column(String(32), nullable=True)  # an account id, or "unassigned"

    __table_args__ = (
        Index("uq_handoffs_open", "conversation_id", unique=True,
              sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL")),
    )


class SessionSummary(Base):
    """A session summary: the model's checked draft, then the clinician's signed version (summaries/)."""

    __tablename__ = "session_summaries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    requested_by: Mapped[str] = mapped_column(String(32))  # the clinician's account id
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(16))  # drafting, draft, failed, signed
    model: Mapped[str | None] = mapped_column(String(120), nullable=True)
    failure: Mapped[str | None] = mapped_column(String(300), nullable=True)
    draft: Mapped[str | None] = mapped_column(Text, nullable=True)  # sealed JSON: de-identified, as checked
    signed: Mapped[str | None] = mapped_column(Text, nullable=True)  # sealed JSON: the clinician's version
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signed_by_name: Mapped[str | None] = mapped_column(String(120), nullable=True)


class ClinicalNote(Base):
    """A clinician's private note on a case: for the care team, never shown to the person in the app."""

    __tablename__ = "clinical_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    author_account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"),
                                                          nullable=True)
    author_name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    text: Mapped[str] = mapped_column(Text)  # sealed


class ChatQuestionnaire(Base):
    """A questionnaire asked inside the chat, one item at a time (questionnaires/in_chat.py)."""

    __tablename__ = "chat_questionnaires"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    answers: Mapped[str] = mapped_column(Text)  # sealed JSON: item id -> value, so far
    unclear: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # unclear replies in a row
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # completed, stopped, paused, replaced

    __table_args__ = (
        Index("uq_chat_questionnaires_open", "conversation_id", unique=True,
              sqlite_where=text("finished_at IS NULL"), postgresql_where=text("finished_at IS NULL")),
    )


class ResearchPermission(Base):
    """The person allowed their de-identified messages to be used for research (storage/research.py)."""

    __tablename__ = "research_permissions"

    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Escalation(Base):
    """A crisis turn that on-call humans must see; delivered until someone acknowledges it."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    level: Mapped[int] = mapped_column(Integer)
    categories: Mapped[dict] = mapped_column(JSON, default=dict)
    signals: Mapped[str] = mapped_column(Text)  # sealed JSON: de-identified phrases, for the in-app queue
    country: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(32), default="crisis_protocol")  # or "person_asked"
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    last_error: Mapped[str | None] = mapped_column(String(300), nullable=True)


class SafetyPlan(Base):
    """A person's Stanley-Brown safety plan, in their own words, one per conversation."""

    __tablename__ = "safety_plans"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    sections: Mapped[str] = mapped_column(Text)  # sealed JSON: section name -> list of entries
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class MoodCheckIn(Base):
    """How a person felt at one moment. The numbers stay in clear for the mood chart and a caseload; the
    note is in their own words, so it is sealed."""

    __tablename__ = "mood_check_ins"
    __table_args__ = (
        CheckConstraint("mood BETWEEN 0 AND 10", name="ck_mood_check_ins_mood"),
        CheckConstraint("anxiety BETWEEN 0 AND 10", name="ck_mood_check_ins_anxiety"),
        CheckConstraint("sleep_hours BETWEEN 0 AND 24", name="ck_mood_check_ins_sleep_hours"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    mood: Mapped[int] = mapped_column(Integer)  # 0 (worst) to 10 (best)
    sleep_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    anxiety: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 0 (none) to 10 (worst)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)  # sealed


class QuestionnaireResponse(Base):
    """A completed questionnaire (PHQ-9, GAD-7, ...). Each answer is a disclosure, so the answers are
    sealed; the total, band and crisis flag stay in clear for the timeline."""

    __tablename__ = "questionnaire_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))  # an id from mindhaven/instruments: phq9, gad7, phq2, gad2, cssrs-screener
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)  # when it was completed
    answers: Mapped[str] = mapped_column(Text)  # sealed JSON: item id -> value
    total: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None while incomplete, or no total (C-SSRS)
    band: Mapped[str | None] = mapped_column(String(32), nullable=True)  # e.g. "moderate"
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(16))  # form, chat, fhir_import


class DataKey(Base):
    """A data key, wrapped by a key-encryption key. One per owner: today a conversation (people are
    anonymous); an account can own one later. Deleting it makes the owner's sealed data unreadable."""

    __tablename__ = "data_keys"
    __table_args__ = (UniqueConstraint("owner_kind", "owner_id", name="uq_data_keys_owner"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    owner_kind: Mapped[str] = mapped_column(String(16))  # "conversation"
    owner_id: Mapped[str] = mapped_column(String(64))
    kek_id: Mapped[str] = mapped_column(String(64), index=True)  # which key-encryption key wraps it
    wrapped_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    rewrapped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AuditEntry(Base):
    """One audited event: a read of personal data, an escalation, an admin action. Never message text.
    Chained: ``hash`` is an HMAC over the fields and ``prev_hash`` (storage/audit.py)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601, UTC: hashed exactly as stored
    actor: Mapped[str] = mapped_column(String(32))  # person, staff-token, system, delivery, cli
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # a conversation id
    detail: Mapped[str] = mapped_column(String(200))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's head (one row, id 1): entry count and newest hash, MACed. Appends lock it."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class Account(Base):
    """Someone who signs in: a person seeking support, a peer supporter, a clinician or an admin."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)  # stored lower-case
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # person, supporter, clinician, admin
    password_hash: Mapped[str] = mapped_column(String(200))  # Argon2id, with its own salt and parameters
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginSession(Base):
    """A signed-in browser. The id is the SHA-256 of the cookie's token: a dump cannot be replayed."""

    __tablename__ = "login_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiToken(Base):
    """A bearer token for an integration, acting as its account. Only the SHA-256 of the secret is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Assignment(Base):
    """A supporter or clinician looking after a conversation: staff see only what is assigned to them."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("account_id", "conversation_id", name="uq_assignments_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    assigned_by: Mapped[str] = mapped_column(String(32))  # the admin's account id, or the clinician's own


class Consent(Base):
    """Consent to a version of the consent text for one conversation; withdrawal stops processing."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    version: Mapped[str] = mapped_column(String(32))
    given_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
