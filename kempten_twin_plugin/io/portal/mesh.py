"""Buildings as closed prisms: footprint (with courtyards) extruded from a bottom to a top
height, as one triangle mesh for a glb (pure Python and numpy).

Roofs and floors come from an ear-clipping triangulation with earcut-style hole bridging
(the rightmost hole vertex to the nearest visible outer vertex); convex footprints
without holes, most buildings, are fanned directly. Walls are one quad per ring edge with
its own normal (flat shading). Winding is counter-clockwise seen from outside, as glTF
wants it. All vertices of a mesh go through the local frame in one call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple, Union

import numpy as np

Ring = Sequence[Tuple[float, float]]


@dataclass
class Prism:
    """One building: ``rings`` in EPSG:25832 (outer first, then holes), ``bottom`` and
    ``top`` in m NHN, ``colour`` sRGB 0–255."""

    rings: Sequence
    bottom: float
    top: float
    colour: Tuple[int, int, int]


class FootprintError(ValueError):
    """A footprint that cannot be triangulated (self-intersecting, degenerate)."""


# --- triangulation ------------------------------------------------------------------

def signed_area(ring: Union[np.ndarray, Sequence[Sequence[float]]]) -> float:
    """Positive for a counter-clockwise ring (shoelace formula)."""
    pts = [(float(p[0]), float(p[1])) for p in ring]
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1])) / 2.0


def clean_ring(ring: Union[np.ndarray, Sequence[Sequence[float]]],
               eps: float = 1e-6) -> List[Tuple[float, float]]:
    """The ring without its closing point, repeated points and collinear points."""
    pts = [(float(p[0]), float(p[1])) for p in ring]
    out = []
    for p in pts:
        if not out or math.dist(out[-1], p) >= eps:
            out.append(p)
    while len(out) > 1 and math.dist(out[0], out[-1]) < eps:
        out.pop()
    changed = True
    while changed and len(out) > 3:
        changed = False
        for i in range(len(out)):
            a, b, c = out[i - 1], out[i], out[(i + 1) % len(out)]
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            if abs(cross) < eps * max(math.dist(a, b), math.dist(b, c), 1e-9):
                out.pop(i)
                changed = True
                break
    return out


def _area2(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _in_triangle(p, a, b, c):
    return _area2(a, b, p) >= 0 and _area2(b, c, p) >= 0 and _area2(c, a, p) >= 0


def _crosses(p1, p2, q1, q2):
    d1, d2 = _area2(q1, q2, p1), _area2(q1, q2, p2)
    d3, d4 = _area2(p1, p2, q1), _area2(p1, p2, q2)
    return d1 * d2 < 0 and d3 * d4 < 0


def _convex(ring):
    n = len(ring)
    return all(_area2(ring[i - 1], ring[i], ring[(i + 1) % n]) > 0 for i in range(n))


def oriented_rings(rings: Sequence[Union[np.ndarray, Sequence[Sequence[float]]]]
                   ) -> List[List[Tuple[float, float]]]:
    """Cleaned rings, the outer counter-clockwise and holes clockwise; degenerate holes
    dropped. [] when the outer ring is degenerate."""
    cleaned = [clean_ring(r) for r in rings]
    if not cleaned or len(cleaned[0]) < 3:
        return []
    result = []
    for i, ring in enumerate(cleaned):
        if len(ring) < 3:
            continue
        area = signed_area(ring)
        if abs(area) < 1e-9:
            if i == 0:
                return []
            continue
        if (i == 0) != (area > 0):
            ring = ring[::-1]
        result.append(ring)
    return result


def triangulate(rings: Sequence[Sequence[Tuple[float, float]]]
                ) -> Tuple[List[Tuple[float, float]], List[Tuple[int, int, int]]]:
    """(points, triangles) of a polygon given as oriented rings (``oriented_rings``):
    points are the rings' vertices in order, triangles index them, counter-clockwise."""
    if not rings:
        return [], []
    points = [p for r in rings for p in r]
    if len(rings) == 1 and _convex(rings[0]):
        n = len(rings[0])
        return points, [(0, i, i + 1) for i in range(1, n - 1)]
    offsets = np.cumsum([0] + [len(r) for r in rings])
    polygon = list(range(offsets[0], offsets[1]))
    holes = [list(range(offsets[k], offsets[k + 1])) for k in range(1, len(rings))]
    holes.sort(key=lambda h: -max(points[i][0] for i in h))
    for hole in holes:
        polygon = _bridge(points, polygon, hole, holes)
    return points, _clip_ears(points, polygon)


def _bridge(points, polygon, hole, holes):
    """The polygon with ``hole`` joined in by a bridge from the hole's rightmost vertex to
    the nearest outer vertex it sees."""
    start = max(hole, key=lambda i: (points[i][0], -points[i][1]))
    at = hole.index(start)
    sequence = hole[at:] + hole[:at]
    h = points[start]
    edges = [(polygon[k], polygon[(k + 1) % len(polygon)]) for k in range(len(polygon))]
    for other in holes:
        edges += [(other[k], other[(k + 1) % len(other)]) for k in range(len(other))]
    for k in sorted(range(len(polygon)), key=lambda k: math.dist(points[polygon[k]], h)):
        c = points[polygon[k]]
        if any(_crosses(h, c, points[a], points[b]) for a, b in edges
               if polygon[k] not in (a, b) and start not in (a, b)):
            continue
        before, after = points[polygon[k - 1]], points[polygon[(k + 1) % len(polygon)]]
        if _area2(before, c, after) >= 0:  # convex corner: the bridge runs inside its wedge
            inside = _area2(before, c, h) >= 0 and _area2(c, after, h) >= 0
        else:  # reflex corner: the bridge must not run in the outside wedge
            inside = not (_area2(c, before, h) > 0 and _area2(after, c, h) > 0)
        if inside:
            o = polygon[k]
            return polygon[:k + 1] + sequence + [start, o] + polygon[k + 1:]
    raise FootprintError("a courtyard cannot be joined to the outer ring")


def _clip_ears(points, polygon):
    triangles = []
    remaining = polygon[:]
    guard = 10 * len(polygon) ** 2 + 10
    while len(remaining) > 3 and guard > 0:
        guard -= 1
        n = len(remaining)
        clipped = False
        for i in range(n):
            ia, ib, ic = remaining[i - 1], remaining[i], remaining[(i + 1) % n]
            a, b, c = points[ia], points[ib], points[ic]
            if _area2(a, b, c) <= 0:
                continue
            if any(_in_triangle(points[j], a, b, c) for j in remaining
                   if j not in (ia, ib, ic) and points[j] not in (a, b, c)):
                continue
            triangles.append((ia, ib, ic))
            remaining.pop(i)
            clipped = True
            break
        if not clipped:  # a zero-area remainder (bridge seams): drop a flat vertex
            for i in range(n):
                a, b, c = (points[remaining[i - 1]], points[remaining[i]],
                           points[remaining[(i + 1) % n]])
                if abs(_area2(a, b, c)) < 1e-12:
                    remaining.pop(i)
                    clipped = True
                    break
        if not clipped:
            raise FootprintError("the footprint intersects itself")
    if len(remaining) == 3 and _area2(*(points[i] for i in remaining)) > 0:
        triangles.append(tuple(remaining))
    return triangles


# --- meshes ---------------------------------------------------------------------------

def srgb_to_linear_u8(colour: Sequence[float]) -> np.ndarray:
    """sRGB 0–255 → linear 0–255 (glTF vertex colours are linear)."""
    c = np.asarray(colour[:3], float) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return np.round(linear * 255.0).astype(np.uint8)


@dataclass
class Mesh:
    """Arrays of one glb primitive, in glTF axes (y up); ``low``/``high`` the bounds in the
    local frame (z up); ``skipped`` the indexes of prisms that could not be meshed."""

    positions: np.ndarray  # float32 (n, 3)
    normals: np.ndarray  # float32 (n, 3)
    colours: np.ndarray  # uint8 (n, 4)
    feature_ids: np.ndarray  # float32 (n,)
    indices: np.ndarray  # uint32 (m,)
    low: np.ndarray
    high: np.ndarray
    skipped: List[int]


def _unit(v):
    length = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(length == 0, 1.0, length)


def prism_mesh(prisms: Sequence[Prism], to_local: Callable) -> Mesh:
    """One mesh of all ``prisms``; feature id i = the i-th prism. ``to_local(x, y, H)``
    gives local east/north/up (n, 3) for EPSG:25832 and m NHN.

    Vertices: every roof vertex, every floor vertex, then four per wall; each in one
    array operation over all prisms (only the triangulation is per footprint)."""
    points, triangles, ring_sizes, owners, skipped = [], [], [], [], []
    count = 0
    for i, prism in enumerate(prisms):
        rings = oriented_rings(prism.rings)
        try:
            pts, tris = triangulate(rings)
        except FootprintError:
            pts, tris = [], []
        if not tris:
            skipped.append(i)
            continue
        points.extend(pts)
        triangles.append(np.asarray(tris, np.int64) + count)
        ring_sizes.extend(len(r) for r in rings)
        owners.append((i, len(pts), len(rings)))
        count += len(pts)
    if not owners:
        raise FootprintError("no footprint could be meshed")
    xy = np.asarray(points, float)
    n = len(xy)
    owner = np.repeat([o[0] for o in owners], [o[1] for o in owners])  # prism of each point
    bottoms = np.array([p.bottom for p in prisms], float)[owner]
    tops = np.array([p.top for p in prisms], float)[owner]
    local = to_local(np.concatenate([xy[:, 0], xy[:, 0]]), np.concatenate([xy[:, 1], xy[:, 1]]),
                     np.concatenate([bottoms, tops]))
    low, high = local[:n], local[n:]
    tri = np.concatenate(triangles)
    # roofs: one normal per prism, the sum of its triangles' normals
    normals = np.cross(high[tri[:, 1]] - high[tri[:, 0]], high[tri[:, 2]] - high[tri[:, 0]])
    up = np.zeros((len(prisms), 3))
    np.add.at(up, owner[tri[:, 0]], normals)
    up = _unit(up)[owner]
    # walls: per ring edge k → k+1 a quad bottom k, bottom k+1, top k+1, top k
    sizes = np.asarray(ring_sizes)
    ring_start = np.repeat(np.cumsum(sizes) - sizes, sizes)
    a = np.arange(n)
    b = ring_start + (a - ring_start + 1) % np.repeat(sizes, sizes)
    quads = np.stack([low[a], low[b], high[b], high[a]], axis=1)  # (edges, 4, 3)
    wall_normals = _unit(np.cross(quads[:, 1] - quads[:, 0], quads[:, 3] - quads[:, 0]))
    vertices = np.concatenate([high, low, quads.reshape(-1, 3)])
    vertex_normals = np.concatenate([up, -up, np.repeat(wall_normals, 4, axis=0)])
    vertex_owner = np.concatenate([owner, owner, np.repeat(owner, 4)])
    walls = (a[:, None] * 4 + 2 * n + np.array([0, 1, 2, 0, 2, 3])[None, :]).reshape(-1, 3)
    indices = np.concatenate([tri, tri[:, ::-1] + n, walls])
    linear = {c: np.append(srgb_to_linear_u8(c), 255) for c in {tuple(p.colour) for p in prisms}}
    palette = np.array([linear[tuple(p.colour)] for p in prisms], np.uint8)
    return Mesh(positions=_gltf(vertices).astype(np.float32),
                normals=_gltf(vertex_normals).astype(np.float32),
                colours=np.ascontiguousarray(palette[vertex_owner]),
                feature_ids=vertex_owner.astype(np.float32),
                indices=indices.reshape(-1).astype(np.uint32),
                low=vertices.min(axis=0), high=vertices.max(axis=0), skipped=skipped)


def _gltf(points):
    """Local (e, n, u) → glTF (e, u, −n); see geodesy.local_to_gltf."""
    return np.column_stack([points[:, 0], points[:, 2], -points[:, 1]])
