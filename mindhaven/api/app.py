"""The FastAPI application: `create_app()` wires settings, the turn pipeline and the routers."""

from __future__ import annotations

import json
import logging
import threading
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from mindhaven import __version__
from mindhaven.api.access import anyone
from mindhaven.api.access_log import hide_private_links
from mindhaven.api.auth import SessionEnded
from mindhaven.api.limits import BodySizeLimit
from mindhaven.api.security import SecurityHeaders, add_cors
from mindhaven.api.routers import (
    accounts, auth, cases, check_ins, clinical_notes, consent, console, conversations, data_rights, escalations,
    handoff, questionnaires, reply_help, resources, safety_plan, summaries, web,
)
from mindhaven.config import Settings, get_settings
from mindhaven.escalation.delivery import delivery_worker
from mindhaven.storage.envelope import EncryptionError
from mindhaven.storage.escalations import EscalationRepository
from mindhaven.storage.handoffs import HandoffConflict
from mindhaven.storage.summaries import SummaryConflict
from mindhaven.summaries.review import ReviewRefused
from mindhaven.storage.retention import retention_worker
from mindhaven.storage.repository import ConversationNotFound
from mindhaven.turn.consent import ConsentNeeded
from mindhaven.turn.pipeline import TurnPipeline
from mindhaven.turn.receive import InvalidMessage

log = logging.getLogger(__name__)


UNREADABLE = (
    "This conversation's stored data could not be read: the service's encryption key is missing or wrong, or "
    "the data is damaged. Nothing was changed or deleted. Please tell the people who run this service. "
    "If you need to talk to someone now, the crisis lines under 'Get help now' are always available."
)


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(settings: Settings | None = None, pipeline: TurnPipeline | None = None) -> FastAPI:
    settings = settings or get_settings()
    hide_private_links()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.pipeline is None:
            from mindhaven.runtime import build_pipeline

            app.state.pipeline = build_pipeline(settings)
            # Load the model now rather than on the first person's message.
            threading.Thread(target=app.state.pipeline.backend.health, daemon=True).start()
        worker = None
        if settings.escalation.webhook_url:
            repository = EscalationRepository(app.state.pipeline.repository.database)
            worker = delivery_worker(repository, settings.escalation).start()
        retention = retention_worker(app.state.pipeline.repository.database, settings).start()
        yield
        retention.stop()
        if worker:
            worker.stop()

    app = FastAPI(
        title="MindHaven",
        version=__version__,
        description="Supportive conversations with an AI, with crisis safety and privacy on every turn. "
        "MindHaven is an AI, not a clinician; in an emergency call your local emergency number.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pipeline = pipeline
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    add_cors(app, settings.cors_origins)
    # Outermost, so 413s, CORS answers and error pages get the headers too.
    app.add_middleware(SecurityHeaders, hsts=settings.hsts)

    @app.exception_handler(InvalidMessage)
    async def invalid_message(_: Request, exc: InvalidMessage) -> JSONResponse:
        return _error(422, exc.code, str(exc))

    @app.exception_handler(ConsentNeeded)
    async def consent_needed(_: Request, exc: ConsentNeeded) -> JSONResponse:
        response = _error(409, exc.code, str(exc))
        if exc.in_crisis:  # unprocessed, but never without the way to help
            body = json.loads(response.body)
            body["error"]["crisis_resources"] = resources.resources_for(exc.country).model_dump()
            response = JSONResponse(body, status_code=409)
        return response

    @app.exception_handler(HandoffConflict)
    async def handoff_conflict(request: Request, exc: HandoffConflict):
        if not request.url.path.startswith("/api/"):
            context = {"heading": "Nothing was changed", "message": str(exc), "title": "Nothing was changed"}
            return web.render_page(request, "not_found.html", context, status_code=409)
        return _error(409, "handoff_conflict", str(exc))

    @app.exception_handler(ReviewRefused)
    async def review_refused(_: Request, exc: ReviewRefused) -> JSONResponse:
        return _error(422, "review_refused", str(exc))

    @app.exception_handler(SummaryConflict)
    async def summary_conflict(_: Request, exc: SummaryConflict) -> JSONResponse:
        return _error(409, "summary_conflict", str(exc))

    @app.exception_handler(SessionEnded)
    async def session_ended(request: Request, _: SessionEnded):
        return auth.session_ended(request)

    @app.exception_handler(ConversationNotFound)
    async def not_found(request: Request, exc: ConversationNotFound):
        if not request.url.path.startswith("/api/"):
            return web.not_found_page(request, "It may have been deleted, or the link may be incomplete. "
                                      "You can start a new chat at any time.", "We couldn't find that conversation")
        return _error(404, "not_found", "There is no conversation with that id.")

    @app.exception_handler(EncryptionError)
    async def unreadable(request: Request, exc: EncryptionError):
        # The message names places and key ids, never keys or plaintext; the person sees neither.
        log.error("stored data could not be read (%s): %s", exc.code, exc)
        if request.url.path.startswith("/api/"):
            return _error(exc.status, exc.code, UNREADABLE)
        context = {"heading": "We couldn't open this conversation", "message": UNREADABLE, "title": "Unavailable"}
        return web.render_page(request, "not_found.html", context, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', [])[1:]) or 'body'}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return _error(422, "invalid_request", f"The request is not valid: {problems}"[:500])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code in (401, 403) and not request.url.path.startswith("/api/"):
            return web.refused_page(request, exc.status_code, str(exc.detail))
        codes = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 429: "too_many_requests"}
        message = exc.detail if isinstance(exc.detail, str) else "The request could not be handled."
        if exc.status_code == 400:
            message = "The request body could not be read: send JSON encoded as UTF-8."
        response = _error(exc.status_code, codes.get(exc.status_code, "error"), message)
        response.headers.update(exc.headers or {})
        return response

    @app.get("/healthz", tags=["service"], dependencies=[Depends(anyone)])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(conversations.router)
    app.include_router(resources.router)
    app.include_router(escalations.router)
    app.include_router(escalations.person_router)
    app.include_router(safety_plan.router)
    app.include_router(check_ins.router)
    app.include_router(questionnaires.router)
    app.include_router(console.router)
    app.include_router(handoff.router)
    app.include_router(summaries.router)
    app.include_router(reply_help.router)
    app.include_router(clinical_notes.router)
    app.include_router(auth.router)
    app.include_router(accounts.router)
    app.include_router(cases.router)
    app.include_router(consent.router)
    app.include_router(data_rights.router)
    app.include_router(web.router)
    return app
