"""Imported planning rows (projects, buildings, comments) reach the server by sync; the
CityGML context buildings stay local reference data."""

import os

import psycopg2
from sync_helpers import Client

from kempten_twin_plugin.io.planning import importer

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "planning")


def test_imports_push_and_pull(central, tmp_path):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    importer.import_planned(first.path, os.path.join(DATA, "bplan_5_2.gml"), "planner")
    importer.import_planned(first.path, os.path.join(DATA, "footprints_4326.geojson"), "planner")
    importer.import_planned(first.path, os.path.join(DATA, "lod2_tile.gml"), "planner")
    importer.import_comments(first.path, os.path.join(DATA, "dipas_contributions.geojson"),
                             "planner")
    importer.import_comments(first.path, os.path.join(DATA, "decidim_proposals.json"), "planner")
    first.sync()
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    counts = {}
    for table in ("planned_project", "planned_building", "participation_comment"):
        cur.execute(f"SELECT count(*) FROM {schema}.{table}")
        counts[table] = cur.fetchone()[0]
    cur.execute(f"SELECT to_regclass('{schema}.context_building')")
    assert cur.fetchone()[0] is None  # reference data, not synchronised
    cur.execute(f"SELECT floors, height_m FROM {schema}.planned_building "
                f"WHERE use LIKE 'Baugebietsteilfläche%%'")
    assert cur.fetchall() == [(3, 12.0)]
    cur.execute(f"SELECT created_at FROM {schema}.participation_comment "
                f"WHERE external_id = 'dipas:101'")
    assert cur.fetchone()[0].isoformat() == "2026-03-02T09:15:00+00:00"
    con.close()
    assert counts == {"planned_project": 3, "planned_building": 6, "participation_comment": 3}
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    import sqlite3

    local = sqlite3.connect(second.path)
    assert local.execute("SELECT count(*) FROM planned_building").fetchone() == (6,)
    assert local.execute("SELECT count(*) FROM participation_comment").fetchone() == (3,)
    local.close()
