"""Sync from the desktop: the task, the status bar, the conflict review, the algorithm."""

import os
import time
import uuid

import psycopg2
import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction

from kempten_twin_plugin.store import server_schema, working_copy
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from kempten_twin_plugin.sync.session import sync

DB = os.environ.get("KT_TEST_DB", "kempten_twin_test")


@pytest.fixture
def central(pg_database):
    con = psycopg2.connect(f"dbname={pg_database}")
    schema = f"kt_gui_{uuid.uuid4().hex[:8]}"
    server_schema.install_or_upgrade(con, schema, "kt_")
    yield con, schema
    con.rollback()
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
    con.close()


def wait_for(condition, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def synced_copy(central, tmp_path):
    con, schema = central
    path = str(tmp_path / "wc.gpkg")
    build_demo_working_copy(path, 1000, 4)
    sync(path, con, schema)
    return path


def test_sync_action_runs_in_a_task_and_updates_the_status(qgis_iface, kt_settings, central,
                                                           synced_copy):
    from kempten_twin_plugin.gui.sync.controller import SyncController

    con, schema = central
    kt_settings.working_copy = synced_copy
    kt_settings.server = f"dbname={DB}"
    kt_settings.server_schema = schema
    db = working_copy.connect(synced_copy)
    g = db.execute("SELECT uuid FROM gully LIMIT 1").fetchone()[0]
    db.execute("UPDATE gully SET street = 'Aus dem Büro' WHERE uuid = ?", (g,))
    db.close()
    synced = []
    action = QAction("sync")
    controller = SyncController(qgis_iface, kt_settings, action, lambda: synced.append(1))
    assert "1 pending" in controller.widget.label.text()
    controller.start()
    assert not action.isEnabled()  # one sync at a time
    assert wait_for(lambda: synced)
    assert action.isEnabled() and "0 pending" in controller.widget.label.text()
    cur = con.cursor()
    cur.execute(f"SELECT street FROM {schema}.gully WHERE uuid = %s", (g,))
    assert cur.fetchone()[0] == "Aus dem Büro"
    controller.teardown()


def test_unreachable_server_is_reported_and_nothing_is_lost(qgis_iface, kt_settings, central,
                                                            synced_copy):
    from kempten_twin_plugin.gui.sync.controller import SyncController

    kt_settings.working_copy = synced_copy
    kt_settings.server = "host=127.0.0.1 port=1 dbname=x connect_timeout=2"
    db = working_copy.connect(synced_copy)
    db.execute("UPDATE gully SET street = 'Offline' WHERE fid = 1")
    db.close()
    done = []
    controller = SyncController(qgis_iface, kt_settings, QAction("sync"), lambda: done.append(1))
    before = len(qgis_iface.messageBar().get_messages(1))
    controller.start()
    assert wait_for(lambda: done)
    assert controller.offline
    assert "offline" in controller.widget.label.text() and "1 pending" in controller.widget.label.text()
    assert len(qgis_iface.messageBar().get_messages(1)) == before + 1
    controller.teardown()


def test_conflict_dialog_shows_both_values_and_resolves(central, tmp_path, synced_copy):
    from kempten_twin_plugin.gui.sync.conflict_dialog import ConflictDialog

    con, schema = central
    db = working_copy.connect(synced_copy)
    g = db.execute("SELECT uuid FROM gully LIMIT 1").fetchone()[0]
    db.execute("UPDATE gully SET street = 'Mein Weg' WHERE uuid = ?", (g,))
    db.close()
    cur = con.cursor()
    cur.execute(f"UPDATE {schema}.gully SET street = 'Server-Weg' WHERE uuid = %s", (g,))
    con.commit()
    assert sync(synced_copy, con, schema)["CONFLICTS"] == 1
    dialog = ConflictDialog(synced_copy)
    assert dialog.table.rowCount() == 1
    texts = [dialog.table.item(0, c).text() for c in range(7)]
    assert texts[0] == "gully" and texts[2] == "street"
    assert texts[3] == "Mein Weg" and texts[4] == "Server-Weg"
    dialog.mine_button.click()
    assert dialog.table.rowCount() == 0 and not dialog.mine_button.isEnabled()
    sync(synced_copy, con, schema)
    cur.execute(f"SELECT street FROM {schema}.gully WHERE uuid = %s", (g,))
    assert cur.fetchone()[0] == "Mein Weg"


def test_sync_algorithm_makes_a_missing_working_copy(processing_ready, central, tmp_path):
    import processing

    from kempten_twin_plugin.processing.provider import KemptenTwinProvider

    con, schema = central
    source = str(tmp_path / "source.gpkg")
    build_demo_working_copy(source, 1000, 6)
    sync(source, con, schema)
    provider = KemptenTwinProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        target = str(tmp_path / "new.gpkg")
        result = processing.run("kempten_twin:sync", {"WORKING_COPY": target,
                                                      "SERVER": f"dbname={DB}", "SCHEMA": schema})
        assert result["PULLED"] > 4000 and result["PUSHED"] == 0 and result["CONFLICTS"] == 0
        assert os.path.exists(target)
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_refused_changes_are_listed_and_can_be_given_up(central, synced_copy):
    from kempten_twin_plugin.gui.sync.conflict_dialog import ConflictDialog

    con, schema = central
    db = working_copy.connect(synced_copy)
    d = db.execute("SELECT uuid FROM defect WHERE status = 'gemeldet' LIMIT 1").fetchone()[0]
    db.execute("UPDATE defect SET status = 'behoben' WHERE uuid = ?", (d,))  # skips the workflow
    db.close()
    assert sync(synced_copy, con, schema)["REFUSED"] == 1
    dialog = ConflictDialog(synced_copy)
    assert dialog.refused.rowCount() == 1
    assert "Statuswechsel" in dialog.refused.item(0, 3).text()
    dialog.refused.selectRow(0)
    dialog.discard_button.click()
    assert dialog.refused.rowCount() == 0
    sync(synced_copy, con, schema)
    db = working_copy.connect(synced_copy)
    assert db.execute("SELECT status FROM defect WHERE uuid = ?", (d,)).fetchone()[0] == "gemeldet"
    db.close()
