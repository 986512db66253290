"""Processing algorithms import_isybau, import_m150, export_isybau and the import dialog."""

import os
import sqlite3

import pytest
from qgis.core import QgsApplication

# Files inside the repository, so the tier also runs in the QGIS 3.40 chroot (the real
# samples in tests/data/real are asserted by tests/unit and tests/e2e).
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data", "isybau")
SAMPLE_2024 = os.path.join(DATA, "isybau_2024_utm_prefix.xml")
SAMPLE_M150 = os.path.join(DATA, "m150_small_gk4.xml")
GK_FILE = os.path.join(DATA, "isybau_2006_gauss_krueger.xml")


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


def test_import_isybau_creates_the_working_copy_and_returns_counts(run, tmp_path):
    wc = str(tmp_path / "new.gpkg")
    result = run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": SAMPLE_2024})
    assert {k: result[k] for k in ("MANHOLES", "PIPES", "LATERALS", "GULLIES", "INSPECTIONS",
                                   "WARNINGS")} == {
        "MANHOLES": 3, "PIPES": 2, "LATERALS": 1, "GULLIES": 1, "INSPECTIONS": 2, "WARNINGS": 0}
    assert count(wc, "pipe") == 2 and count(wc, "observation") == 4
    report = open(result["REPORT"], encoding="utf-8").read()
    assert "Schacht: 3" in report and "Haltung: 2" in report and "zone prefix 32" in report


def test_import_m150_counts(run, tmp_path):
    wc = str(tmp_path / "m150.gpkg")
    result = run("kempten_twin:import_m150", {"WORKING_COPY": wc, "INPUT": SAMPLE_M150,
                                              "REPORT": str(tmp_path / "r.txt")})
    assert (result["MANHOLES"], result["PIPES"], result["INSPECTIONS"]) == (2, 1, 1)
    assert result["REPORT"] == str(tmp_path / "r.txt")
    assert "EPSG:31468" in open(result["REPORT"], encoding="utf-8").read()


def test_source_crs_parameter_is_applied(run, tmp_path):
    result = run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "a.gpkg"),
                                                "INPUT": GK_FILE, "SOURCE_CRS": "EPSG:31468"})
    assert "chosen by the user" in open(result["REPORT"], encoding="utf-8").read()


def test_broken_file_raises_and_creates_nothing(run, tmp_path):
    from qgis.core import QgsProcessingException

    broken = tmp_path / "broken.xml"
    broken.write_text(open(SAMPLE_2024, encoding="utf-8").read()[:3000], encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Nothing was imported"):
        run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "wc.gpkg"),
                                           "INPUT": str(broken)})
    assert not (tmp_path / "wc.gpkg").exists()


def test_export_then_import_again(run, tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": SAMPLE_2024})
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
    assert "DWA-M 150" in text and "Haltung: 1" in text and "Schacht: 2" in text
    assert dialog.progress.value() == 100
    assert len(imported) == 1 and count(kt_settings.working_copy, "inspection") == 1
    # A broken file: the report says nothing changed.
    broken = tmp_path / "b.xml"
    broken.write_text("<DATA><HG>", encoding="utf-8")
    dialog.file_widget.setFilePath(str(broken))
    dialog.start_import()
    wait_until(lambda: dialog.task is None)
    assert "unchanged" in dialog.report_view.toPlainText()
    assert count(kt_settings.working_copy, "pipe") == 1
    dialog.close()


def city_with_defects(tmp_path):
    """The 2024 sample with open defects on manhole S2 and pipe H1 (one day each), one on
    the street gully SE1 and a closed one on H2."""
    from kempten_twin_plugin.io.exchange.api import import_isybau
    from kempten_twin_plugin.store import defects as store

    wc = str(tmp_path / "city.gpkg")
    import_isybau(wc, SAMPLE_2024)
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
    before = len(qgis_iface.messageBar().get_messages(Qgis.Warning))
    out = str(tmp_path / "menu.xml")
    assert feature.export(out) is not None
    wait_until(lambda: feature.export_task is None)
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert len(warnings) == before + 1
    assert "2 pipes and 3 manholes" in warnings[-1] and "street gullies" in warnings[-1]
    assert "condition data (Zustandsdaten): 2." in warnings[-1]
    assert "Open defects left out: 1 " in warnings[-1] and os.path.exists(out)
    feature.unload()
