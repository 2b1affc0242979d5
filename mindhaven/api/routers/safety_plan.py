"""The safety plan: a person fills in and revisits their Stanley-Brown plan (API and web page)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from mindhaven.api.access import ConversationAccess, may_read, may_use
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.routers.web import is_cross_site, not_found_page, render_page
from mindhaven.safety_plan.sections import KEYS, MAX_ENTRIES, MAX_ENTRY_CHARS, SECTIONS
from mindhaven.safety_plan.validate import clean_sections
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.storage.safety_plans import SafetyPlanRepository
from mindhaven.turn.receive import InvalidMessage

router = APIRouter(tags=["safety plan"])


class SafetyPlanBody(BaseModel):
    sections: dict[str, list[str]]


class SafetyPlanOut(SafetyPlanBody):
    conversation_id: str
    updated_at: datetime | None
    section_titles: dict[str, str]


def _repository(request: Request) -> SafetyPlanRepository:
    return SafetyPlanRepository(get_database(request))


def plan_out(record) -> SafetyPlanOut:
    return SafetyPlanOut(
        conversation_id=record.conversation_id,
        sections={k: record.sections.get(k, []) for k in KEYS},
        updated_at=record.updated_at,
        section_titles={s.key: s.title for s in SECTIONS},
    )


@router.get("/api/conversations/{conversation_id}/safety-plan", response_model=SafetyPlanOut)
def read_plan(conversation_id: str, request: Request,
              access: ConversationAccess = Depends(may_read)) -> SafetyPlanOut:
    return plan_out(_repository(request).get(conversation_id, actor=access.actor))


@router.put("/api/conversations/{conversation_id}/safety-plan", response_model=SafetyPlanOut)
def save_plan(conversation_id: str, body: SafetyPlanBody, request: Request,
              access: ConversationAccess = Depends(may_use)) -> SafetyPlanOut:
    return plan_out(_repository(request).save(conversation_id, clean_sections(body.sections), actor=access.actor))


@router.get("/c/{conversation_id}/safety-plan", response_class=HTMLResponse, include_in_schema=False)
def plan_page(conversation_id: str, request: Request, saved: bool = False,
              access: ConversationAccess = Depends(may_use)) -> HTMLResponse:
    try:
        plan = _repository(request).get(conversation_id, actor=access.actor)
        country = request.app.state.pipeline.repository.get_conversation(conversation_id).country
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link, so there is no plan to show.")
    return _page(request, conversation_id, country, plan.sections, saved=saved)


@router.post("/c/{conversation_id}/safety-plan", response_class=HTMLResponse, include_in_schema=False)
async def plan_form(conversation_id: str, request: Request,
                    access: ConversationAccess = Depends(may_use)) -> Response:
    if is_cross_site(request):
        return HTMLResponse("Forms can only be sent from MindHaven's own pages.", status_code=403)
    form = await read_form(request)
    raw = {key: form.get(key, "") for key in KEYS}
    try:
        _repository(request).save(conversation_id, clean_sections(raw), actor=access.actor)
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link.")
    except InvalidMessage as exc:
        country = request.app.state.pipeline.repository.get_conversation(conversation_id).country
        drafts = {k: v.splitlines() for k, v in raw.items()}
        return _page(request, conversation_id, country, drafts, error=str(exc), status_code=422)
    return RedirectResponse(f"/c/{conversation_id}/safety-plan?saved=1", status_code=303)


def _page(request, conversation_id, country, sections, saved=False, error=None, status_code=200) -> HTMLResponse:
    return render_page(
        request,
        "safety_plan.html",
        {
            "conversation_id": conversation_id,
            "country": country,
            "plan_sections": SECTIONS,
            "values": {k: "\n".join(sections.get(k, [])) for k in KEYS},
            "saved": saved,
            "error": error,
            "max_entries": MAX_ENTRIES,
            "max_entry_chars": MAX_ENTRY_CHARS,
        },
        status_code=status_code,
    )
