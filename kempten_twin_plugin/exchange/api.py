"""The import entry points used by Processing, the dialog and the tests."""

from ..core.lxml_threads import freed_in_this_thread
from .crs import CoordinateReader, parse_epsg
from .isybau_import import FORMAT as ISYBAU_FORMAT
from .isybau_import import IsybauReader
from .m150_import import FORMAT as M150_FORMAT
from .m150_import import M150Reader
from .report import ImportReport
from .store_writer import import_file


@freed_in_this_thread
def import_isybau(working_copy, path, source_crs="", is_canceled=None, progress=None):
    report = ImportReport(path, ISYBAU_FORMAT)
    coordinates = CoordinateReader(parse_epsg(source_crs))
    return import_file(working_copy, lambda: IsybauReader(path, coordinates, report), report,
                       is_canceled, progress)


@freed_in_this_thread
def import_m150(working_copy, path, source_crs="", is_canceled=None, progress=None):
    report = ImportReport(path, M150_FORMAT)
    coordinates = CoordinateReader(parse_epsg(source_crs))
    return import_file(working_copy, lambda: M150Reader(path, coordinates, report), report,
                       is_canceled, progress)


def detect_format(path):
    """'isybau' or 'm150' by the root element; ExchangeError for anything else."""
    from ..i18n import tr
    from .safe_xml import ExchangeError, local_name, root_tag

    tag, line = root_tag(path)
    if tag == "DATA":
        return "m150"
    if local_name(tag) == "Identifikation":
        return "isybau"
    raise ExchangeError(tr("Neither ISYBAU XML nor DWA-M 150: the root element is {tag}.")
                        .format(tag=tag), line)


@freed_in_this_thread
def import_any(working_copy, path, source_crs="", is_canceled=None, progress=None):
    run = import_m150 if detect_format(path) == "m150" else import_isybau
    return run(working_copy, path, source_crs, is_canceled, progress)
