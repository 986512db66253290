"""The local working copy: one GeoPackage holding the tables of ``schema.py``.

This module is the one way to open or create a working copy, and the only place that
opens SQLite (``connect``, ``connect_read_only``):

- ``write_working_copy`` writes a new file through GDAL/OGR, so it is a valid GeoPackage
  with R-tree spatial indexes that QGIS, ``ogrinfo`` and GDAL's own SQL functions
  understand, under a temporary name beside the target, renamed into place only when
  complete: a failure or a cancel never leaves a half-written working copy behind;
- ``connect`` opens an existing one for writing, after bringing an older one up to the
  current schema version (``local_migrations``, with a backup copy beside it) and
  refusing, untouched, one written by a newer plugin;
- ``ensure`` makes an empty one where none exists yet (what every importer does first).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Optional

from osgeo import ogr, osr

from ..errors import KemptenTwinError
from ..i18n import tr
from . import change_capture, local_migrations
from . import geometry as gpkg_geometry
from .schema import CRS_EPSG, GEOMETRY_COLUMN, TABLES

META_TABLE = "kt_meta"
SCHEMA_VERSION = local_migrations.LATEST_VERSION

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


class WorkingCopyTooNewError(WorkingCopyError):
    """Written by a newer plugin: refused, and the file left exactly as it was."""


# --- opening ------------------------------------------------------------------------

def _sqlite(path: str, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    gpkg_geometry.register_functions(connection)
    connection.execute("PRAGMA foreign_keys = OFF")
    # 16 MB of page cache: at 1 000 000 pipes a first download is as fast as with 64 MB
    # (81 s and 83 s) and peaks at 349 MB instead of 430 MB.
    connection.execute("PRAGMA cache_size = -16384")
    return connection


def _require(path: str) -> None:
    if not path or not os.path.isfile(path):
        raise WorkingCopyError(tr("The working copy {path} does not exist. Create it first, "
                                  "for example with the demo city generator.").format(path=path))


def schema_version(path: str) -> int:
    """The working copy's schema version, read without changing a byte of the file."""
    db = _open_read_only(path)
    try:
        return _version(db, path)
    finally:
        db.close()


def _open_read_only(path: str) -> sqlite3.Connection:
    _require(path)
    try:
        return _sqlite(path, read_only=True)
    except sqlite3.Error as error:
        raise WorkingCopyError(tr("{path} is not a readable GeoPackage ({reason}).").format(
            path=path, reason=error)) from error


def _version(db: sqlite3.Connection, path: str) -> int:
    try:
        row = db.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
                         ).fetchone()
    except sqlite3.DatabaseError as error:
        raise WorkingCopyError(tr("{path} is not a Kempten Twin working copy ({reason}).").format(
            path=path, reason=error)) from error
    try:
        return int(row[0]) if row else local_migrations.FIRST_VERSION
    except ValueError:
        raise WorkingCopyError(tr("{path} has an unreadable schema version {version}.").format(
            path=path, version=row[0])) from None


def connect(path: str) -> sqlite3.Connection:
    """A connection for reading and writing an existing working copy, brought up to date
    first. GDAL's R-tree triggers work through it (``geometry.register_functions``)."""
    upgrade(path)
    return _sqlite(path)


@contextmanager
def opened(path: str) -> Iterator[sqlite3.Connection]:
    """``connect(path)`` for one block, closed after it."""
    db = connect(path)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back when it raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


@contextmanager
def writing(path: str) -> Iterator[sqlite3.Connection]:
    """The working copy opened for one write transaction, closed after it."""
    with opened(path) as db, transaction(db):
        yield db


def connect_read_only(path: str) -> sqlite3.Connection:
    """A read-only connection (lists, counts, the network graph). An older working copy
    is read as it is; one of a newer plugin is refused."""
    db = _open_read_only(path)
    try:  # the version from the same connection: a second one reads the schema again (2 ms)
        version = _version(db, path)
    except BaseException:
        db.close()
        raise
    if version > SCHEMA_VERSION:
        db.close()
        raise _too_new(path, version)
    return db


def _too_new(path, version):
    return WorkingCopyTooNewError(tr(
        "The working copy {path} was written by a newer Kempten Twin (schema version "
        "{version}; this plugin knows up to {known}). Update the plugin; the file was not "
        "changed.").format(path=path, version=version, known=SCHEMA_VERSION))


def ensure(path: str) -> None:
    """An importer given a working copy that does not exist yet makes an empty one first;
    an existing one is brought up to date."""
    if not os.path.exists(path):
        write_working_copy(path, {})
    else:
        upgrade(path)


def backup_path(path: str, version: int) -> str:
    stem, ext = os.path.splitext(path)
    candidate = f"{stem}.v{version}-backup{ext}"
    n = 2
    while os.path.exists(candidate):
        candidate = f"{stem}.v{version}-backup-{n}{ext}"
        n += 1
    return candidate


def upgrade(path: str, backup: bool = True) -> Optional[str]:
    """Bring an older working copy to this plugin's schema version in one transaction,
    after copying it beside itself (returns the backup's path; None when nothing was due).
    A newer one is refused and left byte for byte as it was."""
    version = schema_version(path)
    if version > SCHEMA_VERSION:
        raise _too_new(path, version)
    if version == SCHEMA_VERSION:
        return None
    saved = None
    db = _sqlite(path)
    try:
        db.execute("BEGIN EXCLUSIVE")  # no one else writes while the file is copied
        try:
            if _version(db, path) != version:  # another process upgraded it meanwhile
                db.execute("ROLLBACK")
                return None
            if backup:
                saved = backup_path(path, version)
                shutil.copyfile(path, saved)
            for _step_version, step in local_migrations.pending(version):
                step(db)
            change_capture.install(db, in_transaction=True, refresh=True)
            db.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'",
                       (str(SCHEMA_VERSION),))
            if db.execute("SELECT changes()").fetchone()[0] == 0:
                db.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('schema_version', ?)",
                           (str(SCHEMA_VERSION),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            if saved and os.path.exists(saved):
                os.unlink(saved)
            raise
    finally:
        db.close()
    from .. import log

    log.info(f"Working copy {path} upgraded from schema version {version} to "
             f"{SCHEMA_VERSION}; backup {saved or 'none'}.")
    return saved


def check_target(path: str, overwrite: bool) -> str:
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


def write_working_copy(path: str, rows_by_table: Dict[str, List[Dict[str, Any]]],
                       overwrite: bool = False, meta: Optional[Dict[str, Any]] = None,
                       progress: Optional[Callable[[float], None]] = None,
                       is_canceled: Optional[Callable[[], bool]] = None) -> Dict[str, int]:
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
        # The tables of later schema versions come the same way as into an old file, so a
        # new working copy and an upgraded one are alike; every later edit is logged for
        # sync, by whatever tool it is made.
        upgrade(temp_path, backup=False)
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
        _write_meta(ds, srs, dict({"schema_version": str(local_migrations.FIRST_VERSION)},
                                  **meta))
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


def table_counts(path: str) -> Dict[str, int]:
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
