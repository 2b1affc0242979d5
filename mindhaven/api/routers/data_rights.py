"""A person's rights over their data: download everything (JSON or a readable HTML file), erase it, and allow
or refuse research use of their de-identified messages (API, and the "Your data" web page)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BaseModel

from mindhaven.api.access import ConversationAccess, may_erase, may_read, may_use
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, not_found_page, render_page
from mindhaven.storage.erasure import REASON_PATTERN, InvalidReason, erase_conversation
from mindhaven.storage.export import export_conversation, render_readable
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.storage.research import ResearchRepository

router = APIRouter(tags=["your data"])
PERSON_REQUEST = "person_request"


class ErasureBody(BaseModel):
    reason: str | None = None


ExportFormat = Literal["json", "html"]  # anything else is refused with 422 before a handler runs


def download(data: dict, format: ExportFormat, name: str) -> Response:
    """An export as a file to save: JSON, or a self-contained HTML page to read or print."""
    disposition = {"Content-Disposition": f'attachment; filename="mindhaven-{name}.{format}"'}
    if format == "html":
        return HTMLResponse(render_readable(data), headers=disposition)
    return Response(json.dumps(data, ensure_ascii=False, indent=2), media_type="application/json", headers=disposition)


@router.get("/api/conversations/{conversation_id}/export")
def export(conversation_id: str, request: Request, format: ExportFormat = "json",
           access: ConversationAccess = Depends(may_erase)) -> Response:
    """Everything stored about the conversation, opened: JSON, or with ``format=html`` a readable file."""
    data = export_conversation(get_database(request), conversation_id, actor=access.actor)
    return download(data, format, conversation_id[:8])


@router.delete("/api/conversations/{conversation_id}", status_code=204)
def erase(conversation_id: str, request: Request, body: ErasureBody | None = None,
          reason: str | None = None, access: ConversationAccess = Depends(may_erase)) -> Response:
    """Erase the conversation and everything derived from it; its key is destroyed, so no copy can be read.
    ``reason`` (body or query) is a short code kept in the audit log."""
    # A query ``reason`` that is not a code is an admin's access reason (X-Access-Reason's alternative),
    # which the access guard records itself: it must not fail the erasure or reach the erasure's entry.
    if reason is not None and not REASON_PATTERN.match(reason):
        reason = None
    try:
        erase_conversation(get_database(request), conversation_id, access.actor,
                           (body.reason if body else None) or reason or PERSON_REQUEST)
    except InvalidReason as exc:
        return JSONResponse({"error": {"code": "invalid_reason", "message": str(exc)}}, status_code=422)
    return Response(status_code=204)


class ResearchUse(BaseModel):
    allowed: bool
    since: datetime | None = None


@router.get("/api/conversations/{conversation_id}/research", response_model=ResearchUse)
def research_use(conversation_id: str, request: Request, access: ConversationAccess = Depends(may_read)) -> ResearchUse:
    """Whether the person allowed their de-identified messages to be used for research (off unless they did)."""
    since = ResearchRepository(get_database(request)).allowed_since(conversation_id)
    return ResearchUse(allowed=since is not None, since=since)


@router.put("/api/conversations/{conversation_id}/research", response_model=ResearchUse)
def set_research_use(conversation_id: str, body: ResearchUse, request: Request,
                     access: ConversationAccess = Depends(may_use)) -> ResearchUse:
    """Turn research use on or off: later research exports include or leave out this conversation (audited)."""
    since = ResearchRepository(get_database(request)).set(conversation_id, body.allowed, access.actor)
    return ResearchUse(allowed=since is not None, since=since)


@router.post("/c/{conversation_id}/research", include_in_schema=False)
async def research_form(conversation_id: str, request: Request,
                        access: ConversationAccess = Depends(may_use)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    allowed = (await read_form(request)).get("allowed") == "1"
    ResearchRepository(get_database(request)).set(conversation_id, allowed, access.actor)
    return RedirectResponse(f"/c/{conversation_id}/data#research", status_code=303)


@router.get("/c/{conversation_id}/data", response_class=HTMLResponse, include_in_schema=False)
def data_page(conversation_id: str, request: Request,
              access: ConversationAccess = Depends(may_use)) -> HTMLResponse:
    try:
        conversation = request.app.state.pipeline.repository.get_conversation(conversation_id)
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link. It may have been erased.")
    return _page(request, conversation)


@router.post("/c/{conversation_id}/erase", response_class=HTMLResponse, include_in_schema=False)
async def erase_form(conversation_id: str, request: Request,
                     access: ConversationAccess = Depends(may_erase)) -> HTMLResponse:
    if is_cross_site(request):
        context = {"heading": "Nothing was erased",
                   "message": "The form was sent from another website. Erase your data from MindHaven's own page."}
        return render_page(request, "not_found.html", context, status_code=403)
    form = await read_form(request)
    repository = request.app.state.pipeline.repository
    try:
        conversation = repository.get_conversation(conversation_id)
        if form.get("confirm") != "yes":
            return _page(request, conversation, status_code=422,
                         error="Nothing was erased. Tick the box to confirm that you want everything erased.")
        erase_conversation(get_database(request), conversation_id, access.actor, PERSON_REQUEST)
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link. It may already have been erased.")
    return render_page(request, "your_data.html", {"erased": True, "country": conversation.country})


def _page(request: Request, conversation, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    # "conversation" is also what the consent partial (_consent_withdraw.html) reads.
    context = {"conversation": conversation, "conversation_id": conversation.id, "country": conversation.country,
               "error": error, "erased": False,
               "research_since": ResearchRepository(get_database(request)).allowed_since(conversation.id)}
    return render_page(request, "your_data.html", context, status_code=status_code)
