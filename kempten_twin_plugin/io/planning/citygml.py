"""Existing buildings for context from Bavarian LoD2 CityGML 2.0 tiles (LDBV open data).

A tile (2 km × 2 km, EPSG:25832 with DHHN2016 heights) holds ``bldg:Building`` elements
with ``measuredHeight``, ``storeysAboveGround`` and a ``lod2Solid`` whose surfaces are
``xlink:href`` references to the polygons of the building's Ground-, Wall- and
RoofSurfaces. GDAL's GML reader has struggled with exactly this shape, so this reader
streams the file itself with lxml, one building at a time (a tile is hundreds of MB):
the footprint is the union of the GroundSurface polygons (or, lacking those, of the roof
polygons seen from above), the height is ``measuredHeight`` or, lacking it, the span of
the solid's z values.
"""

from osgeo import ogr

from ...i18n import tr
from . import gml
from .crs import Reprojector, epsg_from_name
from .errors import PlanningImportError
from .safe_xml import iterparse, local_name

BUILDING_NAMESPACES = ("http://www.opengis.net/citygml/building/2.0",
                       "http://www.opengis.net/citygml/building/1.0")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
GML_IDS = tuple(f"{{{ns}}}id" for ns in gml.GML_NAMESPACES)


def _gml_id(element):
    for key in GML_IDS:
        if element.get(key):
            return element.get(key)
    return None


def _polygons_by_id(building):
    found = {}
    for node in building.iter():
        if isinstance(node.tag, str) and local_name(node) == "Polygon":
            gid = _gml_id(node)
            if gid:
                found[gid] = node
    return found


def _surfaces(building, kind):
    """Polygons (lxml elements) of the building's surfaces of one kind, e.g. GroundSurface."""
    result = []
    for node in building.iter():
        if isinstance(node.tag, str) and local_name(node) == kind:
            result.extend(n for n in node.iter()
                          if isinstance(n.tag, str) and local_name(n) == "Polygon")
    return result


def _solid_polygons(building, by_id):
    """The polygons the lod2Solid references (xlink:href="#id") or holds inline."""
    result = []
    for node in building.iter():
        if not (isinstance(node.tag, str) and local_name(node) in ("lod2Solid", "lod1Solid")):
            continue
        for member in node.iter():
            href = member.get(XLINK_HREF)
            if href and href.lstrip("#") in by_id:
                result.append(by_id[href.lstrip("#")])
            elif isinstance(member.tag, str) and local_name(member) == "Polygon":
                result.append(member)
    return result


def _footprint(polygons):
    """Union of the polygons seen from above (2D); None if they cover no area."""
    union = None
    for element in polygons:
        polygon = gml.polygon_from(element, keep_z=False)
        if polygon is None or polygon.GetArea() < 0.01:
            continue  # a wall seen from above is a line
        polygon = polygon.MakeValid() if hasattr(polygon, "MakeValid") else polygon.Buffer(0)
        union = polygon if union is None else union.Union(polygon)
    return union


def _z_values(polygons):
    zs = []
    for element in polygons:
        for ring in element:
            for point in gml.ring_points(ring):
                if len(point) == 3:
                    zs.append(point[2])
    return zs


def _child_number(building, name):
    for child in building:
        if isinstance(child.tag, str) and local_name(child) == name and child.text:
            try:
                return float(child.text.strip())
            except ValueError:
                return None
    return None


def _child_text(building, name):
    for child in building:
        if isinstance(child.tag, str) and local_name(child) == name and child.text:
            return child.text.strip()
    return None


def read_buildings(path, source_epsg=None, is_canceled=None):
    """Yield context buildings: {"gml_id", "height_m", "storeys", "ground_level",
    "function", "geometry" (OGR (multi)polygon in EPSG:25832)}."""
    tags = [f"{{{ns}}}Building" for ns in BUILDING_NAMESPACES]
    reproject = None
    count = 0
    for building in iterparse(path, tags):
        if is_canceled is not None and is_canceled():
            raise InterruptedError("cancelled")
        by_id = _polygons_by_id(building)
        ground = _surfaces(building, "GroundSurface")
        solid = _solid_polygons(building, by_id)
        footprint = _footprint(ground) or _footprint(_surfaces(building, "RoofSurface")) \
            or _footprint(solid or list(by_id.values()))
        if footprint is not None:
            if reproject is None:
                epsg = source_epsg or epsg_from_name(gml.srs_name(building)) or 25832
                reproject = Reprojector(epsg)
            zs = _z_values(solid or list(by_id.values()))
            ground_zs = _z_values(ground)
            height = _child_number(building, "measuredHeight")
            if height is None:
                heights = [_child_number(part, "measuredHeight") for part in building.iter()
                           if isinstance(part.tag, str) and local_name(part) == "BuildingPart"]
                heights = [h for h in heights if h is not None]
                height = max(heights) if heights else (max(zs) - min(zs) if zs else None)
            storeys = _child_number(building, "storeysAboveGround")
            count += 1
            yield {
                "gml_id": _gml_id(building),
                "height_m": round(height, 2) if height is not None else None,
                "storeys": int(storeys) if storeys is not None else None,
                "ground_level": round(min(ground_zs or zs), 2) if (ground_zs or zs) else None,
                "function": _child_text(building, "function"),
                "geometry": reproject(footprint),
            }
        # Streaming: drop what was read so memory stays flat on a full tile.
        building.clear()
        top = building
        while top.getparent() is not None and top.getparent().getparent() is not None:
            top = top.getparent()
        while top.getprevious() is not None:
            del top.getparent()[0]
    if count == 0:
        raise PlanningImportError(tr("{path} holds no CityGML buildings with a footprint; "
                                     "nothing was imported.").format(path=path))


def to_wkt(geometry):
    geometry = geometry.Clone()
    geometry.FlattenTo2D()
    if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbPolygon:
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        multi.AddGeometry(geometry)
        geometry = multi
    return geometry.ExportToWkt()
