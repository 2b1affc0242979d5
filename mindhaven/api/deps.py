"""Shared objects for request handlers."""

from __future__ import annotations

from fastapi import Request

from mindhaven.config import Settings
from mindhaven.turn.pipeline import TurnPipeline


def get_pipeline(request: Request) -> TurnPipeline:
    return request.app.state.pipeline


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def humans_on_call(request: Request) -> bool:
    """Someone can receive alerts: a webhook, or an active supporter or clinician account."""
    from mindhaven.api.auth import accounts

    settings: Settings = request.app.state.settings
    return bool(settings.escalation.webhook_url) or accounts(request).active_staff_count() > 0
