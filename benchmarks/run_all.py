"""Run every benchmark and write BENCHMARKS.md (`make bench`)."""

import datetime
import os
import platform
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_demo_city  # noqa: E402
import bench_server_tracking  # noqa: E402
import bench_startup  # noqa: E402
import bench_sync  # noqa: E402


def qgis_version():
    done = subprocess.run(["/usr/bin/python3", "-c", "from qgis.core import Qgis; "
                           "print(Qgis.version())"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def seconds(value):
    return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"


def main():
    results = [bench_demo_city.main(), bench_startup.main(), *bench_server_tracking.main(),
               *bench_sync.main()]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench`; each figure beside a comparator measured in the same run "
        "(DESIGN.md §6). Timings live here, never in tests.",
        "",
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}, QGIS {qgis_version()}; "
        f"{datetime.date.today().isoformat()}.",
        "",
        "| what | size | ours | comparator | ratio | goal | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = r["ours_s"] / r["comparator_s"] if r["comparator_s"] else float("nan")
        lines.append(f"| {r['name']} | {r['size']} | {seconds(r['ours_s'])} | "
                     f"{r['comparator']}: {seconds(r['comparator_s'])} | {ratio:.2f} | "
                     f"{r['goal']} | {r['note']} |")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "BENCHMARKS.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
