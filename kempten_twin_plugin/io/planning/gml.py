"""GML 3.x polygons from lxml elements into OGR geometries (2D), for XPlanGML and CityGML.

Reads ``gml:Polygon`` (exterior/interior, ``posList`` or ``pos`` or ``coordinates``),
``gml:MultiSurface``/``gml:CompositeSurface`` members and ``gml:Surface`` patches.
Z values are kept only where the caller asks (CityGML heights).
"""

from osgeo import ogr

from ...i18n import tr
from .errors import PlanningImportError

GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")


def _local(element):
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def srs_name(element):
    """The srsName on the element or the nearest ancestor or descendant carrying one."""
    node = element
    while node is not None:
        if node.get("srsName"):
            return node.get("srsName")
        node = node.getparent()
    for child in element.iter():
        if child.get("srsName"):
            return child.get("srsName")
    return None


def ring_points(ring):
    """Coordinates of a gml:LinearRing as a list of tuples (2 or 3 values each)."""
    dimension = None
    values = []
    for child in ring.iter():
        name = _local(child)
        if name == "posList":
            dimension = int(child.get("srsDimension") or ring.get("srsDimension") or 0) or None
            values.extend(child.text.split() if child.text else [])
        elif name == "pos":
            parts = (child.text or "").split()
            dimension = dimension or len(parts)
            values.extend(parts)
        elif name == "coordinates":
            for pair in (child.text or "").split():
                parts = pair.split(",")
                dimension = dimension or len(parts)
                values.extend(parts)
    try:
        numbers = [float(v) for v in values]
    except ValueError as error:
        raise PlanningImportError(tr("A polygon has coordinates that are not numbers.")) from error
    if dimension is None:
        dimension = 2
    if dimension not in (2, 3) or len(numbers) % dimension:
        raise PlanningImportError(tr("A polygon has an odd number of coordinates."))
    return [tuple(numbers[i:i + dimension]) for i in range(0, len(numbers), dimension)]


def polygon_from(element, keep_z=False):
    """An OGR polygon from a gml:Polygon (or a PolygonPatch) element."""
    polygon = ogr.Geometry(ogr.wkbPolygon25D if keep_z else ogr.wkbPolygon)
    for child in element:
        if _local(child) not in ("exterior", "interior", "outerBoundaryIs", "innerBoundaryIs"):
            continue
        points = ring_points(child)
        if len(points) < 4:
            continue
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for p in points:
            if keep_z and len(p) == 3:
                ring.AddPoint(p[0], p[1], p[2])
            else:
                ring.AddPoint_2D(p[0], p[1])
        ring.CloseRings()
        polygon.AddGeometry(ring)
    return polygon if polygon.GetGeometryCount() else None


def polygons_in(element, keep_z=False):
    """All polygons below ``element`` (Polygon, Surface patches, multi/composite surfaces)."""
    result = []
    for node in element.iter():
        if _local(node) in ("Polygon", "PolygonPatch"):
            polygon = polygon_from(node, keep_z)
            if polygon is not None:
                result.append(polygon)
    return result
