"""Planned footprints from the files architects send: GeoJSON, GeoPackage, Shapefile, DXF.

Any vector format GDAL reads works; the field mapping says which attribute holds the
height (m), the number of storeys, the use and the name. Features sharing a name form one
project each (without a name field, the whole file is one project). Coordinates are
reprojected to EPSG:25832 from ``source_epsg`` when given, else the layer's CRS (when the
coordinates lie in Germany in it), else a CRS the coordinates decide (DXF files carry none),
and the report says which (io/crs). Every polygon goes through the one geometry check
(io/geometry_check). A file whose parts disagree (a Shapefile's .shp and .dbf holding
different numbers of records) or that ends early (a DXF without its EOF) is refused whole,
as is one GDAL reports errors for while reading.
"""

from __future__ import annotations

import os
import struct
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from osgeo import gdal, ogr

from ...i18n import decimal, tr
from .. import crs as crs_module
from ..geometry_check import GeometryCheck
from .errors import PlanningCrsError, PlanningImportError

MAPPING_KEYS = ("height", "floors", "use", "name")

# Attribute names seen in architects' files, lower case; the first match is proposed.
_GUESSES = {
    "height": ("height_m", "height", "hoehe", "höhe", "gebaeudehoehe", "hoehe_m", "h"),
    "floors": ("floors", "geschosse", "storeys", "stories", "anz_geschoss", "vollgeschosse",
               "levels", "z"),
    "use": ("use", "nutzung", "usage", "function", "funktion", "art"),
    "name": ("name", "bezeichnung", "projekt", "project", "title", "titel"),
}


def open_layer(path: str, layer_name: Optional[str] = None) -> Tuple[ogr.DataSource, ogr.Layer]:
    """(dataset, layer) of the first polygon-bearing layer, or the named one."""
    if not os.path.isfile(path):
        raise PlanningImportError(tr("{path} does not exist.").format(path=path))
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = ogr.Open(path)
    finally:
        gdal.PopErrorHandler()
    if ds is None or ds.GetLayerCount() == 0:
        raise PlanningImportError(tr("{path} is not a vector file GDAL can read "
                                     "(GeoJSON, GeoPackage, Shapefile, DXF …).").format(path=path))
    if layer_name:
        layer = ds.GetLayerByName(layer_name)
        if layer is None:
            raise PlanningImportError(tr("{path} has no layer {layer}.")
                                      .format(path=path, layer=layer_name))
        return ds, layer
    return ds, ds.GetLayer(0)


def field_names(path: str, layer_name: Optional[str] = None) -> List[str]:
    _ds, layer = open_layer(path, layer_name)
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def guess_mapping(fields: Iterable[str]) -> Dict[str, Optional[str]]:
    """A proposed mapping {key: field or None} from the attribute names."""
    lower = {f.lower(): f for f in fields}
    return {key: next((lower[g] for g in guesses if g in lower), None)
            for key, guesses in _GUESSES.items()}


def _number(value):
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ".").rstrip("m").strip())
    except ValueError:
        return None


def check_complete(path: str) -> None:
    """Refuse a file whose parts disagree or that ends early, before GDAL reads a part of it."""
    lower = path.lower()
    name = os.path.basename(path)
    if lower.endswith(".shp"):
        _check_shapefile(path, name)
    elif lower.endswith(".dxf"):
        _check_dxf(path, name)


def _shapes_in_shp(path):
    """Records of a .shp, walked by their headers; None if the file ends inside one."""
    size = os.path.getsize(path)
    count, pos = 0, 100
    with open(path, "rb") as f:
        header = f.read(100)
        if len(header) < 100:
            return None
        (declared_words,) = struct.unpack(">i", header[24:28])
        if declared_words * 2 != size:
            return None
        while pos + 8 <= size:
            f.seek(pos)
            _number, words = struct.unpack(">ii", f.read(8))
            pos += 8 + words * 2
            if pos > size:
                return None
            count += 1
    return count if pos == size else None


def _check_shapefile(path, name):
    base = os.path.splitext(path)[0]
    shapes = _shapes_in_shp(path)
    if shapes is None:
        raise PlanningImportError(tr("{file} ends early or is damaged (its length does not "
                                     "match its records); nothing was imported.").format(file=name))
    for ext in (".shx", ".SHX"):
        if os.path.exists(base + ext):
            index_records = (os.path.getsize(base + ext) - 100) // 8
            if index_records != shapes:
                raise PlanningImportError(tr(
                    "The parts of the Shapefile {file} disagree: the .shp holds {shp} shapes, "
                    "the .shx indexes {shx}; one of them is incomplete, nothing was imported.")
                    .format(file=name, shp=shapes, shx=index_records))
            break
    for ext in (".dbf", ".DBF"):
        if os.path.exists(base + ext):
            with open(base + ext, "rb") as f:
                header = f.read(12)
            if len(header) < 12:
                raise PlanningImportError(tr("The .dbf of {file} is damaged; nothing was "
                                             "imported.").format(file=name))
            (records,) = struct.unpack("<I", header[4:8])
            if records != shapes:
                raise PlanningImportError(tr(
                    "The parts of the Shapefile {file} disagree: the .shp holds {shp} shapes, "
                    "the .dbf {dbf} records; one of them is incomplete, nothing was imported.")
                    .format(file=name, shp=shapes, dbf=records))
            break


def _check_dxf(path, name):
    with open(path, "rb") as f:
        if f.read(22).startswith(b"AutoCAD Binary DXF"):
            return  # binary DXF ends differently; GDAL's reader checks it
        f.seek(max(0, os.path.getsize(path) - 256))
        tail = f.read().decode("latin-1").split()
    if len(tail) < 2 or tail[-2:] != ["0", "EOF"]:
        raise PlanningImportError(tr("{file} ends early: a DXF file ends with \"0 EOF\", this "
                                     "one does not (truncated in transfer?); nothing was "
                                     "imported.").format(file=name))


def _layer_epsg(srs):
    """EPSG code of a layer's CRS, or None when it has none or none can be named."""
    if srs is None:
        return None
    srs = srs.Clone()
    if srs.GetAuthorityCode(None) is None:
        srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    if code and (srs.GetAuthorityName(None) or "").upper() == "EPSG":
        return int(code)
    return None


def read_footprints(path: str, mapping: Optional[Mapping[str, Optional[str]]] = None,
                    source_epsg: Optional[int] = None, layer_name: Optional[str] = None,
                    check: Optional[GeometryCheck] = None) -> Dict[str, Any]:
    """Read footprints; returns {"projects": {name: [building, …]}, "warnings": [...],
    "lines": [how the CRS was read]}.

    Each building: {"floors", "height_m", "use", "geometry" (OGR polygon, EPSG:25832)}.
    """
    check_complete(path)
    check = check if check is not None else GeometryCheck()
    ds, layer = open_layer(path, layer_name)
    fields = field_names(path, layer_name)
    mapping = dict(guess_mapping(fields) if mapping is None else mapping)
    _check_mapping(mapping, fields)
    srs = layer.GetSpatialRef()
    epsg = _layer_epsg(srs)
    default_name = os.path.splitext(os.path.basename(path))[0]
    projects, warnings, lines = {}, [], []
    reproject = None
    for feature in _features(layer, path):
        label = tr("Feature {fid}").format(fid=feature.GetFID())
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        if not check.ogr_coordinates_ok(label, geometry):
            continue
        polygons = crs_module.polygons_of(geometry)
        if not polygons:
            continue
        if reproject is None:
            reproject = _reprojector(path, srs, epsg, source_epsg, polygons[0], lines, warnings)

        def value(key, feature=feature):
            field = mapping.get(key)
            return feature.GetField(field) if field else None

        height = _number(value("height"))
        floors = _number(value("floors"))
        if mapping.get("height") and value("height") not in (None, "") and height is None:
            warnings.append(tr("Feature {fid}: height {value!r} is not a number; left empty.")
                            .format(fid=feature.GetFID(), value=value("height")))
        if height is not None and not (0 < height < 1000):
            warnings.append(tr("Feature {fid}: height {value} m is implausible; left empty.")
                            .format(fid=feature.GetFID(), value=decimal(height, None)))
            height = None
        name = value("name")
        name = str(name).strip() if name not in (None, "") else default_name
        use = value("use")
        for part in check.polygons(label, [reproject(p) for p in polygons]):
            projects.setdefault(name, []).append({
                "floors": int(round(floors)) if floors is not None else None,
                "height_m": height,
                "use": str(use) if use not in (None, "") else None,
                "geometry": part,
            })
    del ds  # the layer belongs to the dataset: keep it open until here
    warnings.extend(check.lines)
    if not projects:
        raise PlanningImportError(tr("{path} holds no polygons (footprints); nothing was "
                                     "imported.").format(path=os.path.basename(path))
                                  + check.first_reason())
    return {"projects": projects, "warnings": warnings, "lines": lines}


def _check_mapping(mapping, fields):
    """PlanningImportError for a key we do not know or an attribute the file lacks."""
    for key, field in mapping.items():
        if key not in MAPPING_KEYS:
            raise PlanningImportError(tr("Unknown mapping key {key}; use height, floors, use "
                                         "or name.").format(key=key))
        if field and field not in fields:
            raise PlanningImportError(tr("The file has no attribute {field} (mapped to {key}). "
                                         "Its attributes: {fields}.")
                                      .format(field=field, key=key, fields=", ".join(fields)))


def _features(layer, path):
    """Every feature of the layer, read at once: an error GDAL reports on the way (a damaged
    or truncated file) refuses the whole file rather than import a part of it."""
    errors = []

    def collect(level, _code, message):
        if level >= gdal.CE_Failure:
            errors.append(message)

    gdal.PushErrorHandler(collect)
    try:
        features = list(layer)
    finally:
        gdal.PopErrorHandler()
    if errors:
        raise PlanningImportError(tr("GDAL reports errors reading {file} ({error}); the file "
                                     "is damaged or incomplete, nothing was imported.")
                                  .format(file=os.path.basename(path), error=errors[0]))
    return features


def _reprojector(path, srs, epsg, source_epsg, polygon, lines, warnings):
    """The reprojection of a footprint file, decided on its first polygon."""
    ring = polygon.GetGeometryRef(0)
    sample = (ring.GetX(0), ring.GetY(0))
    what = os.path.basename(path)
    try:
        if srs is not None and epsg is None and not source_epsg:
            # A CRS without an EPSG code (an unusual .prj): taken as it is, if it puts the
            # coordinates in Germany.
            reprojector = crs_module.Reprojector(srs)
            probe = reprojector(polygon)
            px, py = probe.GetGeometryRef(0).GetX(0), probe.GetGeometryRef(0).GetY(0)
            if not crs_module.in_germany(25832, px, py):
                raise crs_module.CrsUndecidedError(tr(
                    "{what}: the file's reference system ({name}) puts its coordinates outside "
                    "Germany. Choose the source CRS.").format(what=what, name=srs.GetName()))
            lines.append(tr("CRS: {name} (the file's own definition); reprojected to "
                            "EPSG:25832").format(name=srs.GetName()))
            return reprojector
        reading = crs_module.decide([f"EPSG:{epsg}"] if epsg else [], sample, source_epsg, what)
    except crs_module.CrsUndecidedError as error:
        raise PlanningCrsError(str(error), error.suggested) from None
    line = tr("CRS: {reading}").format(reading=reading.describe())
    lines.append(line)
    if not epsg and not source_epsg:
        warnings.append(line)  # an assumption: said where the user sees it
    return crs_module.Reprojector(reading)
