"""The in-app escalation queue for on-call humans, and a person asking for one.

Clinicians see every open escalation but its phrases and case only once it is theirs (assigned, or
taken with ``claim``); supporters see only escalations in conversations assigned to them; admins see
levels, countries and times, never the content. Staff never see a conversation's id (for an anonymous
person it is their private link): they reach it as their case, /api/cases/{case_id}.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from mindhaven.accounts.roles import AccountRole
from mindhaven.api.access import ConversationAccess, clinician_only, may_use, staff_only, staff_or_admin
from mindhaven.api.auth import Principal
from mindhaven.api.deps import get_database, humans_on_call
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.escalations import EscalationNotFound, EscalationRecord, EscalationRepository
from mindhaven.turn.types import RiskLevel

router = APIRouter(prefix="/api/escalations", tags=["escalations"])


class EscalationOut(BaseModel):
    id: int
    case_id: int | None = Field(description="your case for this conversation (/api/cases/{case_id}); null until "
                                "it is assigned to you")
    created_at: datetime
    level: str
    categories: dict[str, float]
    signals: list[dict[str, Any]] | None = Field(
        description="the phrases that drove the level; null if not yours to see, or if they could not be "
        "decrypted (the alert still stands)")
    country: str
    reason: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    delivery_attempts: int
    delivered_at: datetime | None
    last_error: str | None
    yours: bool = Field(description="the conversation is assigned to you")


class Acknowledgement(BaseModel):
    by: str = Field("", max_length=120, examples=["on-call clinician, J. Okafor"],
                    description="who is acting; default: your display name")


def get_repository(request: Request) -> EscalationRepository:
    return EscalationRepository(get_database(request))


def to_out(e: EscalationRecord, case_id: int | None = None) -> EscalationOut:
    yours = case_id is not None
    return EscalationOut(
        id=e.id, case_id=case_id, created_at=e.created_at,
        level=RiskLevel(e.level).label, categories=e.categories, signals=e.signals if yours else None,
        country=e.country, reason=e.reason, acknowledged_at=e.acknowledged_at, acknowledged_by=e.acknowledged_by,
        delivery_attempts=e.attempts, delivered_at=e.delivered_at, last_error=e.last_error, yours=yours,
    )


@router.get("", response_model=list[EscalationOut])
def open_escalations(request: Request, principal: Principal = Depends(staff_or_admin),
                     repository: EscalationRepository = Depends(get_repository)) -> list[EscalationOut]:
    """Unacknowledged escalations, most severe and then oldest first."""
    cases = AssignmentRepository(get_database(request)).cases_of(principal.account.id)
    shown = []
    for e in repository.open(actor=principal.actor):
        if principal.role == AccountRole.SUPPORTER and e.conversation_id not in cases:
            continue
        shown.append(to_out(e, cases.get(e.conversation_id)))
    return shown


@router.post("/{escalation_id}/claim", response_model=EscalationOut)
def claim(escalation_id: int, request: Request, principal: Principal = Depends(clinician_only),
          repository: EscalationRepository = Depends(get_repository)) -> EscalationOut:
    """Take an escalation: its conversation is assigned to you (audited), so you can read it and respond."""
    escalation = _find(repository, escalation_id, principal)
    case = AssignmentRepository(get_database(request)).assign(principal.account.id,
                                                                     escalation.conversation_id, principal.actor)
    return to_out(escalation, case.case_id)


@router.post("/{escalation_id}/acknowledge", response_model=EscalationOut)
def acknowledge(escalation_id: int, request: Request, body: Acknowledgement | None = None,
                principal: Principal = Depends(staff_only),
                repository: EscalationRepository = Depends(get_repository)) -> EscalationOut:
    """A human has seen it and is acting: stop re-sending. Only someone the conversation is assigned to."""
    escalation = _find(repository, escalation_id, principal)
    case_id = AssignmentRepository(get_database(request)).cases_of(principal.account.id).get(
        escalation.conversation_id)
    if case_id is None:
        raise HTTPException(403, "Take this escalation first (POST .../claim), or ask an admin to assign it to you.")
    by = (body.by if body else "").strip() or principal.account.display_name
    return to_out(repository.acknowledge(escalation_id, by, actor=principal.actor), case_id)


def _find(repository: EscalationRepository, escalation_id: int, principal: Principal) -> EscalationRecord:
    try:
        return repository.get(escalation_id, actor=principal.actor)
    except EscalationNotFound:
        raise HTTPException(404, "There is no escalation with that id.") from None


class PersonRequested(BaseModel):
    escalation_id: int
    message: str


person_router = APIRouter(tags=["conversations"])


@person_router.post("/api/conversations/{conversation_id}/ask-for-a-person", status_code=201,
                    response_model=PersonRequested)
def ask_for_a_person(conversation_id: str, request: Request,
                     access: ConversationAccess = Depends(may_use)) -> PersonRequested:
    """The person wants a human: queue an escalation (delivered like a crisis alert)."""
    if not humans_on_call(request):
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
