"""Stage 6, check output: LLM text is released to the person one checked piece at a time.

Text is held until a sentence (or line) ends, the piece is checked against every rule, and
only then released; a failing piece is never shown and ends the reply.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

from mindhaven.crisis.directory import Directory, get_directory
from mindhaven.guard.rules import REWRITES, RULES, Allowed, Rule
from mindhaven.turn.types import GuardFinding, GuardReport

log = logging.getLogger(__name__)

# Shown only if a directory entry ever made the crisis text fail the output check.
LAST_RESORT_CRISIS_REPLY = (
    "I'm worried about your safety. Please call your local emergency number now, or go to the nearest "
    "emergency department. If you can, tell someone near you how you are feeling. I'm an AI, and I'm still here."
)

_BOUNDARY = re.compile(r"[.!?…](?:[\"')\]]*)\s+|\n")
_MAX_HELD = 320  # a "sentence" longer than this is released at its last safe space


def allowed_from(directory: Directory) -> Allowed:
    phones, hosts = directory.allowed_contacts()
    return Allowed(frozenset(phones), frozenset(hosts))


@lru_cache(maxsize=1)
def shipped_contacts() -> Allowed:
    """The contacts of the shipped directory, for model text checked outside a turn (summaries, rewrites)."""
    return allowed_from(get_directory())


# A space with no digit on either side: cutting there cannot split a phone number or a link.
_SAFE_START = re.compile(r"(?<!\d)\s(?!\d)")


def _tail(released: str, size: int = 80) -> str:
    """The end of the released text, starting where a cut splits no word, link or number:
    a fragment ("ss.ca", "7786264") would look like a contact of its own."""
    if len(released) <= size:
        return released
    tail = released[-size:]
    start = _SAFE_START.search(tail)
    return tail[start.start():] if start else ""


def check_text(text: str, allowed: Allowed, rules: Iterable[Rule] = RULES) -> GuardFinding | None:
    for rule in rules:
        if finding := rule.check(text, allowed):
            return finding
    return None


class StreamGuard:
    def __init__(self, allowed: Allowed, rules: Iterable[Rule] = RULES):
        self.allowed = allowed
        self.rules = tuple(rules)
        self.report = GuardReport()
        self._held = ""
        self.released = ""

    @property
    def blocked(self) -> bool:
        return self.report.blocked

    def feed(self, piece: str) -> list[str]:
        """Add generated text; return the pieces now cleared for the person (possibly none)."""
        if self.blocked:
            return []
        self._held += piece
        out: list[str] = []
        while not self.blocked:
            cut = self._next_cut()
            if cut is None:
                break
            segment, self._held = self._held[:cut], self._held[cut:]
            out += self._release(segment)
        return out

    def finish(self) -> list[str]:
        if self.blocked or not self._held:
            return []
        segment, self._held = self._held, ""
        return self._release(segment)

    def _next_cut(self) -> int | None:
        match = _BOUNDARY.search(self._held)
        if match:
            return match.end()
        if len(self._held) > _MAX_HELD:
            space = self._held.rfind(" ", 0, _MAX_HELD)
            # never split inside a run of digits, which could be half a phone number
            while space > 0 and self._held[space - 1].isdigit():
                space = self._held.rfind(" ", 0, space)
            return space + 1 if space > 0 else len(self._held)
        return None

    def _release(self, segment: str) -> list[str]:
        if not self.released:
            segment = segment.lstrip()  # a reply never opens with blank space
            if not segment:
                return []
        segment = self._rewrite(segment)
        # Check the segment with the end of what came before, so a pattern cannot hide across a cut.
        context = _tail(self.released) + segment
        finding = check_text(context, self.allowed, self.rules)
        if finding:
            self.report.findings.append(finding)
            return []
        self.released += segment
        return [segment]

    def _rewrite(self, segment: str) -> str:
        for pattern, replacement, rule in REWRITES:
            segment, count = pattern.subn(replacement, segment)
            if count:
                self.report.rewrites.append(GuardFinding(rule, f"reworded to '{replacement}' (safe messaging)", ""))
        return segment


def checked_protocol_text(text: str, guard: StreamGuard) -> list[str]:
    """Deterministic crisis text through the output check like every reply: the pieces cleared, or
    the last-resort wording if a directory entry ever made it fail."""
    checked = guard.feed(text) + guard.finish()
    if guard.blocked:
        log.error("crisis protocol text failed the output check: %s", guard.report.findings)
        return [LAST_RESORT_CRISIS_REPLY]
    return checked
