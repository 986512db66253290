"""GML geometry for the planning readers: coordinates of CityGML rings as numpy arrays, and
any GML geometry of XPlanGML (curves included) through GDAL, linearised within 1 cm.

CityGML is 3D: a ``posList`` without ``srsDimension`` (on itself or an ancestor) holds three
values per position; a list that only closes as two values per position is read as 2D.
XPlanGML is 2D, and its arcs (``Arc``, ``ArcString``, ``Circle``, ``ArcByCenterPoint``,
``CircleByCenterPoint``) are GDAL's to read: ``ogr.CreateGeometryFromGML`` gives curve
geometries, ``linearise`` strokes them with an angle step chosen so the chord never strays
more than 1 cm from the true arc of the largest radius in the geometry.
"""

from __future__ import annotations

import math
import re
import struct
from typing import TYPE_CHECKING, List, Optional, Sequence

import numpy as np
from lxml import etree

from ...i18n import tr
from .errors import PlanningImportError

if TYPE_CHECKING:
    from osgeo import ogr

GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
SRS_DIMENSION = ("srsDimension", "{http://www.opengis.net/gml}srsDimension",
                 "{http://www.opengis.net/gml/3.2}srsDimension")
CHORD_TOLERANCE_M = 0.01
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


class GmlError(PlanningImportError):
    """A geometry that cannot be read; the reader refuses its feature."""


def local(tag: object) -> str:
    return tag[tag.rfind("}") + 1:] if isinstance(tag, str) else ""


def srs_name(element: etree._Element, stop: Optional[etree._Element] = None) -> Optional[str]:
    """The srsName on ``element`` or its nearest ancestor (not beyond ``stop``)."""
    node = element
    while node is not None:
        name = node.get("srsName")
        if name:
            return name
        if node is stop:
            return None
        node = node.getparent()
    return None


def _dimension_attr(element, stop):
    node = element
    while node is not None:
        for key in SRS_DIMENSION:
            value = node.get(key)
            if value:
                try:
                    return int(value)
                except ValueError:
                    return None
        if node is stop:
            return None
        node = node.getparent()
    return None


def numbers(text: str) -> np.ndarray:
    """Floats of a coordinate text; NaN and inf are kept (the geometry check refuses them),
    anything else that is not a number raises GmlError."""
    parts = text.split()
    try:
        return np.array(parts, dtype=float)
    except ValueError:
        bad = next((p for p in parts if not _is_number(p)), "?")
        raise GmlError(tr("a coordinate is not a number: {value!r}").format(value=bad[:30])) \
            from None


def _is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def ring_coordinates(ring: etree._Element, stop: Optional[etree._Element] = None,
                     default_dimension: int = 3) -> np.ndarray:
    """(n, 2 or 3) array of a gml:LinearRing (posList, pos, coordinates)."""
    pos_list = None
    for child in ring:
        name = local(child.tag)
        if name == "posList":
            pos_list = child
            break
        if name in ("pos", "coordinates", "pointProperty"):
            break
    if pos_list is not None:
        values = numbers(pos_list.text or "")
        dimension = pos_list.get("srsDimension") or _dimension_attr(ring, stop)
        dimension = int(dimension) if dimension else _closing_dimension(values, default_dimension)
        if dimension not in (2, 3) or values.size % dimension:
            raise GmlError(tr("a ring has {n} values, not a multiple of its dimension {d}")
                           .format(n=values.size, d=dimension))
        return values.reshape(-1, dimension)
    points = []
    for child in ring.iter():
        name = local(child.tag)
        if name == "pos":
            values = numbers(child.text or "")
            if values.size not in (2, 3):
                raise GmlError(tr("a position has {n} values").format(n=values.size))
            points.append(values if values.size == 3 else np.append(values, np.nan))
        elif name == "coordinates":
            for pair in (child.text or "").split():
                values = numbers(pair.replace(",", " "))
                if values.size not in (2, 3):
                    raise GmlError(tr("a position has {n} values").format(n=values.size))
                points.append(values if values.size == 3 else np.append(values, np.nan))
    return np.array(points, dtype=float).reshape(-1, 3)


def _closing_dimension(values, preferred):
    """The dimension (3 or 2) under which the list is a closed ring; CityGML's default 3
    wins when both close (they cannot both, except in a degenerate ring)."""
    order = (preferred, 5 - preferred)
    size = values.size
    for dimension in order:
        if size % dimension == 0 and size >= 4 * dimension \
                and values[:dimension].tolist() == values[size - dimension:].tolist():
            return dimension
    for dimension in order:
        if values.size % dimension == 0:
            return dimension
    return preferred


POS_LISTS = tuple(f"{{{ns}}}posList" for ns in GML_NAMESPACES)
RING_TAGS = tuple(f"{{{ns}}}{name}" for ns in GML_NAMESPACES
                  for name in ("LinearRing", "Ring"))


def polygon_rings(polygon: etree._Element, stop: Optional[etree._Element] = None,
                  default_dimension: int = 3) -> List[np.ndarray]:
    """[exterior, interior …] coordinate arrays of a gml:Polygon / PolygonPatch / Triangle."""
    rings_found = list(polygon.iter(*RING_TAGS))
    lists = list(polygon.iter(*POS_LISTS))
    if lists and len(lists) == len(rings_found) and all(
            r.tag.endswith("LinearRing") for r in rings_found):
        # The common case, fast: one posList per LinearRing, exterior first.
        rings = []
        for n, pos_list in enumerate(lists):
            values = numbers(pos_list.text or "")
            dimension = pos_list.get("srsDimension")
            dimension = int(dimension) if dimension else _closing_dimension(values, default_dimension)
            if dimension not in (2, 3) or values.size % dimension:
                raise GmlError(tr("a ring has {n} values, not a multiple of its dimension {d}")
                               .format(n=values.size, d=dimension))
            coords = values.reshape(-1, dimension)
            if len(coords) >= 4:
                rings.append(coords)
            elif n == 0:
                raise GmlError(tr("a ring has fewer than four positions"))
        return rings
    rings = []
    for child in polygon:
        if local(child.tag) not in ("exterior", "interior", "outerBoundaryIs", "innerBoundaryIs"):
            continue
        for ring in child:
            if local(ring.tag) == "LinearRing":
                coords = ring_coordinates(ring, stop, default_dimension)
                if len(coords) >= 4:
                    rings.append(coords)
                elif local(child.tag) in ("exterior", "outerBoundaryIs"):
                    raise GmlError(tr("a ring has fewer than four positions"))
            elif local(ring.tag) == "Ring":
                raise GmlError(tr("a curved ring (gml:Ring) in a CityGML surface"))
    return rings


def polygon_wkb(rings: Sequence[np.ndarray]) -> bytes:
    """2D ISO WKB of a polygon from coordinate arrays (exterior first)."""
    out = [struct.pack("<BII", 1, 3, len(rings))]
    for ring in rings:
        xy = np.ascontiguousarray(ring[:, :2], dtype="<f8")
        out.append(struct.pack("<I", len(xy)))
        out.append(xy.tobytes())
    return b"".join(out)


# --- XPlanGML: any GML geometry through GDAL ------------------------------------------------

_COORDINATE_ELEMENTS = ("posList", "pos", "coordinates")


def check_numbers(element: etree._Element) -> None:
    """Refuse a geometry whose coordinate text is not all numbers (GDAL would read "NaN"
    and other words as 0 without a word). NaN and inf themselves raise GmlError too: the
    caller reports them."""
    for node in element.iter():
        name = local(node.tag)
        if name in _COORDINATE_ELEMENTS:
            for token in (node.text or "").replace(",", " ").split():
                if not _NUMBER.match(token):
                    if token.lower().lstrip("+-") in ("nan", "inf", "infinity"):
                        raise GmlError(tr("coordinates that are not numbers ({value})")
                                       .format(value=token))
                    raise GmlError(tr("a coordinate is not a number: {value!r}")
                                   .format(value=token[:30]))
        elif name == "radius":
            if not _NUMBER.match((node.text or "").strip()):
                raise GmlError(tr("a radius is not a number: {value!r}")
                               .format(value=(node.text or "")[:30]))


def ogr_geometry(element: etree._Element) -> ogr.Geometry:
    """An OGR geometry from any GML geometry element (curves kept as curves)."""
    from osgeo import gdal, ogr

    check_numbers(element)
    text = etree.tostring(element, encoding="unicode")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        geometry = ogr.CreateGeometryFromGML(text)
    finally:
        gdal.PopErrorHandler()
    if geometry is None or geometry.IsEmpty():
        raise GmlError(tr("a geometry GDAL cannot read ({kind}: odd number of coordinates, "
                          "too few positions or an unknown element)").format(kind=local(element.tag)))
    return geometry


def max_radius(geometry: ogr.Geometry) -> float:
    """The largest radius of the circular arcs in an OGR geometry (0 if none)."""
    from osgeo import ogr

    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbCircularString:
        points = [geometry.GetPoint_2D(i) for i in range(geometry.GetPointCount())]
        radius = 0.0
        for i in range(0, len(points) - 2, 2):
            radius = max(radius, _circumradius(*points[i:i + 3]))
        return radius
    radius = 0.0
    for i in range(geometry.GetGeometryCount()):
        radius = max(radius, max_radius(geometry.GetGeometryRef(i)))
    return radius


def _circumradius(a, b, c):
    (ax, ay), (bx, by), (cx, cy) = a, b, c
    if (ax, ay) == (cx, cy):  # a full circle given by a point, its opposite, the point again
        return math.hypot(bx - ax, by - ay) / 2
    ab, bc, ca = math.hypot(bx - ax, by - ay), math.hypot(cx - bx, cy - by), math.hypot(ax - cx, ay - cy)
    area2 = abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax))
    if area2 < 1e-12:
        return 0.0  # collinear: a straight "arc"
    return ab * bc * ca / (2 * area2)


def step_degrees(radius: float, tolerance: float = CHORD_TOLERANCE_M) -> float:
    """The angle step whose chord stays within ``tolerance`` of an arc of ``radius``:
    the sagitta r·(1 − cos(θ/2)) ≤ tolerance, with a 10 % margin."""
    if radius <= tolerance:
        return 4.0
    theta = 2 * math.acos(1 - tolerance / radius)
    return min(4.0, math.degrees(theta) * 0.9)


def linearise(geometry: ogr.Geometry) -> ogr.Geometry:
    """A linear copy of ``geometry``: arcs stroked within 1 cm of the true curve."""
    if not geometry.HasCurveGeometry():
        return geometry
    return geometry.GetLinearGeometry(step_degrees(max_radius(geometry)))
