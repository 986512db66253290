"""Planned footprints from the files architects send: GeoJSON, GeoPackage, Shapefile, DXF.

Any vector format GDAL reads works; the field mapping says which attribute holds the
height (m), the number of storeys, the use and the name. Features sharing a name form one
project each (without a name field, the whole file is one project). Coordinates are
reprojected to EPSG:25832 from the layer's CRS, from ``source_epsg`` when given, or from
a CRS guessed from the coordinates (DXF files carry none).
"""

import os

from osgeo import gdal, ogr

from ...i18n import decimal, tr
from .crs import Reprojector, guess_epsg, polygons_of
from .errors import PlanningImportError

MAPPING_KEYS = ("height", "floors", "use", "name")

# Attribute names seen in architects' files, lower case; the first match is proposed.
_GUESSES = {
    "height": ("height_m", "height", "hoehe", "höhe", "gebaeudehoehe", "hoehe_m", "h"),
    "floors": ("floors", "geschosse", "storeys", "stories", "anz_geschoss", "vollgeschosse",
               "levels", "z"),
    "use": ("use", "nutzung", "usage", "function", "funktion", "art"),
    "name": ("name", "bezeichnung", "projekt", "project", "title", "titel"),
}


def open_layer(path, layer_name=None):
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


def field_names(path, layer_name=None):
    _ds, layer = open_layer(path, layer_name)
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def guess_mapping(fields):
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


def read_footprints(path, mapping=None, source_epsg=None, layer_name=None):
    """Read footprints; returns {"projects": {name: [building, …]}, "warnings": [...]}.

    Each building: {"floors", "height_m", "use", "geometry" (OGR polygon, EPSG:25832)}.
    """
    ds, layer = open_layer(path, layer_name)
    fields = field_names(path, layer_name)
    mapping = dict(guess_mapping(fields) if mapping is None else mapping)
    for key, field in mapping.items():
        if key not in MAPPING_KEYS:
            raise PlanningImportError(tr("Unknown mapping key {key}; use height, floors, use "
                                         "or name.").format(key=key))
        if field and field not in fields:
            raise PlanningImportError(tr("The file has no attribute {field} (mapped to {key}). "
                                         "Its attributes: {fields}.")
                                      .format(field=field, key=key, fields=", ".join(fields)))
    srs = layer.GetSpatialRef()
    reproject = Reprojector(source_epsg) if source_epsg else (Reprojector(srs) if srs else None)
    default_name = os.path.splitext(os.path.basename(path))[0]
    projects, warnings = {}, []
    layer.ResetReading()
    for feature in layer:
        geometry = feature.GetGeometryRef()
        polygons = polygons_of(geometry)
        if not polygons:
            continue
        if reproject is None:
            x, y = polygons[0].GetGeometryRef(0).GetPoint_2D(0)
            epsg = guess_epsg(x, y)
            if epsg is None:
                raise PlanningImportError(tr("{path} names no coordinate reference system and "
                                             "its coordinates fit none we know; please give it "
                                             "(SOURCE_CRS).").format(path=os.path.basename(path)))
            reproject = Reprojector(epsg)
            warnings.append(tr("No CRS in the file; EPSG:{code} assumed from the coordinates.")
                            .format(code=epsg))

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
        for polygon in polygons:
            polygon = reproject(polygon)
            if not polygon.IsValid():
                polygon = polygon.Buffer(0)
                warnings.append(tr("Feature {fid}: invalid polygon repaired.")
                                .format(fid=feature.GetFID()))
            for part in polygons_of(polygon):
                projects.setdefault(name, []).append({
                    "floors": int(round(floors)) if floors is not None else None,
                    "height_m": height,
                    "use": str(use) if use not in (None, "") else None,
                    "geometry": part,
                })
    del ds  # the layer belongs to the dataset: keep it open until here
    if not projects:
        raise PlanningImportError(tr("{path} holds no polygons (footprints); nothing was "
                                     "imported.").format(path=os.path.basename(path)))
    return {"projects": projects, "warnings": warnings}
