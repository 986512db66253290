"""Change tracking on the central server: what the triggers cost, and how pulls scale.

1. Insert throughput into the tracked ``manhole`` table (version, changed_by, change_seq
   set by trigger) against the same inserts into an untracked copy with the same columns,
   constraints and indexes. Goal: the triggers cost < 30 %.
2. ``change_seq > n`` for the newest 100 changes in a table of 1 000 000 rows, against the
   same query forced to read the whole table (what a pull without change_seq would do).
"""

import os
import statistics
import sys
import time

import psycopg2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

SCHEMA = "kt_bench"
PREFIX = "ktbench_"

INSERT = """
INSERT INTO {table} (uuid, object_code, node_kind, drainage, cover_level, invert_level, depth,
                     street, geom)
SELECT gen_random_uuid(), 'S' || g, 'Schacht', 'KM', 660 + g %% 7, 657 + g %% 5, 3.0,
       'Bahnhofstraße', ST_SetSRID(ST_MakePoint(598000 + g %% 1000, 5287000 + g / 1000), 25832)
  FROM generate_series(1, %s) g
"""


def timed(cursor, sql, params=()):
    started = time.perf_counter()
    cursor.execute(sql, params)
    return time.perf_counter() - started


def main(rows=100_000, big=1_000_000, dsn=None):
    from kempten_twin_plugin.store import server_schema

    dsn = dsn or f"dbname={os.environ.get('KT_TEST_DB', 'kempten_twin_test')}"
    con = psycopg2.connect(dsn)
    con.autocommit = True
    cur = con.cursor()
    cur.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    con.autocommit = False
    server_schema.install_or_upgrade(con, SCHEMA, PREFIX)
    cur.execute(f"CREATE TABLE {SCHEMA}.manhole_untracked (LIKE {SCHEMA}.manhole "
                "INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)")
    con.commit()

    tracked, untracked = [], []
    for _ in range(3):  # alternate, so both meet the same cache and machine load
        for table, times in ((f"{SCHEMA}.manhole", tracked),
                             (f"{SCHEMA}.manhole_untracked", untracked)):
            times.append(timed(cur, INSERT.format(table=table), (rows,)))
            con.commit()
    ours, base = statistics.median(tracked), statistics.median(untracked)
    insert_result = {
        "name": "Server insert with change tracking (triggers on)",
        "size": f"{rows:,} manholes per run into a growing table, median of 3, server-side INSERT … SELECT",
        "ours_s": round(ours, 3),
        "note": f"{rows / ours:,.0f} rows/s tracked; the triggers cost {100 * (ours / base - 1):+.0f} %",
        "comparator": "same inserts into an untracked copy (same columns, checks, indexes)",
        "comparator_s": round(base, 3),
        "goal": "< 30 % more",
    }

    # Both tables grew alike above (no TRUNCATE: the history table refuses it, by design).
    cur.execute(INSERT.format(table=f"{SCHEMA}.manhole"), (big - 3 * rows,))
    cur.execute(f"ANALYZE {SCHEMA}.manhole")
    con.commit()
    cur.execute(f"SELECT max(change_seq) FROM {SCHEMA}.manhole")
    newest = cur.fetchone()[0]
    query = f"SELECT * FROM {SCHEMA}.manhole WHERE change_seq > %s ORDER BY change_seq"
    indexed, scanned = [], []
    for _ in range(7):
        indexed.append(timed(cur, query, (newest - 100,)))
        assert len(cur.fetchall()) == 100
        cur.execute("SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off")
        scanned.append(timed(cur, query, (newest - 100,)))
        con.rollback()
    pull_result = {
        "name": "Incremental pull query: change_seq > n (newest 100 changes)",
        "size": f"{big:,} rows in the table, median of 7",
        "ours_s": round(statistics.median(indexed), 4),
        "note": "cost follows the number of changes, not the table size",
        "comparator": "the same query reading the whole table",
        "comparator_s": round(statistics.median(scanned), 4),
        "goal": "grows with the changes",
    }
    con.autocommit = True
    cur.execute(f"DROP SCHEMA {SCHEMA} CASCADE")
    con.close()
    return [insert_result, pull_result]


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
