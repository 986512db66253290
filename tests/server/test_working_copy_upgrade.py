"""A working copy written by an older plugin (schema version 1) is upgraded when it is
opened and then syncs like any other: everything it holds reaches the server, and a
second desktop gets the same data back."""

import os
import shutil
import sqlite3

from kempten_twin_plugin.store import working_copy
from tests.server.sync_helpers import Client, local_state, server_state

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
V1 = os.path.join(ROOT, "tests", "data", "working_copies", "v1_2026-12.gpkg")


def test_an_old_working_copy_is_upgraded_and_syncs(central, tmp_path):
    dsn, schema = central
    path = tmp_path / "old.gpkg"
    shutil.copyfile(V1, path)
    old = Client(dsn, schema, path)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # as it is, not upgraded yet
    counts = {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in ("manhole", "pipe", "gully", "defect", "planned_building", "inspection")}
    raw.close()
    assert working_copy.schema_version(str(path)) == 1
    result = old.sync()
    assert working_copy.schema_version(str(path)) == working_copy.SCHEMA_VERSION
    assert os.path.exists(tmp_path / "old.v1-backup.gpkg")
    assert result["REFUSED"] == 0 and result["CONFLICTS"] == 0 and old.pending() == []
    server = server_state(*central)
    for table, count in counts.items():
        assert len(server[table]) == count, table
    fresh = Client(dsn, schema, tmp_path / "fresh.gpkg")
    fresh.sync()
    assert local_state(fresh) == server == local_state(old)
    # An edit in the upgraded copy is captured and reaches the other desktop.
    old.execute("UPDATE manhole SET street = 'Residenzplatz' WHERE fid = 1")
    old.sync()
    fresh.sync()
    code = old.execute("SELECT object_code FROM manhole WHERE fid = 1")[0][0]
    assert fresh.execute("SELECT street FROM manhole WHERE object_code = ?", (code,)) == \
        [("Residenzplatz",)]
