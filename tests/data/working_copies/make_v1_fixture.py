"""Writes v1_2026-12.gpkg (and v1_2026-12_empty.gpkg: ``write_working_copy(path, {})`` of the
same commit, never opened since): a working copy as the plugin wrote it up to commit ea8f2f5
(schema version 1), with the tables that version created lazily in use.

Run it with an old checkout's package first on the path, e.g.
    git worktree add /tmp/old ea8f2f5
    PYTHONPATH=/tmp/old /usr/bin/python3 tests/data/working_copies/make_v1_fixture.py OUT.gpkg
Kept so the fixture can be made again and read; the tests use the file, not this script.
"""

import os
import sqlite3
import sys
import tempfile

from kempten_twin_plugin.defects import open311, store
from kempten_twin_plugin.exchange.api import import_isybau
from kempten_twin_plugin.planning.importer import import_planned
from kempten_twin_plugin.store.demo_data import build_demo_working_copy

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def main(out):
    build_demo_working_copy(out, 1000, 3, overwrite=True)
    db = store.connect(out)  # makes kt_local_event, as every defect action did
    uuid, blob = db.execute("SELECT uuid, geom FROM gully ORDER BY fid LIMIT 1").fetchone()
    x, y = store.point_of(blob)
    store.create_defect(db, asset_table="gully", asset=uuid, category="verstopft", severity=2,
                        x=x, y=y, description="Wasser steht", reported_by="m.huber")
    db.close()
    requests = [{"service_request_id": "kt-1", "status": "open", "service_code": "gully_blocked",
                 "description": "Ablauf verstopft", "requested_datetime": "2026-11-30T08:00:00Z",
                 "lat": 47.7203, "long": 10.3127}]
    con = sqlite3.connect(out)
    minx, miny = con.execute("SELECT min(minx), min(miny) FROM rtree_gully_geom").fetchone()
    con.close()
    lon, lat = _to_wgs84(minx + 5, miny + 5)
    requests[0]["lat"], requests[0]["long"] = lat, lon
    open311.import_requests(out, requests)  # makes kt_open311_request
    import_planned(out, os.path.join(DATA, "planning", "lod2_tile.gml"), "s.planer")  # context
    import_isybau(out, os.path.join(DATA, "isybau", "isybau_2024_utm_prefix.xml"))
    con = sqlite3.connect(out)
    con.execute("VACUUM")
    con.close()


def _to_wgs84(x, y):
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(25832)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(source, target).TransformPoint(x, y)
    return lon, lat


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(tempfile.gettempdir(), "v1.gpkg"))
