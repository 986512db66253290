"""The Processing provider "Kempten Twin" (id ``kempten_twin``, DESIGN.md §10)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..i18n import tr
from .defect_algorithms import ExportOpen311, ImportOpen311, WorkOrderPdf
from .exchange_algorithms import (
    ExportIsybau,
    ExportM150,
    ImportIsybau,
    ImportM150,
    ValidateExchange,
)
from .generate_demo_city import GenerateDemoCity
from .install_server_schema import InstallServerSchema
from .network_algorithms import LongitudinalProfile, NetworkChecks, TraceDownstream, TraceUpstream
from .planning_algorithms import ALGORITHMS as PLANNING_ALGORITHMS
from .portal_algorithms import ALGORITHMS as PORTAL_ALGORITHMS
from .sync_working_copy import SyncWorkingCopy

PROVIDER_ID = "kempten_twin"


class KemptenTwinProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Kempten Twin"

    def longName(self):
        return tr("Kempten Twin – sewer network tools")

    def icon(self):
        return QIcon(paths.icon_path("kempten_twin.svg"))

    def loadAlgorithms(self):
        classes = (GenerateDemoCity, InstallServerSchema, SyncWorkingCopy, TraceUpstream,
                   TraceDownstream, LongitudinalProfile, NetworkChecks, ImportIsybau,
                   ImportM150, ExportIsybau, ExportM150, ValidateExchange, ImportOpen311,
                   ExportOpen311, WorkOrderPdf,
                   *PLANNING_ALGORITHMS, *PORTAL_ALGORITHMS)
        for algorithm_class in classes:
            self.addAlgorithm(algorithm_class())
