"""The turn: receive -> de-identify -> assess risk -> route -> generate -> check output -> re-identify -> store.

Every message from every interface runs through ``TurnPipeline.run``; no interface can skip a
stage. The stream it yields carries only text that passed the output check, re-identified.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from mindhaven.crisis.directory import Directory
from mindhaven.guard.rules import Allowed
from mindhaven.handoff.waiting import waited_too_long
from mindhaven.llm.base import Backend
from mindhaven.storage.handoffs import HandoffRepository
from mindhaven.storage.models import utcnow
from mindhaven.storage.repository import NewMessage, Repository
from mindhaven.turn import generate as generate_stage
from mindhaven.turn.assess_risk import Assessor, assess_risk
from mindhaven.turn.check_output import StreamGuard, allowed_from, checked_protocol_text
from mindhaven.turn.consent import require_consent
from mindhaven.turn.deidentify import SpanFinder, deidentify, deidentify_text
from mindhaven.turn.receive import Limits, receive
from mindhaven.turn.reidentify import reidentify
from mindhaven.turn.route import route
from mindhaven.turn.store import store
from mindhaven.turn.types import (
    ChatMessage,
    Generated,
    IncomingMessage,
    RiskLevel,
    Role,
    Route,
    Routed,
    TextChunk,
    TurnDone,
    TurnEvent,
)

log = logging.getLogger(__name__)



@dataclass
class TurnPipeline:
    repository: Repository
    backend: Backend
    finder: SpanFinder
    assessor: Assessor
    directory: Directory
    limits: Limits
    generation: generate_stage.GenerationLimits

    def __post_init__(self) -> None:
        self.allowed: Allowed = allowed_from(self.directory)

    def run(self, incoming: IncomingMessage, cancel: threading.Event | None = None) -> Iterator[TurnEvent]:
        """Raises InvalidMessage (ConsentNeeded without consent in force) or ConversationNotFound before
        yielding anything; never after."""
        cancel = cancel or threading.Event()
        state = self.repository.load_state(incoming.conversation_id)
        text = incoming.content if isinstance(incoming.content, str) else ""
        require_consent(state, text[: self.limits.max_chars], self.assessor)
        if state.human is not None and waited_too_long(state.human, utcnow()):
            # The human who took over has left the person waiting: the AI answers again, and says so.
            if HandoffRepository(self.repository.database).end_unanswered(incoming.conversation_id) is not None:
                state = dataclasses.replace(state, human=None, human_left=state.human)
        received = receive(incoming, state, self.limits)
        deidentified = deidentify(received, self.finder)
        assessed = assess_risk(deidentified, self.assessor)
        routed = route(assessed, self.directory)
        return self._respond(routed, cancel)

    def _respond(self, routed: Routed, cancel: threading.Event) -> Iterator[TurnEvent]:
        mapping = routed.assessed.deidentified.pseudonyms
        guard = StreamGuard(self.allowed)
        shown: list[str] = []  # de-identified text the person has been shown
        source, failure, interrupted = "llm", None, True

        def emit(pieces: list[str]) -> Iterator[TurnEvent]:
            for piece in pieces:
                shown.append(piece)
                yield TextChunk(reidentify(piece, mapping))

        try:
            if routed.lead:  # fixed wording, no contact in it: nothing for the output check to find
                yield from emit([routed.lead, "\n\n"])
            led = len(shown)
            if routed.route in (Route.CRISIS_PROTOCOL, Route.QUESTIONNAIRE):
                source = "protocol" if routed.route == Route.CRISIS_PROTOCOL else "questionnaire"
                yield from emit(checked_protocol_text(routed.protocol_reply or "", guard))
            elif routed.route == Route.HUMAN:  # the human who took over replies; the AI says nothing
                source = "protocol"
                if routed.append_resources:
                    yield from emit(checked_protocol_text(routed.resources_note.strip(), guard))
            else:
                generation = generate_stage.Generation(routed, self.backend, self.generation, threading.Event())
                for piece in generation:
                    if cancel.is_set():  # the person left; keep what they saw
                        generation.cancel()
                        break
                    yield from emit(guard.feed(piece))
                    if guard.blocked:
                        generation.cancel()
                        break
                if not guard.blocked:
                    yield from emit(guard.finish())
                failure = generation.failure if not guard.blocked else None
                yield from emit(self._closing(routed, guard, failure, len(shown) > led))
                if guard.blocked:
                    source = "guarded"
                    log.warning("output check blocked a reply: %s", [f.rule for f in guard.report.findings])
                elif failure:
                    source = "fallback"
                    log.warning("LLM generation failed (%s); fallback reply sent", failure.split(":")[0])
            interrupted = cancel.is_set()
        finally:
            # Also runs when the person disconnects mid-reply: what they saw is still stored.
            generated = Generated("".join(shown), source, failure, guard.report, interrupted)
            result = store(routed, generated, reidentify(generated.text, mapping), self.repository)
        yield TurnDone(result)

    @staticmethod
    def _closing(routed: Routed, guard: StreamGuard, failure: str | None, shown_any: bool) -> list[str]:
        """Deterministic text that ends an LLM reply: a replacement, a fallback and/or resources."""
        risky = routed.assessed.risk.level >= RiskLevel.LOW
        spacer = "\n\n" if shown_any else ""
        if guard.blocked:
            return [spacer + generate_stage.BLOCKED_REPLY + (routed.resources_note if risky else "")]
        if failure:
            text = generate_stage.CUT_OFF_NOTE if shown_any else generate_stage.FALLBACK_REPLY
            return [text + (routed.resources_note if risky else "")]
        return [routed.resources_note] if routed.append_resources else []

    def seed(self, conversation_id: str, messages: list[ChatMessage]) -> None:
        """Store earlier messages (e.g. for batch evaluation), de-identified like any turn."""
        state = self.repository.load_state(conversation_id)
        require_consent(state)
        mapping = dict(state.pseudonyms)
        rows = []
        for message in messages:
            redacted, _, mapping = deidentify_text(message.content, self.finder, mapping)
            rows.append(NewMessage(Role(message.role), message.content, redacted))
        self.repository.append(conversation_id, rows, mapping)
