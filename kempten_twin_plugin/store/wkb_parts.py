"""Just enough WKB for the conflict check: lines and polygons as numpy coordinate arrays."""

import struct

import numpy as np

from . import geometry as gpkg_geometry


def parts(wkb, offset=0):
    """A list of (n, 2) float arrays: the point, the line, or each ring of each polygon."""
    order = "<" if wkb[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", wkb, offset + 1)
    if kind & 0xE0000000:
        base = kind & 0x0FFFFFFF
        dims = 2 + bool(kind & 0x80000000) + bool(kind & 0x40000000)
    else:
        base, dims = kind % 1000, {0: 2, 1: 3, 2: 3, 3: 4}[kind // 1000]
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
            sub, pos = _parts_and_end(wkb, pos)
            result.extend(sub)
    return result if offset == 0 else (result, pos)


def _parts_and_end(wkb, pos):
    return parts(wkb, pos)


def blob_parts(blob):
    wkb = gpkg_geometry.wkb_of(blob)
    return [] if wkb is None else parts(wkb)
