"""Numbered migrations of the working copy (the GeoPackage), as the server has its own.

A working copy records its schema version in ``kt_meta``. Opening one older than this
plugin (``working_copy.connect``) writes a backup copy beside it and applies every newer
step here, in order, in one transaction; one newer than this plugin is refused untouched.
A new working copy is written at the latest version directly, and a test checks that it
has exactly the schema of an old one brought up to date.

Each step is frozen: it names its own tables and columns rather than reading
``schema.py``, which describes the latest version only. Steps check what exists, so a
file that got a table early (the lazy creation of version 1) is upgraded all the same.
Derived objects (the change-capture triggers) are made again from the current schema
after the last step, as a view would be.
"""

from __future__ import annotations

import sqlite3
from typing import Callable, Dict, List, Tuple

from ..core.timestamps import utc_now_text

# Version 1: what the plugin wrote until December 2026 (13 tables of DESIGN.md §4, the
# sync tables); other tables appeared lazily in whichever code opened the file first.
FIRST_VERSION = 1


def table_exists(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      (name,)).fetchone() is not None


def columns_of(db: sqlite3.Connection, name: str) -> List[str]:
    return [row[1] for row in db.execute(f'PRAGMA table_info("{name}")')]


def _plumbing_like(db, template, name, kind):
    """The GeoPackage triggers of an existing table of GDAL's, rewritten for ``name``:
    the R-tree's and the feature count's, exactly as the GDAL that made the file wrote
    them (``kind``: 'rtree' or 'count')."""
    pattern = f"rtree_{template}_geom_%" if kind == "rtree" else f"trigger_%_feature_count_{template}"
    statements = []
    for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                             "tbl_name = ? AND name LIKE ?", (template, pattern)):
        sql = sql.replace(f'"rtree_{template}_geom', f'"rtree_{name}_geom')
        sql = sql.replace(f"rtree_{template}_geom", f"rtree_{name}_geom")
        sql = sql.replace(f'ON "{template}"', f'ON "{name}"')
        sql = sql.replace(f"_feature_count_{template}", f"_feature_count_{name}")
        sql = sql.replace(f"table_name) = lower('{template}')", f"table_name) = lower('{name}')")
        statements.append(sql)
    return statements


def create_table(db: sqlite3.Connection, name: str, columns: str, geometry_type: str = None,
                 template: str = "manhole") -> None:
    """A GeoPackage table made in SQL inside the caller's transaction, with what GDAL gives
    its own: the contents entry, for a feature table its geometry column, R-tree index and
    extension entry, and the feature count that QGIS reads. ``columns``: the SQL column
    definitions after fid (and geom)."""
    geometry = f', "geom" {geometry_type}' if geometry_type else ""
    db.execute(f'CREATE TABLE "{name}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL'
               f"{geometry}, {columns})")
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
               "last_change, srs_id) VALUES (?, ?, ?, '', ?, ?)",
               (name, "features" if geometry_type else "attributes", name, utc_now_text(),
                25832 if geometry_type else None))
    if geometry_type:
        db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 25832, 0, 0)",
                   (name, geometry_type))
        db.execute(f'CREATE VIRTUAL TABLE "rtree_{name}_geom" USING rtree(id, minx, maxx, '
                   "miny, maxy)")
        db.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                   "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
                   (name,))
        for sql in _plumbing_like(db, template, name, "rtree"):
            db.execute(sql)
    if table_exists(db, "gpkg_ogr_contents"):
        db.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES (?, 0)",
                   (name,))
        for sql in _plumbing_like(db, template, name, "count"):
            db.execute(sql)


def _index(db, table, column, unique=False):
    db.execute(f'CREATE {"UNIQUE " if unique else ""}INDEX IF NOT EXISTS '
               f'"idx_{table}_{column}" ON "{table}" ("{column}")')


_SYNC = ('"uuid" TEXT NOT NULL, "version" MEDIUMINT NOT NULL, "changed_at" DATETIME NOT NULL, '
         '"changed_by" TEXT NOT NULL')


def _to_2(db: sqlite3.Connection) -> None:
    """Every table a working copy used to get lazily, from whichever code opened it first:
    the exchange tables (for files of the first plugin versions), the defects' local
    history marks, the Open311 request log and the planners' context buildings."""
    exchange = {
        "inspection": ('"asset_table" TEXT NOT NULL, "asset" TEXT, "object_code" TEXT NOT NULL, '
                       '"inspected_on" DATE, "direction" TEXT, "standard" TEXT, '
                       '"condition_class" MEDIUMINT, "condition_scheme" TEXT, "source" TEXT',
                       ("asset", "object_code")),
        "observation": ('"inspection" TEXT NOT NULL, "position" MEDIUMINT NOT NULL, '
                        '"station" REAL, "code" TEXT NOT NULL, "characterisation1" TEXT, '
                        '"characterisation2" TEXT, "quantity1" TEXT, "quantity2" TEXT, '
                        '"clock_from" TEXT, "clock_to" TEXT, "condition_class" MEDIUMINT, '
                        '"condition_scheme" TEXT, "remark" TEXT', ("inspection",)),
        "source_record": ('"asset_table" TEXT NOT NULL, "asset" TEXT NOT NULL, '
                          '"object_code" TEXT NOT NULL, "format" TEXT NOT NULL, '
                          '"codes" TEXT NOT NULL', ("asset",)),
    }
    for name, (columns, indexed) in exchange.items():
        if not table_exists(db, name):
            create_table(db, name, f"{_SYNC}, {columns}")
            _index(db, name, "uuid", unique=True)
            for column in indexed:
                _index(db, name, column)
    db.execute("CREATE TABLE IF NOT EXISTS kt_local_event (uuid TEXT PRIMARY KEY)")
    db.execute("CREATE TABLE IF NOT EXISTS kt_open311_request (service_request_id TEXT "
               "PRIMARY KEY, defect TEXT NOT NULL, service_code TEXT, requested_at TEXT, "
               "flags TEXT, imported_at TEXT NOT NULL)")
    if not table_exists(db, "context_building"):
        create_table(db, "context_building", '"gml_id" TEXT, "height_m" REAL, '
                     '"storeys" MEDIUMINT, "ground_level" REAL, "function" TEXT, "source" TEXT',
                     "MULTIPOLYGON")


_CANON = "lower(trim({0}, '{{}} '))"
# The synced tables of version 3 and the columns holding another row's uuid.
_UUID_COLUMNS_3 = {
    "manhole": (), "pipe": ("from_manhole", "to_manhole"), "gully": ("pipe",),
    "lateral": ("pipe", "gully"), "defect": ("asset",), "defect_event": ("defect",),
    "defect_photo": ("defect",), "planned_project": (), "planned_building": ("project",),
    "participation_comment": ("project",), "inspection": ("asset",),
    "observation": ("inspection",), "source_record": ("asset",),
}


def _to_3(db: sqlite3.Connection) -> None:
    """Every uuid in one spelling (lower case, no braces), as the server reads them: QGIS's
    uuid() writes "{ABC…}", which came back from the server as a second object. A row
    that exists in both spellings already keeps the server's (lower-case) one. The
    triggers that keep new rows canonical come with the capture triggers after the steps."""
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                              "(name LIKE 'kt_capture_%' OR name LIKE 'kt_fixed_uuid_%')"
                              ).fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
    for table, references in _UUID_COLUMNS_3.items():
        canon = _CANON.format('"uuid"')
        db.execute(f'DELETE FROM "{table}" WHERE uuid IS NOT {canon} AND {canon} IN '
                   f'(SELECT uuid FROM "{table}")')
        for column in ("uuid",) + references:
            spelled = _CANON.format(f'"{column}"')
            db.execute(f'UPDATE "{table}" SET "{column}" = {spelled} '
                       f'WHERE "{column}" IS NOT {spelled}')
    for log in ("kt_change", "kt_conflict"):
        if not table_exists(db, log):  # a new file gets them after the steps
            continue
        canon = _CANON.format("uuid")
        if log == "kt_change":
            db.execute(f"DELETE FROM kt_change WHERE uuid IS NOT {canon} AND EXISTS (SELECT 1 "
                       f"FROM kt_change c WHERE c.table_name = kt_change.table_name AND "
                       f"c.uuid = {_CANON.format('kt_change.uuid')})")
        db.execute(f"UPDATE {log} SET uuid = {canon} WHERE uuid IS NOT {canon}")


def _to_4(db: sqlite3.Connection) -> None:
    """The values a Bebauungsplan sets for a planned building's area (XPlanGML): GRZ, GFZ,
    storeys and heights with their reference, as columns of planned_building."""
    have = columns_of(db, "planned_building")
    for name, kind in (("grz", "REAL"), ("gfz", "REAL"), ("storeys_min", "MEDIUMINT"),
                       ("storeys_max", "MEDIUMINT"), ("height_min_m", "REAL"),
                       ("height_max_m", "REAL"), ("height_reference", "TEXT")):
        if name not in have:
            db.execute(f'ALTER TABLE "planned_building" ADD COLUMN "{name}" {kind}')


def _to_5(db: sqlite3.Connection) -> None:
    """The work orders this desktop issued (never synced): each login numbers its own per
    year ("AA-2026-huber-007"), so numbers are unique across desktops by construction.
    And the indexes the overview map reads its mains and outlets by (pipe.width_mm,
    manhole.node_kind)."""
    _index(db, "pipe", "width_mm")
    _index(db, "manhole", "node_kind")
    db.execute("CREATE TABLE IF NOT EXISTS kt_work_order (number TEXT PRIMARY KEY, "
               "year INTEGER NOT NULL, login TEXT NOT NULL, sequence INTEGER NOT NULL, "
               "crew TEXT, due_date TEXT, created_at TEXT NOT NULL, defects TEXT NOT NULL, "
               "UNIQUE (year, login, sequence))")


def _to_6(db: sqlite3.Connection) -> None:
    """The citizens' portal: a project's public description and whether it is public
    (empty = no), and the planned building a citizen's comment is about."""
    project = columns_of(db, "planned_project")
    if "description" not in project:
        db.execute('ALTER TABLE "planned_project" ADD COLUMN "description" TEXT')
    if "public" not in project:
        db.execute('ALTER TABLE "planned_project" ADD COLUMN "public" BOOLEAN')
    if "building" not in columns_of(db, "participation_comment"):
        db.execute('ALTER TABLE "participation_comment" ADD COLUMN "building" TEXT')
    _index(db, "participation_comment", "building")


def _to_7(db: sqlite3.Connection) -> None:
    """Condition classes as exchange files give them: per observation the classes per
    criterion (Dichtheit, Standsicherheit, Betriebssicherheit) and the damage score, per
    inspection the damage score, and both the file's evaluation as it came (JSON), so an
    export writes it back. Inspections may now be of a lateral too (asset_table text)."""
    added = {
        "inspection": (("damage_score", "REAL"), ("evaluation", "TEXT")),
        "observation": (("class_tightness", "MEDIUMINT"), ("class_stability", "MEDIUMINT"),
                        ("class_operation", "MEDIUMINT"), ("damage_score", "REAL"),
                        ("classification", "TEXT")),
    }
    for table, columns in added.items():
        present = columns_of(db, table)
        for name, kind in columns:
            if name not in present:
                db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {kind}')


# version → the step that brings a working copy of version - 1 to it
STEPS: Dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _to_2,
    3: _to_3,
    4: _to_4,
    5: _to_5,
    6: _to_6,
    7: _to_7,
}
LATEST_VERSION = max(STEPS)


def pending(version: int) -> List[Tuple[int, Callable[[sqlite3.Connection], None]]]:
    return [(v, STEPS[v]) for v in sorted(STEPS) if v > version]
