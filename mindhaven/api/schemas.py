"""Request and response bodies of the JSON API."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class ConversationCreate(BaseModel):
    locale: str | None = Field(None, examples=["en-GB"], description="language and, optionally, region")
    country: str | None = Field(None, examples=["GB"], description="ISO 3166 code; chooses crisis resources")
    consent_version: str | None = Field(
        None, max_length=32, examples=["2026-11-26"],
        description="the version of the terms (GET /api/consent) the person agreed to; required",
    )


class MessageIn(BaseModel):
    content: str = Field(..., examples=["I've had a rough week and can't sleep."])
    locale: str | None = None
    country: str | None = None


class MessageOut(BaseModel):
    id: int
    role: str
    content: str
    created_at: datetime
    route: str | None = None
    risk_level: str | None = None
    source: str | None = None


class ConversationOut(BaseModel):
    id: str
    created_at: datetime
    locale: str
    country: str


class ConversationWithMessages(ConversationOut):
    messages: list[MessageOut]


class TurnOut(BaseModel):
    conversation_id: str
    user_message_id: int
    reply_message_id: int | None
    reply: str
    route: str
    risk: dict[str, Any]
    guard: dict[str, Any]
    source: str
    fallback_reason: str | None


class ResourceOut(BaseModel):
    name: str
    description: str
    kind: str
    phone: str | None = None
    text: str | None = None
    url: str | None = None
    hours: str | None = None


class ResourcesOut(BaseModel):
    country: str
    country_name: str
    emergency: str
    resources: list[ResourceOut]


class ErrorOut(BaseModel):
    code: str
    message: str
