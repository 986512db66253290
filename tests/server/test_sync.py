"""Sync between working copies and the real server: merge, conflicts, deletes, retries."""

import uuid

import psycopg2
import pytest

from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from tests.server.sync_helpers import Client, local_state, server_state


def lose_the_answer():
    """The line drops after the server committed: the answer never arrives."""
    raise ConnectionError("network gone after the server committed")


@pytest.fixture
def two_clients(central, tmp_path):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    build_demo_working_copy(first.path, 1000, 2)
    first.sync()  # a populated working copy fills the empty server
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()  # a missing working copy is made by a full pull
    return first, second


def test_populated_copy_fills_empty_server_and_full_pull_equals_it(central, two_clients):
    first, second = two_clients
    server = server_state(*central)
    assert len(server["pipe"]) == 1000 and len(server["defect"]) >= 20
    assert local_state(first) == server == local_state(second)


def test_a_first_push_loads_in_bulk_and_brings_back_only_what_the_server_wrote(central,
                                                                               tmp_path):
    """Into an empty server the network goes by COPY (the server's triggers and checks
    still judge it), and the working copy takes the server's stamps instead of downloading
    what it has just sent: only the defects' history and what the workflow changed come
    back."""
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    build_demo_working_copy(first.path, 1000, 4)
    rows = sum(first.execute(f'SELECT count(*) FROM "{t}"')[0][0] for t in
               ("manhole", "pipe", "gully", "lateral"))
    result = first.sync()
    defects = first.execute("SELECT count(*) FROM defect")[0][0]
    events = first.execute("SELECT count(*) FROM defect_event")[0][0]
    photos = first.execute("SELECT count(*) FROM defect_photo")[0][0]
    assert result["PUSHED"] >= rows and result["REFUSED"] == 0
    assert result["PULLED"] == defects + events + photos < rows / 10
    assert first.pending() == [] and local_state(first) == server_state(*central)
    # Later edits on either side go the usual way.
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    second.execute("UPDATE pipe SET street = 'Neu' WHERE fid = 1")
    second.sync()
    assert first.sync()["PULLED"] == 1
    assert local_state(first) == server_state(*central) == local_state(second)


def test_a_first_push_the_server_refuses_goes_the_careful_way(central, tmp_path):
    """A copy whose codes clash within a table cannot go by COPY (the server refuses the
    load): it goes row by row, and the clashing object becomes a conflict, not a loss."""
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    build_demo_working_copy(first.path, 1000, 4)
    first.execute("UPDATE manhole SET object_code = (SELECT object_code FROM manhole "
                  "ORDER BY fid LIMIT 1) WHERE fid = 2")
    result = first.sync()
    # The clashing manhole waits as a conflict; its pipes wait for it (their reference).
    assert result["CONFLICTS"] == 1 and result["REFUSED"] >= 1
    assert [c[2] for c in first.conflicts()] == ["duplicate_code"]
    server = server_state(*central)
    assert len(server["manhole"]) == first.execute("SELECT count(*) FROM manhole")[0][0] - 1
    from kempten_twin_plugin.store import conflicts

    (conflict,) = conflicts.open_conflicts(first.path)
    conflicts.resolve(first.path, conflict["id"], "theirs")  # merge into the existing one
    first.sync()
    assert first.pending() == [] and local_state(first) == server_state(*central)



def free_laterals(client, count):
    """Laterals no defect or inspection points at: free to delete."""
    return [r[0] for r in client.execute(
        "SELECT uuid FROM lateral WHERE uuid NOT IN (SELECT asset FROM defect) AND uuid NOT "
        "IN (SELECT asset FROM inspection) ORDER BY fid LIMIT ?", (count,))]


def copy_of_lateral(client, uuid_of):
    new = str(uuid.uuid4())
    names = [r[1] for r in client.execute("PRAGMA table_info(lateral)")
             if r[1] not in ("fid", "uuid", "object_code")]
    listed = ", ".join(f'"{n}"' for n in names)
    client.execute(f"INSERT INTO lateral (uuid, object_code, {listed}) SELECT ?, 'AL-NEU-1', "
                   f"{listed} FROM lateral WHERE uuid = ?", (new, uuid_of))
    return new


def test_a_first_push_whose_answer_is_lost_is_settled_on_retry(central, tmp_path):
    """The COPY went through, the answer did not: the retry finds the batch on the server,
    settles the copied tables and sends nothing twice."""
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    build_demo_working_copy(first.path, 1000, 4)

    with pytest.raises(ConnectionError):
        first.sync(after_commit=lose_the_answer)
    assert len(first.pending()) > 1000  # not cleared without confirmation
    assert len(server_state(*central)["pipe"]) == 1000
    result = first.sync()
    assert result["REFUSED"] == 0 and first.conflicts() == []
    assert first.pending() == [] and local_state(first) == server_state(*central)
    assert len(server_state(*central)["pipe"]) == 1000


def test_edits_made_while_a_first_push_travels_are_not_lost(central, tmp_path):
    """A table that went by COPY is settled as a whole: what was edited, deleted or added
    while the batch travelled stays pending and goes with the next sync."""
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    build_demo_working_copy(first.path, 1000, 4)
    edited, deleted = free_laterals(first, 2)
    added = []

    def user_keeps_editing():  # the server has committed; the answer is on its way
        first.execute("UPDATE lateral SET material = 'PVC-U' WHERE uuid = ?", (edited,))
        first.execute("DELETE FROM lateral WHERE uuid = ?", (deleted,))
        added.append(copy_of_lateral(first, edited))

    first.sync(after_commit=user_keeps_editing)
    assert sorted(first.pending()) == sorted([("lateral", edited, "U"), ("lateral", deleted, "D"),
                                              ("lateral", added[0], "I")])
    first.sync()
    state = server_state(*central)
    assert column(state, "lateral", edited, "material") == "PVC-U"
    assert deleted not in state["lateral"] and added[0] in state["lateral"]
    assert first.pending() == [] and first.conflicts() == []
    assert local_state(first) == state


def test_a_batch_sent_by_an_older_plugin_is_settled_by_its_snapshot(central, two_clients):
    """A working copy upgraded while its last answer was lost: the batch it remembers
    carries the per-change edit counts the older plugin recorded."""
    import json

    from kempten_twin_plugin.store.sync_local import LocalSync

    first, _ = two_clients
    g = gully(first)
    first.execute("UPDATE gully SET street = 'Altes Format' WHERE uuid = ?", (g,))

    with pytest.raises(ConnectionError):
        first.sync(after_commit=lose_the_answer)
    ((change_id, edits),) = first.execute("SELECT id, edits FROM kt_change")
    wc = LocalSync(str(first.path))
    try:
        batch = json.loads(wc.state("pending_batch"))
        with wc.transaction():  # as the older plugin wrote it
            wc.set_state("pending_batch", json.dumps({"id": batch["id"],
                                                      "edit_counts": {str(change_id): edits}}))
    finally:
        wc.close()
    version = column(server_state(*central), "gully", g, "version")
    first.sync()
    assert first.pending() == []  # settled by the snapshot, not sent again
    assert column(server_state(*central), "gully", g, "version") == version
    assert local_state(first) == server_state(*central)


def test_full_pull_spatial_index_finds_what_gdal_and_qgis_ask_for(central, two_clients):
    """The first download packs each R-tree in one pass; GDAL's spatial filter (what QGIS
    uses to draw a map extent) must find exactly the features a full scan finds, and the
    index must stay valid through later edits."""
    from osgeo import ogr

    _, second = two_clients
    tables = ("manhole", "pipe", "gully", "lateral", "defect")
    for table in tables:
        assert second.execute(f"SELECT rtreecheck('rtree_{table}_geom')") == [("ok",)]
    source = ogr.Open(second.path)
    layer = source.GetLayerByName("pipe")
    minx, maxx, miny, maxy = layer.GetExtent()
    window = (minx, miny, (minx + maxx) / 2, (miny + maxy) / 2)
    layer.SetSpatialFilterRect(*window)
    by_index = {f.GetField("uuid") for f in layer}
    layer.SetSpatialFilter(None)
    probe = ogr.CreateGeometryFromWkt(
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(*window))
    by_scan = {f.GetField("uuid") for f in layer if f.GetGeometryRef().Intersects(probe)}
    source = None
    assert by_scan and by_index == by_scan
    # Edits after the download go through GDAL's triggers into the packed tree.
    moved = second.execute("SELECT uuid FROM manhole ORDER BY fid LIMIT 40")
    db = second.db()
    db.executemany("UPDATE manhole SET geom = (SELECT geom FROM manhole ORDER BY fid DESC LIMIT 1) "
                   "WHERE uuid = ?", moved)
    # Gullies nothing refers to (a referenced one would be refused by the server).
    db.execute("DELETE FROM gully WHERE fid % 3 = 0 AND uuid NOT IN "
               "(SELECT asset FROM defect WHERE asset IS NOT NULL UNION SELECT gully FROM lateral "
               "WHERE gully IS NOT NULL)")
    db.commit()
    db.close()
    for table in tables:
        assert second.execute(f"SELECT rtreecheck('rtree_{table}_geom')") == [("ok",)]
    assert second.sync()["CONFLICTS"] == 0
    assert local_state(second) == server_state(*central)

def column(state, table, uuid_, name):
    """One value of a row in a state from sync_helpers."""
    from kempten_twin_plugin.store.schema import TABLES_BY_NAME

    return state[table][uuid_][TABLES_BY_NAME[table].column_names.index(name)]


def gully(client):
    return client.execute("SELECT uuid FROM gully ORDER BY fid LIMIT 1")[0][0]


def test_different_columns_merge_same_column_conflicts(central, two_clients):
    first, second = two_clients
    g = gully(first)
    first.execute("UPDATE gully SET street = 'Neue Straße', last_cleaned = '2026-11-20' "
                  "WHERE uuid = ?", (g,))
    second.execute("UPDATE gully SET has_bucket = 0, street = 'Andere Straße' WHERE uuid = ?", (g,))
    assert first.sync()["CONFLICTS"] == 0
    result = second.sync()
    assert result["CONFLICTS"] == 1 and result["OPEN_CONFLICTS"] == 1
    first.sync()
    expected = ("Neue Straße", "2026-11-20", 0)
    for client in (first, second):
        assert client.execute("SELECT street, last_cleaned, has_bucket FROM gully WHERE uuid = ?",
                              (g,))[0] == expected
    assert second.conflicts() == [("gully", g, "column", "street", "Andere Straße", "Neue Straße")]
    assert local_state(first) == server_state(*central) == local_state(second)


def test_update_against_delete_is_a_conflict_not_a_loss(central, two_clients):
    first, second = two_clients
    lateral = first.execute("SELECT uuid FROM lateral ORDER BY fid LIMIT 1")[0][0]
    first.execute("DELETE FROM lateral WHERE uuid = ?", (lateral,))
    second.execute("UPDATE lateral SET material = 'Guss' WHERE uuid = ?", (lateral,))
    first.sync()
    result = second.sync()
    assert result["CONFLICTS"] == 1
    (conflict,) = second.conflicts()
    assert conflict[:3] == ("lateral", lateral, "update_delete") and "Guss" in conflict[4]
    assert local_state(second) == server_state(*central)


def test_delete_against_update_keeps_the_row_and_says_so(central, two_clients):
    first, second = two_clients
    lateral = first.execute("SELECT uuid FROM lateral ORDER BY fid LIMIT 1")[0][0]
    first.execute("UPDATE lateral SET material = 'Guss' WHERE uuid = ?", (lateral,))
    second.execute("DELETE FROM lateral WHERE uuid = ?", (lateral,))
    first.sync()
    assert second.sync()["CONFLICTS"] == 1
    assert second.conflicts()[0][:3] == ("lateral", lateral, "delete_update")
    assert lateral in server_state(*central)["lateral"]


def test_an_edit_by_any_tool_is_captured_including_geometry(central, two_clients):
    first, second = two_clients
    m = first.execute("SELECT uuid, geom FROM manhole ORDER BY fid LIMIT 1")[0]
    # Move the manhole with GDAL, as QGIS's vertex tool would.
    from osgeo import ogr

    ds = ogr.Open(first.path, 1)
    layer = ds.GetLayerByName("manhole")
    layer.SetAttributeFilter(f"uuid = '{m[0]}'")
    feature = layer.GetNextFeature()
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (598123.5 5287456.25)"))
    feature.SetField("cover_level", 701.5)
    layer.SetFeature(feature)
    ds = None
    assert first.sync()["PUSHED"] == 1
    second.sync()
    ds = ogr.Open(second.path)
    layer = ds.GetLayerByName("manhole")
    layer.SetAttributeFilter(f"uuid = '{m[0]}'")
    feature = layer.GetNextFeature()
    assert feature.GetGeometryRef().ExportToWkt() == "POINT (598123.5 5287456.25)"
    assert feature.GetField("cover_level") == 701.5
    # The spatial index followed: the manhole is found at its new place.
    layer.SetAttributeFilter(None)
    layer.SetSpatialFilterRect(598123, 5287456, 598124, 5287457)
    assert [f.GetField("uuid") for f in layer] == [m[0]]


def test_a_defect_made_offline_walks_the_workflow_on_the_server(central, two_clients):
    first, second = two_clients
    g = gully(first)
    d = str(uuid.uuid4())
    first.execute("INSERT INTO defect (uuid, version, changed_at, changed_by, defect_number, "
                  "asset_table, asset, category, severity, status, geom) SELECT ?, 1, "
                  "'2026-11-26T08:00:00Z', 'me', 'M-OFF-1', 'gully', uuid, 'verstopft', 2, "
                  "'beauftragt', geom FROM gully WHERE uuid = ?", (d, g))
    assert first.sync()["REFUSED"] == 0
    history = first.execute("SELECT from_status, to_status FROM defect_event WHERE defect = ? "
                            "ORDER BY at, fid", (d,))
    assert history == [(None, "gemeldet"), ("gemeldet", "geprüft"), ("geprüft", "beauftragt")]


def test_an_illegal_status_change_is_refused_kept_and_not_retried(central, two_clients):
    first, _ = two_clients
    d = first.execute("SELECT uuid FROM defect WHERE status = 'gemeldet' LIMIT 1")[0][0]
    first.execute("UPDATE defect SET status = 'behoben' WHERE uuid = ?", (d,))
    result = first.sync()
    assert result["REFUSED"] == 1 and result["PENDING"] == 0
    refused = first.execute("SELECT refused FROM kt_change WHERE uuid = ?", (d,))[0][0]
    assert "Unzulässiger Statuswechsel" in refused
    assert first.execute("SELECT status FROM defect WHERE uuid = ?", (d,))[0][0] == "behoben"
    assert first.sync()["REFUSED"] == 0  # not sent again in a loop
    first.execute("UPDATE defect SET status = 'geprüft' WHERE uuid = ?", (d,))  # the user fixes it
    assert first.sync()["PUSHED"] == 1
    assert column(server_state(*central), "defect", d, "status") == "geprüft"


def test_lost_answer_after_commit_applies_nothing_twice(central, two_clients):
    first, _ = two_clients
    g = gully(first)
    first.execute("UPDATE gully SET street = 'Einmalweg' WHERE uuid = ?", (g,))

    with pytest.raises(ConnectionError):
        first.sync(after_commit=lose_the_answer)
    assert first.pending() == [("gully", g, "U")]  # not cleared without confirmation
    version_after_first_push = column(server_state(*central), "gully", g, "version")
    result = first.sync()
    assert result["PUSHED"] == 1 and first.pending() == []
    assert column(server_state(*central), "gully", g, "version") == version_after_first_push
    assert local_state(first) == server_state(*central)


def test_connection_killed_before_commit_loses_nothing(central, two_clients):
    first, _ = two_clients
    dsn, _schema = central
    g = gully(first)
    first.execute("UPDATE gully SET street = 'Abbruchweg' WHERE uuid = ?", (g,))

    def kill_my_connection():
        con = psycopg2.connect(dsn)
        con.autocommit = True
        con.cursor().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE application_name = 'kt_test_client' AND state <> 'idle'"
                             " AND datname = current_database()"
                             " AND pid <> pg_backend_pid()")
        con.close()

    with pytest.raises(psycopg2.Error):
        first.sync(before_commit=kill_my_connection)
    assert column(server_state(*central), "gully", g, "street") != "Abbruchweg"
    assert first.pending() == [("gully", g, "U")]
    first.sync()
    assert column(server_state(*central), "gully", g, "street") == "Abbruchweg"
    assert local_state(first) == server_state(*central)


def test_connection_killed_before_pull_converges(central, two_clients):
    first, second = two_clients
    dsn, _schema = central
    g = gully(first)
    second.execute("UPDATE gully SET street = 'Pullweg' WHERE uuid = ?", (g,))
    second.sync()

    def fail():
        raise ConnectionError("gone before the pull")

    with pytest.raises(ConnectionError):
        first.sync(before_pull=fail)
    first.sync()
    assert local_state(first) == server_state(*central) == local_state(second)


def test_resolving_a_conflict_with_mine_reaches_the_server(central, two_clients):
    from kempten_twin_plugin.store import conflicts

    first, second = two_clients
    g = gully(first)
    first.execute("UPDATE gully SET street = 'Erste' WHERE uuid = ?", (g,))
    second.execute("UPDATE gully SET street = 'Zweite' WHERE uuid = ?", (g,))
    first.sync()
    second.sync()
    (open_one,) = conflicts.open_conflicts(second.path)
    assert (open_one["mine"], open_one["theirs"], open_one["column"]) == ("Zweite", "Erste", "street")
    assert open_one["object_code"].startswith("SE")
    conflicts.resolve(second.path, open_one["id"], "mine")
    assert conflicts.open_conflicts(second.path) == []
    second.sync()
    first.sync()
    assert column(server_state(*central), "gully", g, "street") == "Zweite"
    assert local_state(first) == server_state(*central) == local_state(second)


def test_resolving_update_against_delete_with_mine_brings_the_row_back(central, two_clients):
    from kempten_twin_plugin.store import conflicts

    first, second = two_clients
    lateral = first.execute("SELECT uuid FROM lateral ORDER BY fid LIMIT 1")[0][0]
    first.execute("DELETE FROM lateral WHERE uuid = ?", (lateral,))
    second.execute("UPDATE lateral SET material = 'Guss' WHERE uuid = ?", (lateral,))
    first.sync()
    second.sync()
    (open_one,) = conflicts.open_conflicts(second.path)
    conflicts.resolve(second.path, open_one["id"], "mine")
    second.sync()
    first.sync()
    assert column(server_state(*central), "lateral", lateral, "material") == "Guss"
    assert local_state(first) == server_state(*central) == local_state(second)


def test_an_edited_value_resolves_and_theirs_just_closes(central, two_clients):
    from kempten_twin_plugin.store import conflicts

    first, second = two_clients
    rows = [r[0] for r in first.execute("SELECT uuid FROM gully ORDER BY fid LIMIT 2")]
    for g in rows:
        first.execute("UPDATE gully SET street = 'A' WHERE uuid = ?", (g,))
        second.execute("UPDATE gully SET street = 'B' WHERE uuid = ?", (g,))
    first.sync()
    second.sync()
    a, b = conflicts.open_conflicts(second.path)
    conflicts.resolve(second.path, a["id"], "edit", "A/B Ecke")
    conflicts.resolve(second.path, b["id"], "theirs")
    with pytest.raises(conflicts.ConflictError):
        conflicts.resolve(second.path, b["id"], "mine")
    second.sync()
    state = server_state(*central)
    assert column(state, "gully", a["uuid"], "street") == "A/B Ecke"
    assert column(state, "gully", b["uuid"], "street") == "A"


KILLED_SYNC = """
import time
import psycopg2
from kempten_twin_plugin.sync import session as engine
con = psycopg2.connect({dsn!r})
def die_slowly():
    print("writing", flush=True)
    time.sleep(60)
engine.sync({path!r}, con, {schema!r}, faults={{"while_writing": die_slowly}})
"""


def test_a_process_killed_while_writing_the_pull_leaves_a_working_copy_that_converges(
        central, two_clients):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    first, second = two_clients
    dsn, schema = central
    first.execute("UPDATE gully SET street = 'Nach dem Absturz'")  # many rows to pull
    first.sync()
    before = second.execute("SELECT value FROM kt_sync_state WHERE key = 'last_seen'")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    process = subprocess.Popen([sys.executable, "-c", KILLED_SYNC.format(
        dsn=dsn, path=second.path, schema=schema)], stdout=subprocess.PIPE, text=True, cwd=root)
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)  # like QGIS killed mid-sync
    process.wait()
    # SQLite rolls the half-written transaction back on the next open.
    check = sqlite3.connect(second.path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    assert second.execute("SELECT value FROM kt_sync_state WHERE key = 'last_seen'") == before
    assert second.execute("SELECT count(*) FROM gully WHERE street = 'Nach dem Absturz'") == [(0,)]
    second.sync()
    assert local_state(second) == server_state(*central) == local_state(first)


def test_photos_travel_by_content_hash(central, two_clients):
    import hashlib

    first, second = two_clients
    d = first.execute("SELECT uuid FROM defect LIMIT 1")[0][0]
    picture = bytes(range(256)) * 400  # 100 kB, every byte value
    p = str(uuid.uuid4())
    first.execute("INSERT INTO defect_photo (uuid, version, changed_at, changed_by, defect, "
                  "taken_at, mime, sha256, bytes) VALUES (?, 1, '2026-11-26T09:00:00Z', 'me', ?, "
                  "'2026-11-26T09:00:00Z', 'image/jpeg', ?, ?)",
                  (p, d, hashlib.sha256(picture).hexdigest(), picture))
    first.sync()
    result = second.sync()
    assert result["PHOTOS_RECEIVED"] == 1
    assert second.execute("SELECT bytes FROM defect_photo WHERE uuid = ?", (p,))[0][0] == picture
    # Only the caption-like field changes: the bytes are not sent again, either way.
    first.execute("UPDATE defect_photo SET mime = 'image/png' WHERE uuid = ?", (p,))
    assert first.sync()["PUSHED"] == 1
    result = second.sync()
    assert result["PULLED"] == 1 and result["PHOTOS_RECEIVED"] == 0
    assert second.execute("SELECT mime, bytes FROM defect_photo WHERE uuid = ?", (p,))[0] == (
        "image/png", picture)
    assert local_state(first) == server_state(*central) == local_state(second)


def test_edits_made_while_a_push_travels_are_not_lost(central, two_clients):
    first, second = two_clients
    g = gully(first)
    first.execute("UPDATE gully SET street = 'Erste Fassung' WHERE uuid = ?", (g,))
    b = str(uuid.uuid4())
    first.execute("INSERT INTO planned_building (uuid, version, changed_at, changed_by, project, "
                  "floors, geom) SELECT ?, 1, changed_at, changed_by, project, 2, geom "
                  "FROM planned_building LIMIT 1", (b,))

    def user_keeps_editing():  # the server has committed; the answer is still on its way
        first.execute("UPDATE gully SET street = 'Zweite Fassung' WHERE uuid = ?", (g,))
        first.execute("DELETE FROM planned_building WHERE uuid = ?", (b,))

    first.sync(after_commit=user_keeps_editing)
    state = server_state(*central)
    assert column(state, "gully", g, "street") == "Erste Fassung" and b in state["planned_building"]
    first.sync()
    second.sync()
    state = server_state(*central)
    assert column(state, "gully", g, "street") == "Zweite Fassung"
    assert b not in state["planned_building"]
    assert first.conflicts() == []
    assert local_state(first) == state == local_state(second)


def test_a_working_copy_refuses_another_central_store(central, two_clients, dsn):
    from kempten_twin_plugin.store import server_schema
    from kempten_twin_plugin.sync.session import SyncError

    first, _ = two_clients
    other = f"kt_other_{uuid.uuid4().hex[:6]}"
    con = psycopg2.connect(dsn)
    server_schema.install_or_upgrade(con, other, "kt_")
    first.execute("UPDATE gully SET street = 'Falscher Server' WHERE fid = 1")
    try:
        with pytest.raises(SyncError, match="belongs to the central store"):
            from kempten_twin_plugin.sync.session import sync

            sync(first.path, con, other)
        cur = con.cursor()
        cur.execute(f"SELECT count(*) FROM {other}.gully")
        assert cur.fetchone()[0] == 0  # nothing went to the wrong server
        assert first.pending() != []
    finally:
        con.rollback()
        con.autocommit = True
        con.cursor().execute(f"DROP SCHEMA {other} CASCADE")
        con.close()


@pytest.mark.parametrize("cut_after", [1, 3, 6])
def test_connection_cut_in_the_middle_of_a_push(central, two_clients, cut_after):
    first, second = two_clients
    dsn, _schema = central
    rows = [r[0] for r in first.execute("SELECT uuid FROM gully ORDER BY fid LIMIT 8")]
    for n, g in enumerate(rows):
        first.execute("UPDATE gully SET street = ? WHERE uuid = ?", (f"Schnitt {n}", g))

    def cut(done):
        if done >= cut_after:
            con = psycopg2.connect(dsn)
            con.autocommit = True
            con.cursor().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE application_name = 'kt_test_client' "
                                 "AND datname = current_database() AND pid <> pg_backend_pid()")
            con.close()

    with pytest.raises(psycopg2.Error):
        first.sync(during_push=cut)
    state = server_state(*central)
    assert not any(column(state, "gully", g, "street").startswith("Schnitt") for g in rows)
    assert len(first.pending()) == 8  # nothing cleared without the server's word
    first.sync()
    second.sync()
    state = server_state(*central)
    assert [column(state, "gully", g, "street") for g in rows] == [f"Schnitt {n}" for n in range(8)]
    assert local_state(first) == state == local_state(second)
