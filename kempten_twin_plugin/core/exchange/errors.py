"""The exchange import's errors, beside its records so every layer may raise them."""

from ...errors import FileImportError


class ExchangeError(FileImportError):
    """An exchange file (ISYBAU, DWA-M 150) cannot be imported; nothing was changed."""


class ReadWhole(Exception):
    """A file read in two parts did not read like the whole file: the import starts over
    and reads it whole (reader_process)."""
