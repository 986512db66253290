"""Processing algorithm ``kempten_twin:install_server_schema`` (install or upgrade)."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterString,
)

from .. import paths
from ..i18n import tr
from ..store import server_schema
from ..store.server_connection import ServerConnectionError, connect


class InstallServerSchema(QgsProcessingAlgorithm):
    SERVER = "SERVER"
    SCHEMA = "SCHEMA"
    ROLE_PREFIX = "ROLE_PREFIX"

    def name(self):
        return "install_server_schema"

    def displayName(self):
        return tr("Install or upgrade server schema")

    def group(self):
        return tr("Central server")

    def groupId(self):
        return "server"

    def shortHelpString(self):
        return tr("Creates the Kempten Twin schema on the central PostGIS server, or upgrades "
                  "it to the version this plugin knows, with the roles reader, maintenance, "
                  "planner and admin. Running it again changes nothing. A schema newer than "
                  "the plugin is refused.")

    def createInstance(self):
        return InstallServerSchema()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.SERVER, tr("Server (QGIS PostgreSQL connection or service=NAME)")))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, tr("Schema"), server_schema.DEFAULT_SCHEMA))
        self.addParameter(QgsProcessingParameterString(
            self.ROLE_PREFIX, tr("Role prefix"), server_schema.DEFAULT_ROLE_PREFIX))

    def processAlgorithm(self, parameters, context, feedback):
        server = self.parameterAsString(parameters, self.SERVER, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context)
        prefix = self.parameterAsString(parameters, self.ROLE_PREFIX, context)
        try:
            connection = connect(server)
            try:
                before, after = server_schema.install_or_upgrade(
                    connection, schema, prefix, paths.metadata().get("version", ""))
            finally:
                connection.close()
        except (ServerConnectionError, server_schema.ServerSchemaError) as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Schema {schema}: version {before} → {after}").format(
            schema=schema, before=before, after=after))
        return {"PREVIOUS_VERSION": before, "SCHEMA_VERSION": after}
