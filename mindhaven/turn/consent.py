"""Before any stage runs: a turn goes ahead only while the conversation's consent is in force.

Checked on the state the pipeline loads (its newest consent row), so every interface obeys it.
"""

from __future__ import annotations

from mindhaven.turn.receive import InvalidMessage
from mindhaven.turn.types import ConsentStanding, ConversationState


class ConsentNeeded(InvalidMessage):
    """The message was refused, unprocessed and unstored, for want of consent (HTTP 409)."""

    def __init__(self, code: str, message: str, conversation_id: str):
        super().__init__(code, message)
        self.conversation_id = conversation_id


def require_consent(state: ConversationState) -> None:
    cid = state.conversation_id
    if state.consent == ConsentStanding.WITHDRAWN:
        raise ConsentNeeded(
            "consent_withdrawn",
            "Your message was not processed: consent for this conversation was withdrawn, so processing has "
            f"stopped. You can download your data (GET /api/conversations/{cid}/export) or erase it "
            f"(DELETE /api/conversations/{cid}). To continue, give consent again "
            f"(POST /api/conversations/{cid}/consent).",
            cid,
        )
    if state.consent != ConsentStanding.GIVEN:
        raise ConsentNeeded(
            "consent_required",
            "Your message was not processed: consent has not been given for this conversation. Show the "
            f"person the terms (GET /api/consent) and record their agreement (POST /api/conversations/{cid}/consent), "
            "then send the message again.",
            cid,
        )
