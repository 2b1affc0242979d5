"""Writing one questionnaire result inside the caller's transaction: checked, audited, answers sealed. Used for a
form, a FHIR import and a questionnaire completed in the chat alike."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from mindhaven.instruments import get_instrument
from mindhaven.storage import audit
from mindhaven.storage.models import QuestionnaireResponse
from mindhaven.storage.vault import Cipher, Vault

TABLE = "questionnaire_responses"
SOURCES = ("form", "chat", "fhir_import")
_BAND = re.compile(r"^[a-z][a-z0-9_ -]{0,31}$")
Answer = int | float | str | bool | None
_ANSWER_TYPES = (int, float, str, bool, type(None))


def add_response(session: Session, vault: Vault, cipher: Cipher, conversation_id: str, instrument: str,
                 answers: Mapping[str, Answer], total: int | None, band: str | None, crisis: bool, source: str,
                 completed_at: datetime | None = None, actor: str = "person") -> QuestionnaireResponse:
    """ValueError for values no scorer should produce (nothing is added)."""
    check(instrument, answers, total, band, source)
    audit.record(session, vault, actor, "save_questionnaire", conversation_id, f"{instrument}, from {source}")
    row = QuestionnaireResponse(conversation_id=conversation_id, instrument=instrument, answers="", total=total,
                                band=band, crisis=bool(crisis), source=source)
    if completed_at is not None:
        row.created_at = completed_at
    session.add(row)
    session.flush()  # the sealed answers are bound to the row's id
    row.answers = cipher.seal_json(TABLE, "answers", row.id, dict(answers))
    return row


def check(instrument: str, answers: Mapping[str, Answer], total: int | None, band: str | None, source: str) -> None:
    if not isinstance(instrument, str):
        raise ValueError("instrument must be an instrument's id such as 'phq9'")
    get_instrument(instrument)  # an unknown id raises ValueError naming the known ones
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}")
    if total is not None and (isinstance(total, bool) or not isinstance(total, int) or total < 0):
        raise ValueError("total must be a whole number of 0 or more, or None while incomplete")
    if band is not None and (not isinstance(band, str) or not _BAND.match(band)):
        raise ValueError("band must be a short label such as 'moderate'")
    if not isinstance(answers, Mapping) or not all(isinstance(k, str) and k for k in answers):
        raise ValueError("answers must map item ids to values")
    if not all(isinstance(v, _ANSWER_TYPES) for v in answers.values()):
        raise ValueError("each answer must be a number, text, true/false or None")
