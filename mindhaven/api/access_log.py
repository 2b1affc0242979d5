"""The web server's access log without private links: a conversation id is the key to an anonymous
conversation, and a query string may hold an admin's reason, so neither is written to the log."""

from __future__ import annotations

import logging
import re

_ID = re.compile(r"\b([0-9a-f]{6})[0-9a-f]{26}\b")


class PrivateLinkFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3 and isinstance(record.args[2], str):
            path = _ID.sub(r"\1…", record.args[2].split("?", 1)[0])
            record.args = (*record.args[:2], path, *record.args[3:])
        return True


def hide_private_links() -> None:
    """Install once on uvicorn's access logger (idempotent)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, PrivateLinkFilter) for f in logger.filters):
        logger.addFilter(PrivateLinkFilter())
