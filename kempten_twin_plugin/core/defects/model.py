"""All defects of a working copy as numpy columns, filtered and sorted without SQL.

A filter change in the list dock must feel instant at city scale (100 000 defects, see
benchmarks/bench_defects.py): the rows are read once (``store.defect_list.load``), and
every filter is a vectorised mask over integer codes (status, category, source, street)
and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .. import catalogues as cat

SORT_KEYS = ("defect_number", "status", "category", "severity", "street", "reported_at",
             "due_date", "source", "asset_code", "assigned_to")


@dataclass
class DefectFilter:
    statuses: Optional[Sequence[str]] = None  # None = all
    categories: Optional[Sequence[str]] = None
    severities: Optional[Sequence[int]] = None
    sources: Optional[Sequence[str]] = None
    street: str = ""  # part of the street name, case-insensitive
    extent: Optional[Tuple[float, float, float, float]] = None  # xmin, ymin, xmax, ymax
    polygons: Optional[Sequence] = None  # list of polygons, each a list of rings [(x, y), …]
    overdue_only: bool = False
    open_only: bool = False
    today: Optional[date] = None
    sort_key: str = "reported_at"
    descending: bool = True
    numbers: Optional[Sequence[str]] = field(default=None)  # exact defect numbers


def _codes(values, vocabulary):
    lookup = {v: i for i, v in enumerate(vocabulary)}
    return np.fromiter((lookup.get(v, -1) for v in values), dtype=np.int16, count=len(values))


def points_in_polygon(xs: np.ndarray, ys: np.ndarray, rings: Sequence) -> np.ndarray:
    """Even-odd rule over all rings (holes included), vectorised over the points."""
    inside = np.zeros(len(xs), dtype=bool)
    for ring in rings:
        ring = np.asarray(ring, dtype=float)
        if len(ring) < 3:
            continue
        x1, y1 = ring[:, 0], ring[:, 1]
        x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
        for ax, ay, bx, by in zip(x1, y1, x2, y2):
            if ay == by:
                continue
            crosses = (ay > ys) != (by > ys)
            x_at = ax + (ys - ay) * (bx - ax) / (by - ay)
            inside ^= crosses & (xs < x_at)
    return inside


class DefectTable:
    """Columns of every defect; ``select(filter)`` gives row positions in display order."""

    COLUMNS = ("uuid", "defect_number", "asset_table", "asset", "asset_code", "category",
               "severity", "status", "description", "reported_at", "reported_by", "source",
               "external_id", "assigned_to", "due_date", "street")

    def __init__(self, rows: Dict[str, List], xs: Sequence[float], ys: Sequence[float]) -> None:
        self.rows = rows  # dict column name → list of values (``COLUMNS``)
        self.x = np.asarray(xs, dtype=float)
        self.y = np.asarray(ys, dtype=float)
        n = len(self.x)
        self.size = n
        self.status_code = _codes(rows["status"], cat.DEFECT_STATUSES)
        self.category_code = _codes(rows["category"], cat.DEFECT_CATEGORIES)
        self.source_code = _codes(rows["source"], cat.DEFECT_SOURCES)
        self.severity = np.asarray([s or 0 for s in rows["severity"]], dtype=np.int8)
        self.streets = sorted({s or "" for s in rows["street"]})
        self.street_code = _codes([s or "" for s in rows["street"]], self.streets)
        self.due = np.asarray([d or "" for d in rows["due_date"]], dtype="U10")
        self.reported = np.asarray([d or "" for d in rows["reported_at"]], dtype="U24")
        self.numbers = np.asarray(rows["defect_number"], dtype=object)
        closed = [cat.DEFECT_STATUSES.index(s) for s in cat.CLOSED_STATUSES]
        self.is_open = ~np.isin(self.status_code, closed)
        self._order_cache = {}
        self.index_of = {u: i for i, u in enumerate(rows["uuid"])}
        assert all(len(v) == n for v in rows.values())

    def value(self, column: str, position: int) -> Any:
        return self.rows[column][position]

    def overdue_mask(self, today: Optional[date] = None) -> np.ndarray:
        today = (today or date.today()).isoformat()
        return self.is_open & (self.due != "") & (self.due < today)

    def _order(self, key):
        """Row positions sorted ascending by ``key``; computed once per key."""
        if key not in self._order_cache:
            if key == "severity":
                values = self.severity
            elif key == "status":
                values = self.status_code
            elif key == "category":
                values = self.category_code
            elif key == "source":
                values = self.source_code
            elif key == "street":
                values = self.street_code
            elif key == "due_date":
                values = self.due
            elif key == "reported_at":
                values = self.reported
            else:
                values = np.asarray([str(v or "") for v in self.rows[key]])
            self._order_cache[key] = np.argsort(values, kind="stable")
        return self._order_cache[key]

    def mask(self, f: DefectFilter) -> np.ndarray:
        m = np.ones(self.size, dtype=bool)
        if f.statuses is not None:
            m &= np.isin(self.status_code, [cat.DEFECT_STATUSES.index(s) for s in f.statuses])
        if f.categories is not None:
            m &= np.isin(self.category_code,
                         [cat.DEFECT_CATEGORIES.index(c) for c in f.categories])
        if f.severities is not None:
            m &= np.isin(self.severity, list(f.severities))
        if f.sources is not None:
            m &= np.isin(self.source_code, [cat.DEFECT_SOURCES.index(s) for s in f.sources])
        if f.street.strip():
            needle = f.street.strip().lower()
            matching = [i for i, s in enumerate(self.streets) if needle in s.lower()]
            m &= np.isin(self.street_code, matching)
        if f.open_only:
            m &= self.is_open
        if f.overdue_only:
            m &= self.overdue_mask(f.today)
        if f.extent is not None:
            xmin, ymin, xmax, ymax = f.extent
            m &= (self.x >= xmin) & (self.x <= xmax) & (self.y >= ymin) & (self.y <= ymax)
        if f.polygons is not None:
            inside = np.zeros(self.size, dtype=bool)
            for rings in f.polygons:
                xs = np.concatenate([np.asarray(r, dtype=float)[:, 0] for r in rings])
                ys = np.concatenate([np.asarray(r, dtype=float)[:, 1] for r in rings])
                box = m & ~inside & (self.x >= xs.min()) & (self.x <= xs.max()) & \
                    (self.y >= ys.min()) & (self.y <= ys.max())
                candidates = np.flatnonzero(box)
                inside[candidates] = points_in_polygon(self.x[candidates], self.y[candidates],
                                                       rings)
            m &= inside
        if f.numbers is not None:
            m &= np.isin(self.numbers, list(f.numbers))
        return m

    def select(self, f: DefectFilter) -> np.ndarray:
        """Positions of the rows ``f`` lets through, sorted by ``f.sort_key``."""
        order = self._order(f.sort_key if f.sort_key in SORT_KEYS else "reported_at")
        if f.descending:
            order = order[::-1]
        return order[self.mask(f)[order]]
