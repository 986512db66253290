"""GeoPackage geometry blobs, and the SQL functions GDAL's R-tree triggers call.

A GeoPackage made by GDAL keeps its spatial index current with triggers that call
``ST_IsEmpty``, ``ST_MinX`` … — functions GDAL registers in its own SQLite connections.
A plain ``sqlite3`` connection must register them too, or any write to a feature table
fails with "no such function: ST_IsEmpty". ``connect()`` does that, so sync can write the
working copy quickly and safely beside QGIS.
"""

import sqlite3
import struct

# Envelope sizes by the flags' envelope indicator (GeoPackage spec, table 2).
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def make_blob(wkb, srs_id, envelope):
    """A GeoPackage geometry blob from ISO WKB and (minx, maxx, miny, maxy) or None."""
    if wkb is None:
        return None
    if envelope is None:
        header = struct.pack("<2sBBi", b"GP", 0, 0b00000001, srs_id)
        return header + bytes(wkb)
    header = struct.pack("<2sBBi4d", b"GP", 0, 0b00000011, srs_id, *envelope)
    return header + bytes(wkb)


def _header(blob):
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    little = flags & 1
    indicator = (flags >> 1) & 0b111
    empty = bool(flags & 0b10000)
    n = _ENVELOPE_DOUBLES.get(indicator, 0)
    envelope = None
    if n:
        envelope = struct.unpack_from(("<" if little else ">") + "4d", blob, 8)
    return empty, envelope, 8 + 8 * n


def wkb_of(blob):
    parsed = _header(blob)
    return None if parsed is None else bytes(blob[parsed[2]:])


def _points(wkb, offset=0):
    """All (x, y) of a WKB Point / LineString / Polygon / Multi* (2D, Z or M ignored)."""
    order = "<" if wkb[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", wkb, offset + 1)
    if kind & 0xE0000000:  # EWKB flags for Z and M
        base = kind & 0x0FFFFFFF
        dims = 2 + bool(kind & 0x80000000) + bool(kind & 0x40000000)
    else:  # ISO: +1000 Z, +2000 M, +3000 ZM
        base, dims = kind % 1000, {0: 2, 1: 3, 2: 3, 3: 4}[kind // 1000]
    pos = offset + 5
    points = []

    def read_coords(count, pos):
        for i in range(count):
            x, y = struct.unpack_from(order + "2d", wkb, pos + i * 8 * dims)
            points.append((x, y))
        return pos + count * 8 * dims

    if base == 1:
        pos = read_coords(1, pos)
    elif base == 2:
        (count,) = struct.unpack_from(order + "I", wkb, pos)
        pos = read_coords(count, pos + 4)
    elif base == 3:
        (rings,) = struct.unpack_from(order + "I", wkb, pos)
        pos += 4
        for _ in range(rings):
            (count,) = struct.unpack_from(order + "I", wkb, pos)
            pos = read_coords(count, pos + 4)
    elif base in (4, 5, 6, 7):
        (parts,) = struct.unpack_from(order + "I", wkb, pos)
        pos += 4
        for _ in range(parts):
            sub, pos = _points(wkb, pos)
            points.extend(sub)
    return points, pos


def envelope(blob):
    """(minx, maxx, miny, maxy) of a blob, from its header or, failing that, its WKB."""
    parsed = _header(blob)
    if parsed is None or parsed[0]:
        return None
    if parsed[1] is not None:
        return parsed[1]
    points, _ = _points(bytes(blob[parsed[2]:]))
    points = [p for p in points if p[0] == p[0]]  # NaN marks an empty point
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), max(xs), min(ys), max(ys))


def _register(connection):
    def part(index):
        def function(blob):
            env = envelope(blob)
            return None if env is None else env[index]
        return function

    def is_empty(blob):
        parsed = _header(blob)
        if parsed is None:
            return None
        return 1 if parsed[0] or envelope(blob) is None else 0

    connection.create_function("ST_MinX", 1, part(0), deterministic=True)
    connection.create_function("ST_MaxX", 1, part(1), deterministic=True)
    connection.create_function("ST_MinY", 1, part(2), deterministic=True)
    connection.create_function("ST_MaxY", 1, part(3), deterministic=True)
    connection.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)


def connect(path):
    """A sqlite3 connection to a GeoPackage that can write feature tables safely."""
    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    _register(connection)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA cache_size = -65536")  # 64 MB: big pulls build indexes in memory
    return connection


def points(blob):
    """The (x, y) vertices of a blob's geometry, in order; [] for NULL or empty."""
    wkb = wkb_of(blob)
    if not wkb:
        return []
    found, _ = _points(wkb)
    return [p for p in found if p[0] == p[0]]
