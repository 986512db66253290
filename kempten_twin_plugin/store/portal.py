"""What the citizens' portal export reads from the working copy (every statement here).

The export (``io/portal``) decides what is public; these functions read what it needs:
the projects to export, their planned buildings, the existing buildings around them,
the ground (manhole cover levels, for buildings without a base level) and the comment
counts per building. Geometries come back as polygons of numpy rings.
"""

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import geometry as gpkg_geometry
from . import working_copy
from .local_migrations import table_exists

Box = Tuple[float, float, float, float]  # minx, miny, maxx, maxy

_PROJECT_COLUMNS = ("uuid", "name", "reference", "status", "description", "public")


def portal_projects(path: str, ref: Optional[str] = None) -> List[dict]:
    """The projects to export: the one whose uuid, reference or name is ``ref``, or, when
    ``ref`` is empty, every project marked public; by name."""
    con = working_copy.connect(path)
    try:
        columns = ", ".join(_PROJECT_COLUMNS)
        if ref:
            rows = con.execute(f"SELECT {columns} FROM planned_project WHERE uuid = ? OR "
                               "reference = ? OR name = ? ORDER BY name", (ref, ref, ref)).fetchall()
        else:
            rows = con.execute(f"SELECT {columns} FROM planned_project WHERE coalesce(public, 0) "
                               "<> 0 ORDER BY name").fetchall()
    finally:
        con.close()
    return [dict(zip(_PROJECT_COLUMNS, r)) for r in rows]


def set_public(path: str, project: str, public: bool = True) -> None:
    """Mark a project (by uuid) as public or not; the change is logged for sync."""
    con = working_copy.connect(path)
    try:
        con.execute("UPDATE planned_project SET public = ? WHERE uuid = ?", (1 if public else 0, project))
    finally:
        con.close()


def portal_buildings(path: str, projects: Sequence[str]) -> List[dict]:
    """The planned buildings of ``projects`` (uuids) in the order they were written: uuid,
    project, floors, height_m, base_level, roof, use, polygons."""
    if not projects:
        return []
    marks = ", ".join("?" * len(projects))
    con = working_copy.connect(path)
    try:
        rows = con.execute("SELECT uuid, project, floors, height_m, base_level, roof, use, geom "
                           f"FROM planned_building WHERE project IN ({marks}) ORDER BY fid",
                           list(projects)).fetchall()
    finally:
        con.close()
    keys = ("uuid", "project", "floors", "height_m", "base_level", "roof", "use")
    return [dict(zip(keys, r[:7]), polygons=gpkg_geometry.polygons(r[7])) for r in rows
            if r[7] is not None]


def context_buildings_in(path: str, box: Box) -> List[dict]:
    """The existing (context) buildings whose R-tree box touches ``box``: fid, height_m,
    storeys, ground_level, polygons. [] when none were ever imported."""
    con = working_copy.connect_read_only(path)
    try:
        if not table_exists(con, "context_building"):
            return []
        minx, miny, maxx, maxy = box
        rows = con.execute(
            "SELECT c.fid, c.height_m, c.storeys, c.ground_level, c.geom FROM "
            "rtree_context_building_geom r JOIN context_building c ON c.fid = r.id "
            "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ORDER BY c.fid",
            (maxx, minx, maxy, miny)).fetchall()
    finally:
        con.close()
    keys = ("fid", "height_m", "storeys", "ground_level")
    return [dict(zip(keys, r[:4]), polygons=gpkg_geometry.polygons(r[4])) for r in rows
            if r[4] is not None]


def ground_points(path: str, box: Box) -> np.ndarray:
    """(n, 3) x, y and cover level (m NHN) of the manholes in ``box``: where the ground is,
    for buildings and a base map without a height of their own."""
    minx, miny, maxx, maxy = box
    con = working_copy.connect_read_only(path)
    try:
        rows = con.execute(
            "SELECT m.cover_level, m.geom FROM rtree_manhole_geom r JOIN manhole m ON m.fid = r.id "
            "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? "
            "AND m.cover_level IS NOT NULL", (maxx, minx, maxy, miny)).fetchall()
    finally:
        con.close()
    points = [(*gpkg_geometry.point_of(blob), level) for level, blob in rows if blob is not None]
    return np.array(points, float).reshape(-1, 3)


def comment_counts_by_building(path: str) -> Dict[str, int]:
    """{building uuid: number of comments about it}."""
    con = working_copy.connect_read_only(path)
    try:
        return dict(con.execute("SELECT building, count(*) FROM participation_comment WHERE "
                                "building IS NOT NULL GROUP BY building").fetchall())
    finally:
        con.close()
