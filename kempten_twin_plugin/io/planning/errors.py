"""The exceptions the planning readers raise: their messages are meant for the user."""

from __future__ import annotations

from typing import Optional

from ...errors import FileImportError


class PlanningImportError(FileImportError):
    """A file cannot be imported; nothing was written. ``str()`` is the user's message."""


class PlanningCrsError(PlanningImportError):
    """The file's coordinate reference system cannot be decided: the dialog asks for it,
    headless callers show the message. ``suggested``: the EPSG code the coordinates look
    like, if any."""

    def __init__(self, message: str, suggested: Optional[int] = None) -> None:
        super().__init__(message)
        self.suggested = suggested
