"""The one exception the planning readers raise: its message is meant for the user."""
from ...errors import KemptenTwinError


class PlanningImportError(KemptenTwinError):
    """A file cannot be imported; nothing was written. ``str()`` is the user's message."""
