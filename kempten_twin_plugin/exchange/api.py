"""The import entry points used by Processing, the dialog and the tests."""

from .crs import CoordinateReader, parse_epsg
from .isybau_import import FORMAT as ISYBAU_FORMAT
from .isybau_import import IsybauReader
from .m150_import import FORMAT as M150_FORMAT
from .m150_import import M150Reader
from .report import ImportReport
from .store_writer import import_file


def import_isybau(working_copy, path, source_crs="", is_canceled=None, progress=None):
    report = ImportReport(path, ISYBAU_FORMAT)
    coordinates = CoordinateReader(parse_epsg(source_crs))
    return import_file(working_copy, lambda: IsybauReader(path, coordinates, report), report,
                       is_canceled, progress)


def import_m150(working_copy, path, source_crs="", is_canceled=None, progress=None):
    report = ImportReport(path, M150_FORMAT)
    coordinates = CoordinateReader(parse_epsg(source_crs))
    return import_file(working_copy, lambda: M150Reader(path, coordinates, report), report,
                       is_canceled, progress)
