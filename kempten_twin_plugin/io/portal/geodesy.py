"""Where a building of the working copy lies on the globe: EPSG:25832 + DHHN2016 → ECEF.

3D Tiles place content in an earth-centred, earth-fixed frame (ECEF). Every vertex is
converted exactly, never with a flat-earth shortcut (at Kempten the UTM grid is turned
0.97° against true north and scaled by 0.99972; UTM metres used as local east/north
would misplace a corner 100 m from the centre by about 1.7 m):

    x, y (EPSG:25832) → longitude, latitude (ETRS89, GDAL/PROJ)
    H (m NHN, DHHN2016) → h (ellipsoidal) = H + height anomaly (see ``height_model``)
    longitude, latitude, h → ECEF on the GRS80 ellipsoid (closed formula)
    ECEF → local east/north/up of the tileset's root transform.

ETRS89 ECEF is written as WGS 84's, as German producers of 3D Tiles do: it keeps the
buildings aligned with ETRS89 base data (basemap.de, ALKIS, LoD2), which share the
~0.9 m ETRS89/ITRF drift.

Heights: DHHN2016 heights are physical; a viewer wants ellipsoidal ones. The German
quasigeoid GCG2016 gives the difference (ζ, about 46–48 m in the Allgäu). ``height_model``
takes, in this order: GCG2016 through PROJ's EPSG operation (when PROJ has its grid,
which PROJ-data does not ship: it is not open data); a quasigeoid grid file the user
names (GCG2016 converted to GeoTIFF/GTX); a constant ζ the user enters for the site; the
global EGM96 geoid from PROJ-data (within about a metre of GCG2016 in Germany); finally
Kempten's constant. The tileset and the report say which one was used.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal, osr

from ...store.schema import CRS_EPSG

if TYPE_CHECKING:
    from numpy.typing import ArrayLike

# GRS80, the ellipsoid of ETRS89.
GRS80_A = 6378137.0
GRS80_F = 1.0 / 298.257222101
GRS80_E2 = GRS80_F * (2.0 - GRS80_F)

ETRS89_GEOGRAPHIC = 4258
ETRS89_GEOGRAPHIC_3D = 4937
DHHN2016_HEIGHT = 7837
# EGM96 undulation at Kempten (47.729 N, 10.307 E) from PROJ-data's egm96_15.gtx: the
# last resort when PROJ has no grid at all; decimetres up to about 1 m from GCG2016.
KEMPTEN_HEIGHT_ANOMALY_M = 46.85
EGM96_GRID = "egm96_15.gtx"

# Method keys, also written into tileset.json and portal.json.
GCG2016 = "GCG2016"
GRID = "grid"
CONSTANT = "constant"
EGM96 = "EGM96"
DEFAULT = "default"


def _srs(definition) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    if isinstance(definition, int):
        srs.ImportFromEPSG(definition)
    else:
        srs.SetFromUserInput(definition)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _transformation(source, target, operation=None, ballpark=True):
    """An osr transformation, or None where PROJ has none (a missing grid)."""
    options = osr.CoordinateTransformationOptions()
    if operation:
        options.SetOperation(operation)
    if not ballpark:
        options.SetBallparkAllowed(False)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        transform = osr.CoordinateTransformation(source, target, options)
    except RuntimeError:  # GDAL with exceptions on (QGIS 3.40's bindings)
        return None
    finally:
        gdal.PopErrorHandler()
    return transform if getattr(transform, "this", None) is not None else None


def _points(transform, x, y, z=None) -> np.ndarray:
    xyz = np.column_stack([np.asarray(x, float), np.asarray(y, float),
                           np.zeros(len(np.atleast_1d(x))) if z is None else np.asarray(z, float)])
    if len(xyz) == 0:
        return np.zeros((0, 3))
    return np.asarray(transform.TransformPoints(xyz), dtype=float).reshape(-1, 3)


class Geographic:
    """EPSG:25832 ⇄ ETRS89 longitude/latitude (degrees), through GDAL's PROJ."""

    def __init__(self) -> None:
        utm, geographic = _srs(CRS_EPSG), _srs(ETRS89_GEOGRAPHIC)
        self._forward = _transformation(utm, geographic)
        self._inverse = _transformation(geographic, utm)

    def lonlat(self, x: ArrayLike, y: ArrayLike) -> Tuple[np.ndarray, np.ndarray]:
        out = _points(self._forward, x, y)
        return out[:, 0], out[:, 1]

    def utm(self, lon: ArrayLike, lat: ArrayLike) -> Tuple[np.ndarray, np.ndarray]:
        out = _points(self._inverse, lon, lat)
        return out[:, 0], out[:, 1]


def geodetic_to_ecef(lon_deg: ArrayLike, lat_deg: ArrayLike, h: ArrayLike) -> np.ndarray:
    """(n, 3) ECEF metres of ETRS89 longitude, latitude (degrees) and ellipsoidal height."""
    lon, lat = np.radians(np.asarray(lon_deg, float)), np.radians(np.asarray(lat_deg, float))
    h = np.asarray(h, float)
    sin_lat, cos_lat = np.sin(lat), np.cos(lat)
    n = GRS80_A / np.sqrt(1.0 - GRS80_E2 * sin_lat * sin_lat)
    return np.column_stack([(n + h) * cos_lat * np.cos(lon), (n + h) * cos_lat * np.sin(lon),
                            (n * (1.0 - GRS80_E2) + h) * sin_lat])


def enu_to_ecef_matrix(lon_deg: float, lat_deg: float, origin: Sequence[float]) -> np.ndarray:
    """4×4 (row-major) from local east/north/up at the origin to ECEF."""
    lon, lat = math.radians(lon_deg), math.radians(lat_deg)
    east = [-math.sin(lon), math.cos(lon), 0.0]
    north = [-math.sin(lat) * math.cos(lon), -math.sin(lat) * math.sin(lon), math.cos(lat)]
    up = [math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)]
    matrix = np.eye(4)
    matrix[:3, 0], matrix[:3, 1], matrix[:3, 2], matrix[:3, 3] = east, north, up, origin
    return matrix


@dataclass
class HeightModel:
    """DHHN2016 (m NHN) → ellipsoidal height. ``method`` is one of the keys above;
    ``description`` says in a German sentence (for the export report) what was used and
    how good it is."""

    method: str
    description: str
    anomaly_at_origin_m: float
    _shift: Optional[Callable] = field(default=None, repr=False)  # (lon, lat, H) → h
    _constant: float = 0.0

    def ellipsoidal(self, lon: ArrayLike, lat: ArrayLike, height_nhn: ArrayLike) -> np.ndarray:
        if self._shift is not None:
            return self._shift(lon, lat, height_nhn)
        return np.asarray(height_nhn, float) + self._constant

    def as_json(self) -> dict:
        return {"method": self.method, "description": self.description,
                "heightAnomalyAtOrigin_m": round(self.anomaly_at_origin_m, 3)}


def _gcg2016():
    """PROJ's own DHHN2016 → ETRS89 operation with GCG2016, or None without its grid (no
    ballpark: PROJ would otherwise add 0 m and call it a transformation)."""
    source = _srs(f"EPSG:{ETRS89_GEOGRAPHIC}+{DHHN2016_HEIGHT}")
    return _transformation(source, _srs(ETRS89_GEOGRAPHIC_3D), ballpark=False)


def _vgridshift(grid):
    """A transformation adding a geoid grid's value to heights (ETRS89 geographic)."""
    pipeline = ("+proj=pipeline +step +proj=axisswap +order=2,1 "
                "+step +proj=unitconvert +xy_in=deg +xy_out=rad "
                f"+step +proj=vgridshift +grids={grid} +multiplier=1 "
                "+step +proj=unitconvert +xy_in=rad +xy_out=deg +step +proj=axisswap +order=2,1")
    geographic = _srs(ETRS89_GEOGRAPHIC)
    return _transformation(geographic, geographic, operation=pipeline)


def _shift_by(transform):
    def shift(lon, lat, height_nhn):
        return _points(transform, lon, lat, height_nhn)[:, 2]
    return shift


def _usable(transform, lon0, lat0) -> Optional[float]:
    """The height anomaly the transformation gives at the origin, or None when it gives
    nothing there (a grid that does not cover the site)."""
    if transform is None:
        return None
    try:
        h = _points(transform, [lon0], [lat0], [0.0])[0, 2]
    except (RuntimeError, ValueError):
        return None
    return float(h) if math.isfinite(h) and abs(h) > 0.5 else None


def height_model(lon0: float, lat0: float, geoid_grid: str = "",
                 height_anomaly_m: Optional[float] = None) -> HeightModel:
    """The best DHHN2016 → ellipsoidal conversion available at (lon0, lat0); see above."""
    notes = []
    transform = _gcg2016()
    anomaly = _usable(transform, lon0, lat0)
    if anomaly is not None:
        return HeightModel(GCG2016, "Quasigeoid GCG2016 über PROJ (EPSG-Transformation "
                           "„ETRS89 to DHHN2016 height“), auf etwa 1 cm genau.", anomaly,
                           _shift=_shift_by(transform))
    notes.append("PROJ hat kein GCG2016-Gitter")
    if geoid_grid:
        transform = _vgridshift(geoid_grid) if os.path.exists(geoid_grid) else None
        anomaly = _usable(transform, lon0, lat0)
        if anomaly is not None:
            return HeightModel(GRID, f"Quasigeoid-Gitter {os.path.basename(geoid_grid)} "
                               "(PROJ vgridshift) aus den Einstellungen.", anomaly,
                               _shift=_shift_by(transform))
        notes.append(f"das Gitter {geoid_grid} ist nicht lesbar oder deckt den Ort nicht ab")
    if height_anomaly_m:
        value = float(height_anomaly_m)
        return HeightModel(CONSTANT, f"feste Höhenanomalie {value:.2f} m aus den Einstellungen "
                           f"({'; '.join(notes)}).", value, _constant=value)
    transform = _vgridshift(EGM96_GRID)
    anomaly = _usable(transform, lon0, lat0)
    if anomaly is not None:
        return HeightModel(EGM96, "Geoid EGM96 aus PROJ-data als Ersatz für GCG2016 "
                           f"({'; '.join(notes)}): in Deutschland bis etwa 1 m davon entfernt, "
                           "für alle Gebäude eines Orts gleich, relative Höhen also genau.",
                           anomaly, _shift=_shift_by(transform))
    notes.append("auch kein EGM96-Gitter")
    value = KEMPTEN_HEIGHT_ANOMALY_M
    return HeightModel(DEFAULT, f"feste Höhenanomalie {value:.2f} m von Kempten (Allgäu) "
                       f"({'; '.join(notes)}); anderswo den Wert des Orts in den Einstellungen "
                       "eintragen.", value, _constant=value)


class LocalFrame:
    """The tileset's root frame: east/north/up at ``origin`` (x, y in EPSG:25832, H in
    m NHN), with ``to_local`` for any point of the export."""

    def __init__(self, x0: float, y0: float, h0_nhn: float, heights: HeightModel,
                 geographic: Optional[Geographic] = None) -> None:
        self.geographic = geographic or Geographic()
        lon0, lat0 = self.geographic.lonlat([x0], [y0])
        self.lon0, self.lat0 = float(lon0[0]), float(lat0[0])
        self.heights = heights
        h0 = float(heights.ellipsoidal(lon0, lat0, np.array([h0_nhn]))[0])
        self.origin = geodetic_to_ecef(lon0, lat0, [h0])[0]
        self.matrix = enu_to_ecef_matrix(self.lon0, self.lat0, self.origin)

    def to_local(self, x: ArrayLike, y: ArrayLike, height_nhn: ArrayLike) -> np.ndarray:
        """(n, 3) east, north, up in metres of EPSG:25832 x, y and heights in m NHN."""
        lon, lat = self.geographic.lonlat(x, y)
        h = self.heights.ellipsoidal(lon, lat, np.asarray(height_nhn, float))
        return (geodetic_to_ecef(lon, lat, h) - self.origin) @ self.matrix[:3, :3]

    def tileset_transform(self) -> list:
        """root.transform of tileset.json: the matrix column by column."""
        return [float(v) for v in self.matrix.T.reshape(-1)]


def local_to_gltf(points: ArrayLike) -> np.ndarray:
    """Local east/north/up (z up) → glTF's y-up axes: (e, n, u) → (e, u, −n). 3D Tiles turns
    glTF content y-up → z-up before the tile transform, which gives back (e, n, u)."""
    p = np.asarray(points, float).reshape(-1, 3)
    return np.column_stack([p[:, 0], p[:, 2], -p[:, 1]])
