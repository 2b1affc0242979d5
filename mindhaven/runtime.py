"""Wiring: build the turn pipeline and its parts from settings, once per process."""

from __future__ import annotations

from mindhaven.config import Settings
from mindhaven.crisis.directory import get_directory
from mindhaven.llm.base import Backend
from mindhaven.llm.registry import create_backend
from mindhaven.privacy.analyzer import get_analyzer
from mindhaven.risk.combined import CombinedAssessor
from mindhaven.storage.db import open_database
from mindhaven.storage.repository import Repository
from mindhaven.turn.assess_risk import Assessor
from mindhaven.turn.generate import GenerationLimits
from mindhaven.turn.pipeline import TurnPipeline
from mindhaven.turn.receive import Limits


def generation_limits(settings: Settings) -> GenerationLimits:
    llm = settings.llm
    return GenerationLimits(llm.max_tokens, llm.temperature, llm.n_ctx, llm.first_token_timeout, llm.total_timeout)


def build_assessor() -> Assessor:
    """The assessor every live turn uses: the lexicon, widened by the trained classifier."""
    return CombinedAssessor()


def build_pipeline(settings: Settings, backend: Backend | None = None, database_url: str | None = None) -> TurnPipeline:
    return TurnPipeline(
        repository=Repository(open_database(settings, database_url)),
        backend=backend or create_backend(settings),
        finder=get_analyzer(),
        assessor=build_assessor(),
        directory=get_directory(),
        limits=Limits(max_chars=settings.max_message_chars),
        generation=generation_limits(settings),
    )
