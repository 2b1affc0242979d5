"""Validated questionnaires: the instruments' wording for a client to show, completing one (API and form),
the stored results, and the same results leaving and entering as HL7 FHIR R4B."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, StrictInt

from mindhaven.api.access import ConversationAccess, anyone, may_read, may_use
from mindhaven.api.deps import get_database, read_form
from mindhaven.api.routers.check_ins import QuestionnaireOut, questionnaire_out
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, not_found_page, render_page
from mindhaven.fhir import Administration, FhirImportError, bundle_json, export_bundle, import_bundle, pseudonym_for
from mindhaven.instruments import Instrument, get_instrument, instruments
from mindhaven.api.schemas import ErrorOut
from mindhaven.questionnaires import Submission, in_chat, submit
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.consent import ConsentNeeded, require_consent_to_save
from mindhaven.turn.receive import InvalidMessage

router = APIRouter(tags=["questionnaires"])
FHIR_JSON = "application/fhir+json"


class OptionOut(BaseModel):
    value: int
    text: str


class ItemOut(BaseModel):
    link_id: str
    text: str
    options: list[OptionOut]
    required: bool
    scored: bool
    asked_when: list[dict[str, Any]]  # [{"question", "operator", "answer"}]; empty: always asked
    asked_when_behavior: str  # "all" or "any" of asked_when


class InstrumentOut(BaseModel):
    key: str
    name: str
    title: str
    stem: str
    items: list[ItemOut]
    copyright: str


class SubmissionBody(BaseModel):
    instrument: str
    answers: dict[str, StrictInt | None]  # {item link_id: answer value}; None or absent: not answered


class SubmissionOut(BaseModel):
    questionnaire: QuestionnaireOut
    status: str  # complete, prorated or incomplete
    positive_screen: bool | None
    reasons: list[str]  # the answers behind a safety flag, and safety questions left unanswered
    follow_up: str | None  # an instrument to complete next
    crisis_reply: str | None  # shown to the person after a safety answer; on-call staff have been alerted


def instrument_out(inst: Instrument) -> InstrumentOut:
    return InstrumentOut(
        key=inst.key, name=inst.name, title=inst.title, stem=inst.stem, copyright=inst.copyright,
        items=[ItemOut(link_id=i.link_id, text=i.text, options=[OptionOut(value=o.value, text=o.text) for o in i.options],
                       required=i.required, scored=i.scored, asked_when_behavior=i.enable_behavior,
                       asked_when=[{"question": c.question, "operator": c.operator, "answer": c.answer}
                                   for c in i.enable_when])
               for i in inst.items],
    )


def submission_out(submission: Submission) -> SubmissionOut:
    result = submission.result
    return SubmissionOut(questionnaire=questionnaire_out(submission.record), status=result.status.value,
                         positive_screen=result.positive_screen, reasons=list(result.reasons),
                         follow_up=result.follow_up, crisis_reply=submission.crisis_reply)


@router.get("/api/instruments", response_model=list[InstrumentOut])
def list_instruments(_: Any = Depends(anyone)) -> list[InstrumentOut]:
    """Every questionnaire with its published wording, answers and skip logic."""
    return [instrument_out(i) for i in instruments().values()]


@router.post("/api/conversations/{conversation_id}/questionnaires", response_model=SubmissionOut, status_code=201)
def add_questionnaire(conversation_id: str, body: SubmissionBody, request: Request,
                      access: ConversationAccess = Depends(may_use)) -> SubmissionOut:
    """Score and store a completed questionnaire. A safety answer (PHQ-9 item 9 above "Not at all", any
    "yes" on the C-SSRS screener) returns the crisis protocol's reply and alerts the on-call staff."""
    return submission_out(_submit(request, conversation_id, body.instrument, body.answers, access.actor))


@router.get("/api/conversations/{conversation_id}/questionnaires", response_model=list[QuestionnaireOut])
def list_questionnaires(conversation_id: str, request: Request, answers: bool = False,
                        access: ConversationAccess = Depends(may_read)) -> list[QuestionnaireOut]:
    """Stored questionnaire results, oldest first: totals and bands; the answers too with ``answers=1``."""
    records = QuestionnaireRepository(get_database(request)).list(conversation_id, actor=access.actor,
                                                                  with_answers=answers)
    return [questionnaire_out(r) for r in records]


@router.get("/api/conversations/{conversation_id}/fhir", response_class=Response,
            responses={200: {"content": {FHIR_JSON: {}}}})
def export_fhir(conversation_id: str, request: Request, access: ConversationAccess = Depends(may_read)) -> Response:
    """Every stored questionnaire as one FHIR R4B Bundle: a pseudonymous Patient, the Questionnaires, each
    QuestionnaireResponse and its score Observation (LOINC-coded). An audited read."""
    return fhir_export(request, access)


def fhir_export(request: Request, access: ConversationAccess) -> Response:
    records = QuestionnaireRepository(get_database(request)).list(access.conversation_id, actor=access.actor,
                                                                  with_answers=True)
    administrations = [Administration(r.instrument, r.answers or {}, r.created_at) for r in records]
    body = bundle_json(export_bundle(pseudonym_for(access.conversation_id), administrations))
    return Response(body, media_type=FHIR_JSON,
                    headers={"content-disposition": 'attachment; filename="mindhaven-questionnaires.fhir.json"'})


@router.post("/api/conversations/{conversation_id}/fhir", response_model=list[SubmissionOut], status_code=201)
async def import_fhir(conversation_id: str, request: Request,
                      access: ConversationAccess = Depends(may_use)) -> list[SubmissionOut]:
    """The QuestionnaireResponses of a FHIR R4B Bundle (say, from another app), checked against our own
    instruments and stored like answers given here: a safety answer among them is followed through the same
    way. Any problem refuses the whole Bundle, naming the resource and the answer."""
    try:
        imported = import_bundle(await request.body())
    except FhirImportError as exc:
        raise InvalidMessage("invalid_fhir", f"{exc}. Nothing was imported.") from None
    if not imported:
        raise InvalidMessage("invalid_fhir", "The Bundle holds no QuestionnaireResponse to import. Nothing was imported.")
    return [submission_out(_submit(request, conversation_id, r.instrument, r.answers, access.actor,
                                   source="fhir_import", completed_at=_authored(r.authored)))
            for r in imported]


def _authored(value: str | None) -> datetime | None:
    """When the answers were given: FHIR's dateTime may be a bare date, or carry no time zone (read as UTC)."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class QuestionOut(BaseModel):
    message_id: int
    content: str  # MindHaven's opening and first question, as the person sees it in the chat


@router.post("/api/conversations/{conversation_id}/questionnaires/{instrument}/chat", status_code=201,
             response_model=QuestionOut, responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}})
def ask_in_chat(conversation_id: str, instrument: str, request: Request,
                access: ConversationAccess = Depends(may_use)) -> QuestionOut:
    """Ask the questionnaire inside the chat, one item at a time: the first question is stored as MindHaven's
    message and returned; the person answers with ordinary messages (in words or numbers, or "stop"). The
    crisis protocol still answers every message first; a completed one is stored like a form's."""
    inst = _instrument_or_404(instrument)
    return QuestionOut(**_start_in_chat(request, conversation_id, inst))


@router.post("/c/{conversation_id}/questionnaires/{instrument}/chat", include_in_schema=False)
def ask_in_chat_form(conversation_id: str, instrument: str, request: Request,
                     access: ConversationAccess = Depends(may_use)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    inst = _instrument_or_404(instrument)
    try:
        _start_in_chat(request, conversation_id, inst)
    except ConsentNeeded as exc:
        return _form_page(request, conversation_id, inst, error=str(exc), status_code=409)
    return RedirectResponse(f"/c/{conversation_id}#latest", status_code=303)


def _instrument_or_404(key: str) -> Instrument:
    try:
        return get_instrument(key)
    except ValueError:
        raise HTTPException(404, f"There is no questionnaire {key[:20]!r}: see GET /api/instruments.") from None


def _start_in_chat(request: Request, conversation_id: str, inst: Instrument) -> dict[str, Any]:
    repository = request.app.state.pipeline.repository
    require_consent_to_save(repository.load_state(conversation_id), "The questionnaire was not started")
    text = in_chat.opening(inst.key)
    return {"message_id": repository.start_questionnaire(conversation_id, inst.key, text), "content": text}


@router.get("/c/{conversation_id}/questionnaires/{instrument}", response_class=HTMLResponse, include_in_schema=False)
def questionnaire_page(conversation_id: str, instrument: str, request: Request,
                       access: ConversationAccess = Depends(may_use)) -> HTMLResponse:
    try:
        inst = get_instrument(instrument)
        request.app.state.pipeline.repository.get_conversation(conversation_id)
    except (ValueError, ConversationNotFound):
        return not_found_page(request, "There is no such questionnaire or conversation at this link.")
    return _form_page(request, conversation_id, inst)


@router.post("/c/{conversation_id}/questionnaires/{instrument}", response_class=HTMLResponse, include_in_schema=False)
async def questionnaire_form(conversation_id: str, instrument: str, request: Request,
                             access: ConversationAccess = Depends(may_use)) -> Response:
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    try:
        inst = get_instrument(instrument)
    except ValueError:
        return not_found_page(request, "There is no such questionnaire.")
    form = await read_form(request)
    chosen = {item.link_id: form.get(item.link_id, "") for item in inst.items}
    try:
        answers = {k: int(v) if v.strip().lstrip("-").isdigit() else _not_a_number(inst, k, v) for k, v in chosen.items()}
        submission = _submit(request, conversation_id, inst.key, answers, access.actor, source="form")
    except ConversationNotFound:
        return not_found_page(request, "There is no conversation with that link.")
    except ConsentNeeded as exc:
        return _form_page(request, conversation_id, inst, chosen, error=str(exc), status_code=409,
                          crisis=exc.in_crisis)
    except InvalidMessage as exc:
        return _form_page(request, conversation_id, inst, chosen, error=str(exc), status_code=422)
    if submission.crisis_reply:
        return _form_page(request, conversation_id, inst, chosen, submission=submission)
    return RedirectResponse(f"/c/{conversation_id}/mood?saved=1", status_code=303)


def _not_a_number(inst: Instrument, link_id: str, value: str) -> None:
    if value.strip():
        raise InvalidMessage("invalid_answer", f"{inst.name} item {link_id}: choose one of the answers listed.")
    return None


def _submit(request: Request, conversation_id: str, instrument: str, answers: dict[str, int | None], actor: str,
            source: str = "form", completed_at: datetime | None = None) -> Submission:
    try:
        pipeline = request.app.state.pipeline
        return submit(get_database(request), pipeline.directory, conversation_id, instrument, answers, source=source,
                      actor=actor, completed_at=completed_at, allowed=pipeline.allowed)
    except InvalidMessage:  # consent not in force: already says so
        raise
    except ValueError as exc:  # a bad answer or an unknown instrument: nothing was stored
        raise InvalidMessage("invalid_answers", f"{exc}. Nothing was saved.") from exc


def _form_page(request: Request, conversation_id: str, inst: Instrument, chosen: dict[str, str] | None = None,
               error: str | None = None, status_code: int = 200, submission: Submission | None = None,
               crisis: bool = False) -> HTMLResponse:
    country = request.app.state.pipeline.repository.get_conversation(conversation_id).country
    return render_page(request, "questionnaire.html", {
        "conversation_id": conversation_id, "country": country, "instrument": inst, "chosen": chosen or {},
        "error": error, "submission": submission, "crisis": crisis or bool(submission and submission.crisis_reply),
    }, status_code=status_code)
