"""A supporter's or clinician's view of a conversation assigned to them, reached by case number: staff
never learn a conversation's id, which for an anonymous person is the private link to it."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel

from mindhaven.api.access import ConversationAccess, may_read_case
from mindhaven.api.deps import get_database
from mindhaven.api.routers.check_ins import CheckInOut, QuestionnaireOut, check_in_out, questionnaire_out
from mindhaven.api.routers.conversations import message_out
from mindhaven.api.routers.questionnaires import FHIR_JSON, fhir_export
from mindhaven.api.routers.safety_plan import SafetyPlanOut, plan_out
from mindhaven.api.schemas import MessageOut
from mindhaven.storage.check_ins import CheckInRepository
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.safety_plans import SafetyPlanRepository

router = APIRouter(prefix="/api/cases", tags=["staff"])
WITHOUT_CONVERSATION_ID = {"__all__": {"conversation_id"}}  # for lists: the id must not reach staff


class CaseView(BaseModel):
    case_id: int
    created_at: datetime
    locale: str
    country: str
    messages: list[MessageOut]


@router.get("/{case_id}", response_model=CaseView)
def read_case(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case)) -> CaseView:
    """The conversation's messages, as the person saw them (an audited read, in your name)."""
    repository = request.app.state.pipeline.repository
    conversation = repository.get_conversation(access.conversation_id)
    messages = [message_out(m) for m in repository.messages(access.conversation_id, actor=access.actor)]
    return CaseView(case_id=case_id, created_at=conversation.created_at, locale=conversation.locale,
                    country=conversation.country, messages=messages)


@router.get("/{case_id}/safety-plan", response_model=SafetyPlanOut, response_model_exclude={"conversation_id"})
def read_case_plan(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case)) -> SafetyPlanOut:
    plan = SafetyPlanRepository(get_database(request)).get(access.conversation_id, actor=access.actor)
    return plan_out(plan)


@router.get("/{case_id}/check-ins", response_model=list[CheckInOut], response_model_exclude=WITHOUT_CONVERSATION_ID)
def read_case_check_ins(case_id: int, request: Request,
                        access: ConversationAccess = Depends(may_read_case)) -> list[CheckInOut]:
    """The person's mood check-ins, oldest first."""
    records = CheckInRepository(get_database(request)).list(access.conversation_id, actor=access.actor)
    return [check_in_out(r) for r in records]


@router.get("/{case_id}/questionnaires", response_model=list[QuestionnaireOut],
            response_model_exclude=WITHOUT_CONVERSATION_ID)
def read_case_questionnaires(case_id: int, request: Request, answers: bool = False,
                             access: ConversationAccess = Depends(may_read_case)) -> list[QuestionnaireOut]:
    """The person's questionnaire results, oldest first; the answers too with ``answers=1``."""
    records = QuestionnaireRepository(get_database(request)).list(access.conversation_id, actor=access.actor,
                                                                  with_answers=answers)
    return [questionnaire_out(r) for r in records]


@router.get("/{case_id}/fhir", response_class=Response, responses={200: {"content": {FHIR_JSON: {}}}})
def read_case_fhir(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case)) -> Response:
    """The person's questionnaires as one FHIR R4B Bundle, for the clinic's record system; the Patient in it is
    a pseudonym, never the conversation's id."""
    return fhir_export(request, access)
