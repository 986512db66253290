"""Which asset did the user mean? Gullies, manholes and pipes near a clicked point.

Read from the working copy's R-tree indexes, so a click costs the same in a city of
150 000 gullies as in a village.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

from . import geometry as gpkg_geometry

if TYPE_CHECKING:
    import sqlite3

KINDS = ("gully", "manhole", "pipe")
# Two candidates closer to each other's distance than this are both offered.
AMBIGUOUS_M = 2.0
PIPE_HANDICAP_M = 2.5


@dataclass
class Candidate:
    table: str
    uuid: str
    object_code: str
    street: str
    distance: float
    x: float  # the point a defect is put at: the asset's point, or the nearest on the pipe
    y: float


def _segment_nearest(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    x, y = ax + t * dx, ay + t * dy
    return math.hypot(px - x, py - y), x, y


def candidates(db: sqlite3.Connection, x: float, y: float, tolerance: float,
               kinds: Sequence[str] = KINDS) -> List[Candidate]:
    """Assets within ``tolerance`` metres, nearest first (gullies before others at a tie)."""
    found = []
    for rank, table in enumerate(kinds):
        rows = db.execute(
            f'SELECT t.uuid, t.object_code, t.street, t.geom FROM "{table}" t '
            f"JOIN rtree_{table}_geom r ON r.id = t.fid "
            "WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND r.miny <= ?",
            (x - tolerance, x + tolerance, y - tolerance, y + tolerance)).fetchall()
        for uuid, code, street, blob in rows:
            if table == "pipe":
                wkb = gpkg_geometry.wkb_of(bytes(blob))
                points = gpkg_geometry.wkb_points(wkb)  # our own module
                best = min((_segment_nearest(x, y, *a, *b) for a, b in zip(points, points[1:])),
                           default=None)
                if best is None:
                    continue
                distance, px, py = best
            else:
                px, py = gpkg_geometry.point_of(blob)
                distance = math.hypot(px - x, py - y)
            if distance <= tolerance:
                found.append((distance, rank, Candidate(table, uuid, code or "", street or "",
                                                        distance, px, py)))
    found.sort(key=lambda item: (item[0], item[1]))
    return [c for _, _, c in found]


def pick(db: sqlite3.Connection, x: float, y: float,
         tolerance: float) -> Tuple[Optional[Candidate], List[Candidate]]:
    """(chosen, alternatives): one candidate when it is clearly the nearest, else None and
    the close ones to ask the user about. A pipe runs through every manhole and past many
    gullies, so it counts a little farther than it is: a click on a gully's or manhole's
    symbol means that asset, a click on the line away from them means the pipe."""
    near = candidates(db, x, y, tolerance)
    if not near:
        return None, []

    def effective(c):
        return c.distance + (PIPE_HANDICAP_M if c.table == "pipe" else 0.0)

    near.sort(key=effective)
    best = effective(near[0])
    close = [c for c in near if effective(c) - best <= AMBIGUOUS_M]
    if len(close) == 1:
        return close[0], []
    return None, close
