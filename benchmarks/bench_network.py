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
sys.path.insert(0, HERE)

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


def child(side, path, outlets_file):
    """One side's timings in a process of its own (networkx is not timed beside five
    earlier graphs still in memory): build, the main outlet's trace, every outfall's."""
    import json

    with open(outlets_file, encoding="utf-8") as f:
        outlets = json.load(f)
    main_outlet = outlets[0]
    if side == "ours":
        import numpy as np

        from kempten_twin_plugin.core.network.graph import UPSTREAM
        from kempten_twin_plugin.store.network import load_graph

        def build():
            # networkx's graph is keyed by uuid; ours reads uuids lazily, so its build is
            # timed with the uuid index made too (what a session has once it identified
            # or traced anything), and a trace then resolves its start like networkx.
            graph = load_graph(path)
            graph.resolve(graph.manhole_uuid[0])
            return graph

        build_s, graph = best(build, 3)
        trace_s, result = best(lambda: graph.trace(main_outlet, UPSTREAM), 15)

        def whole_city():
            pipes = np.zeros(len(graph.pipe_fid), dtype=bool)
            manholes = np.zeros(len(graph.manhole_fid), dtype=bool)
            for outlet in outlets:
                traced = graph.trace(outlet, UPSTREAM)
                pipes[traced.pipes] = True
                manholes[traced.manholes] = True
            return int(pipes.sum()), int(manholes.sum())

        all_s, (all_pipes, all_manholes) = best(whole_city, 3)
        counts = {"main_manholes": len(result.manholes), "all_manholes": all_manholes,
                  "main_pipes": len(result.pipes), "all_pipes": all_pipes,
                  "km": result.total_length / 1000, "gullies": result.gullies}
    else:
        import networkx as nx

        build_s, nx_graph = best(lambda: networkx_build(path), 3)
        trace_s, ancestors = best(lambda: nx.ancestors(nx_graph, main_outlet), 5)

        def whole_city():
            reached = set()
            for outlet in outlets:
                reached |= nx.ancestors(nx_graph, outlet) | {outlet}
            return reached

        all_s, reached = best(whole_city, 3)
        counts = {"main_manholes": len(ancestors) + 1, "all_manholes": len(reached)}
    print(json.dumps({"build_s": build_s, "trace_s": trace_s, "all_s": all_s, **counts}))


def _in_child(side, path, outlets_file):
    import json

    from measure import run_capture

    run, printed = run_capture([sys.executable, os.path.abspath(__file__), "child", side, path,
                                outlets_file], env=dict(os.environ, PYTHONPATH=ROOT))
    return json.loads(printed.strip().splitlines()[-1]), run


def run_size(pipes):
    import json
    import tempfile

    import numpy as np

    from kempten_twin_plugin.core.network.graph import UPSTREAM
    from kempten_twin_plugin.store.network import describe, load_graph

    path = city(pipes)
    graph = load_graph(path)
    # The outlets, the one with the largest catchment first (a treatment plant's inflow).
    catchments = {graph.manhole_uuid[i]: len(graph.trace(graph.manhole_uuid[i], UPSTREAM).pipes)
                  for i in np.flatnonzero(graph.is_outfall)}
    outlets = sorted(catchments, key=lambda u: -catchments[u])
    share = catchments[outlets[0]] / len(graph.pipe_fid)
    del graph
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(outlets, f)
    ours, theirs = [], []
    for _ in range(2):  # alternating, each side in a clean process
        ours.append(_in_child("ours", path, f.name))
        theirs.append(_in_child("networkx", path, f.name))
    os.unlink(f.name)
    o = {k: statistics.median(t[k] for t, _ in ours) for k in ("build_s", "trace_s", "all_s")}
    n = {k: statistics.median(t[k] for t, _ in theirs) for k in ("build_s", "trace_s", "all_s")}
    first, other = ours[0][0], theirs[0][0]
    assert first["main_manholes"] == other["main_manholes"], "both must find the same catchment"
    assert first["all_manholes"] == other["all_manholes"], "both must find the whole city"
    size = f"{pipes:,} pipes".replace(",", " ")
    peaks = (f"; peak memory of the processes {statistics.median(r.peak_mb for _, r in ours):.0f} "
             f"MB (ours) / {statistics.median(r.peak_mb for _, r in theirs):.0f} MB (networkx)")
    rows = [
        dict(name="Network graph build from the working copy", size=size, ours_s=o["build_s"],
             comparator="networkx MultiDiGraph from the same SQLite rows, in a process of its own",
             comparator_s=n["build_s"], goal="< 1 s at 100 000 pipes",
             note=f"{_n(pipes)} pipes; gully and lateral counts per pipe included; the uuid "
                  "index included (networkx's nodes are uuids), codes read when asked for; "
                  "median of 2 alternating clean processes each" + peaks),
        dict(name="Full upstream trace from the outlet of the largest catchment", size=size,
             ours_s=o["trace_s"], comparator="networkx ancestors() on the same graph",
             comparator_s=n["trace_s"], goal="≥ 5× faster than networkx, < 50 ms at 100 000 pipes",
             note=f"{_n(first['main_pipes'])} pipes ({share:.0%} of the city), "
                  f"{first['km']:.1f} km, {_n(first['gullies'])} gullies; ours also selects the "
                  "pipes and sums length, gullies and laterals"),
        dict(name="Upstream trace from every outfall joined (the whole city)", size=size,
             ours_s=o["all_s"], comparator="networkx ancestors() of every outfall, joined",
             comparator_s=n["all_s"], goal="faster than networkx",
             note=f"{len(outlets)} outfalls, {_n(first['all_pipes'])} pipes reached"),
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
    if sys.argv[1:2] == ["child"]:
        child(*sys.argv[2:5])
    else:
        for row in main([int(a) for a in sys.argv[1:]] or (100_000, 1_000_000)):
            print(row)
