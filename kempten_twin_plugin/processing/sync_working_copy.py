"""Processing algorithm ``kempten_twin:sync``: push local edits, pull the server's."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..errors import Cancelled
from ..i18n import tr
from ..store.server_connection import ServerConnectionError, connect
from ..store.server_schema import DEFAULT_SCHEMA, ServerSchemaError
from ..sync.session import SyncError, sync


class SyncWorkingCopy(QgsProcessingAlgorithm):
    WORKING_COPY = "WORKING_COPY"
    SERVER = "SERVER"
    SCHEMA = "SCHEMA"

    def name(self):
        return "sync"

    def displayName(self):
        return tr("Synchronise working copy")

    def group(self):
        return tr("Central server")

    def groupId(self):
        return "server"

    def shortHelpString(self):
        return tr("Sends the local edits of the working copy to the central server and fetches "
                  "the server's changes. Edits of different fields merge; the same field "
                  "changed on both sides becomes a conflict to review, never a loss. A working "
                  "copy that does not exist yet is made by a full download.")

    def createInstance(self):
        return SyncWorkingCopy()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.WORKING_COPY, tr("Working copy (GeoPackage)"), extension="gpkg",
            behavior=QgsProcessingParameterFile.Behavior.File))
        self.addParameter(QgsProcessingParameterString(
            self.SERVER, tr("Server (QGIS PostgreSQL connection or service=NAME)")))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, tr("Schema"), DEFAULT_SCHEMA))

    def checkParameterValues(self, parameters, context):
        # The working copy may not exist yet: then sync makes it by a full pull.
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsString(parameters, self.WORKING_COPY, context)
        server = self.parameterAsString(parameters, self.SERVER, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context)
        try:
            connection = connect(server)
            try:
                result = sync(path, connection, schema, feedback.setProgress, feedback.isCanceled)
            finally:
                connection.close()
        except (ServerConnectionError, ServerSchemaError, SyncError) as error:
            raise QgsProcessingException(str(error))
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled; what was sent is safe, the rest stays "
                                            "pending."))
        feedback.pushInfo(tr("Sent {pushed}, received {pulled}, new conflicts {conflicts}, "
                             "refused {refused}.").format(
            pushed=result["PUSHED"], pulled=result["PULLED"], conflicts=result["CONFLICTS"],
            refused=result["REFUSED"]))
        return result
