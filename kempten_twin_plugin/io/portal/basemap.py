"""The ground image under a project's buildings when no map layer is rendered for it: a
plain site plan (Lageplan) of the building footprints, drawn with numpy, written as PNG.

The Processing algorithm and the dock render the QGIS map layers the planner chose
(``render/portal_basemap.py``) instead; this one needs no QGIS and no network, so an
export always has a ground to stand on.
"""

import math
import struct
import zlib
from typing import Iterable, Sequence, Tuple

import numpy as np

BACKGROUND = (238, 236, 229)
CONTEXT_FILL = (204, 200, 192)
PLANNED_FILL = (247, 224, 196)
MAX_PIXELS = 2048  # on the longer side: a texture every WebGL device takes
PIXEL_SIZE = 0.25  # m, when the extent allows it


def image_grid(extent: Tuple[float, float, float, float]) -> Tuple[float, int, int]:
    """(pixel size, width, height) for an extent (minx, miny, maxx, maxy)."""
    minx, miny, maxx, maxy = extent
    size = max(PIXEL_SIZE, max(maxx - minx, maxy - miny) / MAX_PIXELS)
    return size, max(1, math.ceil((maxx - minx) / size)), max(1, math.ceil((maxy - miny) / size))


def fill_polygon(image: np.ndarray, rings: Sequence[np.ndarray], colour, origin, size) -> None:
    """Fill a polygon (outer ring and holes, even-odd) into ``image`` (rows top = north)
    in place. ``origin`` = (minx, maxy) of the image, ``size`` the pixel size."""
    height, width = image.shape[:2]
    x0, y1 = origin
    edges = []
    for ring in rings:
        ring = np.asarray(ring, float)
        cols = (ring[:, 0] - x0) / size
        rows = (y1 - ring[:, 1]) / size
        edges.append(np.column_stack([cols, rows, np.roll(cols, -1), np.roll(rows, -1)]))
    e = np.concatenate(edges)
    top = max(0, int(math.floor(e[:, [1, 3]].min())))
    bottom = min(height, int(math.ceil(e[:, [1, 3]].max())) + 1)
    if top >= bottom:
        return
    centres = np.arange(top, bottom) + 0.5
    ca, ra, cb, rb = e[:, 0], e[:, 1], e[:, 2], e[:, 3]
    spans = (ra[None, :] <= centres[:, None]) != (rb[None, :] <= centres[:, None])
    with np.errstate(divide="ignore", invalid="ignore"):
        xs = ca + (centres[:, None] - ra) * (cb - ca) / (rb - ra)
    xs = np.where(spans, xs, np.inf)
    xs.sort(axis=1)
    count = spans.sum(axis=1)
    pairs = xs.shape[1] // 2
    starts = np.clip(np.ceil(xs[:, 0:2 * pairs:2] - 0.5), 0, width).astype(np.int64)
    ends = np.clip(np.ceil(xs[:, 1:2 * pairs:2] - 0.5), 0, width).astype(np.int64)
    valid = (np.arange(pairs)[None, :] * 2 + 1) < count[:, None]
    steps = np.zeros((bottom - top, width + 1), np.int32)
    row_index = np.broadcast_to(np.arange(bottom - top)[:, None], starts.shape)
    np.add.at(steps, (row_index[valid], starts[valid]), 1)
    np.add.at(steps, (row_index[valid], ends[valid]), -1)
    mask = np.cumsum(steps, axis=1)[:, :width] > 0
    image[top:bottom][mask] = colour


def png_bytes(image: np.ndarray) -> bytes:
    """An RGB uint8 image (rows, cols, 3) as PNG."""
    height, width = image.shape[:2]
    raw = np.zeros((height, width * 3 + 1), np.uint8)  # filter byte 0 per row
    raw[:, 1:] = image.reshape(height, width * 3)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw.tobytes(), 6)) + chunk(b"IEND", b""))


def site_plan(extent: Tuple[float, float, float, float],
              context: Iterable[Sequence[np.ndarray]],
              planned: Iterable[Sequence[np.ndarray]]) -> Tuple[bytes, Tuple[float, float, float, float]]:
    """(PNG, extent covered exactly by its pixels) of the footprints over ``extent``."""
    size, width, height = image_grid(extent)
    minx, _miny, _maxx, maxy = extent
    image = np.empty((height, width, 3), np.uint8)
    image[:] = BACKGROUND
    for rings, colour in [(r, CONTEXT_FILL) for r in context] + [(r, PLANNED_FILL) for r in planned]:
        fill_polygon(image, rings, colour, (minx, maxy), size)
    return png_bytes(image), (minx, maxy - height * size, minx + width * size, maxy)
