"""Processing algorithms of the sewer network: ``trace_upstream``, ``trace_downstream``,
``longitudinal_profile`` and ``network_checks`` (ids and parameters fixed by DESIGN.md §10)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.network.graph import DOWNSTREAM, UPSTREAM, NetworkError
from ..i18n import decimal, whole
from ..render.compat import field
from ..store.network import graph_for, longitudinal_profile, run_checks
from ..store.schema import CRS_EPSG
from .base import OUTPUT, KemptenTwinAlgorithm, tr


def _crs():
    return QgsCoordinateReferenceSystem(f"EPSG:{CRS_EPSG}")


class _NetworkAlgorithm(KemptenTwinAlgorithm):
    GROUP = "network"


class _Trace(_NetworkAlgorithm):
    DIRECTION = None
    START = "START"
    STOP_AT = "STOP_AT"
    CLOSED = "CLOSED"

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.START, tr("Start: object code of a manhole or pipe")))
        self.addParameter(QgsProcessingParameterString(
            self.STOP_AT, tr("Stop at manholes (object codes, comma-separated)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CLOSED, tr("Closed-off pipes (object codes, comma-separated)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Traced pipes"), QgsProcessing.SourceType.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber("PIPE_COUNT", tr("Pipes")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_LENGTH", tr("Total length (m)")))
        self.addOutput(QgsProcessingOutputNumber("MANHOLE_COUNT", tr("Manholes")))
        self.addOutput(QgsProcessingOutputNumber("GULLY_COUNT", tr("Connected gullies")))
        self.addOutput(QgsProcessingOutputString("OUTLETS", tr("Outlets reached")))

    def _codes(self, parameters, name, context):
        text = self.parameterAsString(parameters, name, context) or ""
        return [code.strip() for code in text.split(",") if code.strip()]

    def processAlgorithm(self, parameters, context, feedback):
        path = self.working_copy(parameters, context)
        start = self.parameterAsString(parameters, self.START, context)
        stops = self._codes(parameters, self.STOP_AT, context)
        closed = self._codes(parameters, self.CLOSED, context)
        try:
            graph = graph_for(path)
            result = graph.trace(start, self.DIRECTION, stop_at=stops, closed=closed)
        except NetworkError as error:
            raise QgsProcessingException(str(error))
        for code in result.cycle_manholes[:20]:
            feedback.reportError(tr("Manhole {code} lies on a flow cycle; check the network.")
                                 .format(code=code))
        fields = QgsFields()
        for name, kind in (("object_code", "string"), ("uuid", "string"), ("width_mm", "int"),
                           ("length", "double"), ("material", "string"), ("drainage", "string")):
            fields.append(field(name, kind))
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          QgsWkbTypes.Type.LineString, _crs())
        layer = QgsVectorLayer(f"{path}|layername=pipe", "pipe", "ogr")
        request = QgsFeatureRequest().setFilterFids([int(graph.pipe_fid[i]) for i in result.pipes])
        for feature in layer.getFeatures(request):
            if feedback.isCanceled():
                break
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([feature[n] for n in fields.names()])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{pipes} pipes, {length} m, {manholes} manholes, {gullies} "
                             "gullies; outlets reached: {outlets}").format(
            pipes=whole(len(result.pipes)), length=decimal(result.total_length, 1, grouping=True),
            manholes=whole(len(result.manholes)), gullies=whole(result.gullies),
            outlets=", ".join(result.outlets) or "–"))
        return {OUTPUT: dest, "PIPE_COUNT": len(result.pipes),
                "TOTAL_LENGTH": result.total_length, "MANHOLE_COUNT": len(result.manholes),
                "GULLY_COUNT": result.gullies, "OUTLETS": ",".join(result.outlets)}


class TraceUpstream(_Trace):
    DIRECTION = UPSTREAM

    def name(self):
        return "trace_upstream"

    def displayName(self):
        return tr("Trace upstream")

    def shortHelpString(self):
        return tr("All pipes whose water reaches the start manhole or pipe (its catchment in "
                  "the network), optionally not beyond chosen manholes.")


class TraceDownstream(_Trace):
    DIRECTION = DOWNSTREAM

    def name(self):
        return "trace_downstream"

    def displayName(self):
        return tr("Trace downstream")

    def shortHelpString(self):
        return tr("All pipes the water from the start manhole or pipe flows through, down to "
                  "the outlets it reaches, optionally stopping at chosen manholes.")


class LongitudinalProfile(_NetworkAlgorithm):
    START = "START"
    END = "END"
    H_SCALE = "H_SCALE"
    V_SCALE = "V_SCALE"

    def name(self):
        return "longitudinal_profile"

    def displayName(self):
        return tr("Longitudinal profile")

    def shortHelpString(self):
        return tr("Draws the longitudinal profile (Längsschnitt) along the flow path between "
                  "two manholes — or from one manhole down to the end of its flow — as PNG, "
                  "SVG or PDF: ground, pipe crown and invert, manholes with depths, DN and "
                  "slope per pipe, stations. The PDF is printed at the chosen scales for "
                  "lengths and heights (e.g. 1:1 000 / 1:100, ten times exaggerated) on as "
                  "many A3 sheets as the length needs, each with the title block, and its "
                  "data band lists every manhole and every pipe.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(self.START, tr("First manhole")))
        self.addParameter(QgsProcessingParameterString(
            self.END, tr("Second manhole (empty: down to the end of the flow)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT, tr("Profile drawing"), "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        self.addParameter(QgsProcessingParameterNumber(
            self.H_SCALE, tr("Scale of lengths 1:"), QgsProcessingParameterNumber.Type.Integer, 1000,
            optional=True, minValue=10, maxValue=100000))
        self.addParameter(QgsProcessingParameterNumber(
            self.V_SCALE, tr("Scale of heights 1:"), QgsProcessingParameterNumber.Type.Integer, 100,
            optional=True, minValue=1, maxValue=100000))
        self.addOutput(QgsProcessingOutputNumber("LENGTH", tr("Length (m)")))
        self.addOutput(QgsProcessingOutputNumber("SHEETS", tr("Sheets")))
        self.addOutput(QgsProcessingOutputNumber("PIPE_COUNT", tr("Pipes")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..render.profile_drawing import export_profile  # needs a Qt GUI application

        path = self.working_copy(parameters, context)
        first = self.parameterAsString(parameters, self.START, context)
        second = self.parameterAsString(parameters, self.END, context) or None
        output = self.parameterAsFileOutput(parameters, OUTPUT, context)
        h_scale = self.parameterAsInt(parameters, self.H_SCALE, context) or 1000
        v_scale = self.parameterAsInt(parameters, self.V_SCALE, context) or 100
        from ..render import layout_templates, profile_sheets

        sheets = 0
        try:
            profile = longitudinal_profile(path, first, second)
            if output.lower().endswith(".pdf"):
                sheets = profile_sheets.write_pdf(profile, output, h_scale, v_scale)
                feedback.pushInfo(profile_sheets.scales_text(h_scale, v_scale))
            else:
                export_profile(profile, output)
        except (NetworkError, ValueError, OSError, layout_templates.TemplateError) as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("{title}: {n} pipes, {length} m").format(
            title=profile.title, n=len(profile.pipes), length=decimal(profile.length, 1)))
        return {OUTPUT: output, "LENGTH": profile.length, "PIPE_COUNT": len(profile.pipes),
                "SHEETS": sheets}


class NetworkChecks(_NetworkAlgorithm):
    TOLERANCE = "TOLERANCE"

    def name(self):
        return "network_checks"

    def displayName(self):
        return tr("Network checks")

    def shortHelpString(self):
        return tr("Finds pipes with counter-slope, inverts below the downstream invert or "
                  "below the manhole floor, manholes without pipes, duplicate object codes, "
                  "pipes that do not touch or refer to missing manholes, and flow cycles. "
                  "Each finding is a point with the check and a reason.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, tr("Largest gap between a pipe end and its manhole (m)"),
            QgsProcessingParameterNumber.Type.Double, 0.5, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Findings"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("FINDINGS", tr("Findings")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.working_copy(parameters, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        try:
            findings = run_checks(path, tolerance, feedback.isCanceled)
        except NetworkError as error:
            raise QgsProcessingException(str(error))
        fields = QgsFields()
        for name in ("check", "reason", "table_name", "object_code", "uuid"):
            fields.append(field(name, "string"))
        sink, dest = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                          QgsWkbTypes.Type.Point, _crs())
        for finding in findings:
            feature = QgsFeature(fields)
            if finding.x == finding.x:  # NaN: the object has no geometry to point at
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(finding.x, finding.y)))
            feature.setAttributes([finding.check, finding.reason, finding.table,
                                   finding.object_code, finding.uuid])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{n} findings").format(n=len(findings)))
        return {OUTPUT: dest, "FINDINGS": len(findings)}
