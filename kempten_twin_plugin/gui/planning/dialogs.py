"""Dialogs of the planners' side: the field mapping of a footprint import, the source CRS
an import could not decide, the strip table."""

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionDialog, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.catalogues import PROJECT_STATUSES
from ...core.planning.conflicts import StripTable
from ...i18n import apply_locale, decimal, tr
from ...io.planning.footprints import MAPPING_KEYS, guess_mapping

NONE_TEXT = "–"


class FieldMappingDialog(QDialog):
    """Which attribute holds height, floors, use and name; the project's name and status."""

    def __init__(self, path, fields, layer_has_crs, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinFieldMappingDialog")
        self.setWindowTitle(tr("Import planned buildings"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Which attribute of {file} holds what? Features sharing a name form one "
                          "building project.").format(file=path))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        guessed = guess_mapping(fields)
        labels = {"height": tr("Height (m)"), "floors": tr("Floors"), "use": tr("Use"),
                  "name": tr("Project name")}
        self.combos = {}
        for key in MAPPING_KEYS:
            combo = QComboBox(self)
            combo.setObjectName(f"mapping_{key}")
            combo.addItem(NONE_TEXT, None)
            for field in fields:
                combo.addItem(field, field)
            if guessed.get(key):
                combo.setCurrentIndex(combo.findData(guessed[key]))
            form.addRow(labels[key], combo)
            self.combos[key] = combo
        self.project_name = QLineEdit(self)
        self.project_name.setPlaceholderText(tr("from the name attribute or the file name"))
        form.addRow(tr("Project name (for all)"), self.project_name)
        self.status = QComboBox(self)
        self.status.addItems(PROJECT_STATUSES)
        self.status.setCurrentText("Planung")
        form.addRow(tr("Status"), self.status)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs.setNotSetText(tr("as in the file") if layer_has_crs else tr("guess from coordinates"))
        self.crs.setCrs(QgsCoordinateReferenceSystem())
        form.addRow(tr("Source CRS"), self.crs)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self):
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def source_epsg(self):
        crs = self.crs.crs()
        if crs.isValid() and crs.authid().upper().startswith("EPSG:"):
            return int(crs.authid().split(":")[1])
        return None


def ask_source_crs(message, suggested=None, parent=None):
    """The EPSG code the user picks for a file whose CRS the import could not decide
    (``message`` says why; ``suggested`` is preselected), or None when cancelled."""
    dialog = QgsProjectionSelectionDialog(parent)
    dialog.setObjectName("KemptenTwinSourceCrsDialog")
    dialog.setWindowTitle(tr("Source CRS of the file"))
    dialog.setMessage(message)
    if suggested:
        dialog.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{suggested}"))
    if not dialog.exec():
        return None
    crs = dialog.crs()
    if crs.isValid() and crs.authid().upper().startswith("EPSG:"):
        return int(crs.authid().split(":")[1])
    return None


class StripTableDialog(QDialog):
    """The city's protection strips by DN, and around manholes."""

    def __init__(self, text, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinStripTableDialog")
        self.setWindowTitle(tr("Protection strips"))
        try:
            table = StripTable.from_json(text)
        except (ValueError, KeyError, TypeError):
            table = StripTable()
        layout = QVBoxLayout(self)
        note = QLabel(tr("Strip width each side of the pipe axis by nominal diameter. The values "
                         "are a default the city sets; an empty DN in the last row means all "
                         "larger pipes."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(table.strips), 2, self)
        self.table.setHorizontalHeaderLabels([tr("DN up to (mm)"), tr("Strip (m)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (dn, metres) in enumerate(table.strips):
            self.table.setItem(row, 0, QTableWidgetItem("" if dn is None else str(dn)))
            self.table.setItem(row, 1, QTableWidgetItem(decimal(metres, None)))  # read back with either mark
        layout.addWidget(self.table)
        form = QFormLayout()
        self.manhole = QDoubleSpinBox(self)
        self.manhole.setRange(0, 20)
        self.manhole.setDecimals(2)
        self.manhole.setValue(table.manhole)
        apply_locale(self.manhole)
        form.addRow(tr("Around manholes (m)"), self.manhole)
        layout.addLayout(form)
        self.error = QLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._defaults)
        layout.addWidget(buttons)
        self.result_json = text

    def _defaults(self):
        self.result_json = ""
        self.accept()

    def _accept(self):
        strips = []
        try:
            for row in range(self.table.rowCount()):
                dn = (self.table.item(row, 0).text() or "").strip()
                metres = float((self.table.item(row, 1).text() or "").replace(",", "."))
                strips.append([int(dn) if dn else None, metres])
            table = StripTable.from_json(
                StripTable(tuple(tuple(s) for s in strips), self.manhole.value()).to_json())
        except (ValueError, AttributeError) as error:
            self.error.setText(tr("Not valid: {error}").format(error=error))
            return
        self.result_json = table.to_json()
        self.accept()
