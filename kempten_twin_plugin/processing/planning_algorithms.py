"""Processing algorithms of the planners' side (DESIGN.md §10): ``import_planned``,
``import_comments``, ``conflict_check`` and ``review_report``. Thin: the work is done in
``kempten_twin_plugin.planning``."""

import os

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
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
from ..i18n import tr
from ..io.planning.errors import PlanningImportError
from ..store import planning as planning_store
from ..store.working_copy import WorkingCopyError


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


def _write_report(path, text):
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + "\n")


def _strips(text):
    try:
        return conflicts_module.StripTable.from_json(text) if text else None
    except (ValueError, KeyError, TypeError) as error:
        raise QgsProcessingException(tr("The strip table is not valid: {error}").format(error=error))


class _PlanningAlgorithm(QgsProcessingAlgorithm):
    def group(self):
        return tr("Building projects")

    def groupId(self):
        return "planning"

    def createInstance(self):
        return type(self)()

    def _working_copy(self):
        return QgsProcessingParameterFile(
            "WORKING_COPY", tr("Working copy (GeoPackage)"), extension="gpkg",
            behavior=QgsProcessingParameterFile.Behavior.File)


class ImportPlanned(_PlanningAlgorithm):
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
        self.addParameter(self._working_copy())
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
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr("Import report"), "Text (*.txt)", optional=True, createByDefault=False))

    def checkParameterValues(self, parameters, context):
        return True, ""  # the working copy may not exist yet: it is made

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

        working_copy = self.parameterAsFile(parameters, "WORKING_COPY", context)
        path = self.parameterAsFile(parameters, "INPUT", context)
        status = PROJECT_STATUSES[self.parameterAsEnum(parameters, "STATUS", context)]
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        try:
            xml = path.lower().endswith((".gml", ".xml"))
            summary = import_planned(
                working_copy, path, _user(), None if xml else self._mapping(parameters, context),
                _epsg(self, parameters, context),
                self.parameterAsString(parameters, "PROJECT_NAME", context) or None, status,
                self.parameterAsString(parameters, "LAYER", context) or None)
        except (PlanningImportError, WorkingCopyError) as error:
            raise QgsProcessingException(str(error))
        for line in summary["report"].splitlines():
            feedback.pushInfo(line)
        _write_report(report, summary["report"])
        return {"PLANNED_PROJECTS": summary["projects"], "PLANNED_BUILDINGS": summary["buildings"],
                "CONTEXT_BUILDINGS": summary["context_buildings"],
                "WARNINGS": len(summary["warnings"]), "REPORT": report or None,
                "WORKING_COPY": working_copy}


class ImportComments(_PlanningAlgorithm):
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
        self.addParameter(self._working_copy())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Comments file")))
        self.addParameter(QgsProcessingParameterString(
            "PROJECT", tr("Building project (uuid, reference or name; empty = by place)"),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs("SOURCE_CRS", tr("Source CRS (empty = detect)"),
                                                    optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr("Import report"), "Text (*.txt)", optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        from ..io.planning.importer import import_comments

        working_copy = self.parameterAsFile(parameters, "WORKING_COPY", context)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        try:
            summary = import_comments(working_copy, self.parameterAsFile(parameters, "INPUT", context),
                                      _user(), self.parameterAsString(parameters, "PROJECT", context)
                                      or None, _epsg(self, parameters, context))
        except (PlanningImportError, WorkingCopyError) as error:
            raise QgsProcessingException(str(error))
        for line in summary["report"].splitlines():
            feedback.pushInfo(line)
        _write_report(report, summary["report"])
        return {"COMMENTS": summary["comments"], "SKIPPED": summary["skipped"],
                "WARNINGS": len(summary["warnings"]), "REPORT": report or None}


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
        self.addParameter(self._working_copy())
        self.addParameter(QgsProcessingParameterString(
            "PROJECT", tr("Only this building project (uuid, reference or name)"), optional=True))
        self.addParameter(QgsProcessingParameterString("STRIPS", tr("Strip table (JSON)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Conflicts"), QgsProcessing.SourceType.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):
        from ..render import planning_overlay as overlay_qgis
        from ..render.review_report import ReportError, project_info

        working_copy = self.parameterAsFile(parameters, "WORKING_COPY", context)
        if not os.path.isfile(working_copy):
            raise QgsProcessingException(tr("The working copy {path} does not exist.")
                                         .format(path=working_copy))
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
        self.addParameter(self._working_copy())
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

        working_copy = self.parameterAsFile(parameters, "WORKING_COPY", context)
        if not os.path.isfile(working_copy):
            raise QgsProcessingException(tr("The working copy {path} does not exist.")
                                         .format(path=working_copy))
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
