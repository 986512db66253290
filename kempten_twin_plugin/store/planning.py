"""Planning rows in the working copy: written (one transaction per import) and read.

Planned projects, buildings and comments go into the synchronised tables of §4, so the
change-capture triggers log them for the next push like any edit. Context buildings from
CityGML go into ``context_building``, a local table outside ``schema.TABLES``: they are
the state's open reference data, re-importable at any time, far more numerous than the
city's own objects and never edited here, so shipping them through the server would only
cost sync time; each desktop imports the tiles it needs.

Read here for the others: the conflict check's footprints and R-tree candidates (the
rules themselves are pure, in ``core.planning.conflicts``), what the comment import needs
to attach comments to projects, and the rows of the dock, the 3D view and the report.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from osgeo import ogr

from ..core.planning import conflicts as conflict_rules
from ..core.timestamps import utc_now_text
from . import geometry as gpkg_geometry
from . import lifted_triggers, working_copy

CONTEXT_TABLE = "context_building"
PROJECT_STATUS_DEFAULT = "Planung"


def project_outline(geometries: Iterable[ogr.Geometry], margin: float = 5.0) -> ogr.Geometry:
    """The project's footprint: the convex hull of its buildings with a small margin."""
    collection = ogr.Geometry(ogr.wkbGeometryCollection)
    for g in geometries:
        collection.AddGeometry(g)
    hull = collection.ConvexHull().Buffer(margin, 2)
    if ogr.GT_Flatten(hull.GetGeometryType()) != ogr.wkbPolygon:
        hull = hull.GetGeometryRef(0)
    return hull


MEASURES = ("grz", "gfz", "storeys_min", "storeys_max", "height_min_m", "height_max_m",
            "height_reference")


def insert_project(path: str, project: Dict[str, Any], buildings: Sequence[Dict[str, Any]],
                   user: str) -> Tuple[str, List[str]]:
    """Insert a project and its buildings; returns (project uuid, building uuids).

    ``project``: name, reference, status, source. ``buildings``: floors, height_m,
    base_level, roof, use, geometry (OGR polygon), and what a Bebauungsplan sets (MEASURES).
    """
    working_copy.ensure(path)
    at = utc_now_text()
    project_uuid = str(uuid_module.uuid4())
    outline = project_outline([b["geometry"] for b in buildings])
    with working_copy.writing(path) as con:
        con.execute('INSERT INTO planned_project (uuid, version, changed_at, changed_by, name, '
                    'reference, status, source, geom) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)',
                    (project_uuid, at, user, project["name"], project.get("reference"),
                     project.get("status") or PROJECT_STATUS_DEFAULT, project.get("source"),
                     gpkg_geometry.ogr_blob(outline)))
        uuids = []
        measures = ", ".join(MEASURES)
        marks = ", ".join("?" for _ in MEASURES)
        for b in buildings:
            building_uuid = str(uuid_module.uuid4())
            con.execute('INSERT INTO planned_building (uuid, version, changed_at, changed_by, '
                        f'project, floors, height_m, base_level, roof, use, {measures}, geom) '
                        f'VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, {marks}, ?)',
                        (building_uuid, at, user, project_uuid, b.get("floors"),
                         b.get("height_m"), b.get("base_level"), b.get("roof"), b.get("use"),
                         *(b.get(name) for name in MEASURES),
                         gpkg_geometry.ogr_blob(b["geometry"])))
            uuids.append(building_uuid)
    return project_uuid, uuids


def insert_comments(path: str, comments: Iterable[Dict[str, Any]], user: str) -> int:
    """Insert participation comments (dicts: project, external_id, text, created_at, x, y,
    and building: the planned building's uuid, or None).

    A comment already imported (same project and external id) is skipped, so importing the
    same export twice adds nothing. Returns the number inserted."""
    at = utc_now_text()
    inserted = 0
    with working_copy.writing(path) as con:
        for c in comments:
            exists = con.execute("SELECT uuid, building FROM participation_comment WHERE "
                                 "project = ? AND external_id = ?",
                                 (c["project"], c["external_id"])).fetchone()
            if exists and c["external_id"] is not None:
                if exists[1] is None and c.get("building"):  # now known which building
                    con.execute("UPDATE participation_comment SET building = ? WHERE uuid = ?",
                                (c["building"], exists[0]))
                continue
            blob = None
            if c.get("x") is not None:
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(c["x"], c["y"])
                blob = gpkg_geometry.ogr_blob(point)
            con.execute('INSERT INTO participation_comment (uuid, version, changed_at, '
                        'changed_by, project, external_id, text, created_at, building, geom) '
                        'VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)',
                        (str(uuid_module.uuid4()), at, user, c["project"], c["external_id"],
                         c.get("text"), c.get("created_at"), c.get("building"), blob))
            inserted += 1
    return inserted


def projects(path: str) -> List[Tuple[str, str, Optional[str]]]:
    """[(uuid, name, status)] of the working copy's projects, by name."""
    with working_copy.opened(path) as con:
        return con.execute("SELECT uuid, name, status FROM planned_project ORDER BY name").fetchall()


def find_project(path: str, ref: str) -> Tuple[Optional[tuple], List[tuple]]:
    """The project whose uuid, name or reference is ``ref`` as (uuid, name, reference,
    status, source), or None; and its comments [(external_id, text, created_at)] by date."""
    with working_copy.opened(path) as con:
        row = con.execute("SELECT uuid, name, reference, status, source FROM planned_project "
                          "WHERE uuid = ? OR name = ? OR reference = ?",
                          (ref, ref, ref)).fetchone()
        if row is None:
            return None, []
        comments = con.execute("SELECT external_id, text, created_at FROM participation_comment "
                               "WHERE project = ? ORDER BY created_at", (row[0],)).fetchall()
    return row, comments


def project_comments(path: str, project: str) -> List[Tuple[Optional[str], Optional[str]]]:
    """[(text, created_at)] of a project's comments, by date."""
    with working_copy.opened(path) as con:
        return con.execute("SELECT text, created_at FROM participation_comment WHERE "
                           "project = ? ORDER BY created_at", (project,)).fetchall()


def building_uses(path: str, project: str) -> List[Tuple[str, Optional[str]]]:
    """[(uuid, use)] of a project's buildings in the order they were written."""
    with working_copy.opened(path) as con:
        return con.execute("SELECT uuid, use FROM planned_building WHERE project = ? "
                           "ORDER BY fid", (project,)).fetchall()


def project_buildings(path: str, project: str) -> List[tuple]:
    """[(uuid, floors, height_m, use, WKB or None)] of a project's buildings."""
    with working_copy.opened(path) as con:
        rows = con.execute("SELECT uuid, floors, height_m, use, geom FROM planned_building "
                           "WHERE project = ?", (project,)).fetchall()
    return [(uuid, floors, height, use, gpkg_geometry.wkb_of(blob))
            for uuid, floors, height, use, blob in rows]


def comment_counts_by_project(path: str) -> Dict[str, int]:
    """{project uuid: number of comments}."""
    with working_copy.opened(path) as con:
        return dict(con.execute("SELECT project, count(*) FROM participation_comment "
                                "GROUP BY project").fetchall())


def attach_targets(path: str) -> Tuple[List[tuple], List[Tuple[str, List[np.ndarray]]]]:
    """What comments are attached to: the projects [(uuid, reference, name)] and the
    footprints [(project uuid, rings as (n, 2) arrays)] of all planned buildings."""
    with working_copy.opened(path) as con:
        found = con.execute("SELECT uuid, reference, name FROM planned_project").fetchall()
        buildings = [(p, gpkg_geometry.parts(b)) for p, b in
                     con.execute("SELECT project, geom FROM planned_building WHERE geom IS NOT NULL")]
    return found, buildings


def building_footprints(path: str) -> List[Tuple[str, str, List[np.ndarray]]]:
    """[(uuid, project uuid, rings as (n, 2) arrays)] of every planned building."""
    with working_copy.opened(path) as con:
        rows = con.execute("SELECT uuid, project, geom FROM planned_building "
                           "WHERE geom IS NOT NULL").fetchall()
    return [(uuid, project, gpkg_geometry.parts(blob)) for uuid, project, blob in rows]


def comments_by_building(path: str, project: str) -> List[Tuple[Optional[str], Optional[str],
                                                                 Optional[str]]]:
    """[(building uuid or None, text, created_at)] of a project's comments, by date."""
    with working_copy.opened(path) as con:
        return con.execute("SELECT building, text, created_at FROM participation_comment WHERE "
                           "project = ? ORDER BY created_at", (project,)).fetchall()


def pipes_in_box(path: str, minx: float, miny: float, maxx: float, maxy: float) -> List[tuple]:
    """Pipes whose R-tree box touches the box, with the cover levels at both ends:
    [(object_code, width_mm, drainage, invert_from, invert_to, cover_from, cover_to,
    vertices as an (n, 2) array or None)]."""
    with working_copy.opened(path) as con:
        rows = con.execute(
            'SELECT p.object_code, p.width_mm, p.drainage, p.invert_from, p.invert_to, '
            'a.cover_level, b.cover_level, p.geom FROM rtree_pipe_geom r '
            'JOIN pipe p ON p.fid = r.id '
            'LEFT JOIN manhole a ON a.uuid = p.from_manhole '
            'LEFT JOIN manhole b ON b.uuid = p.to_manhole '
            'WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?',
            (maxx, minx, maxy, miny)).fetchall()
    result = []
    for *values, blob in rows:
        parts = gpkg_geometry.parts(blob)
        result.append((*values, parts[0] if parts else None))
    return result


# --- conflict check -------------------------------------------------------------------

def _footprints(con, project=None, uuids=None):
    sql = "SELECT uuid, project, geom FROM planned_building WHERE geom IS NOT NULL"
    params = []
    if project:
        sql += " AND project = ?"
        params.append(project)
    rows = con.execute(sql, params).fetchall()
    if uuids is not None:
        wanted = set(uuids)
        rows = [r for r in rows if r[0] in wanted]
    buildings = []
    for uuid, project_uuid, blob in rows:
        rings = gpkg_geometry.parts(blob)
        if rings:
            buildings.append((uuid, project_uuid, rings))
    return buildings


def _candidates(con, table, size_column, boxes):
    """(building index, uuid, object_code, size, parts) of objects whose R-tree boxes touch
    one of the ``boxes``, in one join over the R-tree."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS kt_probe (bid INTEGER, minx REAL, maxx REAL, "
                "miny REAL, maxy REAL)")
    con.execute("DELETE FROM kt_probe")
    con.executemany("INSERT INTO kt_probe VALUES (?, ?, ?, ?, ?)", boxes)
    size = f't."{size_column}"' if size_column else "NULL"
    rows = con.execute(
        f'SELECT p.bid, t.uuid, t.object_code, {size}, t.geom '
        f'FROM kt_probe p JOIN "rtree_{table}_geom" r '
        f'ON r.minx <= p.maxx AND r.maxx >= p.minx AND r.miny <= p.maxy AND r.maxy >= p.miny '
        f'JOIN "{table}" t ON t.fid = r.id').fetchall()
    return [(bid, uuid, code, dn, gpkg_geometry.parts(blob)) for bid, uuid, code, dn, blob in rows]


def conflict_inputs(path: str, strips: Optional[conflict_rules.StripTable] = None,
                    project: Optional[str] = None, buildings: Optional[Sequence[str]] = None,
                    is_canceled: Optional[Callable[[], bool]] = None
                    ) -> Tuple[List[conflict_rules.Footprint],
                               Dict[str, List[conflict_rules.Candidate]]]:
    """What ``conflicts.find_conflicts`` needs: the planned footprints (only ``project``'s,
    only the uuids ``buildings`` when given) and, per checked table, the network objects
    near them (R-tree boxes within the check's search margin)."""
    strips = strips or conflict_rules.StripTable()
    with working_copy.opened(path) as con:
        planned = _footprints(con, project, buildings)
        candidates = {}
        if planned:
            for table, size_column, kind in conflict_rules.CHECKS:
                if is_canceled is not None and is_canceled():
                    raise InterruptedError("cancelled")
                boxes = conflict_rules.search_boxes(planned,
                                                    conflict_rules.search_margin(kind, strips))
                candidates[table] = _candidates(con, table, size_column, boxes)
        return planned, candidates


def check_conflicts(path: str, strips: Optional[conflict_rules.StripTable] = None,
                    project: Optional[str] = None, buildings: Optional[Sequence[str]] = None,
                    is_canceled: Optional[Callable[[], bool]] = None
                    ) -> List[conflict_rules.Conflict]:
    """All conflicts of the planned buildings in the working copy at ``path``.

    ``project``: only that project's buildings; ``buildings``: only those uuids.
    Returns a list of ``Conflict``, most severe and closest first."""
    planned, candidates = conflict_inputs(path, strips, project, buildings, is_canceled)
    return conflict_rules.find_conflicts(planned, candidates, strips, is_canceled)


def write_context_buildings(path: str, buildings: Iterable[Dict[str, Any]],
                            source: Optional[str]) -> int:
    """Replace context buildings of the same gml:id and add the new ones; returns the count.

    ``buildings`` is an iterable of {"gml_id", "height_m", "storeys", "ground_level",
    "function", "wkb" (2D MultiPolygon in EPSG:25832), "envelope" (minx, maxx, miny, maxy)};
    the CityGML reader streams, and rows are written in batches as they come (while a
    second reading process still reads, see io/planning/citygml_halves). Everything goes
    in one transaction: a file that breaks halfway leaves the table as it was. GDAL's
    R-tree insert trigger calls Python five times a row: it is lifted for the transaction
    and the R-tree rows written directly from the envelopes the reader knows."""
    working_copy.ensure(path)
    count = 0
    with working_copy.writing(path) as con:
        rtree = f"rtree_{CONTEXT_TABLE}_geom_insert"
        count_trigger = f"trigger_insert_feature_count_{CONTEXT_TABLE}"
        lifted = lifted_triggers.lift(con, (rtree, count_trigger))
        con.execute("CREATE TEMP TABLE kt_replaced (gml_id TEXT)")
        # The new rows' fids are known beforehand (one writer, in this transaction), so
        # each batch goes in with one executemany, not a statement a row.
        (last,) = con.execute(f"SELECT coalesce(max(fid), 0) FROM {CONTEXT_TABLE}").fetchone()
        for batch in _batches(buildings, _CONTEXT_BATCH):
            rows = [(last + count + n, r["gml_id"], r.get("height_m"), r.get("storeys"),
                     r.get("ground_level"), r.get("function"), source,
                     gpkg_geometry.make_blob(r["wkb"], envelope=r.get("envelope")),
                     r.get("envelope")) for n, r in enumerate(batch, 1)]
            count += len(rows)
            con.executemany("INSERT INTO temp.kt_replaced VALUES (?)",
                            [(r[1],) for r in rows if r[1]])
            con.executemany(f"INSERT INTO {CONTEXT_TABLE} (fid, gml_id, height_m, storeys, "
                            "ground_level, function, source, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [row[:8] for row in rows])
            if rtree in lifted:
                boxes = [(row[0],) + tuple(envelope) for row in rows
                         if (envelope := row[8] or gpkg_geometry.envelope(row[7])) is not None]
                con.executemany(f'INSERT OR REPLACE INTO "rtree_{CONTEXT_TABLE}_geom" '
                                "VALUES (?, ?, ?, ?, ?)", boxes)
        if count_trigger in lifted:
            con.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? "
                        "WHERE lower(table_name) = lower(?)", (count, CONTEXT_TABLE))
        lifted_triggers.put_back(con, lifted)
        # What was there before under the same gml:id goes (new rows of one file keep
        # theirs); the delete triggers keep the R-tree and the count right.
        con.execute(f"DELETE FROM {CONTEXT_TABLE} WHERE fid <= ? AND gml_id IN "
                    "(SELECT gml_id FROM temp.kt_replaced)", (last,))
        con.execute("DROP TABLE temp.kt_replaced")
    return count


_CONTEXT_BATCH = 2000


def _batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


CITY_TABLES = ("manhole", "pipe", "gully")


def city_extent(path: Optional[str], margin: float = 1000.0
                ) -> Optional[Tuple[float, float, float, float]]:
    """(xmin, ymin, xmax, ymax) of the working copy's network plus ``margin`` metres, the
    city's area an import is checked against (the rule of the Open311 import); None when
    the working copy does not exist or holds no network yet. Read only: the file is not
    touched."""
    import os

    if not path or not os.path.isfile(path):
        return None
    con = working_copy.connect_read_only(path)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        boxes = []
        for table in CITY_TABLES:
            if f"rtree_{table}_geom" in names:
                row = con.execute(f'SELECT min(minx), min(miny), max(maxx), max(maxy) '
                                  f'FROM "rtree_{table}_geom"').fetchone()
                if row and row[0] is not None:
                    boxes.append(row)
    finally:
        con.close()
    if not boxes:
        return None
    return (min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin,
            max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin)
