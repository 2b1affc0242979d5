"""Help for a supporter or clinician writing to a person they have taken over from the AI: flags on their draft
while they type, and on request a more empathic rewrite (supporter_assist/). They choose what to send; a message
sent after taking a suggestion is marked, and the person is told it was written with AI help."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from mindhaven.api.access import ConversationAccess, may_read_case
from mindhaven.api.deps import get_pipeline
from mindhaven.supporter_assist.rewrite import ReplyAssistant, build_reply_assistant
from mindhaven.supporter_assist.types import Flag
from mindhaven.turn.pipeline import TurnPipeline

router = APIRouter(tags=["handoff"])


class DraftIn(BaseModel):
    draft: str = Field(max_length=4000)


class FlagsOut(BaseModel):
    flags: list[dict[str, Any]]


class SuggestionOut(BaseModel):
    suggestion: str | None  # None when none is offered: ``why_not`` says why
    why_not: str
    flags: list[dict[str, Any]]
    model: str


def flag_data(flag: Flag) -> dict[str, Any]:
    return {"kind": flag.kind.value, "start": flag.start, "end": flag.end, "phrase": flag.phrase,
            "reason": flag.reason, "suggestion": flag.suggestion, "gentle": flag.gentle}


def reply_assistant(request: Request, pipeline: TurnPipeline) -> ReplyAssistant:
    """One per app, wired as a live turn is (the same model, analyzer, assessor and directory)."""
    assistant = getattr(request.app.state, "reply_assistant", None)
    if assistant is None or assistant.backend is not pipeline.backend:
        assistant = build_reply_assistant(pipeline.backend, pipeline.finder, pipeline.assessor, pipeline.allowed)
        request.app.state.reply_assistant = assistant
    return assistant


@router.post("/api/cases/{case_id}/reply-help/flags", response_model=FlagsOut)
def flags(body: DraftIn, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
          access: ConversationAccess = Depends(may_read_case)) -> FlagsOut:
    """Phrasing worth a second look in a draft (minimising, advice, judging, secrecy, diagnosing, identifiers)
    and a risk cue in the person's latest messages that the draft does not address. Fast: no model."""
    person = pipeline.repository.load_state(access.conversation_id).own_words
    return FlagsOut(flags=[flag_data(f) for f in reply_assistant(request, pipeline).flags(body.draft, person)])


@router.post("/api/cases/{case_id}/reply-help/rewrite", response_model=SuggestionOut)
async def rewrite(body: DraftIn, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                  access: ConversationAccess = Depends(may_read_case)) -> SuggestionOut:
    """A more empathic rewrite of the draft, de-identified on the way to the model and checked on the way back;
    up to a minute on a CPU. The draft and the person's words are never stored by this."""
    state = await run_in_threadpool(pipeline.repository.load_state, access.conversation_id)
    assistant = reply_assistant(request, pipeline)
    suggestion = await run_in_threadpool(assistant.suggest, body.draft, state.own_words, state.pseudonyms,
                                         state.locale)
    return SuggestionOut(suggestion=suggestion.text, why_not=suggestion.why_not, model=suggestion.model,
                         flags=[flag_data(f) for f in suggestion.flags_on_draft])
