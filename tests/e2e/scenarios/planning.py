"""Planning (issue #7): planned buildings and comments imported, the overlay by status,
the conflict list that zooms, the review report, the layers prepared for 3D."""

import os

from qgis.core import QgsRectangle
from qgis.utils import iface

from .desktop import OUT, PLUGIN_ID, action, check, open_working_copy, pixels_near, screenshot, write_result

PLANNING_INPUT = os.environ.get("KT_PLANNING_INPUT", "")
PLANNING_COMMENTS = os.environ.get("KT_PLANNING_COMMENTS", "")
STATUS_COLOUR = (245, 209, 123)  # "Planung" (#f2c14e at alpha 190 over white)


def _feature():
    from qgis.utils import plugins

    return plugins[PLUGIN_ID].planning


def planning_import():
    feature = _feature()
    feature.import_planned(PLANNING_INPUT, {"height": "Hoehe", "floors": "Geschosse",
                                            "use": "Nutzung", "name": "Bezeichnung"},
                           status="Planung", ask=False)
    return lambda: feature._task is None


def planning_comments():
    feature = _feature()
    feature.import_comments(PLANNING_COMMENTS)
    return lambda: feature._task is None


def planning_overlay_view():
    feature = _feature()
    feature.dock.show()
    feature.dock.raise_()
    combo = feature.dock.project_combo
    for i in range(combo.count()):
        if combo.itemText(i).startswith("Quartier am Bach"):
            combo.setCurrentIndex(i)
    check("planning_projects", [combo.itemText(i) for i in range(combo.count())],
          ok=combo.count() >= 1)
    from kempten_twin_plugin.render.layers import working_copy_layers

    buildings = working_copy_layers()["planned_building"]
    extent = QgsRectangle()
    for f in buildings.getFeatures():
        if f["project"] == combo.currentData():
            box = f.geometry().boundingBox()
            extent = box if extent.isEmpty() else extent
            extent.combineExtentWith(box)
    extent.grow(40)
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refreshAllLayers()
    return "render"



def planning_overlay_shot():
    canvas_image = screenshot("planning-01-overlay")
    count = pixels_near(canvas_image, STATUS_COLOUR)
    check("planning_status_pixels", count, ok=count > 500)
    from kempten_twin_plugin.render.layers import working_copy_layers

    layer = working_copy_layers()["planned_building"]
    check("planning_labels_enabled", layer.labelsEnabled(), ok=layer.labelsEnabled())
    check("planning_renderer3d", type(layer.renderer3D()).__name__,
          ok=layer.renderer3D() is not None)


def planning_check():
    action("KemptenTwinConflictCheck").trigger()
    feature = _feature()
    return lambda: feature._task is None


def planning_select_conflict():
    table = _feature().dock.conflict_table
    check("planning_conflict_rows", table.rowCount(), ok=table.rowCount() > 0)
    if table.rowCount():
        table.selectRow(0)
        check("planning_first_conflict", [table.item(0, c).text() for c in range(5)])
    return "render"


def planning_conflict_shot():
    canvas_image = screenshot("planning-02-conflicts")
    red = pixels_near(canvas_image, (0xC0, 0x00, 0x1A), 80)
    orange = pixels_near(canvas_image, (0xFF, 0x7B, 0x00), 80)
    check("planning_conflict_marker_pixels", red + orange, ok=red + orange > 20)


def planning_report():
    out = os.path.join(OUT, "planning-report.pdf")
    if os.path.exists(out):
        os.unlink(out)
    feature = _feature()
    task = feature.review_report(out)
    # The 3D picture is made in a QgsTask; the desktop answers meanwhile.
    check("planning_report_in_task", task is not None, ok=task is not None)
    return lambda: feature._task is None


def planning_report_written():
    out = os.path.join(OUT, "planning-report.pdf")
    summary = _feature().last_report
    check("planning_report_pages", summary and summary["pages"], ok=bool(summary))
    check("planning_report_path", out)
    # "3d": rendered by QGIS's 3D engine in its own process; "2.5d" with the reason why not.
    check("planning_report_view_3d", summary and [summary["view_3d"], summary["view_3d_note"]])
    # Written now: the 3D view below may take QGIS down on a machine without a GPU.
    write_result()


def planning_prepare_3d():
    # QGIS's own 3D view is not opened here: under Xvfb with Mesa's software OpenGL it
    # blocked QGIS (tiles never finished loading). The layers are prepared as for it.
    from kempten_twin_plugin.render.layers import working_copy_layers

    feature = _feature()
    buildings = working_copy_layers()["planned_building"]
    layer = feature.prepare_3d(buildings)
    check("planning_pipes3d", layer.featureCount() if layer else None,
          ok=layer is not None and layer.featureCount() > 0)


STEPS = [planning_import, planning_comments, open_working_copy, planning_overlay_view,
         planning_overlay_shot, planning_check, planning_select_conflict,
         planning_conflict_shot, planning_report, planning_report_written,
         planning_prepare_3d]

