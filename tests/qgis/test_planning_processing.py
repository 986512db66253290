"""The planning algorithms as scripts call them, the 2D/3D styling and the PDF report."""

import os
import re
import shutil
import sqlite3
import subprocess

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsVectorLayer

from tests.helpers.planning_samples import conflict_city

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "planning")


@pytest.fixture
def city(tmp_path):
    path = tmp_path / "wc.gpkg"
    names, project = conflict_city(path)
    return str(path), names, project


def count(path, table):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_algorithm_ids_and_parameters(provider):
    registry = QgsApplication.processingRegistry()
    for name in ("import_planned", "import_comments", "conflict_check", "review_report"):
        assert registry.algorithmById(f"kempten_twin:{name}") is not None, name
    check = registry.algorithmById("kempten_twin:conflict_check")
    assert [p.name() for p in check.parameterDefinitions()][:1] == ["WORKING_COPY"]
    assert "OUTPUT" in [p.name() for p in check.parameterDefinitions()]


def test_import_planned_xplan_and_footprints_with_mapping(provider, tmp_path):
    import processing

    target = str(tmp_path / "new.gpkg")  # does not exist yet: made by the importer
    result = processing.run("kempten_twin:import_planned",
                            {"WORKING_COPY": target, "INPUT": os.path.join(DATA, "bplan_6_0_gk4.gml")})
    assert result["PLANNED_PROJECTS"] == 1 and result["PLANNED_BUILDINGS"] == 1
    result = processing.run("kempten_twin:import_planned", {
        "WORKING_COPY": target, "INPUT": os.path.join(DATA, "footprints_4326.geojson"),
        "HEIGHT_FIELD": "Hoehe", "FLOORS_FIELD": "Geschosse", "USE_FIELD": "-",
        "NAME_FIELD": "-", "PROJECT_NAME": "Entwurf Müller", "STATUS": 2,
        "REPORT": str(tmp_path / "report.txt")})
    assert result["PLANNED_PROJECTS"] == 1 and result["PLANNED_BUILDINGS"] == 4
    assert result["WARNINGS"] == 1  # "unbekannt" is no height
    con = sqlite3.connect(target)
    assert con.execute("SELECT status FROM planned_project WHERE name = 'Entwurf Müller'"
                       ).fetchone() == ("Genehmigung",)
    assert con.execute("SELECT count(*) FROM planned_building WHERE use IS NOT NULL AND "
                       "project = (SELECT uuid FROM planned_project WHERE name = "
                       "'Entwurf Müller')").fetchone() == (0,)  # use mapped to nothing
    con.close()
    assert "Entwurf Müller: 4 Baukörper" in (tmp_path / "report.txt").read_text(encoding="utf-8")


def test_import_planned_bad_file_changes_nothing(provider, city):
    import processing

    path, _names, _project = city
    before = count(path, "planned_building")
    with pytest.raises(QgsProcessingException, match="DOCTYPE"):
        processing.run("kempten_twin:import_planned",
                       {"WORKING_COPY": path, "INPUT": os.path.join(DATA, "bplan_xxe.gml")})
    assert count(path, "planned_building") == before


def test_conflict_check_output_layer(provider, city, tmp_path):
    import processing

    path, names, project = city
    out = str(tmp_path / "conflicts.gpkg")
    result = processing.run("kempten_twin:conflict_check",
                            {"WORKING_COPY": path, "OUTPUT": out})
    assert result["CONFLICTS"] == 7
    layer = QgsVectorLayer(out, "c", "ogr")
    fields = [f.name() for f in layer.fields()]
    for name in ("building_uuid", "object_code", "distance_m", "required_m", "severity"):
        assert name in fields
    rows = {(f["object_code"], f["building_uuid"]): (f["distance_m"], f["required_m"])
            for f in layer.getFeatures()}
    assert rows[("H-300", names["EDGE-300"])] == (1.5, 1.5)
    assert ("H-300", names["OUT-300"]) not in rows
    del layer  # closed before QGIS exits (QGIS 3.40 crashed at exit otherwise)
    wider = processing.run("kempten_twin:conflict_check", {
        "WORKING_COPY": path, "PROJECT": "BV-1", "OUTPUT": str(tmp_path / "wider.gpkg"),
        "STRIPS": '{"strips": [[300, 2], [800, 2.5], [null, 3]], "manhole": 2}'})
    assert wider["CONFLICTS"] == 8  # OUT-300 at 1.51 m is inside a 2 m strip
    with pytest.raises(QgsProcessingException, match="strip table"):
        processing.run("kempten_twin:conflict_check", {
            "WORKING_COPY": path, "OUTPUT": str(tmp_path / "bad.gpkg"),
            "STRIPS": '{"strips": [[300, 1]]}'})


def test_import_comments_algorithm(provider, tmp_path):
    import processing

    target = str(tmp_path / "wc.gpkg")
    processing.run("kempten_twin:import_planned", {
        "WORKING_COPY": target, "INPUT": os.path.join(DATA, "footprints_4326.geojson")})
    result = processing.run("kempten_twin:import_comments", {
        "WORKING_COPY": target, "INPUT": os.path.join(DATA, "dipas_contributions.geojson")})
    assert result["COMMENTS"] == 2 and result["SKIPPED"] == 1


pdf_tools = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                               reason="poppler-utils (pdfinfo) missing: make deps")


@pdf_tools
def test_review_report_pdf_has_its_pages(provider, city, tmp_path):
    import processing

    path, _names, project = city
    processing.run("kempten_twin:import_comments", {
        "WORKING_COPY": path, "INPUT": os.path.join(DATA, "comments.csv"), "PROJECT": "BV-1"})
    out = str(tmp_path / "bericht.pdf")
    result = processing.run("kempten_twin:review_report",  # true 3D: test_planning_snapshot3d
                            {"WORKING_COPY": path, "PROJECT": "Testquartier", "OUTPUT": out,
                             "RENDER_3D": False})
    assert result["PAGES"] == 4 and result["VIEW_3D"] == "2.5d"
    assert result["CONFLICTS"] == 7 and result["COMMENTS"] == 2
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+4$", info, re.MULTILINE), info
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    # Text, not shapes, and no ligature glyphs: what a reader copies is what a search finds.
    assert "\ufb02" not in text and "\ufb01" not in text
    assert "Prüfbericht Bauvorhaben: Testquartier" in pages[0] and "Konflikte: 7" in pages[0]
    assert "3D-Ansicht" in pages[1] and "2,5D" in pages[1] and "abgeschaltet" in pages[1]
    assert "Konflikte" in pages[2] and "H-SHORT" in pages[2] and "Straßenablauf" in pages[2]
    assert "1,50" in pages[2]
    assert "Bürgerbeiträge (2)" in pages[3] and "Parkplätze fehlen" in pages[3]
    with pytest.raises(QgsProcessingException, match="No such building project"):
        processing.run("kempten_twin:review_report",
                       {"WORKING_COPY": path, "PROJECT": "gibt es nicht",
                        "OUTPUT": str(tmp_path / "x.pdf")})
    assert not os.path.exists(tmp_path / "x.pdf")


def test_2d_style_by_status_and_3d_extrusion(city):
    from qgis._3d import QgsRuleBased3DRenderer

    from kempten_twin_plugin.render import layers
    from kempten_twin_plugin.render import planning_overlay as overlay_qgis

    path, names, _project = city
    project = QgsProject.instance()
    opened = layers.open_working_copy(path, project)
    buildings, projects = opened["planned_building"], opened["planned_project"]
    overlay_qgis.style_buildings_2d(buildings, projects)
    feature = next(buildings.getFeatures())
    assert feature["project_status"] == "Planung" and feature["project_name"] == "Testquartier"
    renderer = buildings.renderer()
    assert renderer.type() == "categorizedSymbol"
    assert [c.value() for c in renderer.categories()][:5] == \
        ["Idee", "Planung", "Genehmigung", "Bau", "fertig"]
    assert buildings.labelsEnabled()

    overlay_qgis.apply_3d(buildings, storey_height=3.2)
    renderer3d = buildings.renderer3D()
    assert isinstance(renderer3d, QgsRuleBased3DRenderer)
    rules = renderer3d.rootRule().children()
    assert [r.filterExpression() for r in rules][:2] == ["\"project_status\" = 'Idee'",
                                                         "\"project_status\" = 'Planung'"]
    symbol = rules[1].symbol()
    extrusion = symbol.dataDefinedProperties().property(symbol.PropertyExtrusionHeight)
    assert extrusion.expressionString() == 'coalesce("height_m", "floors" * 3.2, 3.2)'
    # The expression gives each building its height: 12 m given, else floors × 3.2 m.
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    expression = QgsExpression(extrusion.expressionString())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(buildings))
    context.setFeature(feature)
    assert expression.evaluate(context) == 12.0
    feature["height_m"] = None
    context.setFeature(feature)
    assert expression.evaluate(context) == pytest.approx(4 * 3.2)
    layers.close_working_copy(project)


def test_pipes_at_invert_depth(city):
    from qgis.core import QgsRectangle

    from kempten_twin_plugin.render import planning_overlay as overlay_qgis
    from tests.helpers.planning_samples import E0, N0

    path, _names, _project = city
    layer = overlay_qgis.pipes_at_depth(path, QgsRectangle(E0, N0 - 10, E0 + 100, N0 + 10),
                                        margin=5)
    codes = {f["object_code"]: f for f in layer.getFeatures()}
    assert set(codes) == {"H-300"}  # the others lie farther than 5 m
    line = codes["H-300"].geometry().constGet()
    assert line.is3D()
    # No manholes at its ends in the sketch: 2 m deep, and said so.
    assert codes["H-300"]["depth_known"] is False or codes["H-300"]["depth_known"] == 0
    assert line.zAt(0) == -2.0
    # Drawn as simple lines: wide (buffered) 3D lines lose their z on QGIS 3.22 and lay at
    # ground level; test_planning_snapshot3d renders pipes through the 3D engine.
    # Coloured by drainage as the 2D map colours them (KS red-brown, KR blue, KM magenta).
    rules = layer.renderer3D().rootRule().children()
    assert [r.filterExpression() for r in rules] == [
        "\"drainage\" = 'KS'", "\"drainage\" = 'KR'", "\"drainage\" = 'KM'", "ELSE"]
    for rule in rules:
        symbol = rule.symbol()
        assert symbol.renderAsSimpleLines() and symbol.width() == 3.0
    assert overlay_qgis.DRAINAGE_COLOURS == {"KS": "#8b3a1a", "KR": "#1f5fd1", "KM": "#c0168c"}


def test_project_status_reaches_renderers_in_their_threads(city):
    """The 3D view's chunk loaders (and 2D map renders) read features in worker threads;
    each building must carry its project's status there too, or it is drawn in the grey
    "other" colour."""
    import threading
    import time

    from qgis.core import QgsVectorLayerFeatureSource
    from qgis.PyQt.QtWidgets import QApplication

    from kempten_twin_plugin.render import layers
    from kempten_twin_plugin.render import planning_overlay as overlay_qgis

    path, _names, _project = city
    project = QgsProject.instance()
    opened = layers.open_working_copy(path, project)
    buildings, projects = opened["planned_building"], opened["planned_project"]
    overlay_qgis.style_buildings_2d(buildings, projects)
    source = QgsVectorLayerFeatureSource(buildings)
    seen = []
    worker = threading.Thread(target=lambda: seen.extend(
        (f["project_status"], f["project_name"]) for f in source.getFeatures()))
    worker.start()
    deadline = time.time() + 60
    while worker.is_alive() and time.time() < deadline:
        QApplication.processEvents()  # as the desktop's event loop does meanwhile
        time.sleep(0.01)
    assert seen and set(seen) == {("Planung", "Testquartier")}
    layers.close_working_copy(project)
