"""`mindhaven serve`: the web service, API and chat page."""

from __future__ import annotations

import os

import click

from mindhaven.config import get_settings


@click.command(help="Start the web service (chat page at /, API docs at /docs).")
@click.option("--host", default=None, help="default from settings (127.0.0.1)")
@click.option("--port", default=None, type=int, help="default from settings (8000)")
@click.option("--workers", default=1, show_default=True, help="web worker processes; they share one model host")
def serve(host: str | None, port: int | None, workers: int) -> None:
    import uvicorn

    from mindhaven.storage.db import open_database

    settings = get_settings()
    host, port = host or settings.host, port or settings.port
    # Before any worker starts: migrate, check the keys (a fresh install gets its key file here) and
    # encrypt anything stored before encryption existed. A missing or wrong key stops here, clearly.
    open_database(settings)
    model_host = None
    if workers > 1 and settings.llm.backend == "llamacpp":
        from mindhaven.llm.host import start_model_host

        # One model in memory per host: the workers reach it as an OpenAI-compatible server.
        model_host, url = start_model_host(settings)
        os.environ.update({"MINDHAVEN_LLM__BACKEND": "openai", "MINDHAVEN_LLM__OPENAI_BASE_URL": url,
                           "MINDHAVEN_LLM__OPENAI_MODEL": settings.llm.model})
    click.echo(f"MindHaven is running at http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    try:
        # A worker busy loading spaCy or a model on a loaded machine can miss uvicorn's 5 s
        # liveness ping and be killed mid-request; give it longer.
        uvicorn.run("mindhaven.api.app:create_app", factory=True, host=host, port=port, workers=workers,
                    log_level="info", timeout_worker_healthcheck=30)
    finally:
        if model_host is not None:
            model_host.terminate()
