"""Network graph build, full upstream trace and identify-to-panel, against networkx and a
plain QGIS feature lookup measured in the same run (DESIGN.md §6, issue #5).

Cities are generated once into build/bench/ (seed 1) and reused by later runs.
"""

import os
import sqlite3
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

FOLDER = os.path.join(ROOT, "build", "bench")


def city(pipes):
    from kempten_twin_plugin.store.demo_data import build_demo_working_copy

    path = os.path.join(FOLDER, f"network_{pipes}.gpkg")
    if not os.path.exists(path):
        os.makedirs(FOLDER, exist_ok=True)
        build_demo_working_copy(path, pipes, 1)
    return path


def _n(value):
    return f"{value:,}".replace(",", " ")


def best(function, repeat):
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def networkx_build(path):
    import networkx as nx

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(uuid for (uuid,) in con.execute("SELECT uuid FROM manhole"))
    graph.add_edges_from((a, b, code) for code, a, b in con.execute(
        "SELECT object_code, from_manhole, to_manhole FROM pipe"))
    con.close()
    return graph


def run_size(pipes):
    import networkx as nx
    import numpy as np

    from kempten_twin_plugin.core.network.graph import UPSTREAM
    from kempten_twin_plugin.store.network import describe, load_graph

    path = city(pipes)
    repeat = 5 if pipes <= 100_000 else 3
    build_s, graph = best(lambda: load_graph(path), repeat)
    nx_build_s, nx_graph = best(lambda: networkx_build(path), repeat)

    # The main outlet: the outfall structure with the largest catchment.
    outlets = np.flatnonzero(graph.is_outfall)
    main = max(outlets, key=lambda i: len(graph.trace(graph.manhole_uuid[i], UPSTREAM).pipes))
    uuid = graph.manhole_uuid[main]
    trace_s, result = best(lambda: graph.trace(uuid, UPSTREAM), 15)
    nx_trace_s, ancestors = best(lambda: nx.ancestors(nx_graph, uuid), 5)
    assert len(ancestors) + 1 == len(result.manholes), "both must find the same catchment"

    size = f"{pipes:,} pipes".replace(",", " ")
    rows = [
        dict(name="Network graph build from the working copy", size=size, ours_s=build_s,
             comparator="networkx MultiDiGraph from the same SQLite rows",
             comparator_s=nx_build_s, goal="< 1 s at 100 000 pipes",
             note=f"{_n(len(graph.manhole_fid))} manholes, {_n(pipes)} pipes; gully and lateral "
                  "counts per pipe included; names are read when asked for"),
        dict(name="Full upstream trace from the main outlet", size=size, ours_s=trace_s,
             comparator="networkx ancestors() on the same graph", comparator_s=nx_trace_s,
             goal="≥ 5× faster than networkx, < 50 ms at 100 000 pipes",
             note=f"{_n(len(result.pipes))} pipes, {result.total_length / 1000:.1f} km, "
                  f"{_n(result.gullies)} gullies in the catchment; ours also selects the pipes "
                  f"and sums length, gullies and laterals; {nx_trace_s / trace_s:.0f}× faster"),
    ]
    if pipes <= 100_000:
        rows.append(identify_row(path, size, describe))
    return rows


def identify_row(path, size, describe):
    from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

    from kempten_twin_plugin.gui.network.inspection_view import report_html

    app = QgsApplication.instance() or QgsApplication([], False)
    app.initQgis()
    con = sqlite3.connect(path)
    uuids = [u for (u,) in con.execute("SELECT uuid FROM pipe ORDER BY random() LIMIT 50")]
    con.close()

    def ours():
        for uuid in uuids:
            report_html(describe(path, "pipe", uuid))

    layer = QgsVectorLayer(f"{path}|layername=pipe", "pipe", "ogr")

    def plain():
        for uuid in uuids:
            request = QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{uuid}'")
            next(layer.getFeatures(request)).attributes()

    ours_s, _ = best(ours, 3)
    plain_s, _ = best(plain, 3)
    return dict(name="Identify a pipe → panel contents (per click)", size=size,
                ours_s=ours_s / len(uuids), comparator="QGIS feature request of the same pipe by "
                "uuid (attributes only)", comparator_s=plain_s / len(uuids), goal="< 100 ms",
                note="ours adds derived values, neighbours, gullies, laterals and open defects "
                     "and renders the HTML; mean of 50 random pipes")


def main(sizes=(100_000, 1_000_000)):
    rows = []
    for pipes in sizes:
        rows += run_size(pipes)
    return rows


if __name__ == "__main__":
    for row in main([int(a) for a in sys.argv[1:]] or (100_000, 1_000_000)):
        print(row)
