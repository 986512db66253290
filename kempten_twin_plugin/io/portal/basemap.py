"""The ground image under a project's buildings when no map layer is rendered for it: a
plain site plan (Lageplan) of the building footprints, drawn with numpy, written as PNG.

The Processing algorithm and the dock render the QGIS map layers the planner chose
(``render/portal_basemap.py``) instead; this one needs no QGIS and no network, so an
export always has a ground to stand on.
"""

from __future__ import annotations

import math
import struct
import zlib
from typing import Iterable, Sequence, Tuple

import numpy as np

BACKGROUND = (238, 236, 229)
CONTEXT_FILL = (204, 200, 192)
PLANNED_FILL = (247, 224, 196)
MAX_PIXELS = 2048  # on the longer side: a texture every WebGL device takes
PIXEL_SIZE = 0.5  # m, when the extent allows it: sharp enough under 3D buildings


def image_grid(extent: Tuple[float, float, float, float]) -> Tuple[float, int, int]:
    """(pixel size, width, height) for an extent (minx, miny, maxx, maxy)."""
    minx, miny, maxx, maxy = extent
    size = max(PIXEL_SIZE, max(maxx - minx, maxy - miny) / MAX_PIXELS)
    return size, max(1, math.ceil((maxx - minx) / size)), max(1, math.ceil((maxy - miny) / size))


def fill_polygons(image: np.ndarray, polygons: Sequence[Sequence[np.ndarray]],
                  colour: Tuple[int, int, int], origin: Tuple[float, float], size: float) -> None:
    """Fill polygons (each: outer ring and holes) into ``image`` (rows top = north) in
    place, all in one pass: a scanline through every pixel row's centre, spans where the
    winding number is not zero (holes wind the other way: their inside stays empty).
    ``origin`` = (minx, maxy) of the image, ``size`` the pixel size."""
    if not polygons:
        return
    height, width = image.shape[:2]
    x0, y1 = origin
    rings = [np.asarray(r, float)[:, :2] for polygon in polygons for r in polygon]
    outer = np.array([k == 0 for polygon in polygons for k in range(len(polygon))])
    sizes = np.array([len(r) for r in rings])
    points = np.concatenate(rings)
    start = np.repeat(np.cumsum(sizes) - sizes, sizes)
    index = np.arange(len(points))
    following = start + (index - start + 1) % np.repeat(sizes, sizes)
    a, b = points, points[following]
    # outer rings counter-clockwise, holes clockwise: an edge of a ring the other way round
    # is walked backwards (twice the signed area per ring, summed over its edges)
    twice_area = np.add.reduceat(a[:, 0] * b[:, 1] - b[:, 0] * a[:, 1], np.cumsum(sizes) - sizes)
    backwards = np.repeat((twice_area < 0) == outer, sizes)
    a, b = np.where(backwards[:, None], b, a), np.where(backwards[:, None], a, b)
    ca, ra = (a[:, 0] - x0) / size, (y1 - a[:, 1]) / size
    cb, rb = (b[:, 0] - x0) / size, (y1 - b[:, 1]) / size
    # the pixel rows whose centre (row + 0.5) each edge crosses: first ≤ row < last
    first = np.clip(np.ceil(np.minimum(ra, rb) - 0.5), 0, height).astype(np.int64)
    last = np.clip(np.ceil(np.maximum(ra, rb) - 0.5), 0, height).astype(np.int64)
    counts = np.maximum(last - first, 0)
    edge = np.repeat(np.arange(len(ca)), counts)
    if not len(edge):
        return
    row = first[edge] + (np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts))
    centre = row + 0.5
    x = ca[edge] + (centre - ra[edge]) * (cb[edge] - ca[edge]) / (rb[edge] - ra[edge])
    # image rows grow southwards: an edge going north (rb < ra) winds +1
    winding = np.where(rb[edge] < ra[edge], 1, -1)
    order = np.lexsort((x, row))
    row, x, winding = row[order], x[order], winding[order]
    total = np.cumsum(winding)
    row_start = np.searchsorted(row, row, side="left")
    before = np.where(row_start > 0, total[row_start - 1], 0)
    inside = (total - before) != 0  # winding after this crossing, within its row
    same_row_next = np.append(row[1:] == row[:-1], False)
    span = inside & same_row_next
    col_start = np.clip(np.ceil(x[span] - 0.5), 0, width).astype(np.int64)
    col_end = np.clip(np.ceil(x[np.nonzero(span)[0] + 1] - 0.5), 0, width).astype(np.int64)
    rows = row[span]
    if not len(rows):
        return
    top, bottom = int(rows.min()), int(rows.max()) + 1  # only the rows touched
    cells = (bottom - top) * (width + 1)
    at = (rows - top) * (width + 1)
    steps = (np.bincount(at + col_start, minlength=cells)
             - np.bincount(at + col_end, minlength=cells)).reshape(bottom - top, width + 1)
    image[top:bottom][np.cumsum(steps, axis=1)[:, :width] > 0] = colour


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
            + chunk(b"IDAT", zlib.compress(raw.tobytes(), 3)) + chunk(b"IEND", b""))


def site_plan(extent: Tuple[float, float, float, float],
              context: Iterable[Sequence[np.ndarray]],
              planned: Iterable[Sequence[np.ndarray]]) -> Tuple[bytes, Tuple[float, float, float, float]]:
    """(PNG, extent covered exactly by its pixels) of the footprints over ``extent``."""
    size, width, height = image_grid(extent)
    minx, _miny, _maxx, maxy = extent
    image = np.empty((height, width, 3), np.uint8)
    image[:] = BACKGROUND
    fill_polygons(image, list(context), CONTEXT_FILL, (minx, maxy), size)
    fill_polygons(image, list(planned), PLANNED_FILL, (minx, maxy), size)
    return png_bytes(image), (minx, maxy - height * size, minx + width * size, maxy)
