"""The scene around a project: the ground heights, the ground grid the base map lies on,
and the camera presets "Überblick" and "Straßenblick" (pure Python and numpy)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Callable, Optional, Sequence, Tuple, Union

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import ArrayLike

Box = Tuple[float, float, float, float]  # minx, miny, maxx, maxy
EYE_HEIGHT = 1.7  # m above the ground: the street view's eye
FACADE_CLEARANCE = 3.0  # m: the street view's eye keeps this far from every wall


class Ground:
    """Ground height (m NHN) from scattered heights (the manhole cover levels): inverse
    distance weighting of the nearest few within ``reach``; NaN where none is near. The
    known points are binned in cells of ``reach``, so a query looks at its 3 × 3 cells."""

    def __init__(self, points: np.ndarray, reach: float = 250.0, neighbours: int = 8) -> None:
        self.points = np.asarray(points, float).reshape(-1, 3)
        self.reach = reach
        self.neighbours = neighbours
        self.cells = {}
        if len(self.points):
            keys = np.floor(self.points[:, :2] / reach).astype(np.int64)
            order = np.lexsort((keys[:, 1], keys[:, 0]))
            keys, sorted_points = keys[order], self.points[order]
            breaks = np.nonzero(np.any(np.diff(keys, axis=0) != 0, axis=1))[0] + 1
            for chunk_keys, chunk in zip(np.split(keys, breaks), np.split(sorted_points, breaks)):
                self.cells[(int(chunk_keys[0, 0]), int(chunk_keys[0, 1]))] = chunk

    def __bool__(self) -> bool:
        return len(self.points) > 0

    def at(self, x: ArrayLike, y: ArrayLike) -> np.ndarray:
        """Heights at the points (x, y arrays); NaN where no known height is within reach."""
        x, y = np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))
        result = np.full(len(x), np.nan)
        if not self.cells:
            return result
        keys = np.floor(np.column_stack([x, y]) / self.reach).astype(np.int64)
        for key in {(int(i), int(j)) for i, j in keys}:
            near = [self.cells[(key[0] + di, key[1] + dj)] for di in (-1, 0, 1) for dj in (-1, 0, 1)
                    if (key[0] + di, key[1] + dj) in self.cells]
            if not near:
                continue
            known = np.concatenate(near)
            mine = np.nonzero((keys[:, 0] == key[0]) & (keys[:, 1] == key[1]))[0]
            d = np.hypot(x[mine, None] - known[None, :, 0], y[mine, None] - known[None, :, 1])
            k = min(self.neighbours, d.shape[1])
            nearest = np.argpartition(d, k - 1, axis=1)[:, :k]
            dn = np.take_along_axis(d, nearest, axis=1)
            w = np.where(dn <= self.reach, 1.0 / np.maximum(dn, 0.5) ** 2, 0.0)
            total = w.sum(axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                result[mine] = np.where(total > 0, (w * known[nearest, 2]).sum(axis=1) / total,
                                        np.nan)
        return result


def ring_centre(ring: np.ndarray) -> Tuple[float, float]:
    """The mean of a ring's vertices (its closing point counted twice: close enough)."""
    return float(ring[:, 0].sum()) / len(ring), float(ring[:, 1].sum()) / len(ring)


def inside(point: Tuple[float, float], ring: Union[np.ndarray, Sequence[Sequence[float]]]) -> bool:
    """Whether the point lies inside the ring (even-odd)."""
    x, y = point
    pts = [(float(p[0]), float(p[1])) for p in ring]
    result = False
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


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


class _Occupancy:
    """Footprints rasterised at 1 m around a point: where a camera may stand and what an
    eye there sees, asked for thousands of spots at once."""

    CELL = 1.0

    def __init__(self, centre, reach, polygons, grow=0.0):
        from .basemap import fill_polygons

        self.x0, self.y1 = centre[0] - reach, centre[1] + reach
        side = int(math.ceil(2 * reach / self.CELL)) + 1
        self.mask = np.zeros((side, side), bool)
        fill_polygons(self.mask, polygons, True, (self.x0, self.y1), self.CELL)
        cells = int(math.ceil(grow / self.CELL))
        for axis in (0, 1) if cells else ():  # grown by ``grow``: a square around each cell
            grown = self.mask.copy()
            for shift in range(1, cells + 1):
                grown |= np.roll(self.mask, shift, axis=axis) | np.roll(self.mask, -shift, axis=axis)
            self.mask = grown

    def at(self, x, y) -> np.ndarray:
        cols = np.floor((np.asarray(x) - self.x0) / self.CELL).astype(np.int64)
        rows = np.floor((self.y1 - np.asarray(y)) / self.CELL).astype(np.int64)
        side = self.mask.shape[0]
        outside = (cols < 0) | (rows < 0) | (cols >= side) | (rows >= side)
        return np.where(outside, False, self.mask[np.clip(rows, 0, side - 1),
                                                  np.clip(cols, 0, side - 1)])


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
    reach = 2.5 * extent + 10.0  # the farthest spot tried
    planned_rings = [[np.asarray(b["outer"], float)] for b in planned]
    context_rings = [[np.asarray(b["outer"], float)] for b in context]
    standing = _Occupancy((cx, cy), reach, planned_rings + context_rings, grow=FACADE_CLEARANCE)
    walls = _Occupancy((cx, cy), reach, context_rings)
    # every spot tried, in the order of preference: nearest the preferred direction first,
    # then nearest the site
    turns = np.radians(np.array(sorted(range(-180, 180, 4), key=abs), float))
    radii = np.arange(0.9 * extent, 2.5 * extent, 3.0)
    angle = (azimuth + turns)[:, None] + np.zeros(len(radii))[None, :]
    sx = (cx + radii[None, :] * np.sin(angle)).ravel()
    sy = (cy + radii[None, :] * np.cos(angle)).ravel()
    free = ~standing.at(sx, sy)
    # a free line of sight to the site's centre: no existing building on it (the free
    # spots in order of preference, a few hundred at a time, until one sees the site)
    steps = np.linspace(0.0, 1.0, int(math.ceil(reach / walls.CELL)) + 1)[None, :]
    best: Optional[Tuple[float, float]] = None
    candidates = np.nonzero(free)[0]
    for first in range(0, len(candidates), 256):
        chunk = candidates[first:first + 256]
        lx = sx[chunk, None] + steps * (cx - sx[chunk, None])
        ly = sy[chunk, None] + steps * (cy - sy[chunk, None])
        seen = np.nonzero(~walls.at(lx, ly).any(axis=1))[0]
        if len(seen):
            best = (float(sx[chunk[seen[0]]]), float(sy[chunk[seen[0]]]))
            break
    if best is None:
        best = (cx + 2 * extent * math.sin(azimuth), cy + 2 * extent * math.cos(azimuth))
    street = {"label": "Straßenblick", "position": at(best[0], best[1], ground + EYE_HEIGHT),
              "target": at(cx, cy, ground + min(6.0, (top - ground) / 2.0 + 1.0))}
    return {"ueberblick": overview, "strassenblick": street}
