"""An exchange file imported from the menu: the dialog, the import as a background task
with its report, the imported network on the map."""

import os

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

from .desktop import action, check, colour_pixels, screenshot

IMPORT_FILE = os.environ.get("KT_IMPORT_FILE", "")


def _import_dialog():
    found = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "KemptenTwinImportDialog"]
    return found[0] if found else None


def import_from_menu():
    """The menu action opens the import dialog; the import runs as a QgsTask."""
    action("KemptenTwinImportExchange").trigger()
    dialog = _import_dialog()
    check("import_dialog_open", dialog is not None, ok=dialog is not None)
    dialog.move(40, 80)
    dialog.file_widget.setFilePath(IMPORT_FILE)
    dialog.import_button.click()
    check("import_started_in_background", not dialog.import_button.isEnabled())
    return lambda: dialog.task is None


def import_report():
    dialog = _import_dialog()
    text = dialog.report_view.toPlainText()
    check("import_report_text", text.splitlines())
    # Each kind under its own German name (not 159 "Schächte" for three kinds of node).
    wanted = ("Schächte: 116", "Bauwerke: 25", "Anschlusspunkte: 18", "Straßenabläufe: 9",
              "Haltungen: 135", "Leitungen: 15")
    check("import_report_has_counts", all(w in text for w in wanted),
          ok=all(w in text for w in wanted))
    check("import_progress", dialog.progress.value(), ok=dialog.progress.value() == 100)
    # With KT_READING_PROCESS_MIN_BYTES=0 the file is read in a second process, and with
    # KT_READING_HALVES_MIN_BYTES=0 in two, one half each.
    report = getattr(dialog, "last_report", None)
    check("import_read_in_second_process", getattr(report, "read_in_second_process", None))
    check("import_reading_processes", getattr(report, "reading_processes", None))
    dialog.raise_()
    dialog.activateWindow()
    QApplication.processEvents()
    screenshot("04-import-report")


def show_imported_network():
    _import_dialog().hide()
    action("KemptenTwinOpen").trigger()
    tables = sorted(layer.customProperty("kempten_twin/table")
                    for layer in QgsProject.instance().mapLayers().values()
                    if layer.customProperty("kempten_twin/table"))
    check("imported_layers", tables, ok={"manhole", "pipe"} <= set(tables))
    pipes = [layer for layer in QgsProject.instance().mapLayers().values()
             if layer.customProperty("kempten_twin/table") == "pipe"]
    check("imported_pipe_features", pipes[0].featureCount() if pipes else 0,
          ok=bool(pipes) and pipes[0].featureCount() == 135)
    iface.mapCanvas().refreshAllLayers()
    return "render"



def imported_network_shot():
    canvas_image = screenshot("05-imported-network")
    check("imported_drainage_pixels", colour_pixels(canvas_image))


STEPS = [import_from_menu, import_report, show_imported_network, imported_network_shot]

