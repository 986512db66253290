"""The real QGIS desktop: the ISYBAU 2017 sample imported through the plugin menu's dialog.

The scenario ``exchange`` (tests/e2e/scenarios/exchange.py) opens the dialog from the menu action, starts the
import (a QgsTask), waits for the report, screenshots it (build/screenshots/e2e-exchange/
04-import-report.png) and then opens the new working copy on the map.
"""

import json
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "screenshots", "e2e-exchange")
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")
SAMPLE = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                      "ISYBAU_XML-2017-Stammdaten.xml")


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    assert os.path.exists(ZIP), "run `make package` first"
    working_copy = tmp_path_factory.mktemp("e2e-exchange") / "imported.gpkg"  # not there yet
    # The sample is small; the desktop reads it in two processes, one half each, all the
    # same, as it does ISYBAU files from 64 MB on.
    env = dict(os.environ, KT_IMPORT_FILE=SAMPLE, KT_READING_PROCESS_MIN_BYTES="0",
               KT_READING_HALVES_MIN_BYTES="0")
    done = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "qgis_desktop.py"),
                           "--mode", "exchange", "--zip", ZIP, "--working-copy",
                           str(working_copy), "--out", OUT, "--locale", "de", "--timeout", "300"],
                          capture_output=True, text=True, env=env)
    path = os.path.join(OUT, "exchange-result.json")
    assert os.path.exists(path), f"no report from QGIS:\n{done.stdout}\n{done.stderr}"
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    report["exit_code"] = done.returncode
    report["working_copy"] = str(working_copy)
    return report


def test_import_dialog_from_the_menu_runs_in_the_background(desktop):
    checks = desktop["checks"]
    assert checks["import_dialog_open"] is True
    assert checks["import_started_in_background"] is True
    assert checks["import_progress"] == 100
    assert checks["import_read_in_second_process"] is True
    assert checks["import_reading_processes"] == 2


def test_report_in_german_with_counts_by_kind(desktop):
    lines = desktop["checks"]["import_report_text"]
    assert lines[0] == "Importbericht"
    assert desktop["checks"]["import_report_has_counts"] is True
    assert "Übersprungen: 0" in lines
    assert "Plausibilitätswarnungen: 3" in lines
    # German decimals, and the line in the file though it lies in the second half.
    assert "  Zeile 29936 120017SE01: Länge 1,60 m ist mehr als 5 % länger als die " \
           "Geometrie (1,46 m)" in lines


def test_imported_network_is_on_the_map(desktop):
    checks = desktop["checks"]
    assert checks["imported_pipe_features"] == 135
    pixels = checks["imported_drainage_pixels"]
    assert pixels["KS"] + pixels["KR"] > 100  # the sample's foul and storm sewers drawn
    assert os.path.exists(desktop["working_copy"])


def test_no_errors_and_screenshots_kept(desktop):
    assert desktop["errors"] == []
    assert desktop["exit_code"] == 0
    names = [os.path.basename(p) for p in desktop["screenshots"]]
    assert "04-import-report.png" in names
    for shot in desktop["screenshots"]:
        assert os.path.getsize(shot) > 50_000
