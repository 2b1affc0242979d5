"""Stage 8, store: the person's message and the reply they saw, in one transaction."""

from __future__ import annotations

from mindhaven.questionnaires.submit import escalation_for
from mindhaven.storage.repository import NewEscalation, NewMessage, Repository
from mindhaven.turn.types import Generated, Role, Route, Routed, TurnResult


def store(routed: Routed, generated: Generated, reply: str, repository: Repository) -> TurnResult:
    deidentified = routed.assessed.deidentified
    received = deidentified.received
    risk = routed.assessed.risk
    escalation = None
    if routed.route == Route.CRISIS_PROTOCOL:
        escalation = NewEscalation.from_risk(risk, received.country)
    elif routed.questionnaire is not None and routed.questionnaire.result is not None \
            and routed.questionnaire.result.crisis:  # a safety answer given in the chat
        escalation = escalation_for(routed.questionnaire.result, received.country)
    messages = [NewMessage(Role.USER, received.text, deidentified.text, risk_level=int(risk.level),
                           risk=risk.as_dict())]
    if generated.text or routed.route != Route.HUMAN:  # while a human has taken over, the AI may say nothing
        messages.append(NewMessage(
            Role.ASSISTANT, reply, generated.text,
            route=routed.route.value, guard=generated.guard.as_dict(), source=generated.source,
            fallback_reason=generated.fallback_reason, interrupted=generated.interrupted,
        ))
    user_id, *reply_id = repository.append(
        received.conversation_id,
        messages,
        deidentified.pseudonyms,
        locale=received.locale,
        country=received.country,
        escalation=escalation,
        questionnaire=routed.questionnaire,
    )
    return TurnResult(
        conversation_id=received.conversation_id,
        user_message_id=user_id,
        reply_message_id=reply_id[0] if reply_id else None,
        reply=reply,
        route=routed.route,
        risk=risk,
        guard=generated.guard,
        source=generated.source,
        fallback_reason=generated.fallback_reason,
    )
