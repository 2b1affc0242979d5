"""Who wrote a supporter's reply: the person is told when a suggestion helped write it.

The sender stores ``SupporterReply.authorship`` with the message; interfaces show ``notice``
beside it. A reply counts as AI-assisted when the supporter took a suggestion (even if they then
edited it), or when what they send is a suggestion word for word. Flags alone do not make a reply
AI-assisted: they point at the supporter's own words and write nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mindhaven.supporter_assist.types import Suggestion

AI_ASSISTED_NOTICE = "written by a peer supporter with AI help"
PEER_NOTICE = "written by a peer supporter"


class Authorship(StrEnum):
    PEER_SUPPORTER = "peer_supporter"
    PEER_SUPPORTER_WITH_AI_HELP = "peer_supporter_with_ai_help"

    @property
    def ai_assisted(self) -> bool:
        return self is Authorship.PEER_SUPPORTER_WITH_AI_HELP

    @property
    def notice(self) -> str:
        return AI_ASSISTED_NOTICE if self.ai_assisted else PEER_NOTICE


@dataclass(frozen=True)
class SupporterReply:
    text: str
    authorship: Authorship

    @property
    def notice(self) -> str:
        return self.authorship.notice


def mark_reply(text: str, used_suggestion: bool = False, suggestion: Suggestion | None = None) -> SupporterReply:
    """``used_suggestion``: the supporter took the suggestion into their reply (the interface knows)."""
    copied = suggestion is not None and suggestion.text is not None and _same(text, suggestion.text)
    ai = used_suggestion or copied
    return SupporterReply(text, Authorship.PEER_SUPPORTER_WITH_AI_HELP if ai else Authorship.PEER_SUPPORTER)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
