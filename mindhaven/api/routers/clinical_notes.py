"""Private clinical notes on a case, for the clinicians it is assigned to: never shown to the person in the app
and not in their self-service export (a request for the clinical record goes through the clinic)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from mindhaven.api.access import ConversationAccess, may_review_case
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.routers.console import render_case
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, render_page
from mindhaven.api.schemas import ErrorOut
from mindhaven.storage.clinical_notes import MAX_NOTE_CHARS, ClinicalNoteRepository, NoteRecord
from mindhaven.turn.receive import InvalidMessage, Limits, validated_text

router = APIRouter(tags=["staff"])


class NoteIn(BaseModel):
    text: str = Field(max_length=MAX_NOTE_CHARS * 4)


class NoteOut(BaseModel):
    id: int
    author: str
    created_at: datetime
    text: str


def note_out(note: NoteRecord) -> NoteOut:
    return NoteOut(id=note.id, author=note.author_name, created_at=note.created_at, text=note.text)


def add_note(request: Request, access: ConversationAccess, text: str) -> NoteRecord:
    """InvalidMessage for an empty or overlong note."""
    clean = validated_text(text, Limits(max_chars=MAX_NOTE_CHARS))
    account = access.principal.account
    return ClinicalNoteRepository(get_database(request)).add(access.conversation_id, clean, account.id,
                                                             account.display_name, access.actor)


@router.get("/api/cases/{case_id}/notes", response_model=list[NoteOut])
def list_notes(request: Request, access: ConversationAccess = Depends(may_review_case)) -> list[NoteOut]:
    """The case's notes, newest first (an audited read)."""
    return [note_out(n) for n in ClinicalNoteRepository(get_database(request)).list(access.conversation_id,
                                                                                     access.actor)]


@router.post("/api/cases/{case_id}/notes", status_code=status.HTTP_201_CREATED, response_model=NoteOut,
             responses={422: {"model": ErrorOut}})
def write_note(body: NoteIn, request: Request, access: ConversationAccess = Depends(may_review_case)) -> NoteOut:
    """Add a note; notes are never edited (a correction is a new note)."""
    return note_out(add_note(request, access, body.text))


@router.post("/console/cases/{case_id}/notes", include_in_schema=False)
async def write_note_form(case_id: int, request: Request,
                          access: ConversationAccess = Depends(may_review_case)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    text = (await read_form(request)).get("text", "")
    try:
        await run_in_threadpool(add_note, request, access, text)
    except InvalidMessage as refused:
        return await run_in_threadpool(render_case, request, case_id, access, note_draft=text,
                                       note_error=str(refused), status_code=422)
    return RedirectResponse(f"/console/cases/{case_id}#notes", status_code=303)
