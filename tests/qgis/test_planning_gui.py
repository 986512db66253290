"""The planners' panel in QGIS: import through the feature, the conflict list that zooms,
the 3D action, the report, and the field mapping and strip dialogs."""

import glob
import os
import tempfile
import time

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QApplication

from kempten_twin_plugin import classFactory
from tests.helpers.canvas_helpers import clear_project
from tests.helpers.planning_samples import E0, N0, conflict_city

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "planning")


def wait_for(task, seconds=60):
    end = time.time() + seconds
    while task is not None and QgsApplication.taskManager().tasks() and time.time() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        QApplication.processEvents()


@pytest.fixture
def plugin(qgis_iface, kt_settings, processing_ready, tmp_path):
    clear_project(qgis_iface.mapCanvas())
    path = tmp_path / "wc.gpkg"
    names, project = conflict_city(path)
    kt_settings.working_copy = str(path)
    kt_settings.save()
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    yield plugin, names, project
    plugin.unload()
    clear_project(qgis_iface.mapCanvas())


def test_panel_lists_projects_and_conflicts_zoom(plugin, qgis_iface):
    plugin, names, project = plugin
    feature = plugin.planning
    plugin.open_working_copy()
    QApplication.processEvents()
    feature.decorate_layers()
    combo = feature.dock.project_combo
    assert combo.count() == 1 and combo.itemText(0).startswith("Testquartier · Planung · 0 ")
    wait_for(feature.check_conflicts())
    table = feature.dock.conflict_table
    assert table.rowCount() == 7
    first = [table.item(0, c).text() for c in range(5)]
    # QGIS speaks English here: the point (the German comma: test_german_decimals.py).
    assert first[1] == "Haltung H-300" and first[2] == "0.00" and first[4] == "hoch"
    edge_row = next(r for r in range(7) if table.item(r, 1).text() == "Haltung H-300"
                    and table.item(r, 2).text() == "1.50")
    assert table.item(edge_row, 3).text() == "1.50"
    table.selectRow(edge_row)
    extent = qgis_iface.mapCanvas().extent()
    near = extent.contains(QgsPointXY(E0 + 45, N0)) and extent.width() < 250
    assert near, extent.toString()  # zoomed in on the spot: 50 m shown, widened to the canvas
    layers = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.customProperty("kempten_twin/planning") == "conflicts"]
    assert len(layers) == 1 and layers[0].featureCount() == 7


def test_import_through_the_panel_and_comments(plugin, qgis_iface):
    plugin, _names, _project = plugin
    feature = plugin.planning
    plugin.open_working_copy()
    wait_for(feature.import_planned(os.path.join(DATA, "bplan_5_2.gml"), ask=False))
    combo = feature.dock.project_combo
    assert combo.count() == 2
    wait_for(feature.import_comments(os.path.join(DATA, "comments.csv"),
                                     project='Bebauungsplan Nr. 52 "Am Mühlbach"'))
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any(t.startswith('Bebauungsplan Nr. 52 "Am Mühlbach" · Planung · 2 ') for t in texts)
    combo.setCurrentIndex(next(i for i, t in enumerate(texts) if t.startswith("Bebauungsplan")))
    assert feature.dock.comment_list.count() == 2
    from kempten_twin_plugin.render.layers import working_copy_layers
    opened = working_copy_layers()
    assert opened["participation_comment"].featureCount() == 2
    assert opened["planned_building"].renderer().type() == "categorizedSymbol"
    assert opened["planned_building"].renderer3D() is not None


def test_bad_import_tells_the_user(plugin, qgis_iface):
    plugin, _names, _project = plugin
    feature = plugin.planning
    before = len(qgis_iface.messageBar().get_messages(1))
    wait_for(feature.import_planned(os.path.join(DATA, "bplan_4_1.gml"), ask=False))
    warnings = qgis_iface.messageBar().get_messages(1)
    assert len(warnings) == before + 1 and "4.1 is not supported" in warnings[-1]


GK3_PLAN = """<?xml version="1.0" encoding="utf-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4"
    xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="A">
  <gml:featureMember><xplan:BP_Plan gml:id="P"><xplan:name>GK-Plan</xplan:name>
  </xplan:BP_Plan></gml:featureMember>
  <gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id="F"><xplan:position>
    <gml:Polygon srsName="EPSG:25833" gml:id="G"><gml:exterior><gml:LinearRing><gml:posList>
    {ring}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
  </xplan:position></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>
</xplan:XPlanAuszug>
"""


def test_an_undecidable_crs_is_asked_for_and_the_import_repeated(plugin, qgis_iface, tmp_path):
    """The file names EPSG:25833 around Gauss-Krüger coordinates: the plugin asks, with the
    coordinates' own reading proposed, and imports with the answer."""
    from osgeo import osr

    plugin, _names, _project = plugin
    feature = plugin.planning
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(25832)
    target.ImportFromEPSG(31467)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_gk = osr.CoordinateTransformation(source, target)
    ring = [to_gk.TransformPoint(E0 + dx, N0 + 60 + dy)[:2]
            for dx, dy in ((0, 0), (10, 0), (10, 10), (0, 10), (0, 0))]
    path = tmp_path / "gk.gml"
    path.write_text(GK3_PLAN.format(ring=" ".join(f"{x} {y}" for x, y in ring)), encoding="utf-8")
    asked = []
    feature.ask_source_crs = lambda message, suggested: asked.append((message, suggested)) or suggested
    wait_for(feature.import_planned(str(path), ask=False))
    wait_for(feature._task)  # the repeated import
    assert len(asked) == 1 and asked[0][1] == 31467 and "EPSG:25833" in asked[0][0]
    texts = [feature.dock.project_combo.itemText(i) for i in range(feature.dock.project_combo.count())]
    assert any(t.startswith("GK-Plan") for t in texts)


def test_the_crs_question_dialog(qgis_iface):
    from qgis.PyQt.QtCore import QTimer

    from kempten_twin_plugin.gui.planning.dialogs import ask_source_crs

    def accept():
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "KemptenTwinSourceCrsDialog" and widget.isVisible():
                widget.accept()

    QTimer.singleShot(300, accept)
    assert ask_source_crs("Which CRS?", 31468) == 31468


def test_3d_action_prepares_layers_and_explains_on_322(plugin, qgis_iface):
    plugin, _names, _project = plugin
    feature = plugin.planning
    plugin.open_working_copy()
    feature.decorate_layers()
    opened = feature.open_3d()
    if not hasattr(qgis_iface, "createNewMapCanvas3D"):
        assert opened is False
        assert "3D" in qgis_iface.messageBar().get_messages(0)[-1]
    pipes = [layer for layer in QgsProject.instance().mapLayers().values()
             if layer.customProperty("kempten_twin/planning") == "pipes3d"]
    assert len(pipes) == 1 and pipes[0].featureCount() == 4 and pipes[0].renderer3D() is not None


def test_report_from_the_panel(plugin, qgis_iface, tmp_path):
    plugin, _names, _project = plugin
    feature = plugin.planning
    feature.refresh()
    out = str(tmp_path / "bericht.pdf")
    task = feature.review_report(out)
    # The 3D picture is made in a QgsTask: the desktop stays responsive meanwhile.
    assert task is not None and not os.path.exists(out)
    wait_for(task, 180)
    summary = feature.last_report
    assert summary["pages"] == 4 and os.path.getsize(out) > 10_000
    assert summary["view_3d"] in ("3d", "2.5d") and (summary["view_3d"] == "3d") == (
        summary["view_3d_note"] is None)


def test_report_cancelled_writes_nothing(plugin, qgis_iface, tmp_path):
    plugin, _names, _project = plugin
    feature = plugin.planning
    feature.refresh()
    rendered_before = set(glob.glob(os.path.join(tempfile.gettempdir(), "kt-3d-*")))
    out = str(tmp_path / "abgebrochen.pdf")
    task = feature.review_report(out)
    task.cancel()
    wait_for(task, 180)
    assert feature.last_report is None and not os.path.exists(out)
    message = qgis_iface.messageBar().get_messages(0)[-1]
    assert "cancelled" in message or "abgebrochen" in message
    # A picture rendered before the cancel took effect is not left behind.
    assert set(glob.glob(os.path.join(tempfile.gettempdir(), "kt-3d-*"))) <= rendered_before


def test_field_mapping_dialog_guesses_and_can_be_changed(qgis_iface):
    from kempten_twin_plugin.gui.planning.dialogs import FieldMappingDialog

    dialog = FieldMappingDialog("x.geojson", ["Bezeichnung", "Hoehe", "Geschosse", "Nutzung"], True)
    assert dialog.mapping() == {"height": "Hoehe", "floors": "Geschosse", "use": "Nutzung",
                                "name": "Bezeichnung"}
    dialog.combos["use"].setCurrentIndex(0)
    assert dialog.mapping()["use"] is None
    assert dialog.source_epsg() is None


def test_strip_dialog_writes_the_city_table(qgis_iface):
    from kempten_twin_plugin.core.planning.conflicts import StripTable
    from kempten_twin_plugin.gui.planning.dialogs import StripTableDialog

    dialog = StripTableDialog("")
    dialog.table.item(0, 1).setText("1,8")
    dialog.manhole.setValue(2.5)
    dialog._accept()  # what OK does
    table = StripTable.from_json(dialog.result_json)
    assert table.for_dn(250) == 1.8 and table.manhole == 2.5
    dialog = StripTableDialog("")
    dialog.table.item(2, 0).setText("2000")  # no open last row: refused, dialog stays
    dialog._accept()
    assert "Not valid" in dialog.error.text() or "Ungültig" in dialog.error.text()


from qgis.core import QgsPointXY  # noqa: E402
