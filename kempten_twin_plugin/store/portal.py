"""What the citizens' portal export reads from the working copy (every statement here).

The export (``io/portal``) decides what is public; these functions read what it needs:
the projects to export, their planned buildings, the existing buildings around them,
the ground (manhole cover levels, for buildings without a base level) and the comment
counts per building. Geometries come back as polygons of numpy rings.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import geometry as gpkg_geometry
from . import working_copy
from .local_migrations import table_exists

Box = Tuple[float, float, float, float]  # minx, miny, maxx, maxy

_PROJECT_COLUMNS = ("uuid", "name", "reference", "status", "description", "public")


class PortalReader:
    """Everything the export reads, through one connection (``with PortalReader(path) as
    r: …``); the working copy is brought up to date on opening, as every store does."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.con = None

    def __enter__(self) -> PortalReader:
        self.con = working_copy.connect(self.path)
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()
        self.con = None

    def projects(self, ref: Optional[str] = None) -> List[dict]:
        """The projects to export: the one whose uuid, reference or name is ``ref``, or,
        when ``ref`` is empty, every project marked public; by name."""
        columns = ", ".join(_PROJECT_COLUMNS)
        if ref:
            rows = self.con.execute(f"SELECT {columns} FROM planned_project WHERE uuid = ? OR "
                                    "reference = ? OR name = ? ORDER BY name",
                                    (ref, ref, ref)).fetchall()
        else:
            rows = self.con.execute(f"SELECT {columns} FROM planned_project WHERE "
                                    "coalesce(public, 0) <> 0 ORDER BY name").fetchall()
        return [dict(zip(_PROJECT_COLUMNS, r)) for r in rows]

    def buildings(self, projects: Sequence[str]) -> List[dict]:
        """The planned buildings of ``projects`` (uuids) in the order they were written:
        uuid, project, floors, height_m, base_level, roof, use, polygons."""
        if not projects:
            return []
        marks = ", ".join("?" * len(projects))
        rows = self.con.execute("SELECT uuid, project, floors, height_m, base_level, roof, use, "
                                f"geom FROM planned_building WHERE project IN ({marks}) "
                                "ORDER BY fid", list(projects)).fetchall()
        keys = ("uuid", "project", "floors", "height_m", "base_level", "roof", "use")
        return [dict(zip(keys, r[:7]), polygons=gpkg_geometry.polygons(r[7])) for r in rows
                if r[7] is not None]

    def context_in(self, box: Box) -> List[dict]:
        """The existing (context) buildings whose R-tree box touches ``box``: fid,
        height_m, storeys, ground_level, polygons. [] when none were ever imported."""
        if not table_exists(self.con, "context_building"):
            return []
        minx, miny, maxx, maxy = box
        rows = self.con.execute(
            "SELECT c.fid, c.height_m, c.storeys, c.ground_level, c.geom FROM "
            "rtree_context_building_geom r JOIN context_building c ON c.fid = r.id "
            "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ORDER BY c.fid",
            (maxx, minx, maxy, miny)).fetchall()
        keys = ("fid", "height_m", "storeys", "ground_level")
        return [dict(zip(keys, r[:4]), polygons=gpkg_geometry.polygons(r[4])) for r in rows
                if r[4] is not None]

    def ground_points(self, box: Box) -> np.ndarray:
        """(n, 3) x, y and cover level (m NHN) of the manholes in ``box``: where the ground
        is, for buildings and a base map without a height of their own."""
        minx, miny, maxx, maxy = box
        rows = self.con.execute(
            "SELECT m.cover_level, m.geom FROM rtree_manhole_geom r JOIN manhole m ON m.fid = r.id "
            "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? "
            "AND m.cover_level IS NOT NULL", (maxx, minx, maxy, miny)).fetchall()
        points = [(*gpkg_geometry.point_of(blob), level) for level, blob in rows if blob is not None]
        return np.array(points, float).reshape(-1, 3)

    def comments_by_building(self) -> Dict[str, int]:
        """{building uuid: number of comments about it}."""
        return dict(self.con.execute("SELECT building, count(*) FROM participation_comment "
                                     "WHERE building IS NOT NULL GROUP BY building").fetchall())

    def comments_by_project(self) -> Dict[str, int]:
        """{project uuid: number of its comments}."""
        return dict(self.con.execute("SELECT project, count(*) FROM participation_comment "
                                     "GROUP BY project").fetchall())


def portal_projects(path: str, ref: Optional[str] = None) -> List[dict]:
    """``PortalReader.projects`` on its own connection."""
    with PortalReader(path) as reader:
        return reader.projects(ref)


def set_public(path: str, project: str, public: bool = True) -> None:
    """Mark a project (by uuid) as public or not; the change is logged for sync."""
    con = working_copy.connect(path)
    try:
        con.execute("UPDATE planned_project SET public = ? WHERE uuid = ?", (1 if public else 0, project))
    finally:
        con.close()


def portal_buildings(path: str, projects: Sequence[str]) -> List[dict]:
    """``PortalReader.buildings`` on its own connection."""
    with PortalReader(path) as reader:
        return reader.buildings(projects)


def context_buildings_in(path: str, box: Box) -> List[dict]:
    """``PortalReader.context_in`` on its own connection."""
    with PortalReader(path) as reader:
        return reader.context_in(box)


def ground_points(path: str, box: Box) -> np.ndarray:
    """``PortalReader.ground_points`` on its own connection."""
    with PortalReader(path) as reader:
        return reader.ground_points(box)


def comment_counts_by_building(path: str) -> Dict[str, int]:
    """{building uuid: number of comments about it}."""
    with PortalReader(path) as reader:
        return reader.comments_by_building()
