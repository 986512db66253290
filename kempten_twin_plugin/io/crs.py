"""The one reading of coordinate reference systems for every importer, and reprojection.

Files name their CRS in many spellings: ``EPSG:25832``, OGC URNs (``urn:ogc:def:crs:EPSG::25832``,
with a version ``…EPSG:6.12:25833``), URLs (``http://www.opengis.net/def/crs/EPSG/0/25832``),
compound ones whose horizontal part counts (``urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783``),
the AdV names of German surveying (``urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH``,
``urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH``) and malformed ones (``urn:ogc:def,crs::EPSG:31467``).
``epsg_from_name`` reads them all.

Where a file says nothing, the size of the coordinates decides (``guess_epsg``): UTM eastings
with the zone prefix (``32570396.311``), UTM eastings without it (``570396.311``), Gauss-Krüger
eastings whose first digit is the zone (``4390123.4`` = zone 4, EPSG:31468), longitude and
latitude. ``decide`` puts the two together for the planning importers: the user's choice, else
the file's name for the CRS (when its coordinates lie in Germany in that system), else the
coordinates, each with a reason for the import report; what cannot be decided raises
``CrsUndecidedError`` — foreign coordinates are never stored as EPSG:25832.

``CoordinateReader`` is the exchange importers' reading (ISYBAU, DWA-M 150): the first
coordinate decides once per file, every later one must fit. All end up in EPSG:25832.

GDAL is imported only when a transformation is made: it is 40 MB of memory in each reading
process of the exchange import (reader_process), and most files are in EPSG:25832 already.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, List, Optional, Sequence, Tuple, Union

from ..errors import KemptenTwinError
from ..i18n import tr
from ..store.schema import CRS_EPSG

if TYPE_CHECKING:
    import numpy as np
    from osgeo import ogr, osr

GAUSS_KRUEGER = {2: 31466, 3: 31467, 4: 31468, 5: 31469}
UTM = {32: 25832, 33: 25833}
GEOGRAPHIC = (4326, 4258)  # WGS 84, ETRS89 (longitude, latitude)
# Northings of Germany in the systems above (generous); anything else is not German data.
NORTHING_RANGE = (5_150_000.0, 6_150_000.0)
# Germany with a margin, in degrees: a CRS whose reading puts the coordinates outside this
# is not the file's CRS, whatever the file says.
GERMANY_LON = (4.5, 16.5)
GERMANY_LAT = (46.5, 56.0)

# AdV CRS names (GeoInfoDok): horizontal part → EPSG. Height parts (DE_DHHN92_NH,
# DE_DHHN2016_NH, …) and regional realisations (_BY120, _BW100) do not change the code.
_ADV = (
    (re.compile(r"ETRS89_UTM(32|33)"), lambda m: UTM[int(m.group(1))]),
    (re.compile(r"DE_DHDN_3GK([2-5])"), lambda m: GAUSS_KRUEGER[int(m.group(1))]),
    (re.compile(r"(?:ETRS89|DE_DHDN|WGS84)_LAT_?LON|ETRS89_LB|ETRS89_GEO"), lambda m: 4258),
)
# "EPSG" followed by separators (":", "::", "/", "#", ".xml#", URL-encoded colons), an optional
# version ("6.12", "0") and the code. Malformed spellings such as "urn:ogc:def,crs::EPSG:31467"
# or "EPSG 25832" read the same.
_EPSG = re.compile(r"EPSG(?:\.XML#|%3A|[\s:/#,])*(?:(?:\d+(?:\.\d+)+|0)(?:%3A|[\s:/#,])+)?(\d{4,6})(?!\d)")
_CRS84 = re.compile(r"(?:OGC(?:%3A|[:/#]|/1\.3/|:1\.3:)*CRS84|\bCRS84\b)")


class CoordinateError(KemptenTwinError, ValueError):
    """A coordinate that does not fit the file's reference system; the message is for the user."""


class CrsUndecidedError(KemptenTwinError):
    """The file's CRS cannot be decided from what it says and its coordinates: ask the user
    (a dialog) or fail with this message (headless). ``suggested`` is the EPSG code the
    coordinates look like, if any."""

    def __init__(self, message: str, suggested: Optional[int] = None) -> None:
        super().__init__(message)
        self.suggested = suggested


# --- names ----------------------------------------------------------------------------------

def epsg_from_name(name: Optional[str]) -> Optional[int]:
    """The EPSG code of a srsName in any spelling; of a compound CRS, the horizontal part.

    None when the name names nothing we can read (empty, a local engineering CRS …)."""
    if not name:
        return None
    text = name.strip().upper()
    # AdV names ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016"): the first part counts.
    if "ADV" in text or "ETRS89_" in text or "DE_DHDN_" in text:
        first = text.split("*")[0]
        for pattern, code in _ADV:
            match = pattern.search(first)
            if match:
                return code(match)
    if _CRS84.search(text):
        return 4326
    match = _EPSG.search(text)
    if match:
        # Of "urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783" (compound) the first part is the
        # horizontal one; a compound code itself (EPSG:5555 = UTM 32 + DHHN92) is split later.
        return int(match.group(1))
    return None


def declared_epsg(name: Optional[str]) -> Optional[int]:
    """EPSG code (UTM 32/33 or Gauss-Krüger) of a CRS name as exchange files write it
    (ETRS89_UTM32, DE_DHDN_3GK4, GK, an EPSG URN …); None for anything else."""
    code = epsg_from_name(name)
    if code in UTM.values() or code in GAUSS_KRUEGER.values():
        return code
    text = (name or "").upper().replace(" ", "")
    for zone, epsg in UTM.items():
        if f"UTM{zone}" in text:
            return epsg
    for zone, epsg in GAUSS_KRUEGER.items():
        if f"GK{zone}" in text:
            return epsg
    return None


def parse_epsg(text: Optional[str]) -> Optional[int]:
    """An EPSG code from 'EPSG:31468', '31468' or '' (None: detect)."""
    text = (text or "").strip().upper()
    if not text:
        return None
    if text.startswith("EPSG:"):
        text = text[5:]
    if not text.isdigit():
        raise CoordinateError(tr("Unknown reference system {crs}: give an EPSG code such as "
                                 "EPSG:31468.").format(crs=text))
    epsg = int(text)
    from osgeo import osr  # here, not on top: see the module's docstring

    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(epsg) != 0 or not srs.IsProjected():
        raise CoordinateError(tr("EPSG:{epsg} is not a projected reference system.")
                              .format(epsg=epsg))
    return epsg


# --- coordinates ----------------------------------------------------------------------------

def guess_epsg(x: float, y: float) -> Optional[int]:
    """EPSG from the size of one coordinate: UTM with or without zone prefix, Gauss-Krüger
    (zone from the easting's first digit), longitude/latitude; None when none fits."""
    found = guess(x, y)
    return found[0] if found else None


def guess(x: float, y: float) -> Optional[Tuple[int, Optional[int], bool, str]]:
    """(epsg, zone prefix to remove, latitude first, reason) from one coordinate, or None."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    north = NORTHING_RANGE[0] <= y <= NORTHING_RANGE[1]
    prefix = int(x // 1_000_000) if 10_000_000 <= x < 100_000_000 else None
    if prefix in UTM and north:
        return (UTM[prefix], prefix, False,
                tr("UTM eastings with the zone prefix {zone}, prefix removed").format(zone=prefix))
    if 1_000_000 <= x < 6_000_000 and int(x // 1_000_000) in GAUSS_KRUEGER and north:
        zone = int(x // 1_000_000)
        return (GAUSS_KRUEGER[zone], None, False,
                tr("Gauss-Krüger zone {zone}, from the easting's first digit").format(zone=zone))
    if 100_000 <= x < 1_000_000 and north:
        return (CRS_EPSG, None, False,
                tr("UTM eastings without zone prefix; zone 32, the city's zone, assumed"))
    if GERMANY_LON[0] <= x <= GERMANY_LON[1] and GERMANY_LAT[0] <= y <= GERMANY_LAT[1]:
        return 4326, None, False, tr("longitude and latitude in degrees (WGS 84)")
    if GERMANY_LAT[0] <= x <= GERMANY_LAT[1] and GERMANY_LON[0] <= y <= GERMANY_LON[1]:
        return 4326, None, True, tr("latitude and longitude in degrees (WGS 84)")
    return None


def spatial_reference(epsg: int) -> osr.SpatialReference:
    """An osr SpatialReference of ``epsg`` with x = easting (longitude), always."""
    from osgeo import osr

    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(int(epsg)) != 0:
        raise CrsUndecidedError(tr("Unknown coordinate reference system EPSG:{code}.")
                                .format(code=epsg))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def target_reference() -> osr.SpatialReference:
    return spatial_reference(CRS_EPSG)


def horizontal_epsg(epsg: int) -> int:
    """The horizontal part of a compound EPSG code (5555 → 25832); other codes unchanged."""
    if epsg in UTM.values() or epsg in GAUSS_KRUEGER.values() or epsg in GEOGRAPHIC:
        return epsg
    srs = spatial_reference(epsg)
    if srs.IsCompound():
        for key in ("COMPD_CS|PROJCS", "COMPD_CS|GEOGCS"):
            code = srs.GetAuthorityCode(key)
            if code:
                return int(code)
    return epsg


def lon_lat(epsg: int, x: float, y: float) -> Optional[Tuple[float, float]]:
    """Longitude and latitude of one coordinate in ``epsg`` (None if PROJ cannot say)."""
    if epsg in GEOGRAPHIC:
        return x, y
    from osgeo import osr

    transform = osr.CoordinateTransformation(spatial_reference(epsg), spatial_reference(4326))
    try:
        lon, lat, _z = transform.TransformPoint(x, y)
    except RuntimeError:
        return None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    return lon, lat


def in_germany(epsg: int, x: float, y: float) -> bool:
    """Does (x, y) read in ``epsg`` lie in Germany (with a margin)?"""
    position = lon_lat(epsg, x, y)
    return position is not None and GERMANY_LON[0] <= position[0] <= GERMANY_LON[1] \
        and GERMANY_LAT[0] <= position[1] <= GERMANY_LAT[1]


@dataclass
class CrsReading:
    """How a file's coordinates are read: EPSG code, a UTM zone prefix to take off the
    eastings, latitude written first, and why (one line of the import report)."""

    epsg: int
    reason: str
    zone_prefix: Optional[int] = None
    latitude_first: bool = False

    def describe(self) -> str:
        if self.epsg == CRS_EPSG:
            return tr("EPSG:{epsg} ({reason})").format(epsg=self.epsg, reason=self.reason)
        return tr("EPSG:{epsg} ({reason}); reprojected to EPSG:{target}").format(
            epsg=self.epsg, reason=self.reason, target=CRS_EPSG)


def decide(names: Sequence[Optional[str]], sample: Tuple[float, float],
           chosen: Optional[int] = None, what: str = "") -> CrsReading:
    """The reading of coordinates like ``sample`` (one of them, in the file's order).

    ``names``: the srsNames that apply, nearest first (the geometry's, its ancestors', the
    file's envelope); ``chosen``: the EPSG code the user gave. ``what`` names the file in
    messages. Raises CrsUndecidedError when neither the names nor the coordinates decide.
    """
    x, y = sample
    where = f"{what}: " if what else ""
    if not (math.isfinite(x) and math.isfinite(y)):
        raise CrsUndecidedError(where + tr("the coordinates are not numbers."))
    if chosen:
        epsg = horizontal_epsg(int(chosen))
        prefix, latitude_first, reason = _prefix_and_order(epsg, x, y)
        reading = CrsReading(epsg, tr("chosen by the user") + reason, prefix, latitude_first)
        px, py = reading_xy(reading, x, y)
        if not in_germany(epsg, px, py):
            raise CrsUndecidedError(where + tr(
                "the coordinates ({x}, {y}) do not lie in Germany when read as EPSG:{epsg}; "
                "choose another source CRS.").format(x=_short(x), y=_short(y), epsg=epsg))
        return reading
    named = [n for n in names if n]
    unknown = []
    for name in named:
        epsg = epsg_from_name(name)
        if epsg is None:
            unknown.append(name)
            continue
        try:
            epsg = horizontal_epsg(epsg)
        except CrsUndecidedError:
            unknown.append(name)
            continue
        prefix, latitude_first, extra = _prefix_and_order(epsg, x, y)
        reading = CrsReading(epsg, tr("the file names {name}").format(name=name) + extra,
                             prefix, latitude_first)
        px, py = reading_xy(reading, x, y)
        if in_germany(epsg, px, py):
            return reading
        found = guess(x, y)
        raise CrsUndecidedError(where + tr(
            "the file names the reference system {name} (EPSG:{epsg}), but its coordinates "
            "({x}, {y}) do not lie in Germany in that system{looks}. Choose the source CRS.")
            .format(name=name, epsg=epsg, x=_short(x), y=_short(y),
                    looks=tr("; they look like EPSG:{epsg} ({reason})").format(
                        epsg=found[0], reason=found[3]) if found else ""),
            found[0] if found else None)
    found = guess(x, y)
    if found is None:
        raise CrsUndecidedError(where + tr(
            "{which} and its coordinates ({x}, {y}) fit none of UTM, Gauss-Krüger or degrees. "
            "Choose the source CRS.").format(
                which=tr("the reference system {name} is not known").format(name=unknown[0])
                if unknown else tr("the file names no reference system"),
                x=_short(x), y=_short(y)))
    epsg, prefix, latitude_first, reason = found
    if unknown:
        reason += "; " + tr("the file's name {name} was not understood").format(name=unknown[0])
    else:
        reason += "; " + tr("the file names no reference system")
    return CrsReading(epsg, reason, prefix, latitude_first)


def _prefix_and_order(epsg, x, y):
    """A UTM zone prefix on the eastings of a UTM CRS, or latitude before longitude."""
    zone = {v: k for k, v in UTM.items()}.get(epsg)
    if zone is not None and 10_000_000 <= x < 100_000_000 and int(x // 1_000_000) == zone:
        return zone, False, tr("; eastings with the zone prefix {zone}, prefix removed").format(
            zone=zone)
    if epsg in GEOGRAPHIC and GERMANY_LAT[0] <= x <= GERMANY_LAT[1] \
            and GERMANY_LON[0] <= y <= GERMANY_LON[1]:
        return None, True, tr("; latitude written first")
    return None, False, ""


def reading_xy(reading: CrsReading, x: float, y: float) -> Tuple[float, float]:
    """(x, y) as the CRS expects them: prefix removed, longitude first."""
    if reading.zone_prefix is not None:
        x -= reading.zone_prefix * 1_000_000
    if reading.latitude_first:
        x, y = y, x
    return x, y


def _short(value):
    if not math.isfinite(value) or abs(value) >= 1e9:
        return f"{value:.3g}"
    return f"{value:.3f}".rstrip("0").rstrip(".")


# --- reprojection ---------------------------------------------------------------------------

class Reprojector:
    """Reprojects OGR geometries (or numpy coordinate arrays) from a CRS to EPSG:25832.

    ``source``: an EPSG code, an osr SpatialReference or a CrsReading (whose zone prefix and
    axis order are applied first)."""

    def __init__(self, source: Union[int, CrsReading, osr.SpatialReference]) -> None:
        from osgeo import osr

        self.reading = source if isinstance(source, CrsReading) else None
        if self.reading is not None:
            source = self.reading.epsg
        if not isinstance(source, osr.SpatialReference):
            source = spatial_reference(source)
        else:
            source = source.Clone()
            source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.source = source
        target = target_reference()
        self.identity = bool(source.IsSame(target))
        self._transform = None if self.identity else osr.CoordinateTransformation(source, target)
        self._adjust = self.reading is not None and (
            self.reading.zone_prefix is not None or self.reading.latitude_first)

    def __call__(self, geometry: ogr.Geometry, copy: bool = True) -> ogr.Geometry:
        """``geometry`` in EPSG:25832; a new one unless ``copy`` is False (the caller made
        it for this and needs no original)."""
        if copy:
            geometry = geometry.Clone()
        if self._adjust:
            _adjust_geometry(geometry, self.reading)
        if not self.identity and geometry.Transform(self._transform) != 0:
            raise CrsUndecidedError(tr("The coordinates cannot be transformed to EPSG:25832."))
        return geometry

    def array(self, xy: Union[Sequence[Sequence[float]], np.ndarray]) -> np.ndarray:
        """An (n, 2) float array in the source CRS → the same in EPSG:25832 (a new array)."""
        import numpy as np

        xy = np.array(xy, dtype=float, copy=True)
        if self.reading is not None:
            if self.reading.zone_prefix is not None:
                xy[:, 0] -= self.reading.zone_prefix * 1_000_000
            if self.reading.latitude_first:
                xy = xy[:, ::-1].copy()
        if self.identity or len(xy) == 0:
            return xy
        out = np.array(self._transform.TransformPoints(xy), dtype=float)
        return out[:, :2]


def _adjust_geometry(geometry, reading):
    count = geometry.GetGeometryCount()
    if count:
        for i in range(count):
            _adjust_geometry(geometry.GetGeometryRef(i), reading)
        return
    for i in range(geometry.GetPointCount()):
        x, y = reading_xy(reading, geometry.GetX(i), geometry.GetY(i))
        if geometry.GetCoordinateDimension() == 3:
            geometry.SetPoint(i, x, y, geometry.GetZ(i))
        else:
            geometry.SetPoint_2D(i, x, y)


def polygons_of(geometry: Optional[ogr.Geometry]) -> List[ogr.Geometry]:
    """The polygons in an OGR geometry (a MultiPolygon is split), 2D, as OGR geometries.

    Curved geometries are linearised with GDAL's default step; readers that need a
    bounded error linearise first (see io/planning/gml.linearise)."""
    from osgeo import ogr

    if geometry is None:
        return []
    geometry = geometry.Clone()
    geometry.FlattenTo2D()
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        return [geometry]
    if kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection, ogr.wkbMultiLineString,
                ogr.wkbPolyhedralSurface, ogr.wkbTIN):
        result = []
        for i in range(geometry.GetGeometryCount()):
            result.extend(polygons_of(geometry.GetGeometryRef(i)))
        return result
    if kind in (ogr.wkbCurvePolygon, ogr.wkbMultiSurface, ogr.wkbCompoundCurve,
                ogr.wkbCircularString, ogr.wkbMultiCurve, ogr.wkbTriangle):
        linear = geometry.GetLinearGeometry()
        if ogr.GT_Flatten(linear.GetGeometryType()) == kind:
            return []
        return polygons_of(linear)
    if kind == ogr.wkbLineString and _is_closed(geometry):
        # CAD footprints are closed polylines (DXF LWPOLYLINE), not polygons.
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for i in range(geometry.GetPointCount()):
            ring.AddPoint_2D(geometry.GetX(i), geometry.GetY(i))
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        return [polygon]
    return []


def _is_closed(line):
    n = line.GetPointCount()
    return n >= 4 and line.GetPoint_2D(0) == line.GetPoint_2D(n - 1)


# --- exchange files -------------------------------------------------------------------------

def _transformer(epsg):
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(epsg)
    target.ImportFromEPSG(CRS_EPSG)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


class CoordinateReader:
    """Turns file eastings/northings into EPSG:25832, deciding the reading once per file."""

    def __init__(self, chosen_epsg: Optional[int] = None, declared: Optional[str] = None) -> None:
        self.chosen_epsg = chosen_epsg
        self.declared_epsg = declared_epsg(declared) if declared else None
        self.epsg = None
        self.zone_prefix = None  # 32 when eastings carry the UTM zone in front
        self.reason = ""
        self._transform = None

    def declare(self, name: Optional[str]) -> None:
        """The file named its CRS (ISYBAU CRSLage, DWA-M 150 GP002); used if nothing decided."""
        if self.declared_epsg is None and name:
            self.declared_epsg = declared_epsg(name)

    @property
    def decided(self) -> bool:
        return self.epsg is not None

    def description(self) -> str:
        if self.epsg is None:
            return tr("no coordinates read")
        return tr("EPSG:{epsg} ({reason}); reprojected to EPSG:{target}").format(
            epsg=self.epsg, reason=self.reason, target=CRS_EPSG) if self.epsg != CRS_EPSG \
            else tr("EPSG:{epsg} ({reason})").format(epsg=self.epsg, reason=self.reason)

    def _decide(self, x):
        digits = len(str(int(abs(x))))
        if self.chosen_epsg is not None:
            self.epsg = self.chosen_epsg
            self.reason = tr("chosen by the user")
            if digits == 8 and int(x // 1_000_000) in UTM:
                self.zone_prefix = int(x // 1_000_000)
        elif digits == 8 and int(x // 1_000_000) in UTM:
            self.zone_prefix = int(x // 1_000_000)
            self.epsg = UTM[self.zone_prefix]
            self.reason = tr("UTM eastings with the zone prefix {zone}, prefix removed").format(
                zone=self.zone_prefix)
        elif digits == 7 and int(x // 1_000_000) in GAUSS_KRUEGER:
            zone = int(x // 1_000_000)
            self.epsg = GAUSS_KRUEGER[zone]
            self.reason = tr("Gauss-Krüger zone {zone}, from the easting's first digit").format(
                zone=zone)
        elif digits == 6:
            self.epsg = self.declared_epsg if self.declared_epsg in UTM.values() else CRS_EPSG
            self.reason = tr("UTM eastings without zone prefix; zone {zone} {how}").format(
                zone=self.epsg - 25800,
                how=tr("as the file says") if self.declared_epsg in UTM.values()
                else tr("assumed"))
        else:
            raise CoordinateError(tr("The easting {x} is neither UTM (with or without zone "
                                     "prefix) nor Gauss-Krüger; choose the source CRS.")
                                  .format(x=x))
        if self.declared_epsg is not None and self.chosen_epsg is None \
                and self.declared_epsg != self.epsg:
            self.reason += tr("; the file names EPSG:{declared}, the values say otherwise").format(
                declared=self.declared_epsg)
        if self.epsg != CRS_EPSG:
            self._transform = _transformer(self.epsg)

    def to_target(self, points: Sequence[Tuple[float, float]]) -> List[Tuple[float, float]]:
        """[(x, y), …] in the file's system → [(x, y), …] in EPSG:25832."""
        if not points:
            return []
        if self.epsg is None:
            self._decide(points[0][0])
        out = []
        for x, y in points:
            if self.zone_prefix is not None:
                if int(x // 1_000_000) != self.zone_prefix:
                    raise CoordinateError(tr("The easting {x} lacks the zone prefix {zone} "
                                             "the other coordinates carry.")
                                          .format(x=x, zone=self.zone_prefix))
                x -= self.zone_prefix * 1_000_000
            elif self.chosen_epsg is None and self.epsg in GAUSS_KRUEGER.values():
                if int(x // 1_000_000) != self.epsg - 31464:
                    raise CoordinateError(tr("The easting {x} is not in the Gauss-Krüger zone "
                                             "{zone} of the other coordinates.")
                                          .format(x=x, zone=self.epsg - 31464))
            if not NORTHING_RANGE[0] <= y <= NORTHING_RANGE[1]:
                raise CoordinateError(tr("The northing {y} lies outside Germany; the "
                                         "coordinates are swapped or in another system.")
                                      .format(y=y))
            out.append((x, y))
        if self._transform is not None:
            out = [(p[0], p[1]) for p in self._transform.TransformPoints(out)]
        return out


def names_in_order(*groups: Iterable[Optional[str]]) -> List[str]:
    """srsNames of several levels, nearest first, without repeats or empties."""
    seen, out = set(), []
    for group in groups:
        for name in group:
            if name and name not in seen:
                seen.add(name)
                out.append(name)
    return out
