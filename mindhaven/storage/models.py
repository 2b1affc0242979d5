"""Tables. Schema changes go through an Alembic migration in migrations/versions."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    locale: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(8))
    # placeholder -> original value, so names stay consistent across turns
    pseudonyms: Mapped[dict] = mapped_column(JSON, default=dict)

    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.id", cascade="all, delete-orphan"
    )


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)  # what the person wrote or was shown
    content_redacted: Mapped[str] = mapped_column(Text)  # the same with placeholders: all a model ever sees
    route: Mapped[str | None] = mapped_column(String(32), nullable=True)
    risk_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    risk: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    guard: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)  # llm, protocol, fallback
    fallback_reason: Mapped[str | None] = mapped_column(String(300), nullable=True)
    interrupted: Mapped[bool] = mapped_column(Boolean, default=False)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class Escalation(Base):
    """A crisis turn that on-call humans must see; delivered until someone acknowledges it."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    level: Mapped[int] = mapped_column(Integer)
    categories: Mapped[dict] = mapped_column(JSON, default=dict)
    signals: Mapped[list] = mapped_column(JSON, default=list)  # de-identified phrases, for the in-app queue
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
    sections: Mapped[dict] = mapped_column(JSON, default=dict)  # section name -> list of entries
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
