"""The network rules of core/network fed with plain data, no file: trace, flow path and
Längsschnitt, checks and inspection texts on the hand-built network of small_network.py
held in memory; and core/network reads nothing itself."""

import math
import subprocess
import sys

import numpy as np
import pytest

from kempten_twin_plugin.core.network import checks, inspection
from kempten_twin_plugin.core.network.graph import (
    DOWNSTREAM,
    UPSTREAM,
    NetworkError,
    NetworkGraph,
    RowNames,
    polyline_length,
)
from kempten_twin_plugin.core.network.profile import build_profile
from tests.helpers import small_network as net


def memory_graph(manholes=net.MANHOLES, pipes=net.PIPES, gullies=net.GULLIES,
                 laterals=net.LATERALS, codes=None):
    """A NetworkGraph of rows held in memory; fids count from 1 in the order given.
    ``codes`` {code: other code} renames objects (duplicates)."""
    codes = codes or {}
    manhole_fid = {code: k + 1 for k, code in enumerate(manholes)}
    pipe_fid = {code: k + 1 for k, code in enumerate(pipes)}
    manhole_rows = [(manhole_fid[c], kind == "Bauwerk") for c, (*_, kind) in manholes.items()]
    pipe_rows = []
    for code, (a, b, *_) in pipes.items():
        length = (net.pipe_length(code, manholes, pipes)
                  if a in manholes and b in manholes else float("nan"))
        pipe_rows.append((pipe_fid[code], manhole_fid.get(a), manhole_fid.get(b), length))
    names = RowNames([(f, net.uuid_of(c), codes.get(c, c)) for c, f in manhole_fid.items()],
                     [(f, net.uuid_of(c), codes.get(c, c)) for c, f in pipe_fid.items()])
    return NetworkGraph(manhole_rows, pipe_rows, names,
                        np.array([pipe_fid[p] for p in gullies.values()], dtype=np.int64),
                        np.array([pipe_fid[p] for p in laterals.values()], dtype=np.int64))


@pytest.fixture(scope="module")
def graph():
    return memory_graph()


def pipe_codes(graph, pipes):
    return {graph.pipe_code[i] for i in pipes}


# --- graph and trace ---------------------------------------------------------------------

def test_upstream_trace_in_memory(graph):
    result = graph.trace("M5", UPSTREAM)
    assert pipe_codes(graph, result.pipes) == {"P1", "P2", "P3", "P4"}
    assert result.gullies == 3 and result.laterals == 1
    assert result.total_length == pytest.approx(
        sum(net.pipe_length(c) for c in ("P1", "P2", "P3", "P4")))
    assert sorted(result.end_manholes) == ["M1", "M2", "M4"] and result.start == "M5"


def test_downstream_trace_with_stop_and_closed_pipe(graph):
    assert sorted(graph.trace("M1", DOWNSTREAM).outlets) == ["A1", "A2"]
    stopped = graph.trace(net.uuid_of("M1"), DOWNSTREAM, stop_at=["M5"])
    assert pipe_codes(graph, stopped.pipes) == {"P1", "P3"} and stopped.stopped_at == ["M5"]
    shut = graph.trace("M1", DOWNSTREAM, closed=["P6"])
    assert shut.outlets == ["A1"]


def test_names_are_resolved_by_uuid_and_code(graph):
    assert graph.resolve("M3") == graph.resolve(net.uuid_of("M3")) == ("manhole", 2)
    assert graph.resolve(" P2 ") == ("pipe", 1)
    with pytest.raises(NetworkError, match="No manhole or pipe with the code X1"):
        graph.resolve("X1")


def test_duplicate_code_in_memory_is_ambiguous():
    graph = memory_graph(codes={"M2": "M1"})
    with pytest.raises(NetworkError, match="used by 2 objects"):
        graph.trace("M1", DOWNSTREAM)


def test_broken_pipe_and_cycle_in_memory():
    pipes = dict(net.PIPES, P7=("M4", "M404", 509.8, 509.0, 300),
                 P8=("M5", "M3", 509.0, 509.5, 300))
    graph = memory_graph(pipes=pipes)
    assert [(graph.pipe_code[i], why) for i, why in graph.broken_pipes()] == [
        ("P7", "end manhole missing")]
    assert {graph.manhole_code[i] for i in np.flatnonzero(graph.cyclic_manholes())} == {
        "M3", "M5"}
    assert sorted(graph.trace("M1", DOWNSTREAM).cycle_manholes) == ["M3", "M5"]


def test_empty_network():
    graph = NetworkGraph([], [], RowNames([], []), np.zeros(0, np.int64), np.zeros(0, np.int64))
    assert graph.broken_pipes() == [] and len(graph.cyclic_manholes()) == 0
    with pytest.raises(NetworkError):
        graph.trace("M1", UPSTREAM)


def test_polyline_length():
    assert polyline_length([(0, 0), (3, 4), (3, 10)]) == 11.0
    assert math.isnan(polyline_length([]))


# --- flow path and Längsschnitt ----------------------------------------------------------

def profile_of(graph, first, second=None):
    """What store.network.longitudinal_profile does, from the constants instead of a file."""
    nodes, pipes = graph.flow_path(first, second)
    by_manhole = {code: (net.uuid_of(code), code, cover, invert)
                  for code, (_x, _y, cover, invert, _k) in net.MANHOLES.items()}
    by_pipe = {code: (net.uuid_of(code), code, invert_from, invert_to, dn, None, "Beton")
               for code, (_a, _b, invert_from, invert_to, dn) in net.PIPES.items()}
    return build_profile([by_manhole[graph.manhole_code[i]] for i in nodes],
                         [by_pipe[graph.pipe_code[i]] for i in pipes],
                         [graph.pipe_length[i] for i in pipes])


def test_profile_from_plain_rows(graph):
    profile = profile_of(graph, "A1", "M1")  # either order: the path runs with the flow
    assert [m.code for m in profile.manholes] == ["M1", "M3", "M5", "A1"]
    p1 = net.pipe_length("P1")
    assert [m.station for m in profile.manholes] == pytest.approx(
        [0.0, p1, p1 + 100.0, p1 + 200.0])
    assert [p.slope_permille for p in profile.pipes] == pytest.approx(
        [0.5 / p1 * 1000, 5.0, 5.0])
    assert profile.pipes[1].dn == 400 and profile.pipes[1].crown_from == pytest.approx(509.9)
    assert profile.title == "M1 → A1" and profile.height_range() == (508.5, 513.0)


def test_profile_with_unknown_length_and_levels():
    profile = build_profile([("u1", "S1", None, 510.0), ("u2", "S2", 512.0, None)],
                            [("p1", "H1", None, 509.0, None, None, None)], [float("nan")])
    assert [m.station for m in profile.manholes] == [0.0, 0.0]
    assert profile.manholes[0].depth is None and profile.pipes[0].slope_permille is None
    assert profile.pipes[0].height_m is None and profile.pipes[0].dn is None


def test_no_flow_path_in_memory(graph):
    with pytest.raises(NetworkError, match="No flow path connects manholes M2 and M4"):
        graph.flow_path("M2", "M4")


# --- checks ------------------------------------------------------------------------------

def check_input(manholes=net.MANHOLES, pipes=net.PIPES, start_offset=None):
    """The rows store.network.check_rows would read, built from the constants."""
    start_offset = start_offset or {}
    points = {code: (net.X0 + x, net.Y0 + y) for code, (x, y, *_) in manholes.items()}
    manhole_rows = {net.uuid_of(c): (net.uuid_of(c), c, cover, invert, points[c])
                    for c, (_x, _y, cover, invert, _k) in manholes.items()}
    pipe_rows = []
    for code, (a, b, invert_from, invert_to, _dn) in pipes.items():
        start = points.get(a, (net.X0, net.Y0 - 200))
        dx, dy = start_offset.get(code, (0, 0))
        pipe_rows.append((net.uuid_of(code), code, net.uuid_of(a), net.uuid_of(b), invert_from,
                          invert_to, (start[0] + dx, start[1] + dy),
                          points.get(b, (net.X0 + 50, net.Y0 - 200))))
    return manhole_rows, pipe_rows


def found_by_check(findings):
    found = {}
    for f in findings:
        found.setdefault(f.check, set()).add(f.object_code)
    return found


def test_clean_network_in_memory(graph):
    assert checks.check_network(graph, *check_input()) == []


def test_every_fault_from_plain_rows():
    manholes = dict(net.MANHOLES, M9=(400, 300, 510.0, 507.0, "Schacht"))
    pipes = dict(net.PIPES)
    pipes["P2"] = ("M2", "M3", 509.3, 509.5, 300)  # counter-slope, below M2's floor
    pipes["P1"] = ("M1", "M3", 510.0, 509.3, 300)  # arrives 20 cm below P3's invert
    pipes["P7"] = ("M4", "M404", 509.8, 509.0, 300)  # a missing manhole
    pipes["P8"] = ("M5", "M3", 509.0, 509.5, 300)  # a cycle (and a counter-slope)
    graph = memory_graph(manholes=manholes, pipes=pipes)
    manhole_rows, pipe_rows = check_input(manholes, pipes, {"P4": (3.0, 4.0)})
    pipe_rows.append((net.uuid_of("P9"), "P6", net.uuid_of("M5"), net.uuid_of("A2"),
                      None, None, None, None))  # a second P6, nothing drawn
    findings = checks.check_network(graph, manhole_rows, pipe_rows, distance_tolerance=0.5)
    found = found_by_check(findings)
    assert found[checks.COUNTER_SLOPE] == {"P2", "P8"}
    assert found[checks.INVERT_BELOW_DOWNSTREAM] >= {"P1"}
    assert found[checks.INVERT_BELOW_MANHOLE] >= {"P1", "P2"}
    assert found[checks.UNCONNECTED_MANHOLE] == {"M9"}
    assert found[checks.PIPE_NOT_AT_MANHOLE] == {"P4"}
    assert found[checks.MISSING_MANHOLE] == {"P7"}
    assert found[checks.FLOW_CYCLE] == {"M3", "M5"}
    assert found[checks.DUPLICATE_CODE] == {"P6"}
    gap = next(f for f in findings if f.check == checks.PIPE_NOT_AT_MANHOLE)
    assert "5.00 m" in gap.reason
    assert [f.check for f in findings] == sorted(
        (f.check for f in findings), key=checks.CHECKS.index)


def test_checks_stop_when_cancelled(graph):
    manhole_rows, pipe_rows = check_input(pipes=dict(net.PIPES, P2=(
        "M2", "M3", 509.3, 509.5, 300)))
    calls = []
    found = checks.check_network(graph, manhole_rows, pipe_rows,
                                 is_canceled=lambda: calls.append(1) or True)
    assert len(calls) == 1 and found == []  # P1, the first pipe, is clean


# --- inspection texts --------------------------------------------------------------------

MANHOLE_ROW = dict(uuid="m5", object_code="M5", node_kind="Schacht", drainage="KM",
                   cover_level=512.0, invert_level=509.0, depth=None, material=None,
                   year_built=1975, condition_class=2, condition_scheme="DWA-M 149-3",
                   street="Bahnhofstraße")


def test_manhole_report_from_rows():
    rows = inspection.AssetRows(
        "manhole", MANHOLE_ROW, codes={("manhole", "m3"): "M3"},
        upstream=[("p3", "P3", "m3"), ("p4", "P4", "gone")],
        defects=[("2026-0001", "Absenkung", 2, "gemeldet")],
        inspections=[("2025-05-01", "DWA-M 149-2", 3, "ISYBAU", 4)])
    report = inspection.object_report(rows)
    attributes = dict(report.attributes)
    assert report.title == "Manhole M5" and report.uuid == "m5"
    assert attributes["Depth"] == "3.00 m" and attributes["Material"] == "–"
    assert [(n.role, n.code) for n in report.neighbours] == [
        ("upstream pipe", "P3"), ("upstream manhole", "M3"),
        ("upstream pipe", "P4"), ("upstream manhole", "missing (gone)")]
    assert ("Outflow", "none: the flow ends here (outlet)") in report.derived
    assert report.defects == [("2026-0001", "Absenkung", 2, "gemeldet")]
    assert report.inspections == [("2025-05-01", "DWA-M 149-2",
                                   "3 (ISYBAU: 0 = no defect … 5 = worst)", 4)]
    assert attributes["Condition class"] == "2 (DWA-M 149-3: 0 = worst … 5 = no defect)"


def test_pipe_report_from_rows():
    row = dict(uuid="p4", object_code="P4", drainage="KS", profile="Kreis", width_mm=300,
               height_mm=None, material="Beton", year_built=None, length=80.0,
               invert_from=509.8, invert_to=510.0, condition_class=None, condition_scheme=None,
               street=None, from_manhole="m4", to_manhole="m5")
    rows = inspection.AssetRows("pipe", row, codes={("manhole", "m4"): "M4"},
                                covers={"m4": 512.5, "m5": None},
                                downstream=[("p5", "P5", "a1")],
                                attached=[("gully", "g3", "G3"), ("lateral", "l1", "L1")])
    report = inspection.object_report(rows)
    derived = dict(report.derived)
    assert dict(report.attributes)["Nominal size"] == "DN 300"
    assert derived["Fall"] == "-0.20 m" and derived["Slope"] == "-2.5 ‰ (counter-slope!)"
    assert derived["Depth upstream"] == "2.70 m" and "Depth downstream" not in derived
    assert [(n.role, n.code) for n in report.neighbours] == [
        ("upstream manhole", "M4"), ("downstream manhole", "missing (m5)"),
        ("downstream pipe", "P5"), ("connected gully", "G3"), ("lateral", "L1")]
    assert report.inspections == []


def test_gully_and_lateral_reports_from_rows():
    gully = inspection.object_report(inspection.AssetRows(
        "gully", dict(uuid="g1", object_code="G1", kind="Aufsatz", has_bucket=1,
                      cover_level=None, street="X", last_cleaned=None, pipe="p1"),
        codes={("pipe", "p1"): "P1"}, attached=[("lateral", "l2", "L2")]))
    assert dict(gully.attributes)["Sludge bucket"] == "yes"
    assert [(n.role, n.code) for n in gully.neighbours] == [("drains into pipe", "P1"),
                                                            ("lateral", "L2")]
    lateral = inspection.object_report(inspection.AssetRows(
        "lateral", dict(uuid="l2", object_code="L2", width_mm=150, material=None, pipe="p1",
                        gully="g1"), codes={("pipe", "p1"): "P1", ("gully", "g1"): "G1"}))
    assert lateral.title == "Lateral L2"
    assert [(n.role, n.code) for n in lateral.neighbours] == [("joins pipe", "P1"),
                                                              ("drains gully", "G1")]
    with pytest.raises(ValueError):
        inspection.object_report(inspection.AssetRows("defect", {}))


def test_selection_summary_from_sums():
    summary = inspection.selection_summary("pipe", 2, 180.5, (300, 500),
                                           [("Beton", 1), (None, 1)])
    assert summary.rows() == [("Objects", "2 × Pipe"), ("Total length", "180.5 m"),
                              ("DN range", "DN 300 – 500"), ("Materials", "Beton (1), – (1)")]
    assert inspection.selection_summary("gully", 3, None, None, []).total_length is None


# --- purity ------------------------------------------------------------------------------

def test_core_network_reads_nothing_itself():
    code = ("import sys\n"
            "import kempten_twin_plugin.core.network.checks, kempten_twin_plugin.core.network"
            ".graph, kempten_twin_plugin.core.network.inspection, kempten_twin_plugin.core"
            ".network.profile\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlite3', '_sqlite3', "
            "'osgeo', 'psycopg2') or m.startswith('kempten_twin_plugin.store')]\n"
            "print(bad)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
