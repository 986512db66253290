"""Time stamps as the working copy and the server exchange them: UTC, milliseconds, "Z"."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now_text() -> str:
    """Now, e.g. ``2026-12-06T09:14:03.512Z``: sorts as text, and SQLite, PostgreSQL and
    QGIS read it alike."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
