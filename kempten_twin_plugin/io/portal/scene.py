"""The scene around a project: the ground heights, the ground grid the base map lies on,
and the camera presets "Überblick" and "Straßenblick" (pure Python and numpy)."""

import math
from typing import Callable, Optional, Sequence, Tuple

import numpy as np

Box = Tuple[float, float, float, float]  # minx, miny, maxx, maxy
EYE_HEIGHT = 1.7  # m above the ground: the street view's eye
FACADE_CLEARANCE = 3.0  # m: the street view's eye keeps this far from every wall


class Ground:
    """Ground height (m NHN) from scattered heights (the manhole cover levels): inverse
    distance weighting of the nearest few within ``reach``; ``None`` where none is near."""

    def __init__(self, points: np.ndarray, reach: float = 250.0, neighbours: int = 8):
        self.points = np.asarray(points, float).reshape(-1, 3)
        self.reach = reach
        self.neighbours = neighbours

    def __bool__(self):
        return len(self.points) > 0

    def at(self, x, y) -> np.ndarray:
        """Heights at the points (x, y arrays); NaN where no known height is within reach."""
        x, y = np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))
        if not len(self.points):
            return np.full(len(x), np.nan)
        result = np.empty(len(x))
        for start in range(0, len(x), 2048):  # bounded memory: 2048 × points distances
            dx = x[start:start + 2048, None] - self.points[None, :, 0]
            dy = y[start:start + 2048, None] - self.points[None, :, 1]
            d = np.hypot(dx, dy)
            k = min(self.neighbours, d.shape[1])
            nearest = np.argpartition(d, k - 1, axis=1)[:, :k]
            dn = np.take_along_axis(d, nearest, axis=1)
            zn = self.points[nearest, 2]
            w = np.where(dn <= self.reach, 1.0 / np.maximum(dn, 0.5) ** 2, 0.0)
            total = w.sum(axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                result[start:start + 2048] = np.where(total > 0, (w * zn).sum(axis=1) / total,
                                                      np.nan)
        return result


def ring_centre(ring) -> Tuple[float, float]:
    pts = np.asarray(ring, float)
    return float(pts[:, 0].mean()), float(pts[:, 1].mean())


def inside(point, ring) -> bool:
    x, y = point
    pts = np.asarray(ring, float)
    x1, y1 = pts[:, 0], pts[:, 1]
    x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = ((y1 > y) != (y2 > y)) & (x < x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return bool(np.count_nonzero(crossing) % 2)


def ground_grid(extent: Box, ground_level: Callable, to_gltf: Callable, step: float = 20.0,
                max_cells: int = 48) -> dict:
    """The ground under the base map: a grid of (cols × rows) vertices over ``extent`` at
    the ground height, in the page's coordinates (glTF axes of the local frame); the base
    map image covers the extent exactly (uv = column, row fractions, row 0 south)."""
    minx, miny, maxx, maxy = extent
    cols = int(min(max_cells, max(2, math.ceil((maxx - minx) / step)))) + 1
    rows = int(min(max_cells, max(2, math.ceil((maxy - miny) / step)))) + 1
    gx, gy = np.meshgrid(np.linspace(minx, maxx, cols), np.linspace(miny, maxy, rows))
    heights = ground_level(gx.ravel(), gy.ravel())
    positions = to_gltf(gx.ravel(), gy.ravel(), heights)
    return {"cols": cols, "rows": rows,
            "positions": [round(float(v), 2) for v in np.asarray(positions).ravel()]}


def _edges(rings) -> Tuple[np.ndarray, np.ndarray]:
    """Every edge of the rings as start and end arrays (n, 2)."""
    if not rings:
        return np.zeros((0, 2)), np.zeros((0, 2))
    return (np.concatenate(rings), np.concatenate([np.roll(r, -1, axis=0) for r in rings]))


def _distance(point, ring) -> float:
    """Shortest distance from a point to a ring's edges."""
    a = np.asarray(ring, float)
    b = np.roll(a, -1, axis=0)
    d = b - a
    length2 = np.maximum((d * d).sum(axis=1), 1e-12)
    t = np.clip(((point[0] - a[:, 0]) * d[:, 0] + (point[1] - a[:, 1]) * d[:, 1]) / length2, 0, 1)
    return float(np.min(np.hypot(a[:, 0] + t * d[:, 0] - point[0], a[:, 1] + t * d[:, 1] - point[1])))


def _crosses_any(p, q, starts, ends) -> bool:
    """Whether the segment p–q properly crosses any of the edges."""
    if not len(starts):
        return False
    p, q = np.asarray(p, float), np.asarray(q, float)

    def side(o, u, v):
        return (u[..., 0] - o[..., 0]) * (v[..., 1] - o[..., 1]) - \
            (u[..., 1] - o[..., 1]) * (v[..., 0] - o[..., 0])

    d1, d2 = side(p, q, starts), side(p, q, ends)
    d3, d4 = side(starts, ends, p[None, :]), side(starts, ends, q[None, :])
    return bool(np.any((d1 * d2 < 0) & (d3 * d4 < 0)))


def camera_presets(planned: Sequence[dict], context: Sequence[dict], to_gltf: Callable,
                   ground: float, top: float) -> dict:
    """"Überblick" (from south-south-west, high) and "Straßenblick" (eye height, outside
    every footprint, 3 m from facades, with a free line of sight to the site's centre).
    ``planned``/``context``: dicts with ``outer`` (the outer ring); heights in m NHN."""
    points = np.concatenate([np.asarray(b["outer"], float) for b in planned])
    cx, cy = points.mean(axis=0)
    extent = max(40.0, float(np.linalg.norm(points.max(axis=0) - points.min(axis=0))))

    def at(x, y, h):
        return [round(float(v), 3) for v in to_gltf([x], [y], [h])[0]]

    azimuth = math.radians(200.0)  # the camera stands south-south-west, looking NNE
    distance = 1.3 * extent
    overview = {"label": "Überblick",
                "position": at(cx + distance * math.sin(azimuth), cy + distance * math.cos(azimuth),
                               ground + 0.9 * distance),
                "target": at(cx, cy, (ground + top) / 2.0)}
    outers = [np.asarray(b["outer"], float) for b in list(planned) + list(context)]
    lows = np.array([r.min(axis=0) for r in outers]) - 5.0
    highs = np.array([r.max(axis=0) for r in outers]) + 5.0
    starts, ends = _edges([np.asarray(b["outer"], float) for b in context])
    best: Optional[Tuple[float, float]] = None
    for turn in sorted(range(-180, 180, 4), key=abs):
        for radius in np.arange(0.9 * extent, 2.5 * extent, 3.0):
            a = azimuth + math.radians(turn)
            spot = (cx + radius * math.sin(a), cy + radius * math.cos(a))
            near = np.nonzero((lows[:, 0] <= spot[0]) & (spot[0] <= highs[:, 0])
                              & (lows[:, 1] <= spot[1]) & (spot[1] <= highs[:, 1]))[0]
            if any(inside(spot, outers[i]) for i in near):
                continue
            if any(_distance(spot, outers[i]) < FACADE_CLEARANCE for i in near):
                continue
            if _crosses_any(spot, (cx, cy), starts, ends):
                continue
            best = spot
            break
        if best:
            break
    if best is None:
        best = (cx + 2 * extent * math.sin(azimuth), cy + 2 * extent * math.cos(azimuth))
    street = {"label": "Straßenblick", "position": at(best[0], best[1], ground + EYE_HEIGHT),
              "target": at(cx, cy, ground + min(6.0, (top - ground) / 2.0 + 1.0))}
    return {"ueberblick": overview, "strassenblick": street}
