"""Processing algorithms import_isybau, import_m150, export_isybau, export_m150,
validate_exchange; the import dialog with its code mapping and file check; the map theme
Zustandsklasse."""

import os
import sqlite3

import pytest
from qgis.core import QgsApplication

from tests.helpers.isybau_samples import isybau_file, sample_path, write

# Files inside the repository, so the tier also runs in the QGIS 3.40 chroot (the real
# samples in tests/data/real are asserted by tests/unit and tests/e2e).
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE_M150 = sample_path("m150_gk_komma.xml")
GK_FILE = sample_path("isybau_2006_kanten.xml")
ZUSTAND = sample_path("isybau_2013_zustand_bewertet.xml")


@pytest.fixture
def street(tmp_path):
    """The small street (S1–S3, H1, H2, SE1 with L1, inspections of H1 and S2), ISYBAU 2024."""
    return write(tmp_path / "street_2024.xml", isybau_file("2024-06"))


def count(path, table):
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def run(processing_ready):
    import processing

    from kempten_twin_plugin.processing.provider import KemptenTwinProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("kempten_twin")
    added = None
    if provider is None:
        added = KemptenTwinProvider()
        registry.addProvider(added)
    yield processing.run
    if added is not None:
        registry.removeProvider(added)


def test_import_isybau_creates_the_working_copy_and_returns_counts(run, tmp_path, street):
    wc = str(tmp_path / "new.gpkg")
    result = run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": street})
    assert {k: result[k] for k in ("MANHOLES", "PIPES", "LATERALS", "GULLIES", "INSPECTIONS",
                                   "WARNINGS")} == {
        "MANHOLES": 3, "PIPES": 2, "LATERALS": 1, "GULLIES": 1, "INSPECTIONS": 2, "WARNINGS": 0}
    assert count(wc, "pipe") == 2 and count(wc, "observation") == 4
    report = open(result["REPORT"], encoding="utf-8").read()
    assert "Manholes: 3" in report and "Pipes: 2" in report and "zone prefix 32" in report


def test_import_m150_counts(run, tmp_path):
    wc = str(tmp_path / "m150.gpkg")
    result = run("kempten_twin:import_m150", {"WORKING_COPY": wc, "INPUT": SAMPLE_M150,
                                              "REPORT": str(tmp_path / "r.txt")})
    assert (result["MANHOLES"], result["PIPES"], result["INSPECTIONS"]) == (3, 2, 0)
    assert result["REPORT"] == str(tmp_path / "r.txt")
    assert "EPSG:31468" in open(result["REPORT"], encoding="utf-8").read()


def test_source_crs_parameter_is_applied(run, tmp_path):
    result = run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "a.gpkg"),
                                                "INPUT": GK_FILE, "SOURCE_CRS": "EPSG:31468"})
    assert "chosen by the user" in open(result["REPORT"], encoding="utf-8").read()


def test_broken_file_raises_and_creates_nothing(run, tmp_path, street):
    from qgis.core import QgsProcessingException

    broken = tmp_path / "broken.xml"
    broken.write_text(open(street, encoding="utf-8").read()[:3000], encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Nothing was imported"):
        run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "wc.gpkg"),
                                           "INPUT": str(broken)})
    assert not (tmp_path / "wc.gpkg").exists()


def test_export_then_import_again(run, tmp_path, street):
    wc = str(tmp_path / "wc.gpkg")
    run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": street})
    out = str(tmp_path / "out.xml")
    exported = run("kempten_twin:export_isybau", {"WORKING_COPY": wc, "OUTPUT": out})
    assert (exported["PIPES"], exported["MANHOLES"], exported["GULLIES"],
            exported["INSPECTIONS"]) == (2, 3, 1, 2)
    again = run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "again.gpkg"),
                                               "INPUT": out})
    assert (again["PIPES"], again["MANHOLES"], again["LATERALS"], again["INSPECTIONS"]) == (
        2, 3, 1, 2)


def test_export_of_a_missing_working_copy_fails_clearly(run, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="does not exist"):
        run("kempten_twin:export_isybau", {"WORKING_COPY": str(tmp_path / "none.gpkg"),
                                           "OUTPUT": str(tmp_path / "out.xml")})
    assert not (tmp_path / "out.xml").exists()


def wait_until(condition, seconds=60):
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert condition()


def test_import_dialog_runs_in_a_task_and_shows_the_report(qgis_iface, kt_settings, tmp_path):
    from kempten_twin_plugin.gui.exchange.feature import ImportDialog

    kt_settings.working_copy = str(tmp_path / "dialog.gpkg")
    imported = []
    dialog = ImportDialog(kt_settings, imported.append)
    dialog.file_widget.setFilePath(SAMPLE_M150)
    dialog.start_import()
    assert not dialog.import_button.isEnabled()  # running in the background
    wait_until(lambda: dialog.task is None)
    text = dialog.report_view.toPlainText()
    assert "DWA-M 150" in text and "Pipes: 2" in text and "Manholes: 3" in text
    assert dialog.progress.value() == 100
    assert len(imported) == 1 and count(kt_settings.working_copy, "pipe") == 2
    # A broken file: the report says nothing changed.
    broken = tmp_path / "b.xml"
    broken.write_text("<DATA><HG>", encoding="utf-8")
    dialog.file_widget.setFilePath(str(broken))
    dialog.start_import()
    wait_until(lambda: dialog.task is None)
    assert "unchanged" in dialog.report_view.toPlainText()
    assert count(kt_settings.working_copy, "pipe") == 2
    dialog.close()


def city_with_defects(tmp_path):
    """The small street with open defects on manhole S2 and pipe H1 (one day each), one on
    the street gully SE1 and a closed one on H2."""
    from kempten_twin_plugin.io.exchange.api import import_isybau
    from kempten_twin_plugin.store import defects as store

    wc = str(tmp_path / "city.gpkg")
    import_isybau(wc, write(tmp_path / "street.xml", isybau_file("2024-06")))
    db = store.connect(wc)
    made = {}
    for code, table, category, day in (
            ("S2", "manhole", "Wurzeleinwuchs", "2026-03-02T09:00:00Z"),
            ("H1", "pipe", "verstopft", "2026-03-03T09:00:00Z"),
            ("SE1", "gully", "Schlammeimer voll", "2026-03-03T10:00:00Z"),
            ("H2", "pipe", "Sonstiges", "2026-03-01T09:00:00Z")):
        uuid = db.execute(f'SELECT uuid FROM "{table}" WHERE object_code = ?', (code,)
                          ).fetchone()[0]
        made[code] = store.create_defect(db, asset_table=table, asset=uuid, category=category,
                                         severity=2, x=598000.0, y=5287000.0,
                                         reported_at=day, reported_by="k.wagner")
    store.change_status(db, [made["H2"]], "abgelehnt", "kein Mangel", "k.wagner")
    db.close()
    return wc


def test_export_writes_open_defects_and_reports_the_gullies_left_out(run, tmp_path):
    wc = city_with_defects(tmp_path)
    out = str(tmp_path / "out.xml")
    exported = run("kempten_twin:export_isybau", {"WORKING_COPY": wc, "OUTPUT": out})
    assert (exported["INSPECTIONS"], exported["DEFECTS"], exported["DEFECTS_SKIPPED"]) == (
        2, 2, 1)
    text = open(out, encoding="utf-8").read()
    assert text.count("<KZustand>") == 2 and "<InspektionsKode>DBA</InspektionsKode>" in text
    assert "<InspektionsKode>BBE</InspektionsKode>" in text
    again = run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "again.gpkg"),
                                               "INPUT": out})
    assert (again["PIPES"], again["MANHOLES"], again["INSPECTIONS"]) == (2, 3, 4)
    # Without defects: the file of before, nothing counted.
    plain = str(tmp_path / "plain.xml")
    exported = run("kempten_twin:export_isybau", {"WORKING_COPY": wc, "OUTPUT": plain,
                                                  "INCLUDE_DEFECTS": False})
    assert (exported["DEFECTS"], exported["DEFECTS_SKIPPED"]) == (0, 0)
    assert "Mangel" not in open(plain, encoding="utf-8").read()


def test_menu_export_tells_that_gully_defects_are_left_out(qgis_iface, kt_settings, tmp_path):
    from qgis.core import Qgis
    from qgis.PyQt.QtWidgets import QMenu, QToolBar

    from kempten_twin_plugin.gui.exchange.feature import ExchangeFeature

    kt_settings.working_copy = city_with_defects(tmp_path)
    menu, toolbar = QMenu(), QToolBar()
    feature = ExchangeFeature(qgis_iface, kt_settings, toolbar, menu)
    before = len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    out = str(tmp_path / "menu.xml")
    assert feature.export(out) is not None
    wait_until(lambda: feature.export_task is None)
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == before + 1
    assert "2 pipes and 3 manholes" in warnings[-1] and "street gullies" in warnings[-1]
    assert "condition data (Zustandsdaten): 2." in warnings[-1]
    assert "Open defects left out: 1 " in warnings[-1] and os.path.exists(out)
    feature.unload()


def test_export_m150_and_import_it_again(run, tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": ZUSTAND})
    out = str(tmp_path / "out.xml")
    exported = run("kempten_twin:export_m150", {"WORKING_COPY": wc, "OUTPUT": out})
    assert {k: exported[k] for k in ("MANHOLES", "PIPES", "LATERALS", "GULLIES", "INSPECTIONS",
                                     "DEFECTS", "DEFECTS_SKIPPED", "FORMAT")} == {
        "MANHOLES": 5, "PIPES": 2, "LATERALS": 1, "GULLIES": 1, "INSPECTIONS": 4, "DEFECTS": 0,
        "DEFECTS_SKIPPED": 0, "FORMAT": "DWA-M 150 04-2010"}
    again = run("kempten_twin:import_m150", {"WORKING_COPY": str(tmp_path / "again.gpkg"),
                                             "INPUT": out})
    assert (again["MANHOLES"], again["PIPES"], again["LATERALS"], again["GULLIES"],
            again["INSPECTIONS"], again["WARNINGS"]) == (5, 2, 1, 1, 4, 0)


def test_validate_exchange_lists_findings_with_lines_and_touches_nothing(run, tmp_path):
    text = open(sample_path("isybau_2017_kanten.xml"), encoding="utf-8").read()
    broken = write(tmp_path / "broken.xml", text.replace("<KantenTyp>0</KantenTyp>",
                                                         "<KantenTyp>9</KantenTyp>", 1))
    result = run("kempten_twin:validate_exchange", {"INPUT": broken,
                                                    "REPORT": str(tmp_path / "check.txt")})
    assert (result["ERRORS"], result["WARNINGS"]) == (1, 0)
    report = open(result["REPORT"], encoding="utf-8").read()
    line = text[:text.index("<KantenTyp>0")].count("\n") + 1
    assert f"line {line} KantenTyp: '9' is not in the code list" in report
    clean = run("kempten_twin:validate_exchange", {"INPUT": sample_path("m150_utm_typ_b.xml")})
    assert (clean["ERRORS"], clean["WARNINGS"]) == (0, 0)
    assert os.path.exists(clean["REPORT"])
    os.unlink(clean["REPORT"])
    assert sorted(os.listdir(tmp_path)) == ["broken.xml", "check.txt"]


def test_import_dialog_shows_the_code_mapping_and_keeps_overrides_per_source(
        qgis_iface, kt_settings, tmp_path):
    from kempten_twin_plugin.gui.exchange.feature import OURS, ImportDialog

    kt_settings.working_copy = str(tmp_path / "mapped.gpkg")
    kt_settings.exchange_code_mappings = {}
    dialog = ImportDialog(kt_settings)
    dialog.file_widget.setFilePath(sample_path("isybau_2013_kanten.xml"))
    wait_until(lambda: dialog.scan_task is None and dialog.mapping.rowCount() > 0)
    table = dialog.mapping
    row = table.find("KantenTyp", "2")  # the Rinne: by standard a Leitung
    assert table.item(row, 2).text() == "1" and table.value(row) == "Leitung"
    assert table.cellWidget(row, OURS).count() == 2  # Haltung or Leitung
    unknown = [n for n in range(table.rowCount()) if table.item(n, 3).text().startswith("(")]
    assert unknown == []  # every code of the sample is known
    dialog.source_box.setCurrentText("Ingenieurbüro Muster")
    table.set_value(row, "Haltung")
    dialog.start_import()
    wait_until(lambda: dialog.task is None)
    text = dialog.report_view.toPlainText()
    assert "Codes mapped by your override (delivery source Ingenieurbüro Muster):" in text
    assert "KantenTyp = '2' → 'Haltung': 1" in text
    assert count(kt_settings.working_copy, "pipe") == 4
    # Saved for the source and shown again for its next file.
    assert kt_settings.exchange_code_mappings == {
        "Ingenieurbüro Muster": {"KantenTyp": {"2": "Haltung"}}}
    reloaded = type(kt_settings).load()
    assert reloaded.exchange_code_mappings == kt_settings.exchange_code_mappings
    other = ImportDialog(kt_settings)
    other.source_box.setCurrentText("Ingenieurbüro Muster")
    other.file_widget.setFilePath(sample_path("isybau_2017_kanten.xml"))
    wait_until(lambda: other.scan_task is None and other.mapping.rowCount() > 0)
    assert other.mapping.value(other.mapping.find("KantenTyp", "2")) == "Haltung"
    # The check button: the file against its version's rules, nothing imported.
    assert other.start_check() is not None
    wait_until(lambda: other.task is None)
    assert "No findings" in other.report_view.toPlainText()
    assert other.last_check.results() == {"ERRORS": 0, "WARNINGS": 0}
    for d in (dialog, other):
        d.close()
    kt_settings.exchange_code_mappings = {}
    kt_settings.save()


def test_condition_theme_colours_pipes_and_manholes_by_class(tmp_path, qgis_new_project):
    from qgis.core import QgsProject

    from kempten_twin_plugin.io.exchange.api import import_isybau
    from kempten_twin_plugin.render import layers as render_layers

    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, ZUSTAND)
    layers = render_layers.open_working_copy(wc)
    themes = QgsProject.instance().mapThemeCollection()
    name = render_layers.condition_theme_name()
    assert name in themes.mapThemes() and render_layers.standard_theme_name() in themes.mapThemes()
    pipe, manhole = layers["pipe"], layers["manhole"]
    assert pipe.styleManager().currentStyle() != name
    assert render_layers.apply_theme(name)
    assert pipe.styleManager().currentStyle() == name
    assert manhole.styleManager().currentStyle() == name
    labels = [r.label() for r in pipe.renderer().rootRule().children()]
    assert labels[0] == "0 – schadensfrei" and labels[5] == "5 – umgehender Handlungsbedarf"
    assert labels[-1] == "keine Zustandsklasse"
    # The pipe S1 (class 4) falls under the rule of class 4 only.
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    feature = next(pipe.getFeatures("\"object_code\" = 'S1'"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(pipe))
    context.setFeature(feature)
    matched = [(r.label(), r.symbol().color().name())
               for r in pipe.renderer().rootRule().children()
               if not r.isElse() and QgsExpression(r.filterExpression()).evaluate(context)]
    assert matched == [("4 – kurzfristiger Handlungsbedarf", "#fc8d59")]
    assert render_layers.apply_theme(render_layers.standard_theme_name())
    assert pipe.styleManager().currentStyle() != name
    render_layers.close_working_copy()
    assert name not in QgsProject.instance().mapThemeCollection().mapThemes()


def test_dock_counts_each_node_kind_under_its_own_name(kt_settings, tmp_path):
    from kempten_twin_plugin.gui.network.dock import NetworkDock
    from kempten_twin_plugin.io.exchange.api import import_isybau

    wc = str(tmp_path / "sample2017.gpkg")
    import_isybau(wc, os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                                   "ISYBAU_XML-2017-Stammdaten.xml"))
    kt_settings.working_copy = wc
    rows = dict(NetworkDock(kt_settings).summary_rows())
    # Not 159 "manholes": 116 Schächte, 18 Anschlusspunkte, 25 Bauwerke, 9 Straßenabläufe.
    assert (rows["Manholes"], rows["Connection points"], rows["Structures"],
            rows["Street gullies"], rows["Pipes"], rows["Laterals"]) == (
        "116", "18", "25", "9", "135", "15")


def test_imports_of_an_8_bit_file_leave_nothing_that_crashes_later(qgis_app, tmp_path):
    # The root tag is read by a parse stopped after the first element. libxml2 converting
    # an ISO-8859-1 file through iconv left a converter the garbage collector freed later,
    # which crashed QGIS 3.40 on Debian 13; the parser now only ever sees UTF-8.
    import gc

    from kempten_twin_plugin.io import xml_safe
    from kempten_twin_plugin.io.exchange import api

    assert open(ZUSTAND, "rb").read(60).count(b"ISO-8859-1") == 1
    for round_ in range(3):
        for _element in xml_safe.iter_elements(ZUSTAND, ["{*}Knoten"]):
            break
        report = api.import_isybau(str(tmp_path / f"wc{round_}.gpkg"), ZUSTAND)
        assert report.results()["INSPECTIONS"] == 4
        gc.collect()
