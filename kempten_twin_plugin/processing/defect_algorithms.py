"""Processing algorithms for defects: ``import_open311``, ``export_open311``,
``work_order_pdf`` (ids and parameter names fixed by DESIGN.md §10)."""

import tempfile

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..errors import Cancelled
from ..io import open311, work_order_files
from ..render import defect_charts, work_order
from ..settings import Settings
from ..store import defect_statistics, work_orders
from ..store import defects as store
from .base import MADE_BY_THE_ALGORITHM, KemptenTwinAlgorithm, tr


class _DefectAlgorithm(KemptenTwinAlgorithm):
    GROUP = "defects"


class ImportOpen311(_DefectAlgorithm):
    WORKING_COPY_MISSING = MADE_BY_THE_ALGORITHM
    SERVICE_CODE = "SERVICE_CODE"
    STATUS = "STATUS"
    START_DATE = "START_DATE"
    TOLERANCE = "TOLERANCE"
    LINK_DAYS = "LINK_DAYS"

    def name(self):
        return "import_open311"

    def displayName(self):
        return tr("Import citizens' reports (Open311)")

    def shortHelpString(self):
        return tr("Reads Open311 GeoReport v2 service requests from a JSON or XML file or "
                  "from a server address (GET requests.json, all pages) and makes defects of "
                  "them: snapped to the nearest street gully, service codes mapped to "
                  "categories by the table in the settings, repeated reports of one gully "
                  "linked to one defect. Requests imported before are skipped; refused and "
                  "flagged requests are listed in the report.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.INPUT, tr("Open311 file (JSON/XML) or server address")))
        self.addParameter(QgsProcessingParameterString(
            self.SERVICE_CODE, tr("Only this service code (server)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.STATUS, tr("Only this status: open or closed (server)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START_DATE, tr("Only requests since (ISO date, server)"), optional=True))
        settings = Settings.load()
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, tr("Snap tolerance to a gully (m)"),
            QgsProcessingParameterNumber.Type.Double, settings.snap_tolerance_m, minValue=0.5))
        self.addParameter(QgsProcessingParameterNumber(
            self.LINK_DAYS, tr("Link reports of one gully within (days)"),
            QgsProcessingParameterNumber.Type.Integer, settings.open311_link_days, minValue=0))
        self.add_report_parameter()

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsString(parameters, self.INPUT, context).strip()
        if not source:
            raise QgsProcessingException(tr("Give an Open311 file or server address."))
        path = self.working_copy(parameters, context)
        settings = Settings.load()
        try:
            if source.lower().startswith(("http://", "https://")):
                feedback.pushInfo(tr("Reading {url} …").format(url=source))
                requests = open311.fetch(
                    source, self.parameterAsString(parameters, self.SERVICE_CODE, context),
                    self.parameterAsString(parameters, self.STATUS, context),
                    self.parameterAsString(parameters, self.START_DATE, context),
                    is_canceled=feedback.isCanceled)
            else:
                requests = open311.read_file(source)
            self.make_empty_working_copy(path)
            report = open311.import_requests(
                path, requests, settings.open311_service_map,
                self.parameterAsDouble(parameters, self.TOLERANCE, context),
                self.parameterAsInt(parameters, self.LINK_DAYS, context), settings.due_days)
        except (open311.Open311Error, store.DefectError) as error:
            raise QgsProcessingException(str(error))
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; nothing was imported."))
        report_path = self.write_report(
            self.import_report_path(parameters, context, path), report.text(), feedback)
        return {"DEFECTS": report.created, "LINKED": report.linked,
                "WARNINGS": report.warnings, self.REPORT: report_path}


class ExportOpen311(_DefectAlgorithm):
    def name(self):
        return "export_open311"

    def displayName(self):
        return tr("Export status of citizens' reports (Open311)")

    def shortHelpString(self):
        return tr("Writes every imported Open311 request with the status of its defect "
                  "(open/closed), the latest note and the time of the last change, as "
                  "GeoReport v2 JSON or XML (by the file's extension).")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Open311 file"), "JSON (*.json);;XML (*.xml)"))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.working_copy(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            count = open311.write_export(open311.export_requests(path), output)
        except (open311.Open311Error, store.DefectError) as error:
            raise QgsProcessingException(str(error))
        return {self.OUTPUT: output, "REQUESTS": count}


class WorkOrderPdf(_DefectAlgorithm):
    DEFECTS = "DEFECTS"
    CSV = "CSV"
    GEOJSON = "GEOJSON"
    STATISTICS = "STATISTICS"
    CREW = "CREW"
    DUE_DATE = "DUE_DATE"
    INCLUDE_CLOSED = "INCLUDE_CLOSED"

    def name(self):
        return "work_order_pdf"

    NO_THREADING = True  # a print layout lives in the main thread

    def displayName(self):
        return tr("Work order (PDF)")

    def shortHelpString(self):
        return tr("A work order for the crew on the layout template (title block with the "
                  "order number of the login's yearly sequence, scale, north arrow, legend): "
                  "overview map with the defects numbered, a checklist with urgency, due "
                  "date and columns for date done, remarks and signature, and one page per "
                  "defect with its map at 1:500, its facts and photos; optionally the repair "
                  "statistics, a CSV and a GeoJSON of the same defects. Defects are given by "
                  "their numbers (comma-separated); empty = all open defects. Closed defects "
                  "are left out unless asked for.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.DEFECTS, tr("Defect numbers (comma-separated; empty = all open)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(self.CREW, tr("Crew"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.DUE_DATE, tr("Due by"), QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_CLOSED, tr("Also list closed defects"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.STATISTICS, tr("Add the repair statistics"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Work order PDF"), "PDF (*.pdf)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CSV, tr("CSV"), "CSV (*.csv)", optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.GEOJSON, tr("GeoJSON"), "GeoJSON (*.geojson)", optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.working_copy(parameters, context)
        numbers = [n.strip() for n in
                   self.parameterAsString(parameters, self.DEFECTS, context).split(",")
                   if n.strip()]
        crew = self.parameterAsString(parameters, self.CREW, context)
        due = None
        if parameters.get(self.DUE_DATE) not in (None, ""):
            moment = self.parameterAsDateTime(parameters, self.DUE_DATE, context)
            due = moment.date().toPyDate() if moment.isValid() else None
        settings = Settings.load()
        db = store.connect(path)
        try:
            uuids = work_orders.uuids_of_numbers(db, numbers) if numbers \
                else store.open_defect_uuids(db)
            uuids, left_out = work_orders.open_only(
                db, uuids, self.parameterAsBool(parameters, self.INCLUDE_CLOSED, context))
            for number in left_out:
                feedback.pushWarning(tr("{number} is closed and left out of the work order.")
                                     .format(number=number))
            rows = work_orders.work_order_rows(db, uuids)
            stats = defect_statistics.compute(db) if self.parameterAsBool(
                parameters, self.STATISTICS, context) else None
            order_number = work_orders.issue_order_number(db, rows, crew, due,
                                                          settings.user_name)
        except (work_orders.WorkOrderError, store.DefectError) as error:
            raise QgsProcessingException(str(error))
        finally:
            db.close()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with tempfile.TemporaryDirectory(prefix="kt-charts-") as folder:
            charts = defect_charts.write_charts(stats, folder) if stats else None
            try:
                work_order.write_pdf(rows, output, path, crew=crew, charts=charts,
                                     order_number=order_number, due=due, settings=settings,
                                     left_out=left_out)
            except work_order.WorkOrderError as error:
                raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Work order {number}: {n} defects").format(number=order_number,
                                                                        n=len(rows)))
        result = {self.OUTPUT: output, "DEFECTS": len(rows), "ORDER_NUMBER": order_number}
        for key, writer in ((self.CSV, work_order_files.write_csv),
                            (self.GEOJSON, work_order_files.write_geojson)):
            target = self.parameterAsFileOutput(parameters, key, context)
            if target:
                writer(rows, target)
                result[key] = target
        return result
