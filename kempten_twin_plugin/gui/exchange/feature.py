"""Import from ISYBAU XML / DWA-M 150, check a file, export to ISYBAU XML or DWA-M 150, from
the plugin menu.

The import dialog shows, once a file is chosen, how the file's codes map to ours (node and
edge kinds, Anschlusspunkt kinds, material, profile, drainage) as a table the user can
check and change before importing; a change is saved for the delivery source (the
producer the file comes from) and used for its next files, and the import report lists
every code mapped by such an override. "Datei prüfen" checks the file against the rules
of its version without importing. Import and check run in a QgsTask (progress, cancel;
QGIS stays usable); the report is shown when done.
"""

import os

from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, whole
from ...io.exchange import api
from ...io.exchange import codes as code_lists
from ...io.exchange.code_scan import scan_codes
from ...io.exchange.validate import validate_file
from ...io.isybau import zustand_export as defects_as_zustand
from ...io.isybau.export import export_isybau
from ...io.m150.export import export_m150
from ...render.layers import working_copy_layers
from ...tasks import Task
from ..actions import add_action

# Columns of the mapping table.
FIELD, CODE, COUNT, STANDARD, OURS = range(5)


class MappingTable(QTableWidget):
    """File code → our value, one row per code the file uses in a mapped field; the last
    column is editable (a list where our values are a list, free text otherwise)."""

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("KemptenTwinCodeMapping")
        self.setHorizontalHeaderLabels([tr("Field"), tr("Code in the file"), tr("Count"),
                                        tr("Standard meaning"), tr("Imported as")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.format_key = ""
        self._rows = []  # (field, raw, standard)

    def fill(self, format_key, found, overrides):
        """Show the codes ``found`` ((field, raw, count) of scan_codes) with ``overrides``."""
        self.format_key = format_key
        self.setRowCount(0)
        self._rows = []
        fields = code_lists.FIELDS_BY_FORMAT[format_key]
        for field, raw, count, standard, used, overridden in code_lists.mapping_rows(
                format_key, found, overrides):
            row = self.rowCount()
            self.insertRow(row)
            for column, text in ((FIELD, code_lists.field_label(field)), (CODE, raw),
                                 (COUNT, whole(count)),
                                 (STANDARD, standard if standard is not None
                                  else tr("(unknown: kept as given)"))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
            choices = fields[field][1]
            combo = QComboBox(self)
            combo.setEditable(choices is None)
            options = list(choices) if choices is not None else sorted(
                set(fields[field][0].values()))
            if standard is None and raw not in options:
                options.insert(0, raw)
            for option in options:
                combo.addItem(option or tr("(no special kind)"), option)
            index = combo.findData(used)
            if index < 0:
                combo.addItem(used, used)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            if overridden:
                font = combo.font()
                font.setBold(True)
                combo.setFont(font)
            self.setCellWidget(row, OURS, combo)
            self._rows.append((field, raw, standard))

    def value(self, row):
        combo = self.cellWidget(row, OURS)
        if combo.isEditable():
            return combo.currentText().strip()
        return combo.currentData()

    def set_value(self, row, value):
        """Choose ``value`` for a row (as the user would)."""
        combo = self.cellWidget(row, OURS)
        index = combo.findData(value)
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def find(self, field, raw):
        return next((n for n, (f, r, _) in enumerate(self._rows) if f == field and r == raw),
                    -1)

    def codes(self):
        """(field, code, standard) of each row."""
        return list(self._rows)

    def overrides(self):
        """field → {code: our value} for every row the user set apart from the standard."""
        found = {}
        for row, (field, raw, standard) in enumerate(self._rows):
            value = self.value(row)
            if value is None:
                continue
            if value != (standard if standard is not None else raw):
                found.setdefault(field, {})[raw] = value
        return found


class ImportDialog(QDialog):
    def __init__(self, settings, on_imported=None, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinImportDialog")
        self.setWindowTitle(tr("Import sewer network (ISYBAU XML / DWA-M 150)"))
        self.resize(900, 820)
        self.settings = settings
        self.on_imported = on_imported
        self.task = None
        self.scan_task = None
        self.last_report = None  # the latest import's report
        self.last_check = None  # the latest file check
        self.format_key = ""
        self._found = None  # (field, code, count) of the chosen file
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.working_copy_label = QLabel(settings.working_copy, self)
        self.working_copy_label.setWordWrap(True)
        form.addRow(tr("Working copy"), self.working_copy_label)
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("Exchange files (*.xml *.XML)"))
        self.file_widget.fileChanged.connect(self.scan)
        form.addRow(tr("File"), self.file_widget)
        self.crs_widget = QgsProjectionSelectionWidget(self)
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("Detect from the coordinates"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        form.addRow(tr("Source CRS"), self.crs_widget)
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("KemptenTwinDeliverySource")
        self.source_box.setEditable(True)
        self.source_box.setToolTip(tr("Who delivered the file. Your changes to the code "
                                      "mapping are saved for this source and used again for "
                                      "its next files."))
        self.source_box.addItems(sorted(settings.exchange_code_mappings))
        self.source_box.currentTextChanged.connect(self._source_changed)
        form.addRow(tr("Delivery source"), self.source_box)
        layout.addLayout(form)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        mapping_box = QWidget(splitter)
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(QLabel(tr("How the file's codes are imported (change a value "
                                           "to override it for this delivery source):"),
                                        mapping_box))
        self.mapping = MappingTable(mapping_box)
        mapping_layout.addWidget(self.mapping)
        self.report_view = QPlainTextEdit(splitter)
        self.report_view.setObjectName("KemptenTwinImportReport")
        self.report_view.setReadOnly(True)
        self.report_view.setFont(QFont("Monospace"))
        self.report_view.setPlaceholderText(tr("The import report appears here."))
        splitter.addWidget(mapping_box)
        splitter.addWidget(self.report_view)
        layout.addWidget(splitter, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(tr("Check file"), self)
        self.check_button.setObjectName("KemptenTwinCheckFile")
        self.import_button = QPushButton(tr("Import"), self)
        self.import_button.setObjectName("KemptenTwinImportStart")
        self.cancel_button = QPushButton(tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        for button in (self.check_button, self.import_button, self.cancel_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close_button = QPushButton(tr("Close"), self)
        self.buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.start_check)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        layout.addWidget(self.buttons)

    # --- the mapping ----------------------------------------------------------------------

    def _path(self):
        path = self.file_widget.filePath()
        return path if path and os.path.isfile(path) else ""

    def scan(self, path=None):
        """Read which codes the file uses (a background task) and fill the mapping table."""
        path = path if path is not None else self.file_widget.filePath()
        if not path or not os.path.isfile(path):
            return None
        try:
            self.format_key = api.detect_format(path)
        except Exception as error:  # shown, not raised: the user picks another
            self.report_view.setPlainText(str(error))
            return None
        format_key = self.format_key

        def work(task):
            return scan_codes(path, format_key, task.isCanceled)

        def done(task):
            self.scan_task = None
            if task.error is not None or task.result is None or path != self._path():
                return
            result = task.result
            default = result.producer or os.path.splitext(os.path.basename(path))[0]
            if not self.source_box.currentText().strip() or \
                    self.source_box.currentText() not in self.settings.exchange_code_mappings:
                self.source_box.setCurrentText(default)
            self._found = result.rows()
            self._fill()

        self.scan_task = Task(tr("Kempten Twin: reading the codes of {name}").format(
            name=os.path.basename(path)), work, done)
        QgsApplication.taskManager().addTask(self.scan_task)
        return self.scan_task

    def _fill(self):
        source = self.source_box.currentText().strip()
        overrides = self.settings.exchange_code_mappings.get(source, {})
        self.mapping.fill(self.format_key, self._found or [], overrides)

    def _source_changed(self, _text):
        if self.format_key and self._found is not None:
            self._fill()

    def _overrides(self):
        """(overrides to import with, delivery source): those saved for the source, with
        the table's choices for this file's codes on top; saved again when they changed."""
        source = self.source_box.currentText().strip()
        saved = self.settings.exchange_code_mappings.get(source, {})
        if not (self.mapping.rowCount() and self.mapping.format_key == self.format_key):
            return saved, source
        merged = {field: dict(codes) for field, codes in saved.items()}
        chosen = self.mapping.overrides()
        for field, raw, _standard in self.mapping.codes():
            if raw in chosen.get(field, {}):
                merged.setdefault(field, {})[raw] = chosen[field][raw]
            else:
                merged.get(field, {}).pop(raw, None)
        merged = {field: codes for field, codes in merged.items() if codes}
        if source and merged != saved:
            mappings = dict(self.settings.exchange_code_mappings)
            if merged:
                mappings[source] = merged
            else:
                mappings.pop(source, None)
            self.settings.exchange_code_mappings = mappings
            self.settings.save()
        return merged, source

    # --- check and import -----------------------------------------------------------------

    def start_check(self):
        path = self._path()
        if not path:
            self.report_view.setPlainText(tr("Choose an ISYBAU XML or DWA-M 150 file first."))
            return None
        self.report_view.setPlainText(tr("Checking {path} …").format(path=path))
        self.progress.setValue(0)
        self.check_button.setEnabled(False)

        def work(task):
            return validate_file(path, task.isCanceled, task.setProgress)

        def done(task):
            self.task = None
            self.check_button.setEnabled(True)
            if task.error is not None:
                self.report_view.setPlainText(tr("The file cannot be checked: {error}").format(
                    error=task.error))
                return
            if task.result is None:
                return
            self.progress.setValue(100)
            self.last_check = task.result
            self.report_view.setPlainText(task.result.text())

        self.task = Task(tr("Kempten Twin: checking {name}").format(
            name=os.path.basename(path)), work, done)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def start_import(self):
        path = self.file_widget.filePath()
        if not path or not os.path.isfile(path):
            self.report_view.setPlainText(tr("Choose an ISYBAU XML or DWA-M 150 file first."))
            return
        working_copy = self.settings.working_copy
        crs = self.crs_widget.crs()
        source_crs = crs.authid() if crs.isValid() else ""
        overrides, source = self._overrides()
        self.report_view.setPlainText(tr("Importing {path} …").format(path=path))
        self.progress.setValue(0)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(task):
            return api.import_any(working_copy, path, source_crs, task.isCanceled,
                                  task.setProgress, overrides, source)

        self.task = Task(tr("Kempten Twin: importing {name}").format(
            name=os.path.basename(path)), work, self._done)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        QgsApplication.taskManager().addTask(self.task)

    def cancel_import(self):
        if self.task is not None:
            self.task.cancel()

    def _done(self, task):
        self.task = None
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if task.error is not None:
            self.progress.setValue(0)
            self.report_view.setPlainText(tr("Nothing was imported; the working copy is "
                                             "unchanged.\n\n{error}").format(error=task.error))
            return
        if task.result is None:
            self.report_view.setPlainText(tr("Cancelled; nothing was imported."))
            return
        self.progress.setValue(100)
        self.last_report = task.result
        self.report_view.setPlainText(task.result.text())
        for layer in working_copy_layers().values():
            layer.reload()
            layer.triggerRepaint()
        if self.on_imported is not None:
            self.on_imported(task.result)

    def stop(self):
        for task in (self.task, self.scan_task):
            if task is not None:
                task.cancel()


def export_message(counts, path):
    """What the message bar says after an export; a warning when open defects are missing."""
    text = tr("Exported {pipes} pipes and {manholes} manholes to {path}.").format(
        pipes=counts["pipe"], manholes=counts["manhole"], path=path)
    if counts["defect"] or counts["defect_skipped"]:
        text += " " + defects_as_zustand.written_text(counts["defect"])
    if counts["defect_skipped"]:
        return text + " " + defects_as_zustand.left_out_text(counts["defect_skipped"]), \
            Qgis.MessageLevel.Warning
    return text, Qgis.MessageLevel.Success


class ExchangeFeature:
    """Menu actions for import, file check and export; constructed by the plugin's initGui."""

    def __init__(self, iface, settings, toolbar, menu, on_imported=None):
        self.iface = iface
        self.settings = settings
        self.on_imported = on_imported
        self.dialog = None
        self.export_task = None
        window = iface.mainWindow()
        self.menu = menu
        self.actions = []
        self.import_action = add_action(self.actions, window, menu,
                                        tr("Import ISYBAU XML / DWA-M 150…"),
                                        "KemptenTwinImportExchange", self.show_import)
        self.check_action = add_action(self.actions, window, menu,
                                       tr("Check exchange file (ISYBAU XML / DWA-M 150)…"),
                                       "KemptenTwinCheckExchange", lambda: self.check())
        # lambdas: export() must not get the action's checked state
        self.export_action = add_action(self.actions, window, menu, tr("Export ISYBAU XML…"),
                                        "KemptenTwinExportIsybau", lambda: self.export())
        self.export_m150_action = add_action(self.actions, window, menu,
                                             tr("Export DWA-M 150 XML…"), "KemptenTwinExportM150",
                                             lambda: self.export(m150=True))

    def show_import(self):
        if self.dialog is None:
            self.dialog = ImportDialog(self.settings, self._imported, self.iface.mainWindow())
        self.dialog.working_copy_label.setText(self.settings.working_copy)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def check(self, path=None):
        """"Datei prüfen": the file (asked for unless given) checked in the import dialog."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(),
                                                  tr("Check exchange file"), "",
                                                  tr("Exchange files (*.xml *.XML)"))
            if not path:
                return None
        dialog = self.show_import()
        dialog.file_widget.setFilePath(path)
        return dialog.start_check()

    def _imported(self, report):
        level = Qgis.MessageLevel.Warning if report.warnings or report.skipped else Qgis.MessageLevel.Success
        results = report.results()
        self.iface.messageBar().pushMessage("Kempten Twin", tr(
            "Imported {manholes} manholes, {pipes} pipes, {laterals} laterals, {gullies} "
            "gullies, {inspections} inspections; {warnings} warnings, {skipped} skipped.").format(
            manholes=results["MANHOLES"], pipes=results["PIPES"], laterals=results["LATERALS"],
            gullies=results["GULLIES"], inspections=results["INSPECTIONS"],
            warnings=results["WARNINGS"], skipped=len(report.skipped)), level, 8)
        if self.on_imported is not None:
            self.on_imported()

    def export(self, path=None, m150=False):
        """Export in the background; asks for the file unless ``path`` is given. Returns
        the task (None when nothing is started)."""
        if self.export_task is not None:
            return None
        title = tr("Export DWA-M 150 XML") if m150 else tr("Export ISYBAU XML")
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.iface.mainWindow(), title, "",
                tr("DWA-M 150 XML (*.xml)") if m150 else tr("ISYBAU XML (*.xml)"))
            if not path:
                return None
        working_copy = self.settings.working_copy
        run = export_m150 if m150 else export_isybau

        def work(task):
            return run(working_copy, path, task.isCanceled, task.setProgress)

        def done(task):
            self.export_task = None
            bar = self.iface.messageBar()
            if task.error is not None:
                bar.pushMessage("Kempten Twin", str(task.error), Qgis.MessageLevel.Warning, 10)
            elif task.result is not None:
                text, level = export_message(task.result, path)
                bar.pushMessage("Kempten Twin", text, level, 10 if level == Qgis.MessageLevel.Warning else 6)

        self.export_task = Task(tr("Kempten Twin: exporting DWA-M 150 XML") if m150 else
                                tr("Kempten Twin: exporting ISYBAU XML"), work, done)
        QgsApplication.taskManager().addTask(self.export_task)
        return self.export_task

    def unload(self):
        if self.dialog is not None:
            self.dialog.stop()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        for action in self.actions:
            action.triggered.disconnect()
            self.menu.removeAction(action)
            action.deleteLater()
        self.actions = []
