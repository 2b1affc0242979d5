"""Deliver due escalations and schedule the next attempt: never dropped, never silent.

Failed deliveries are retried with doubling delays; delivered but unacknowledged alerts are
sent again every `resend_delivered_seconds` until an on-call human acknowledges them.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx

from mindhaven.background import PeriodicWorker
from mindhaven.config import EscalationSettings
from mindhaven.escalation import webhook
from mindhaven.storage.escalations import EscalationRepository

log = logging.getLogger(__name__)


def retry_delay(attempts: int, settings: EscalationSettings) -> timedelta:
    return timedelta(seconds=min(settings.retry_seconds * 2**attempts, settings.retry_max_seconds))


def deliver_due(repository: EscalationRepository, settings: EscalationSettings) -> int:
    """One pass over due escalations; returns how many were accepted by the webhook."""
    if not settings.webhook_url:
        return 0
    accepted = 0
    for escalation in repository.due():
        try:
            webhook.send(escalation, settings.webhook_url, settings.webhook_secret, settings.public_url)
        except httpx.HTTPError as exc:
            log.warning("escalation %s: webhook delivery failed (attempt %s): %s",
                        escalation.id, escalation.attempts + 1, type(exc).__name__)
            repository.record_attempt(escalation.id, False, f"{type(exc).__name__}: {exc}",
                                      retry_delay(escalation.attempts, settings))
            continue
        accepted += 1
        repository.record_attempt(escalation.id, True, None, timedelta(seconds=settings.resend_delivered_seconds))
    return accepted


def delivery_worker(repository: EscalationRepository, settings: EscalationSettings,
                    interval: float = 2.0) -> PeriodicWorker:
    """A background thread in the web service that runs deliver_due every few seconds."""
    return PeriodicWorker("escalation delivery", lambda: deliver_due(repository, settings), interval)
