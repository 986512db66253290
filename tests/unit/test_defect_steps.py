"""The local status steps a push replays, and the history shown before and after a sync."""

import shutil

import pytest

from kempten_twin_plugin.store import defect_statistics
from kempten_twin_plugin.store import defect_steps as steps
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import geometry as gpkg_geometry
from kempten_twin_plugin.store.demo_data import build_demo_working_copy


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("steps") / "template.gpkg"
    build_demo_working_copy(str(path), 1000, 3)
    return str(path)


@pytest.fixture
def db(demo_template, tmp_path):
    path = tmp_path / "wc.gpkg"
    shutil.copy(demo_template, path)
    db = store.connect(str(path))
    yield db
    db.close()


def a_new_defect(db):
    uuid, blob = db.execute("SELECT uuid, geom FROM gully ORDER BY fid LIMIT 1").fetchone()
    x, y = gpkg_geometry.point_of(blob)
    return store.create_defect(db, asset_table="gully", asset=uuid, category="verstopft",
                               severity=2, x=x, y=y, reported_by="me")


def server_event(db, defect, from_status, to_status, note=None, day="2030-01-01",
                 n=[0]):  # noqa: B006
    """As a pull writes it: a defect_event row the working copy did not make."""
    n[0] += 1
    db.execute("INSERT INTO defect_event (uuid, version, changed_at, changed_by, defect, at, "
               '"by", from_status, to_status, note) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)',
               (f"srv-{n[0]}-{defect}", "2030-01-01T00:00:00Z", "server", defect,
                f"{day}T00:00:{n[0] % 60:02d}Z", "server", from_status, to_status, note))


WALK = [("geprüft", "gesehen"), ("beauftragt", "Kolonne Nord"), ("in Arbeit", None),
        ("behoben", "Rost getauscht")]


def test_the_steps_since_the_servers_status_in_order_with_their_notes(db):
    d = a_new_defect(db)
    for status, note in WALK:
        store.change_status(db, [d], status, note, "me")
    assert steps.unsent_steps(db, d, "gemeldet", "behoben") == [
        ("gemeldet", "geprüft", "gesehen"), ("geprüft", "beauftragt", "Kolonne Nord"),
        ("beauftragt", "in Arbeit", None), ("in Arbeit", "behoben", "Rost getauscht")]
    assert steps.unsent_steps(db, d, "beauftragt", "behoben") == [
        ("beauftragt", "in Arbeit", None), ("in Arbeit", "behoben", "Rost getauscht")]
    # A status the local steps do not lead to from there: no chain, the server judges.
    assert steps.unsent_steps(db, d, "Duplikat", "behoben") is None
    assert steps.unsent_steps(db, d, "behoben", "behoben") == []


def test_answered_steps_are_not_sent_again_and_hide_once_each(db):
    d = a_new_defect(db)
    for status, note in WALK:
        store.change_status(db, [d], status, note, "me")
    # The server answered the first two steps (a pull brought its events)...
    server_event(db, d, None, "gemeldet")
    server_event(db, d, "gemeldet", "geprüft", "gesehen")
    server_event(db, d, "geprüft", "beauftragt", "Kolonne Nord")
    assert steps.unsent_steps(db, d, "beauftragt", "behoben") == [
        ("beauftragt", "in Arbeit", None), ("in Arbeit", "behoben", "Rost getauscht")]
    # ...then it was reopened and walked again: the second round is unanswered.
    for status, note in [("gemeldet", "wieder verstopft")] + WALK:
        store.change_status(db, [d], status, note, "me")
    server_event(db, d, "beauftragt", "in Arbeit")
    server_event(db, d, "in Arbeit", "behoben", "Rost getauscht")
    unsent = steps.unsent_steps(db, d, "behoben", "behoben")
    assert unsent == []  # nothing moved as far as the status is concerned
    history = [e[2:4] for e in store.history(db, d)]
    # Every step once: four answered by the server, the second round still local.
    assert history.count(("in Arbeit", "behoben")) == 2
    assert history.count(("gemeldet", "geprüft")) == 2
    assert history.count(("behoben", "gemeldet")) == 1
    assert len(history) == 1 + 4 + 1 + 4


def test_repair_times_count_each_repair_once(db):
    d = a_new_defect(db)
    before = len(defect_statistics.repair_times(db))
    for status, note in WALK + [("gemeldet", "wieder")] + WALK:
        store.change_status(db, [d], status, note, "me")
    assert len(defect_statistics.repair_times(db)) == before + 2
    # The server answered the first round: its events stand for the local ones.
    server_event(db, d, None, "gemeldet", day="2026-01-05")
    for (from_status, _), (to_status, note) in zip([("gemeldet", None)] + WALK, WALK):
        server_event(db, d, from_status, to_status, note, day="2026-01-05")
    assert len(defect_statistics.repair_times(db)) == before + 2
