"""Several workflow steps of one defect between two syncs: the server checks each step.

A crew works offline all day: "beauftragt", "in Arbeit", "behoben" in the working copy,
with a note each. Push replays the steps one by one in its batch, so the server's
workflow trigger validates every step and writes one history event with its note.
"""

import psycopg2
import pytest

from kempten_twin_plugin.core.timestamps import utc_now_text
from kempten_twin_plugin.store import conflicts
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import geometry as gpkg_geometry
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from tests.server.sync_helpers import Client, local_state, server_state

DAY = [("beauftragt", "Kolonne Nord"), ("in Arbeit", "Saugwagen vor Ort"),
       ("behoben", "Rost getauscht")]


@pytest.fixture
def two_clients(central, tmp_path):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    build_demo_working_copy(first.path, 1000, 2)
    first.sync()
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    assert first.pending() == [] == second.pending()
    return first, second


def in_status(client, status, count=1):
    return [r[0] for r in client.execute(
        "SELECT uuid FROM defect WHERE status = ? ORDER BY defect_number LIMIT ?",
        (status, count))]


def step(client, uuids, status, note, by="k.wagner"):
    db = store.connect(client.path)
    try:
        store.change_status(db, uuids, status, note, by)
    finally:
        db.close()


def server_defect(central, uuid):
    dsn, schema = central
    con = psycopg2.connect(dsn)
    try:
        cur = con.cursor()
        cur.execute(f"SELECT status, status_note, description, resolved_at IS NOT NULL "
                    f"FROM {schema}.defect WHERE uuid = %s", (uuid,))
        status = cur.fetchone()
        cur.execute(f"SELECT from_status, to_status, note FROM {schema}.defect_event "
                    "WHERE defect = %s ORDER BY change_seq", (uuid,))
        return status, cur.fetchall()
    finally:
        con.close()


def local_history(client, uuid):
    db = store.connect(client.path)
    try:
        return [e[2:] for e in store.history(db, uuid)]
    finally:
        db.close()


def without_local_history(state):
    """The working copy keeps its own history entries (hidden once answered); all else
    equals the server."""
    return {table: rows for table, rows in state.items() if table != "defect_event"}


def test_a_day_offline_reaches_the_server_step_by_step(central, two_clients):
    first, second = two_clients
    (d,) = in_status(first, "geprüft")
    _, events_before = server_defect(central, d)
    for status, note in DAY:
        step(first, [d], status, note)
    first.execute("UPDATE defect SET description = 'Rost klemmte' WHERE uuid = ?", (d,))
    # Before the sync the history shows every step of the day.
    assert local_history(first, d)[-3:] == [
        ("geprüft", "beauftragt", "Kolonne Nord"), ("beauftragt", "in Arbeit", "Saugwagen vor Ort"),
        ("in Arbeit", "behoben", "Rost getauscht")]
    result = first.sync()
    assert (result["REFUSED"], result["CONFLICTS"], result["PENDING"]) == (0, 0, 0)
    (status, note, description, resolved), events = server_defect(central, d)
    assert (status, note, description, resolved) == ("behoben", "Rost getauscht",
                                                     "Rost klemmte", True)
    assert events[len(events_before):] == [
        ("geprüft", "beauftragt", "Kolonne Nord"), ("beauftragt", "in Arbeit", "Saugwagen vor Ort"),
        ("in Arbeit", "behoben", "Rost getauscht")]
    # After the pull each step shows once (the server's event), in order.
    history = local_history(first, d)
    assert history == events
    second.sync()
    assert local_history(second, d) == events
    assert local_state(second) == server_state(*central)
    assert without_local_history(local_state(first)) == without_local_history(local_state(second))


def test_a_concurrent_move_on_the_server_is_a_conflict_not_a_loss(central, two_clients):
    first, second = two_clients
    (d,) = in_status(first, "beauftragt")
    step(second, [d], "in Arbeit", "Kolonne Süd fängt an", by="s.maier")
    second.sync()
    for status, note in DAY[1:]:
        step(first, [d], status, note)
    first.execute("UPDATE defect SET description = 'Rost klemmte' WHERE uuid = ?", (d,))
    _, events_before = server_defect(central, d)
    result = first.sync()
    assert result["REFUSED"] == 0 and result["CONFLICTS"] >= 1
    (status, _note, description, _), events = server_defect(central, d)
    # The server keeps the other crew's step; none of mine is half applied; the column
    # nobody else touched merges as always.
    assert status == "in Arbeit" and description == "Rost klemmte"
    assert events == events_before
    by_column = {c[3]: c for c in first.conflicts() if c[1] == d}
    assert by_column["status"][4:] == ("behoben", "in Arbeit")
    # Mine is kept for review; choosing it sends the rest of the way.
    for conflict in conflicts.open_conflicts(first.path):
        if conflict["uuid"] == d:
            conflicts.resolve(first.path, conflict["id"], "mine")
    assert first.sync()["REFUSED"] == 0
    (status, note, _, _), events = server_defect(central, d)
    assert (status, note) == ("behoben", "Rost getauscht")
    assert events[len(events_before):] == [("in Arbeit", "behoben", "Rost getauscht")]
    second.sync()
    assert without_local_history(local_state(first)) == without_local_history(
        server_state(*central)) == without_local_history(local_state(second))


def test_a_status_conflict_resolved_with_theirs_drops_my_steps(central, two_clients):
    first, second = two_clients
    (d,) = in_status(first, "beauftragt")
    step(second, [d], "in Arbeit", "Kolonne Süd fängt an", by="s.maier")
    second.sync()
    for status, note in DAY[1:]:
        step(first, [d], status, note)
    first.sync()
    _, events = server_defect(central, d)
    assert local_history(first, d)[-1] == ("in Arbeit", "behoben", "Rost getauscht")  # mine, open
    for conflict in conflicts.open_conflicts(first.path):
        if conflict["uuid"] == d:
            conflicts.resolve(first.path, conflict["id"], "theirs")
    result = first.sync()
    assert (result["REFUSED"], result["PENDING"], result["OPEN_CONFLICTS"]) == (0, 0, 0)
    assert local_history(first, d) == events  # the server's history only
    assert first.execute("SELECT status FROM defect WHERE uuid = ?", (d,))[0][0] == "in Arbeit"


def kill_client_connections(dsn):
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE application_name = 'kt_test_client' AND state <> 'idle'"
                         " AND datname = current_database() AND pid <> pg_backend_pid()")
    con.close()


@pytest.mark.parametrize("fault", ["before_commit", "after_commit"])
def test_a_retry_after_a_cut_connection_applies_every_step_once(central, two_clients, fault):
    first, _ = two_clients
    dsn, _schema = central
    (d,) = in_status(first, "geprüft")
    _, events_before = server_defect(central, d)
    for status, note in DAY:
        step(first, [d], status, note)

    def cut():
        if fault == "before_commit":
            kill_client_connections(dsn)  # the steps were sent, the commit never comes
        else:
            raise ConnectionError("network gone after the server committed")

    with pytest.raises((psycopg2.Error, ConnectionError)):
        first.sync(**{fault: cut})
    assert first.pending() == [("defect", d, "U")]  # not cleared without the server's word
    (status, _, _, _), events = server_defect(central, d)
    if fault == "before_commit":
        assert status == "geprüft" and events == events_before  # all or nothing
    result = first.sync()
    assert result["REFUSED"] == 0 and first.pending() == []
    (status, _, _, _), events = server_defect(central, d)
    assert status == "behoben"
    assert [e[1] for e in events[len(events_before):]] == ["beauftragt", "in Arbeit", "behoben"]
    assert local_history(first, d) == events
    assert without_local_history(local_state(first)) == without_local_history(
        server_state(*central))


def test_bulk_steps_on_several_defects_each_all_or_nothing(central, two_clients):
    first, second = two_clients
    defects = in_status(first, "geprüft", 3)
    assert len(defects) == 3
    before = {d: server_defect(central, d)[1] for d in defects}
    # Meanwhile another crew took the last one over.
    step(second, [defects[-1]], "beauftragt", "Kolonne Süd", by="s.maier")
    second.sync()
    for status, note in DAY:
        step(first, defects, status, f"Sammelauftrag: {note}")
    result = first.sync()
    assert result["REFUSED"] == 0 and result["CONFLICTS"] >= 1
    for d in defects[:-1]:
        (status, note, _, _), events = server_defect(central, d)
        assert (status, note) == ("behoben", "Sammelauftrag: Rost getauscht")
        assert events[len(before[d]):] == [(a, b, f"Sammelauftrag: {n}") for a, b, n in (
            ("geprüft", "beauftragt", DAY[0][1]), ("beauftragt", "in Arbeit", DAY[1][1]),
            ("in Arbeit", "behoben", DAY[2][1]))]
    (status, _, _, _), events = server_defect(central, defects[-1])
    assert status == "beauftragt"
    assert events[len(before[defects[-1]]):] == [("geprüft", "beauftragt", "Kolonne Süd")]
    assert {c[3] for c in first.conflicts() if c[1] == defects[-1]} >= {"status"}


def test_a_refused_step_refuses_the_whole_defect_and_is_kept(central, two_clients):
    first, _ = two_clients
    (d,) = in_status(first, "geprüft")
    _, events_before = server_defect(central, d)
    step(first, [d], "beauftragt", "Kolonne Nord")
    # Written past the plugin's check, with a history entry as if the plugin had made it.
    db = store.connect(first.path)
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE defect SET status = 'behoben' WHERE uuid = ?", (d,))
    store.write_local_event(db, d, "beauftragt", "behoben", "übersprungen", "me",
                            utc_now_text())
    store.keep_local_events_out_of_sync(db)
    db.execute("COMMIT")
    db.close()
    result = first.sync()
    assert result["REFUSED"] == 1
    refused = first.execute("SELECT refused FROM kt_change WHERE uuid = ?", (d,))[0][0]
    assert "Unzulässiger Statuswechsel" in refused and "behoben" in refused
    (status, _, _, _), events = server_defect(central, d)
    assert status == "geprüft" and events == events_before  # the legal first step went back
    assert first.execute("SELECT status FROM defect WHERE uuid = ?", (d,))[0][0] == "behoben"
    assert local_history(first, d)[-2:] == [("geprüft", "beauftragt", "Kolonne Nord"),
                                            ("beauftragt", "behoben", "übersprungen")]
    # The user gives it up: the server's defect comes back, the void steps leave.
    (change,) = conflicts.refused_changes(first.path)
    conflicts.discard_refused(first.path, change["id"])
    result = first.sync()
    assert (result["REFUSED"], result["PENDING"]) == (0, 0)
    assert first.execute("SELECT status FROM defect WHERE uuid = ?", (d,))[0][0] == "geprüft"
    assert local_history(first, d) == events_before
    assert without_local_history(local_state(first)) == without_local_history(
        server_state(*central))


def test_defects_reported_and_walked_offline_keep_every_note(central, two_clients):
    first, second = two_clients
    db = store.connect(first.path)
    defects = []
    for gully, blob in first.execute("SELECT uuid, geom FROM gully ORDER BY fid LIMIT 2"):
        x, y = gpkg_geometry.point_of(blob)
        defects.append(store.create_defect(
            db, asset_table="gully", asset=gully, category="Rost fehlt", severity=1, x=x, y=y,
            reported_by="k.wagner", note="Gefahr!"))
    db.close()
    step(first, defects, "geprüft", "Absperrung gestellt")
    for status, note in DAY:
        step(first, defects, status, note)
    result = first.sync()  # two new defects: the bulk insert path
    assert (result["REFUSED"], result["CONFLICTS"], result["PENDING"]) == (0, 0, 0)
    for d in defects:
        (status, note, _, resolved), events = server_defect(central, d)
        assert (status, note, resolved) == ("behoben", "Rost getauscht", True)
        assert events == [(None, "gemeldet", "Gefahr!"),
                          ("gemeldet", "geprüft", "Absperrung gestellt"),
                          ("geprüft", "beauftragt", "Kolonne Nord"),
                          ("beauftragt", "in Arbeit", "Saugwagen vor Ort"),
                          ("in Arbeit", "behoben", "Rost getauscht")]
        assert local_history(first, d) == events
    second.sync()
    assert without_local_history(local_state(first)) == without_local_history(
        server_state(*central)) == without_local_history(local_state(second))


def test_one_defect_reported_and_walked_offline_keeps_every_note(central, two_clients):
    first, _ = two_clients
    gully, blob = first.execute("SELECT uuid, geom FROM gully ORDER BY fid LIMIT 1")[0]
    x, y = gpkg_geometry.point_of(blob)
    db = store.connect(first.path)
    d = store.create_defect(db, asset_table="gully", asset=gully, category="Geruch", severity=3,
                            x=x, y=y, reported_by="k.wagner", note="riecht")
    db.close()
    step(first, [d], "geprüft", "bestätigt")
    step(first, [d], "beauftragt", "Kolonne Nord")
    first.execute("UPDATE defect SET status_note = 'Notiz danach' WHERE uuid = ?", (d,))
    assert first.sync()["REFUSED"] == 0  # one new defect: the careful path
    (status, note, _, _), events = server_defect(central, d)
    assert (status, note) == ("beauftragt", "Notiz danach")  # the row's own note stays
    assert events == [(None, "gemeldet", "riecht"), ("gemeldet", "geprüft", "bestätigt"),
                      ("geprüft", "beauftragt", "Kolonne Nord")]
