"""initGui and unload are exact mirrors (the real desktop repeats this in tests/e2e)."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QToolBar

from kempten_twin_plugin import classFactory
from tests.helpers.canvas_helpers import clear_project


def parts(iface):
    window = iface.mainWindow()
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete: run deleteLater()
    return {
        "toolbars": len([t for t in window.findChildren(QToolBar)
                         if t.objectName() == "KemptenTwinToolbar"]),
        "docks": len([d for d in window.findChildren(QDockWidget)
                      if d.objectName() == "KemptenTwinNetworkDock"]),
        "defect_docks": len([d for d in window.findChildren(QDockWidget)
                             if d.objectName() == "KemptenTwinDefectDock"]),
        "map_tools": len([t for t in window.findChildren(QObject)
                          if t.objectName() == "KemptenTwinReportDefectTool"]),
        "planning_docks": len([d for d in window.findChildren(QDockWidget)
                               if d.objectName() == "KemptenTwinPlanningDock"]),
        "menus": len([a for a in window.menuBar().actions()
                      if a.menu() is not None and a.menu().objectName() == "KemptenTwinMenu"]),
        "provider": QgsApplication.processingRegistry().providerById("kempten_twin") is not None,
    }


NONE = {"toolbars": 0, "docks": 0, "defect_docks": 0, "map_tools": 0,
        "planning_docks": 0, "menus": 0, "provider": False}
ONE = {"toolbars": 1, "docks": 1, "defect_docks": 1, "map_tools": 1,
       "planning_docks": 1, "menus": 1, "provider": True}


@pytest.fixture
def plugin(qgis_iface, kt_settings, processing_ready):
    plugin = classFactory(qgis_iface)
    plugin.settings = kt_settings  # what the test sets is what the plugin reads
    yield plugin
    if plugin.toolbar is not None:
        plugin.unload()


def test_init_and_unload_mirror_each_other_three_times(plugin, qgis_iface):
    assert parts(qgis_iface) == NONE
    for _ in range(3):
        plugin.initGui()
        assert parts(qgis_iface) == ONE
        assert len(plugin.connections) == 1
        plugin.unload()
        assert parts(qgis_iface) == NONE
        assert len(plugin.connections) == 0
        assert plugin.actions == []


def test_unloaded_plugin_no_longer_reacts_to_project_signals(plugin, qgis_iface):
    from qgis.core import QgsProject
    from qgis.PyQt.QtXml import QDomDocument

    plugin.initGui()
    calls = []
    plugin._project_read = lambda *args: calls.append(args)
    plugin.unload()
    QgsProject.instance().readProject.emit(QDomDocument())
    assert calls == []


def test_menu_and_toolbar_offer_the_actions(plugin, qgis_iface):
    plugin.initGui()
    names = [a.objectName() for a in plugin.menu.actions() if a.objectName()]
    assert names == ["KemptenTwinOpen", "KemptenTwinDockToggle", "KemptenTwinBasemaps",
                     "KemptenTwinSync", "KemptenTwinConflicts", "KemptenTwinReportDefect",
                     "KemptenTwinDefectDockToggle", "KemptenTwinImportOpen311",
                     "KemptenTwinExportOpen311", "KemptenTwinIdentify",
                     "KemptenTwinTraceUpstream", "KemptenTwinTraceDownstream",
                     "KemptenTwinProfile", "KemptenTwinNetworkChecks",
                     "KemptenTwinImportExchange", "KemptenTwinCheckExchange",
                     "KemptenTwinExportIsybau", "KemptenTwinExportM150",
                     "KemptenTwinPlanningDockToggle", "KemptenTwinImportPlanned",
                     "KemptenTwinImportComments", "KemptenTwinConflictCheck",
                     "KemptenTwin3DView", "KemptenTwinReviewReport", "KemptenTwinExportPortal",
                     "KemptenTwinGenerate", "KemptenTwinSettings", "KemptenTwinHelp"]
    assert [a.objectName() for a in plugin.toolbar.actions()] == [
        "KemptenTwinOpen", "KemptenTwinDockToggle", "KemptenTwinBasemaps", "KemptenTwinSync",
        "KemptenTwinReportDefect", "KemptenTwinDefectDockToggle", "KemptenTwinIdentify",
        "KemptenTwinTraceUpstream", "KemptenTwinTraceDownstream", "KemptenTwinProfile",
        "KemptenTwinPlanningDockToggle"]
    assert all(not a.icon().isNull() for a in plugin.toolbar.actions())
    # The tools' shortcuts are QGIS's (Settings ▸ Keyboard Shortcuts), and go with unload.
    identify = next(a for a in plugin.menu.actions() if a.objectName() == "KemptenTwinIdentify")
    assert identify.shortcut().toString() == "Ctrl+Alt+I"
    plugin.unload()
    assert identify.shortcut().toString() == ""


def test_open_action_loads_the_configured_working_copy(plugin, qgis_iface, kt_settings,
                                                       demo_gpkg):

    from kempten_twin_plugin.render.layers import working_copy_layers

    clear_project(qgis_iface.mapCanvas())
    plugin.initGui()
    kt_settings.working_copy = demo_gpkg
    plugin.dock.refresh()
    assert plugin.dock.open_button.isEnabled()
    plugin.dock.open_button.click()
    assert set(working_copy_layers()) >= {"manhole", "pipe", "gully"}
    clear_project(qgis_iface.mapCanvas())


def test_open_action_with_missing_working_copy_tells_the_user(plugin, qgis_iface, kt_settings,
                                                              tmp_path):
    kt_settings.working_copy = str(tmp_path / "none.gpkg")
    plugin.initGui()
    messages_before = len(qgis_iface.messageBar().get_messages(1))  # Qgis.Warning
    plugin.open_working_copy()
    warnings = qgis_iface.messageBar().get_messages(1)
    assert len(warnings) == messages_before + 1 and "none.gpkg" in warnings[-1]


def test_report_tool_is_active_while_checked_and_gone_after_unload(plugin, qgis_iface):
    plugin.initGui()
    action = plugin.defects.report_action
    action.trigger()
    canvas = qgis_iface.mapCanvas()
    assert canvas.mapTool() is plugin.defects.tool
    action.trigger()
    assert canvas.mapTool() is not plugin.defects.tool
    action.trigger()
    plugin.unload()
    assert canvas.mapTool() is None or canvas.mapTool().objectName() != \
        "KemptenTwinReportDefectTool"


def test_a_silent_basemap_service_is_named_and_unload_stops_a_running_probe(plugin, qgis_iface,
                                                                           qgis_new_project):
    import time

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from kempten_twin_plugin.render import basemaps
    from tests.helpers.local_http import TricklingServer

    slow = TricklingServer(b"<WMS_Capabilities/>" * 5, "text/xml", interval=1.0, path="/wms")
    plugin.settings.basemaps = [{
        "name": "Stadtplan langsam", "provider": "wms", "visible": True,
        "source": f"crs=EPSG:25832&format=image/png&layers=karte&styles=&url={slow.url}"}]
    original_deadline = basemaps.PROBE_DEADLINE_S
    basemaps.PROBE_DEADLINE_S = 1.0
    try:
        plugin.initGui()
        # Unloaded while probing: nothing reaches the project or the message bar later.
        warnings_before = len(qgis_iface.messageBar().get_messages(1))
        plugin.add_basemaps()
        plugin.unload()
        for _ in range(100):
            QCoreApplication.processEvents()
            time.sleep(0.02)
        assert QgsProject.instance().mapLayers() == {}
        assert len(qgis_iface.messageBar().get_messages(1)) == warnings_before

        plugin.initGui()
        plugin.add_basemaps()
        end = time.monotonic() + 20
        while plugin._basemap_task is not None and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        warnings = qgis_iface.messageBar().get_messages(1)
        assert len(warnings) == warnings_before + 1
        assert "Stadtplan langsam" in warnings[-1] and "1 s" in warnings[-1]
        assert QgsProject.instance().mapLayers() == {}
    finally:
        basemaps.PROBE_DEADLINE_S = original_deadline
        slow.close()
