"""What the store's import writer needs of an import report and of a record reader.

The reports and readers live in io (``io.exchange.report.ImportReport``, the ISYBAU and
DWA-M 150 readers, ``io.exchange.reader_process.ReaderInChild``); store may not import
io, so it names them by these protocols. For type checking only: nothing checks them at
run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Counter, Iterator, Optional, Protocol, Tuple, Union

if TYPE_CHECKING:
    from .records import Asset, Inspection


class ImportReport(Protocol):
    """The counts and messages of one import (``io.exchange.report.ImportReport``)."""

    path: str
    crs: str
    mode: str
    kinds: Counter[Tuple[str, str]]
    inserted: Counter[str]
    updated: Counter[str]
    inserted_kinds: Counter[Tuple[str, str]]
    updated_kinds: Counter[Tuple[str, str]]
    observations: int

    def restart(self) -> None:
        """Forget what a first reading counted (the file is read again)."""

    def skip(self, line: Union[int, str], code: str, reason: str) -> None:
        """An object left out, with the reason."""

    def warn(self, line: Union[int, str], code: str, message: str) -> None:
        """An object taken with a remark."""


class Coordinates(Protocol):
    def description(self) -> str:
        """How the file's coordinates were read (for the report)."""


class RecordReader(Protocol):
    """An exchange file's records in reading order (a reader of io.isybau or io.m150, or
    ``io.exchange.reader_process.ReaderInChild``)."""

    format_name: str
    coordinates: Coordinates

    def read(self, is_canceled: Optional[Callable[[], bool]] = None,
             progress: Optional[Callable[[float], None]] = None
             ) -> Iterator[Union[Asset, Inspection]]:
        """Assets and inspections, one at a time. A reader that reads a file in two parts
        raises ``ReadWhole`` when they disagree and has ``whole()``, the reader of the whole
        file."""
