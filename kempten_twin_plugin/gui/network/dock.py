"""Dock "Kanalnetz": the working copy at a glance and the way to open it.

It tells which working copy is configured and what it holds (with DWA terms), opens it as
styled layers, and below shows the inspected object, selection or trace.
"""

import os
from typing import List, Tuple

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.network.inspection import kind_name
from ...i18n import decimal, tr, whole
from ...store.network import network_totals
from ...store.working_copy import WorkingCopyError, table_counts
from .inspection_view import InspectionView

# Node kinds in the order the dock lists them; other kinds follow by their own name.
_NODE_KINDS = ("Schacht", "Anschlusspunkt", "Bauwerk")


def working_copy_summary(path: str) -> List[Tuple[str, str]]:
    """(label, value) rows describing the working copy; read-only, fast at city scale.
    Manholes are counted by node kind, each under its own name (Schächte, Anschlusspunkte,
    Bauwerke)."""
    counts = table_counts(path)
    length_m, open_defects, node_kinds = network_totals(path)
    kinds = [(kind_name(kind), whole(node_kinds.get(kind, 0))) for kind in _NODE_KINDS
             if kind == "Schacht" or node_kinds.get(kind)]
    kinds += [(kind_name(kind) if kind else tr("Nodes of no kind"), whole(n))
              for kind, n in node_kinds.items() if kind not in _NODE_KINDS]
    return kinds + [
        (tr("Pipes"), whole(counts["pipe"])),
        (tr("Total pipe length"), f"{decimal(length_m / 1000.0, 1)} km"),
        (tr("Laterals"), whole(counts["lateral"])),
        (tr("Street gullies"), whole(counts["gully"])),
        (tr("Open defects"), whole(open_defects) + " / " + whole(counts["defect"])),
        (tr("Building projects"), whole(counts["planned_project"])),
    ]


class NetworkDock(QgsDockWidget):
    open_requested = pyqtSignal()
    generate_requested = pyqtSignal()

    def __init__(self, settings, parent=None):
        super().__init__(tr("Sewer network"), parent)
        self.setObjectName("KemptenTwinNetworkDock")
        self._settings = settings
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.path_label = QLabel(body)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.path_label)
        self.summary_box = QGroupBox(tr("Contents"), body)
        self.summary = QFormLayout(self.summary_box)
        layout.addWidget(self.summary_box)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open working copy"), body)
        self.open_button.clicked.connect(self.open_requested)
        self.generate_button = QPushButton(tr("Generate demo city…"), body)
        self.generate_button.clicked.connect(self.generate_requested)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.generate_button)
        layout.addLayout(buttons)
        self.inspection = InspectionView(body)
        layout.addWidget(self.inspection, 1)
        self.setWidget(body)
        self.refresh()

    def refresh(self):
        path = self._settings.working_copy
        while self.summary.rowCount():
            self.summary.removeRow(0)
        if not os.path.isfile(path):
            self.path_label.setText(tr("Working copy: {path} (not created yet)").format(path=path))
            self.open_button.setEnabled(False)
            return
        self.path_label.setText(tr("Working copy: {path}").format(path=path))
        try:
            rows = working_copy_summary(path)
        except (WorkingCopyError, KeyError) as error:
            self.path_label.setText(tr("Working copy {path} cannot be read: {error}")
                                    .format(path=path, error=error))
            self.open_button.setEnabled(False)
            return
        self.open_button.setEnabled(True)
        for label, value in rows:
            value_label = QLabel(value)
            value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary.addRow(label, value_label)

    def summary_rows(self):
        """What the panel shows, as (label, value) text pairs."""
        result = []
        for row in range(self.summary.rowCount()):
            label = self.summary.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = self.summary.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            result.append((label.text(), value.text()))
        return result
