"""Map redraws at working scale and in the overview, against QGIS's default labelling.

Each measurement is a whole process (QGIS started, the working copy opened with the
plugin's styles, the map drawn twice as a canvas draws it: QgsMapRendererParallelJob,
1600 × 1000 px at 96 dpi), run in turns with its comparator so that caches and machine
load hit both alike; wall time of the second (warm) redraw, the process's CPU time and peak
memory beside it.

- working scale 1:2 000 at the city's centre, with the plugin's labels (codes and DN of
  pipes and manholes, street names, gully codes) against the same layers and symbols
  labelled by QGIS's default settings (each layer labelled with its object code / name,
  default placement): the plugin's labels may cost at most 1.5 × the default's;
- the overview of the whole city (scale-dependent rules: trunks only) against the same
  layers drawn without scale rules, every pipe, as a plain single-symbol layer.

    python3 benchmarks/bench_render.py [--pipes 100000 1000000] [--rounds 3]

The cities are made by the demo generator (`make demo-data PIPES=1000000` for the big one)
into build/bench/city-<pipes>.gpkg when missing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
BENCH_DIR = os.path.join(ROOT, "build", "bench")
SIZE = (1600, 1000)


def child(mode, path):
    """One process: open the working copy, draw twice, print the timings as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsPalLayerSettings,
        QgsProject,
        QgsRectangle,
        QgsSingleSymbolRenderer,
        QgsSymbol,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtCore import QSize

    app = QgsApplication([], False)
    app.initQgis()
    from kempten_twin_plugin.render import layers as layer_helpers

    project = QgsProject()
    opened = layer_helpers.open_working_copy(path, project)
    ordered = project.layerTreeRoot().layerOrder()
    if mode == "default-labels":
        for layer in ordered:
            names = layer.fields().names()
            field = next((n for n in ("object_code", "name", "defect_number") if n in names),
                         None)
            if field is None:
                layer.setLabelsEnabled(False)
                continue
            settings = QgsPalLayerSettings()  # QGIS's defaults, as a new label gets them
            settings.fieldName = field
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
            layer.setLabelsEnabled(True)
    if mode == "overview-plain":
        for layer in ordered:
            layer.setScaleBasedVisibility(False)
            layer.setLabelsEnabled(False)
            layer.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(
                layer.geometryType())))
    settings = QgsMapSettings()
    settings.setLayers(ordered)
    settings.setDestinationCrs(opened["pipe"].crs())
    settings.setOutputSize(QSize(*SIZE))
    settings.setOutputDpi(96)
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.appendScope(QgsExpressionContextUtils.projectScope(project))
    settings.setExpressionContext(context)
    extent = opened["pipe"].extent()
    if mode.startswith("overview"):
        settings.setExtent(extent)
    else:
        centre = extent.center()
        half = SIZE[0] / 96 * 0.0254 * 2000 / 2
        ratio = SIZE[1] / SIZE[0]
        settings.setExtent(QgsRectangle(centre.x() - half, centre.y() - half * ratio,
                                        centre.x() + half, centre.y() + half * ratio))
    times, labels = [], 0
    for _ in range(2):
        started = time.perf_counter()
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        times.append(time.perf_counter() - started)
        results = job.takeLabelingResults()
        labels = len(results.allLabels()) if results is not None else 0
    print(json.dumps({"first_s": times[0], "redraw_s": times[1], "labels": labels,
                      "scale": round(settings.scale())}), flush=True)
    os._exit(0)  # measured; QGIS's teardown is not part of it (and may crash at exit)


def run_child(mode, path):
    process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--child", mode,
                                path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, cwd=ROOT)
    started = time.perf_counter()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    out = process.stdout.read()
    process.stdout.close()
    if status != 0:
        raise RuntimeError(f"{mode} on {path} failed ({status})")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(process_s=wall, cpu_s=usage.ru_utime + usage.ru_stime,
                  peak_mb=usage.ru_maxrss / 1024)
    return result


def city(pipes):
    path = os.path.join(BENCH_DIR, f"city-{pipes}.gpkg")
    if not os.path.exists(path):
        os.makedirs(BENCH_DIR, exist_ok=True)
        subprocess.run(["/usr/bin/python3", "-m", "kempten_twin_plugin.cli", "demo-city",
                        "--pipes", str(pipes), "--seed", "1", "--output", path], check=True,
                       cwd=ROOT)
    return path


def measure(pipes, rounds, pairs):
    path = city(pipes)
    found = {}
    for _ in range(rounds):
        for ours, theirs in pairs:  # in turns: ours, the comparator, ours, …
            for mode in (ours, theirs):
                found.setdefault(mode, []).append(run_child(mode, path))
    summary = {}
    for mode, runs in found.items():
        summary[mode] = {key: round(statistics.median(r[key] for r in runs), 3)
                         for key in ("redraw_s", "first_s", "cpu_s", "peak_mb", "labels")}
        summary[mode]["scale"] = runs[0]["scale"]
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=2)
    if argv is None:  # run_all.py calls main() with its own command line
        argv = sys.argv[1:] if __name__ == "__main__" else []
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return None
    results = []
    for pipes in args.pipes:
        summary = measure(pipes, args.rounds, [("labels", "default-labels"),
                                               ("overview", "overview-plain")])
        ours, default = summary["labels"], summary["default-labels"]
        overview, plain = summary["overview"], summary["overview-plain"]
        size = f"{pipes} pipes, {SIZE[0]}×{SIZE[1]} px, median of {args.rounds} alternating " \
               "processes"
        results.append({
            "name": "Map redraw at 1:2 000 with the plugin's labels", "size": size,
            "ours_s": ours["redraw_s"], "comparator": "QGIS's default labelling",
            "comparator_s": default["redraw_s"], "goal": "≤ 1.5×",
            "detail": {"ours": ours, "comparator": default},
            "note": f"{ours['labels']} vs {default['labels']} labels; CPU per process "
                    f"{ours['cpu_s']:.1f} vs {default['cpu_s']:.1f} s, peak "
                    f"{ours['peak_mb']:.0f} vs {default['peak_mb']:.0f} MB"})
        results.append({
            "name": f"Overview redraw, whole city (1:{overview['scale']})", "size": size,
            "ours_s": overview["redraw_s"], "comparator": "every pipe, plain symbols",
            "comparator_s": plain["redraw_s"], "goal": "< 1.5 s",
            "detail": {"ours": overview, "comparator": plain},
            "note": f"scale-dependent rules (mains only); CPU {overview['cpu_s']:.1f} vs "
                    f"{plain['cpu_s']:.1f} s, peak {overview['peak_mb']:.0f} vs "
                    f"{plain['peak_mb']:.0f} MB"})
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    return results


if __name__ == "__main__":
    main()
