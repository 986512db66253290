"""Defects in the real QGIS desktop under Xvfb: the report tool with a real click, the form,
the "Mängel" list, a workflow step and a work order, with screenshots for a person
(build/screenshots/e2e-defects/: 10-defects-list, 11-defect-form, 12-work-order-page-1,
13-defects-statistics)."""

import json
import os
import subprocess

import pytest

from kempten_twin_plugin.store.demo_data import build_demo_working_copy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "screenshots", "e2e-defects")
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    assert os.path.exists(ZIP), "run `make package` first"
    working_copy = tmp_path_factory.mktemp("e2e-defects") / "kempten.gpkg"
    build_demo_working_copy(str(working_copy), 3000, 1)
    done = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "qgis_desktop.py"),
                           "--mode", "defects", "--zip", ZIP, "--working-copy",
                           str(working_copy), "--out", OUT, "--locale", "de",
                           "--timeout", "300"], capture_output=True, text=True)
    path = os.path.join(OUT, "defects-result.json")
    assert os.path.exists(path), f"no report from QGIS:\n{done.stdout}\n{done.stderr}"
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    report["exit_code"] = done.returncode
    return report


def test_a_real_click_reports_a_defect_through_the_form(desktop):
    checks = desktop["checks"]
    assert checks["report_tool_active"] == "KemptenTwinReportDefectTool"
    assert "Kategorie" in checks["form_refusal_without_category"]  # German, no category
    assert checks["new_defect_selected"] == 1
    assert checks["steps_offered"] == ["geprüft", "abgelehnt", "Duplikat"]


def test_workflow_step_shows_in_the_history(desktop):
    history = desktop["checks"]["history_after_step"]
    assert [h[1] for h in history] == ["gemeldet", "geprüft"]
    assert history[-1][2] == "vor Ort bestätigt (E2E)"


def test_work_order_pdf_from_the_dock(desktop):
    checks = desktop["checks"]
    assert checks["work_order_written"].endswith("12-work-order.pdf")
    assert checks["work_order_rows"] == 8
    assert checks["statistics_open"] > 0


def test_no_errors_and_screenshots_kept(desktop):
    assert desktop["errors"] == []
    assert desktop["exit_code"] == 0
    names = {os.path.basename(s) for s in desktop["screenshots"]}
    assert {"10-defects-list.png", "11-defect-form.png", "12-work-order-page-1.png",
            "13-defects-statistics.png"} <= names
    for shot in desktop["screenshots"]:
        assert os.path.getsize(shot) > 50_000  # a real picture, not a blank screen
