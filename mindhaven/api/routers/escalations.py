"""The in-app escalation queue for on-call humans (bearer token until accounts and roles exist)."""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from mindhaven.api.deps import get_app_settings
from mindhaven.config import Settings
from mindhaven.storage.escalations import EscalationNotFound, EscalationRecord, EscalationRepository
from mindhaven.turn.types import RiskLevel

router = APIRouter(prefix="/api/escalations", tags=["escalations"])


class EscalationOut(BaseModel):
    id: int
    conversation_id: str
    created_at: datetime
    level: str
    categories: dict[str, float]
    signals: list[dict[str, Any]] | None = Field(
        description="the phrases that drove the level; null if they could not be decrypted (the alert still stands)")
    country: str
    reason: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    delivery_attempts: int
    delivered_at: datetime | None
    last_error: str | None


class Acknowledgement(BaseModel):
    by: str = Field(..., min_length=1, max_length=120, examples=["on-call clinician, J. Okafor"])


def require_staff(request: Request, settings: Settings = Depends(get_app_settings)) -> None:
    expected = settings.escalation.staff_api_token
    if not expected:
        raise HTTPException(403, "The escalation queue is disabled: set MINDHAVEN_ESCALATION__STAFF_API_TOKEN.")
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "A valid staff bearer token is required.")


def get_repository(request: Request) -> EscalationRepository:
    return EscalationRepository(request.app.state.pipeline.repository.database)


def to_out(e: EscalationRecord) -> EscalationOut:
    return EscalationOut(
        id=e.id, conversation_id=e.conversation_id, created_at=e.created_at, level=RiskLevel(e.level).label,
        categories=e.categories, signals=e.signals, country=e.country, reason=e.reason,
        acknowledged_at=e.acknowledged_at,
        acknowledged_by=e.acknowledged_by, delivery_attempts=e.attempts, delivered_at=e.delivered_at,
        last_error=e.last_error,
    )


@router.get("", response_model=list[EscalationOut], dependencies=[Depends(require_staff)])
def open_escalations(repository: EscalationRepository = Depends(get_repository)) -> list[EscalationOut]:
    """Unacknowledged escalations, most severe and then oldest first."""
    return [to_out(e) for e in repository.open()]


@router.post("/{escalation_id}/acknowledge", response_model=EscalationOut, dependencies=[Depends(require_staff)])
def acknowledge(
    escalation_id: int, body: Acknowledgement, repository: EscalationRepository = Depends(get_repository)
) -> EscalationOut:
    """A human has seen it and is acting: stop re-sending."""
    try:
        return to_out(repository.acknowledge(escalation_id, body.by))
    except EscalationNotFound:
        raise HTTPException(404, "There is no escalation with that id.") from None


class PersonRequested(BaseModel):
    escalation_id: int
    message: str


person_router = APIRouter(tags=["conversations"])


@person_router.post("/api/conversations/{conversation_id}/ask-for-a-person", status_code=201,
                    response_model=PersonRequested)
def ask_for_a_person(conversation_id: str, request: Request,
                     settings: Settings = Depends(get_app_settings)) -> PersonRequested:
    """The person wants a human: queue an escalation (delivered like a crisis alert)."""
    if not settings.escalation.humans_on_call:
        raise HTTPException(503, "No one from a support team is connected to this service. "
                                 "If you need to talk to someone now, please use the crisis lines under 'Get help now'.")
    conversation = request.app.state.pipeline.repository.get_conversation(conversation_id)
    try:
        escalation = get_repository(request).request_human(conversation_id, conversation.country)
    except EscalationNotFound:
        raise HTTPException(422, "Write a message first, so the person who joins knows where to start.") from None
    return PersonRequested(
        escalation_id=escalation.id,
        message="Thank you. The support team has been asked to join this conversation. It may take a while; "
        "if you are in danger now, please call your local emergency number.",
    )
