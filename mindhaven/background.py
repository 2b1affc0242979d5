"""A daemon thread that repeats one job in the web service, and outlives its failures."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class PeriodicWorker:
    """Runs ``job`` after ``first_delay`` seconds, then every ``interval`` seconds, until stopped.
    A failing pass is logged and tried again at the next interval (a database hiccup must not end it)."""

    def __init__(self, name: str, job: Callable[[], object], interval: float, first_delay: float = 0.0,
                 join_timeout: float = 10.0):
        self.name, self.job, self.interval = name, job, interval
        self.first_delay, self.join_timeout = first_delay, join_timeout
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> PeriodicWorker:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.join_timeout)

    def _run(self) -> None:
        delay = self.first_delay
        while not self._stop.wait(delay):
            try:
                self.job()
            except Exception:  # noqa: BLE001 - the worker must outlive a database hiccup
                log.exception("%s failed; will try again", self.name)
            delay = self.interval
