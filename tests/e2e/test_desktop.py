"""The real QGIS desktop under Xvfb, with the plugin installed from build/kempten_twin.zip.

scripts/qgis_desktop.py makes a clean profile, unzips the package into it (what "Install
from ZIP" does) and starts QGIS; the scenario ``e2e`` (tests/e2e/scenarios/) then drives the
plugin through its toolbar actions inside QGIS. Screenshots stay in build/screenshots/e2e/ for a person.
"""

import json
import os
import subprocess

import psycopg2
import pytest

from kempten_twin_plugin.store import server_schema
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from kempten_twin_plugin.sync.session import sync

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "screenshots", "e2e")
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")


DB = os.environ.get("KT_TEST_DB", "kempten_twin_test")
SCHEMA = "kt_e2e"


@pytest.fixture(scope="module")
def central():
    """The central server the desktop syncs with: a fresh schema in the test database."""
    con = psycopg2.connect(f"dbname={DB}")
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    con.autocommit = False
    server_schema.install_or_upgrade(con, SCHEMA, "kt_")
    yield con
    con.rollback()
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    con.close()


@pytest.fixture(scope="module")
def desktop(tmp_path_factory, central):
    assert os.path.exists(ZIP), "run `make package` first"
    working_copy = tmp_path_factory.mktemp("e2e") / "kempten.gpkg"
    build_demo_working_copy(str(working_copy), 5000, 1)
    sync(str(working_copy), central, SCHEMA)  # the city's data is on the server already
    env = dict(os.environ, KT_SYNC_SERVER=f"dbname={DB}", KT_SYNC_SCHEMA=SCHEMA)
    done = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "qgis_desktop.py"),
                           "--mode", "e2e", "--zip", ZIP, "--working-copy", str(working_copy),
                           "--out", OUT, "--locale", "de", "--timeout", "300"],
                          capture_output=True, text=True, env=env)
    path = os.path.join(OUT, "e2e-result.json")
    assert os.path.exists(path), f"no report from QGIS:\n{done.stdout}\n{done.stderr}"
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    report["exit_code"] = done.returncode
    return report


def test_plugin_loads_from_the_zip_with_toolbar_menu_dock_and_provider(desktop):
    checks = desktop["checks"]
    assert checks["plugin_loaded"] is True
    assert checks["parts_after_start"] == {"toolbars": 1, "docks": 1, "menus": 1, "actions": 28,
                                           "provider": True, "status_widgets": 1,
                                           "locator_filters": 1}


def test_user_interface_speaks_german(desktop):
    assert desktop["checks"]["open_action_text"] == "Arbeitskopie öffnen"
    assert desktop["checks"]["dock_title"] == "Kanalnetz"
    assert desktop["checks"]["qt_cancel_text"] == "Abbrechen"  # Qt's own buttons too
    assert desktop["checks"]["help_action_text"] == "Hilfe (Handbuch)"
    assert desktop["checks"]["identify_shortcut"] == "Ctrl+Alt+I"


def test_open_action_shows_the_styled_network(desktop):
    checks = desktop["checks"]
    assert set(checks["layers"]) >= {"manhole", "pipe", "gully", "lateral", "defect"}
    overview = checks["overview_drainage_pixels"]
    assert overview["KR"] + overview["KM"] > 500  # trunks drawn in their drainage colours
    detail = checks["detail_drainage_pixels"]
    assert all(count > 50 for count in detail.values()), detail  # KS, KR and KM all drawn


def test_basemaps_offline_are_quiet(desktop):
    checks = desktop["checks"]
    assert checks["basemap_group_count"] == 1 and checks["basemap_layers"] == 3
    assert checks["basemap_group_is_last"] is True
    assert checks["no_modal_dialog"] is True


def test_inspection_trace_and_profile_in_the_desktop(desktop):
    checks = desktop["checks"]
    assert "Deckelhöhe" in checks["inspection_text"]  # German labels with units
    assert checks["trace_selected"] == checks["trace_pipes"] > 10
    assert checks["profile_opened"] is True and checks["profile_pdf"] is True
    assert checks["profile_title"].startswith("Längsschnitt ")
    assert any(text.startswith("Schacht ") for text in checks["locator_results"])
    assert "kt" in checks["locator_prefixes"]  # typed as "kt S000123" in the locator bar
    for name in ("04-inspection", "05-trace", "06-profile"):
        assert any(shot.endswith(f"{name}.png") for shot in desktop["screenshots"])


def test_unload_and_reload_leave_nothing_behind(desktop):
    checks = desktop["checks"]
    nothing = {"toolbars": 0, "docks": 0, "menus": 0, "actions": 0, "provider": False,
               "status_widgets": 0, "locator_filters": 0}
    one = {"toolbars": 1, "docks": 1, "menus": 1, "actions": 28, "provider": True,
           "status_widgets": 1, "locator_filters": 1}
    for round_no in (0, 1):
        assert checks[f"parts_after_unload_{round_no}"] == nothing
        assert checks[f"parts_after_reload_{round_no}"] == one
        assert checks[f"plugin_connections_{round_no}"] == 1
    assert checks["errors_during_reload"] == []


def test_edit_in_qgis_reaches_the_server_and_back(desktop):
    # Edited with QGIS's own edit buffer (what the attribute table does), synced with the
    # toolbar button, then changed on the server and synced back into the layer.
    checks = desktop["checks"]
    assert checks["gully_edit_committed"] is True
    assert checks["server_street_after_push"] == "E2E-Straße"
    assert checks["layer_street_after_pull"] == ["Vom Server"]
    assert "0 ausstehend" in checks["status_text"]


def test_no_errors_and_screenshots_kept(desktop):
    assert desktop["errors"] == []
    assert desktop["exit_code"] == 0
    for shot in desktop["screenshots"]:
        assert os.path.getsize(shot) > 50_000  # a real picture, not a blank screen
