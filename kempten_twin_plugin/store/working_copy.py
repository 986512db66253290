"""The local working copy: one GeoPackage holding the tables of ``schema.py``.

Written through GDAL/OGR so that the file is a valid GeoPackage with R-tree spatial
indexes that QGIS, ``ogrinfo`` and GDAL's own SQL functions understand. A new file is
built under a temporary name beside the target and renamed into place only when complete,
so a failure or a cancel never leaves a half-written working copy behind.
"""

import os
import tempfile

from osgeo import ogr, osr

from ..errors import KemptenTwinError
from . import change_capture
from . import geometry as gpkg_geometry
from .schema import CRS_EPSG, GEOMETRY_COLUMN, SCHEMA_VERSION, TABLES

META_TABLE = "kt_meta"

_GEOMETRY_TYPES = {
    "POINT": ogr.wkbPoint,
    "LINESTRING": ogr.wkbLineString,
    "POLYGON": ogr.wkbPolygon,
}

_FIELD_TYPES = {
    "TEXT": (ogr.OFTString, None),
    "INTEGER": (ogr.OFTInteger, None),
    "REAL": (ogr.OFTReal, None),
    "BOOLEAN": (ogr.OFTInteger, ogr.OFSTBoolean),
    "DATE": (ogr.OFTDate, None),
    "DATETIME": (ogr.OFTDateTime, None),
    "BLOB": (ogr.OFTBinary, None),
}


class WorkingCopyError(KemptenTwinError):
    """A problem with the working copy file; the message is meant for the user."""


def check_target(path, overwrite):
    """Refuse early, with a clear message, a target the generator could not write."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if not path.lower().endswith(".gpkg"):
        raise WorkingCopyError(f"The working copy must be a GeoPackage file ending in .gpkg: {path}")
    if os.path.isdir(path):
        raise WorkingCopyError(f"{path} is a folder, not a GeoPackage file.")
    if not os.path.isdir(folder):
        raise WorkingCopyError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise WorkingCopyError(f"The folder {folder} is not writable.")
    if os.path.exists(path) and not overwrite:
        raise WorkingCopyError(
            f"{path} exists already. Choose another file or allow overwriting it.")
    return path


def write_working_copy(path, rows_by_table, overwrite=False, meta=None, progress=None,
                       is_canceled=None):
    """Write a complete working copy to ``path``; rows are dicts with WKT in ``geom``.

    Returns the number of rows written per table.
    """
    path = check_target(path, overwrite)
    try:
        fd, temp_path = tempfile.mkstemp(prefix=".kt-partial-", suffix=".gpkg",
                                         dir=os.path.dirname(path))
    except OSError as error:
        raise WorkingCopyError(f"Cannot write in the folder {os.path.dirname(path)}: "
                               f"{error.strerror}.") from error
    os.close(fd)
    os.unlink(temp_path)  # OGR must create the file itself
    try:
        counts = _write(temp_path, rows_by_table, meta or {}, progress, is_canceled)
        # Every later edit is logged for sync, by whatever tool it is made.
        connection = gpkg_geometry.connect(temp_path)
        try:
            change_capture.install(connection)
        finally:
            connection.close()
        os.replace(temp_path, path)
        return counts
    finally:
        for leftover in (temp_path, temp_path + "-journal", temp_path + "-wal",
                         temp_path + "-shm"):
            if os.path.exists(leftover):
                os.unlink(leftover)


def _write(temp_path, rows_by_table, meta, progress, is_canceled):
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(temp_path)
    if ds is None:
        raise WorkingCopyError(f"GDAL could not create {temp_path}.")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    total = sum(len(rows_by_table.get(t.name, ())) for t in TABLES) or 1
    done = 0
    counts = {}
    try:
        for table in TABLES:
            layer = _create_layer(ds, table, srs)
            rows = rows_by_table.get(table.name, ())
            defn = layer.GetLayerDefn()
            names = table.column_names
            indexes = [defn.GetFieldIndex(n) for n in names]
            kinds = [c.type for c in table.columns]
            if ds.StartTransaction() != 0:
                raise WorkingCopyError("GDAL could not start a transaction.")
            for n, row in enumerate(rows):
                if n % 20000 == 0:
                    if is_canceled is not None and is_canceled():
                        raise InterruptedError("cancelled")
                    if progress is not None:
                        progress(100.0 * (done + n) / total)
                feature = ogr.Feature(defn)
                for name, index, kind in zip(names, indexes, kinds):
                    value = row.get(name)
                    if value is None:
                        feature.SetFieldNull(index)
                    elif kind == "BOOLEAN":
                        feature.SetField(index, 1 if value else 0)
                    elif kind == "BLOB":
                        feature.SetFieldBinaryFromHexString(index, bytes(value).hex())
                    else:
                        feature.SetField(index, value)
                if table.geometry_type:
                    feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(row["geom"]))
                if layer.CreateFeature(feature) != 0:
                    raise WorkingCopyError(f"GDAL refused a row of {table.name}: {row.get('uuid')}")
            if ds.CommitTransaction() != 0:
                raise WorkingCopyError(f"GDAL could not commit the table {table.name}.")
            done += len(rows)
            counts[table.name] = len(rows)
            _create_indexes(ds, table)
        _write_meta(ds, srs, dict({"schema_version": str(SCHEMA_VERSION)}, **meta))
    finally:
        ds = None  # closing flushes the file and builds deferred spatial indexes
    return counts


def _create_layer(ds, table, srs):
    options = ["FID=fid"]
    if table.geometry_type:
        options += [f"GEOMETRY_NAME={GEOMETRY_COLUMN}", "SPATIAL_INDEX=YES"]
        layer = ds.CreateLayer(table.name, srs, _GEOMETRY_TYPES[table.geometry_type], options)
    else:
        layer = ds.CreateLayer(table.name, None, ogr.wkbNone, options)
    if layer is None:
        raise WorkingCopyError(f"GDAL could not create the table {table.name}.")
    for column in table.columns:
        field_type, subtype = _FIELD_TYPES[column.type]
        field = ogr.FieldDefn(column.name, field_type)
        if subtype is not None:
            field.SetSubType(subtype)
        if column.not_null:
            field.SetNullable(False)
        layer.CreateField(field)
    return layer


def _create_indexes(ds, table):
    for column in table.indexed:
        unique = "UNIQUE " if column == "uuid" else ""
        ds.ExecuteSQL(f'CREATE {unique}INDEX "idx_{table.name}_{column}" '
                      f'ON "{table.name}" ("{column}")')


def _write_meta(ds, srs, meta):
    layer = ds.CreateLayer(META_TABLE, None, ogr.wkbNone, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn("key", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTString))
    for key, value in sorted(meta.items()):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("key", key)
        feature.SetField("value", str(value))
        layer.CreateFeature(feature)


def table_counts(path):
    """Rows per working-copy table, for summaries."""
    try:
        ds = ogr.Open(path)
    except RuntimeError:  # GDAL with exceptions on (as QGIS 3.40's bindings are)
        ds = None
    if ds is None:
        raise WorkingCopyError(f"{path} is not a readable GeoPackage.")
    counts = {}
    for table in TABLES:
        layer = ds.GetLayerByName(table.name)
        counts[table.name] = layer.GetFeatureCount() if layer is not None else 0
    return counts
