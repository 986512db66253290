"""The plugin's page in QGIS's settings dialog (Settings ▸ Options ▸ Kempten Twin)."""

import getpass

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .. import paths
from ..i18n import apply_locale, tr
from ..log import contains_password, password_refusal
from ..settings import DEFAULT_BASEMAPS, Settings, default_working_copy, postgres_connection_names
from ..store.server_connection import connect
from ..store.server_schema import server_status
from ..tasks import Task
from .actions import list_buttons
from .defects.settings_box import DefectSettingsBox

_VISIBLE = "✓"


def check_server(server):
    """Runs in a worker thread: connect, read the schema state, close."""
    connection = connect(server)
    try:
        return server_status(connection)
    finally:
        connection.close()


def describe_status(status):
    """One paragraph for the options page, in the user's language."""
    parts = [tr("Connected as {login}.").format(login=status["login"])]
    if status["version"]:
        parts.append(tr("Server schema version {version}.").format(version=status["version"]))
    if status["problem"]:
        parts.append(status["problem"])
    caps = status["capabilities"] or {}
    rights = [label for key, label in (
        ("read", tr("read")), ("write_defects", tr("edit defects")),
        ("maintain_gullies", tr("maintain gullies")), ("write_planning", tr("edit planning")),
        ("write_network", tr("edit network")), ("admin", tr("administer"))) if caps.get(key)]
    if rights:
        parts.append(tr("Rights: {rights}.").format(rights=", ".join(rights)))
    return " ".join(parts)


class OptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None, settings=None, on_applied=None):
        super().__init__(parent)
        self.settings = settings or Settings.load()
        self._on_applied = on_applied
        self.setObjectName("KemptenTwinOptionsPage")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.working_copy = QgsFileWidget(self)
        self.working_copy.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.working_copy.setFilter("GeoPackage (*.gpkg)")
        form.addRow(tr("Working copy (GeoPackage)"), self.working_copy)
        self.server = QComboBox(self)
        self.server.setEditable(True)
        self.server.addItem("")
        self.server.addItems(postgres_connection_names())
        self.server.setToolTip(tr("A PostgreSQL connection saved in QGIS (its password stays in "
                                  "QGIS's authentication database) or service=NAME from "
                                  "pg_service.conf. Never a password."))
        form.addRow(tr("Central server"), self.server)
        server_buttons = QHBoxLayout()
        self.test_button = QPushButton(tr("Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.install_button = QPushButton(tr("Install or upgrade server schema…"), self)
        self.install_button.setEnabled(False)  # only once a test showed an administrator
        self.install_button.clicked.connect(self.install_schema)
        server_buttons.addWidget(self.test_button)
        server_buttons.addWidget(self.install_button)
        server_buttons.addStretch(1)
        form.addRow("", server_buttons)
        self.server_status = QLabel(self)
        self.server_status.setWordWrap(True)
        form.addRow("", self.server_status)
        self.user_name = QLineEdit(self)
        form.addRow(tr("User name"), self.user_name)
        self.auto_sync = QSpinBox(self)
        self.auto_sync.setRange(0, 24 * 60)
        self.auto_sync.setSuffix(" min")
        self.auto_sync.setSpecialValueText(tr("off"))
        form.addRow(tr("Automatic sync every"), self.auto_sync)
        self.city_name = QLineEdit(self)
        form.addRow(tr("City (title block of printed documents)"), self.city_name)
        self.office_name = QLineEdit(self)
        form.addRow(tr("Office (title block)"), self.office_name)
        self.logo = QgsFileWidget(self)
        self.logo.setObjectName("KemptenTwinLogo")
        self.logo.setFilter(tr("Images") + " (*.svg *.png *.jpg *.jpeg)")
        form.addRow(tr("Logo (title block)"), self.logo)
        self.layout_folder = QgsFileWidget(self)
        self.layout_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.layout_folder.setToolTip(tr("A folder with the city's own layout templates "
                                         "kt_a4_portrait.qpt and kt_a3_landscape.qpt; empty: "
                                         "the plugin's templates."))
        form.addRow(tr("Own layout templates"), self.layout_folder)
        apply_locale(self.auto_sync)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)

        box = QGroupBox(tr("Basemaps"), self)
        box_layout = QVBoxLayout(box)
        self.basemaps = QTableWidget(0, 3, box)
        self.basemaps.setHorizontalHeaderLabels([tr("Name"), tr("Data source (QGIS WMS/WMTS)"),
                                                 tr("Visible")])
        self.basemaps.horizontalHeader().setStretchLastSection(False)
        self.basemaps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        box_layout.addWidget(self.basemaps)
        box_layout.addLayout(list_buttons(
            box, lambda: self._add_basemap({"name": "", "source": "", "visible": True}),
            self._remove_selected, lambda: self._show_basemaps(DEFAULT_BASEMAPS)))
        layout.addWidget(box)
        self.defect_settings = DefectSettingsBox(self.settings, self)
        layout.addWidget(self.defect_settings)
        layout.addWidget(self._portal_box())
        self.load()

    def _portal_box(self):
        box = QGroupBox(tr("Citizens' portal"), self)
        form = QFormLayout(box)
        self.portal_link = QLineEdit(box)
        self.portal_link.setPlaceholderText("https://beteiligung.example.de/vorhaben/{reference}"
                                            "#gebaeude-{building}")
        self.portal_link.setToolTip(tr("Link to the participation platform per project and "
                                       "building: {project} (uuid), {reference}, {name} and "
                                       "{building} (uuid) are filled in. Empty: no links."))
        form.addRow(tr("Participation link"), self.portal_link)
        self.portal_grid = QgsFileWidget(box)
        self.portal_grid.setFilter(tr("Quasigeoid grid (*.tif *.tiff *.gtx)"))
        self.portal_grid.setToolTip(tr("GCG2016 as a grid PROJ reads, where PROJ does not have "
                                       "it itself; converts DHHN2016 heights for 3D Tiles."))
        form.addRow(tr("Quasigeoid grid"), self.portal_grid)
        self.portal_anomaly = QDoubleSpinBox(box)
        self.portal_anomaly.setRange(0.0, 100.0)
        self.portal_anomaly.setDecimals(2)
        self.portal_anomaly.setSuffix(" m")
        self.portal_anomaly.setSpecialValueText(tr("from PROJ"))
        self.portal_anomaly.setToolTip(tr("The site's height anomaly (ellipsoidal minus NHN "
                                          "height), used where no grid is available."))
        form.addRow(tr("Height anomaly"), self.portal_anomaly)
        return box

    def test_connection(self):
        """Connect in the background and report schema version and the login's rights."""
        server = self.server.currentText().strip()
        self.test_button.setEnabled(False)
        self.install_button.setEnabled(False)
        self.server_status.setText(tr("Connecting to {server} …").format(server=server))
        self._test_task = Task(tr("Testing the server connection"),
                               lambda task: check_server(server), self._show_server_status)
        QgsApplication.taskManager().addTask(self._test_task)

    def _show_server_status(self, task):
        if sip.isdeleted(self):  # the dialog was closed while the task ran
            return
        self.test_button.setEnabled(True)
        self._test_task = None
        if task.error is not None:
            self.server_status.setText(str(task.error))
            return
        self.server_status.setText(describe_status(task.result))
        self.install_button.setEnabled(task.result["can_install"])

    def install_schema(self):
        import processing

        processing.execAlgorithmDialog("kempten_twin:install_server_schema",
                                       {"SERVER": self.server.currentText().strip()})
        self.test_connection()

    def load(self):
        self.working_copy.setFilePath(self.settings.working_copy)
        self.server.setCurrentText(self.settings.server)
        self.user_name.setText(self.settings.user_name)
        self.auto_sync.setValue(self.settings.auto_sync_minutes)
        self.city_name.setText(self.settings.city_name)
        self.office_name.setText(self.settings.office_name)
        self.logo.setFilePath(self.settings.logo_path)
        self.layout_folder.setFilePath(self.settings.layout_folder)
        self._show_basemaps(self.settings.basemaps)
        self.portal_link.setText(self.settings.portal_link_pattern)
        self.portal_grid.setFilePath(self.settings.portal_geoid_grid)
        self.portal_anomaly.setValue(self.settings.portal_height_anomaly)

    def _show_basemaps(self, definitions):
        self.basemaps.setRowCount(0)
        for definition in definitions:
            self._add_basemap(definition)
        self.basemaps.resizeColumnToContents(0)

    def _add_basemap(self, definition):
        row = self.basemaps.rowCount()
        self.basemaps.insertRow(row)
        self.basemaps.setItem(row, 0, QTableWidgetItem(definition.get("name", "")))
        self.basemaps.setItem(row, 1, QTableWidgetItem(definition.get("source", "")))
        self.basemaps.setItem(row, 2, QTableWidgetItem(_VISIBLE if definition.get("visible", True)
                                                       else ""))

    def _remove_selected(self):
        for row in sorted({i.row() for i in self.basemaps.selectedIndexes()}, reverse=True):
            self.basemaps.removeRow(row)

    def basemap_definitions(self):
        result = []
        for row in range(self.basemaps.rowCount()):
            name = (self.basemaps.item(row, 0).text() if self.basemaps.item(row, 0) else "").strip()
            source = (self.basemaps.item(row, 1).text() if self.basemaps.item(row, 1) else "").strip()
            visible = bool(self.basemaps.item(row, 2) and self.basemaps.item(row, 2).text().strip())
            if name and source:
                result.append({"name": name, "provider": "wms", "source": source,
                               "visible": visible})
        return result

    def apply(self):
        server = self.server.currentText().strip()
        if contains_password(server):
            self.message.setText(password_refusal())
            return
        self.message.setText("")
        self.settings.server = server
        self.settings.working_copy = self.working_copy.filePath().strip() or default_working_copy()
        self.settings.user_name = self.user_name.text().strip() or getpass.getuser()
        self.settings.auto_sync_minutes = self.auto_sync.value()
        self.settings.basemaps = self.basemap_definitions()
        self.settings.city_name = self.city_name.text().strip()
        self.settings.office_name = self.office_name.text().strip()
        self.settings.logo_path = self.logo.filePath().strip()
        self.settings.layout_folder = self.layout_folder.filePath().strip()
        self.settings.portal_link_pattern = self.portal_link.text().strip()
        self.settings.portal_geoid_grid = self.portal_grid.filePath().strip()
        self.settings.portal_height_anomaly = self.portal_anomaly.value()
        self.defect_settings.apply()
        self.settings.save()
        if self._on_applied is not None:
            self._on_applied()


class OptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self, on_applied=None):
        super().__init__()
        self.setTitle("Kempten Twin")
        self._on_applied = on_applied

    def icon(self):
        return QIcon(paths.icon_path("kempten_twin.svg"))

    def createWidget(self, parent):
        return OptionsPage(parent, on_applied=self._on_applied)
