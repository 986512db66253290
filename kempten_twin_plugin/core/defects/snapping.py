"""Nearest asset within a tolerance, for thousands of points at once.

A k-d tree (scipy's cKDTree, where QGIS carries scipy) or else a uniform grid of cells
one tolerance wide; both give the same answer as the naive scan over every asset (see
tests and benchmarks/bench_defects.py).

Pure: the points come as plain columns (``store.defects.nearest_index`` reads a table's).
"""

from __future__ import annotations

from typing import Sequence, Tuple, Union

import numpy as np

try:
    from scipy.spatial import cKDTree
except ImportError:  # a QGIS without scipy: the grid does the same, a little slower
    cKDTree = None  # noqa: N816 (scipy's name)


class NearestIndex:
    """Points (uuid, x, y); ``nearest(xs, ys, tolerance)`` → (index or -1, distance)."""

    def __init__(self, uuids: Sequence[str], xs: Sequence[float], ys: Sequence[float],
                 use_tree: bool = True) -> None:
        self.uuids = list(uuids)
        self.xy = np.column_stack([np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)])
        self._tree = cKDTree(self.xy) if (use_tree and cKDTree is not None and len(self.uuids)) \
            else None
        self._grid = {}
        self._cell = None

    def __len__(self) -> int:
        return len(self.uuids)

    def nearest(self, xs: Union[float, Sequence[float], np.ndarray],
                ys: Union[float, Sequence[float], np.ndarray], tolerance: float,
                k: int = 1) -> Tuple[np.ndarray, np.ndarray]:
        """Indexes (-1 = none within tolerance) and distances, shape (n,) or (n, k)."""
        q = np.column_stack([np.atleast_1d(np.asarray(xs, dtype=float)),
                             np.atleast_1d(np.asarray(ys, dtype=float))])
        if not len(self.uuids):
            shape = (len(q),) if k == 1 else (len(q), k)
            return np.full(shape, -1), np.full(shape, np.inf)
        if self._tree is not None:
            dist, idx = self._tree.query(q, k=k, distance_upper_bound=tolerance)
            idx = np.where(np.isfinite(dist), idx, -1)
            return idx, dist
        return self._grid_nearest(q, tolerance, k)

    def _grid_nearest(self, q, tolerance, k):
        if not np.isfinite(tolerance):  # "nearest at any distance": one scan per point
            idx = np.full((len(q), k), -1)
            dist = np.full((len(q), k), np.inf)
            for n, (x, y) in enumerate(q):
                d = np.hypot(self.xy[:, 0] - x, self.xy[:, 1] - y)
                order = np.argsort(d)[:k]
                idx[n, :len(order)], dist[n, :len(order)] = order, d[order]
            return (idx[:, 0], dist[:, 0]) if k == 1 else (idx, dist)
        if self._cell != tolerance:
            self._cell = float(tolerance)
            keys = np.floor(self.xy / self._cell).astype(np.int64)
            self._grid = {}
            for i, key in enumerate(map(tuple, keys)):
                self._grid.setdefault(key, []).append(i)
        idx = np.full((len(q), k), -1)
        dist = np.full((len(q), k), np.inf)
        for n, (x, y) in enumerate(q):
            cx, cy = int(np.floor(x / self._cell)), int(np.floor(y / self._cell))
            near = [i for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    for i in self._grid.get((cx + dx, cy + dy), ())]
            if not near:
                continue
            d = np.hypot(self.xy[near, 0] - x, self.xy[near, 1] - y)
            order = np.argsort(d, kind="stable")[:k]
            keep = d[order] <= tolerance
            idx[n, :keep.sum()] = np.asarray(near)[order][keep]
            dist[n, :keep.sum()] = d[order][keep]
        return (idx[:, 0], dist[:, 0]) if k == 1 else (idx, dist)


def naive_nearest(xy: np.ndarray, x: float, y: float, tolerance: float) -> Tuple[int, float]:
    """The comparator: one pass over every asset for one point."""
    d = np.hypot(xy[:, 0] - x, xy[:, 1] - y)
    i = int(np.argmin(d))
    return (i, float(d[i])) if d[i] <= tolerance else (-1, np.inf)
