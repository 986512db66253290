"""Processing algorithm ``export_citizen_portal`` (DESIGN.md §10): building projects as
3D Tiles 1.1 and a self-contained web page for the citizens. Thin: the work is done in
``io.portal.export``; the base map is rendered by ``render.portal_basemap``."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..errors import Cancelled, KemptenTwinError
from .base import KemptenTwinAlgorithm, tr


class ExportCitizenPortal(KemptenTwinAlgorithm):
    GROUP = "planning"

    def name(self):
        return "export_citizen_portal"

    def displayName(self):
        return tr("Export for the citizens' portal (3D Tiles and web page)")

    def shortHelpString(self):
        return tr("Writes into a folder a web page (index.html, no CDN, nothing fetched at run "
                  "time; serve it with any static web server) showing the building projects in "
                  "3D over a base map, and the same buildings as 3D Tiles 1.1 (data/tileset.json "
                  "with glb content) for CesiumJS, Masterportal or VC Map: the planned buildings "
                  "coloured by status, the existing buildings around them, placed in ECEF with "
                  "heights converted from DHHN2016 (GCG2016 where PROJ has it; the report says "
                  "which conversion was used). Only public fields are written. PROJECT: uuid, "
                  "reference or name; empty = every project marked public. BASEMAP: a raster or "
                  "WMS layer drawn under the buildings (else a site plan of the footprints).")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter()
        self.addParameter(QgsProcessingParameterString(
            "PROJECT", tr("Building project (uuid, reference or name; empty = all public ones)"),
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "BASEMAP", tr("Base map layer (raster or WMS)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "CONTEXT_RADIUS", tr("Existing buildings within (m)"),
            QgsProcessingParameterNumber.Type.Double, 150.0, minValue=0.0, maxValue=2000.0))
        self.addParameter(QgsProcessingParameterString(
            "LINK_PATTERN", tr("Participation link pattern (empty = from the settings)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "GEOID_GRID", tr("Quasigeoid grid (empty = from the settings)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "HEIGHT_ANOMALY", tr("Height anomaly in m (0 = from the settings or PROJ)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, optional=True, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))
        self.add_report_parameter(tr("Export report"))

    def prepareAlgorithm(self, parameters, context, feedback):
        # Layers are cloned here, in the main thread, and rendered in processAlgorithm.
        from ..render.portal_basemap import LayerBasemap

        layer = self.parameterAsRasterLayer(parameters, "BASEMAP", context)
        self._basemap = LayerBasemap([layer]) if layer is not None else None
        return True

    def processAlgorithm(self, parameters, context, feedback):
        from ..io.portal.export import export_portal, options_from_settings
        from ..settings import Settings

        working_copy = self.working_copy(parameters, context)
        output = self.parameterAsString(parameters, "OUTPUT", context)
        report = self.report_path(parameters, context, None)  # none unless asked for
        anomaly = (self.parameterAsDouble(parameters, "HEIGHT_ANOMALY", context)
                   if parameters.get("HEIGHT_ANOMALY") not in (None, "") else None)
        options = options_from_settings(
            Settings.load(), self.parameterAsString(parameters, "LINK_PATTERN", context),
            self.parameterAsDouble(parameters, "CONTEXT_RADIUS", context),
            self.parameterAsFile(parameters, "GEOID_GRID", context), anomaly)
        basemap = getattr(self, "_basemap", None)
        try:
            summary = export_portal(
                working_copy, output, self.parameterAsString(parameters, "PROJECT", context) or None,
                options, basemap or None, progress=feedback.setProgress,
                is_canceled=feedback.isCanceled)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; nothing was written."))
        except KemptenTwinError as error:
            raise QgsProcessingException(str(error))
        finally:
            if basemap is not None:
                basemap.close()
            self._basemap = None
        self.write_report(report, summary["report"], feedback)
        return {"OUTPUT": summary["folder"], "BUILDINGS": summary["buildings"],
                "CONTEXT_BUILDINGS": summary["context_buildings"],
                "PROJECTS": summary["projects"], "TILES": summary["tiles"],
                "PAGE": summary["page"], "HEIGHT_REFERENCE": summary["height"]["method"],
                "WARNINGS": len(summary["warnings"]), "REPORT": report or None}


ALGORITHMS = (ExportCitizenPortal,)
