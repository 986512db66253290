"""One representation of every value, so local, base and server values compare exactly.

The working copy holds SQLite values (text dates, 0/1 booleans, GeoPackage geometry
blobs); the server PostgreSQL types. Pulls ask the server for values already in the
working copy's representation (see ``server_select``); ``canonical`` then maps either
side, and the JSON base snapshots of the change log, to one comparable text.
"""

from datetime import datetime, timezone

from ..store import geometry as gpkg_geometry
from ..store.schema import CRS_EPSG


def _datetime_text(value):
    text = str(value).strip().replace(" ", "T")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    parsed = parsed.astimezone(timezone.utc)
    return parsed.strftime("%Y-%m-%dT%H:%M:%S.") + f"{parsed.microsecond // 1000:03d}Z"


def canonical(kind, value, from_json=False):
    """Comparable text for a value of column type ``kind`` (or 'GEOM'); None stays None."""
    if value is None:
        return None
    if kind == "GEOM":
        blob = bytes.fromhex(value) if from_json else bytes(value)
        wkb = gpkg_geometry.wkb_of(blob) if blob[:2] == b"GP" else blob
        return wkb.hex().upper()
    if kind == "BLOB":
        return value.upper() if from_json else bytes(value).hex().upper()
    if kind == "BOOLEAN":
        return "1" if int(value) else "0"
    if kind == "INTEGER":
        return str(int(value))
    if kind == "REAL":
        return repr(float(value))
    if kind == "DATETIME":
        return _datetime_text(value)
    if kind == "DATE":
        return str(value)[:10]
    return str(value)


def server_select(table, alias="t"):
    """SELECT expressions giving a server row in the working copy's representation."""
    parts = []
    for column in table.columns:
        name = f'{alias}."{column.name}"'
        if column.type == "DATETIME":
            parts.append(f"to_char({name} AT TIME ZONE 'UTC', "
                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        elif column.type == "DATE":
            parts.append(f"to_char({name}, 'YYYY-MM-DD')")
        elif column.type == "BOOLEAN":
            parts.append(f"{name}::int")
        elif column.name == "uuid" or column.name in UUID_COLUMNS.get(table.name, ()):
            parts.append(f"{name}::text")
        else:
            parts.append(name)
    if table.geometry_type:
        parts.append(f"ST_AsBinary({alias}.geom), ST_XMin({alias}.geom), ST_XMax({alias}.geom), "
                     f"ST_YMin({alias}.geom), ST_YMax({alias}.geom)")
    return ", ".join(parts)


# Columns holding uuids on the server (references), read back as text.
UUID_COLUMNS = {
    "pipe": ("from_manhole", "to_manhole"),
    "gully": ("pipe",),
    "lateral": ("pipe", "gully"),
    "defect": ("asset",),
    "defect_event": ("defect",),
    "defect_photo": ("defect",),
    "planned_building": ("project",),
    "participation_comment": ("project",),
    "inspection": ("asset",),
    "observation": ("inspection",),
    "source_record": ("asset",),
}


def local_row_from_server(table, record):
    """A server record (from ``server_select``) as the working copy's column values."""
    n = len(table.columns)
    values = list(record[:n])
    for i, column in enumerate(table.columns):
        if column.type == "BLOB" and values[i] is not None:
            values[i] = bytes(values[i])
    if table.geometry_type:
        wkb, minx, maxx, miny, maxy = record[n:n + 5]
        envelope = None if minx is None else (minx, maxx, miny, maxy)
        values.append(gpkg_geometry.make_blob(wkb, CRS_EPSG, envelope) if wkb is not None
                      else None)
    return values


def server_parameter(kind, value):
    """A working-copy value as a parameter for the server."""
    if value is None:
        return None
    if kind == "BOOLEAN":
        return bool(int(value))
    if kind == "BLOB":
        return bytes(value)
    if kind == "GEOM":
        blob = bytes(value)
        return gpkg_geometry.wkb_of(blob) if blob[:2] == b"GP" else blob
    return value
