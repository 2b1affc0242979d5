"""Security headers on every response, and CORS that allows nothing unless origins are configured.

Pure ASGI (no BaseHTTPMiddleware) so streamed replies (SSE) pass through chunk by chunk.
The policy is "self only": every script and stylesheet is a file under /static, the pages carry
no inline script, inline style or event-handler attribute, and htmx runs with ``allowEval: false``.
The one ``data:`` source is the empty favicon (``<link rel="icon" href="data:,">``), which stops
browsers asking for /favicon.ico.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
)
# FastAPI's API explorer pages (/docs, /redoc) are its own HTML: an inline script and style, and
# Swagger UI / ReDoc from the jsDelivr CDN (Google Fonts for ReDoc). They show the API's schema
# only, never anyone's data, and they loaded from these hosts before this policy existed; so
# only these pages get this looser policy, rather than breaking them or loosening every page.
DOCS_PATHS = ("/docs", "/docs/oauth2-redirect", "/redoc")
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.jsdelivr.net; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'; object-src 'none'"
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), "
    "accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()"
)
HSTS = "max-age=31536000; includeSubDomains"
STATIC_PREFIX = "/static/"

# Every response. Cache-Control is added separately: no-store on everything but static files,
# because pages, API responses and streams carry what people wrote and private conversation ids.
BASE_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", PERMISSIONS_POLICY.encode()),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class SecurityHeaders:
    """Set the headers above on every HTTP response, replacing any the route set itself.

    ``hsts``: send Strict-Transport-Security on every response (for a TLS-terminating proxy
    that the app can't see); otherwise it is sent only when the request arrived over https.
    """

    def __init__(self, app: ASGIApp, hsts: bool = False):
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = list(BASE_HEADERS)
        if scope.get("path") in DOCS_PATHS:
            extra[0] = (b"content-security-policy", DOCS_CONTENT_SECURITY_POLICY.encode())
        if not scope.get("path", "").startswith(STATIC_PREFIX):
            extra.append((b"cache-control", b"no-store"))
        if self.hsts or scope.get("scheme") == "https":
            extra.append((b"strict-transport-security", HSTS.encode()))
        names = {name for name, _ in extra}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def add_cors(app, origins: list[str]) -> None:
    """Allow the configured origins (exact matches, no wildcard) to call the API; with none, no CORS headers
    are ever sent, so browsers keep every cross-origin read and non-simple request blocked."""
    if not origins:
        return
    if any(o.strip() == "*" for o in origins):
        raise ValueError("cors_origins must list exact origins such as https://example.org, not '*'")
    from starlette.middleware.cors import CORSMiddleware

    app.add_middleware(
        CORSMiddleware,
        allow_origins=[o.rstrip("/") for o in origins],
        allow_credentials=False,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "Accept", "Authorization"],
        max_age=600,
    )
