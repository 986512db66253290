"""Review of sync conflicts: both values, who changed theirs and when; mine, theirs or edit."""

from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...i18n import tr
from ...store import conflicts


def _kinds():
    return {"update_delete": tr("changed ↔ deleted"), "delete_update": tr("deleted ↔ changed"),
            "duplicate_code": tr("object code exists twice")}


def _short(text, limit=60):
    if text is None:
        return "—"
    return text if len(text) <= limit else text[:limit] + " …"


class ConflictDialog(QDialog):
    def __init__(self, path, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinConflictDialog")
        self.setWindowTitle(tr("Sync conflicts"))
        self.path = path
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            tr("Table"), tr("Object"), tr("Field"), tr("Mine"), tr("Theirs (server)"),
            tr("Changed by"), tr("Changed at")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._offer)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(tr("Keep mine"), self)
        self.theirs_button = QPushButton(tr("Take theirs"), self)
        self.edit_button = QPushButton(tr("Edit value…"), self)
        self.mine_button.clicked.connect(lambda: self._resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self._resolve("theirs"))
        self.edit_button.clicked.connect(self._edit)
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(tr("Changes the server refused (they stay here, unsent, until "
                                   "you edit them again or give them up):"), self))
        self.refused = QTableWidget(0, 4, self)
        self.refused.setHorizontalHeaderLabels([tr("Table"), tr("Object"), tr("Change"),
                                                tr("Reason")])
        self.refused.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.refused)
        self.discard_button = QPushButton(tr("Give up my change (server's state returns)"), self)
        self.discard_button.clicked.connect(self._discard)
        layout.addWidget(self.discard_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self):
        self.items = conflicts.open_conflicts(self.path)
        self.table.setRowCount(0)
        for c in self.items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            field = c["column"] if c["kind"] == "column" else _kinds()[c["kind"]]
            for col, text in enumerate((c["table"], c["object_code"], field, _short(c["mine"]),
                                        _short(c["theirs"]), c["by"] or "—",
                                        (c["at"] or "—").replace("T", " "))):
                self.table.setItem(row, col, QTableWidgetItem(str(text)))
        self.table.resizeColumnsToContents()
        self.summary.setText(tr("{n} open conflicts. The working copy shows the server's value; "
                                "your value is kept here until you decide. Resolved values go "
                                "to the server with the next sync.").format(n=len(self.items)))
        if self.items:
            self.table.selectRow(0)
        self._offer()
        self.refused_items = conflicts.refused_changes(self.path)
        self.refused.setRowCount(0)
        operations = {"I": tr("new"), "U": tr("changed"), "D": tr("deleted")}
        for c in self.refused_items:
            row = self.refused.rowCount()
            self.refused.insertRow(row)
            for col, text in enumerate((c["table"], c["object_code"], operations[c["op"]],
                                        c["reason"])):
                self.refused.setItem(row, col, QTableWidgetItem(str(text)))
        self.refused.resizeColumnsToContents()
        self.discard_button.setEnabled(bool(self.refused_items))

    def _offer(self):
        """The choices the selected conflicts allow: a code that exists twice is renamed
        or merged into the existing object, never kept twice."""
        chosen = self.selected()
        duplicate = bool(chosen) and all(c["kind"] == "duplicate_code" for c in chosen)
        self.mine_button.setEnabled(bool(chosen) and not duplicate)
        self.theirs_button.setEnabled(bool(chosen))
        self.edit_button.setEnabled(bool(chosen))
        self.theirs_button.setText(tr("Merge into the existing object") if duplicate
                                   else tr("Take theirs"))
        self.edit_button.setText(tr("Rename mine…") if duplicate else tr("Edit value…"))

    def selected(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.items[r] for r in rows]

    def _resolve(self, resolution, value=None):
        for c in self.selected():
            try:
                conflicts.resolve(self.path, c["id"], resolution, value)
            except conflicts.ConflictError as error:
                self.summary.setText(str(error))
                return
        self.reload()

    def _discard(self):
        rows = sorted({i.row() for i in self.refused.selectedIndexes()})
        for r in rows:
            conflicts.discard_refused(self.path, self.refused_items[r]["id"])
        self.reload()

    def _edit(self):
        chosen = [c for c in self.selected() if c["kind"] in ("column", "duplicate_code")]
        if not chosen:
            return
        value, ok = QInputDialog.getText(self, tr("Edit value"), chosen[0]["column"],
                                         text=chosen[0]["mine"] or "")
        if ok:
            self._resolve("edit", value)
