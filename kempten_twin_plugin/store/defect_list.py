"""The defect list's reading: every defect of a working copy once, as the columns of
``core.defects.model.DefectTable`` (filtering and sorting happen there, without SQL)."""

from __future__ import annotations

import sqlite3
from typing import Optional

import numpy as np

from ..core.defects.model import DefectTable
from . import defects as store
from . import geometry as gpkg_geometry

_SELECT = """
    SELECT d.uuid, d.defect_number, d.asset_table, d.asset,
           coalesce(g.object_code, m.object_code, p.object_code),
           d.category, d.severity, d.status, d.description, d.reported_at,
           d.reported_by, d.source, d.external_id, d.assigned_to, d.due_date,
           coalesce(g.street, m.street, p.street), d.geom
      FROM defect d
      LEFT JOIN gully g ON d.asset_table = 'gully' AND g.uuid = d.asset
      LEFT JOIN manhole m ON d.asset_table = 'manhole' AND m.uuid = d.asset
      LEFT JOIN pipe p ON d.asset_table = 'pipe' AND p.uuid = d.asset"""


def load(path: Optional[str] = None, db: Optional[sqlite3.Connection] = None) -> DefectTable:
    """Every defect of the working copy at ``path`` (or of the open ``db``)."""
    own = db is None
    db = db or store.connect(path)
    try:
        data = db.execute(_SELECT).fetchall()
    finally:
        if own:
            db.close()
    rows = {name: [r[i] for r in data] for i, name in enumerate(DefectTable.COLUMNS)}
    points = [gpkg_geometry.point_of(r[-1]) or (np.nan, np.nan) for r in data]
    return DefectTable(rows, [p[0] for p in points], [p[1] for p in points])


def count(path: str) -> int:
    """How many defects the working copy at ``path`` holds."""
    db = store.connect(path)
    try:
        (n,) = db.execute("SELECT count(*) FROM defect").fetchone()
    finally:
        db.close()
    return n
