"""The engineer's network tools in QGIS: inspection tool and panel, tracing, profile,
selection summary, the kt locator filter and the Processing algorithms."""

import os

import pytest
from qgis.core import QgsPointXY, QgsRectangle
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QApplication, QMenu, QToolBar

from kempten_twin_plugin.gui.network.dock import NetworkDock
from kempten_twin_plugin.gui.network.locator_filter import KemptenTwinLocatorFilter, search
from kempten_twin_plugin.gui.network.tools import NetworkTools
from kempten_twin_plugin.render import layers
from tests.helpers import small_network as net
from tests.helpers.canvas_helpers import clear_project


@pytest.fixture
def small(tmp_path):
    return net.write(tmp_path / "small.gpkg")


@pytest.fixture
def tools(qgis_iface, kt_settings, small):
    clear_project(qgis_iface.mapCanvas())
    kt_settings.working_copy = small
    opened = layers.open_working_copy(small)
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    # pytest-qgis's window is never shown, so its canvas keeps a tiny viewport where every
    # pixel spans metres and a click hits whatever lies near: show it for real.
    qgis_iface.mainWindow().show()
    canvas.show()
    QApplication.processEvents()
    assert canvas.mapSettings().outputSize().width() > 700
    canvas.setDestinationCrs(opened["pipe"].crs())
    canvas.setExtent(QgsRectangle(net.X0 - 50, net.Y0 - 100, net.X0 + 350, net.Y0 + 200))
    canvas.refresh()
    dock = NetworkDock(kt_settings)
    toolbar, menu = QToolBar(), QMenu()
    tools = NetworkTools(qgis_iface, kt_settings, toolbar, menu, dock)
    yield tools
    tools.unload()
    qgis_iface.mainWindow().hide()
    clear_project(qgis_iface.mapCanvas())


def click(tool, x, y, modifiers=Qt.NoModifier):
    """A real left click released at map coordinates (relative to the network origin)."""
    canvas = tool.canvas()
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(net.X0 + x, net.Y0 + y))
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease,
                             QPoint(round(pixel.x()), round(pixel.y())),
                             Qt.LeftButton, Qt.LeftButton, modifiers)
    tool.canvasReleaseEvent(event)


def panel_text(tools):
    return tools.view.toPlainText()


def test_identify_a_manhole_shows_attributes_neighbours_and_defects(tools):
    click(tools.identify_tool, 101, 51)  # a metre beside M3, where three pipes meet
    text = panel_text(tools)
    assert "M3" in text.splitlines()[0]
    assert "512.80 m NHN" in text and "509.50 m NHN" in text and "3.30 m" in text
    for neighbour in ("P1", "P2", "P3", "M1", "M2", "M5"):
        assert neighbour in text
    assert "2026-0001" in text and "Absenkung" in text
    assert "2026-0002" not in text  # closed defects are not "open"
    assert tools.last_identify_ms is not None


def test_identify_a_pipe_shows_derived_slope_and_connections(tools):
    click(tools.identify_tool, 150, 50)  # middle of P3
    text = panel_text(tools)
    assert "P3" in text.splitlines()[0]
    assert "DN 400" in text and "5.0 ‰" in text and "0.50 m" in text  # slope and fall
    assert "L1" in text and "P5" in text and "P6" in text


def test_click_in_empty_space_says_so(tools, qgis_iface):
    before = len(qgis_iface.messageBar().get_messages(0))
    click(tools.identify_tool, 250, 180)
    assert len(qgis_iface.messageBar().get_messages(0)) == before + 1


def test_a_neighbour_link_selects_and_shows_it(tools):
    tools.follow_link("pipe", net.uuid_of("P4"))
    pipe_layer = layers.working_copy_layers()["pipe"]
    assert [f["object_code"] for f in pipe_layer.getSelectedFeatures()] == ["P4"]
    assert "P4" in panel_text(tools).splitlines()[0]


def test_trace_upstream_selects_the_catchment(tools):
    click(tools.trace_up_tool, 200, 50)  # M5
    pipe_layer = layers.working_copy_layers()["pipe"]
    assert {f["object_code"] for f in pipe_layer.getSelectedFeatures()} == {"P1", "P2", "P3", "P4"}
    text = panel_text(tools)
    assert "M5" in text and "3" in text  # three connected gullies
    assert tools.last_trace.gullies == 3


def test_trace_downstream_reports_both_outlets(tools):
    click(tools.trace_down_tool, 0, 100)  # M1
    pipe_layer = layers.working_copy_layers()["pipe"]
    assert {f["object_code"] for f in pipe_layer.getSelectedFeatures()} == {"P1", "P3", "P5", "P6"}
    assert "A1, A2" in panel_text(tools)


def test_trace_tool_stops_at_shift_clicked_manholes_and_skips_closed_pipes(tools):
    click(tools.trace_down_tool, 200, 50, Qt.ShiftModifier)  # M5 becomes a stop
    click(tools.trace_down_tool, 200, 0, Qt.ControlModifier)  # P6 (M5 → A2) is closed off
    click(tools.trace_down_tool, 0, 100)  # M1
    pipe_layer = layers.working_copy_layers()["pipe"]
    assert {f["object_code"] for f in pipe_layer.getSelectedFeatures()} == {"P1", "P3"}
    click(tools.trace_down_tool, 200, 50, Qt.ShiftModifier)  # M5 passes again
    click(tools.trace_down_tool, 0, 100)
    assert {f["object_code"] for f in pipe_layer.getSelectedFeatures()} == {"P1", "P3", "P5"}
    assert tools.last_trace.outlets == ["A1"]


def test_selection_summary(tools):
    pipe_layer = layers.working_copy_layers()["pipe"]
    pipe_layer.selectAll()
    text = panel_text(tools)
    assert "6 ×" in text and "DN 300 – 500" in text
    assert "Steinzeug (5)" in text and "Beton (1)" in text
    total = sum(net.pipe_length(c) for c in net.PIPES)
    assert f"{total:.1f} m" in text


def test_profile_tool_opens_the_profile_and_exports(tools, tmp_path):
    click(tools.profile_tool, 0, 100)  # M1
    assert tools.profile_dialog is None
    click(tools.profile_tool, 300, 50)  # A1
    dialog = tools.profile_dialog
    assert dialog is not None and "M1 → A1" in dialog.windowTitle()
    assert [m.code for m in dialog.profile.manholes] == ["M1", "M3", "M5", "A1"]
    for suffix in ("png", "svg", "pdf"):
        path = dialog.export(str(tmp_path / f"profile.{suffix}"))
        assert os.path.getsize(path) > 1000
    image = QImage(str(tmp_path / "profile.png"))
    assert image.width() == 2000 and image.height() == 1000
    assert "M3" in (tmp_path / "profile.svg").read_text(encoding="utf-8")
    assert (tmp_path / "profile.pdf").read_bytes().startswith(b"%PDF")


def test_profile_without_flow_path_warns(tools, qgis_iface):
    warnings = len(qgis_iface.messageBar().get_messages(1))
    click(tools.profile_tool, 0, 0)  # M2
    click(tools.profile_tool, 100, 150)  # M4: neither drains to the other
    assert tools.profile_dialog is None
    assert len(qgis_iface.messageBar().get_messages(1)) == warnings + 1
    assert "No flow path" in qgis_iface.messageBar().get_messages(1)[-1]


def test_locator_finds_codes_streets_and_defects(tools, small):
    found = search(small, "P")
    assert {text.split(" – ")[0] for table, _, text in found if table == "pipe"} == {
        "Pipe P1", "Pipe P2", "Pipe P3", "Pipe P4", "Pipe P5", "Pipe P6"}
    streets = [text for table, _, text in search(small, "bahnhof")]
    assert streets == ["Street Bahnhofstraße (3 pipes)"]
    assert [t for t, _, _ in search(small, "2026-00")] == ["defect", "defect"]
    assert search(small, "x") == [] and search(small, "100%_") == [] and search(small, " ") == []


def test_locator_result_zooms_to_the_object(tools, qgis_iface):
    from qgis.core import QgsFeedback, QgsLocatorContext

    locator_filter = KemptenTwinLocatorFilter(qgis_iface)
    locator_filter.prepare("A2", QgsLocatorContext())
    results = []
    locator_filter.resultFetched.connect(results.append)
    locator_filter.fetchResults("A2", QgsLocatorContext(), QgsFeedback())
    assert [r.displayString for r in results] == ["Manhole A2 – "[:-3]] or len(results) == 1
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(QgsRectangle(net.X0 + 5000, net.Y0 + 5000, net.X0 + 6000, net.Y0 + 6000))
    locator_filter.triggerResult(results[0])
    assert canvas.extent().contains(QgsPointXY(net.X0 + 200, net.Y0 - 50))
    assert canvas.extent().width() < 500


def codes_in(path):
    # A layer in a helper's frame dies here; one kept alive by a traceback (pytest.raises)
    # would outlive QGIS and crash the interpreter at exit.
    from qgis.core import QgsVectorLayer

    return sorted(f["object_code"] for f in QgsVectorLayer(path, "t", "ogr").getFeatures())


def test_processing_trace_and_checks(processing_ready, small, tmp_path):
    import processing
    from qgis.core import QgsApplication, QgsProcessingException

    from kempten_twin_plugin.processing.provider import KemptenTwinProvider

    provider = KemptenTwinProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        out = str(tmp_path / "up.gpkg")
        result = processing.run("kempten_twin:trace_upstream", {
            "WORKING_COPY": small, "START": "A1", "STOP_AT": "M3", "OUTPUT": out})
        assert result["PIPE_COUNT"] == 3
        assert result["TOTAL_LENGTH"] == pytest.approx(100 + 100 + net.pipe_length("P4"), abs=0.01)
        assert codes_in(out) == ["P3", "P4", "P5"]
        down = processing.run("kempten_twin:trace_downstream", {
            "WORKING_COPY": small, "START": "P1", "OUTPUT": "TEMPORARY_OUTPUT"})
        assert down["PIPE_COUNT"] == 4 and down["OUTLETS"] == "A1,A2"
        shut = processing.run("kempten_twin:trace_downstream", {
            "WORKING_COPY": small, "START": "P1", "CLOSED": "P5", "OUTPUT": "TEMPORARY_OUTPUT"})
        assert shut["PIPE_COUNT"] == 3 and shut["OUTLETS"] == "A2"
        with pytest.raises(QgsProcessingException, match="No manhole or pipe"):
            processing.run("kempten_twin:trace_upstream", {
                "WORKING_COPY": small, "START": "nope", "OUTPUT": "TEMPORARY_OUTPUT"})
        pdf = str(tmp_path / "ls.pdf")
        profile = processing.run("kempten_twin:longitudinal_profile", {
            "WORKING_COPY": small, "START": "A1", "END": "M2", "OUTPUT": pdf})
        assert profile["PIPE_COUNT"] == 3 and open(pdf, "rb").read(4) == b"%PDF"
        checks = processing.run("kempten_twin:network_checks", {
            "WORKING_COPY": small, "OUTPUT": "TEMPORARY_OUTPUT"})
        assert checks["FINDINGS"] == 0
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_locator_bar_search_with_the_kt_prefix_in_its_thread(tools, qgis_iface, small):
    import time

    from qgis.core import QgsLocator, QgsLocatorContext

    from kempten_twin_plugin.gui.network.locator_filter import choose_default_prefix

    choose_default_prefix()  # QGIS keeps 2-letter prefixes for itself unless the user chose
    locator = QgsLocator()
    locator.registerFilter(KemptenTwinLocatorFilter(qgis_iface, lambda: small))
    assert "kt" in locator.prefixedFilters()
    found = []
    locator.foundResult.connect(lambda result: found.append(result.displayString))
    locator.fetchResults("kt P3", QgsLocatorContext())
    deadline = time.monotonic() + 10
    while (locator.isRunning() or not found) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    assert [text for text in found if text.startswith("Pipe P3")] == ["Pipe P3 – Bahnhofstraße"]
