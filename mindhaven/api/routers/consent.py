"""Consent: the terms, and giving, re-giving and withdrawing consent for a conversation (API and web).

Withdrawal stops processing: every later turn is refused (turn/consent.py) until consent is given
again. The person can still read, download (``/export``) and erase their conversation.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from mindhaven.api.access import ConversationAccess, anyone, may_read, may_use
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.routers.web import CROSS_SITE_FORM, consent_page, is_cross_site, not_found_page, render_page
from mindhaven.api.schemas import ErrorOut
from mindhaven.consent.terms import CURRENT_VERSION, TERMS
from mindhaven.storage.consents import ConsentRepository, ConsentStatus
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.receive import InvalidMessage

router = APIRouter(tags=["consent"])
ERRORS = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


class TermsSectionOut(BaseModel):
    key: str
    heading: str
    short: str
    points: list[str]


class TermsOut(BaseModel):
    version: str
    title: str
    sections: list[TermsSectionOut]


class ConsentIn(BaseModel):
    version: str = Field(..., max_length=32, examples=[CURRENT_VERSION])


class ConsentStatusOut(BaseModel):
    version: str
    given_at: datetime
    withdrawn_at: datetime | None
    active: bool


class ConsentOut(BaseModel):
    conversation_id: str
    current_version: str  # of the terms; consent to an older version still counts until withdrawn
    status: ConsentStatusOut | None  # the newest consent; None if never given
    history: list[ConsentStatusOut]
    message: str | None = None


def _repository(request: Request) -> ConsentRepository:
    return ConsentRepository(get_database(request))


def _status_out(status: ConsentStatus) -> ConsentStatusOut:
    return ConsentStatusOut(version=status.version, given_at=status.given_at, withdrawn_at=status.withdrawn_at,
                            active=status.active)


def _out(request: Request, conversation_id: str, message: str | None = None) -> ConsentOut:
    history = [_status_out(s) for s in _repository(request).history(conversation_id)]
    return ConsentOut(conversation_id=conversation_id, current_version=CURRENT_VERSION,
                      status=history[-1] if history else None, history=history, message=message)


def withdrawn_message(conversation_id: str) -> str:
    return (f"Consent withdrawn: processing of this conversation has stopped and new messages will not be processed. "
            f"You can download your data (GET /api/conversations/{conversation_id}/export) or erase it "
            f"(DELETE /api/conversations/{conversation_id}).")


@router.get("/api/consent", response_model=TermsOut, dependencies=[Depends(anyone)])
def read_terms(request: Request) -> TermsOut:
    """What a person must be shown, and agree to, before their first message."""
    terms = TERMS.for_service(request.app.state.settings.retention.conversation_days)
    return TermsOut(version=terms.version, title=terms.title, sections=[
        TermsSectionOut(key=s.key, heading=s.heading, short=s.short, points=list(s.points)) for s in terms.sections
    ])


@router.get("/api/conversations/{conversation_id}/consent", response_model=ConsentOut, responses=ERRORS)
def read_consent(conversation_id: str, request: Request, _: ConversationAccess = Depends(may_read)) -> ConsentOut:
    return _out(request, conversation_id)


@router.post("/api/conversations/{conversation_id}/consent", response_model=ConsentOut, responses=ERRORS)
def give_consent(conversation_id: str, body: ConsentIn, request: Request,
                 access: ConversationAccess = Depends(may_use)) -> ConsentOut:
    """Give consent to the current terms; also how processing resumes after a withdrawal."""
    if body.version != CURRENT_VERSION:
        raise InvalidMessage(
            "consent_required",
            f"Consent must be to the current terms (version \"{CURRENT_VERSION}\"): show the person "
            "GET /api/consent and send that version once they agree.",
        )
    _repository(request).give(conversation_id, body.version, actor=access.actor)
    return _out(request, conversation_id)


@router.post("/api/conversations/{conversation_id}/consent/withdraw", response_model=ConsentOut, responses=ERRORS)
def withdraw_consent(conversation_id: str, request: Request,
                     access: ConversationAccess = Depends(may_use)) -> ConsentOut:
    withdrawn = _repository(request).withdraw(conversation_id, actor=access.actor)
    message = withdrawn_message(conversation_id) if withdrawn else "Consent was never given, so nothing was processed."
    return _out(request, conversation_id, message)


# --- web ---------------------------------------------------------------------------------------

NO_CONVERSATION = "There is no conversation with that link. You can start a new chat at any time."


@router.get("/c/{conversation_id}/consent", response_class=HTMLResponse, include_in_schema=False)
def consent_form_page(conversation_id: str, request: Request,
                      _: ConversationAccess = Depends(may_use)) -> HTMLResponse:
    try:
        country = request.app.state.pipeline.repository.get_conversation(conversation_id).country
    except ConversationNotFound:
        return not_found_page(request, NO_CONVERSATION)
    return consent_page(request, f"/c/{conversation_id}/consent", country)


@router.post("/c/{conversation_id}/consent", response_class=HTMLResponse, include_in_schema=False)
async def consent_form(conversation_id: str, request: Request,
                       access: ConversationAccess = Depends(may_use)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    version = (await read_form(request)).get("version", "")
    try:
        if version != CURRENT_VERSION:
            country = request.app.state.pipeline.repository.get_conversation(conversation_id).country
            notice = "The terms changed while the page was open. Please read them again."
            return consent_page(request, f"/c/{conversation_id}/consent", country, notice, status_code=409)
        await run_in_threadpool(_repository(request).give, conversation_id, version, access.actor)
    except ConversationNotFound:
        return not_found_page(request, NO_CONVERSATION)
    return RedirectResponse(f"/c/{conversation_id}", status_code=303)


@router.post("/c/{conversation_id}/consent/withdraw", response_class=HTMLResponse, include_in_schema=False)
async def withdraw_form(conversation_id: str, request: Request,
                        access: ConversationAccess = Depends(may_use)) -> Response:
    """Withdraw, then show the conversation in its withdrawn state: what stopped, and the way to
    download or erase the data."""
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    try:
        await run_in_threadpool(_repository(request).withdraw, conversation_id, access.actor)
    except ConversationNotFound:
        return not_found_page(request, NO_CONVERSATION)
    return RedirectResponse(f"/c/{conversation_id}", status_code=303)
