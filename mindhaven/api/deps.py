"""Shared objects for request handlers."""

from __future__ import annotations

from fastapi import Request

from mindhaven.config import Settings
from mindhaven.turn.pipeline import TurnPipeline


def get_pipeline(request: Request) -> TurnPipeline:
    return request.app.state.pipeline


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings
