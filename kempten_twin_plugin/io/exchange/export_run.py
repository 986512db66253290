"""One exchange export file (ISYBAU XML or DWA-M 150), written all or not at all.

The file is written to a hidden temporary file beside the target and moved over it only
when complete, so a cancelled or failed export leaves the target as it was. The run counts
what it writes and reports progress every 2 000 objects, where it also stops when asked.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any, Callable, Dict, Iterable, Optional

from ...errors import Cancelled
from ...i18n import tr
from ...store.exchange_source import ExportSource
from ..xml_safe import ExchangeError

COUNTED = ("manhole", "gully", "pipe", "lateral", "inspection", "defect", "defect_skipped")


def output_folder(working_copy: str, output: str) -> str:
    """The folder the file goes to; ExchangeError if it or the working copy is missing."""
    if not os.path.exists(working_copy):
        raise ExchangeError(tr("The working copy {path} does not exist.").format(path=working_copy))
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise ExchangeError(tr("The folder {folder} does not exist.").format(folder=folder))
    return folder


class ExportRun:
    """``with ExportRun(...) as run:`` write to ``run.temp`` from ``run.source``; on leaving
    without an error the file becomes ``output``. ``run.counts`` by table."""

    def __init__(self, working_copy: str, output: str,
                 is_canceled: Optional[Callable[[], bool]] = None,
                 progress: Optional[Callable[[float], None]] = None) -> None:
        folder = output_folder(working_copy, output)
        self.output = output
        self.source = ExportSource(working_copy)
        fd, self.temp = tempfile.mkstemp(prefix=".kt-export-", suffix=".xml", dir=folder)
        os.close(fd)
        self.counts: Dict[str, int] = dict.fromkeys(COUNTED, 0)
        self._is_canceled = is_canceled
        self._progress = progress
        self._total: Optional[int] = None
        self._done = 0

    def tick(self) -> None:
        self._done += 1
        if self._done % 2000 == 0:
            if self._is_canceled is not None and self._is_canceled():
                raise Cancelled()
            if self._progress is not None:
                if self._total is None:
                    self._total = self.source.total()
                self._progress(100.0 * self._done / max(1, self._total))

    def write_rows(self, xf: Any, table: str, rows: Iterable[Any],
                   element_of: Callable[[Any], Any]) -> None:
        """Each row as the element ``element_of`` makes of it, counted under ``table``."""
        for row in rows:
            xf.write(element_of(row), pretty_print=True)
            self.counts[table] += 1
            self.tick()

    def codes_of(self, uuid: str, file_format: str) -> Dict[str, Any]:
        return self.source.codes_of(uuid, file_format)

    def __enter__(self) -> ExportRun:
        return self

    def __exit__(self, error_type: Any, *_: Any) -> bool:
        try:
            if error_type is None:
                os.replace(self.temp, self.output)
        finally:
            self.source.close()
            if os.path.exists(self.temp):
                os.unlink(self.temp)
        return False
