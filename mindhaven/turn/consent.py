"""Before any stage runs: a turn goes ahead only while the conversation's consent is in force.

Checked on the state the pipeline loads (its newest consent row), so every interface obeys it.
A refused message is neither stored nor sent anywhere, but our own risk assessor still reads it in
memory: someone who withdrew consent and then writes that they are about to die must still be shown
where to get help (the refusal carries ``in_crisis``, and each interface shows the crisis lines).
"""

from __future__ import annotations

from mindhaven.turn.receive import InvalidMessage
from mindhaven.turn.assess_risk import Assessor
from mindhaven.turn.types import ConsentStanding, ConversationState, RiskLevel


class ConsentNeeded(InvalidMessage):
    """The message was refused, unprocessed and unstored, for want of consent (HTTP 409)."""

    def __init__(self, code: str, message: str, conversation_id: str, country: str = "", in_crisis: bool = False):
        super().__init__(code, message)
        self.conversation_id, self.country, self.in_crisis = conversation_id, country, in_crisis


def require_consent(state: ConversationState, text: str = "", assessor: Assessor | None = None,
                    in_crisis: bool = False) -> None:
    """``in_crisis``: the refused input is already known to carry a safety answer (a questionnaire's)."""
    if state.consent == ConsentStanding.GIVEN:
        return
    cid = state.conversation_id
    in_crisis = in_crisis or bool(text.strip()) and assessor is not None and \
        assessor.assess(text, state.own_words).level >= RiskLevel.HIGH
    extra = {"country": state.country, "in_crisis": in_crisis}
    if state.consent == ConsentStanding.WITHDRAWN:
        raise ConsentNeeded(
            "consent_withdrawn",
            "Your message was not processed: consent for this conversation was withdrawn, so processing has "
            f"stopped. You can download your data (GET /api/conversations/{cid}/export) or erase it "
            f"(DELETE /api/conversations/{cid}). To continue, give consent again "
            f"(POST /api/conversations/{cid}/consent).",
            cid, **extra,
        )
    if state.consent != ConsentStanding.GIVEN:
        raise ConsentNeeded(
            "consent_required",
            "Your message was not processed: consent has not been given for this conversation. Show the "
            f"person the terms (GET /api/consent) and record their agreement (POST /api/conversations/{cid}/consent), "
            "then send the message again.",
            cid, **extra,
        )


def require_consent_to_save(state: ConversationState, not_saved: str, text: str = "", assessor: Assessor | None = None,
                            in_crisis: bool = False) -> None:
    """``require_consent`` for something other than a message (a check-in, a questionnaire): the refusal
    starts with ``not_saved`` ("Your check-in was not saved")."""
    try:
        require_consent(state, text, assessor, in_crisis)
    except ConsentNeeded as refused:
        why = "consent for this conversation was withdrawn" if refused.code == "consent_withdrawn" \
            else "consent has not been given for this conversation"
        raise ConsentNeeded(refused.code, f"{not_saved}: {why}. Give consent again, then try once more.",
                            refused.conversation_id, refused.country, refused.in_crisis) from None
