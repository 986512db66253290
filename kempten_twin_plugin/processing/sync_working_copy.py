"""Processing algorithm ``kempten_twin:sync``: push local edits, pull the server's."""

from qgis.core import QgsProcessingException

from ..errors import Cancelled
from ..store.server_schema import DEFAULT_SCHEMA, ServerSchemaError
from ..sync.session import SyncError, sync
from .base import MADE_BY_THE_ALGORITHM, KemptenTwinAlgorithm, tr


class SyncWorkingCopy(KemptenTwinAlgorithm):
    GROUP = "server"
    # A working copy that does not exist yet is made by a full pull (DESIGN.md §10).
    WORKING_COPY_MISSING = MADE_BY_THE_ALGORITHM

    def name(self):
        return "sync"

    def displayName(self):
        return tr("Synchronise working copy")

    def shortHelpString(self):
        return tr("Sends the local edits of the working copy to the central server and fetches "
                  "the server's changes. Edits of different fields merge; the same field "
                  "changed on both sides becomes a conflict to review, never a loss. A working "
                  "copy that does not exist yet is made by a full download.")

    def initAlgorithm(self, config=None):
        self.add_working_copy_parameter(tr("Working copy (GeoPackage)"))
        self.add_server_parameters(DEFAULT_SCHEMA)

    def processAlgorithm(self, parameters, context, feedback):
        path = self.working_copy(parameters, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context)
        try:
            with self.server_connection(parameters, context,
                                        (ServerSchemaError, SyncError)) as connection:
                result = sync(path, connection, schema, feedback.setProgress, feedback.isCanceled)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; what was sent is safe, the rest stays "
                                            "pending."))
        feedback.pushInfo(tr("Sent {pushed}, received {pulled}, new conflicts {conflicts}, "
                             "refused {refused}.").format(
            pushed=result["PUSHED"], pulled=result["PULLED"], conflicts=result["CONFLICTS"],
            refused=result["REFUSED"]))
        return result
