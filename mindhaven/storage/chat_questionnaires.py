"""Storage for a questionnaire asked inside the chat: the answers so far (sealed), until it is completed (then a
questionnaire result is stored like a form's), stopped or paused. Session-level helpers, called inside the
turn's own transaction by the repository, so an answer is never stored without the messages around it."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindhaven.storage.models import ChatQuestionnaire, utcnow
from mindhaven.storage.questionnaire_rows import add_response
from mindhaven.storage.vault import Cipher, Vault
from mindhaven.turn.types import QuestionnaireInChat, QuestionnaireStep

TABLE = "chat_questionnaires"
REPLACED = "replaced"


def open_in_chat(session: Session, cipher: Cipher, conversation_id: str) -> QuestionnaireInChat | None:
    row = session.scalar(select(ChatQuestionnaire).where(ChatQuestionnaire.conversation_id == conversation_id,
                                                         ChatQuestionnaire.finished_at.is_(None)))
    if row is None:
        return None
    answers = cipher.open_json(TABLE, "answers", row.id, row.answers) or {}
    return QuestionnaireInChat(row.id, row.instrument, {k: int(v) for k, v in answers.items()}, row.unclear)


def start_in_chat(session: Session, cipher: Cipher, conversation_id: str, instrument: str) -> int:
    """A new questionnaire in the chat; one still open is closed as replaced."""
    session.execute(update(ChatQuestionnaire).where(
        ChatQuestionnaire.conversation_id == conversation_id, ChatQuestionnaire.finished_at.is_(None),
    ).values(finished_at=utcnow(), outcome=REPLACED))
    row = ChatQuestionnaire(conversation_id=conversation_id, instrument=instrument, answers="")
    session.add(row)
    session.flush()
    row.answers = cipher.seal_json(TABLE, "answers", row.id, {})
    return row.id


def record_step(session: Session, vault: Vault, cipher: Cipher, conversation_id: str, done: QuestionnaireStep,
                actor: str = "person") -> None:
    """The step's answers and outcome; once completed, its result as a stored questionnaire (source "chat")."""
    row = session.get(ChatQuestionnaire, done.id)
    row.answers = cipher.seal_json(TABLE, "answers", row.id, dict(done.answers))
    row.unclear = done.unclear
    if done.outcome is not None:
        row.finished_at, row.outcome = utcnow(), done.outcome
    if done.result is not None:
        r = done.result
        add_response(session, vault, cipher, conversation_id, r.instrument, dict(done.answers), r.total, r.band,
                     r.crisis, "chat", actor=actor)
