"""Processing algorithm ``kempten_twin:install_server_schema`` (install or upgrade)."""

from qgis.core import QgsProcessingParameterString

from .. import paths
from ..store import server_schema
from .base import KemptenTwinAlgorithm, tr


class InstallServerSchema(KemptenTwinAlgorithm):
    GROUP = "server"
    ROLE_PREFIX = "ROLE_PREFIX"

    def name(self):
        return "install_server_schema"

    def displayName(self):
        return tr("Install or upgrade server schema")

    def shortHelpString(self):
        return tr("Creates the Kempten Twin schema on the central PostGIS server, or upgrades "
                  "it to the version this plugin knows, with the roles reader, maintenance, "
                  "planner and admin. Running it again changes nothing. A schema newer than "
                  "the plugin is refused.")

    def initAlgorithm(self, config=None):
        self.add_server_parameters(server_schema.DEFAULT_SCHEMA)
        self.addParameter(QgsProcessingParameterString(
            self.ROLE_PREFIX, tr("Role prefix"), server_schema.DEFAULT_ROLE_PREFIX))

    def processAlgorithm(self, parameters, context, feedback):
        schema = self.parameterAsString(parameters, self.SCHEMA, context)
        prefix = self.parameterAsString(parameters, self.ROLE_PREFIX, context)
        with self.server_connection(parameters, context,
                                    (server_schema.ServerSchemaError,)) as connection:
            before, after = server_schema.install_or_upgrade(
                connection, schema, prefix, paths.metadata().get("version", ""))
        feedback.pushInfo(tr("Schema {schema}: version {before} → {after}").format(
            schema=schema, before=before, after=after))
        return {"PREVIOUS_VERSION": before, "SCHEMA_VERSION": after}
