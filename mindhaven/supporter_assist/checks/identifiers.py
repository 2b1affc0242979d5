"""Identifiers: a phone number, link or email that is not in the crisis directory.

The output check's own rules decide (``guard.rules``), so a supporter's draft and a model's text
are held to the same line: a number the directory verified may be shared, anything else is worth
a second look (a personal number, a link to an unvetted site).
"""

from __future__ import annotations

from mindhaven.guard.rules import Allowed, Rule, ShortNumberRule, UnverifiedContactRule
from mindhaven.supporter_assist.checks.base import Checker, DraftContext
from mindhaven.supporter_assist.types import Flag, FlagKind

_SUGGESTION = (
    "Share only contacts from the verified crisis directory, and keep personal numbers and links out of the chat."
)
_HIDE = "\u2060"  # a word joiner: masks a finding so the rule looks further, and joins no digits


class IdentifierChecker(Checker):
    kind = FlagKind.IDENTIFIER

    def __init__(self, allowed: Allowed, rules: tuple[Rule, ...] = (UnverifiedContactRule(), ShortNumberRule())):
        self.allowed = allowed
        self.rules = rules

    def check(self, context: DraftContext) -> list[Flag]:
        flags: list[Flag] = []
        for rule in self.rules:  # where two rules find the same words, the first rule's reading stands
            for flag in self._every_finding(rule, context.draft):
                if not any(g.start < flag.end and flag.start < g.end for g in flags):
                    flags.append(flag)
        return sorted(flags, key=lambda f: f.start)

    def _every_finding(self, rule: Rule, draft: str) -> list[Flag]:
        """A rule names its first finding only; mask it and ask again until it finds no more."""
        masked, flags = draft, []
        for _ in range(20):
            finding = rule.check(masked, self.allowed)
            if finding is None:
                break
            start = masked.find(finding.excerpt)
            if start < 0 or not finding.excerpt:
                break
            end = start + len(finding.excerpt)
            flags.append(Flag(self.kind, start, end, draft[start:end], finding.reason, _SUGGESTION))
            masked = masked[:start] + _HIDE * (end - start) + masked[end:]
        return flags
