"""What the repair statistics read: the open defects and the history of every defect.

The figures themselves are ``core.defects.statistics``'.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from typing import List, Optional, Sequence, Tuple

from ..core import catalogues as cat
from ..core.defects import statistics
from ..core.defects.statistics import DefectStatistics
from . import geometry as gpkg_geometry
from .defect_steps import LOCAL_EVENT_TABLE


def events_by_defect(db: sqlite3.Connection) -> List[List[statistics.Event]]:
    """For each defect its events (is_local, at, from, to), oldest first."""
    local = {r[0] for r in db.execute(f"SELECT uuid FROM {LOCAL_EVENT_TABLE}")}
    events = defaultdict(list)
    for uuid, defect, at, from_status, to_status in db.execute(
            "SELECT uuid, defect, at, from_status, to_status FROM defect_event ORDER BY at, fid"):
        events[defect].append((uuid in local, at, from_status, to_status))
    return list(events.values())


def repair_times(db: sqlite3.Connection, since: Optional[str] = None,
                 until: Optional[str] = None) -> List[Tuple[str, float]]:
    """(month of repair, days from gemeldet to behoben) for every repair in the history."""
    return statistics.repair_times(events_by_defect(db), since, until)


def compute(db: sqlite3.Connection, districts: Optional[Sequence] = None,
            today: Optional[date] = None, since: Optional[str] = None,
            until: Optional[str] = None) -> DefectStatistics:
    """``districts``: [(name, [polygon rings…]), …] or None (then by street); ``since`` and
    ``until`` ("YYYY-MM", both included) limit the repair-time months."""
    closed = ", ".join(f"'{s}'" for s in cat.CLOSED_STATUSES)
    rows = db.execute(
        "SELECT d.status, d.category, d.due_date, coalesce(g.street, m.street, p.street), "
        "d.geom FROM defect d "
        "LEFT JOIN gully g ON d.asset_table = 'gully' AND g.uuid = d.asset "
        "LEFT JOIN manhole m ON d.asset_table = 'manhole' AND m.uuid = d.asset "
        "LEFT JOIN pipe p ON d.asset_table = 'pipe' AND p.uuid = d.asset "
        f"WHERE d.status NOT IN ({closed})").fetchall()
    points = [gpkg_geometry.point_of(r[4]) for r in rows] if districts else None
    return statistics.summarise([r[:4] for r in rows], repair_times(db, since, until),
                                districts, points, today)
