"""Build the demo city and write it as a working copy: one call for CLI and Processing.

Beside the working copy goes its offline basemap (``<name>.grundkarte.gpkg``: streets with
their names, parcels, buildings), which the plugin loads under the network."""

from __future__ import annotations

import os
from typing import Any, Callable, Dict, List, Optional

from osgeo import ogr, osr

from ..core import demo_city
from . import working_copy
from .schema import CRS_EPSG

BASEMAP_SUFFIX = ".grundkarte.gpkg"
# table: (geometry type, [(field, OGR type)])
BASEMAP_TABLES = {
    "street": (ogr.wkbLineString, [("name", ogr.OFTString)]),
    "parcel": (ogr.wkbPolygon, [("number", ogr.OFTString)]),
    "building": (ogr.wkbPolygon, [("use", ogr.OFTString), ("floors", ogr.OFTInteger)]),
}


def basemap_path(working_copy_path: str) -> str:
    """Where a working copy's offline basemap lies: beside it, ``<name>.grundkarte.gpkg``."""
    stem = working_copy_path[:-5] if working_copy_path.lower().endswith(".gpkg") \
        else working_copy_path
    return stem + BASEMAP_SUFFIX


def write_basemap(path: str, rows_by_table: Dict[str, List[Dict[str, Any]]]) -> Dict[str, int]:
    """The basemap tables as a GeoPackage at ``path`` (replaced); returns rows per table."""
    temp = path + ".partial.gpkg"
    for leftover in (temp, path):
        if os.path.exists(leftover):
            os.unlink(leftover)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(temp)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    counts = {}
    try:
        for table, (kind, fields) in BASEMAP_TABLES.items():
            layer = ds.CreateLayer(table, srs, kind, ["FID=fid", "GEOMETRY_NAME=geom"])
            for name, field_type in fields:
                layer.CreateField(ogr.FieldDefn(name, field_type))
            defn = layer.GetLayerDefn()
            ds.StartTransaction()
            rows = rows_by_table.get(table, ())
            for row in rows:
                feature = ogr.Feature(defn)
                for name, _ in fields:
                    feature.SetField(name, row.get(name))
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(row["geom"]))
                layer.CreateFeature(feature)
            ds.CommitTransaction()
            counts[table] = len(rows)
    finally:
        ds = None
    os.replace(temp, path)
    return counts


def build_demo_working_copy(path: str, pipes: int, seed: int, overwrite: bool = False,
                            progress: Optional[Callable[[float], None]] = None,
                            is_canceled: Optional[Callable[[], bool]] = None) -> Dict[str, int]:
    """Generate the demo city and write it to ``path``, its basemap beside it; returns rows
    per table.

    Parameters are checked before any work starts, and the file appears only when
    complete: bad input or a cancel leave the disk as it was.
    """
    demo_city.validate_parameters(pipes, seed)
    working_copy.check_target(path, overwrite)

    def generator_progress(percent):
        if progress is not None:
            progress(percent * 0.5)

    def writer_progress(percent):
        if progress is not None:
            progress(50 + percent * 0.45)

    city = demo_city.generate(pipes, seed, generator_progress, is_canceled)
    meta = {"source": "demo-generator", "seed": seed, "pipes": pipes}
    counts = working_copy.write_working_copy(path, city.rows, overwrite, meta,
                                             writer_progress, is_canceled)
    if city.basemap:
        write_basemap(basemap_path(path), city.basemap)
    return counts
