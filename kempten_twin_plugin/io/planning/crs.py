"""Coordinate reference systems of German planning files, and reprojection to EPSG:25832.

Files name their CRS in several spellings (``EPSG:25832``, OGC URNs and URLs, the AdV
URNs ``urn:adv:crs:ETRS89_UTM32`` or ``urn:adv:crs:DE_DHDN_3GK4``); older Bavarian plans
are in Gauss-Krüger (DHDN, EPSG:31466–31469) and sometimes name no CRS at all, so the
zone is taken from the easting's first digit. PROJ transforms DHDN to ETRS89 with the
best transformation it has (a grid if installed, else a Helmert shift: about 1 m).
"""

import re

from osgeo import ogr, osr

from ...i18n import tr
from ...store.schema import CRS_EPSG
from .errors import PlanningImportError

_ADV = {
    "ETRS89_UTM32": 25832,
    "ETRS89_UTM33": 25833,
    "DE_DHDN_3GK2": 31466,
    "DE_DHDN_3GK3": 31467,
    "DE_DHDN_3GK4": 31468,
    "DE_DHDN_3GK5": 31469,
}


def epsg_from_name(name):
    """The EPSG code in a srsName, or None when it names none we know."""
    if not name:
        return None
    name = name.strip().split("*")[0]  # "…ETRS89_UTM32*DE_DHHN2016_NH": the height part
    for key, code in _ADV.items():
        if name.upper().endswith(key):
            return code
    match = re.search(r"EPSG(?::|/0/|::)(?:[\d.]*:)?(\d{4,5})$", name, re.IGNORECASE)
    if match:
        return int(match.group(1))
    return None


def guess_epsg(x, y):
    """EPSG from the size of the coordinates: UTM 32 (with or without zone prefix) or GK."""
    if 32_000_000 < x < 33_000_000:
        return 25832  # easting with the zone prefix "32"
    if 1_000_000 <= x < 6_000_000 and 5_000_000 < y < 6_200_000:
        return 31464 + int(x // 1_000_000)  # GK zone from the first digit: 2 → 31466
    if 100_000 < x < 900_000 and 5_000_000 < y < 6_200_000:
        return 25832
    return None


def spatial_reference(epsg):
    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(int(epsg)) != 0:
        raise PlanningImportError(tr("Unknown coordinate reference system EPSG:{code}.")
                                  .format(code=epsg))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x = easting, always
    return srs


def target_reference():
    return spatial_reference(CRS_EPSG)


class Reprojector:
    """Reprojects OGR geometries from ``source`` (EPSG code or osr SRS) to EPSG:25832."""

    def __init__(self, source):
        if not isinstance(source, osr.SpatialReference):
            source = spatial_reference(source)
        else:
            source = source.Clone()
            source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.source = source
        target = target_reference()
        self.identity = bool(source.IsSame(target))
        self._transform = None if self.identity else osr.CoordinateTransformation(source, target)

    def __call__(self, geometry):
        geometry = geometry.Clone()
        if not self.identity and geometry.Transform(self._transform) != 0:
            raise PlanningImportError(tr("The coordinates cannot be transformed to EPSG:25832."))
        return geometry


def polygons_of(geometry):
    """The polygons in an OGR geometry (a MultiPolygon is split), 2D, as OGR geometries."""
    if geometry is None:
        return []
    geometry = geometry.Clone()
    geometry.FlattenTo2D()
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        return [geometry]
    if kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        result = []
        for i in range(geometry.GetGeometryCount()):
            result.extend(polygons_of(geometry.GetGeometryRef(i)))
        return result
    if kind in (ogr.wkbCurvePolygon, ogr.wkbMultiSurface, ogr.wkbCompoundCurve):
        return polygons_of(geometry.GetLinearGeometry())
    if kind == ogr.wkbLineString and _is_closed(geometry):
        # CAD footprints are closed polylines (DXF LWPOLYLINE), not polygons.
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for i in range(geometry.GetPointCount()):
            ring.AddPoint_2D(geometry.GetX(i), geometry.GetY(i))
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        return [polygon]
    if kind == ogr.wkbMultiLineString:
        result = []
        for i in range(geometry.GetGeometryCount()):
            result.extend(polygons_of(geometry.GetGeometryRef(i)))
        return result
    return []


def _is_closed(line):
    n = line.GetPointCount()
    return n >= 4 and line.GetPoint_2D(0) == line.GetPoint_2D(n - 1)
