"""Tracing on a hand-built network with known answers, and on generated cities against an
independent networkx computation."""

import random
import sqlite3

import networkx as nx
import pytest

from kempten_twin_plugin.core.network.graph import DOWNSTREAM, UPSTREAM, NetworkError
from kempten_twin_plugin.store import working_copy
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from kempten_twin_plugin.store.network import graph_for, load_graph
from tests.helpers import small_network as net


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return net.write(tmp_path_factory.mktemp("small") / "small.gpkg")


@pytest.fixture(scope="module")
def graph(small):
    return load_graph(small)


def codes(graph, pipes):
    return {graph.pipe_code[i] for i in pipes}


def manhole_codes(graph, manholes):
    return {graph.manhole_code[i] for i in manholes}


def test_upstream_of_a_manhole_is_its_whole_catchment(graph):
    result = graph.trace("M5", UPSTREAM)
    assert codes(graph, result.pipes) == {"P1", "P2", "P3", "P4"}
    assert manhole_codes(graph, result.manholes) == {"M1", "M2", "M3", "M4", "M5"}
    expected = sum(net.pipe_length(c) for c in ("P1", "P2", "P3", "P4"))
    assert result.total_length == pytest.approx(expected, abs=0.01)
    assert result.gullies == 3 and result.laterals == 1
    assert sorted(result.end_manholes) == ["M1", "M2", "M4"]  # where the flow starts


def test_upstream_of_a_pipe_includes_the_pipe(graph):
    result = graph.trace("P3", UPSTREAM)
    assert codes(graph, result.pipes) == {"P1", "P2", "P3"}
    assert result.gullies == 2


def test_downstream_reaches_both_outlets(graph):
    result = graph.trace("M1", DOWNSTREAM)
    assert codes(graph, result.pipes) == {"P1", "P3", "P5", "P6"}
    assert sorted(result.outlets) == ["A1", "A2"] and result.outlet_reached


def test_downstream_stops_at_the_chosen_manhole(graph):
    result = graph.trace("M1", DOWNSTREAM, stop_at=["M5"])
    assert codes(graph, result.pipes) == {"P1", "P3"}
    assert result.stopped_at == ["M5"]
    assert result.outlets == [] and not result.outlet_reached


def test_upstream_stop_keeps_the_pipe_into_the_stop_manhole(graph):
    result = graph.trace("A1", UPSTREAM, stop_at=["M3"])
    assert codes(graph, result.pipes) == {"P5", "P3", "P4"}


def test_trace_by_uuid_equals_trace_by_code(graph):
    by_uuid = graph.trace(net.uuid_of("M3"), DOWNSTREAM)
    assert codes(graph, by_uuid.pipes) == {"P3", "P5", "P6"} and by_uuid.start == "M3"


@pytest.mark.parametrize("start, stop, message", [
    ("X99", (), "No manhole or pipe with the code X99"),
    ("M1", ("P3",), "P3 is a pipe"),
])
def test_bad_start_or_stop_is_refused_with_a_message(graph, start, stop, message):
    with pytest.raises(NetworkError, match=message):
        graph.trace(start, DOWNSTREAM, stop_at=stop)


def test_broken_network_is_reported_not_crashed(tmp_path):
    pipes = dict(net.PIPES, P7=("M4", "M404", 509.8, 509.0, 300))  # M404 does not exist
    path = net.write(tmp_path / "broken.gpkg", pipes=pipes)
    graph = load_graph(path)
    broken = {graph.pipe_code[i]: reason for i, reason in graph.broken_pipes()}
    assert broken == {"P7": "end manhole missing"}
    # Tracing down from M4 still works; the dangling pipe is part of M4's outflow.
    assert codes(graph, graph.trace("M4", DOWNSTREAM).pipes) == {"P4", "P5", "P6", "P7"}
    assert codes(graph, graph.trace("P7", DOWNSTREAM).pipes) == {"P7"}


def test_a_flow_cycle_is_named(tmp_path):
    pipes = dict(net.PIPES, P8=("M5", "M3", 509.0, 509.5, 300))  # back up the hill
    path = net.write(tmp_path / "cycle.gpkg", pipes=pipes)
    graph = load_graph(path)
    result = graph.trace("M1", DOWNSTREAM)
    assert sorted(result.cycle_manholes) == ["M3", "M5"]
    assert codes(graph, result.pipes) == {"P1", "P3", "P5", "P6", "P8"}


def test_duplicate_code_is_ambiguous(tmp_path):
    manholes = dict(net.MANHOLES)
    manholes["M6"] = manholes.pop("M4")
    rows = net.rows(manholes=manholes, pipes={k: v for k, v in net.PIPES.items() if k != "P4"})
    rows["manhole"][-1]["object_code"] = "M1"  # two manholes called M1
    from kempten_twin_plugin.store.working_copy import write_working_copy

    path = str(tmp_path / "dup.gpkg")
    write_working_copy(path, rows)
    with pytest.raises(NetworkError, match="used by 2 objects"):
        load_graph(path).trace("M1", DOWNSTREAM)


def test_graph_follows_edits_of_the_working_copy(tmp_path):
    path = net.write(tmp_path / "edited.gpkg")
    assert codes(graph_for(path), graph_for(path).trace("M5", UPSTREAM).pipes) == {
        "P1", "P2", "P3", "P4"}

    con = working_copy.connect(path)
    con.execute("UPDATE pipe SET to_manhole = ? WHERE object_code = 'P4'", (net.uuid_of("A2"),))
    con.close()
    graph = graph_for(path)
    assert codes(graph, graph.trace("M5", UPSTREAM).pipes) == {"P1", "P2", "P3"}


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("city") / "city.gpkg")
    build_demo_working_copy(path, 3000, 11)
    return path


def _networkx_graph(path):
    con = sqlite3.connect(path)
    g = nx.MultiDiGraph()
    code_of = dict(con.execute("SELECT uuid, object_code FROM manhole"))
    g.add_nodes_from(code_of.values())
    pipes = con.execute("SELECT object_code, from_manhole, to_manhole FROM pipe").fetchall()
    for code, a, b in pipes:
        g.add_edge(code_of[a], code_of[b], key=code)
    return g, pipes, code_of


def test_traces_on_a_generated_city_equal_networkx(city):
    graph = load_graph(city)
    g, pipes, code_of = _networkx_graph(city)
    rng = random.Random(3)
    starts = rng.sample(sorted(g.nodes), 25)
    for start in starts:
        up = nx.ancestors(g, start) | {start}
        expected_up = {c for c, a, b in pipes if code_of[b] in up}
        assert codes(graph, graph.trace(start, UPSTREAM).pipes) == expected_up
        down = nx.descendants(g, start) | {start}
        expected_down = {c for c, a, b in pipes if code_of[a] in down}
        result = graph.trace(start, DOWNSTREAM)
        assert codes(graph, result.pipes) == expected_down
        assert len(result.outlets) == 1  # the demo city drains each street to one outlet


def test_a_closed_off_pipe_carries_no_water(graph):
    result = graph.trace("M1", DOWNSTREAM, closed=["P6"])  # the overflow to A2 is shut
    assert codes(graph, result.pipes) == {"P1", "P3", "P5"} and result.outlets == ["A1"]
    up = graph.trace("M5", UPSTREAM, closed=["P3"])
    assert codes(graph, up.pipes) == {"P4"}
    with pytest.raises(NetworkError, match="M3 is a manhole"):
        graph.trace("M1", DOWNSTREAM, closed=["M3"])
