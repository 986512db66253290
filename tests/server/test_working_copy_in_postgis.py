"""The working copy's data model carries into a real PostGIS unchanged.

The central schema proper (migrations, roles, RLS) is its own issue; this tier proves the
server half of `make test` works and that what the generator writes is PostGIS-clean:
same rows, EPSG:25832, valid geometries, unique uuids.
"""

import subprocess

import psycopg2
import pytest

from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from kempten_twin_plugin.store.schema import TABLES


@pytest.fixture(scope="module")
def working_copy(tmp_path_factory):
    path = tmp_path_factory.mktemp("wc") / "city.gpkg"
    counts = build_demo_working_copy(str(path), 3000, 11)
    return str(path), counts


def load_into_postgis(dsn, schema, gpkg):
    done = subprocess.run(
        ["ogr2ogr", "-f", "PostgreSQL", f"PG:{dsn}", gpkg, "-lco", f"SCHEMA={schema}",
         "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "--config", "PG_USE_COPY", "YES"],
        capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_every_table_arrives_complete_and_valid(dsn, schema, working_copy):
    gpkg, counts = working_copy
    load_into_postgis(dsn, schema, gpkg)
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    for table in TABLES:
        cur.execute(f"SELECT count(*), count(DISTINCT uuid) FROM {schema}.{table.name}")
        rows, distinct = cur.fetchone()
        assert rows == counts[table.name] == distinct, table.name
        if table.geometry_type:
            cur.execute(f"SELECT count(*) FROM {schema}.{table.name} "
                        "WHERE NOT ST_IsValid(geom) OR ST_SRID(geom) <> 25832")
            assert cur.fetchone()[0] == 0, table.name
    con.close()


def test_pipes_meet_their_manholes_in_postgis(dsn, schema, working_copy):
    gpkg, _ = working_copy
    load_into_postgis(dsn, schema, gpkg)
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    cur.execute(f"""
        SELECT count(*) FROM {schema}.pipe p
        JOIN {schema}.manhole a ON a.uuid = p.from_manhole
        JOIN {schema}.manhole b ON b.uuid = p.to_manhole
        WHERE ST_Distance(ST_StartPoint(p.geom), a.geom) > 0.01
           OR ST_Distance(ST_EndPoint(p.geom), b.geom) > 0.01
           OR p.invert_from - p.invert_to < 0.003 * p.length""")
    assert cur.fetchone()[0] == 0
    cur.execute(f"SELECT count(*) FROM {schema}.pipe")
    assert cur.fetchone()[0] == 3000
    con.close()
