"""Export: everything stored about a conversation (or an account's conversations), opened, as JSON-ready
data, and as a printable HTML file a person can read. Every export is audited as "exported"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from mindhaven import __version__
from mindhaven.handoff.labels import speaker
from mindhaven.instruments import instruments
from mindhaven.safety_plan.sections import SECTIONS
from mindhaven.storage import audit
from mindhaven.storage.db import Database, session_factory
from mindhaven.storage.accounts import find_account
from mindhaven.storage.models import (
    Account,
    ApiToken,
    Assignment,
    AuditEntry,
    Consent,
    Conversation,
    Escalation,
    Handoff,
    LoginSession,
    MoodCheckIn,
    QuestionnaireResponse,
    ResearchPermission,
    SafetyPlan,
    SessionSummary,
    utcnow,
)
from mindhaven.storage.repository import _messages, find_conversation
from mindhaven.storage.vault import Cipher, Vault
from mindhaven.turn.types import HumanInCharge, RiskLevel

FORMAT = "mindhaven-export/1"

TEMPLATES = Path(__file__).resolve().parents[1] / "web" / "templates"
_readable = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
_readable.globals["speaker"] = lambda role, written_by: speaker(role, HumanInCharge(**written_by) if written_by else None)


def export_conversation(database: Database, conversation_id: str, actor: str) -> dict[str, Any]:
    """Everything stored about the conversation; ConversationNotFound for unknown ids."""
    with session_factory(database.engine).begin() as session:
        conversation = find_conversation(session, conversation_id)
        audit.record(session, database.vault, actor, "exported", conversation_id)
        return {"format": FORMAT, "exported_at": _when(utcnow()),
                **_conversation_data(session, database.vault, conversation)}


def export_account(database: Database, account_id: str, actor: str) -> dict[str, Any]:
    """The account's own details and every conversation it owns; AccountNotFound for unknown ids."""
    with session_factory(database.engine).begin() as session:
        account = find_account(session, account_id)
        owned = list(session.scalars(
            select(Conversation).where(Conversation.owner_account_id == account_id).order_by(Conversation.created_at)
        ))
        audit.record(session, database.vault, actor, "exported", account_id, f"account, {len(owned)} conversations")
        for conversation in owned:
            audit.record(session, database.vault, actor, "exported", conversation.id, "with its account")
        return {
            "format": FORMAT,
            "exported_at": _when(utcnow()),
            "account": _account_data(session, account),
            "conversations": [_conversation_data(session, database.vault, c) for c in owned],
        }


def render_readable(export: dict[str, Any]) -> str:
    """A self-contained, printable HTML document of an export (everything escaped)."""
    conversations = export.get("conversations", [export] if "conversation" in export else [])
    return _readable.get_template("data_export.html").render(
        export=export, account=export.get("account"), conversations=conversations, version=__version__,
        section_titles={s.key: s.title for s in SECTIONS}, instrument_names={key: i.name for key, i in instruments().items()},
    )


def _conversation_data(session: Session, vault: Vault, conversation: Conversation) -> dict[str, Any]:
    cid = conversation.id
    cipher = vault.cipher(session, cid)
    plan = session.get(SafetyPlan, cid)
    return {
        "conversation": {
            "id": cid, "created_at": _when(conversation.created_at), "updated_at": _when(conversation.updated_at),
            "locale": conversation.locale, "country": conversation.country,
        },
        "messages": [_message_data(m) for m in _messages(session, cipher, cid)],
        "safety_plan": None if plan is None else {
            "sections": cipher.open_json("safety_plans", "sections", cid, plan.sections),
            "created_at": _when(plan.created_at), "updated_at": _when(plan.updated_at),
        },
        "check_ins": [_check_in_data(c, cipher) for c in _rows(session, MoodCheckIn, cid, MoodCheckIn.id)],
        "questionnaires": [_questionnaire_data(q, cipher)
                           for q in _rows(session, QuestionnaireResponse, cid, QuestionnaireResponse.created_at)],
        "escalations": [_escalation_data(e, cipher) for e in _rows(session, Escalation, cid, Escalation.id)],
        "consents": [
            {"version": c.version, "given_at": _when(c.given_at), "withdrawn_at": _when(c.withdrawn_at)}
            for c in _rows(session, Consent, cid, Consent.id)
        ],
        "handoffs": [
            {"staff_name": h.staff_name, "staff_role": h.staff_role, "started_at": _when(h.started_at),
             "ended_at": _when(h.ended_at)}
            for h in _rows(session, Handoff, cid, Handoff.id)
        ],
        "summaries": [  # only what a clinician signed off: a draft is never shown to the person
            {"status": r.status, "signed_at": _when(r.signed_at), "signed_by": r.signed_by_name,
             "sections": cipher.open_json("session_summaries", "signed", r.id, r.signed)["sections"]}
            for r in _rows(session, SessionSummary, cid, SessionSummary.id) if r.status == "signed"
        ],
        "research_use": {"allowed_since": _when(research.granted_at) if (research := session.get(
            ResearchPermission, cid)) else None},
        "assignments": [
            {"account_id": a.account_id, "assigned_at": _when(a.assigned_at), "assigned_by": a.assigned_by}
            for a in _rows(session, Assignment, cid, Assignment.id)
        ],
        "audit": [
            {"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
            for e in session.scalars(select(AuditEntry).where(AuditEntry.subject == cid).order_by(AuditEntry.seq))
        ],
    }


def _message_data(m) -> dict[str, Any]:
    risk = m.risk or {}
    return {
        "id": m.id, "role": m.role, "text": m.content, "created_at": _when(m.created_at), "route": m.route,
        "risk_level": RiskLevel(m.risk_level).label if m.risk_level is not None else None,
        "risk_phrases": [s.get("phrase") for s in risk.get("signals", []) if isinstance(s, dict)],
        "risk": m.risk, "output_check": m.guard, "source": m.source, "fallback_reason": m.fallback_reason,
        "interrupted": m.interrupted,
        "written_by": None if m.author is None else {"name": m.author.name, "role": m.author.role},
    }


def _check_in_data(c: MoodCheckIn, cipher: Cipher) -> dict[str, Any]:
    return {
        "created_at": _when(c.created_at), "mood": c.mood, "sleep_hours": c.sleep_hours, "anxiety": c.anxiety,
        "note": cipher.open("mood_check_ins", "note", c.id, c.note),
    }


def _questionnaire_data(q: QuestionnaireResponse, cipher: Cipher) -> dict[str, Any]:
    return {
        "instrument": q.instrument, "completed_at": _when(q.created_at), "total": q.total, "band": q.band,
        "crisis": q.crisis, "source": q.source,
        "answers": cipher.open_json("questionnaire_responses", "answers", q.id, q.answers),
    }


def _escalation_data(e: Escalation, cipher: Cipher) -> dict[str, Any]:
    return {
        "created_at": _when(e.created_at), "level": RiskLevel(e.level).label, "categories": dict(e.categories or {}),
        "reason": e.reason, "signals": cipher.open_json("escalations", "signals", e.id, e.signals),
        "delivered_at": _when(e.delivered_at), "acknowledged_at": _when(e.acknowledged_at),
        "acknowledged_by": e.acknowledged_by,
    }


def _account_data(session: Session, account: Account) -> dict[str, Any]:
    sessions = session.scalars(select(LoginSession).where(LoginSession.account_id == account.id)
                               .order_by(LoginSession.created_at))
    tokens = session.scalars(select(ApiToken).where(ApiToken.account_id == account.id).order_by(ApiToken.created_at))
    return {
        "id": account.id, "username": account.username, "display_name": account.display_name, "role": account.role,
        "created_at": _when(account.created_at), "last_login_at": _when(account.last_login_at),
        "disabled_at": _when(account.disabled_at),
        "sign_in_sessions": [{"created_at": _when(s.created_at), "expires_at": _when(s.expires_at),
                              "last_seen_at": _when(s.last_seen_at)} for s in sessions],
        "api_tokens": [{"name": t.name, "created_at": _when(t.created_at), "last_used_at": _when(t.last_used_at),
                        "revoked_at": _when(t.revoked_at)} for t in tokens],
    }


def _rows(session: Session, model, conversation_id: str, order):
    return session.scalars(select(model).where(model.conversation_id == conversation_id).order_by(order))


def _when(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()
