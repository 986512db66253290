"""Run benchmarks and write BENCHMARKS.md (`make bench`).

`run_all.py` runs every benchmark; `run_all.py bench_sync bench_network` runs only those;
`run_all.py bench_sync=100000` runs one at the sizes given (comma-separated pipe counts,
for the benchmarks whose ``main`` takes sizes); `run_all.py --render` only rewrites
BENCHMARKS.md from benchmarks/results/.
Each module's rows are kept in benchmarks/results/<module>.json, and BENCHMARKS.md is
rendered from all of them, so re-running one benchmark keeps the others' figures.
"""

import datetime
import importlib
import json
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, "results")
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

# In the order they appear in BENCHMARKS.md.
MODULES = ["bench_demo_city", "bench_startup", "bench_server_tracking", "bench_sync",
           "bench_network", "bench_isybau", "bench_defects", "bench_planning", "bench_citygml",
           "bench_render", "bench_portal"]


def qgis_version():
    done = subprocess.run(["/usr/bin/python3", "-c", "from qgis.core import Qgis; "
                           "print(Qgis.version())"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def seconds(value):
    return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"


def run(module_name, sizes=None):
    module = importlib.import_module(module_name)
    rows = module.main(sizes) if sizes else module.main()
    rows = rows if isinstance(rows, list) else [rows]
    os.makedirs(RESULTS, exist_ok=True)
    record = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python "
                   f"{platform.python_version()}, QGIS {qgis_version()}",
        "rows": rows,
    }
    with open(os.path.join(RESULTS, module_name + ".json"), "w", encoding="utf-8") as f:
        json.dump(record, f, indent=1, ensure_ascii=False)


def render():
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (or `benchmarks/run_all.py MODULE…` for some); each figure "
        "beside a comparator measured in the same run (DESIGN.md §6). Timings live here, "
        "never in tests.",
        "",
        "| what | size | ours | comparator | ratio | CPU ours / comparator | peak memory ours / "
        "comparator | goal | note | measured |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    machines = set()
    for name in MODULES:
        path = os.path.join(RESULTS, name + ".json")
        if not os.path.exists(path):
            lines.append(f"| `{name}` | – | not run yet | | | | | | | |")
            continue
        with open(path, encoding="utf-8") as f:
            record = json.load(f)
        machines.add(record["machine"])
        for r in record["rows"]:
            ratio = r.get("ratio") or (r["ours_s"] / r["comparator_s"] if r["comparator_s"]
                                       else float("nan"))
            cpu = (f"{seconds(r['ours_cpu_s'])} / {seconds(r['comparator_cpu_s'])} "
                   f"({r['ours_cpu_s'] / r['comparator_cpu_s']:.2f})"
                   if r.get("ours_cpu_s") is not None and r.get("comparator_cpu_s") else "–")
            peak = (f"{r['ours_peak_mb']:.0f} / {r['comparator_peak_mb']:.0f} MB"
                    if r.get("ours_peak_mb") is not None else "–")
            lines.append(f"| {r['name']} | {r['size']} | {seconds(r['ours_s'])} | "
                         f"{r['comparator']}: {seconds(r['comparator_s'])} | {ratio:.2f} | "
                         f"{cpu} | {peak} | {r['goal']} | {r['note']} | {record['date']} |")
    lines += ["", "Machine: " + "; ".join(sorted(machines)) + "."]
    text = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "BENCHMARKS.md"), "w", encoding="utf-8") as f:
        f.write(text)
    return text


def main(argv):
    if argv == ["--render"]:
        print(render())
        return 0
    chosen = [a.partition("=") for a in argv] or [(m, "", "") for m in MODULES]
    unknown = [m for m, _, _ in chosen if m not in MODULES]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(MODULES)}")
        return 2
    for name, _, sizes in chosen:
        run(name, tuple(int(n) for n in sizes.split(",")) if sizes else None)
    print(render())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
