"""Conflict check: planned buildings against the sewer network's protection strips.

A building conflicts with a pipe when its footprint comes within the protection strip
of the pipe's axis (the strip width by DN from a table the city sets; the default below
is ours, DN ≤ 300: 1.5 m, ≤ 800: 2.5 m, larger: 3 m each side of the axis), with a
manhole when it comes within the manhole strip of the shaft's centre (default 2 m), and
with a lateral or a street gully when that lies under the footprint. A building exactly
on the strip's edge counts as a conflict (like PostGIS ``ST_DWithin``).

Fast at city scale without PostGIS: the GeoPackage's own R-tree indexes (GDAL made them)
select, in one SQL join, the network objects whose boxes touch each building's box grown
by the widest strip (``store.planning.conflict_inputs``, with ``search_boxes`` and
``search_margin`` from here); the exact distances of those few candidates are then
computed here for all pairs at once with numpy (segment to segment, and point in polygon
for "inside"). ``store.planning.check_conflicts`` does both for a working copy.

Pure: plain rows and numpy coordinate arrays in, ``Conflict`` rows out.
- a footprint: ``(building uuid, project uuid, rings)``, rings a list of (n, 2) arrays;
- a candidate: ``(footprint index, asset uuid, object code, size (DN) or None, parts)``,
  parts a list of (n, 2) arrays (a point is one row, a line its vertices).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np

Rings = List[np.ndarray]
Footprint = Tuple[str, Optional[str], Rings]
Candidate = Tuple[int, str, Optional[str], Optional[float], List[np.ndarray]]
Box = Tuple[int, float, float, float, float]  # footprint index, minx, maxx, miny, maxy

# (largest DN in mm, strip in m each side of the axis); the last row has no upper bound.
DEFAULT_STRIPS = ((300, 1.5), (800, 2.5), (None, 3.0))
DEFAULT_MANHOLE_STRIP = 2.0
TOLERANCE = 1e-6  # metres: "exactly on the edge" survives floating point

SEVERITY_OVER = "hoch"  # built over (or under) a pipe or manhole
SEVERITY_STRIP = "mittel"  # inside a protection strip
SEVERITY_UNDER = "niedrig"  # a lateral or gully under the footprint: to be moved


@dataclass
class StripTable:
    strips: tuple = DEFAULT_STRIPS
    manhole: float = DEFAULT_MANHOLE_STRIP

    @classmethod
    def from_json(cls, text: Optional[str]) -> StripTable:
        """From the settings' JSON: {"strips": [[300, 1.5], …, [null, 3]], "manhole": 2}."""
        if not text:
            return cls()
        data = json.loads(text)
        strips = tuple((None if dn is None else int(dn), float(m)) for dn, m in data["strips"])
        if not strips or strips[-1][0] is not None:
            raise ValueError("the last strip row needs an empty DN (for all larger pipes)")
        if any(m < 0 for _dn, m in strips) or float(data.get("manhole", 0)) < 0:
            raise ValueError("strip widths cannot be negative")
        return cls(strips, float(data.get("manhole", DEFAULT_MANHOLE_STRIP)))

    def to_json(self) -> str:
        return json.dumps({"strips": [list(s) for s in self.strips], "manhole": self.manhole})

    def for_dn(self, dn: Optional[float]) -> float:
        for limit, metres in self.strips:
            if limit is None or (dn is not None and dn <= limit):
                return metres
        return self.strips[-1][1]

    def widths(self, dns: Union[Sequence[Optional[float]], np.ndarray]) -> np.ndarray:
        """Strip widths for an array of DNs (NaN = unknown DN: the widest strip)."""
        dns = np.asarray(dns, dtype=float)
        result = np.full(dns.shape, self.strips[-1][1])
        for limit, metres in reversed(self.strips[:-1]):
            result = np.where(dns <= limit, metres, result)
        return result

    @property
    def widest(self) -> float:
        return max([m for _dn, m in self.strips] + [self.manhole])


@dataclass
class Conflict:
    building: str
    project: str
    asset_table: str
    asset: str
    object_code: str
    dn: object
    distance: float
    required: float
    severity: str
    x: float
    y: float


# (table, size column, strip kind) — what is checked, and how.
CHECKS = (
    ("pipe", "width_mm", "pipe"),
    ("manhole", None, "manhole"),
    ("lateral", "width_mm", "under"),
    ("gully", None, "under"),
)


def search_margin(kind: str, strips: StripTable) -> float:
    """How far around a building's box the candidates of a check ``kind`` are looked for."""
    margin = 0.0 if kind == "under" else (strips.manhole if kind == "manhole" else strips.widest)
    return margin + TOLERANCE


def search_boxes(buildings: Sequence[Footprint], margin: float) -> List[Box]:
    """Each footprint's box grown by ``margin``: (index, minx, maxx, miny, maxy)."""
    boxes = []
    for index, (_uuid, _project, rings) in enumerate(buildings):
        points = np.vstack(rings)
        boxes.append((index, float(points[:, 0].min()) - margin, float(points[:, 0].max()) + margin,
                      float(points[:, 1].min()) - margin, float(points[:, 1].max()) + margin))
    return boxes


def _edges(buildings):
    """All ring edges of all buildings: (x1, y1, x2, y2) rows, with start and count per building."""
    chunks, starts, counts = [], [], []
    position = 0
    for _uuid, _project, rings in buildings:
        n = 0
        for ring in rings:
            if len(ring) >= 2:
                chunks.append(np.hstack([ring[:-1], ring[1:]]))
                n += len(ring) - 1
        starts.append(position)
        counts.append(n)
        position += n
    edges = np.vstack(chunks) if chunks else np.zeros((0, 4))
    return edges, np.array(starts, dtype=np.int64), np.array(counts, dtype=np.int64)


def _point_segment(px, py, x1, y1, x2, y2):
    """Distance from points to segments and the closest points on the segments."""
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, ((px - x1) * dx + (py - y1) * dy) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    cx, cy = x1 + t * dx, y1 + t * dy
    return np.hypot(px - cx, py - cy), cx, cy


def _cross(ax, ay, bx, by):
    return ax * by - ay * bx


def pair_distances(edges: np.ndarray, edge_start: np.ndarray, edge_count: np.ndarray,
                   segments: np.ndarray, segment_pair: np.ndarray, pair_building: np.ndarray,
                   n_pairs: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Minimum distance per pair (building footprint ↔ asset geometry) and a spot on the asset.

    ``segments``: (S, 4) asset segments (a point is a segment of length 0), each belonging to
    pair ``segment_pair``; ``pair_building``: the building of each pair."""
    if n_pairs == 0:
        return np.zeros(0), np.zeros(0), np.zeros(0)
    building_of_segment = pair_building[segment_pair]
    per_segment = edge_count[building_of_segment]
    total = int(per_segment.sum())
    seg = np.repeat(np.arange(len(segments)), per_segment)
    offsets = np.repeat(np.cumsum(per_segment) - per_segment, per_segment)
    edge = edge_start[building_of_segment][seg] + (np.arange(total) - offsets)
    ax1, ay1, ax2, ay2 = (segments[seg, i] for i in range(4))
    bx1, by1, bx2, by2 = (edges[edge, i] for i in range(4))

    # The four endpoint-to-segment distances; the smallest is the segments' distance
    # unless they cross.
    d1, c1x, c1y = _point_segment(bx1, by1, ax1, ay1, ax2, ay2)  # building vertex → asset
    d2, c2x, c2y = _point_segment(bx2, by2, ax1, ay1, ax2, ay2)
    d3, _, _ = _point_segment(ax1, ay1, bx1, by1, bx2, by2)  # asset end → building edge
    d4, _, _ = _point_segment(ax2, ay2, bx1, by1, bx2, by2)
    stack = np.vstack([d1, d2, d3, d4])
    which = stack.argmin(axis=0)
    distance = stack[which, np.arange(total)]
    spot_x = np.choose(which, [c1x, c2x, ax1, ax2])
    spot_y = np.choose(which, [c1y, c2y, ay1, ay2])

    # Proper crossings (distance 0) with the crossing point as the spot.
    rx, ry = ax2 - ax1, ay2 - ay1
    sx, sy = bx2 - bx1, by2 - by1
    denominator = _cross(rx, ry, sx, sy)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = _cross(bx1 - ax1, by1 - ay1, sx, sy) / denominator
        u = _cross(bx1 - ax1, by1 - ay1, rx, ry) / denominator
        crossing = (denominator != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
        distance = np.where(crossing, 0.0, distance)
        spot_x = np.where(crossing, ax1 + t * rx, spot_x)
        spot_y = np.where(crossing, ay1 + t * ry, spot_y)

    # Point in polygon (ray casting over all rings: holes count) for each segment's start.
    straddles = (by1 > ay1) != (by2 > ay1)
    with np.errstate(invalid="ignore", divide="ignore"):
        x_at = bx1 + (ay1 - by1) * (bx2 - bx1) / (by2 - by1)
    hits = straddles & (ax1 < x_at)
    inside_segment = np.bincount(seg, weights=hits, minlength=len(segments)) % 2 == 1

    # The best row per pair.
    pair_of_row = segment_pair[seg]
    order = np.lexsort((distance, pair_of_row))
    first = np.ones(total, dtype=bool)
    first[1:] = pair_of_row[order][1:] != pair_of_row[order][:-1]
    best = order[first]
    result = np.full(n_pairs, np.inf)
    result[pair_of_row[best]] = distance[best]
    rx_out = np.zeros(n_pairs)
    ry_out = np.zeros(n_pairs)
    rx_out[pair_of_row[best]] = spot_x[best]
    ry_out[pair_of_row[best]] = spot_y[best]
    inside_pair = np.bincount(segment_pair, weights=inside_segment, minlength=n_pairs) > 0
    result[inside_pair] = 0.0
    rx_out[inside_pair] = segments[np.searchsorted(segment_pair, np.nonzero(inside_pair)[0]), 0]
    ry_out[inside_pair] = segments[np.searchsorted(segment_pair, np.nonzero(inside_pair)[0]), 1]
    return result, rx_out, ry_out


def _segments_of(candidates):
    """Asset segments of the candidate rows, grouped by pair (row) in order."""
    chunks, pair_ids = [], []
    for index, row in enumerate(candidates):
        for line in row[4]:
            if len(line) == 1:
                chunks.append(np.hstack([line, line]))
            else:
                chunks.append(np.hstack([line[:-1], line[1:]]))
            pair_ids.append(np.full(len(chunks[-1]), index))
    if not chunks:
        return np.zeros((0, 4)), np.zeros(0, dtype=np.int64)
    return np.vstack(chunks), np.concatenate(pair_ids).astype(np.int64)


def find_conflicts(buildings: Sequence[Footprint], candidates: Dict[str, Sequence[Candidate]],
                   strips: Optional[StripTable] = None,
                   is_canceled: Optional[Callable[[], bool]] = None) -> List[Conflict]:
    """All conflicts of the footprints ``buildings`` with the ``candidates`` of each checked
    table (``CHECKS``; a table missing from the dict has none).

    Returns a list of ``Conflict``, most severe and closest first."""
    strips = strips or StripTable()
    if not buildings:
        return []
    edges, edge_start, edge_count = _edges(buildings)
    conflicts = []
    for table, _size_column, kind in CHECKS:
        if is_canceled is not None and is_canceled():
            raise InterruptedError("cancelled")
        found = candidates.get(table) or []
        if not found:
            continue
        segments, segment_pair = _segments_of(found)
        pair_building = np.array([c[0] for c in found], dtype=np.int64)
        distance, spot_x, spot_y = pair_distances(edges, edge_start, edge_count, segments,
                                                  segment_pair, pair_building, len(found))
        if kind == "pipe":
            sizes = np.array([np.nan if c[3] is None else c[3] for c in found], float)
            required = strips.widths(sizes)
        elif kind == "manhole":
            required = np.full(len(found), strips.manhole)
        else:
            required = np.zeros(len(found))
        hit = distance <= required + TOLERANCE
        for i in np.nonzero(hit)[0]:
            b_uuid, b_project, _rings = buildings[found[i][0]]
            if kind == "under":
                severity = SEVERITY_UNDER
            else:
                severity = SEVERITY_OVER if distance[i] <= TOLERANCE else SEVERITY_STRIP
            conflicts.append(Conflict(
                building=b_uuid, project=b_project, asset_table=table,
                asset=found[i][1], object_code=found[i][2],
                dn=found[i][3], distance=round(float(distance[i]), 3),
                required=float(required[i]), severity=severity,
                x=float(spot_x[i]), y=float(spot_y[i])))
    rank = {SEVERITY_OVER: 0, SEVERITY_STRIP: 1, SEVERITY_UNDER: 2}
    conflicts.sort(key=lambda c: (rank[c.severity], c.distance, c.object_code or ""))
    return conflicts
