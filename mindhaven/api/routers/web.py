"""The person-facing web pages: the chat, a conversation's history, and verified crisis help.

Server-rendered with Jinja2. The chat streams replies through the JSON API with a small script
(static/chat.js); without JavaScript the form posts to ``/send``, which runs the turn and redirects
back to the conversation. Every page carries the AI notice and a "Get help now" link.

A new chat starts on the consent page: agreeing (``/start``) creates the conversation with the
consent recorded. The help page never asks for consent.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor

from mindhaven import __version__
from mindhaven.api.access import Action, ConversationAccess, anyone, authorize, may_start, may_use
from mindhaven.accounts.roles import AccountRole
from mindhaven.api.auth import Principal
from mindhaven.api.deps import humans_on_call, read_form
from mindhaven.consent.terms import CURRENT_VERSION, TERMS
from mindhaven.handoff.labels import human_label, speaker
from mindhaven.storage.handoffs import HandoffRepository
from mindhaven.crisis.directory import Directory, by_kind, get_directory, host_of
from mindhaven.storage.consents import ConsentRepository
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.consent import ConsentNeeded
from mindhaven.turn.receive import InvalidMessage, parse_locale
from mindhaven.turn.types import ConsentStanding, ConversationState, IncomingMessage, RiskLevel, Route

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


templates.env.globals.update(static_url=static_url, kind_labels=KIND_LABELS, speaker=speaker)
templates.env.filters.update(tel=tel_href, host=host_of)


# --- helpers -------------------------------------------------------------------------------


def _settings(request: Request):
    return request.app.state.settings


def _pipeline(request: Request):
    return request.app.state.pipeline


def _browser_language(request: Request) -> str | None:
    """The browser's first language (without its region: the country is chosen on its own)."""
    match = re.match(r"^([A-Za-z]{2,3})\b", request.headers.get("accept-language", "").strip())
    return match.group(1) if match else None


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
        "emergency": directory.for_country(country).emergency,
        **_help_context(directory, country),
    }
    response = templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
    response.headers.update(PAGE_HEADERS)
    return response


def not_found_page(request: Request, message: str, heading: str = "We couldn't find that page") -> HTMLResponse:
    return render_page(request, "not_found.html", {"message": message, "heading": heading}, status_code=404)


def refused_page(request: Request, status: int, message: str) -> HTMLResponse:
    """401 and 403 on a page: say why, offer to sign in, and keep the way to help open."""
    heading = "Please sign in" if status == 401 else "This page isn't open to you"
    context = {"message": message, "heading": heading, "title": heading, "sign_in": status == 401,
               "next_path": request.url.path}
    return render_page(request, "not_found.html", context, status_code=status)


def consent_page(request: Request, action: str, country: str | None = None, notice: str | None = None,
                 draft: str = "", status_code: int = 200, mine=()) -> HTMLResponse:
    """The terms, with a form that posts the version to ``action`` to agree."""
    directory = get_directory()
    code = _known_country(directory, country) or _page_country(request, directory)
    terms = TERMS.for_service(_settings(request).retention.conversation_days)
    context = {"terms": terms, "action": action, "country": code, "notice": notice, "draft": draft,
               "my_conversations": list(mine)}
    return render_page(request, "consent.html", context, status_code=status_code)


def consent_standing(request: Request, conversation_id: str) -> ConsentStanding:
    status = ConsentRepository(_pipeline(request).repository.database).status(conversation_id)
    if status is None:
        return ConsentStanding.MISSING
    return ConsentStanding.GIVEN if status.active else ConsentStanding.WITHDRAWN


def _chat_page(
    request: Request, conversation=None, messages=(), error: str | None = None, draft: str = "", status_code: int = 200,
    consent: ConsentStanding = ConsentStanding.GIVEN, in_crisis: bool = False,
) -> HTMLResponse:
    directory = get_directory()
    country = conversation.country if conversation else _page_country(request, directory)
    handoff = HandoffRepository(_pipeline(request).repository.database).current(conversation.id) if conversation else None
    in_crisis = in_crisis or any(
        m.route == Route.CRISIS_PROTOCOL.value or (m.risk_level is not None and m.risk_level >= RiskLevel.HIGH)
        for m in messages
    )
    return render_page(
        request,
        "chat.html",
        {
            "conversation": conversation,
            "messages": list(messages),
            "human": human_label(handoff.staff_name, handoff.staff_role) if handoff else None,
            "last_message_id": messages[-1].id if messages else 0,
            "country": _known_country(directory, country) or "INTL",
            "show_help": in_crisis,
            "error": error,
            "draft": draft,
            "consent_withdrawn": consent == ConsentStanding.WITHDRAWN,
            "humans_on_call": humans_on_call(request),  # a database query: only the chat page offers a person
        },
        status_code=status_code,
    )


# --- pages ---------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def new_chat(request: Request, principal: Principal = Depends(anyone)) -> HTMLResponse:
    """The consent page that starts a chat; a signed-in person also sees their earlier conversations."""
    if principal.role is not None and principal.role != AccountRole.PERSON:
        message = ("Staff and admin accounts don't chat here. Supporters and clinicians: your caseload, sorted by "
                   "risk with live alerts, is at /console; the escalation queue is GET /api/escalations. Admins: "
                   "accounts and assignments are in the API; see /docs. Sign out to try the chat as a person would.")
        context = {"heading": f"Signed in as {principal.role.value}", "message": message, "title": "Staff"}
        return render_page(request, "not_found.html", context)
    mine = _pipeline(request).repository.owned_by(principal.account.id) if principal.account else []
    return consent_page(request, "/start", mine=mine)


@router.post("/start", response_class=HTMLResponse)
async def start_with_consent(request: Request, principal: Principal = Depends(may_start)) -> Response:
    """The consent form: a new conversation, with consent to the version the person read."""
    if is_cross_site(request):
        return render_page(request, "not_found.html", CROSS_SITE_FORM, status_code=403)
    form = await read_form(request)
    country = _known_country(get_directory(), form.get("country"))
    if form.get("version") != CURRENT_VERSION:
        notice = "The terms changed while the page was open. Please read them again before you start."
        return consent_page(request, "/start", country, notice, status_code=409)
    settings = _settings(request)
    defaults = ConversationState("", settings.default_locale, settings.default_country, [], {})
    locale, chosen = parse_locale(_browser_language(request), country, defaults)
    repository = _pipeline(request).repository
    conversation = await run_in_threadpool(repository.create_conversation, locale, chosen, CURRENT_VERSION,
                                           principal.actor, principal.account_id)
    return RedirectResponse(f"/c/{conversation.id}", status_code=303)


@router.get("/c/{conversation_id}", response_class=HTMLResponse)
def conversation_page(request: Request, conversation_id: str,
                      access: ConversationAccess = Depends(may_use)) -> HTMLResponse:
    repository = _pipeline(request).repository
    try:
        conversation = repository.get_conversation(conversation_id)
        consent = consent_standing(request, conversation_id)
        if consent == ConsentStanding.MISSING:  # started before consent was asked for
            return consent_page(request, f"/c/{conversation_id}/consent", conversation.country)
        messages = repository.messages(conversation_id, actor=access.actor)
    except ConversationNotFound:
        return not_found_page(
            request,
            "It may have been deleted, or the link may be incomplete. You can start a new chat at any time.",
            "We couldn't find that conversation",
        )
    return _chat_page(request, conversation, messages, consent=consent)


@router.get("/help", response_class=HTMLResponse, dependencies=[Depends(anyone)])
def help_page(request: Request, country: str | None = None) -> HTMLResponse:
    directory = get_directory()
    code = _page_country(request, directory, (country or "")[:8])
    is_fragment = request.headers.get("hx-request") == "true" and not request.headers.get("hx-history-restore-request")
    return render_page(request, "_resources.html" if is_fragment else "help.html", {"country": code})


@router.post("/send", response_class=HTMLResponse)
async def send_without_script(request: Request, principal: Principal = Depends(may_start)) -> Response:
    """The chat form without JavaScript: run the whole turn, then show the conversation."""
    if is_cross_site(request):
        # Another site must not be able to post messages into a conversation in someone's name.
        message = "The form was sent from another website. Please write your message on MindHaven itself."
        context = {"heading": "Your message was not sent", "message": message}
        return render_page(request, "not_found.html", context, status_code=403)
    form = await read_form(request)
    if not form.get("conversation_id", "").strip():
        notice = "Your message was not sent. Please read this and agree before you start; your message is below."
        return consent_page(request, "/start", form.get("country"), notice, form.get("content", ""), 409)
    try:
        access = await run_in_threadpool(authorize, request, principal, form["conversation_id"].strip(), Action.USE)
    except ConversationNotFound:
        return not_found_page(request, "Your message was not sent. You can start a new chat at any time.",
                              "We couldn't find that conversation")
    return await run_in_threadpool(_form_turn, request, form, access.actor)


CROSS_SITE_FORM = {"heading": "Nothing was changed",
                   "message": "The form was sent from another website. Please use MindHaven's own pages."}


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


def _form_turn(request: Request, form: dict[str, str], actor: str) -> Response:
    pipeline = _pipeline(request)
    content = form.get("content", "")
    conversation_id = form.get("conversation_id", "").strip()
    country = _known_country(get_directory(), form.get("country"))
    conversation = None
    try:
        conversation = pipeline.repository.get_conversation(conversation_id)
        for _event in pipeline.run(IncomingMessage(conversation.id, content, None, country)):
            pass  # the turn stores itself, ending with TurnDone; the page then shows what was stored
    except ConversationNotFound:
        return not_found_page(request, "Your message was not sent. You can start a new chat at any time.",
                          "We couldn't find that conversation")
    except ConsentNeeded as exc:
        if exc.code == "consent_required":
            notice = "Your message was not sent. Please read this and agree first; your message is below."
            return consent_page(request, f"/c/{conversation.id}/consent", conversation.country, notice, content, 409)
        messages = pipeline.repository.messages(conversation.id, actor=actor)
        error = ("Your message was not sent: you withdrew your consent, so MindHaven has stopped working on "
                 "this conversation.")
        if exc.in_crisis:
            error += " If you are in danger or thinking of ending your life, please call one of the lines below now."
        return _chat_page(request, conversation, messages, error=error, draft=content, status_code=409,
                          consent=ConsentStanding.WITHDRAWN, in_crisis=exc.in_crisis)
    except InvalidMessage as exc:
        messages = pipeline.repository.messages(conversation.id, actor=actor) if conversation else []
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


@router.get("/{path:mindhaven_page}", response_class=HTMLResponse, dependencies=[Depends(anyone)])
def page_not_found(request: Request, path: str) -> HTMLResponse:
    return not_found_page(request, "There is no page at this address.")
