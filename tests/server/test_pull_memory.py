"""A first download holds a few batches in memory, not the city: its peak (tracemalloc,
Python's own allocations, numpy's included) grows by far less than the table does."""

import tracemalloc

import psycopg2

from kempten_twin_plugin.sync.session import sync


def fill(dsn, schema, n):
    con = psycopg2.connect(dsn)
    try:
        cur = con.cursor()
        cur.execute(f"DELETE FROM {schema}.manhole")
        cur.execute(f"INSERT INTO {schema}.manhole (uuid, object_code, node_kind, drainage, "
                    "cover_level, street, geom) SELECT gen_random_uuid(), 'S' || g, 'Schacht', "
                    "'KS', 700 + mod(g, 10), 'Bahnhofstraße', ST_SetSRID(ST_MakePoint("
                    "598000 + mod(g, 1000), 5287000 + g / 1000), 25832) "
                    "FROM generate_series(1, %s) g", (n,))
        con.commit()
    finally:
        con.close()


def peak_of_first_download(dsn, schema, path):
    con = psycopg2.connect(dsn)
    try:
        tracemalloc.start()
        tracemalloc.reset_peak()
        result = sync(str(path), con, schema)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        con.close()
    return result["PULLED"], peak


def test_pull_memory_does_not_grow_with_the_table(central, tmp_path):
    dsn, schema = central
    fill(dsn, schema, 50_000)
    small, small_peak = peak_of_first_download(dsn, schema, tmp_path / "small.gpkg")
    fill(dsn, schema, 250_000)
    large, large_peak = peak_of_first_download(dsn, schema, tmp_path / "large.gpkg")
    assert (small, large) == (50_000, 250_000)
    # Five times the rows, both many batches: the batches in flight stay the same; only
    # what the spatial index is built from grows (about 100 bytes a row). Holding the
    # table in lists, as the pull did, took some 1.5 kB a row: 300 MB more here.
    assert large_peak - small_peak < 32 * 2**20, (small_peak, large_peak)
