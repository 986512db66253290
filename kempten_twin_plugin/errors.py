"""The plugin's one error base and its one cancel signal.

``KemptenTwinError`` is a failure the user is told about: ``str()`` is the message, already
translated, and nothing was changed unless the message says otherwise. Each capability
names its own subclass (``ExchangeError``, ``SyncError`` …) so callers can tell them apart;
the dock, the Processing algorithms and the CLI show any of them the same way, and treat
every other exception as a bug. ``Cancelled`` ends long work the user stopped.
"""

from typing import Optional


class KemptenTwinError(RuntimeError):
    """A failure with a message meant for the user."""

    def __init__(self, message: str = "", *, line: Optional[int] = None) -> None:
        super().__init__(message)
        self.line = line  # where in a file the problem is, when it comes from a file


class FileImportError(KemptenTwinError):
    """A file cannot be imported; nothing was changed. With the line in the file where the
    trouble is, when known; ``reason`` is the message without it (to send it on, e.g. from
    a reading process)."""

    def __init__(self, message: str, line: Optional[int] = None) -> None:
        from .i18n import tr

        super().__init__(message if line is None else
                         tr("{message} (line {line})").format(message=message, line=line),
                         line=line)
        self.reason = message


class Cancelled(Exception):
    """The user (or the task manager) cancelled the work; nothing half-done stays."""
