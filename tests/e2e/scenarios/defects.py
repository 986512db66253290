"""Defects (issue 6): reported with the map tool and its form, listed, stepped through the
workflow, printed as a work order, counted in the statistics."""

import os
import subprocess

from qgis.core import QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

from .desktop import OUT, action, check, fail, report, screenshot

_defects = {}


def _defect_dock():
    docks = [d for d in iface.mainWindow().findChildren(QDockWidget)
             if d.objectName() == "KemptenTwinDefectDock"]
    return docks[0] if docks else None


def _count_defects():
    import sqlite3

    from qgis.core import QgsSettings

    con = sqlite3.connect(QgsSettings().value("kempten_twin/working_copy"))
    try:
        return con.execute("SELECT count(*) FROM defect").fetchone()[0]
    finally:
        con.close()


def show_defect_dock():
    network = [d for d in iface.mainWindow().findChildren(QDockWidget)
               if d.objectName() == "KemptenTwinNetworkDock"]
    if network:
        network[0].hide()
    action("KemptenTwinDefectDockToggle").trigger()
    dock = _defect_dock()
    check("defect_dock_visible", dock is not None and dock.isVisible(),
          ok=dock is not None and dock.isVisible())
    return lambda: dock.table is not None


def defect_list():
    dock = _defect_dock()
    check("defect_list_count", dock.count_label.text(), ok=dock.model.rowCount() > 0)
    dock.view.selectRow(0)
    dock.view.resizeColumnsToContents()
    _defects["before"] = _count_defects()
    return "render"


def defect_list_screenshot():
    screenshot("10-defects-list")


def zoom_to_a_gully():
    from kempten_twin_plugin.render.layers import working_copy_layers

    layer = working_copy_layers()["gully"]
    feature = next(layer.getFeatures())
    point = feature.geometry().asPoint()
    _defects["gully"] = (feature["uuid"], point)
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(point.x() - 40, point.y() - 25, point.x() + 40, point.y() + 25))
    canvas.refresh()
    return "render"


def _fill_the_form():
    modal = QApplication.activeModalWidget()
    if modal is None or modal.objectName() != "KemptenTwinDefectForm":
        _defects["tries"] = _defects.get("tries", 0) + 1
        if _defects["tries"] < 50:
            QTimer.singleShot(200, _fill_the_form)
        else:
            fail("the defect form did not open")
        return
    modal.raise_()
    QApplication.processEvents()
    modal.save()  # without a category: refused with a message
    _defects["refusal"] = modal.error_label.text()
    modal.category.setCurrentIndex(modal.category.findData("verstopft"))
    modal.severity.setCurrentIndex(modal.severity.findData(2))
    modal.description.setPlainText("Wasser steht nach Regen, Rost verlegt (E2E)")
    photo_path = os.path.join(OUT, "e2e-photo.png")
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(0x3A7A3A)
    image.save(photo_path)
    modal.add_photos([photo_path])
    QApplication.processEvents()
    screenshot("11-defect-form")
    modal.save()


def click_with_the_report_tool():
    from qgis.PyQt.QtCore import QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    action("KemptenTwinReportDefect").trigger()
    canvas = iface.mapCanvas()
    check("report_tool_active", canvas.mapTool().objectName(),
          ok=canvas.mapTool().objectName() == "KemptenTwinReportDefectTool")
    _, point = _defects["gully"]
    pixel = canvas.mapSettings().mapToPixel().transform(point)
    QTimer.singleShot(500, _fill_the_form)
    # A real click on the canvas: the tool finds the gully and opens the (modal) form.
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(pixel.x()) + 2, int(pixel.y()) + 1))
    return 1.0


def defect_was_saved():
    check("form_refusal_without_category", _defects.get("refusal"),
          ok="Kategorie" in (_defects.get("refusal") or ""))
    after = _count_defects()
    check("defects_after_report", after, ok=after == _defects["before"] + 1)
    dock = _defect_dock()
    selected = dock.selected_uuids()
    check("new_defect_selected", len(selected), ok=len(selected) == 1)
    check("steps_offered", dock.step_names(),
          ok=dock.step_names() == ["geprüft", "abgelehnt", "Duplikat"])
    _defects["new"] = selected[0] if selected else None


def _answer_the_note():
    from qgis.PyQt.QtWidgets import QInputDialog

    modal = QApplication.activeModalWidget()
    if not isinstance(modal, QInputDialog):
        QTimer.singleShot(200, _answer_the_note)
        return
    modal.setTextValue("vor Ort bestätigt (E2E)")
    modal.accept()


def step_to_checked():
    dock = _defect_dock()
    buttons = [b for b in dock.step_buttons if b.text() == "geprüft"]
    QTimer.singleShot(300, _answer_the_note)
    buttons[0].click()
    dock.select_uuids({_defects["new"]})
    history = dock.history_rows()
    check("history_after_step", [h[2:] for h in history],
          ok=[h[3] for h in history] == ["gemeldet", "geprüft"])
    return "render"


def work_order():
    dock = _defect_dock()
    dock.status_filter.deselectAllOptions()
    dock.view.selectAll()
    uuids = dock.selected_uuids()[:8]
    dock.select_uuids(set(uuids))
    pdf = os.path.join(OUT, "12-work-order.pdf")
    dock.ask_path = lambda title, file_filter: pdf
    # The crew, the due date and "also closed ones", as the work order dialog asks them.
    import datetime
    dock.ask_work_order = lambda count: ("Kolonne Nord", datetime.date.today()
                                         + datetime.timedelta(days=7), True)
    dock.with_statistics.setChecked(True)
    written = dock.export_selected("pdf")
    check("work_order_written", written, ok=written == pdf and os.path.exists(pdf))
    # -singlefile: "…-page-1.png" however many pages the order has (else "-01", "-001").
    subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "1", "-singlefile", "-png", pdf,
                    os.path.join(OUT, "12-work-order-page-1")], check=False)
    subprocess.run(["pdftoppm", "-r", "70", "-f", "2", "-l", "2", "-singlefile", "-png", pdf,
                    os.path.join(OUT, "12-work-order-page-2")], check=False)
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout
    numbers = [dock.table.rows["defect_number"][dock.table.index_of[u]] for u in uuids]
    # Each defect: its checklist row, its detail page (and its photos' captions).
    check("work_order_rows", sum(1 for n in numbers if text.count(n) >= 2),
          ok=all(text.count(n) >= 2 for n in numbers))
    report["screenshots"].append(os.path.join(OUT, "12-work-order-page-1.png"))
    return "render"


def statistics_tab():
    dock = _defect_dock()
    dock.tabs.setCurrentIndex(1)
    stats = dock.refresh_statistics()
    check("statistics_open", sum(stats.open_by_status.values()),
          ok=sum(stats.open_by_status.values()) > 0)
    return 1.0


def statistics_screenshot():
    screenshot("13-defects-statistics")
    _defect_dock().tabs.setCurrentIndex(0)


STEPS = [show_defect_dock, defect_list, defect_list_screenshot, zoom_to_a_gully,
         click_with_the_report_tool, defect_was_saved, step_to_checked, work_order,
         statistics_tab, statistics_screenshot]
