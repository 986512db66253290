"""Which Open311 request belongs to which defect: ``kt_open311_request`` (local, not
synced; made by the working copy's schema, ``local_migrations``), and what the import
and the status export of ``io.open311`` read from the working copy.

The defect's ``external_id`` carries the first request's id to the server, so a re-import
on another desktop finds it too.
"""

from __future__ import annotations

import sqlite3
from typing import Dict, List, Optional, Set, Tuple

from ..core import catalogues as cat
from ..core.timestamps import utc_now_text
from . import defects as store
from . import geometry as gpkg_geometry

REQUEST_TABLE = "kt_open311_request"


def gully_extent(db: sqlite3.Connection) -> Optional[Tuple[float, float, float, float]]:
    """(xmin, ymin, xmax, ymax) of the street gullies, from their R-tree; None without."""
    row = db.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) "
                     "FROM rtree_gully_geom").fetchone()
    if row is None or row[0] is None:
        return None
    return tuple(row)


def known_request_ids(db: sqlite3.Connection) -> Set[str]:
    """Requests imported before: here, or on another desktop (a defect's external_id)."""
    known = {r[0] for r in db.execute(f"SELECT service_request_id FROM {REQUEST_TABLE}")}
    known |= {r[0] for r in db.execute("SELECT external_id FROM defect WHERE source = "
                                       "'open311' AND external_id IS NOT NULL")}
    return known


def open_defects_by_gully(db: sqlite3.Connection) -> Dict[str, List[Tuple[str, str]]]:
    """gully uuid → [(reported_at, defect uuid)] of its open defects."""
    closed = ", ".join(f"'{s}'" for s in cat.CLOSED_STATUSES)
    result = {}
    for uuid, asset, reported in db.execute(
            f"SELECT uuid, asset, reported_at FROM defect WHERE asset_table = 'gully' "
            f"AND status NOT IN ({closed})"):
        result.setdefault(asset, []).append((reported or "", uuid))
    return result


def remember(db: sqlite3.Connection, rid: str, defect_uuid: str, code: Optional[str],
             requested_at: str, flags: Optional[str]) -> None:
    """Request ``rid`` became (or was linked to) ``defect_uuid``; in the caller's
    transaction."""
    db.execute(f"INSERT INTO {REQUEST_TABLE} (service_request_id, defect, service_code, "
               "requested_at, flags, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
               (rid, defect_uuid, code, requested_at, flags, utc_now_text()))


def requests_with_status(db: sqlite3.Connection) -> List[Dict]:
    """Every known Open311 request with its defect: service_request_id, defect, status,
    changed_at, service_code, point (x, y or None), defect_number and last_event (the
    last (at, by, from, to, note) of the defect's history, or None); by request id."""
    rows = db.execute(f"""
        SELECT coalesce(r.service_request_id, d.external_id), d.uuid, d.status,
               d.changed_at, r.service_code, d.geom, d.defect_number
          FROM defect d
          LEFT JOIN {REQUEST_TABLE} r ON r.defect = d.uuid
         WHERE r.service_request_id IS NOT NULL
            OR (d.source = 'open311' AND d.external_id IS NOT NULL)
         ORDER BY 1""").fetchall()
    result = []
    for rid, defect_uuid, status, changed_at, code, geom, number in rows:
        events = store.history(db, defect_uuid)
        result.append({"service_request_id": rid, "defect": defect_uuid, "status": status,
                       "changed_at": changed_at, "service_code": code,
                       "point": gpkg_geometry.point_of(geom), "defect_number": number,
                       "last_event": events[-1] if events else None})
    return result
