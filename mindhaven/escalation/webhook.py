"""The webhook payload and its signature.

The body carries no message text and no conversation id: an anonymous conversation's id is its
private link, and alerts end up in pagers and chat channels. It says how urgent, and where to take
the escalation (``claim_url``: a clinician's claim assigns the conversation to them and shows it). Receivers verify `X-MindHaven-Signature: sha256=<hex>`, the HMAC-SHA256 of
`<timestamp>.<body>` with the shared secret, and reject timestamps older than a few minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import httpx

from mindhaven.storage.escalations import EscalationRecord
from mindhaven.turn.types import RiskLevel

SIGNATURE_HEADER = "X-MindHaven-Signature"
TIMESTAMP_HEADER = "X-MindHaven-Timestamp"


def payload(escalation: EscalationRecord, public_url: str) -> dict:
    return {
        "type": "escalation",
        "id": escalation.id,
        "level": RiskLevel(escalation.level).label,
        "categories": escalation.categories,
        "country": escalation.country,
        "reason": escalation.reason,
        "created_at": escalation.created_at.isoformat(),
        "attempt": escalation.attempts + 1,
        "queue_url": f"{public_url.rstrip('/')}/api/escalations",
        "claim_url": f"{public_url.rstrip('/')}/api/escalations/{escalation.id}/claim",
        "acknowledge_url": f"{public_url.rstrip('/')}/api/escalations/{escalation.id}/acknowledge",
    }


def sign(body: bytes, secret: str, timestamp: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, timestamp: str, signature: str, max_age: float = 300.0) -> bool:
    fresh = abs(time.time() - float(timestamp)) <= max_age
    return fresh and hmac.compare_digest(sign(body, secret, timestamp), signature)


def send(escalation: EscalationRecord, url: str, secret: str, public_url: str, timeout: float = 10.0) -> None:
    """POST the signed alert; raise httpx.HTTPError (or a status error) if it was not accepted."""
    body = json.dumps(payload(escalation, public_url), separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {"content-type": "application/json", TIMESTAMP_HEADER: timestamp}
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret, timestamp)
    response = httpx.post(url, content=body, headers=headers, timeout=timeout)
    response.raise_for_status()
