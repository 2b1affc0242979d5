"""Stage 1, receive: turn untrusted input into clean text, or refuse it with a clear reason."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mindhaven.turn.types import ConversationState, IncomingMessage, Received

# C0/C1 control characters except tab and newline, plus invisible characters that can hide text
# from a reader while a model still sees it: zero-width space, direction marks and overrides,
# word joiners, the Arabic letter mark and Unicode tag characters. Zero-width (non-)joiners stay:
# emoji sequences and Persian script need them.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\u061c\ufeff\U000e0000-\U000e007f]"
)
_BLANK_LINES = re.compile(r"\n{3,}")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


class InvalidMessage(ValueError):
    """The message cannot be accepted; ``code`` is stable, ``str()`` is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Limits:
    max_chars: int = 4000


def clean_text(content: str | bytes) -> str:
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidMessage("invalid_encoding", "The message is not valid UTF-8 text.") from exc
    if not isinstance(content, str):
        raise InvalidMessage("not_text", "The message must be text.")
    text = unicodedata.normalize("NFC", content.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def parse_locale(locale: str | None, country: str | None, state: ConversationState) -> tuple[str, str]:
    """Language from the locale; country from an explicit value, the locale's region, or the conversation."""
    language, region = state.locale, None
    if locale:
        if not _LOCALE.match(locale):
            raise InvalidMessage("invalid_locale", f"'{locale[:20]}' is not a locale such as en-GB or es.")
        parts = re.split(r"[-_]", locale)
        language = parts[0].lower()
        region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if country:
        if not (len(country) == 2 and country.isalpha()):
            raise InvalidMessage("invalid_country", "The country must be a two-letter code such as GB.")
        region = country.upper()
    return language, region or state.country


def validated_text(content: str | bytes, limits: Limits) -> str:
    """Clean text within the limits, or InvalidMessage saying what is wrong."""
    if isinstance(content, (str, bytes)) and len(content) > limits.max_chars * 4:
        raise InvalidMessage("too_long", f"The message is longer than {limits.max_chars} characters.")
    text = clean_text(content)
    if not text:
        raise InvalidMessage("empty", "The message is empty.")
    if len(text) > limits.max_chars:
        raise InvalidMessage(
            "too_long", f"The message is {len(text)} characters; the limit is {limits.max_chars}."
        )
    if not any(ch.isalnum() or unicodedata.category(ch).startswith(("L", "N", "S", "P")) for ch in text):
        raise InvalidMessage("empty", "The message has no readable characters.")
    return text


def receive(incoming: IncomingMessage, state: ConversationState, limits: Limits) -> Received:
    text = validated_text(incoming.content, limits)
    language, country = parse_locale(incoming.locale, incoming.country, state)
    return Received(
        conversation_id=incoming.conversation_id,
        text=text,
        locale=language,
        country=country,
        state=state,
    )
