"""Write planning rows into the working copy (one transaction per import).

Planned projects, buildings and comments go into the synchronised tables of §4, so the
change-capture triggers log them for the next push like any edit. Context buildings from
CityGML go into ``context_building``, a local table outside ``schema.TABLES``: they are
the state's open reference data, re-importable at any time, far more numerous than the
city's own objects and never edited here, so shipping them through the server would only
cost sync time; each desktop imports the tiles it needs.
"""

import uuid as uuid_module

from osgeo import gdal, ogr, osr

from ..core.timestamps import utc_now_text
from . import geometry as gpkg_geometry
from . import working_copy
from .schema import CRS_EPSG

CONTEXT_TABLE = "context_building"
PROJECT_STATUS_DEFAULT = "Planung"



def project_outline(geometries, margin=5.0):
    """The project's footprint: the convex hull of its buildings with a small margin."""
    collection = ogr.Geometry(ogr.wkbGeometryCollection)
    for g in geometries:
        collection.AddGeometry(g)
    hull = collection.ConvexHull().Buffer(margin, 2)
    if ogr.GT_Flatten(hull.GetGeometryType()) != ogr.wkbPolygon:
        hull = hull.GetGeometryRef(0)
    return hull


def insert_project(path, project, buildings, user):
    """Insert a project and its buildings; returns (project uuid, building uuids).

    ``project``: name, reference, status, source. ``buildings``: floors, height_m,
    base_level, roof, use, geometry (OGR polygon).
    """
    working_copy.ensure(path)
    at = utc_now_text()
    project_uuid = str(uuid_module.uuid4())
    outline = project_outline([b["geometry"] for b in buildings])
    con = working_copy.connect(path)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute('INSERT INTO planned_project (uuid, version, changed_at, changed_by, name, '
                    'reference, status, source, geom) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)',
                    (project_uuid, at, user, project["name"], project.get("reference"),
                     project.get("status") or PROJECT_STATUS_DEFAULT, project.get("source"),
                     gpkg_geometry.ogr_blob(outline)))
        uuids = []
        for b in buildings:
            building_uuid = str(uuid_module.uuid4())
            con.execute('INSERT INTO planned_building (uuid, version, changed_at, changed_by, '
                        'project, floors, height_m, base_level, roof, use, geom) '
                        'VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                        (building_uuid, at, user, project_uuid, b.get("floors"),
                         b.get("height_m"), b.get("base_level"), b.get("roof"), b.get("use"),
                         gpkg_geometry.ogr_blob(b["geometry"])))
            uuids.append(building_uuid)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return project_uuid, uuids


def insert_comments(path, comments, user):
    """Insert participation comments (dicts: project, external_id, text, created_at, x, y).

    A comment already imported (same project and external id) is skipped, so importing the
    same export twice adds nothing. Returns the number inserted."""
    at = utc_now_text()
    con = working_copy.connect(path)
    inserted = 0
    try:
        con.execute("BEGIN IMMEDIATE")
        for c in comments:
            exists = con.execute("SELECT 1 FROM participation_comment WHERE project = ? AND "
                                 "external_id = ?", (c["project"], c["external_id"])).fetchone()
            if exists and c["external_id"] is not None:
                continue
            blob = None
            if c.get("x") is not None:
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(c["x"], c["y"])
                blob = gpkg_geometry.ogr_blob(point)
            con.execute('INSERT INTO participation_comment (uuid, version, changed_at, '
                        'changed_by, project, external_id, text, created_at, geom) '
                        'VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)',
                        (str(uuid_module.uuid4()), at, user, c["project"], c["external_id"],
                         c.get("text"), c.get("created_at"), blob))
            inserted += 1
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return inserted


def projects(path):
    """[(uuid, name, status)] of the working copy's projects, by name."""
    con = working_copy.connect(path)
    try:
        return con.execute("SELECT uuid, name, status FROM planned_project ORDER BY name").fetchall()
    finally:
        con.close()


def _context_layer(ds):
    layer = ds.GetLayerByName(CONTEXT_TABLE)
    if layer is not None:
        return layer
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    layer = ds.CreateLayer(CONTEXT_TABLE, srs, ogr.wkbMultiPolygon,
                           ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
    for name, kind in (("gml_id", ogr.OFTString), ("height_m", ogr.OFTReal),
                       ("storeys", ogr.OFTInteger), ("ground_level", ogr.OFTReal),
                       ("function", ogr.OFTString), ("source", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    return layer


def write_context_buildings(path, buildings, source):
    """Replace context buildings of the same gml:id and add the new ones; returns the count.

    ``buildings`` is an iterable (the CityGML reader streams); it is read completely before
    anything is written, so a broken file leaves the table as it was."""
    from ..io.planning.citygml import to_wkt

    rows = list(buildings)
    working_copy.ensure(path)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    ds = ogr.Open(path, 1)
    gdal.PopErrorHandler()
    layer = _context_layer(ds)
    defn = layer.GetLayerDefn()
    ds.StartTransaction()
    try:
        ids = [r["gml_id"] for r in rows if r["gml_id"]]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            quoted = ",".join("'" + i.replace("'", "''") + "'" for i in chunk)
            ds.ExecuteSQL(f"DELETE FROM {CONTEXT_TABLE} WHERE gml_id IN ({quoted})")
        for r in rows:
            feature = ogr.Feature(defn)
            for name in ("gml_id", "height_m", "storeys", "ground_level", "function"):
                if r.get(name) is not None:
                    feature.SetField(name, r[name])
            feature.SetField("source", source)
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(to_wkt(r["geometry"])))
            layer.CreateFeature(feature)
        ds.CommitTransaction()
    except Exception:
        ds.RollbackTransaction()
        raise
    finally:
        ds = None
    return len(rows)
