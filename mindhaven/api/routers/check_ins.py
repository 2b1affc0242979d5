"""Mood check-ins and stored questionnaire results: the API, and the page where a person checks in and
sees their mood over time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from mindhaven.api.access import ConversationAccess, may_read, may_use
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, not_found_page, render_page
from mindhaven.check_ins.chart import mood_chart, questionnaire_label
from mindhaven.check_ins.follow_up import NoteFollowUp, follow_up
from mindhaven.check_ins.validate import MAX_NOTE_CHARS, MAX_SLEEP_HOURS, clean_check_in
from mindhaven.instruments import instruments
from mindhaven.storage.check_ins import CheckInRecord, CheckInRepository, NewCheckIn
from mindhaven.storage.questionnaire_responses import QuestionnaireRecord, QuestionnaireRepository
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.consent import ConsentNeeded, require_consent_to_save
from mindhaven.turn.receive import InvalidMessage

router = APIRouter(tags=["check-ins"])
FIELDS = ("mood", "sleep_hours", "anxiety", "note")


class CheckInBody(BaseModel):
    mood: int
    sleep_hours: float | None = None
    anxiety: int | None = None
    note: str | None = None


class CheckInOut(CheckInBody):
    id: int
    conversation_id: str
    created_at: datetime


class CheckInSavedOut(CheckInOut):
    # Set when the note says the person may be in danger: the crisis protocol (also added to the
    # conversation; on-call staff have been alerted), or at moderate risk the verified crisis lines.
    crisis_reply: str | None = None
    support_note: str | None = None


class QuestionnaireOut(BaseModel):
    id: int
    conversation_id: str
    instrument: str
    created_at: datetime
    total: int | None
    band: str | None
    crisis: bool
    source: str
    answers: dict[str, Any] | None


def check_in_out(record: CheckInRecord) -> CheckInOut:
    return CheckInOut(id=record.id, conversation_id=record.conversation_id, created_at=record.created_at,
                      mood=record.mood, sleep_hours=record.sleep_hours, anxiety=record.anxiety, note=record.note)


def questionnaire_out(record: QuestionnaireRecord) -> QuestionnaireOut:
    return QuestionnaireOut(id=record.id, conversation_id=record.conversation_id, instrument=record.instrument,
                            created_at=record.created_at, total=record.total, band=record.band, crisis=record.crisis,
                            source=record.source, answers=record.answers)


@router.post("/api/conversations/{conversation_id}/check-ins", response_model=CheckInSavedOut, status_code=201)
def add_check_in(conversation_id: str, body: CheckInBody, request: Request,
                 access: ConversationAccess = Depends(may_use)) -> CheckInSavedOut:
    check_in = clean_check_in(body.mood, body.sleep_hours, body.anxiety, body.note)
    record, note = _save(request, conversation_id, check_in, access.actor)
    return CheckInSavedOut(**check_in_out(record).model_dump(), crisis_reply=note.crisis_reply,
                           support_note=note.support_note)


def _save(request: Request, conversation_id: str, check_in: NewCheckIn, actor: str) -> tuple[CheckInRecord, NoteFollowUp]:
    """Only while consent is in force; a refused note that speaks of crisis still gets the crisis lines. A saved
    note is read for crisis risk like a chat message (mindhaven/check_ins/follow_up.py)."""
    pipeline = request.app.state.pipeline
    state = pipeline.repository.load_state(conversation_id)
    require_consent_to_save(state, "Your check-in was not saved", check_in.note or "", pipeline.assessor)
    note = follow_up(check_in.note or "", state, pipeline.finder, pipeline.assessor, pipeline.directory,
                     pipeline.allowed)
    record = CheckInRepository(get_database(request)).add(conversation_id, check_in, actor=actor,
                                                          reply=note.reply_message, escalation=note.escalation)
    return record, note


@router.get("/api/conversations/{conversation_id}/check-ins", response_model=list[CheckInOut])
def list_check_ins(conversation_id: str, request: Request,
                   access: ConversationAccess = Depends(may_read)) -> list[CheckInOut]:
    """Every check-in, oldest first."""
    records = CheckInRepository(get_database(request)).list(conversation_id, actor=access.actor)
    return [check_in_out(r) for r in records]


@router.get("/c/{conversation_id}/mood", response_class=HTMLResponse, include_in_schema=False)
def mood_page(conversation_id: str, request: Request, saved: bool = False,
              access: ConversationAccess = Depends(may_use)) -> HTMLResponse:
    try:
        return _page(request, conversation_id, access.actor, saved=saved)
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link, so there are no check-ins to show.")


@router.post("/c/{conversation_id}/mood", response_class=HTMLResponse, include_in_schema=False)
async def mood_form(conversation_id: str, request: Request,
                    access: ConversationAccess = Depends(may_use)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    form = await read_form(request)
    typed = {field: form.get(field, "") for field in FIELDS}
    try:
        check_in = clean_check_in(**typed)
        _, note = _save(request, conversation_id, check_in, access.actor)
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link.")
    except ConsentNeeded as exc:
        return _page(request, conversation_id, access.actor, typed=typed, error=str(exc), status_code=409)
    except InvalidMessage as exc:
        return _page(request, conversation_id, access.actor, typed=typed, error=str(exc), status_code=422)
    if note.crisis_reply or note.support_note:  # shown at once, not after a redirect
        return _page(request, conversation_id, access.actor, saved=True, note=note)
    return RedirectResponse(f"/c/{conversation_id}/mood?saved=1", status_code=303)


def _page(request: Request, conversation_id: str, actor: str, saved: bool = False,
          typed: dict[str, str] | None = None, error: str | None = None, status_code: int = 200,
          note: NoteFollowUp | None = None) -> HTMLResponse:
    database = get_database(request)
    country = request.app.state.pipeline.repository.get_conversation(conversation_id).country
    check_ins = CheckInRepository(database).list(conversation_id, actor=actor)
    questionnaires = QuestionnaireRepository(database).list(conversation_id, actor=actor)
    return render_page(
        request,
        "mood.html",
        {
            "conversation_id": conversation_id,
            "country": country,
            "chart": mood_chart(check_ins, questionnaires),
            "check_ins": list(reversed(check_ins)),  # newest first in the list under the chart
            "questionnaires": [(q, questionnaire_label(q)) for q in reversed(questionnaires)],
            "instruments": list(instruments().values()),
            "values": typed or {field: "" for field in FIELDS},
            "saved": saved,
            "error": error,
            "note_follow_up": note,
            "crisis": bool(note and note.crisis_reply),
            "max_note_chars": MAX_NOTE_CHARS,
            "max_sleep_hours": MAX_SLEEP_HOURS,
        },
        status_code=status_code,
    )
