"""The engineer's network tools (issue #5): inspect a manhole, find it by the locator,
trace its catchment, draw the Längsschnitt."""

import os
import time

from qgis.core import QgsFeatureRequest, QgsProject
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

from .desktop import OUT, PLUGIN_ID, action, check, locator_widget, screenshot

_network = {}


def _network_tools():
    from qgis.utils import plugins

    return plugins[PLUGIN_ID].network_tools


def _manhole_near_centre():
    from kempten_twin_plugin.render.layers import working_copy_layers

    layer = working_copy_layers()["manhole"]
    centre = iface.mapCanvas().extent().center()
    best = min(layer.getFeatures(QgsFeatureRequest().setFilterRect(iface.mapCanvas().extent())),
               key=lambda f: f.geometry().asPoint().distance(centre))
    return best


def inspect_manhole():
    tools = _network_tools()
    action("KemptenTwinIdentify").trigger()
    manhole = _manhole_near_centre()
    _network["manhole"] = manhole["object_code"]
    started = time.perf_counter()
    tools.identify_tool.pick_at(manhole.geometry().asPoint())
    QApplication.processEvents()
    check("identify_seconds", time.perf_counter() - started)
    text = tools.view.toPlainText()
    check("inspection_text", text[:400], ok=manhole["object_code"] in text
          and "Deckelhöhe" in text and "Sohlhöhe" in text)
    return 1.0


def inspection_screenshot():
    screenshot("04-inspection")


def locator_search():
    """Type "kt <code>" as a user would: QGIS runs our filter in its locator thread."""
    from qgis.core import QgsLocatorContext

    locator = locator_widget().locator()
    found = _network.setdefault("locator_results", [])
    locator.foundResult.connect(lambda result: found.append(result.displayString))
    locator.fetchResults(f"kt {_network['manhole']}", QgsLocatorContext())
    return lambda: not locator.isRunning()


def locator_found():
    found = _network.get("locator_results", [])
    check("locator_results", found[:5], ok=any(_network["manhole"] in r for r in found))
    check("locator_prefixes", sorted(locator_widget().locator().prefixedFilters()))


def trace_upstream_of_outlet():
    tools = _network_tools()
    from kempten_twin_plugin.core.network.graph import UPSTREAM

    # Up from the outlet the inspected manhole drains to: its whole catchment lights up.
    outlet = tools.trace(_network["manhole"], tools.settings.working_copy, "downstream")
    result = tools.trace(outlet.outlets[0], tools.settings.working_copy, UPSTREAM)
    check("trace_pipes", len(result.pipes), ok=len(result.pipes) > 10)
    pipe_layer = [lyr for lyr in QgsProject.instance().mapLayers().values()
                  if lyr.customProperty("kempten_twin/table") == "pipe"][0]
    check("trace_selected", pipe_layer.selectedFeatureCount(),
          ok=pipe_layer.selectedFeatureCount() == len(result.pipes))
    iface.mapCanvas().zoomToSelected(pipe_layer)
    iface.mapCanvas().refresh()
    return "render"


def trace_screenshot():
    screenshot("05-trace")


def open_profile():
    tools = _network_tools()
    dialog = tools.open_profile(tools.settings.working_copy, _network["manhole"])
    check("profile_opened", dialog is not None, ok=dialog is not None)
    if dialog is not None:
        dialog.resize(1200, 560)
        dialog.move(40, 120)
        dialog.raise_()
        check("profile_title", dialog.windowTitle())
        pdf = dialog.export(os.path.join(OUT, "06-profile.pdf"))
        check("profile_pdf", pdf is not None and os.path.getsize(pdf) > 1000)
    return 1.5


def profile_screenshot():
    screenshot("06-profile")
    dialog = _network_tools().profile_dialog
    if dialog is not None:
        dialog.grab().save(os.path.join(OUT, "06-profile-window.png"))
        dialog.close()


STEPS = [inspect_manhole, inspection_screenshot, locator_search, locator_found,
         trace_upstream_of_outlet, trace_screenshot, open_profile, profile_screenshot]
