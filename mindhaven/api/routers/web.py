"""The person-facing web pages: the chat, a conversation's history, and verified crisis help.

Server-rendered with Jinja2. The chat streams replies through the JSON API with a small script
(static/chat.js); without JavaScript the form posts to ``/send``, which runs the turn and redirects
back to the conversation. Every page carries the AI notice and a "Get help now" link.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor

from mindhaven import __version__
from mindhaven.crisis.directory import Directory, by_kind, get_directory, host_of
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.receive import InvalidMessage, parse_locale, receive
from mindhaven.turn.types import ConversationState, IncomingMessage, RiskLevel, Route

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
STATIC_DIR = WEB_DIR / "static"

router = APIRouter(include_in_schema=False)
router.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
templates = Jinja2Templates(directory=WEB_DIR / "templates")

KIND_LABELS = {
    "emergency": "Emergency",
    "crisis_line": "Crisis line",
    "text_line": "Text line",
    "chat": "Online chat",
    "youth": "Young people",
    "lgbtq": "LGBTQ+",
    "domestic_violence": "Domestic abuse",
    "directory": "Directory",
}
ROLE_NAMES = {"user": "You", "assistant": "MindHaven (AI)"}
_ACCEPT_REGION = re.compile(r"^[A-Za-z]{2,3}[-_]([A-Za-z]{2})\b")
# The security headers (CSP, no-store, no-referrer, ...) are set on every response by
# mindhaven.api.security.SecurityHeaders; pages add only this.
PAGE_HEADERS = {"Vary": "HX-Request"}


def static_url(name: str) -> str:
    """A URL for a static file that changes when the file does, so browsers never use a stale copy."""
    try:
        stamp = int((STATIC_DIR / name).stat().st_mtime)
    except OSError:
        stamp = 0
    return f"/static/{name}?v={__version__}.{stamp}"


def tel_href(phone: str) -> str:
    return "tel:" + re.sub(r"[^\d+]", "", phone)


templates.env.globals.update(static_url=static_url, kind_labels=KIND_LABELS, role_names=ROLE_NAMES)
templates.env.filters.update(tel=tel_href, host=host_of)


# --- helpers -------------------------------------------------------------------------------


def _settings(request: Request):
    return request.app.state.settings


def _pipeline(request: Request):
    return request.app.state.pipeline


def _known_country(directory: Directory, code: str | None) -> str | None:
    code = (code or "").strip().upper()
    return code if code in directory.countries else None


def _page_country(request: Request, directory: Directory, explicit: str | None = None) -> str:
    """The country whose crisis lines a page shows: asked for, else the browser's region, else the default."""
    if explicit and explicit.strip().upper() in {"INTL", *directory.countries}:
        return explicit.strip().upper()
    language = request.headers.get("accept-language", "").split(",")[0].strip()
    match = _ACCEPT_REGION.match(language)
    return (
        _known_country(directory, match.group(1) if match else None)
        or _known_country(directory, _settings(request).default_country)
        or "INTL"
    )


def _help_context(directory: Directory, country: str) -> dict:
    entry = directory.for_country(country)
    resources = by_kind(directory.resources_for(entry.code))
    countries = sorted(((c.code, c.name) for c in directory.countries.values()), key=lambda c: c[1])
    return {
        "country": entry.code,
        "country_name": entry.name,
        "emergency": entry.emergency,
        "resources": resources,
        "countries": countries,
    }


def render_page(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    directory = get_directory()
    country = context.get("country") or _page_country(request, directory)
    base = {
        "max_chars": _settings(request).max_message_chars,
        "humans_on_call": _settings(request).escalation.humans_on_call,
        "emergency": directory.for_country(country).emergency,
        **_help_context(directory, country),
    }
    response = templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
    response.headers.update(PAGE_HEADERS)
    return response


def not_found_page(request: Request, message: str, heading: str = "We couldn't find that page") -> HTMLResponse:
    return render_page(request, "not_found.html", {"message": message, "heading": heading}, status_code=404)


def _chat_page(
    request: Request, conversation=None, messages=(), error: str | None = None, draft: str = "", status_code: int = 200
) -> HTMLResponse:
    directory = get_directory()
    country = conversation.country if conversation else _page_country(request, directory)
    in_crisis = any(
        m.route == Route.CRISIS_PROTOCOL.value or (m.risk_level is not None and m.risk_level >= RiskLevel.HIGH)
        for m in messages
    )
    return render_page(
        request,
        "chat.html",
        {
            "conversation": conversation,
            "messages": list(messages),
            "country": _known_country(directory, country) or "INTL",
            "show_help": in_crisis,
            "error": error,
            "draft": draft,
        },
        status_code=status_code,
    )


# --- pages ---------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def new_chat(request: Request) -> HTMLResponse:
    return _chat_page(request)


@router.get("/c/{conversation_id}", response_class=HTMLResponse)
def conversation_page(request: Request, conversation_id: str) -> HTMLResponse:
    repository = _pipeline(request).repository
    try:
        conversation = repository.get_conversation(conversation_id)
        messages = repository.messages(conversation_id)
    except ConversationNotFound:
        return not_found_page(
            request,
            "It may have been deleted, or the link may be incomplete. You can start a new chat at any time.",
            "We couldn't find that conversation",
        )
    return _chat_page(request, conversation, messages)


@router.get("/help", response_class=HTMLResponse)
def help_page(request: Request, country: str | None = None) -> HTMLResponse:
    directory = get_directory()
    code = _page_country(request, directory, (country or "")[:8])
    is_fragment = request.headers.get("hx-request") == "true" and not request.headers.get("hx-history-restore-request")
    return render_page(request, "_resources.html" if is_fragment else "help.html", {"country": code})


@router.post("/send", response_class=HTMLResponse)
async def send_without_script(request: Request) -> Response:
    """The chat form without JavaScript: run the whole turn, then show the conversation."""
    if is_cross_site(request):
        # Another site must not be able to post messages into a conversation in someone's name.
        message = "The form was sent from another website. Please write your message on MindHaven itself."
        context = {"heading": "Your message was not sent", "message": message}
        return render_page(request, "not_found.html", context, status_code=403)
    body = (await request.body()).decode("utf-8", "replace")
    form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
    return await run_in_threadpool(_form_turn, request, form)


def is_cross_site(request: Request) -> bool:
    """Was the form posted from another site? Browsers say so in Sec-Fetch-Site; older ones in Origin
    (which is "null" here, because pages send no referrer)."""
    site = request.headers.get("sec-fetch-site")
    if site:
        return site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        return host_of(origin) != host_of(request.headers.get("host", ""))
    return False


def _form_turn(request: Request, form: dict[str, str]) -> Response:
    pipeline = _pipeline(request)
    settings = _settings(request)
    content = form.get("content", "")
    conversation_id = form.get("conversation_id", "").strip()
    country = _known_country(get_directory(), form.get("country"))
    conversation = None
    try:
        if conversation_id:
            conversation = pipeline.repository.get_conversation(conversation_id)
        else:
            defaults = ConversationState("", settings.default_locale, settings.default_country, [], {})
            locale, chosen = parse_locale(None, country, defaults)
            # Check the message before creating a conversation for it.
            receive(IncomingMessage("", content), ConversationState("", locale, chosen, [], {}), pipeline.limits)
            conversation = pipeline.repository.create_conversation(locale, chosen)
        for _event in pipeline.run(IncomingMessage(conversation.id, content, None, country)):
            pass  # the turn stores itself, ending with TurnDone; the page then shows what was stored
    except ConversationNotFound:
        return not_found_page(request, "Your message was not sent. You can start a new chat at any time.",
                          "We couldn't find that conversation")
    except InvalidMessage as exc:
        messages = pipeline.repository.messages(conversation.id) if conversation else []
        return _chat_page(request, conversation, messages, error=str(exc), draft=content, status_code=422)
    return RedirectResponse(f"/c/{conversation.id}#latest", status_code=303)


# --- anything else a browser asks for: a friendly page rather than JSON ------------------------


class _PagePath(Convertor):
    """Any path outside the JSON API and the static files."""

    regex = r"(?!api(?:/|$)|static(?:/|$)).*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("mindhaven_page", _PagePath())


@router.get("/{path:mindhaven_page}", response_class=HTMLResponse)
def page_not_found(request: Request, path: str) -> HTMLResponse:
    return not_found_page(request, "There is no page at this address.")
