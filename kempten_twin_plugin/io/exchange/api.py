"""The import entry points used by Processing, the dialog and the tests."""

from __future__ import annotations

from typing import Callable, Dict, Optional

from ...store.exchange_writer import import_file
from ..crs import CoordinateReader, parse_epsg
from ..isybau.reader import FORMAT as ISYBAU_FORMAT
from ..isybau.reader import IsybauReader
from ..lxml_threads import freed_in_this_thread
from ..m150.reader import FORMAT as M150_FORMAT
from ..m150.reader import M150Reader
from .codes import CodeMapping
from .reader_process import ReaderInChild, worth_a_process
from .report import ImportReport

# Overrides of the code mapping: field → {code in the file: our value} (codes.CodeMapping).
Overrides = Optional[Dict[str, Dict[str, str]]]


def _reader(reader, source_epsg, overrides):
    """A large file is read in a second process while this one writes (reader_process)."""
    return ReaderInChild.for_file(reader, source_epsg, overrides) \
        if worth_a_process(reader.path) else reader



def _import(reader_class, report_format, mapping_key, working_copy, path, source_crs,
            is_canceled, progress, overrides, source):
    report = ImportReport(path, report_format)
    report.source = source
    epsg = parse_epsg(source_crs)
    coordinates = CoordinateReader(epsg)
    mapping = CodeMapping(mapping_key, overrides)
    import_file(working_copy, lambda: _reader(reader_class(path, coordinates, report, mapping),
                                              epsg, overrides),
                report, is_canceled, progress)
    report.overridden.update(mapping.used)
    return report


@freed_in_this_thread
def import_isybau(working_copy: str, path: str, source_crs: Optional[str] = "",
                  is_canceled: Optional[Callable[[], bool]] = None,
                  progress: Optional[Callable[[float], None]] = None,
                  overrides: Overrides = None, source: str = "") -> ImportReport:
    """``overrides``: the user's code mapping (field → {code: our value}); ``source``: the
    delivery source they were saved for, named in the report."""
    return _import(IsybauReader, ISYBAU_FORMAT, "isybau", working_copy, path, source_crs,
                   is_canceled, progress, overrides, source)


@freed_in_this_thread
def import_m150(working_copy: str, path: str, source_crs: Optional[str] = "",
                is_canceled: Optional[Callable[[], bool]] = None,
                progress: Optional[Callable[[float], None]] = None,
                overrides: Overrides = None, source: str = "") -> ImportReport:
    """Like ``import_isybau``, for a DWA-M 150 file."""
    return _import(M150Reader, M150_FORMAT, "m150", working_copy, path, source_crs,
                   is_canceled, progress, overrides, source)


def detect_format(path: str) -> str:
    """'isybau' or 'm150' by the root element; ExchangeError for anything else."""
    from ...i18n import tr
    from ..xml_safe import ExchangeError, local_name, root_tag

    tag, line = root_tag(path)
    if tag == "DATA":
        return "m150"
    if local_name(tag) == "Identifikation":
        return "isybau"
    raise ExchangeError(tr("Neither ISYBAU XML nor DWA-M 150: the root element is {tag}.")
                        .format(tag=tag), line)


@freed_in_this_thread
def import_any(working_copy: str, path: str, source_crs: Optional[str] = "",
               is_canceled: Optional[Callable[[], bool]] = None,
               progress: Optional[Callable[[float], None]] = None,
               overrides: Overrides = None, source: str = "") -> ImportReport:
    run = import_m150 if detect_format(path) == "m150" else import_isybau
    return run(working_copy, path, source_crs, is_canceled, progress, overrides, source)
