"""The map as a person first sees it: the styled network at overview and detail scales,
the offline basemaps added once as the last group, no dialog left open."""

from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

from .desktop import action, check, colour_pixels, screenshot


def overview():
    canvas_image = screenshot("01-overview")
    counts = colour_pixels(canvas_image)
    # Overview scales draw trunks only (DN ≥ 500): mostly rain and combined sewers.
    check("overview_drainage_pixels", counts, ok=counts["KR"] + counts["KM"] > 500)


def zoom_to_detail():
    canvas = iface.mapCanvas()
    center = canvas.extent().center()
    canvas.setExtent(QgsRectangle(center.x() - 250, center.y() - 150,
                                  center.x() + 250, center.y() + 150))
    canvas.zoomScale(2000)
    canvas.refresh()
    return "render"


def detail():
    canvas_image = screenshot("02-detail")
    counts = colour_pixels(canvas_image)
    check("detail_drainage_pixels", counts, ok=all(v > 50 for v in counts.values()))
    check("detail_scale", round(iface.mapCanvas().scale()))


def basemaps_offline():
    action("KemptenTwinBasemaps").trigger()
    return 4.0  # the task needs a moment even when offline


def after_basemaps():
    root = QgsProject.instance().layerTreeRoot()
    groups = [g for g in root.children() if g.customProperty("kempten_twin/basemaps")]
    check("basemap_group_count", len(groups), ok=len(groups) == 1)
    if groups:
        check("basemap_layers", len(groups[0].findLayers()), ok=len(groups[0].findLayers()) == 3)
        check("basemap_group_is_last", root.children()[-1] is groups[0],
              ok=root.children()[-1] is groups[0])
    modal = QApplication.activeModalWidget()
    check("no_modal_dialog", modal is None, ok=modal is None)



STEPS = [overview, zoom_to_detail, detail]
BASEMAP_STEPS = [basemaps_offline, after_basemaps]
