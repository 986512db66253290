"""The packed R-tree build: a valid SQLite R*Tree that finds exactly what the boxes hold."""

import sqlite3

import numpy
import pytest

from kempten_twin_plugin.store import rtree as gpkg_rtree


@pytest.fixture
def db():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE idx USING rtree(id, minx, maxx, miny, maxy)")
    yield con
    con.close()


def random_boxes(count, seed=1):
    rng = numpy.random.default_rng(seed)
    x = rng.uniform(590_000, 600_000, count)
    y = rng.uniform(5_280_000, 5_290_000, count)
    w, h = rng.uniform(0, 30, count), rng.uniform(0, 30, count)
    return rng.permutation(count) + 1, x, x + w, y, y + h


def window(db, x, y, size):
    return {i for (i,) in db.execute(
        "SELECT id FROM idx WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
        (x, x + size, y, y + size))}


@pytest.mark.parametrize("count", [1, 50, 51, 52, 1_000, 60_000])
def test_packed_tree_is_valid_and_finds_every_box(db, count):
    ids, minx, maxx, miny, maxy = random_boxes(count)
    assert gpkg_rtree.fill_empty_rtree(db, "idx", ids, minx, maxx, miny, maxy) == count
    assert db.execute("SELECT rtreecheck('idx')").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM idx").fetchone() == (count,)
    rng = numpy.random.default_rng(7)
    for x, y in zip(rng.uniform(590_000, 600_000, 25), rng.uniform(5_280_000, 5_290_000, 25)):
        found = window(db, x, y, 300)
        inside = (maxx >= x) & (minx <= x + 300) & (maxy >= y) & (miny <= y + 300)
        # Every box in the window is found; extra hits only within float32 rounding
        # (0.5 m at these northings), as with any SQLite R-tree.
        assert set(ids[inside].tolist()) <= found
        near = (maxx >= x - 1) & (minx <= x + 301) & (maxy >= y - 1) & (miny <= y + 301)
        assert found <= set(ids[near].tolist())


def test_boxes_are_rounded_outwards_never_shrunk():
    values = numpy.array([5_285_000.3, 5_285_000.7, 0.1])
    boxes = gpkg_rtree.rounded_boxes(values, values, values, values)
    assert (boxes[:, 0] <= values).all() and (boxes[:, 2] <= values).all()
    assert (boxes[:, 1] >= values).all() and (boxes[:, 3] >= values).all()


def test_tree_stays_valid_through_later_inserts_and_deletes(db):
    ids, minx, maxx, miny, maxy = random_boxes(5_000)
    gpkg_rtree.fill_empty_rtree(db, "idx", ids, minx, maxx, miny, maxy)
    gone = [(int(i),) for i in ids[:700]]
    db.executemany("DELETE FROM idx WHERE id = ?", gone)
    db.executemany("INSERT INTO idx VALUES (?, ?, ?, ?, ?)",
                   [(100_000 + i, 595_000.0, 595_001.0, 5_285_000.0, 5_285_001.0) for i in range(300)])
    assert db.execute("SELECT rtreecheck('idx')").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM idx").fetchone() == (5_000 - 700 + 300,)
    assert window(db, 594_999, 5_284_999, 3) >= set(range(100_000, 100_300))


def test_a_filled_index_is_refused_and_left_as_it_was(db):
    db.execute("INSERT INTO idx VALUES (1, 0, 1, 0, 1)")
    with pytest.raises(ValueError, match="not empty"):
        gpkg_rtree.fill_empty_rtree(db, "idx", [2], [0.0], [1.0], [0.0], [1.0])
    assert db.execute("SELECT id FROM idx").fetchall() == [(1,)]
