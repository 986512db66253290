"""What the exports (ISYBAU XML, DWA-M 150) read from the working copy: every statement here.

Rows come straight from SQLite cursors in object-code order, so an export's memory does
not grow with the network. ``ExportSource`` opens the working copy read-only; the writers
in io/ turn its rows into XML.
"""

from __future__ import annotations

import json
from typing import Dict, Iterator, List, Tuple

from ..core.catalogues import CLOSED_STATUSES
from . import working_copy

ASSET_TABLES = ("manhole", "gully", "pipe", "lateral")


class ExportSource:
    """A working copy opened read-only for an export. Use as a context manager."""

    def __init__(self, path: str) -> None:
        self.db = working_copy.connect_read_only(path)
        tables = {name for (name,) in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.has_inspections = "inspection" in tables
        self.has_sources = "source_record" in tables
        self.has_defects = "defect" in tables
        self._inspection_columns = set(self._columns("inspection")) if self.has_inspections \
            else set()
        self._observation_columns = set(self._columns("observation")) \
            if self.has_inspections else set()

    def _columns(self, table):
        return [row[1] for row in self.db.execute(f'PRAGMA table_info("{table}")')]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- assets ---------------------------------------------------------------------------

    def total(self) -> int:
        return sum(self.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                   for t in ASSET_TABLES) or 1

    def codes_of(self, uuid: str, format_name: str) -> Dict[str, str]:
        """The raw codes an import of ``format_name`` kept for an asset (source_record)."""
        if not self.has_sources:
            return {}
        row = self.db.execute("SELECT codes FROM source_record WHERE asset = ? AND format = ? "
                              "ORDER BY changed_at DESC LIMIT 1", (uuid, format_name)).fetchone()
        return json.loads(row[0]) if row else {}

    def manholes(self) -> Iterator[tuple]:
        """(uuid, code, node kind, drainage, cover, invert, depth, material, year, street,
        geom) in object-code order."""
        return self.db.execute(
            "SELECT uuid, object_code, node_kind, drainage, cover_level, invert_level, depth, "
            "material, year_built, street, geom FROM manhole ORDER BY object_code")

    def gullies(self) -> Iterator[tuple]:
        """(uuid, code, cover, street, geom)."""
        return self.db.execute("SELECT uuid, object_code, cover_level, street, geom FROM gully "
                               "ORDER BY object_code")

    def pipes(self) -> Iterator[tuple]:
        """(uuid, code, upstream code, downstream code, invert from, invert to, length,
        material, profile, width, height, year, drainage, street, geom)."""
        return self.db.execute(
            "SELECT p.uuid, p.object_code, a.object_code, b.object_code, p.invert_from, "
            "p.invert_to, p.length, p.material, p.profile, p.width_mm, p.height_mm, "
            "p.year_built, p.drainage, p.street, p.geom FROM pipe p LEFT JOIN manhole a ON "
            "a.uuid = p.from_manhole LEFT JOIN manhole b ON b.uuid = p.to_manhole "
            "ORDER BY p.object_code")

    def laterals(self) -> Iterator[tuple]:
        """(uuid, code, pipe code, gully code, width, material, geom)."""
        return self.db.execute(
            "SELECT l.uuid, l.object_code, p.object_code, g.object_code, l.width_mm, "
            "l.material, l.geom FROM lateral l LEFT JOIN pipe p ON p.uuid = l.pipe "
            "LEFT JOIN gully g ON g.uuid = l.gully ORDER BY l.object_code")

    # --- inspections --------------------------------------------------------------------

    def inspections(self) -> Iterator[dict]:
        """Every inspection as a dict (with ``node_kind`` of an inspected manhole), in
        object-code and date order."""
        return self._inspections("", ())

    def inspections_by_uuid(self, uuids: List[str]) -> Iterator[dict]:
        """The inspections with these uuids, as ``inspections`` gives them."""
        return self._inspections(f"WHERE i.uuid IN ({', '.join('?' * len(uuids))})",
                                 tuple(uuids))

    def _inspections(self, where, args):
        if not self.has_inspections:
            return iter(())
        extra = ", i.damage_score, i.evaluation" if "evaluation" in self._inspection_columns \
            else ", NULL AS damage_score, NULL AS evaluation"
        cursor = self.db.execute(
            "SELECT i.uuid, i.asset, i.asset_table, i.object_code, i.inspected_on, i.direction, "
            "i.standard, i.condition_class, i.condition_scheme, m.node_kind"
            f"{extra} FROM inspection i LEFT JOIN manhole m ON i.asset_table = 'manhole' AND "
            f"m.uuid = i.asset {where} ORDER BY i.object_code, i.inspected_on, i.rowid", args)
        names = [d[0] for d in cursor.description]
        return (dict(zip(names, row)) for row in cursor)

    def observations(self, inspection: str) -> List[dict]:
        """The observations of one inspection in their order, as dicts."""
        extra = ", class_tightness, class_stability, class_operation, damage_score, " \
            "classification" if "classification" in self._observation_columns else ""
        cursor = self.db.execute(
            "SELECT station, code, characterisation1, characterisation2, quantity1, quantity2, "
            f"clock_from, clock_to, condition_class, condition_scheme, remark{extra} FROM "
            "observation WHERE inspection = ? ORDER BY position", (inspection,))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def inspected_codes(self, asset_table: str) -> Dict[str, List[str]]:
        """{object code: [inspection uuid, …]} of one table's inspections, for an export
        that nests them in their object (DWA-M 150)."""
        if not self.has_inspections:
            return {}
        found: Dict[str, List[str]] = {}
        for code, uuid in self.db.execute(
                "SELECT object_code, uuid FROM inspection WHERE asset_table = ? ORDER BY "
                "object_code, inspected_on, rowid", (asset_table,)):
            found.setdefault(code, []).append(uuid)
        return found

    # --- open defects -------------------------------------------------------------------

    def open_defects(self) -> List[Tuple]:
        """(asset table, asset code or None, day, number, category, severity, description)
        of every open defect, by asset code, table, day; the code is None for a gully's
        defect or one whose manhole or pipe is gone."""
        if not self.has_defects:
            return []
        marks = ", ".join("?" * len(CLOSED_STATUSES))
        return self.db.execute(
            "SELECT d.asset_table, CASE d.asset_table WHEN 'manhole' THEN m.object_code "
            "WHEN 'pipe' THEN p.object_code END AS code, "
            "substr(coalesce(d.reported_at, d.changed_at), 1, 10) AS day, d.defect_number, "
            "d.category, d.severity, d.description FROM defect d "
            "LEFT JOIN manhole m ON d.asset_table = 'manhole' AND m.uuid = d.asset "
            "LEFT JOIN pipe p ON d.asset_table = 'pipe' AND p.uuid = d.asset "
            f"WHERE d.status NOT IN ({marks}) "
            "ORDER BY code, d.asset_table, day, d.reported_at, d.defect_number",
            CLOSED_STATUSES).fetchall()

