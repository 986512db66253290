"""Import from ISYBAU XML / DWA-M 150 and export to ISYBAU XML, from the plugin menu.

The import dialog runs the import in a QgsTask (progress, cancel; QGIS stays usable) and
shows the report when it is done: counts by kind, what was skipped with its line in the
file, and the plausibility warnings.
"""

import os

from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ...i18n import tr
from ...io.exchange import api
from ...io.isybau import zustand_export as defects_as_zustand
from ...io.isybau.export import export_isybau
from ...render.layers import working_copy_layers
from ...tasks import Task


class ImportDialog(QDialog):
    def __init__(self, settings, on_imported=None, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinImportDialog")
        self.setWindowTitle(tr("Import sewer network (ISYBAU XML / DWA-M 150)"))
        self.resize(820, 780)
        self.settings = settings
        self.on_imported = on_imported
        self.task = None
        self.last_report = None  # the latest import's report
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.working_copy_label = QLabel(settings.working_copy, self)
        self.working_copy_label.setWordWrap(True)
        form.addRow(tr("Working copy"), self.working_copy_label)
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("Exchange files (*.xml *.XML)"))
        form.addRow(tr("File"), self.file_widget)
        self.crs_widget = QgsProjectionSelectionWidget(self)
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("Detect from the coordinates"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        form.addRow(tr("Source CRS"), self.crs_widget)
        layout.addLayout(form)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("KemptenTwinImportReport")
        self.report_view.setReadOnly(True)
        self.report_view.setFont(QFont("Monospace"))
        self.report_view.setPlaceholderText(tr("The import report appears here."))
        layout.addWidget(self.report_view, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(tr("Import"), self)
        self.import_button.setObjectName("KemptenTwinImportStart")
        self.cancel_button = QPushButton(tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ActionRole)
        close_button = QPushButton(tr("Close"), self)
        self.buttons.addButton(close_button, QDialogButtonBox.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        layout.addWidget(self.buttons)

    def start_import(self):
        path = self.file_widget.filePath()
        if not path or not os.path.isfile(path):
            self.report_view.setPlainText(tr("Choose an ISYBAU XML or DWA-M 150 file first."))
            return
        working_copy = self.settings.working_copy
        crs = self.crs_widget.crs()
        source_crs = crs.authid() if crs.isValid() else ""
        self.report_view.setPlainText(tr("Importing {path} …").format(path=path))
        self.progress.setValue(0)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(task):
            return api.import_any(working_copy, path, source_crs, task.isCanceled,
                                  task.setProgress)

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


def export_message(counts, path):
    """What the message bar says after an export; a warning when open defects are missing."""
    text = tr("Exported {pipes} pipes and {manholes} manholes to {path}.").format(
        pipes=counts["pipe"], manholes=counts["manhole"], path=path)
    if counts["defect"] or counts["defect_skipped"]:
        text += " " + defects_as_zustand.written_text(counts["defect"])
    if counts["defect_skipped"]:
        return text + " " + defects_as_zustand.left_out_text(counts["defect_skipped"]), \
            Qgis.Warning
    return text, Qgis.Success


class ExchangeFeature:
    """Menu actions for import and export; constructed by the plugin's initGui."""

    def __init__(self, iface, settings, toolbar, menu, on_imported=None):
        self.iface = iface
        self.settings = settings
        self.on_imported = on_imported
        self.dialog = None
        self.export_task = None
        window = iface.mainWindow()
        self.import_action = QAction(tr("Import ISYBAU XML / DWA-M 150…"), window)
        self.import_action.setObjectName("KemptenTwinImportExchange")
        self.import_action.triggered.connect(self.show_import)
        self.export_action = QAction(tr("Export ISYBAU XML…"), window)
        self.export_action.setObjectName("KemptenTwinExportIsybau")
        self.export_action.triggered.connect(lambda: self.export())  # not its checked state
        self.menu = menu
        self.actions = [self.import_action, self.export_action]
        for action in self.actions:
            menu.addAction(action)

    def show_import(self):
        if self.dialog is None:
            self.dialog = ImportDialog(self.settings, self._imported, self.iface.mainWindow())
        self.dialog.working_copy_label.setText(self.settings.working_copy)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _imported(self, report):
        level = Qgis.Warning if report.warnings or report.skipped else Qgis.Success
        results = report.results()
        self.iface.messageBar().pushMessage("Kempten Twin", tr(
            "Imported {manholes} manholes, {pipes} pipes, {laterals} laterals, {gullies} "
            "gullies, {inspections} inspections; {warnings} warnings, {skipped} skipped.").format(
            manholes=results["MANHOLES"], pipes=results["PIPES"], laterals=results["LATERALS"],
            gullies=results["GULLIES"], inspections=results["INSPECTIONS"],
            warnings=results["WARNINGS"], skipped=len(report.skipped)), level, 8)
        if self.on_imported is not None:
            self.on_imported()

    def export(self, path=None):
        """Export in the background; asks for the file unless ``path`` is given. Returns
        the task (None when nothing is started)."""
        if self.export_task is not None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(),
                                                  tr("Export ISYBAU XML"), "",
                                                  tr("ISYBAU XML (*.xml)"))
            if not path:
                return None
        working_copy = self.settings.working_copy

        def work(task):
            return export_isybau(working_copy, path, task.isCanceled, task.setProgress)

        def done(task):
            self.export_task = None
            bar = self.iface.messageBar()
            if task.error is not None:
                bar.pushMessage("Kempten Twin", str(task.error), Qgis.Warning, 10)
            elif task.result is not None:
                text, level = export_message(task.result, path)
                bar.pushMessage("Kempten Twin", text, level, 10 if level == Qgis.Warning else 6)

        self.export_task = Task(tr("Kempten Twin: exporting ISYBAU XML"), work, done)
        QgsApplication.taskManager().addTask(self.export_task)
        return self.export_task

    def unload(self):
        if self.dialog is not None:
            if self.dialog.task is not None:
                self.dialog.task.cancel()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        for action in self.actions:
            action.triggered.disconnect()
            self.menu.removeAction(action)
            action.deleteLater()
        self.actions = []
