"""Conflict check with hand-placed buildings at known distances from pipes and manholes."""

import pytest
from planning_samples import conflict_city

from kempten_twin_plugin.core.planning import conflicts


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
    found = by_building(conflicts.check(path), names)
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
    found = by_building(conflicts.check(path), names)
    near = found["NEAR-S"][0]
    assert near.asset_table == "manhole" and near.distance == pytest.approx(1.99)
    assert "FAR-S" not in found
    gullies = found["B-GULLY"]
    assert [(c.object_code, c.severity) for c in gullies] == [("G-UNDER", "niedrig")]


def test_spot_lies_on_the_asset(city):
    from planning_samples import E0, N0

    path, names, _project = city
    found = by_building(conflicts.check(path), names)
    edge = found["EDGE-300"][0]
    assert edge.y == pytest.approx(N0) and E0 + 40 <= edge.x <= E0 + 50


def test_a_wider_strip_from_the_city_catches_more(city):
    path, names, _project = city
    table = conflicts.StripTable.from_json('{"strips": [[300, 1.6], [800, 2.5], [null, 3]], '
                                           '"manhole": 2.5}')
    found = by_building(conflicts.check(path, table), names)
    assert "OUT-300" in found and "FAR-S" in found


def test_bad_strip_table_is_refused():
    with pytest.raises(ValueError):
        conflicts.StripTable.from_json('{"strips": [[300, 1.5]], "manhole": 2}')
    with pytest.raises(ValueError):
        conflicts.StripTable.from_json('{"strips": [[null, -1]], "manhole": 2}')


def test_only_one_project_or_no_buildings(city, tmp_path):
    path, names, project = city
    assert conflicts.check(path, project="no-such-project") == []
    assert len(conflicts.check(path, project=project)) == len(conflicts.check(path))
