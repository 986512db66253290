"""The one base of every Processing algorithm of the provider ``kempten_twin`` (DESIGN.md §10).

What all algorithms share is written here once: the ``WORKING_COPY`` parameter (a GeoPackage;
any other ending is refused with the same message everywhere), the optional ``REPORT`` of
the importers (written where asked, else beside the working copy, its path in the result),
the server parameters, group ids, flags, ``createInstance`` and the help page. An algorithm
names its id, its texts, its own parameters and its work.
"""

import os
from contextlib import contextmanager

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr
from ..store.working_copy import WorkingCopyError, write_working_copy
from .help import help_url

__all__ = ["INPUT", "OUTPUT", "REPORT", "SERVER", "SCHEMA", "SOURCE_CRS", "WORKING_COPY",
           "KemptenTwinAlgorithm", "report_path_for", "tr"]

# Parameter names fixed by DESIGN.md §10.
WORKING_COPY = "WORKING_COPY"
INPUT = "INPUT"
OUTPUT = "OUTPUT"
REPORT = "REPORT"
SOURCE_CRS = "SOURCE_CRS"
SERVER = "SERVER"
SCHEMA = "SCHEMA"

# What the algorithm does when the working copy named does not exist yet.
MUST_EXIST = "must exist"  # refused: "The working copy … does not exist."
MADE_BY_THE_ALGORITHM = "made"  # an importer makes it (DESIGN.md §10), sync by a full pull


def group_name(group_id):
    """The group's title as the Processing toolbox shows it (translated when asked)."""
    return {
        "working_copy": tr("Working copy"),
        "server": tr("Central server"),
        "network": tr("Sewer network"),
        "exchange": tr("Exchange"),
        "defects": tr("Defects"),
        "planning": tr("Building projects"),
    }[group_id]


def report_path_for(working_copy):
    """Where an importer writes its report when none is asked for: beside the working copy."""
    base = os.path.splitext(os.path.abspath(working_copy))[0]
    return base + "_import_report.txt"


def not_a_geopackage_text():
    return tr("The working copy must be a GeoPackage file ending in .gpkg.")


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


class KemptenTwinAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``GROUP`` (a key of :func:`group_name`) and, where it differs from the
    default, ``WORKING_COPY_MISSING`` and ``NO_THREADING``; they give ``name``,
    ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``."""

    WORKING_COPY = WORKING_COPY
    INPUT = INPUT
    OUTPUT = OUTPUT
    REPORT = REPORT
    SOURCE_CRS = SOURCE_CRS
    SERVER = SERVER
    SCHEMA = SCHEMA

    GROUP = ""
    WORKING_COPY_MISSING = MUST_EXIST
    NO_THREADING = False  # True: runs in the main thread (print layouts, for one)

    # --- what QGIS asks every algorithm ------------------------------------------------------

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):
        return self.GROUP

    def createInstance(self):
        return type(self)()

    def flags(self):
        flags = super().flags()
        if self.NO_THREADING:
            flags |= QgsProcessingAlgorithm.Flag.FlagNoThreading
        return flags

    def helpUrl(self):
        """The help button opens the algorithm's page of the user guide."""
        return help_url(self.name())

    def checkParameterValues(self, parameters, context):
        path = parameters.get(self.WORKING_COPY) if parameters else None
        if path and not str(path).lower().endswith(".gpkg"):
            return False, not_a_geopackage_text()
        return super().checkParameterValues(parameters, context)

    # --- the working copy --------------------------------------------------------------------

    def add_working_copy_parameter(self, description=None):
        """``WORKING_COPY``: an existing GeoPackage, or for an algorithm that makes it, one
        that may not exist yet."""
        if description is None:
            description = (tr("Working copy (GeoPackage; made empty first if missing)")
                           if self.WORKING_COPY_MISSING == MADE_BY_THE_ALGORITHM
                           else tr("Working copy (GeoPackage)"))
        self.addParameter(QgsProcessingParameterFile(
            self.WORKING_COPY, description, extension="gpkg",
            behavior=QgsProcessingParameterFile.Behavior.File))

    def add_new_working_copy_parameter(self):
        """``WORKING_COPY`` as a file the algorithm writes (a new working copy)."""
        self.addParameter(QgsProcessingParameterFileDestination(
            self.WORKING_COPY, tr("Working copy (GeoPackage)"), "GeoPackage (*.gpkg)"))

    def working_copy(self, parameters, context):
        """The working copy's path, refused unless it is a .gpkg and, where the algorithm
        needs it, exists."""
        path = self.parameterAsString(parameters, self.WORKING_COPY, context)
        if not path:
            raise QgsProcessingException(tr("Give the working copy (GeoPackage)."))
        if not str(path).lower().endswith(".gpkg"):
            raise QgsProcessingException(not_a_geopackage_text())
        if self.WORKING_COPY_MISSING == MUST_EXIST and not os.path.isfile(path):
            raise QgsProcessingException(tr("The working copy {path} does not exist.").format(
                path=path))
        return path

    @staticmethod
    def make_empty_working_copy(path):
        """An importer given a working copy that does not exist yet makes an empty one
        first (DESIGN.md §10)."""
        if os.path.isfile(path):
            return
        try:
            write_working_copy(path, {})
        except WorkingCopyError as error:
            raise QgsProcessingException(str(error))

    # --- the report ----------------------------------------------------------------------------

    def add_report_parameter(self, description=None):
        """The optional ``REPORT`` file: empty = the algorithm's own place for it."""
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, description or tr("Import report"), "Text (*.txt)", optional=True,
            createByDefault=False))

    def report_path(self, parameters, context, default):
        """The ``REPORT`` asked for, else ``default`` (a path, or None: no report)."""
        if parameters.get(self.REPORT):
            return self.parameterAsFileOutput(parameters, self.REPORT, context) or default
        return default

    def import_report_path(self, parameters, context, working_copy):
        """An importer's report: where asked, else beside the working copy."""
        return self.report_path(parameters, context, report_path_for(working_copy))

    def write_report(self, path, text, feedback=None):
        """Writes the report (if there is a path) and shows it in the log."""
        if path:
            write_text(path, text)
        if feedback is not None:
            for line in text.splitlines():
                feedback.pushInfo(line)
        return path

    # --- the central server ----------------------------------------------------------------

    def add_server_parameters(self, default_schema):
        self.addParameter(QgsProcessingParameterString(
            self.SERVER, tr("Server (QGIS PostgreSQL connection or service=NAME)")))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, tr("Schema"), default_schema))

    @contextmanager
    def server_connection(self, parameters, context, refused=()):
        """A connection to ``SERVER``, closed afterwards; a connection that fails, and the
        errors in ``refused``, become a QgsProcessingException with their text."""
        from ..store.server_connection import ServerConnectionError, connect

        try:
            connection = connect(self.parameterAsString(parameters, self.SERVER, context))
            try:
                yield connection
            finally:
                connection.close()
        except (ServerConnectionError, *refused) as error:
            raise QgsProcessingException(str(error))
