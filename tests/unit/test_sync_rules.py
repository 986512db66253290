"""The rules of sync on their own, against SQLite alone (no server): the column merge, the
rebase of pulled rows, the order and grouping of a push, and how a push's answer settles
the change log."""

import json

import pytest

from kempten_twin_plugin.store import geometry, working_copy
from kempten_twin_plugin.store.schema import TABLES_BY_NAME
from kempten_twin_plugin.store.sync_local import LocalSync
from kempten_twin_plugin.store.sync_server import columns
from kempten_twin_plugin.sync import merge, pull, push

MANHOLE = TABLES_BY_NAME["manhole"]
COLS = columns(MANHOLE)
NAMES = [n for n, _ in COLS]


def manhole(**values):
    row = {"uuid": "m-1", "version": 3, "changed_at": "2026-01-01T10:00:00.000Z",
           "changed_by": "a", "object_code": "S1", "node_kind": "Schacht", "drainage": "KS",
           "cover_level": 700.5, "invert_level": 698.0, "depth": 2.5, "material": "B",
           "year_built": 1990, "condition_class": None, "condition_scheme": None,
           "street": "Bahnhofstraße", "geom": geometry.point_blob(598000.0, 5287000.0)}
    row.update(values)
    return [row[n] for n in NAMES]


def base_of(row):
    return merge.snapshot(NAMES, row)


def test_canonical_values_compare_across_representations():
    assert merge.canonical("DATETIME", "2026-01-01 11:00:00+01") == \
        merge.canonical("DATETIME", "2026-01-01T10:00:00.000Z")
    assert merge.canonical("BOOLEAN", True) == merge.canonical("BOOLEAN", 1) == "1"
    blob = geometry.point_blob(1.0, 2.0)
    assert merge.canonical("GEOM", blob) == merge.canonical("GEOM", geometry.wkb_of(blob)) \
        == merge.canonical("GEOM", blob.hex(), from_json=True)
    assert merge.canonical("REAL", 2) == merge.canonical("REAL", "2.0")
    assert merge.canonical("TEXT", None) is None


def test_only_the_columns_i_changed_go_out_when_the_server_did_not_move():
    base = manhole()
    mine = manhole(street="Residenzplatz", depth=2.6)
    send, conflicts = merge.column_merge(COLS, base_of(base), mine, base, server_moved=False)
    assert {(n, v) for n, _k, v in send} == {("street", "Residenzplatz"), ("depth", 2.6)}
    assert conflicts == []


def test_different_columns_merge_and_the_same_column_changed_twice_is_a_conflict():
    base = manhole()
    mine = manhole(street="Residenzplatz", depth=2.6, material="STZ")
    theirs = manhole(version=4, street="Rathausplatz", cover_level=701.0, material="STZ")
    send, conflicts = merge.column_merge(COLS, base_of(base), mine, theirs, server_moved=True)
    # depth only I changed: it goes; material both changed alike: nothing to do;
    # street both changed differently: the server's value stays, mine becomes a conflict.
    assert [(n, v) for n, _k, v in send] == [("depth", 2.6)]
    assert conflicts == [merge.Conflict("street", "Residenzplatz", "Rathausplatz",
                                        "Bahnhofstraße")]


def test_tracking_columns_are_never_sent():
    base = manhole()
    mine = manhole(version=9, changed_by="me", changed_at="2026-02-02T00:00:00Z")
    send, conflicts = merge.column_merge(COLS, base_of(base), mine, base, server_moved=False)
    assert send == [] and conflicts == []


def test_a_row_inserted_on_both_sides_names_each_difference():
    found = merge.differences(COLS, manhole(street="A", depth=1.0), manhole(street="B",
                                                                           version=7))
    assert [(c.column, c.mine, c.theirs) for c in found] == [
        ("depth", repr(1.0), repr(2.5)), ("street", "A", "B")]


def test_a_pulled_row_keeps_my_pending_columns_and_takes_the_rest():
    base = manhole()
    mine = manhole(street="Residenzplatz")
    theirs = manhole(version=5, depth=3.0, street="Rathausplatz")
    merged = merge.rebase(COLS, base_of(base), mine, theirs)
    got = dict(zip(NAMES, merged))
    assert got["street"] == "Residenzplatz" and got["depth"] == 3.0 and got["version"] == 5


def test_push_sends_parents_first_and_deletes_children_first():
    changes = [(1, "pipe", "p", "I", None, None), (2, "manhole", "m", "I", None, None),
               (3, "defect", "d", "D", None, 1), (4, "gully", "g", "D", None, 1),
               (5, "manhole", "m2", "D", None, 1), (6, "lateral", "l", "U", "{}", 1)]
    order = [c[0] for c in push._order(changes)]
    assert order == [2, 1, 6, 3, 4, 5]


def test_new_rows_of_one_table_travel_in_bulk_runs():
    inserts = [(i, "pipe", f"p{i}", "I", None, None) for i in range(push.BULK + 10)]
    mixed = inserts[:3] + [(9000, "pipe", "x", "U", "{}", 1)] + inserts[3:5] + \
        [(9001, "defect_event", "e", "I", None, None)]
    sizes = [len(g) for g in push._groups(mixed)]
    assert sizes == [3, 1, 2, 1]
    assert [len(g) for g in push._groups(inserts)] == [push.BULK, 10]


@pytest.fixture
def wc(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    working_copy.write_working_copy(path, {})
    local = LocalSync(path)
    yield local
    local.close()


def insert_manhole(wc, **values):
    row = manhole(**values)
    names = ", ".join(f'"{n}"' for n in NAMES)
    wc.db.execute(f"INSERT INTO manhole ({names}) VALUES ({', '.join('?' for _ in NAMES)})",
                  row)
    return row


@pytest.mark.parametrize("started_by", ["this plugin", "an older plugin"])
def test_settling_clears_what_the_server_confirmed_and_keeps_what_was_edited_again(wc,
                                                                                    started_by):
    insert_manhole(wc, uuid="a", object_code="A")
    insert_manhole(wc, uuid="b", object_code="B")
    insert_manhole(wc, uuid="c", object_code="C")
    wc.db.execute("UPDATE manhole SET street = 'vorher' WHERE uuid = 'a'")  # edited before
    ids = {u: i for i, _t, u, *_ in wc.pending()}
    if started_by == "this plugin":
        settle = {"through": wc.start_batch("batch-1")}
    else:  # the per-change snapshot of edit counts an older plugin kept
        settle = {"edit_counts": dict(wc.db.execute("SELECT id, edits FROM kt_change"))}
    wc.db.execute("UPDATE manhole SET street = 'neu' WHERE uuid = 'b'")  # while in flight
    result = {"applied": [ids["a"], ids["b"]], "refused": {str(ids["c"]): "no right"},
              "conflicts": [{"table": "manhole", "uuid": "a", "kind": "column",
                             "column": "street", "base": None, "mine": "x", "theirs": "y",
                             "by": "kt_u", "at": "2026-01-01T00:00:00Z"}],
              "versions": {str(ids["b"]): 4}}
    assert wc.settle(result, **settle) == (2, 1, 1)
    left = wc.db.execute("SELECT uuid, op, base, base_version, refused FROM kt_change "
                         "ORDER BY uuid").fetchall()
    assert left == [("b", "U", None, 4, None), ("c", "I", None, None, "no right")]
    assert wc.open_conflict_count() == 1
    assert wc.pending_count() == 1  # the refused change waits for the user


def test_pulled_rows_are_written_rebased_or_left_to_push(wc):
    theirs_new = manhole(uuid="n", object_code="N", version=1)
    mine = insert_manhole(wc, uuid="e", object_code="E", street="alt")
    insert_manhole(wc, uuid="d", object_code="D")
    wc.db.execute("DELETE FROM kt_change")
    wc.db.execute("UPDATE manhole SET street = 'meins' WHERE uuid = 'e'")  # pending U
    wc.db.execute("DELETE FROM manhole WHERE uuid = 'd'")  # pending D
    pending = wc.pending_by_row()
    server_e = manhole(uuid="e", object_code="E", street="alt", depth=9.0, version=4)
    server_d = manhole(uuid="d", object_code="D", depth=1.0, version=4)
    with wc.transaction(capture=False):
        count = pull._write_rows(wc, MANHOLE, [theirs_new, server_e, server_d], pending)
    assert count == 2
    rows = dict(wc.db.execute("SELECT uuid, street || '/' || depth || '/' || version FROM manhole"))
    assert rows == {"n": "Bahnhofstraße/2.5/1", "e": "meins/9.0/4"}  # d stays deleted
    # Capture was off: the pull made no change of its own.
    assert {r[0] for r in wc.db.execute("SELECT uuid FROM kt_change")} == {"e", "d"}
    assert json.loads(wc.db.execute("SELECT base FROM kt_change WHERE uuid = 'e'")
                      .fetchone()[0])["street"] == "alt"
    assert mine[0] == "e"
