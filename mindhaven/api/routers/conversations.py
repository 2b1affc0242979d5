"""Conversations: create one, send a message (reply streamed as Server-Sent Events), read history."""

from __future__ import annotations

import threading

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool, iterate_in_threadpool

from mindhaven.api.access import ConversationAccess, may_read, may_start, may_use
from mindhaven.api.auth import Principal
from mindhaven.api.deps import get_app_settings, get_pipeline
from mindhaven.api.schemas import (
    ConversationCreate,
    ConversationOut,
    ConversationWithMessages,
    ErrorOut,
    MessageIn,
    MessageOut,
    TurnOut,
)
from mindhaven.api.streaming import turn_events
from mindhaven.config import Settings
from mindhaven.consent.terms import CURRENT_VERSION
from mindhaven.turn.pipeline import TurnPipeline
from mindhaven.turn.receive import InvalidMessage, parse_locale
from mindhaven.turn.types import ConversationState, IncomingMessage, RiskLevel, TurnDone

router = APIRouter(prefix="/api/conversations", tags=["conversations"])
ERRORS = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ConversationOut, responses=ERRORS)
def create_conversation(
    body: ConversationCreate | None = None,
    pipeline: TurnPipeline = Depends(get_pipeline),
    settings: Settings = Depends(get_app_settings),
    principal: Principal = Depends(may_start),
) -> ConversationOut:
    """Start a conversation. Signed in as a person, it is theirs alone; otherwise its id is its only key."""
    body = body or ConversationCreate()
    if body.consent_version != CURRENT_VERSION:
        raise InvalidMessage(
            "consent_required",
            "A conversation starts only with the person's consent: show them the terms from GET /api/consent "
            f"and, once they agree, send that version as consent_version (currently \"{CURRENT_VERSION}\").",
        )
    defaults = ConversationState("", settings.default_locale, settings.default_country, [], {})
    locale, country = parse_locale(body.locale, body.country, defaults)
    conversation = pipeline.repository.create_conversation(locale, country, body.consent_version, principal.actor,
                                                           principal.account_id)
    return ConversationOut(**vars(conversation))


@router.get("/{conversation_id}", response_model=ConversationWithMessages, responses=ERRORS)
def read_conversation(conversation_id: str, pipeline: TurnPipeline = Depends(get_pipeline),
                      access: ConversationAccess = Depends(may_read)):
    conversation = pipeline.repository.get_conversation(conversation_id)
    messages = [message_out(m) for m in pipeline.repository.messages(conversation_id, actor=access.actor)]
    return ConversationWithMessages(**vars(conversation), messages=messages)


def message_out(m) -> MessageOut:
    return MessageOut(
        id=m.id, role=m.role, content=m.content, created_at=m.created_at, route=m.route, source=m.source,
        risk_level=RiskLevel(m.risk_level).label if m.risk_level is not None else None,
    )


@router.post(
    "/{conversation_id}/messages",
    responses={
        **ERRORS,
        200: {
            "description": "The reply. By default a stream of Server-Sent Events: `token` events "
            "({\"text\": ...}) as the checked reply arrives, then one `done` event with the full turn "
            "(route, risk, guard). With `Accept: application/json`, the whole turn as one JSON object.",
            "content": {"text/event-stream": {}, "application/json": {"schema": TurnOut.model_json_schema()}},
        },
        409: {"model": ErrorOut, "description": "Not processed: consent was never given, or was withdrawn."},
        413: {"model": ErrorOut},
    },
)
async def send_message(
    conversation_id: str, body: MessageIn, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
    _: ConversationAccess = Depends(may_use),
):
    cancel = threading.Event()
    incoming = IncomingMessage(conversation_id, body.content, body.locale, body.country)
    events = await run_in_threadpool(pipeline.run, incoming, cancel)  # validation errors raise here
    if "application/json" in request.headers.get("accept", "") and "text/event-stream" not in request.headers.get(
        "accept", ""
    ):
        result = None
        async for event in iterate_in_threadpool(events):
            if isinstance(event, TurnDone):
                result = event.result
        return JSONResponse(result.as_dict() if result else {})
    return StreamingResponse(
        turn_events(events, cancel),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
