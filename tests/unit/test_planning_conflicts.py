"""Conflict check with hand-placed buildings at known distances from pipes and manholes:
in a working copy (store.planning.check_conflicts), and the pure rules of
core.planning.conflicts fed with plain rows and numpy arrays."""

import random

import numpy as np
import pytest
from osgeo import ogr

from kempten_twin_plugin.core.planning import conflicts
from kempten_twin_plugin.store import planning as planning_store
from tests.helpers.planning_samples import conflict_city


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    path = tmp_path_factory.mktemp("conflicts") / "wc.gpkg"
    names, project = conflict_city(path)
    return str(path), names, project


def by_building(found, names):
    uuids = {v: k for k, v in names.items()}
    result = {}
    for c in found:
        result.setdefault(uuids[c.building], []).append(c)
    return result


def test_default_strip_table():
    table = conflicts.StripTable()
    assert [table.for_dn(dn) for dn in (200, 300, 301, 800, 801, 2000, None)] == \
        [1.5, 1.5, 2.5, 2.5, 3.0, 3.0, 3.0]


def test_buildings_inside_on_the_edge_and_just_outside(city):
    path, names, _project = city
    found = by_building(planning_store.check_conflicts(path), names)
    assert found["CROSS"][0].distance == 0 and found["CROSS"][0].severity == "hoch"
    assert found["CROSS"][0].object_code == "H-300"
    edge = found["EDGE-300"][0]
    assert edge.object_code == "H-300" and edge.distance == pytest.approx(1.5)
    assert edge.required == 1.5 and edge.severity == "mittel"
    assert "OUT-300" not in found
    assert found["IN-800"][0].distance == pytest.approx(2.4) and found["IN-800"][0].required == 2.5
    assert "OUT-800" not in found
    assert found["EDGE-1000"][0].required == 3.0
    inside = found["IN"][0]
    assert inside.object_code == "H-SHORT" and inside.distance == 0 and inside.severity == "hoch"


def test_manhole_strip_and_gully_under_footprint(city):
    path, names, _project = city
    found = by_building(planning_store.check_conflicts(path), names)
    near = found["NEAR-S"][0]
    assert near.asset_table == "manhole" and near.distance == pytest.approx(1.99)
    assert "FAR-S" not in found
    gullies = found["B-GULLY"]
    assert [(c.object_code, c.severity) for c in gullies] == [("G-UNDER", "niedrig")]


def test_spot_lies_on_the_asset(city):
    from tests.helpers.planning_samples import E0, N0

    path, names, _project = city
    found = by_building(planning_store.check_conflicts(path), names)
    edge = found["EDGE-300"][0]
    assert edge.y == pytest.approx(N0) and E0 + 40 <= edge.x <= E0 + 50


def test_a_wider_strip_from_the_city_catches_more(city):
    path, names, _project = city
    table = conflicts.StripTable.from_json('{"strips": [[300, 1.6], [800, 2.5], [null, 3]], '
                                           '"manhole": 2.5}')
    found = by_building(planning_store.check_conflicts(path, table), names)
    assert "OUT-300" in found and "FAR-S" in found


def test_bad_strip_table_is_refused():
    with pytest.raises(ValueError):
        conflicts.StripTable.from_json('{"strips": [[300, 1.5]], "manhole": 2}')
    with pytest.raises(ValueError):
        conflicts.StripTable.from_json('{"strips": [[null, -1]], "manhole": 2}')


def test_only_one_project_or_no_buildings(city, tmp_path):
    path, names, project = city
    assert planning_store.check_conflicts(path, project="no-such-project") == []
    everything = planning_store.check_conflicts(path)
    assert len(planning_store.check_conflicts(path, project=project)) == len(everything)


# --- the pure rules, fed with plain arrays (no working copy) -------------------------------

def square(x1, y1, x2, y2):
    return np.array([(x1, y1), (x2, y1), (x2, y2), (x1, y2), (x1, y1)], dtype=float)


def line(*points):
    return np.array(points, dtype=float)


def point(x, y):
    return np.array([(x, y)], dtype=float)


B = [("b-1", "p-1", [square(0, 0, 10, 10)])]


def found_in(buildings, candidates, strips=None):
    return {c.object_code: c for c in conflicts.find_conflicts(buildings, candidates, strips)}


def test_pure_pipe_across_on_the_edge_and_just_outside_its_strip():
    found = found_in(B, {"pipe": [
        (0, "u1", "ACROSS", 300, [line((-5, 5), (15, 5))]),
        (0, "u2", "EDGE", 300, [line((-5, 11.5), (15, 11.5))]),   # 1.5 m north: on the edge
        (0, "u3", "OUT", 300, [line((-5, 11.6), (15, 11.6))]),    # 1.6 m north
        (0, "u4", "WIDE", 1000, [line((12.9, -5), (12.9, 15))]),  # 2.9 m east, strip 3 m
        (0, "u5", "NO-DN", None, [line((-3, -5), (-3, 15))]),     # unknown DN: widest, 3 m
    ]})
    across = found["ACROSS"]
    assert across.distance == 0 and across.severity == conflicts.SEVERITY_OVER
    assert (across.x, across.y) in ((0.0, 5.0), (10.0, 5.0))  # where it crosses the outline
    assert found["EDGE"].distance == pytest.approx(1.5) and found["EDGE"].required == 1.5
    assert found["EDGE"].severity == conflicts.SEVERITY_STRIP and found["EDGE"].y == 11.5
    assert "OUT" not in found
    assert found["WIDE"].required == 3.0 and found["WIDE"].distance == pytest.approx(2.9)
    assert found["NO-DN"].required == 3.0 and found["NO-DN"].dn is None
    assert {c.building for c in found.values()} == {"b-1"}
    assert {c.project for c in found.values()} == {"p-1"}


def test_pure_pipe_wholly_under_the_footprint_is_built_over():
    found = found_in(B, {"pipe": [(0, "u", "INSIDE", 250, [line((2, 2), (4, 3), (6, 2))])]})
    assert found["INSIDE"].distance == 0 and found["INSIDE"].severity == conflicts.SEVERITY_OVER
    assert (found["INSIDE"].x, found["INSIDE"].y) == (2.0, 2.0)


def test_pure_manhole_strip_and_things_under_the_footprint():
    strips = conflicts.StripTable(manhole=2.0)
    found = found_in(B, {
        "manhole": [(0, "m1", "NEAR", None, [point(11.99, 5)]),
                    (0, "m2", "FAR", None, [point(12.01, 5)]),
                    (0, "m3", "UNDER", None, [point(5, 5)])],
        "gully": [(0, "g1", "G-IN", None, [point(9.9, 9.9)]),
                  (0, "g2", "G-OUT", None, [point(10.1, 5)])],
        "lateral": [(0, "l1", "L-IN", 150, [line((5, 5), (5, 20))])],
    }, strips)
    assert found["NEAR"].asset_table == "manhole" and found["NEAR"].distance == pytest.approx(1.99)
    assert found["NEAR"].severity == conflicts.SEVERITY_STRIP and "FAR" not in found
    assert found["UNDER"].severity == conflicts.SEVERITY_OVER
    assert found["G-IN"].severity == conflicts.SEVERITY_UNDER and "G-OUT" not in found
    assert found["L-IN"].severity == conflicts.SEVERITY_UNDER and found["L-IN"].required == 0


def test_pure_courtyard_is_not_under_the_building():
    ring = [square(0, 0, 30, 30), square(10, 10, 20, 20)[::-1]]  # a hole 10 m wide
    found = found_in([("b", "p", ring)], {"gully": [(0, "g1", "YARD", None, [point(15, 15)]),
                                                    (0, "g2", "WING", None, [point(5, 15)])]})
    assert list(found) == ["WING"]


def test_pure_candidates_belong_to_their_building_and_come_sorted():
    buildings = [("b-0", "p", [square(0, 0, 10, 10)]), ("b-1", "q", [square(100, 0, 110, 10)])]
    result = conflicts.find_conflicts(buildings, {
        "pipe": [(1, "u1", "H-STRIP", 300, [line((95, -5), (95, 15))]),  # 5 m west of b-1: none
                 (1, "u2", "H-NEAR", 300, [line((99, -5), (99, 15))]),   # 1 m west of b-1
                 (0, "u3", "H-OVER", 300, [line((5, -5), (5, 15))])],
        "gully": [(0, "g", "G", None, [point(1, 1)])],
        "manhole": [(1, "m", "S", None, [point(100.5, 11)])]})        # 1 m north of b-1
    assert [(c.object_code, c.building, c.project) for c in result] == [
        ("H-OVER", "b-0", "p"), ("H-NEAR", "b-1", "q"), ("S", "b-1", "q"), ("G", "b-0", "p")]
    assert [c.severity for c in result] == ["hoch", "mittel", "mittel", "niedrig"]


def test_pure_nothing_to_check_and_cancel():
    assert conflicts.find_conflicts([], {"pipe": [(0, "u", "H", 300, [line((0, 0), (1, 1))])]}) == []
    assert conflicts.find_conflicts(B, {}) == []
    with pytest.raises(InterruptedError):
        conflicts.find_conflicts(B, {"pipe": []}, is_canceled=lambda: True)


def test_pure_search_margin_and_boxes():
    strips = conflicts.StripTable(((300, 1.5), (None, 4.0)), manhole=2.5)
    tolerance = conflicts.TOLERANCE  # "exactly on the edge" is found too
    assert conflicts.search_margin("pipe", strips) == 4.0 + tolerance  # the widest strip
    assert conflicts.search_margin("manhole", strips) == 2.5 + tolerance
    assert conflicts.search_margin("under", strips) == tolerance
    buildings = [("a", None, [square(0, 0, 10, 5)]), ("b", None, [square(20, 20, 21, 22)])]
    assert conflicts.search_boxes(buildings, 1.0) == [(0, -1.0, 11.0, -1.0, 6.0),
                                                       (1, 19.0, 22.0, 19.0, 23.0)]


def _ogr(wkt):
    return ogr.CreateGeometryFromWkt(wkt)


def test_pure_distances_agree_with_ogr_on_random_shapes():
    """pair_distances (all pairs at once) against OGR's (GEOS) distance, pair by pair."""
    rng = random.Random(11)
    buildings, candidates, expected = [], [], []
    for b in range(40):
        cx, cy = rng.uniform(0, 500), rng.uniform(0, 500)
        n = rng.randint(3, 9)
        angles = sorted(rng.uniform(0, 2 * np.pi) for _ in range(n))
        ring = np.array([(cx + rng.uniform(4, 15) * np.cos(a), cy + rng.uniform(4, 15) * np.sin(a))
                         for a in angles] + [(0, 0)])
        ring[-1] = ring[0]
        buildings.append((f"b{b}", "p", [ring]))
        polygon = _ogr("POLYGON((" + ",".join(f"{x} {y}" for x, y in ring) + "))")
        for k in range(5):
            vertices = [(cx + rng.uniform(-25, 25), cy + rng.uniform(-25, 25))
                        for _ in range(rng.randint(1, 4))]
            parts = np.array(vertices)
            wkt = (f"POINT({vertices[0][0]} {vertices[0][1]})" if len(vertices) == 1 else
                   "LINESTRING(" + ",".join(f"{x} {y}" for x, y in vertices) + ")")
            candidates.append((b, f"a{b}-{k}", f"A{b}-{k}", 300, [parts]))
            expected.append(polygon.Distance(_ogr(wkt)))
    edges, edge_start, edge_count = conflicts._edges(buildings)
    segments, segment_pair = conflicts._segments_of(candidates)
    pair_building = np.array([c[0] for c in candidates], dtype=np.int64)
    distance, _x, _y = conflicts.pair_distances(edges, edge_start, edge_count, segments,
                                                segment_pair, pair_building, len(candidates))
    assert distance == pytest.approx(np.array(expected), abs=1e-6)
    assert (distance == 0).sum() > 10 and (distance > 0).sum() > 10  # both kinds were tried
