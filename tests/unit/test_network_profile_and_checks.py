"""Längsschnitt values and network checks on the hand-built network with known answers;
every injected fault is reported, a clean generated city gives none."""

import math

import pytest

from kempten_twin_plugin.core.network import checks
from kempten_twin_plugin.core.network.graph import NetworkError
from kempten_twin_plugin.store import working_copy
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from kempten_twin_plugin.store.network import longitudinal_profile, run_checks
from tests.helpers import small_network as net


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return net.write(tmp_path_factory.mktemp("small") / "small.gpkg")


def test_profile_values_along_the_flow_path(small):
    profile = longitudinal_profile(small, "M1", "A1")
    assert [m.code for m in profile.manholes] == ["M1", "M3", "M5", "A1"]
    assert [p.code for p in profile.pipes] == ["P1", "P3", "P5"]
    p1 = net.pipe_length("P1")
    assert [m.station for m in profile.manholes] == pytest.approx(
        [0.0, p1, p1 + 100.0, p1 + 200.0], abs=0.002)
    assert [m.invert_level for m in profile.manholes] == [510.0, 509.5, 509.0, 508.5]
    assert [m.depth for m in profile.manholes] == pytest.approx([3.0, 3.3, 3.0, 2.5])
    slopes = [p.slope_permille for p in profile.pipes]
    assert slopes == pytest.approx([0.5 / p1 * 1000, 5.0, 5.0], abs=0.01)
    assert profile.pipes[1].dn == 400 and profile.pipes[1].crown_from == pytest.approx(509.9)
    assert profile.length == pytest.approx(p1 + 200.0, abs=0.002)


def test_profile_runs_in_flow_direction_whatever_the_order(small):
    forward = longitudinal_profile(small, "M2", "M5")
    backward = longitudinal_profile(small, "M5", "M2")
    assert [m.code for m in backward.manholes] == [m.code for m in forward.manholes] == [
        "M2", "M3", "M5"]


def test_profile_from_one_manhole_runs_to_the_farthest_end(small):
    profile = longitudinal_profile(small, "M4")
    assert [m.code for m in profile.manholes] == ["M4", "M5", "A1"]  # A1 is 100 m, A2 100 m
    assert profile.manholes[-1].code in ("A1", "A2")


def test_no_flow_path_gives_a_clear_message(small):
    with pytest.raises(NetworkError, match="No flow path connects manholes M2 and M4"):
        longitudinal_profile(small, "M2", "M4")
    with pytest.raises(NetworkError, match="P3 is a pipe"):
        longitudinal_profile(small, "P3", "M5")


def by_check(findings):
    found = {}
    for f in findings:
        found.setdefault(f.check, set()).add(f.object_code)
    return found


def test_a_clean_network_has_no_findings(small):
    assert run_checks(small) == []


def test_every_injected_fault_is_reported(tmp_path):
    manholes = dict(net.MANHOLES, M9=(400, 300, 510.0, 507.0, "Schacht"),
                    M10=(400, 400, 510.0, 507.0, "Schacht"))
    pipes = dict(net.PIPES)
    pipes["P2"] = ("M2", "M3", 509.3, 509.5, 300)  # counter-slope (and below M2's floor)
    pipes["P1"] = ("M1", "M3", 510.0, 509.3, 300)  # arrives 20 cm below P3's invert
    pipes["P7"] = ("M4", "M404", 509.8, 509.0, 300)  # refers to a missing manhole
    rows = net.rows(manholes=manholes, pipes=pipes, pipe_start_offset={"P4": (3.0, 4.0)})
    for row in rows["manhole"]:
        if row["object_code"] == "M10":
            row["object_code"] = "M9"  # a duplicate code (both also unconnected)
    from kempten_twin_plugin.store.working_copy import write_working_copy

    path = str(tmp_path / "faulty.gpkg")
    write_working_copy(path, rows)
    findings = run_checks(path, distance_tolerance=0.5)
    found = by_check(findings)
    assert found[checks.COUNTER_SLOPE] == {"P2"}
    assert found[checks.INVERT_BELOW_DOWNSTREAM] == {"P1"}
    assert found[checks.INVERT_BELOW_MANHOLE] == {"P1", "P2"}
    assert found[checks.UNCONNECTED_MANHOLE] == {"M9"}
    assert found[checks.DUPLICATE_CODE] == {"M9"}
    assert found[checks.PIPE_NOT_AT_MANHOLE] == {"P4"}
    assert found[checks.MISSING_MANHOLE] == {"P7"}
    gap = next(f for f in findings if f.check == checks.PIPE_NOT_AT_MANHOLE)
    assert "5.00 m" in gap.reason  # 3-4-5: the distance is in the reason
    assert all(math.isfinite(f.x) for f in findings)


def test_a_cycle_is_reported(tmp_path):
    pipes = dict(net.PIPES, P8=("M5", "M3", 509.0, 509.5, 300))
    path = net.write(tmp_path / "cycle.gpkg", pipes=pipes)
    assert by_check(run_checks(path))[checks.FLOW_CYCLE] == {"M3", "M5"}


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("city") / "city.gpkg")
    build_demo_working_copy(path, 2500, 4)
    return path


def test_generated_city_is_clean_and_injected_faults_are_found(city, tmp_path):
    assert run_checks(city) == []
    import shutil

    faulty = str(tmp_path / "faulty_city.gpkg")
    shutil.copy(city, faulty)
    con = working_copy.connect(faulty)
    (victim,) = con.execute("SELECT object_code FROM pipe ORDER BY fid LIMIT 1 OFFSET 700"
                            ).fetchone()
    con.execute("UPDATE pipe SET invert_to = invert_from + 0.3 WHERE object_code = ?", (victim,))
    (other,) = con.execute("SELECT object_code FROM manhole ORDER BY fid LIMIT 1 OFFSET 5"
                           ).fetchone()
    con.execute("UPDATE manhole SET object_code = ? WHERE fid = (SELECT max(fid) FROM manhole "
                "WHERE node_kind = 'Schacht')", (other,))
    con.close()
    found = by_check(run_checks(faulty))
    assert victim in found[checks.COUNTER_SLOPE]
    assert found[checks.DUPLICATE_CODE] == {other}
