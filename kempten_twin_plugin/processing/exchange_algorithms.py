"""Processing algorithms ``import_isybau``, ``import_m150``, ``export_isybau``, ``export_m150``
and ``validate_exchange`` (DESIGN.md §10)."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..errors import Cancelled
from ..io.crs import CoordinateError
from ..io.exchange import api
from ..io.exchange.validate import validate_file
from ..io.isybau import zustand_export as defects_as_zustand
from ..io.isybau.export import export_isybau
from ..io.m150.export import export_m150
from ..io.xml_safe import ExchangeError
from ..store.working_copy import WorkingCopyError
from .base import MADE_BY_THE_ALGORITHM, KemptenTwinAlgorithm, report_path_for, tr

__all__ = ["ExportIsybau", "ExportM150", "ImportIsybau", "ImportM150", "ValidateExchange",
           "report_path_for"]

IMPORT_RESULTS = ("MANHOLES", "PIPES", "LATERALS", "GULLIES", "INSPECTIONS", "WARNINGS")


class _ExchangeAlgorithm(KemptenTwinAlgorithm):
    GROUP = "exchange"


class _ImportAlgorithm(_ExchangeAlgorithm):
    WORKING_COPY_MISSING = MADE_BY_THE_ALGORITHM
    _run = None  # the import function of exchange.api
    _file_filter = ""

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Exchange file"), fileFilter=self._file_filter))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, tr("Source CRS (empty = detect from the coordinates)"),
            optional=True))
        self.add_report_parameter()
        for key in IMPORT_RESULTS:
            self.addOutput(QgsProcessingOutputNumber(key, key))

    def processAlgorithm(self, parameters, context, feedback):
        working_copy = self.working_copy(parameters, context)
        path = self.parameterAsString(parameters, self.INPUT, context)
        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        source_crs = crs.authid() if crs.isValid() else ""
        report_path = self.import_report_path(parameters, context, working_copy)
        try:
            report = type(self)._run(working_copy, path, source_crs, feedback.isCanceled,
                                     feedback.setProgress)
        except (ExchangeError, CoordinateError, WorkingCopyError) as error:
            raise QgsProcessingException(tr("Nothing was imported: {error}").format(error=error))
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; nothing was imported."))
        self.write_report(report_path, report.text(), feedback)
        result = {self.WORKING_COPY: working_copy, self.REPORT: report_path}
        result.update(report.results())
        return result


class ImportIsybau(_ImportAlgorithm):
    _run = staticmethod(api.import_isybau)
    _file_filter = "ISYBAU XML (*.xml *.XML)"

    def name(self):
        return "import_isybau"

    def displayName(self):
        return tr("Import ISYBAU XML")

    def shortHelpString(self):
        return tr("Imports Stammdaten (manholes, pipes, laterals, street gullies) and "
                  "Zustandsdaten (inspections) from an ISYBAU XML file of version 2006, 2013, "
                  "2017 or 2024 into the working copy: new objects are added, objects with a "
                  "known object code are updated. A broken file changes nothing. The report "
                  "lists counts, skipped objects with their line and plausibility warnings.")


class ImportM150(_ImportAlgorithm):
    _run = staticmethod(api.import_m150)
    _file_filter = "DWA-M 150 XML (*.xml *.XML)"

    def name(self):
        return "import_m150"

    def displayName(self):
        return tr("Import DWA-M 150 XML")

    def shortHelpString(self):
        return tr("Imports pipes (HG), manholes (KG) and their inspections (HI/HZ, KI/KZ) "
                  "from a DWA-M 150 XML file into the working copy. A broken file changes "
                  "nothing.")


class _ExportAlgorithm(_ExchangeAlgorithm):
    INCLUDE_DEFECTS = "INCLUDE_DEFECTS"
    _export = None  # the export function
    _format = ""  # FORMAT result
    _file_filter = ""

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Exchange file"), self._file_filter))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_DEFECTS, tr("Open defects of manholes and pipes as condition data"),
            defaultValue=True, optional=True))
        for key in ("MANHOLES", "PIPES", "LATERALS", "GULLIES", "INSPECTIONS", "DEFECTS",
                    "DEFECTS_SKIPPED"):
            self.addOutput(QgsProcessingOutputNumber(key, key))
        self.addOutput(QgsProcessingOutputString("FORMAT", "FORMAT"))

    def processAlgorithm(self, parameters, context, feedback):
        working_copy = self.working_copy(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with_defects = self.parameterAsBool(parameters, self.INCLUDE_DEFECTS, context)
        try:
            counts = type(self)._export(working_copy, output, feedback.isCanceled,
                                        feedback.setProgress, defects=with_defects)
        except ExchangeError as error:
            raise QgsProcessingException(str(error))
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; no file was written."))
        if with_defects:
            feedback.pushInfo(defects_as_zustand.written_text(counts["defect"]))
        if counts["defect_skipped"]:
            feedback.pushWarning(defects_as_zustand.left_out_text(counts["defect_skipped"]))
        return {self.OUTPUT: output, "MANHOLES": counts["manhole"], "PIPES": counts["pipe"],
                "LATERALS": counts["lateral"], "GULLIES": counts["gully"],
                "INSPECTIONS": counts["inspection"], "DEFECTS": counts["defect"],
                "DEFECTS_SKIPPED": counts["defect_skipped"], "FORMAT": self._format}


class ExportIsybau(_ExportAlgorithm):
    _export = staticmethod(export_isybau)
    _format = "ISYBAU XML 2017"
    _file_filter = "ISYBAU XML (*.xml)"

    def name(self):
        return "export_isybau"

    def displayName(self):
        return tr("Export ISYBAU XML 2017")

    def shortHelpString(self):
        return tr("Writes the working copy's network (manholes, pipes, laterals, street "
                  "gullies) and its inspections to an ISYBAU XML 2017 file. Open defects of "
                  "manholes and pipes are written as condition data (Zustandsdaten); those "
                  "of street gullies cannot be held by ISYBAU and are counted in "
                  "DEFECTS_SKIPPED.")


class ExportM150(_ExportAlgorithm):
    _export = staticmethod(export_m150)
    _format = "DWA-M 150 04-2010"
    _file_filter = "DWA-M 150 XML (*.xml)"

    def name(self):
        return "export_m150"

    def displayName(self):
        return tr("Export DWA-M 150 XML")

    def shortHelpString(self):
        return tr("Writes the working copy's network and inspections as DWA-M 150 XML "
                  "(format 04-2010): manholes and street gullies as KG with their "
                  "inspections (KI/KZ), pipes and laterals as HG with theirs (HI/HZ), "
                  "coordinates as UTM zone 32 (GP002 UTM, GP005/GP006). Fields an M 150 "
                  "import kept are written back, so a city can return data in the format it "
                  "received. Open defects of manholes and pipes come along as inspections; "
                  "those of street gullies are counted in DEFECTS_SKIPPED.")


class ValidateExchange(_ExchangeAlgorithm):

    def name(self):
        return "validate_exchange"

    def displayName(self):
        return tr("Check an exchange file (ISYBAU XML / DWA-M 150)")

    def shortHelpString(self):
        return tr("Checks an ISYBAU XML (2006, 2013, 2017, 2024) or DWA-M 150 file before it "
                  "is imported, without touching any working copy: its structure against "
                  "the rules of its version (element order and number, required elements, "
                  "value types and code lists; our own rules written from the official "
                  "schemas and the DWA field catalogue) and the import's plausibility rules. "
                  "Every finding is listed with its line; ERRORS counts what the schema "
                  "refuses, WARNINGS the rest.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Exchange file"), fileFilter="XML (*.xml *.XML)"))
        self.add_report_parameter(tr("Check report"))
        for key in ("ERRORS", "WARNINGS"):
            self.addOutput(QgsProcessingOutputNumber(key, key))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsString(parameters, self.INPUT, context)
        report_path = self.report_path(parameters, context, os.path.splitext(
            os.path.abspath(path))[0] + "_check_report.txt")
        try:
            report = validate_file(path, feedback.isCanceled, feedback.setProgress)
        except ExchangeError as error:
            raise QgsProcessingException(tr("The file cannot be checked: {error}").format(
                error=error))
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled."))
        self.write_report(report_path, report.text(), feedback)
        result = {self.REPORT: report_path}
        result.update(report.results())
        return result
