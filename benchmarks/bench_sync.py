"""Sync at city scale, each figure from whole processes beside its comparator.

For each size the demo city is generated, then (benchmarks/measure.py: alternating pairs,
wall and CPU time and peak memory of each process):
1. first push: the populated working copy synced to an empty server schema
   (``python -m kempten_twin_plugin.cli sync``) against the loader's floor: ``ogr2ogr``
   into a staging schema plus ``INSERT … SELECT`` into the same tracked tables (the
   server's triggers run for both; goal ≤ 1.5×);
2. first download: a new working copy made by a full pull against ``ogr2ogr -f GPKG`` of
   the same tables from the same server (goal ≤ 1.0× wall, ≤ 1.5× CPU, peak < 400 MB);
3. incremental sync: 100 rows changed on the server, then one ``sync`` of a working copy
   that is otherwise current, against a full-table diff of the same two states (read all
   rows on both sides and compare them by uuid: what a sync without change numbers does).

Anyone can run it: ``python3 benchmarks/bench_sync.py 100000`` (KT_TEST_DB names the
database; `make postgres` makes it).
"""

import os
import random
import subprocess
import sys
import tempfile
import time

import psycopg2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kempten_twin_plugin.store import working_copy  # noqa: E402 (after the path above)

SCHEMA = "kt_bench_sync"


def full_diff(dsn, path):
    """Every row of every table on both sides, compared by uuid; returns the differences."""
    from kempten_twin_plugin.store import sync_server as values
    from kempten_twin_plugin.store.schema import TABLES

    con = psycopg2.connect(dsn)
    cur = con.cursor()
    db = working_copy.connect(path)
    differences = 0
    for table in TABLES:
        width = len(table.columns) + (5 if table.geometry_type else 0)
        cur.execute(f'SELECT {values.server_select(table)} FROM {SCHEMA}."{table.name}" t')
        server = {r[0]: tuple(values.local_row_from_server(table, r[:width])[1:])
                  for r in cur.fetchall()}
        names = ", ".join(f'"{c.name}"' for c in table.columns)
        names += ", geom" if table.geometry_type else ""
        local = {r[0]: tuple(r[1:]) for r in db.execute(f'SELECT {names} FROM "{table.name}"')}
        differences += sum(1 for k, v in server.items() if local.get(k) != v)
        differences += sum(1 for k in local if k not in server)
    con.close()
    db.close()
    return differences


def load_staged(source, dsn, schema):
    """The comparator of the first push: ``ogr2ogr`` into a staging schema, then one
    ``INSERT … SELECT`` per table into the tracked tables (their triggers run)."""
    from kempten_twin_plugin.store.schema import SYNC_ORDER, TABLES_BY_NAME, UUID_COLUMNS

    stage = schema + "_stage"
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA IF EXISTS {stage} CASCADE; CREATE SCHEMA {stage}")
    subprocess.run(["ogr2ogr", "-f", "PostgreSQL", f"PG:{dsn}", source, "-lco", f"SCHEMA={stage}",
                    "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "SPATIAL_INDEX=NONE",
                    "--config", "PG_USE_COPY", "YES"], check=True, capture_output=True)
    con.autocommit = False
    cur = con.cursor()
    for name in SYNC_ORDER:
        if name == "defect_event":
            continue  # the server writes the history itself
        table = TABLES_BY_NAME[name]
        names, exprs = [], []
        for column in table.columns:
            expr = f'"{column.name}"'
            if column.name == "uuid" or column.name in UUID_COLUMNS.get(name, ()):
                expr += "::uuid"
            elif column.type == "DATETIME":
                expr += "::timestamptz"
            elif column.type == "DATE":
                expr += "::date"
            elif column.type == "BOOLEAN":
                expr += "::int::boolean"
            elif column.name == "status" and name == "defect":
                expr = "'gemeldet'"
            names.append(f'"{column.name}"')
            exprs.append(expr)
        if table.geometry_type:
            names.append("geom")
            exprs.append("geom")
        cur.execute(f'INSERT INTO {schema}."{name}" ({", ".join(names)}) '
                    f'SELECT {", ".join(exprs)} FROM {stage}."{name}"')
    con.commit()
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA {stage} CASCADE")
    con.close()


def fresh_schema(dsn):
    from kempten_twin_plugin.store import server_schema

    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    con.autocommit = False
    server_schema.install_or_upgrade(con, SCHEMA, "ktbench_")
    con.close()


def remove(path):
    for leftover in (path, path + "-wal", path + "-shm", path + "-journal"):
        if os.path.exists(leftover):
            os.remove(leftover)


def run_size(pipes, dsn, folder, rounds=2):
    import shutil

    from measure import paired

    from kempten_twin_plugin.store.demo_data import build_demo_working_copy
    from kempten_twin_plugin.sync.session import sync

    python = sys.executable
    source = os.path.join(folder, f"source-{pipes}.gpkg")
    build_demo_working_copy(source, pipes, 1)
    pushed = os.path.join(folder, "pushed.gpkg")
    cli = [python, "-m", "kempten_twin_plugin.cli", "sync", "--server", dsn, "--schema", SCHEMA,
           "--working-copy"]

    def before_push(which):
        fresh_schema(dsn)
        if which == "ours":
            remove(pushed)
            shutil.copyfile(source, pushed)

    env = dict(os.environ, PYTHONPATH=ROOT)
    push = paired(cli + [pushed], [python, os.path.abspath(__file__), "stage", source, dsn,
                                    SCHEMA], rounds, before_push, env)

    downloaded = os.path.join(folder, "download.gpkg")
    ogr_copy = os.path.join(folder, "ogr.gpkg")

    def before_download(which):
        remove(downloaded if which == "ours" else ogr_copy)

    download = paired(cli + [downloaded], [
        "ogr2ogr", "-f", "GPKG", ogr_copy, f"PG:{dsn} active_schema={SCHEMA}", "manhole", "pipe",
        "lateral", "gully", "defect", "defect_event", "defect_photo", "planned_project",
        "planned_building", "participation_comment", "-gt", "65536"], rounds, before_download,
        env)
    remove(ogr_copy)
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    rows = 0
    for t in ("manhole", "pipe", "lateral", "gully", "defect", "defect_event", "defect_photo",
              "planned_project", "planned_building", "participation_comment"):
        cur.execute(f'SELECT count(*) FROM {SCHEMA}."{t}"')
        rows += cur.fetchone()[0]
    cur.execute(f"SELECT uuid FROM {SCHEMA}.gully")
    chosen = random.Random(1).sample([r[0] for r in cur.fetchall()], 100)
    cur.execute(f"UPDATE {SCHEMA}.gully SET street = street || ' (neu)' WHERE uuid = ANY(%s::uuid[])",
                (chosen,))
    con.commit()
    started = time.perf_counter()
    full_differences = full_diff(dsn, downloaded)
    diff = time.perf_counter() - started
    started = time.perf_counter()
    incremental = sync(downloaded, con, SCHEMA)
    inc = time.perf_counter() - started
    assert incremental["PULLED"] == 100 and full_differences == 100
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA {SCHEMA} CASCADE")
    con.close()
    for path in (source, pushed, downloaded):
        remove(path)
    return push, download, inc, diff, rows


def main(sizes=(100_000, 1_000_000)):
    dsn = f"dbname={os.environ.get('KT_TEST_DB', 'kempten_twin_test')}"
    results = []
    with tempfile.TemporaryDirectory(dir=os.path.join(ROOT, "build")) as folder:
        measured = {n: run_size(n, dsn, folder) for n in sizes}
    for n, (push, download, inc, diff, rows) in measured.items():
        size = f"{n:,} pipes, {rows:,} rows"
        results.append(push.row(
            "First push: a populated working copy into an empty server", size,
            "ogr2ogr into a staging schema + INSERT … SELECT into the same tracked tables",
            "≤ 1.5× the loader's floor", "sync by the CLI, network and planning by COPY"))
        results.append(download.row(
            "First download (full pull into a new working copy)", size,
            "ogr2ogr -f GPKG of the same tables from the same server",
            "≤ 1.0× wall, ≤ 1.5× CPU, < 400 MB", "sync by the CLI"))
        results.append({
            "name": "Incremental sync, 100 rows changed on the server", "size": size,
            "ours_s": round(inc, 3), "note": "cost follows the changes, not the data; in process",
            "comparator": "full-table diff of the same two states",
            "comparator_s": round(diff, 3), "goal": "< 0.5 s, flat in size",
        })
    return results


if __name__ == "__main__":
    import json

    if sys.argv[1:2] == ["stage"]:  # the comparator's process
        load_staged(*sys.argv[2:5])
    else:
        print(json.dumps(main(tuple(int(a) for a in sys.argv[1:]) or (100_000, 1_000_000)),
                         indent=2))
