"""One geometry check for every importer of polygons (footprints from GeoJSON, GeoPackage,
Shapefile and DXF; XPlanGML plans; CityGML tiles).

Per feature, before anything is written:

- coordinates that are not numbers (NaN), infinite or absurd (beyond 10⁸ in any CRS used
  here) refuse the feature, with a line in the report;
- after reprojection to EPSG:25832 the polygon must lie in Germany, else it is refused;
- an invalid polygon (self-intersecting ring, bow tie, hole outside its shell …) is repaired
  with GEOS' MakeValid, keeping its polygonal parts, and the report says so with the area
  before and after; one that has no area left is refused;
- a polygon outside the city's area (the working copy's extent plus a margin, the rule of
  the Open311 import) is kept with a warning: it is likely in the wrong CRS or the wrong file.

Whole-file problems (a Shapefile whose parts disagree, a file that ends early) are the
readers' to refuse before this runs.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple, Union

import numpy as np

from ..i18n import decimal, tr
from ..store import geometry as gpkg_geometry

if TYPE_CHECKING:
    from osgeo import ogr

ABSURD = 1e8  # no coordinate of a CRS read here is this large (UTM with prefix: 3.3·10⁷)
# EPSG:25832 coordinates of Germany, generous (Aachen ~290 000, Görlitz ~1 000 000 E).
TARGET_X = (0.0, 1_300_000.0)
TARGET_Y = (5_100_000.0, 6_250_000.0)
MIN_AREA_M2 = 0.01  # less is a line or a point seen from above, not a footprint


class GeometryCheck:
    """Collects the report lines of one import; ``city`` is (xmin, ymin, xmax, ymax) in
    EPSG:25832 or None (an empty working copy: nothing to compare with)."""

    def __init__(self, city: Optional[Tuple[float, float, float, float]] = None) -> None:
        self.city = city
        self.lines: List[str] = []
        self.refused = 0
        self.repaired = 0
        self.outside = 0

    # --- coordinates in the file's CRS ---------------------------------------------------

    def coordinates_ok(self, label: str, values: Union[np.ndarray, Sequence[float]]) -> bool:
        """False (and a report line) when ``values`` (any numbers) hold NaN, ±inf or absurd
        values. ``values``: a numpy array or a sequence of floats."""
        array = np.asarray(values, dtype=float)
        if array.size == 0:
            return True
        # The common case, in two passes: NaN makes min and max NaN, ±inf one of them.
        if -ABSURD <= float(array.min()) and float(array.max()) <= ABSURD:
            return True
        if np.isnan(array).any():
            return self._refuse(label, tr("coordinates that are not numbers (NaN)"))
        if np.isinf(array).any():
            return self._refuse(label, tr("infinite coordinates"))
        largest = float(np.abs(array).max())
        if largest > ABSURD:
            return self._refuse(label, tr("absurd coordinates (up to {value:.3g})")
                                .format(value=largest))
        return True

    def ogr_coordinates_ok(self, label: str, geometry: Optional[ogr.Geometry]) -> bool:
        """The same for an OGR geometry (any type, curves included)."""
        if geometry is None or geometry.IsEmpty():
            return self._refuse(label, tr("no geometry"))
        linear = geometry.GetLinearGeometry() if geometry.HasCurveGeometry() else geometry
        return self.coordinates_ok(label, _ogr_values(linear))

    # --- polygons in EPSG:25832 -----------------------------------------------------------

    def polygons(self, label: str, polygons: Sequence, quiet_repair: bool = False,
                 warn_outside: bool = True) -> List:
        """Checked 2D OGR polygons in EPSG:25832 (repaired where needed); refused ones are
        left out with a report line. ``quiet_repair``: surfaces that are not footprints
        themselves (roofs seen from above) are repaired without a line."""
        result = []
        for polygon in polygons:
            minx, maxx, miny, maxy = polygon.GetEnvelope()
            if not all(math.isfinite(v) for v in (minx, maxx, miny, maxy)):
                self._refuse(label, tr("coordinates that are not numbers (NaN)"))
                continue
            if minx < TARGET_X[0] or maxx > TARGET_X[1] or miny < TARGET_Y[0] \
                    or maxy > TARGET_Y[1]:
                self._refuse(label, tr("lies outside Germany in EPSG:25832 ({x}, {y}): the "
                                       "reference system does not fit")
                             .format(x=decimal((minx + maxx) / 2, 0),
                                     y=decimal((miny + maxy) / 2, 0)))
                continue
            if not polygon.IsValid():
                before = polygon.GetArea()
                parts = _polygonal_parts(polygon.MakeValid())
                after = sum(p.GetArea() for p in parts)
                if after < MIN_AREA_M2:
                    self._refuse(label, tr("an invalid polygon that has no area once repaired"))
                    continue
                if quiet_repair:
                    result.extend(p for p in parts if p.GetArea() >= MIN_AREA_M2)
                    continue
                self.repaired += 1
                self.lines.append(tr("{label}: invalid polygon (self-intersecting or with "
                                     "misplaced rings) repaired; area {before} m² → {after} m² "
                                     "in {n} part(s).").format(
                    label=label, before=decimal(before, 1), after=decimal(after, 1),
                    n=len(parts)))
            else:
                parts = [polygon]
            for part in parts:
                if part.GetArea() < MIN_AREA_M2:
                    self._refuse(label, tr("a polygon without area"))
                    continue
                result.append(part)
        if warn_outside:
            self.warn_if_outside(label, result)
        return result

    def warn_if_outside(self, label: str, polygons: Sequence) -> None:
        """A report line when none of ``polygons`` touches the city's area."""
        if not polygons or self.city is None or any(
                self._inside_city(p.GetEnvelope()) for p in polygons):
            return
        self.outside += 1
        minx, maxx, miny, maxy = polygons[0].GetEnvelope()
        self.lines.append(tr("{label}: lies outside the city's area (the working copy's "
                             "extent plus 1 km), at {x} {y} in EPSG:25832; check the "
                             "reference system.").format(
            label=label, x=decimal((minx + maxx) / 2, 0), y=decimal((miny + maxy) / 2, 0)))

    def first_reason(self) -> str:
        """The first report line (and how many more), to end a refusal message with."""
        if not self.lines:
            return ""
        more = len(self.lines) - 1
        return " " + self.lines[0] + (tr(" (and {n} more)").format(n=more) if more else "")

    def _inside_city(self, envelope) -> bool:
        minx, maxx, miny, maxy = envelope
        xmin, ymin, xmax, ymax = self.city
        return maxx >= xmin and minx <= xmax and maxy >= ymin and miny <= ymax

    def _refuse(self, label: str, why: str) -> bool:
        self.refused += 1
        self.lines.append(tr("{label}: refused, {why}.").format(label=label, why=why))
        return False


def _ogr_values(geometry) -> np.ndarray:
    """All x, y values of a linear OGR geometry, flat (x0, y0, x1, y1, …)."""
    wkb = bytes(geometry.ExportToIsoWkb())
    runs = gpkg_geometry.wkb_parts(wkb)
    if not runs:
        return np.zeros(0)
    return np.concatenate([np.asarray(r, dtype=float)[:, :2].ravel() for r in runs])


def _polygonal_parts(geometry) -> list:
    """The polygons of a MakeValid result (a GeometryCollection may also hold lines)."""
    from osgeo import ogr

    if geometry is None:
        return []
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        return [geometry.Clone()]
    if kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        out = []
        for i in range(geometry.GetGeometryCount()):
            out.extend(_polygonal_parts(geometry.GetGeometryRef(i)))
        return out
    return []


def finite(value: Optional[float]) -> bool:
    return value is not None and math.isfinite(value)
