"""Imported planning rows (projects, buildings, comments) reach the server by sync; the
CityGML context buildings stay local reference data."""

import os

import psycopg2

from kempten_twin_plugin.io.planning import importer
from tests.server.sync_helpers import Client

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


def test_portal_fields_and_a_comment_s_building_sync(central, tmp_path):
    """A project's public flag and description (schema version 5) and the building a
    comment is about go to the server and come back to another working copy; a new
    project is not public unless someone says so."""
    import sqlite3

    from kempten_twin_plugin.store import portal as portal_store
    from kempten_twin_plugin.store import working_copy

    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    importer.import_planned(first.path, os.path.join(DATA, "footprints_4326.geojson"), "planner")
    importer.import_comments(first.path, os.path.join(DATA, "dipas_contributions.geojson"),
                             "planner")
    projects = {p["name"]: p for p in portal_store.portal_projects(first.path, "Wohnhof Lindenberg")}
    project = projects["Wohnhof Lindenberg"]["uuid"]
    portal_store.set_public(first.path, project)
    local = working_copy.connect(first.path)  # an edit as any tool makes it: captured for sync
    local.execute("UPDATE planned_project SET description = 'Öffentlicher Text' WHERE uuid = ?",
                  (project,))
    buildings = dict(local.execute("SELECT external_id, building FROM participation_comment"))
    local.close()
    assert buildings["dipas:101"] is not None  # its point lies on a footprint
    first.sync()
    con = psycopg2.connect(dsn)
    try:
        cur = con.cursor()
        cur.execute(f"SELECT name, public, description FROM {schema}.planned_project ORDER BY name")
        rows = cur.fetchall()
        cur.execute(f"SELECT building::text FROM {schema}.participation_comment "
                    "WHERE external_id = 'dipas:101'")
        building = cur.fetchone()[0]
    finally:
        con.close()
    assert ("Wohnhof Lindenberg", True, "Öffentlicher Text") in rows
    assert all(not public for name, public, _d in rows if name != "Wohnhof Lindenberg")
    assert building == buildings["dipas:101"]
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    assert [p["name"] for p in portal_store.portal_projects(second.path)] == ["Wohnhof Lindenberg"]
    local = sqlite3.connect(second.path)
    assert local.execute("SELECT building FROM participation_comment WHERE external_id = "
                         "'dipas:101'").fetchone() == (buildings["dipas:101"],)
    local.close()
