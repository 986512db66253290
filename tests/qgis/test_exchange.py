"""Processing algorithms import_isybau, import_m150, export_isybau and the import dialog."""

import os
import sqlite3

import pytest
from qgis.core import QgsApplication

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "reference", "isybau")
SAMPLE_2017 = os.path.join(REFERENCE, "ISYBAU_XML-2017-Stammdaten.xml")
SAMPLE_M150 = os.path.join(REFERENCE, "DWA-M150_Beispiel_04-2010_TypB.xml")
GK_FILE = os.path.join(ROOT, "tests", "data", "isybau", "isybau_2006_gauss_krueger.xml")


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
    result = run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": SAMPLE_2017})
    assert {k: result[k] for k in ("MANHOLES", "PIPES", "LATERALS", "GULLIES", "INSPECTIONS")} \
        == {"MANHOLES": 159, "PIPES": 135, "LATERALS": 15, "GULLIES": 9, "INSPECTIONS": 0}
    assert result["WARNINGS"] == 3
    assert count(wc, "pipe") == 135
    report = open(result["REPORT"], encoding="utf-8").read()
    assert "Schacht: 116" in report and "Haltung: 135" in report and "zone prefix 32" in report


def test_import_m150_counts(run, tmp_path):
    wc = str(tmp_path / "m150.gpkg")
    result = run("kempten_twin:import_m150", {"WORKING_COPY": wc, "INPUT": SAMPLE_M150,
                                              "REPORT": str(tmp_path / "r.txt")})
    assert (result["MANHOLES"], result["PIPES"], result["INSPECTIONS"]) == (5, 4, 10)
    assert result["REPORT"] == str(tmp_path / "r.txt")


def test_source_crs_parameter_is_applied(run, tmp_path):
    result = run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "a.gpkg"),
                                                "INPUT": GK_FILE, "SOURCE_CRS": "EPSG:31468"})
    assert "chosen by the user" in open(result["REPORT"], encoding="utf-8").read()


def test_broken_file_raises_and_creates_nothing(run, tmp_path):
    from qgis.core import QgsProcessingException

    broken = tmp_path / "broken.xml"
    broken.write_text(open(SAMPLE_2017, encoding="iso-8859-1").read()[:200000],
                      encoding="iso-8859-1")
    with pytest.raises(QgsProcessingException, match="Nothing was imported"):
        run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "wc.gpkg"),
                                           "INPUT": str(broken)})
    assert not (tmp_path / "wc.gpkg").exists()


def test_export_then_import_again(run, tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    run("kempten_twin:import_isybau", {"WORKING_COPY": wc, "INPUT": SAMPLE_2017})
    out = str(tmp_path / "out.xml")
    exported = run("kempten_twin:export_isybau", {"WORKING_COPY": wc, "OUTPUT": out})
    assert (exported["PIPES"], exported["MANHOLES"], exported["GULLIES"]) == (135, 159, 9)
    again = run("kempten_twin:import_isybau", {"WORKING_COPY": str(tmp_path / "again.gpkg"),
                                               "INPUT": out})
    assert (again["PIPES"], again["MANHOLES"], again["LATERALS"]) == (135, 159, 15)


def wait_until(condition, seconds=60):
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert condition()


def test_import_dialog_runs_in_a_task_and_shows_the_report(qgis_iface, kt_settings, tmp_path):
    from kempten_twin_plugin.gui.exchange import ImportDialog

    kt_settings.working_copy = str(tmp_path / "dialog.gpkg")
    imported = []
    dialog = ImportDialog(kt_settings, imported.append)
    dialog.file_widget.setFilePath(SAMPLE_M150)
    dialog.start_import()
    assert not dialog.import_button.isEnabled()  # running in the background
    wait_until(lambda: dialog.task is None)
    text = dialog.report_view.toPlainText()
    assert "DWA-M 150" in text and "Haltung: 4" in text
    assert len(imported) == 1 and count(kt_settings.working_copy, "inspection") == 10
    # A broken file: the report says nothing changed.
    broken = tmp_path / "b.xml"
    broken.write_text("<DATA><HG>", encoding="utf-8")
    dialog.file_widget.setFilePath(str(broken))
    dialog.start_import()
    wait_until(lambda: dialog.task is None)
    assert "unchanged" in dialog.report_view.toPlainText()
    assert count(kt_settings.working_copy, "pipe") == 4
    dialog.close()
