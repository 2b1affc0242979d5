"""Live handoff: an assigned supporter or clinician takes a conversation over from the AI, writes to the person,
and hands it back. Both sides see the other's messages live (Server-Sent Events).

While a human holds the conversation the AI says nothing (turn/route.py); the crisis protocol still answers
high risk with verified lines and still raises an escalation. Taking over, handing back, and every opening of
a live view are audited.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from mindhaven.api.access import ConversationAccess, may_read, may_read_case
from mindhaven.api.deps import get_database, get_pipeline, read_form
from mindhaven.api.routers.console import render_case
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, render_page
from mindhaven.api.schemas import ErrorOut
from mindhaven.api.streaming import SSE_HEADERS, polled_events, sse
from mindhaven.handoff.labels import human_label, speaker
from mindhaven.handoff.staff_messages import write_to_person
from mindhaven.storage.audit import AuditLog
from mindhaven.storage.handoffs import HandoffConflict, HandoffRecord, HandoffRepository, StaffMember
from mindhaven.storage.repository import MessageRecord, Repository
from mindhaven.turn.pipeline import TurnPipeline
from mindhaven.turn.receive import InvalidMessage
from mindhaven.turn.types import RiskLevel

router = APIRouter(tags=["handoff"])
POLL_SECONDS = 0.5
CONFLICT = {409: {"model": ErrorOut, "description": "Someone else holds the conversation, or no one does."}}
EVENTS = {200: {"content": {"text/event-stream": {}}}}


class HandoffOut(BaseModel):
    active: bool
    label: str | None = None  # e.g. "Sam Rivera (clinician)", as the person sees it
    staff_role: str | None = None
    started_at: datetime | None = None
    yours: bool = False


class StaffMessageIn(BaseModel):
    content: str = Field(max_length=16_000)
    ai_assisted: bool = False  # the person is told the reply was written with AI help


class StaffMessageOut(BaseModel):
    id: int


def staff_member(access: ConversationAccess) -> StaffMember:
    account = access.principal.account
    return StaffMember(account.id, account.display_name, access.principal.role.value, access.actor)


def handoff_out(record: HandoffRecord | None, account_id: str | None = None) -> HandoffOut:
    if record is None or record.ended_at is not None:
        return HandoffOut(active=False)
    return HandoffOut(active=True, label=human_label(record.staff_name, record.staff_role),
                      staff_role=record.staff_role, started_at=record.started_at,
                      yours=account_id is not None and record.account_id == account_id)


def message_data(m: MessageRecord) -> dict[str, Any]:
    return {"id": m.id, "role": m.role, "speaker": speaker(m.role, m.author, you="Person"), "text": m.content,
            "created_at": m.created_at.isoformat(), "route": m.route, "source": m.source,
            "human": m.author is not None,
            "risk_level": RiskLevel(m.risk_level).label if m.risk_level is not None else None}


# --- staff: take over, write, hand back --------------------------------------------------


@router.get("/api/cases/{case_id}/handoff", response_model=HandoffOut)
def case_handoff(request: Request, access: ConversationAccess = Depends(may_read_case)) -> HandoffOut:
    """Who, if anyone, has taken this case's conversation over from the AI."""
    current = HandoffRepository(get_database(request)).current(access.conversation_id)
    return handoff_out(current, access.principal.account.id)


@router.post("/api/cases/{case_id}/handoff", response_model=HandoffOut, responses=CONFLICT)
def take_over(request: Request, access: ConversationAccess = Depends(may_read_case)) -> HandoffOut:
    """Take the conversation over: the AI stops replying and the person sees who has joined. Audited."""
    record = HandoffRepository(get_database(request)).take_over(access.conversation_id, staff_member(access))
    return handoff_out(record, access.principal.account.id)


@router.delete("/api/cases/{case_id}/handoff", response_model=HandoffOut, responses=CONFLICT)
def hand_back(request: Request, access: ConversationAccess = Depends(may_read_case)) -> HandoffOut:
    """Hand the conversation back: the AI replies again from the person's next message. Audited."""
    HandoffRepository(get_database(request)).hand_back(access.conversation_id, staff_member(access))
    return HandoffOut(active=False)


@router.post("/api/cases/{case_id}/messages", status_code=status.HTTP_201_CREATED, response_model=StaffMessageOut,
             responses={**CONFLICT, 422: {"model": ErrorOut}})
def write(body: StaffMessageIn, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
          access: ConversationAccess = Depends(may_read_case)) -> StaffMessageOut:
    """Write to the person while holding the conversation; they see it within a second."""
    message_id = write_to_person(pipeline, HandoffRepository(get_database(request)), access.conversation_id,
                                 staff_member(access), body.content, body.ai_assisted)
    return StaffMessageOut(id=message_id)


# --- live views ------------------------------------------------------------------------


@router.get("/api/cases/{case_id}/events", response_class=StreamingResponse, responses=EVENTS)
async def case_events(request: Request, after: int | None = Query(None, ge=0),
                      max_seconds: float = Query(300.0, gt=0, le=3600),
                      access: ConversationAccess = Depends(may_read_case)) -> StreamingResponse:
    """``message`` events for every new message in the case (the person's, the AI's, a human's) and a
    ``handoff`` event whenever who holds it changes, starting with the current state."""
    return await _live(request, access, after, max_seconds, everything=True)


@router.get("/api/conversations/{conversation_id}/events", response_class=StreamingResponse, responses=EVENTS)
async def conversation_events(request: Request, after: int | None = Query(None, ge=0),
                              max_seconds: float = Query(300.0, gt=0, le=3600),
                              access: ConversationAccess = Depends(may_read)) -> StreamingResponse:
    """For the person's page: a ``handoff`` event when a human joins or leaves (the current state first), and
    a ``message`` event for each message that human writes. The AI's replies come with the person's own turn."""
    return await _live(request, access, after, max_seconds, everything=False)


async def _live(request: Request, access: ConversationAccess, after: int | None, max_seconds: float,
                everything: bool) -> StreamingResponse:
    database = get_database(request)
    repository: Repository = request.app.state.pipeline.repository
    last_seen = request.headers.get("last-event-id", "")
    if last_seen.isdigit():
        after = int(last_seen)
    elif after is None:
        after = await run_in_threadpool(repository.latest_message_id, access.conversation_id)
    await run_in_threadpool(AuditLog(database).record, access.actor, "read_messages_live", access.conversation_id,
                            f"after message {after}")
    poll = _poll(repository, HandoffRepository(database), access, after, everything)
    return StreamingResponse(polled_events(request, poll, max_seconds, POLL_SECONDS),
                             media_type="text/event-stream", headers=SSE_HEADERS)


def _poll(repository: Repository, handoffs: HandoffRepository, access: ConversationAccess, after: int,
          everything: bool):
    account_id = access.principal.account.id if access.principal.account else None
    shown: list[HandoffOut | None] = [None]  # what the viewer was last told about the handoff

    def poll() -> list[str]:
        nonlocal after
        frames = []
        state = handoff_out(handoffs.current(access.conversation_id), account_id)
        if state != shown[0]:
            shown[0] = state
            frames.append(sse("handoff", state.model_dump(mode="json")))
        for m in repository.messages_after(access.conversation_id, after):
            after = m.id
            if everything or m.author is not None:
                frames.append(f"id: {m.id}\n" + sse("message", message_data(m)))
        return frames

    return poll


# --- the console's forms (the same actions without script) -----------------------------


def _back_to_case(case_id: int) -> RedirectResponse:
    return RedirectResponse(f"/console/cases/{case_id}#live", status_code=303)


@router.post("/console/cases/{case_id}/handoff", include_in_schema=False)
def take_over_form(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case)) -> Response:
    return _form_action(request, access, case_id, take_over)


@router.post("/console/cases/{case_id}/handback", include_in_schema=False)
def hand_back_form(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case)) -> Response:
    return _form_action(request, access, case_id, hand_back)


def _form_action(request: Request, access: ConversationAccess, case_id: int, action) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    action(request, access)
    return _back_to_case(case_id)


@router.post("/console/cases/{case_id}/messages", include_in_schema=False)
async def write_form(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case)) -> Response:
    """Without script: a refused message comes back in the box with the reason."""
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    form = await read_form(request)
    content = form.get("content", "")
    try:
        await run_in_threadpool(write_to_person, request.app.state.pipeline, HandoffRepository(get_database(request)),
                                access.conversation_id, staff_member(access), content, form.get("ai_assisted") == "1")
    except (InvalidMessage, HandoffConflict) as refused:
        return await run_in_threadpool(render_case, request, case_id, access, draft=content, error=str(refused),
                                       status_code=409 if isinstance(refused, HandoffConflict) else 422)
    return _back_to_case(case_id)
