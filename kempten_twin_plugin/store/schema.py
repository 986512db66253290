"""The data model of DESIGN.md §4, described once for the working copy (and later the server).

Every synchronised table carries ``uuid`` (made by the client, the identity across
machines), ``version``, ``changed_at`` and ``changed_by``. GeoPackage feature tables also
need an integer ``fid``; it is local to one file and never leaves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

CRS_EPSG = 25832  # ETRS89 / UTM zone 32N; heights in m NHN (DHHN2016)
GEOMETRY_COLUMN = "geom"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # TEXT, INTEGER, REAL, BOOLEAN, DATE, DATETIME, BLOB
    not_null: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    geometry_type: Optional[str]  # POINT, LINESTRING, POLYGON or None
    columns: Tuple[Column, ...]
    indexed: Tuple[str, ...] = ()  # columns worth an index for lookups and joins

    @property
    def column_names(self) -> List[str]:
        return [c.name for c in self.columns]


SYNC_COLUMNS = (
    Column("uuid", "TEXT", not_null=True),
    Column("version", "INTEGER", not_null=True),
    Column("changed_at", "DATETIME", not_null=True),
    Column("changed_by", "TEXT", not_null=True),
)


def _table(name, geometry_type, columns, indexed=()):
    return Table(name, geometry_type, SYNC_COLUMNS + tuple(columns), ("uuid",) + tuple(indexed))


C = Column

MANHOLE = _table(
    "manhole",
    "POINT",
    [
        C("object_code", "TEXT", True),
        C("node_kind", "TEXT", True),
        C("drainage", "TEXT"),
        C("cover_level", "REAL"),
        C("invert_level", "REAL"),
        C("depth", "REAL"),
        C("material", "TEXT"),
        C("year_built", "INTEGER"),
        C("condition_class", "INTEGER"),
        C("condition_scheme", "TEXT"),
        C("street", "TEXT"),
    ],
    indexed=("object_code", "node_kind"),
)

PIPE = _table(
    "pipe",
    "LINESTRING",
    [
        C("object_code", "TEXT", True),
        C("from_manhole", "TEXT"),
        C("to_manhole", "TEXT"),
        C("invert_from", "REAL"),
        C("invert_to", "REAL"),
        C("length", "REAL"),
        C("profile", "TEXT"),
        C("width_mm", "INTEGER"),
        C("height_mm", "INTEGER"),
        C("material", "TEXT"),
        C("drainage", "TEXT"),
        C("year_built", "INTEGER"),
        C("condition_class", "INTEGER"),
        C("condition_scheme", "TEXT"),
        C("street", "TEXT"),
    ],
    indexed=("object_code", "from_manhole", "to_manhole", "width_mm"),
)

LATERAL = _table(
    "lateral",
    "LINESTRING",
    [
        C("object_code", "TEXT", True),
        C("pipe", "TEXT"),
        C("gully", "TEXT"),  # set when the lateral drains a street gully
        C("width_mm", "INTEGER"),
        C("material", "TEXT"),
    ],
    indexed=("object_code", "pipe"),
)

GULLY = _table(
    "gully",
    "POINT",
    [
        C("object_code", "TEXT", True),
        C("kind", "TEXT"),
        C("has_bucket", "BOOLEAN"),
        C("pipe", "TEXT"),
        C("cover_level", "REAL"),
        C("street", "TEXT"),
        C("last_cleaned", "DATE"),
    ],
    indexed=("object_code", "pipe"),
)

DEFECT = _table(
    "defect",
    "POINT",
    [
        C("defect_number", "TEXT", True),
        C("asset_table", "TEXT"),  # gully, manhole or pipe
        C("asset", "TEXT"),  # uuid of the asset
        C("category", "TEXT", True),
        C("severity", "INTEGER", True),
        C("status", "TEXT", True),
        C("status_note", "TEXT"),  # goes with the latest status change into defect_event
        C("description", "TEXT"),
        C("reported_at", "DATETIME"),
        C("reported_by", "TEXT"),
        C("source", "TEXT"),
        C("external_id", "TEXT"),
        C("assigned_to", "TEXT"),
        C("due_date", "DATE"),
        C("resolved_at", "DATETIME"),
    ],
    indexed=("defect_number", "asset", "status"),
)

DEFECT_EVENT = _table(
    "defect_event",
    None,
    [
        C("defect", "TEXT", True),
        C("at", "DATETIME", True),
        C("by", "TEXT"),
        C("from_status", "TEXT"),
        C("to_status", "TEXT", True),
        C("note", "TEXT"),
    ],
    indexed=("defect",),
)

DEFECT_PHOTO = _table(
    "defect_photo",
    None,
    [
        C("defect", "TEXT", True),
        C("taken_at", "DATETIME"),
        C("mime", "TEXT"),
        C("sha256", "TEXT"),
        C("bytes", "BLOB"),
    ],
    indexed=("defect",),
)

PLANNED_PROJECT = _table(
    "planned_project",
    "POLYGON",
    [
        C("name", "TEXT", True),
        C("reference", "TEXT"),
        C("status", "TEXT"),
        C("source", "TEXT"),
        # Citizens' portal (local version 4, server version 5): a text for the public and
        # whether an export without a named project includes this one (empty = no: GDAL
        # cannot give a boolean column a default that survives ogr2ogr into PostgreSQL).
        C("description", "TEXT"),
        C("public", "BOOLEAN"),
    ],
)

PLANNED_BUILDING = _table(
    "planned_building",
    "POLYGON",
    [
        C("project", "TEXT", True),
        C("floors", "INTEGER"),
        C("height_m", "REAL"),
        C("base_level", "REAL"),
        C("roof", "TEXT"),
        C("use", "TEXT"),
        # What a Bebauungsplan (XPlanGML) sets for the area, as the planner reads it.
        C("grz", "REAL"),
        C("gfz", "REAL"),
        C("storeys_min", "INTEGER"),
        C("storeys_max", "INTEGER"),
        C("height_min_m", "REAL"),
        C("height_max_m", "REAL"),
        C("height_reference", "TEXT"),  # e.g. "FH über relativGelaendeoberkante"
    ],
    indexed=("project",),
)

PARTICIPATION_COMMENT = _table(
    "participation_comment",
    "POINT",
    [
        C("project", "TEXT", True),
        C("external_id", "TEXT"),
        C("text", "TEXT"),
        C("created_at", "DATETIME"),
        C("building", "TEXT"),  # the planned building it is about, when known (version 4)
    ],
    indexed=("project", "building"),
)

# Inspections (Zustandsdaten, e.g. from ISYBAU XML or DWA-M 150) of a manhole, pipe or
# lateral (a Leitung / Anschlussleitung, from working-copy version 7 on).
INSPECTION = _table(
    "inspection",
    None,
    [
        C("asset_table", "TEXT", True),  # manhole, pipe or lateral
        C("asset", "TEXT"),  # uuid of the asset; empty when the file named an unknown asset
        C("object_code", "TEXT", True),  # the asset's object code as the file gave it
        C("inspected_on", "DATE"),
        C("direction", "TEXT"),  # raw code of the file (in or against the flow)
        C("standard", "TEXT"),  # coding standard of the file, e.g. ISYBAU 2017, DWA-M 150
        C("condition_class", "INTEGER"),
        C("condition_scheme", "TEXT"),
        C("source", "TEXT"),  # the file it came from
        # Added in working-copy version 7: the file's damage score (ISYBAU ZahlEndgueltig,
        # else ZahlVorlaeufig; DWA-M 150 HI215), a score, never a class; and the file's
        # evaluation as it came (JSON: ISYBAU Bewertung, DWA-M 150 HI2xx) for the export.
        C("damage_score", "REAL"),
        C("evaluation", "TEXT"),
    ],
    indexed=("asset", "object_code"),
)

# One coded observation (Zustand) of an inspection.
OBSERVATION = _table(
    "observation",
    None,
    [
        C("inspection", "TEXT", True),
        C("position", "INTEGER", True),  # order within the inspection
        C("station", "REAL"),  # m along the pipe, or depth in a manhole
        C("code", "TEXT", True),  # InspektionsKode / main code, e.g. BAB
        C("characterisation1", "TEXT"),
        C("characterisation2", "TEXT"),
        C("quantity1", "TEXT"),
        C("quantity2", "TEXT"),
        C("clock_from", "TEXT"),
        C("clock_to", "TEXT"),
        C("condition_class", "INTEGER"),
        C("condition_scheme", "TEXT"),
        C("remark", "TEXT"),
        # Added in working-copy version 7: the classes per criterion (Dichtheit,
        # Standsicherheit, Betriebssicherheit) in condition_scheme, the damage score
        # (ISYBAU MaxSZeAuto), and the file's classification as it came (JSON) for the export.
        C("class_tightness", "INTEGER"),
        C("class_stability", "INTEGER"),
        C("class_operation", "INTEGER"),
        C("damage_score", "REAL"),
        C("classification", "TEXT"),
    ],
    indexed=("inspection",),
)

# What an exchange file said about an asset that has no column of its own (ISYBAU Status,
# Knotentyp, a lateral's end nodes …) and every code we could not interpret: kept raw as
# JSON so nothing is dropped silently and an export can write it back.
SOURCE_RECORD = _table(
    "source_record",
    None,
    [
        C("asset_table", "TEXT", True),
        C("asset", "TEXT", True),
        C("object_code", "TEXT", True),
        C("format", "TEXT", True),  # ISYBAU 2017, DWA-M 150 …
        C("codes", "TEXT", True),  # JSON object: field name -> raw value
    ],
    indexed=("asset",),
)

TABLES = (
    MANHOLE,
    PIPE,
    LATERAL,
    GULLY,
    DEFECT,
    DEFECT_EVENT,
    DEFECT_PHOTO,
    PLANNED_PROJECT,
    PLANNED_BUILDING,
    PARTICIPATION_COMMENT,
    INSPECTION,
    OBSERVATION,
    SOURCE_RECORD,
)

TABLES_BY_NAME = {t.name: t for t in TABLES}

# Tables of the working copy alone (never synced), made by store.local_migrations:
# kt_work_order (version 4): the work orders issued here, numbered per login and year.
WORK_ORDER_TABLE = "kt_work_order"

# Parents before children, so that foreign keys hold at every step of a push (and a pull
# writes references after what they point to).
SYNC_ORDER = ("manhole", "pipe", "gully", "lateral", "planned_project", "planned_building",
              "participation_comment", "defect", "defect_event", "defect_photo", "inspection",
              "observation", "source_record")
# The server writes these itself (history of the defect workflow); clients only read them.
SERVER_OWNED = ("defect_event",)

# Columns that hold the uuid of another row (references); uuids on the server, text here.
UUID_COLUMNS = {
    "pipe": ("from_manhole", "to_manhole"),
    "gully": ("pipe",),
    "lateral": ("pipe", "gully"),
    "defect": ("asset",),
    "defect_event": ("defect",),
    "defect_photo": ("defect",),
    "planned_building": ("project",),
    "participation_comment": ("project", "building"),
    "inspection": ("asset",),
    "observation": ("inspection",),
    "source_record": ("asset",),
}
