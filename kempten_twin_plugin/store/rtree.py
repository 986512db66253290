"""Build a GeoPackage spatial index (SQLite R*Tree) in one pass, for a table filled in bulk.

Inserting rows into an R-tree one by one costs a search, and often a node split, per
row: for a first download of a city that was the largest single cost. A table that is
filled from empty can instead have its tree packed bottom-up (Sort-Tile-Recursive) and
written straight into the R-tree's three shadow tables, as SQLite's own rtree module
would read them:

* ``<rtree>_node(nodeno, data)``: node 1 is the root; a node is a 4-byte header (tree
  depth, only meaningful in the root; number of cells) followed by cells of an 8-byte
  id and minx, maxx, miny, maxy as 4-byte floats, all big-endian, zero-padded to the
  node size the table was created with;
* ``<rtree>_rowid(rowid, nodeno)``: the leaf that holds each id;
* ``<rtree>_parent(nodeno, parentnode)``: the parent of every node but the root.

Coordinates are stored as 4-byte floats rounded outwards (min down, max up), as the
rtree module does, so that a box never shrinks. The result passes ``rtreecheck()``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence, Union

import numpy

if TYPE_CHECKING:
    import sqlite3

    Values = Union[Sequence[float], numpy.ndarray]

_HEADER = 4
_CELL = 8 + 4 * 4  # id + four float32 coordinates
_CELL_DTYPE = numpy.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def node_size(db: sqlite3.Connection, rtree: str) -> int:
    """The node size the R-tree was created with: the size of its root node's blob."""
    row = db.execute(f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1').fetchone()
    if row is None:
        raise ValueError(f"{rtree} has no root node; is it an R-tree?")
    return row[0]


def rounded_boxes(minx: Values, maxx: Values, miny: Values, maxy: Values) -> numpy.ndarray:
    """float64 envelopes as float32 boxes that contain them (min rounded down, max up)."""
    columns = []
    for values, towards in ((minx, -numpy.inf), (maxx, numpy.inf),
                            (miny, -numpy.inf), (maxy, numpy.inf)):
        values = numpy.asarray(values, dtype=numpy.float64)
        single = values.astype(numpy.float32)
        outside = single < values if towards > 0 else single > values
        single[outside] = numpy.nextafter(single[outside], numpy.float32(towards))
        columns.append(single)
    return numpy.column_stack(columns)


def _tiles(centre_x, centre_y, capacity):
    """Sort-Tile-Recursive: groups of indexes, each at most ``capacity`` long and about
    equally full, of entries that lie close together."""
    count = len(centre_x)
    groups = math.ceil(count / capacity)
    slices = math.ceil(math.sqrt(groups))
    by_x = numpy.argsort(centre_x, kind="stable")
    result = []
    for vertical in numpy.array_split(by_x, slices):
        by_y = vertical[numpy.argsort(centre_y[vertical], kind="stable")]
        result.extend(numpy.array_split(by_y, math.ceil(len(by_y) / capacity)))
    return result


def fill_empty_rtree(db: sqlite3.Connection, rtree: str, ids: Union[Sequence[int], numpy.ndarray],
                     minx: Values, maxx: Values, miny: Values, maxy: Values) -> int:
    """Write the R-tree ``rtree`` (empty) for entries ``ids`` with the given envelopes.

    ``db`` is an sqlite3 connection inside the caller's transaction. Returns the number of
    entries indexed.
    """
    ids = numpy.asarray(ids, dtype=numpy.int64)
    if len(ids) == 0:
        return 0
    if db.execute(f'SELECT 1 FROM "{rtree}_rowid" LIMIT 1').fetchone() is not None:
        raise ValueError(f"{rtree} is not empty; a packed build replaces only an empty index")
    size = node_size(db, rtree)
    capacity = (size - _HEADER) // _CELL
    boxes = rounded_boxes(minx, maxx, miny, maxy)

    # Level by level from the leaves up: each level's nodes become the entries of the next.
    levels = []  # per level: list of (cells: structured array, member indexes)
    entry_ids, entry_boxes = ids, boxes
    while True:
        cx = (entry_boxes[:, 0].astype(numpy.float64) + entry_boxes[:, 1]) / 2
        cy = (entry_boxes[:, 2].astype(numpy.float64) + entry_boxes[:, 3]) / 2
        groups = _tiles(cx, cy, capacity) if len(entry_ids) > capacity else [
            numpy.arange(len(entry_ids))]
        del cx, cy
        levels.append((entry_ids, entry_boxes, groups))
        if len(groups) == 1:
            break
        # Node numbers are given once all levels are known; meanwhile a node is named by
        # its position in its level, and its box is the union of its members' boxes.
        entry_ids = numpy.arange(len(groups), dtype=numpy.int64)
        entry_boxes = numpy.array([
            (entry_boxes[g, 0].min(), entry_boxes[g, 1].max(),
             entry_boxes[g, 2].min(), entry_boxes[g, 3].max()) for g in groups],
            dtype=numpy.float32)

    # Number nodes from the root down: root 1, then each level below in order.
    depth = len(levels) - 1
    first_number = {}
    number = 1
    for level in range(depth, -1, -1):
        first_number[level] = number
        number += len(levels[level][2])

    leaf_of = numpy.empty(len(ids), dtype=numpy.int64)  # the leaf of each entry, by position
    parents = []

    def node_blobs():
        """Each node's blob as it is written: the tree is never held in memory whole."""
        for level, (member_ids, member_boxes, groups) in enumerate(levels):
            base = first_number[level]
            for position, group in enumerate(groups):
                nodeno = base + position
                cells = numpy.empty(len(group), dtype=_CELL_DTYPE)
                if level == 0:
                    cells["id"] = member_ids[group]
                    leaf_of[group] = nodeno
                else:
                    # Members of an inner node are nodes of the level below.
                    cells["id"] = first_number[level - 1] + member_ids[group]
                    parents.extend((int(child), nodeno) for child in cells["id"])
                cells["box"] = member_boxes[group]
                header = (depth if level == depth else 0).to_bytes(2, "big") + \
                    len(group).to_bytes(2, "big")
                blob = header + cells.tobytes()
                yield nodeno, blob + bytes(size - len(blob))

    db.execute(f'DELETE FROM "{rtree}_node"')
    db.executemany(f'INSERT INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', node_blobs())
    db.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)', parents)
    levels.clear()
    # In rowid order (appends to the b-tree), in slices: a list of Python ints costs 36
    # bytes an entry, the table's would be large.
    rowids, leaves = ids, leaf_of
    if len(ids) > 1 and not bool(numpy.all(ids[1:] > ids[:-1])):
        order = numpy.argsort(ids, kind="stable")
        rowids, leaves = ids[order], leaf_of[order]
        del order
    for start in range(0, len(rowids), 65536):
        db.executemany(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)',
                       zip(rowids[start:start + 65536].tolist(),
                           leaves[start:start + 65536].tolist()))
    return len(ids)
