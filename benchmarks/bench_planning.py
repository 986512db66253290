"""Conflict check at city scale: 2 000 planned buildings against a 1 000 000-pipe city.

Ours: ``store.planning.check_conflicts`` on the working copy (GeoPackage R-tree join in
store/, numpy distances in core.planning.conflicts), from opening the file to the finished
list. Comparator, measured in the same run: the same question put to PostGIS (the same
tables loaded with ogr2ogr into the test database, GiST indexes, ANALYZE): ``ST_DWithin``
joins with the same strip widths, the rows fetched by a client. Both must find the same
conflicts; the benchmark checks that.

The city comes from ``cli demo-city --pipes 1000000`` (kept in build/bench/ between runs);
the buildings are placed at random near random pipes, with a fixed seed.
"""

import os
import random
import subprocess
import sys
import time

import psycopg2

from kempten_twin_plugin.store import working_copy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

SCHEMA = "kt_bench_planning"
BENCH_PROJECT = "00000000-0000-4000-8000-0000000bench"
REPEATS = 3


def ensure_city(path, pipes):
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run(["/usr/bin/python3", "-m", "kempten_twin_plugin.cli", "demo-city",
                        "--pipes", str(pipes), "--seed", "1", "--output", path, "--overwrite"],
                       cwd=ROOT, check=True)


def place_buildings(path, count, seed=7):
    """Replace the benchmark's buildings: ``count`` boxes of 10–30 m near random pipes."""
    from kempten_twin_plugin.store import geometry as gpkg_geometry

    rng = random.Random(seed)
    con = working_copy.connect(path)
    con.execute("DELETE FROM planned_building WHERE project = ?", (BENCH_PROJECT,))
    (n_pipes,) = con.execute("SELECT max(fid) FROM pipe").fetchone()
    fids = [rng.randint(1, n_pipes) for _ in range(count)]
    rows = []
    from osgeo import ogr
    for fid in fids:
        minx, maxx, miny, maxy = con.execute(
            f'SELECT minx, maxx, miny, maxy FROM "rtree_pipe_geom" WHERE id = {fid}').fetchone()
        cx = (minx + maxx) / 2 + rng.uniform(-25, 25)
        cy = (miny + maxy) / 2 + rng.uniform(-25, 25)
        w, d = rng.uniform(10, 30), rng.uniform(8, 20)
        polygon = ogr.CreateGeometryFromWkt(
            f"POLYGON(({cx} {cy},{cx + w} {cy},{cx + w} {cy + d},{cx} {cy + d},{cx} {cy}))")
        rows.append((f"bench-{len(rows):05d}", BENCH_PROJECT, gpkg_geometry.ogr_blob(polygon)))
    con.execute("BEGIN")
    con.executemany("INSERT INTO planned_building (uuid, version, changed_at, changed_by, project, "
                    "geom) VALUES (?, 1, '2026-01-01T00:00:00Z', 'bench', ?, ?)", rows)
    con.execute("COMMIT")
    con.close()


def load_postgis(dsn, path):
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    subprocess.run(["ogr2ogr", "-f", "PostgreSQL", f"PG:{dsn}", path, "pipe", "manhole",
                    "lateral", "gully", "planned_building", "-lco", f"SCHEMA={SCHEMA}",
                    "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "SPATIAL_INDEX=GIST",
                    "--config", "PG_USE_COPY", "YES"], check=True, capture_output=True)
    con.cursor().execute(f"DELETE FROM {SCHEMA}.planned_building WHERE project <> "
                         f"'{BENCH_PROJECT}'; ANALYZE {SCHEMA}.pipe; ANALYZE {SCHEMA}.manhole; "
                         f"ANALYZE {SCHEMA}.lateral; ANALYZE {SCHEMA}.gully; "
                         f"ANALYZE {SCHEMA}.planned_building")
    con.close()


POSTGIS_QUERY = f"""
WITH strip AS (
  SELECT b.uuid AS building, p.object_code, ST_Distance(b.geom, p.geom) AS distance,
         CASE WHEN p.width_mm <= 300 THEN 1.5 WHEN p.width_mm <= 800 THEN 2.5 ELSE 3.0 END
           AS required
    FROM {SCHEMA}.planned_building b JOIN {SCHEMA}.pipe p ON ST_DWithin(b.geom, p.geom, 3.0)
)
SELECT building, object_code, distance, required FROM strip WHERE distance <= required
UNION ALL
SELECT b.uuid, m.object_code, ST_Distance(b.geom, m.geom), 2.0
  FROM {SCHEMA}.planned_building b JOIN {SCHEMA}.manhole m ON ST_DWithin(b.geom, m.geom, 2.0)
UNION ALL
SELECT b.uuid, l.object_code, 0.0, 0.0
  FROM {SCHEMA}.planned_building b JOIN {SCHEMA}.lateral l ON ST_Intersects(b.geom, l.geom)
UNION ALL
SELECT b.uuid, g.object_code, 0.0, 0.0
  FROM {SCHEMA}.planned_building b JOIN {SCHEMA}.gully g ON ST_Intersects(b.geom, g.geom)
"""


def run_postgis(dsn):
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    started = time.perf_counter()
    cur.execute(POSTGIS_QUERY)
    rows = cur.fetchall()
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed, rows


def run_ours(path):
    from kempten_twin_plugin.store import planning as planning_store

    started = time.perf_counter()
    found = planning_store.check_conflicts(path, project=BENCH_PROJECT)
    return time.perf_counter() - started, found


def main(pipes=1_000_000, buildings=2000):
    dsn = f"dbname={os.environ.get('KT_TEST_DB', 'kempten_twin_test')}"
    path = os.path.join(ROOT, "build", "bench", f"city_{pipes // 1000}k.gpkg")
    if pipes == 1_000_000:
        path = os.path.join(ROOT, "build", "bench", "city_1m.gpkg")
    ensure_city(path, pipes)
    place_buildings(path, buildings)
    load_postgis(dsn, path)
    ours, theirs = [], []
    for _ in range(REPEATS):  # alternate, so neither side alone enjoys a warm cache
        seconds, found = run_ours(path)
        ours.append(seconds)
        seconds, rows = run_postgis(dsn)
        theirs.append(seconds)
    pairs_ours = sorted((c.building, c.object_code) for c in found)
    pairs_postgis = sorted((r[0], r[1]) for r in rows)
    if pairs_ours != pairs_postgis:
        raise AssertionError(f"different answers: ours {len(pairs_ours)}, "
                             f"PostGIS {len(pairs_postgis)} conflicts")
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA {SCHEMA} CASCADE")
    con.close()
    return [{
        "name": "Conflict check: planned buildings against pipes, manholes, laterals, gullies",
        "size": f"{buildings:,} buildings, {pipes:,} pipes",
        "ours_s": round(min(ours), 3),
        "comparator": "PostGIS ST_DWithin/ST_Intersects joins with GiST indexes (same tables)",
        "comparator_s": round(min(theirs), 3),
        "goal": "≤ 1.0× PostGIS and < 2 s",
        "note": f"best of {REPEATS}; both found the same {len(pairs_ours):,} conflicts",
    }]


if __name__ == "__main__":
    import json

    print(json.dumps(main(*(int(a) for a in sys.argv[1:])), indent=2))
