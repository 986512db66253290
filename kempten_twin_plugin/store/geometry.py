"""The one geometry codec of the working copy: GeoPackage blobs in and out.

A GeoPackage geometry blob is a small header (magic "GP", flags, SRS id, optional
envelope) followed by ISO WKB. Everything that reads or writes geometries of the working
copy without GDAL goes through here: sync (server WKB ⇄ blob), the exchange importer
(hundreds of thousands of points and lines, packed in one go), defects (a point per
report), planning (footprints from OGR), the network graph and the conflict check (numpy
coordinate arrays).

A GeoPackage made by GDAL keeps its spatial index current with triggers that call
``ST_IsEmpty``, ``ST_MinX`` … — functions GDAL registers in its own SQLite connections.
``register_functions`` gives a plain ``sqlite3`` connection the same, or any write to a
feature table fails with "no such function: ST_IsEmpty" (see ``working_copy.connect``).
"""

from __future__ import annotations

import itertools
import struct
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple, Union

import numpy as np

from .schema import CRS_EPSG

if TYPE_CHECKING:
    import sqlite3

    from osgeo import ogr

    Blob = Union[bytes, bytearray, memoryview]  # a GeoPackage geometry blob

Envelope = Tuple[float, float, float, float]  # minx, maxx, miny, maxy
Point = Tuple[float, float]

# Envelope sizes by the flags' envelope indicator (GeoPackage spec, table 2).
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


# --- writing ------------------------------------------------------------------------

def make_blob(wkb: Optional[bytes], srs_id: int = CRS_EPSG,
              envelope: Optional[Envelope] = None) -> Optional[bytes]:
    """A GeoPackage geometry blob from ISO WKB and (minx, maxx, miny, maxy) or None."""
    if wkb is None:
        return None
    if envelope is None:
        header = struct.pack("<2sBBi", b"GP", 0, 0b00000001, srs_id)
        return header + bytes(wkb)
    header = struct.pack("<2sBBi4d", b"GP", 0, 0b00000011, srs_id, *envelope)
    return header + bytes(wkb)


# make_blob's layout for a point and a line (header with XY envelope, then little-endian
# ISO WKB), packed in one go: an import makes hundreds of thousands of them.
_POINT_BLOB = struct.Struct("<2sBBi4dBIdd")
_LINE_HEADER = struct.Struct("<2sBBi4dBII")


def point_blob(x: float, y: float) -> bytes:
    """A point in EPSG:25832, with its envelope, so GDAL's R-tree triggers read the header."""
    return point_blob_and_envelope(x, y)[0]


def point_blob_and_envelope(x: float, y: float) -> Tuple[bytes, Envelope]:
    return _POINT_BLOB.pack(b"GP", 0, 3, CRS_EPSG, x, x, y, y, 1, 1, x, y), (x, x, y, y)


def line_blob(points: Sequence[Point]) -> bytes:
    return line_blob_and_envelope(points)[0]


def line_blob_and_envelope(points: Sequence[Point]) -> Tuple[bytes, Envelope]:
    if len(points) == 2:
        (x1, y1), (x2, y2) = points
        envelope = (min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2))
        coordinates = struct.pack("<4d", x1, y1, x2, y2)
    else:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        envelope = (min(xs), max(xs), min(ys), max(ys))
        coordinates = struct.pack(f"<{2 * len(points)}d", *itertools.chain.from_iterable(points))
    return _LINE_HEADER.pack(b"GP", 0, 3, CRS_EPSG, *envelope, 1, 2, len(points)) + coordinates, \
        envelope


def ogr_blob(geometry: ogr.Geometry) -> bytes:
    """A blob from an OGR geometry (flattened to 2D, EPSG:25832)."""
    geometry = geometry.Clone()
    geometry.FlattenTo2D()
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    return make_blob(geometry.ExportToIsoWkb(), CRS_EPSG, (minx, maxx, miny, maxy))


# --- reading ------------------------------------------------------------------------

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


def wkb_of(blob: Optional[Blob]) -> Optional[bytes]:
    parsed = _header(blob)
    return None if parsed is None else bytes(blob[parsed[2]:])


def _kind(wkb, offset):
    order = "<" if wkb[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", wkb, offset + 1)
    if kind & 0xE0000000:  # EWKB flags for Z and M
        base = kind & 0x0FFFFFFF
        dims = 2 + bool(kind & 0x80000000) + bool(kind & 0x40000000)
    else:  # ISO: +1000 Z, +2000 M, +3000 ZM
        base, dims = kind % 1000, {0: 2, 1: 3, 2: 3, 3: 4}[kind // 1000]
    return order, base, dims


def wkb_parts(wkb: bytes, offset: int = 0
              ) -> Union[List[np.ndarray], Tuple[List[np.ndarray], int]]:
    """The coordinate runs of WKB as (n, 2) float arrays: the point, the line, or each ring
    of each polygon (multi geometries flattened; Z and M dropped). With an ``offset`` into
    a larger WKB, returns (runs, position after the geometry)."""
    order, base, dims = _kind(wkb, offset)
    dtype = np.dtype(order + "f8")
    pos = offset + 5
    result = []

    def coords(count, pos):
        array = np.frombuffer(wkb, dtype=dtype, count=count * dims, offset=pos)
        result.append(array.reshape(count, dims)[:, :2])
        return pos + count * 8 * dims

    if base == 1:
        pos = coords(1, pos)
    elif base == 2:
        (count,) = struct.unpack_from(order + "I", wkb, pos)
        pos = coords(count, pos + 4)
    elif base == 3:
        (rings,) = struct.unpack_from(order + "I", wkb, pos)
        pos += 4
        for _ in range(rings):
            (count,) = struct.unpack_from(order + "I", wkb, pos)
            pos = coords(count, pos + 4)
    elif base in (4, 5, 6, 7):
        (members,) = struct.unpack_from(order + "I", wkb, pos)
        pos += 4
        for _ in range(members):
            sub, pos = wkb_parts(wkb, pos)
            result.extend(sub)
    return result if offset == 0 else (result, pos)


def parts(blob: Optional[Blob]) -> List[np.ndarray]:
    """``wkb_parts`` of a blob; [] for NULL."""
    wkb = wkb_of(blob)
    return [] if wkb is None else wkb_parts(wkb)


def wkb_polygons(wkb: bytes) -> List[List[np.ndarray]]:
    """The polygons of a Polygon or MultiPolygon WKB, each as its rings ((n, 2) arrays,
    outer first); [] for any other geometry."""
    order, base, _dims = _kind(wkb, 0)
    if base == 3:
        return [wkb_parts(wkb)]
    if base != 6:
        return []
    (members,) = struct.unpack_from(order + "I", wkb, 5)
    pos, result = 9, []
    for _ in range(members):
        rings, pos = wkb_parts(wkb, pos)
        result.append(rings)
    return result


def polygons(blob: Optional[Blob]) -> List[List[np.ndarray]]:
    """``wkb_polygons`` of a blob; [] for NULL."""
    wkb = wkb_of(blob)
    return [] if not wkb else wkb_polygons(wkb)


def wkb_points(wkb: bytes) -> List[Point]:
    """All (x, y) of WKB in order, NaN (an empty point) included."""
    return [(float(x), float(y)) for run in wkb_parts(wkb) for x, y in run]


def points(blob: Optional[Blob]) -> List[Point]:
    """The (x, y) vertices of a blob's geometry, in order; [] for NULL or empty."""
    wkb = wkb_of(blob)
    if not wkb:
        return []
    return [p for p in wkb_points(wkb) if p[0] == p[0]]


_PLAIN_POINT = struct.Struct("<2s2BiBI2d")  # GP header without envelope + little-endian point


def point_of(blob: Optional[Blob]) -> Optional[Point]:
    """(x, y) of a point blob; None for NULL."""
    if blob is None:
        return None
    if len(blob) == 29 and blob[3] == 1 and blob[8] == 1:  # the common case, fast
        fields = _PLAIN_POINT.unpack_from(blob)
        if fields[5] == 1:
            return fields[6], fields[7]
    wkb = wkb_of(bytes(blob))
    if wkb is None or len(wkb) < 21:
        return None
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack_from(order + "2d", wkb, 5)


def envelope(blob: Optional[Blob]) -> Optional[Envelope]:
    """(minx, maxx, miny, maxy) of a blob, from its header or, failing that, its WKB."""
    parsed = _header(blob)
    if parsed is None or parsed[0]:
        return None
    if parsed[1] is not None:
        return parsed[1]
    found = points(blob)
    if not found:
        return None
    xs, ys = [p[0] for p in found], [p[1] for p in found]
    return (min(xs), max(xs), min(ys), max(ys))


# --- GDAL's SQL functions ------------------------------------------------------------

def register_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions GDAL's R-tree triggers call, for a plain sqlite3 connection."""
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
