"""Processing algorithm ``kempten_twin:generate_demo_city``."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
)

from ..core.demo_city import MAX_PIPES, MIN_PIPES, DemoCityError
from ..errors import Cancelled
from ..store.demo_data import build_demo_working_copy
from ..store.working_copy import WorkingCopyError
from .base import MADE_BY_THE_ALGORITHM, KemptenTwinAlgorithm, tr

RESULT_KEYS = {
    "manhole": "MANHOLES",
    "pipe": "PIPES",
    "lateral": "LATERALS",
    "gully": "GULLIES",
    "defect": "DEFECTS",
    "planned_project": "PLANNED_PROJECTS",
    "planned_building": "PLANNED_BUILDINGS",
}


class GenerateDemoCity(KemptenTwinAlgorithm):
    GROUP = "working_copy"
    WORKING_COPY_MISSING = MADE_BY_THE_ALGORITHM
    PIPES = "PIPES"
    SEED = "SEED"
    OVERWRITE = "OVERWRITE"

    def name(self):
        return "generate_demo_city"

    def displayName(self):
        return tr("Generate demo city")

    def shortHelpString(self):
        return tr("Writes a plausible gravity sewer network around Kempten (EPSG:25832) "
                  "into a new working copy GeoPackage: manholes, pipes, laterals, street "
                  "gullies, defects and planned buildings. The same seed gives the same city.")

    def initAlgorithm(self, config=None):
        self.add_new_working_copy_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            self.PIPES, tr("Number of pipes"), QgsProcessingParameterNumber.Type.Integer, 5000,
            minValue=MIN_PIPES, maxValue=MAX_PIPES))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, 1, minValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, tr("Overwrite an existing file"), False))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.WORKING_COPY, context)
        pipes = self.parameterAsInt(parameters, self.PIPES, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        try:
            counts = build_demo_working_copy(path, pipes, seed, overwrite,
                                             feedback.setProgress, feedback.isCanceled)
        except (DemoCityError, WorkingCopyError) as error:
            raise QgsProcessingException(str(error))
        except (Cancelled, InterruptedError):
            raise QgsProcessingException(tr("Cancelled; nothing was written."))
        for table, count in counts.items():
            feedback.pushInfo(f"{table}: {count}")
        result = {self.WORKING_COPY: path}
        result.update({key: counts.get(table, 0) for table, key in RESULT_KEYS.items()})
        return result
