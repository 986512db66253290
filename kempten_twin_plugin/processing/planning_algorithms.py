"""Processing algorithms of the planners' side (DESIGN.md §10): ``import_planned``,
``import_comments``, ``conflict_check`` and ``review_report``. Thin: the work is done in
``kempten_twin_plugin.planning``."""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.catalogues import PROJECT_STATUSES
from ..core.planning import conflicts as conflicts_module
from ..io.planning.errors import PlanningImportError
from ..store import planning as planning_store
from ..store.working_copy import WorkingCopyError
from .base import MADE_BY_THE_ALGORITHM, KemptenTwinAlgorithm, tr


def _user():
    from ..settings import Settings

    return Settings.load().user_name


def _epsg(algorithm, parameters, context):
    crs = algorithm.parameterAsCrs(parameters, "SOURCE_CRS", context)
    if crs is None or not crs.isValid():
        return None
    authid = crs.authid()
    if not authid.upper().startswith("EPSG:"):
        raise QgsProcessingException(tr("Please give the source CRS as an EPSG code."))
    return int(authid.split(":")[1])


def _strips(text):
    try:
        return conflicts_module.StripTable.from_json(text) if text else None
    except (ValueError, KeyError, TypeError) as error:
        raise QgsProcessingException(tr("The strip table is not valid: {error}").format(error=error))


class _PlanningAlgorithm(KemptenTwinAlgorithm):
    GROUP = "planning"


class _PlanningImport(_PlanningAlgorithm):
    """An importer: the working copy is made if missing, the report written beside it
    unless asked elsewhere."""

    WORKING_COPY_MISSING = MADE_BY_THE_ALGORITHM

    def _import(self, parameters, context, feedback, run):
        working_copy = self.working_copy(parameters, context)
        try:
            summary = run(working_copy)
        except (PlanningImportError, WorkingCopyError) as error:
            raise QgsProcessingException(str(error))
        report = self.write_report(self.import_report_path(parameters, context, working_copy),
                                   summary["report"], feedback)
        return working_copy, summary, {"WARNINGS": len(summary["warnings"]), self.REPORT: report}


class ImportPlanned(_PlanningImport):
    def name(self):
        return "import_planned"

    def displayName(self):
        return tr("Import planned buildings")

    def shortHelpString(self):
        return tr("Imports planned building footprints (GeoJSON, GeoPackage, Shapefile, DXF) "
                  "with a field mapping for height, floors, use and name (features sharing a "
                  "name form one project), a Bebauungsplan in XPlanGML 5.x or 6.0 (buildable "
                  "areas with Z, GRZ, GFZ and height rules, arcs included) or a CityGML 1.0 to "
                  "3.0 file (existing buildings for context). Everything is reprojected to "
                  "EPSG:25832 from the CRS the file names or its coordinates show; when neither "
                  "decides, give SOURCE_CRS. Broken geometry is repaired or refused, with a line "
                  "in the report. Empty mapping fields are guessed from the attribute names; "
                  "'-' maps nothing.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("File to import")))
        self.addParameter(QgsProcessingParameterCrs("SOURCE_CRS", tr("Source CRS (empty = detect)"),
                                                    optional=True))
        self.addParameter(QgsProcessingParameterString("PROJECT_NAME", tr("Project name"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterEnum("STATUS", tr("Project status"),
                                                     list(PROJECT_STATUSES), defaultValue=1))
        for key, label in (("HEIGHT_FIELD", tr("Attribute with the height (m)")),
                           ("FLOORS_FIELD", tr("Attribute with the number of floors")),
                           ("USE_FIELD", tr("Attribute with the use")),
                           ("NAME_FIELD", tr("Attribute with the project name"))):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        self.addParameter(QgsProcessingParameterString("LAYER", tr("Layer in the file"),
                                                       optional=True))
        self.add_report_parameter()

    def _mapping(self, parameters, context):
        from ..io.planning.footprints import field_names, guess_mapping

        given = {key: self.parameterAsString(parameters, f"{key.upper()}_FIELD", context)
                 for key in ("height", "floors", "use", "name")}
        if not any(given.values()):
            return None
        path = self.parameterAsFile(parameters, "INPUT", context)
        try:
            mapping = guess_mapping(field_names(path))
        except PlanningImportError:
            mapping = {}
        for key, value in given.items():
            if value == "-":
                mapping[key] = None
            elif value:
                mapping[key] = value
        return mapping

    def processAlgorithm(self, parameters, context, feedback):
        from ..io.planning.importer import import_planned

        path = self.parameterAsFile(parameters, "INPUT", context)
        status = PROJECT_STATUSES[self.parameterAsEnum(parameters, "STATUS", context)]
        xml = path.lower().endswith((".gml", ".xml"))
        mapping = None if xml else self._mapping(parameters, context)
        epsg = _epsg(self, parameters, context)
        working_copy, summary, result = self._import(
            parameters, context, feedback, lambda working_copy: import_planned(
                working_copy, path, _user(), mapping, epsg,
                self.parameterAsString(parameters, "PROJECT_NAME", context) or None, status,
                self.parameterAsString(parameters, "LAYER", context) or None))
        result.update({"PLANNED_PROJECTS": summary["projects"],
                       "PLANNED_BUILDINGS": summary["buildings"],
                       "CONTEXT_BUILDINGS": summary["context_buildings"],
                       "WORKING_COPY": working_copy})
        return result


class ImportComments(_PlanningImport):
    def name(self):
        return "import_comments"

    def displayName(self):
        return tr("Import citizens' comments")

    def shortHelpString(self):
        return tr("Imports comments from participation platforms (DIPAS contributions as "
                  "GeoJSON, Decidim GraphQL proposals with coordinates, plain GeoJSON or CSV) and "
                  "attaches each to its building project: the one named in the file or given "
                  "here, else the project of the nearest planned building. Only the platform's "
                  "id, text, date and place are stored; no author names.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Comments file")))
        self.addParameter(QgsProcessingParameterString(
            "PROJECT", tr("Building project (uuid, reference or name; empty = by place)"),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs("SOURCE_CRS", tr("Source CRS (empty = detect)"),
                                                    optional=True))
        self.add_report_parameter()

    def processAlgorithm(self, parameters, context, feedback):
        from ..io.planning.importer import import_comments

        source = self.parameterAsFile(parameters, "INPUT", context)
        project = self.parameterAsString(parameters, "PROJECT", context) or None
        epsg = _epsg(self, parameters, context)
        _working_copy, summary, result = self._import(
            parameters, context, feedback, lambda working_copy: import_comments(
                working_copy, source, _user(), project, epsg))
        result.update({"COMMENTS": summary["comments"], "SKIPPED": summary["skipped"]})
        return result


class ConflictCheck(_PlanningAlgorithm):
    def name(self):
        return "conflict_check"

    def displayName(self):
        return tr("Conflict check: planned buildings and sewer network")

    def shortHelpString(self):
        return tr("Finds planned buildings over or within the protection strip of a pipe (strip "
                  "width each side of the axis by DN; default DN ≤ 300: 1.5 m, ≤ 800: 2.5 m, "
                  "larger: 3 m — a default the city sets) or a manhole (default 2 m around its "
                  "centre), and laterals or street gullies under a footprint. STRIPS takes the "
                  "city's table as JSON: {\"strips\": [[300, 1.5], [800, 2.5], [null, 3]], "
                  "\"manhole\": 2}.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(
            "PROJECT", tr("Only this building project (uuid, reference or name)"), optional=True))
        self.addParameter(QgsProcessingParameterString("STRIPS", tr("Strip table (JSON)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Conflicts"), QgsProcessing.SourceType.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):
        from ..render import planning_overlay as overlay_qgis
        from ..render.review_report import ReportError, project_info

        working_copy = self.working_copy(parameters, context)
        project = self.parameterAsString(parameters, "PROJECT", context) or None
        names = {}
        if project:
            try:
                info, _comments = project_info(working_copy, project)
            except ReportError as error:
                raise QgsProcessingException(str(error))
            project = info["uuid"]
            names[project] = info["name"]
        strips = _strips(self.parameterAsString(parameters, "STRIPS", context))
        try:
            found = planning_store.check_conflicts(working_copy, strips, project=project,
                                                   is_canceled=feedback.isCanceled)
        except InterruptedError:
            raise QgsProcessingException(tr("Cancelled."))
        layer = overlay_qgis.conflict_layer(found, names)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, layer.fields(),
                                          layer.wkbType(), layer.crs())
        if sink is None:
            raise QgsProcessingException(tr("The output layer cannot be written."))
        for feature in layer.getFeatures():
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{n} conflicts found.").format(n=len(found)))
        return {"OUTPUT": dest, "CONFLICTS": len(found)}


class ReviewReport(_PlanningAlgorithm):
    def name(self):
        return "review_report"

    def displayName(self):
        return tr("Review report of a building project (PDF)")

    def shortHelpString(self):
        return tr("Writes a PDF (German) for one building project: the plan over the sewer "
                  "network with the conflicts, a 3D view (a given snapshot, else rendered by "
                  "QGIS's 3D engine with OpenGL; a 2.5D oblique view where that is not possible), "
                  "the conflict table and the citizens' comments.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(
            "PROJECT", tr("Building project (uuid, reference or name)")))
        self.addParameter(QgsProcessingParameterString("STRIPS", tr("Strip table (JSON)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "STOREY_HEIGHT", tr("Storey height (m) where a building has floors but no height"),
            QgsProcessingParameterNumber.Type.Double, 3.0, minValue=2.0, maxValue=10.0))
        self.addParameter(QgsProcessingParameterFile("SNAPSHOT", tr("3D snapshot image"),
                                                     optional=True, fileFilter="PNG (*.png)"))
        self.addParameter(QgsProcessingParameterBoolean(
            "RENDER_3D", tr("Render a true 3D view (QGIS 3D engine, needs OpenGL)"), True,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Report"),
                                                                "PDF (*.pdf)"))

    def processAlgorithm(self, parameters, context, feedback):
        from ..render.review_report import ReportError, export_pdf

        working_copy = self.working_copy(parameters, context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            summary = export_pdf(working_copy, self.parameterAsString(parameters, "PROJECT", context),
                                 output, _strips(self.parameterAsString(parameters, "STRIPS", context)),
                                 self.parameterAsFile(parameters, "SNAPSHOT", context) or None,
                                 self.parameterAsDouble(parameters, "STOREY_HEIGHT", context),
                                 self.parameterAsBoolean(parameters, "RENDER_3D", context))
        except ReportError as error:
            raise QgsProcessingException(str(error))
        if summary["view_3d_note"]:
            feedback.pushInfo(tr("3D page: 2.5D oblique view ({reason})").format(
                reason=summary["view_3d_note"]))
        return {"OUTPUT": output, "PAGES": summary["pages"], "CONFLICTS": summary["conflicts"],
                "COMMENTS": summary["comments"], "VIEW_3D": summary["view_3d"]}


ALGORITHMS = (ImportPlanned, ImportComments, ConflictCheck, ReviewReport)
