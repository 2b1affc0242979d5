"""Shared objects for request handlers."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Request

from mindhaven.config import Settings
from mindhaven.storage.db import Database
from mindhaven.turn.pipeline import TurnPipeline


def get_pipeline(request: Request) -> TurnPipeline:
    return request.app.state.pipeline


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_database(request: Request) -> Database:
    return request.app.state.pipeline.repository.database


async def read_form(request: Request) -> dict[str, str]:
    """A posted form (application/x-www-form-urlencoded), each field's first value; blank fields kept."""
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}


def humans_on_call(request: Request) -> bool:
    """Someone can receive alerts: a webhook, or an active supporter or clinician account."""
    from mindhaven.api.auth import accounts

    settings: Settings = request.app.state.settings
    return bool(settings.escalation.webhook_url) or accounts(request).active_staff_count() > 0
