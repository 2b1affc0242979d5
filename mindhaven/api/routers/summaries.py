"""Grounded session summaries for the clinician a case is assigned to: ask for a draft (written in the background,
with progress shown), review it statement by statement against the messages each one cites, edit or remove,
and sign it off. A draft is never shown to the person; every request, read and sign-off is audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from mindhaven.api.access import ConversationAccess, may_review_case
from mindhaven.api.deps import get_database, get_pipeline, read_form
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, render_page
from mindhaven.api.schemas import ErrorOut
from mindhaven.handoff.labels import speaker
from mindhaven.storage.summaries import (
    SummaryConflict,
    SummaryNotFound,
    SummaryRecord,
    SummaryRepository,
    SummaryStatus,
)
from mindhaven.llm.base import model_label
from mindhaven.summaries.job import LIMITS, STALE_AFTER, draft_in_background
from mindhaven.privacy import pseudonyms
from mindhaven.summaries.types import Section
from mindhaven.summaries.review import Quote, ReviewRefused, review_items, signed_sections
from mindhaven.turn.pipeline import TurnPipeline

router = APIRouter(tags=["summaries"])
REFUSED = {404: {"model": ErrorOut}, 409: {"model": ErrorOut}, 422: {"model": ErrorOut}}


class SummaryOut(BaseModel):
    id: int
    status: str  # drafting, draft, failed, signed
    requested_at: datetime
    model: str | None
    failure: str | None
    sections: dict[str, list[dict[str, Any]]] | None = None  # the signed version if signed, else the draft
    removed: list[dict[str, Any]] | None = None  # what the checks dropped from the draft, with reasons
    signed_at: datetime | None = None
    signed_by: str | None = None


class SignIn(BaseModel):
    statements: dict[str, str]  # "<section>-<index>" -> the final text; a statement left out is removed


def summary_out(record: SummaryRecord, mapping: dict[str, str] | None = None) -> SummaryOut:
    out = SummaryOut(id=record.id, status=record.status.value, requested_at=record.requested_at, model=record.model,
                     failure=record.failure, signed_at=record.signed_at, signed_by=record.signed_by_name)
    if record.signed is not None:
        out.sections = record.signed["sections"]
    elif record.draft is not None and mapping is not None:
        items = review_items(record.draft, mapping, {})
        out.sections = {s.value: [{"key": i.key, "text": i.text, "cites": list(i.cites)} for i in found]
                        for s, found in items.items()}
        out.removed = [{"text": pseudonyms.restore(d["text"], mapping), "cites": d["cites"], "reason": d["explanation"]}
                       for d in record.draft.get("dropped", [])]
    return out


def _summaries(request: Request) -> SummaryRepository:
    return SummaryRepository(get_database(request))


def _start_draft(request: Request, pipeline: TurnPipeline, access: ConversationAccess) -> int:
    return draft_in_background(pipeline.repository, _summaries(request), pipeline.backend, pipeline.allowed,
                               access.conversation_id, access.principal.account.id, access.actor)


def _open(request: Request, access: ConversationAccess, summary_id: int) -> SummaryRecord:
    try:
        return _summaries(request).get(summary_id, access.conversation_id, access.actor)
    except SummaryNotFound:
        raise HTTPException(404, "There is no such summary in this case.") from None


# --- API -------------------------------------------------------------------------------


@router.post("/api/cases/{case_id}/summaries", status_code=status.HTTP_202_ACCEPTED, response_model=SummaryOut)
def request_summary(request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                    access: ConversationAccess = Depends(may_review_case)) -> SummaryOut:
    """Start drafting; poll ``GET .../summaries/{id}`` until its status is ``draft`` (or ``failed``)."""
    return summary_out(_open(request, access, _start_draft(request, pipeline, access)))


@router.get("/api/cases/{case_id}/summaries", response_model=list[SummaryOut])
def list_summaries(request: Request, access: ConversationAccess = Depends(may_review_case)) -> list[SummaryOut]:
    """The case's summaries, newest first, without their contents."""
    return [summary_out(r) for r in _summaries(request).list(access.conversation_id, STALE_AFTER)]


@router.get("/api/cases/{case_id}/summaries/{summary_id}", response_model=SummaryOut, responses=REFUSED)
def read_summary(summary_id: int, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                 access: ConversationAccess = Depends(may_review_case)) -> SummaryOut:
    """A summary in the person's own names: the draft with its statement keys and what was removed, or the
    signed version (an audited read)."""
    record = _open(request, access, summary_id)
    return summary_out(record, pipeline.repository.pseudonyms(access.conversation_id))


@router.post("/api/cases/{case_id}/summaries/{summary_id}/sign", response_model=SummaryOut, responses=REFUSED)
def sign_summary(summary_id: int, body: SignIn, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                 access: ConversationAccess = Depends(may_review_case)) -> SummaryOut:
    """Sign off the clinician's version: the statements kept, with any edits. Once only."""
    record = _open(request, access, summary_id)
    return summary_out(_sign(request, pipeline, access, record, body.statements))


def _sign(request: Request, pipeline: TurnPipeline, access: ConversationAccess, record: SummaryRecord,
          chosen: dict[str, str]) -> SummaryRecord:
    if record.draft is None:
        raise SummaryConflict(f"This summary is {record.status.value}: only a finished draft can be signed off.")
    sections = signed_sections(record.draft, pipeline.repository.pseudonyms(access.conversation_id), chosen)
    account = access.principal.account
    return _summaries(request).sign(record.id, access.conversation_id, sections, account.id, account.display_name,
                                    access.actor)


# --- the console's pages ---------------------------------------------------------------


@router.post("/console/cases/{case_id}/summaries", include_in_schema=False)
def request_summary_form(case_id: int, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                         access: ConversationAccess = Depends(may_review_case)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    summary_id = _start_draft(request, pipeline, access)
    return RedirectResponse(f"/console/cases/{case_id}/summaries/{summary_id}", status_code=303)


@router.get("/console/cases/{case_id}/summaries/{summary_id}", response_class=HTMLResponse, include_in_schema=False)
def summary_page(case_id: int, summary_id: int, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                 access: ConversationAccess = Depends(may_review_case)) -> HTMLResponse:
    return render_summary(request, pipeline, access, case_id, _open(request, access, summary_id))


@router.post("/console/cases/{case_id}/summaries/{summary_id}/sign", include_in_schema=False)
async def sign_form(case_id: int, summary_id: int, request: Request, pipeline: TurnPipeline = Depends(get_pipeline),
                    access: ConversationAccess = Depends(may_review_case)) -> Response:
    """Without script too: a refused sign-off comes back with the clinician's edits in place."""
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    form = await read_form(request)
    chosen = {key[5:]: value for key, value in form.items()
              if key.startswith("text-") and form.get("keep-" + key[5:]) == "1"}
    record = await run_in_threadpool(_open, request, access, summary_id)
    try:
        await run_in_threadpool(_sign, request, pipeline, access, record, chosen)
    except (ReviewRefused, SummaryConflict) as refused:
        return await run_in_threadpool(render_summary, request, pipeline, access, case_id, record, str(refused),
                                       form, 422 if isinstance(refused, ReviewRefused) else 409)
    return RedirectResponse(f"/console/cases/{case_id}/summaries/{summary_id}", status_code=303)


def render_summary(request: Request, pipeline: TurnPipeline, access: ConversationAccess, case_id: int,
                   record: SummaryRecord, error: str | None = None, form: dict[str, str] | None = None,
                   status_code: int = 200) -> HTMLResponse:
    items = None
    mapping = pipeline.repository.pseudonyms(access.conversation_id)
    if record.status == SummaryStatus.DRAFT:
        messages = pipeline.repository.messages(access.conversation_id, actor=access.actor)
        quotes = {m.id: Quote(m.id, speaker(m.role, m.author, you="Person"), m.content) for m in messages}
        items = review_items(record.draft, mapping, quotes)
    return render_page(request, "console_summary.html", {
        "case_id": case_id, "summary": record, "items": items, "error": error, "form": form,
        "section_headings": {s.value: s.heading for s in Section},
        "reidentify": lambda text: pseudonyms.restore(text, mapping),
        "title": f"Summary for case #{case_id}", "staff_page": True,
        "expected_seconds": int(LIMITS.total_timeout), "model": model_label(pipeline.backend),
    }, status_code=status_code)
