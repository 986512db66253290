"""What a work order needs besides its defects: the crew, the due date, and whether closed
defects are listed too (they are not, unless asked)."""

from datetime import date, timedelta
from typing import Optional, Tuple

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ...i18n import apply_locale, tr


class WorkOrderDialog(QDialog):
    def __init__(self, count: int, parent=None, crew: str = ""):
        super().__init__(parent)
        self.setObjectName("KemptenTwinWorkOrderDialog")
        self.setWindowTitle(tr("Work order"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("{n} defects selected.").format(n=count), self))
        self.crew = QLineEdit(crew, self)
        self.crew.setObjectName("KemptenTwinWorkOrderCrew")
        form.addRow(tr("Crew"), self.crew)
        self.due = QDateEdit(self)
        self.due.setObjectName("KemptenTwinWorkOrderDue")
        self.due.setCalendarPopup(True)
        apply_locale(self.due)
        soon = date.today() + timedelta(days=7)
        self.due.setDate(QDate(soon.year, soon.month, soon.day))
        form.addRow(tr("Due by"), self.due)
        self.include_closed = QCheckBox(tr("Also list closed defects"), self)
        form.addRow("", self.include_closed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> Tuple[str, Optional[date], bool]:
        return (self.crew.text().strip(), self.due.date().toPyDate(),
                self.include_closed.isChecked())
