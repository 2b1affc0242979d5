"""The configured database, as every command that reads or changes stored data opens it."""

from __future__ import annotations

from mindhaven.config import get_settings


def open_configured(seal: bool = False):
    """Migrated, with its keys checked. ``seal`` also encrypts values stored before encryption existed:
    the service and `mindhaven keys` do that; other commands leave it to them."""
    from mindhaven.storage.db import open_database

    return open_database(get_settings(), seal=seal)
