"""The clinician's and supporter's console: their caseload sorted by current risk with the signals that drove
it, and live alerts (Server-Sent Events) when someone in their care reaches high risk.

Alerts are read from the escalations table, not passed between processes, so every worker of a
multi-worker server sees them; a stream checks about twice a second, well inside the two seconds an
alert may take to arrive. A stream ends after ``max_seconds`` and the browser's EventSource reconnects
with the last alert's id (``Last-Event-ID``), so none is missed or repeated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from mindhaven.accounts.roles import AccountRole
from mindhaven.api.auth import Principal
from mindhaven.api.access import ConversationAccess, may_read_case, staff_only
from mindhaven.api.deps import get_database
from mindhaven.api.routers.web import CROSS_SITE_FORM, is_cross_site, render_page
from mindhaven.console.highlight import highlighted
from mindhaven.handoff.labels import speaker
from mindhaven.check_ins.chart import describe, mood_chart
from mindhaven.storage.check_ins import CheckInRepository
from mindhaven.storage.clinical_notes import MAX_NOTE_CHARS, ClinicalNoteRepository
from mindhaven.storage.handoffs import NO_REPLY, HandoffRepository
from mindhaven.storage.questionnaire_responses import QuestionnaireRepository
from mindhaven.storage.summaries import SummaryRepository
from mindhaven.summaries.job import STALE_AFTER
from mindhaven.storage.escalations import EscalationNotFound, EscalationRepository
from mindhaven.api.streaming import SSE_HEADERS, polled_events, sse
from mindhaven.storage.caseload import Alert, CaseloadRepository, CaseRisk
from mindhaven.turn.types import RiskLevel

router = APIRouter(tags=["staff"])
POLL_SECONDS = 0.5


class CaseRiskOut(BaseModel):
    case_id: int
    country: str
    assigned_at: datetime
    last_activity: datetime
    level: str  # none, low, moderate, high, imminent
    top_category: str | None
    signals: list[dict[str, Any]]
    open_escalations: int


def case_risk_out(case: CaseRisk) -> CaseRiskOut:
    return CaseRiskOut(case_id=case.case_id, country=case.country, assigned_at=case.assigned_at,
                       last_activity=case.last_activity, level=RiskLevel(case.level).label,
                       top_category=case.top_category, signals=case.signals, open_escalations=case.open_escalations)


def alert_data(alert: Alert) -> dict[str, Any]:
    return {"escalation_id": alert.escalation_id, "case_id": alert.case_id, "level": RiskLevel(alert.level).label,
            "reason": alert.reason, "created_at": alert.created_at.isoformat()}


@router.get("/api/caseload/by-risk", response_model=list[CaseRiskOut])
def caseload_by_risk(request: Request, staff: Principal = Depends(staff_only)) -> list[CaseRiskOut]:
    """My cases, highest current risk first: each with its level and the phrases that drove it (an audited
    read of each)."""
    cases = CaseloadRepository(get_database(request)).by_risk(staff.account.id, staff.actor)
    return [case_risk_out(c) for c in cases]


@router.get("/api/alerts", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def alerts(request: Request, max_seconds: float = Query(300.0, gt=0, le=3600),
                 staff: Principal = Depends(staff_only)) -> StreamingResponse:
    """``alert`` events, one per escalation at high risk or above in my cases and one each time a person in
    my care asks for a human, from now on (or after the ``Last-Event-ID`` a reconnecting EventSource sends)."""
    repository = CaseloadRepository(get_database(request))
    last_seen = request.headers.get("last-event-id", "")
    after = int(last_seen) if last_seen.isdigit() else await run_in_threadpool(repository.latest_escalation_id)
    poll = _alert_poll(repository, staff.account.id, after)
    return StreamingResponse(polled_events(request, poll, max_seconds, POLL_SECONDS),
                             media_type="text/event-stream", headers=SSE_HEADERS)


def _alert_poll(repository: CaseloadRepository, account_id: str, after: int):
    def poll() -> list[str]:
        nonlocal after
        frames = []
        for alert in repository.alerts_since(account_id, after):
            after = alert.escalation_id
            frames.append(f"id: {alert.escalation_id}\n" + sse("alert", alert_data(alert)))
        return frames

    return poll


@router.get("/console", response_class=HTMLResponse, include_in_schema=False)
def console_page(request: Request, staff: Principal = Depends(staff_only)) -> HTMLResponse:
    cases = CaseloadRepository(get_database(request)).by_risk(staff.account.id, staff.actor)
    return render_page(request, "console.html", {"cases": [case_risk_out(c) for c in cases],
                                                 "staff_page": True, "title": "My caseload"})


@router.get("/console/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
def case_page(case_id: int, request: Request, access: ConversationAccess = Depends(may_read_case),
              acknowledged: bool = False) -> HTMLResponse:
    """A case's conversation with the words that raised its risk marked, its open alerts, and the live handoff
    panel (an audited read)."""
    return render_case(request, case_id, access, acknowledged=acknowledged)


def render_case(request: Request, case_id: int, access: ConversationAccess, acknowledged: bool = False,
                draft: str = "", error: str | None = None, note_draft: str = "", note_error: str | None = None,
                status_code: int = 200) -> HTMLResponse:
    repository = request.app.state.pipeline.repository
    database = get_database(request)
    conversation = repository.get_conversation(access.conversation_id)
    messages = repository.messages(access.conversation_id, actor=access.actor)
    open_alerts = EscalationRepository(database).open(access.actor, access.conversation_id)
    latest = HandoffRepository(database).latest(access.conversation_id)
    handoff = latest if latest is not None and latest.ended_at is None else None
    clinician = access.principal.role == AccountRole.CLINICIAN
    summaries = SummaryRepository(database).list(access.conversation_id, STALE_AFTER) if clinician else []
    notes = ClinicalNoteRepository(database).list(access.conversation_id, access.actor) if clinician else []
    check_ins = CheckInRepository(database).list(access.conversation_id, actor=access.actor)
    questionnaires = QuestionnaireRepository(database).list(access.conversation_id, actor=access.actor)
    rows = [{"message": m, "level": RiskLevel(m.risk_level).label if m.risk_level is not None else None,
             "speaker": speaker(m.role, m.author, you="Person"),
             "parts": highlighted(m.content, [s["phrase"] for s in (m.risk or {}).get("signals", [])])}
            for m in messages]
    return render_page(request, "console_case.html", {
        "case_id": case_id, "country": conversation.country, "rows": rows, "alerts": open_alerts,
        "acknowledged": acknowledged, "title": f"Case #{case_id}", "staff_page": True,
        "handoff": handoff, "holding": handoff is not None and handoff.account_id == access.principal.account.id,
        "left_waiting": latest if latest is not None and latest.ended_by == NO_REPLY else None,
        "last_message_id": messages[-1].id if messages else 0, "draft": draft, "error": error,
        "max_chars": request.app.state.pipeline.limits.max_chars, "clinician": clinician, "summaries": summaries,
        "notes": notes, "note_draft": note_draft, "note_error": note_error, "max_note_chars": MAX_NOTE_CHARS,
        "chart": mood_chart(check_ins, questionnaires) if check_ins or questionnaires else None,
        "trend": describe(check_ins, questionnaires),
    }, status_code=status_code)


@router.post("/console/cases/{case_id}/alerts/{escalation_id}/acknowledge", include_in_schema=False)
def acknowledge_alert(case_id: int, escalation_id: int, request: Request,
                      access: ConversationAccess = Depends(may_read_case)) -> Response:
    """The page's "I'm on it": the escalation stops being re-sent; audited in the clinician's name."""
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    repository = EscalationRepository(get_database(request))
    try:
        alert = repository.get(escalation_id, actor=access.actor)
    except EscalationNotFound:
        alert = None
    if alert is None or alert.conversation_id != access.conversation_id:
        raise HTTPException(404, "There is no such alert in this case.")
    repository.acknowledge(escalation_id, access.principal.account.display_name, actor=access.actor)
    return RedirectResponse(f"/console/cases/{case_id}?acknowledged=1", status_code=303)
