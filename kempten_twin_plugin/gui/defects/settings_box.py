"""The defects part of the options page: due days by severity, snapping, Open311 table."""

from qgis.PyQt.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core import catalogues as cat
from ...core.catalogues import DEFAULT_SERVICE_MAP
from ...i18n import apply_locale, tr
from ..actions import list_buttons


class DefectSettingsBox(QGroupBox):
    def __init__(self, settings, parent=None):
        super().__init__(tr("Defects"), parent)
        self.setObjectName("KemptenTwinDefectSettings")
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.due_days = {}
        due_row = QHBoxLayout()
        for severity, name in cat.SEVERITIES.items():
            box = QSpinBox(self)
            box.setRange(0, 3650)
            box.setSuffix(" d")
            box.setToolTip(f"{severity} {name}")
            due_row.addWidget(QLabel(f"{severity} {name}", self))
            due_row.addWidget(box)
            self.due_days[severity] = box
        form.addRow(tr("Due after (days, by urgency)"), due_row)
        self.tolerance = QDoubleSpinBox(self)
        self.tolerance.setRange(0.5, 500.0)
        self.tolerance.setSuffix(" m")
        form.addRow(tr("Snap citizens' reports to a gully within"), self.tolerance)
        self.link_days = QSpinBox(self)
        self.link_days.setRange(0, 365)
        self.link_days.setSuffix(" d")
        form.addRow(tr("One defect for reports of the same gully within"), self.link_days)
        apply_locale(self.tolerance, self.link_days, *self.due_days.values())
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Open311 service codes → category and urgency "
                                   "(unknown codes become \"Sonstiges\" and are flagged):"), self))
        self.service_map = QTableWidget(0, 3, self)
        self.service_map.setHorizontalHeaderLabels([tr("Service code"), tr("Category"),
                                                    tr("Urgency")])
        self.service_map.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.service_map)
        layout.addLayout(list_buttons(self, lambda: self._add_row("", "Sonstiges", 3),
                                      self._remove_selected,
                                      lambda: self._show_map(DEFAULT_SERVICE_MAP)))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.load()

    def load(self):
        for severity, days in self.settings.due_days.items():
            self.due_days[severity].setValue(days)
        self.tolerance.setValue(self.settings.snap_tolerance_m)
        self.link_days.setValue(self.settings.open311_link_days)
        self._show_map(self.settings.open311_service_map)

    def _show_map(self, mapping):
        self.service_map.setRowCount(0)
        for code, (category, severity) in sorted(mapping.items()):
            self._add_row(code, category, severity)

    def _add_row(self, code, category, severity):
        row = self.service_map.rowCount()
        self.service_map.insertRow(row)
        for column, value in enumerate((code, category, str(severity))):
            self.service_map.setItem(row, column, QTableWidgetItem(value))

    def _remove_selected(self):
        for row in sorted({i.row() for i in self.service_map.selectedIndexes()}, reverse=True):
            self.service_map.removeRow(row)

    def service_mapping(self):
        """The table as a dict; raises ValueError naming the first bad row."""
        result = {}
        for row in range(self.service_map.rowCount()):
            cells = [(self.service_map.item(row, c).text() if self.service_map.item(row, c)
                      else "").strip() for c in range(3)]
            code, category, severity = cells
            if not code:
                continue
            if category not in cat.DEFECT_CATEGORIES:
                raise ValueError(tr("Row {row}: {category} is not a category of the catalogue "
                                    "({known}).").format(row=row + 1, category=category,
                                                         known=", ".join(cat.DEFECT_CATEGORIES)))
            if severity not in ("1", "2", "3", "4"):
                raise ValueError(tr("Row {row}: the severity must be 1 to 4.").format(row=row + 1))
            result[code] = [category, int(severity)]
        return result

    def apply(self):
        """Saves everything, or nothing and says why."""
        try:
            mapping = self.service_mapping()
        except ValueError as error:
            self.message.setText(str(error))
            return False
        self.message.setText("")
        self.settings.due_days = {s: box.value() for s, box in self.due_days.items()}
        self.settings.snap_tolerance_m = self.tolerance.value()
        self.settings.open311_link_days = self.link_days.value()
        self.settings.open311_service_map = mapping
        return True
