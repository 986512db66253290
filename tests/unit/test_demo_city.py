"""The demo city is a valid gravity sewer network, at several seeds and sizes."""

import sqlite3
from collections import Counter

import pytest

from kempten_twin_plugin.core import catalogues as cat
from kempten_twin_plugin.core import demo_city
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from tests.helpers.network_facts import connect, dn_never_shrinks_downstream, network_problems


@pytest.fixture(scope="module")
def cities(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cities")
    made = {}
    for pipes, seed in ((1000, 1), (1000, 2), (5000, 3), (20000, 4)):
        path = folder / f"city-{pipes}-{seed}.gpkg"
        build_demo_working_copy(str(path), pipes, seed)
        made[(pipes, seed)] = path
    return made


@pytest.mark.parametrize("key", [(1000, 1), (1000, 2), (5000, 3), (20000, 4)])
def test_network_is_a_valid_gravity_network(cities, key):
    # Inverts fall ≥ 3 ‰ toward the outlet, every manhole drains to an outlet, no cycle,
    # no gully without a pipe, no duplicate object code, cover 1.5–6 m.
    assert network_problems(cities[key]) == []
    assert dn_never_shrinks_downstream(cities[key]) == 0


@pytest.mark.parametrize("key", [(1000, 1), (5000, 3), (20000, 4)])
def test_exactly_the_requested_number_of_pipes(cities, key):
    with connect(cities[key]) as con:
        assert con.execute("SELECT count(*) FROM pipe").fetchone()[0] == key[0]


def test_city_lies_around_kempten_in_utm32(cities):
    con = connect(cities[(5000, 3)])
    (srs,) = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='pipe'").fetchone()
    assert srs == 25832
    minx, miny, maxx, maxy = con.execute(
        "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name='manhole'").fetchone()
    assert abs((minx + maxx) / 2 - 598_000) < 3000
    assert abs((miny + maxy) / 2 - 5_287_000) < 3000


def test_manholes_every_30_to_80_metres(cities):
    con = connect(cities[(5000, 3)])
    lengths = [r[0] for r in con.execute(
        "SELECT p.length FROM pipe p JOIN manhole m ON m.uuid = p.to_manhole "
        "WHERE m.node_kind = 'Schacht'")]
    assert min(lengths) >= 30 and max(lengths) <= 80


def test_attributes_cover_the_value_lists(cities):
    con = connect(cities[(20000, 4)])
    drainage = {r[0] for r in con.execute("SELECT DISTINCT drainage FROM pipe")}
    assert drainage == {"KS", "KR", "KM"}
    dns = [r[0] for r in con.execute("SELECT width_mm FROM pipe")]
    assert min(dns) == 200 and max(dns) >= 1000 and set(dns) <= set(cat.NOMINAL_DIAMETERS)
    schemes = Counter(r[0] for r in con.execute("SELECT condition_scheme FROM pipe"))
    assert schemes[cat.CONDITION_SCHEME_DWA] > 0 and schemes[cat.CONDITION_SCHEME_ISYBAU] > 0
    for cls, scheme in con.execute("SELECT condition_class, condition_scheme FROM pipe "
                                   "WHERE condition_class IS NOT NULL"):
        assert 0 <= cls <= 5 and scheme in cat.CONDITION_SCHEMES
    materials = {r[0] for r in con.execute("SELECT DISTINCT material FROM pipe")}
    assert materials <= set(cat.PIPE_MATERIALS) and len(materials) >= 4
    years = [r[0] for r in con.execute("SELECT year_built FROM pipe")]
    assert 1900 <= min(years) and max(years) <= 2026


def test_gullies_connect_to_rain_carrying_pipes_by_a_lateral(cities):
    con = connect(cities[(5000, 3)])
    rows = con.execute("SELECT g.uuid, p.drainage, l.pipe = g.pipe FROM gully g "
                       "JOIN pipe p ON p.uuid = g.pipe "
                       "LEFT JOIN lateral l ON l.gully = g.uuid").fetchall()
    assert rows and all(drainage in ("KR", "KM") for _, drainage, _ in rows)
    assert all(same_pipe == 1 for _, _, same_pipe in rows)
    (house,) = con.execute("SELECT count(*) FROM lateral WHERE gully IS NULL").fetchone()
    assert house > 0


def test_defects_in_every_workflow_state_with_a_legal_history(cities):
    con = connect(cities[(1000, 1)])
    con.row_factory = sqlite3.Row
    defects = list(con.execute("SELECT * FROM defect"))
    assert {d["status"] for d in defects} == set(cat.DEFECT_STATUSES)
    gullies = {r[0] for r in con.execute("SELECT uuid FROM gully")}
    for d in defects:
        assert d["asset_table"] == "gully" and d["asset"] in gullies
        assert d["category"] in cat.DEFECT_CATEGORIES and d["severity"] in cat.SEVERITIES
        events = list(con.execute("SELECT from_status, to_status FROM defect_event "
                                  "WHERE defect = ? ORDER BY at", (d["uuid"],)))
        assert events[0]["from_status"] is None and events[0]["to_status"] == "gemeldet"
        for e in events[1:]:
            assert e["to_status"] in cat.DEFECT_TRANSITIONS[e["from_status"]]
        assert events[-1]["to_status"] == d["status"]
        assert (d["resolved_at"] is not None) == (d["status"] == "behoben")


def test_planned_buildings_have_heights_and_belong_to_projects(cities):
    con = connect(cities[(1000, 1)])
    projects = {r[0]: r[1] for r in con.execute("SELECT uuid, status FROM planned_project")}
    assert len(projects) >= 3 and set(projects.values()) <= set(cat.PROJECT_STATUSES)
    for project, height, floors in con.execute(
            "SELECT project, height_m, floors FROM planned_building"):
        assert project in projects and height > floors * 2.5


def test_sync_columns_are_set_on_every_row(cities):
    con = connect(cities[(1000, 1)])
    for table in ("manhole", "pipe", "lateral", "gully", "defect", "defect_event",
                  "planned_project", "planned_building", "participation_comment"):
        (bad,) = con.execute(f"SELECT count(*) FROM {table} WHERE uuid IS NULL OR length(uuid) "
                             "<> 36 OR version <> 1 OR changed_at IS NULL OR changed_by IS NULL"
                             ).fetchone()
        assert bad == 0, table


def test_same_seed_same_city_other_seed_other_city():
    a = demo_city.generate(1000, 7)
    b = demo_city.generate(1000, 7)
    c = demo_city.generate(1000, 8)
    assert a.rows == b.rows
    assert a.rows["pipe"] != c.rows["pipe"]


def test_spatial_indexes_exist(cities):
    con = connect(cities[(1000, 1)])
    indexed = {r[0] for r in con.execute(
        "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")}
    assert {"manhole", "pipe", "lateral", "gully", "defect", "planned_building"} <= indexed
    (n,) = con.execute("SELECT count(*) FROM rtree_pipe_geom").fetchone()
    assert n == 1000
