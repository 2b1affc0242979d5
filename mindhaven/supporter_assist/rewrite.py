"""The empathic rewrite: a short suggestion in the supporter's voice, or a plain reason why none.

The person's recent messages and the draft are de-identified as a turn is (``turn.deidentify``,
one placeholder map shared with the conversation) before the model sees them; the model's text
passes the output check (``turn.check_output``) while still de-identified, is re-identified for
the supporter, and is offered only if it trips none of the phrasing flags itself. Nothing here
raises to the caller: a backend or de-identification failure is a Suggestion without text.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mindhaven.guard.rules import Allowed
from mindhaven.llm.base import Backend, GenerationRequest, model_label
from mindhaven.supporter_assist.checks import DraftFlagger, build_flagger
from mindhaven.supporter_assist.checks.base import DraftContext
from mindhaven.supporter_assist.checks.missed_risk_cue import strongest_cue
from mindhaven.supporter_assist.prompt import build_messages
from mindhaven.supporter_assist.types import Flag, Suggestion
from mindhaven.turn.assess_risk import Assessor
from mindhaven.turn.check_output import StreamGuard
from mindhaven.turn.deidentify import SpanFinder, deidentify_text
from mindhaven.turn.reidentify import reidentify

log = logging.getLogger(__name__)

NO_SUGGESTION_NOW = "No suggestion right now: the writing model is not available. Your own draft can still be sent."
NOT_HIDDEN = "No suggestion right now: personal details could not be hidden from the writing model."
NO_DRAFT = "Write a draft first: the suggestion rewrites your own words."
NO_TEXT = "No suggestion this time: the model gave no usable text."
NO_CHANGE = "No suggestion: the model had nothing to change."
UNKNOWN_DETAIL = "No suggestion: it referred to a detail that is not in the conversation."

_LEFTOVER_PLACEHOLDER = re.compile(r"\[[A-Z]{2,8}_\d{1,3}\]")
_LABEL = re.compile(r"^\s*(?:\*\*)?(?:rewrit\w*|suggest\w*|revised|improved|new)?\s*(?:reply|response|draft|version|"
                    r"rewrite|message)?\s*:\s*(?:\*\*)?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?:[\"')\]]*)(?=\s|$)")


@dataclass(frozen=True)
class RewriteLimits:
    max_tokens: int = 120
    temperature: float = 0.4
    timeout: float = 60.0  # seconds for the whole rewrite; the supporter can send their own draft meanwhile
    person_messages: int = 4  # how many of the person's latest messages the model sees
    max_chars: int = 700


class ReplyAssistant:
    def __init__(self, backend: Backend, finder: SpanFinder, flagger: DraftFlagger, allowed: Allowed,
                 limits: RewriteLimits = RewriteLimits()):
        self.backend = backend
        self.finder = finder
        self.flagger = flagger
        self.allowed = allowed
        self.limits = limits

    @property
    def model(self) -> str:
        return model_label(self.backend)

    def flags(self, draft: str, person_messages: Sequence[str] = ()) -> list[Flag]:
        return self.flagger.flags(draft, person_messages)

    def suggest(self, draft: str, person_messages: Sequence[str] = (), pseudonyms: Mapping[str, str] | None = None,
                language: str | None = None) -> Suggestion:
        """``person_messages``: the person's latest messages as they wrote them, oldest first;
        ``pseudonyms``: the conversation's placeholder map, so a name keeps its placeholder."""
        context = self.flagger.context(draft, person_messages)
        draft_flags = tuple(self.flagger.check(context))

        def none(why: str) -> Suggestion:
            return Suggestion(None, why, draft_flags, self.model)

        if not draft.strip():
            return none(NO_DRAFT)
        try:
            messages, draft_redacted, mapping = self._deidentified(context, dict(pseudonyms or {}), language)
        except Exception:  # noqa: BLE001 - without de-identification nothing may reach the model
            log.exception("de-identification failed; no rewrite requested")
            return none(NOT_HIDDEN)
        direct_cue = strongest_cue(dataclasses.replace(context, indirect_cues=False))
        request = GenerationRequest(
            build_messages(messages, draft_redacted, ask_about_safety=direct_cue is not None),
            max_tokens=self.limits.max_tokens,
            temperature=self.limits.temperature,
        )
        try:
            raw = self._generate(request)
        except Exception as exc:  # noqa: BLE001 - any backend failure means no suggestion, never an error
            log.warning("rewrite failed: %s", type(exc).__name__)  # the message could quote what was sent
            return none(NO_SUGGESTION_NOW)
        return self._vetted(tidy(raw, self.limits.max_chars), context, mapping, draft_flags)

    def _deidentified(self, context: DraftContext, mapping: dict[str, str],
                      language: str | None) -> tuple[list[str], str, dict[str, str]]:
        shown: list[str] = []
        for message in context.person_messages[-self.limits.person_messages:]:
            redacted, _, mapping = deidentify_text(message, self.finder, mapping, language)
            shown.append(redacted)
        draft, _, mapping = deidentify_text(context.draft, self.finder, mapping, language)
        return shown, draft, mapping

    def _generate(self, request: GenerationRequest) -> str:
        """The whole text within ``timeout``; the backend runs in a worker so a hung one cannot hold the caller."""
        cancel = threading.Event()
        outcome: queue.Queue[str | BaseException] = queue.Queue(maxsize=1)

        def run() -> None:
            try:
                pieces = []
                for piece in self.backend.stream(request, cancel):
                    pieces.append(piece)
                    if cancel.is_set():
                        break
                outcome.put("".join(pieces))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                outcome.put(exc)

        threading.Thread(target=run, name="supporter-rewrite", daemon=True).start()
        try:
            result = outcome.get(timeout=self.limits.timeout)
        except queue.Empty:
            raise TimeoutError(f"no rewrite within {self.limits.timeout:g} s") from None
        finally:
            cancel.set()
        if isinstance(result, BaseException):
            raise result
        return result

    def _vetted(self, text: str, context: DraftContext, mapping: dict[str, str],
                draft_flags: tuple[Flag, ...]) -> Suggestion:
        def none(why: str) -> Suggestion:
            return Suggestion(None, why, draft_flags, self.model)

        if not text:
            return none(NO_TEXT)
        guard = StreamGuard(self.allowed)
        guard.feed(text)
        guard.finish()
        if guard.blocked:
            finding = guard.report.findings[0]
            log.info("rewrite held back by the output check: %s", finding.rule)
            return none(f"No suggestion: the output check held it back ({finding.reason}).")
        suggestion = reidentify(guard.released.strip(), mapping)
        if _LEFTOVER_PLACEHOLDER.search(suggestion):
            return none(UNKNOWN_DETAIL)
        own_flags = self.flagger.check(dataclasses.replace(context, draft=suggestion, indirect_cues=False))
        if own_flags:
            flag = own_flags[0]
            kind = flag.kind.value.replace("_", " ")
            return none(f"No suggestion: the rewrite itself was flagged ({kind}: \"{flag.phrase}\", {flag.reason}).")
        if _same(suggestion, context.draft):
            return none(NO_CHANGE)
        return Suggestion(suggestion, "", draft_flags, self.model)


def tidy(raw: str, max_chars: int) -> str:
    """The reply alone: no label, no wrapping quotes, one paragraph, no sentence cut off by the token limit."""
    text = _LABEL.sub("", raw.strip(), count=1) if _LABEL.match(raw.strip()) else raw.strip()
    text = text.split("\n\n", 1)[0].strip()
    if len(text) >= 2 and text[0] in "\"“'" and text[-1] in "\"”'":
        text = text[1:-1].strip()
    text = " ".join(text.split())[:max_chars]
    ends = list(_SENTENCE_END.finditer(text))
    if ends and ends[-1].end() < len(text):
        text = text[: ends[-1].end()]
    return text.strip()


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def build_reply_assistant(backend: Backend, finder: SpanFinder | None = None, assessor: Assessor | None = None,
                          allowed: Allowed | None = None, limits: RewriteLimits = RewriteLimits()) -> ReplyAssistant:
    """Wired as a live turn is: the project's analyzer, the live assessor and the shipped crisis directory."""
    if finder is None:
        from mindhaven.privacy.analyzer import get_analyzer

        finder = get_analyzer()
    if allowed is None:
        from mindhaven.turn.check_output import shipped_contacts

        allowed = shipped_contacts()
    return ReplyAssistant(backend, finder, build_flagger(assessor, allowed), allowed, limits)
