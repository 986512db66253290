"""CityGML import of 50 000 buildings against GDAL's GML driver reading the same file.

The file is made from a real one's structure: the Berlin LoD2 tile in
tests/data/real/tjaenichen-citygml2gameobject/3880_5819.gml (CityGML 1.0 written by FME,
three buildings with ground, wall and roof surfaces, ``srsName="EPSG:25833"`` on every
geometry) with its buildings repeated on a grid, each copy shifted and given its own ids,
until there are 50 000 (kept in build/bench/ between runs).

Each in a fresh process, alternating (ours, GDAL, ours, GDAL), the medians and the median
of the per-pair ratios kept (benchmarks/measure.Pair):
1. ours: ``import_planned`` into an empty working copy (streaming lxml, footprints from
   the GroundSurfaces, CRS read and reprojected to EPSG:25832, the geometry check, one
   transaction into context_building; the second half of the file read by a second
   process, io/planning/citygml_halves);
2. ``ogr2ogr -f GPKG`` of the same file with GDAL's GML driver (what QGIS would do with it;
   it reads each Building as a feature but cannot assemble CityGML geometry, see the
   research notes, so it writes what it finds).
Wall time, CPU time (user + system, of our second reader too: the kernel adds a waited-for
child's to its parent's) and peak memory (ru_maxrss of the process, started with vfork so
it is its own; our second reader's reported beside it) of each. Goal: ours ≤ 1.5× ogr2ogr.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
BUILDINGS = int(os.environ.get("KT_BENCH_CITYGML_BUILDINGS", "50000"))
SOURCE = os.path.join(ROOT, "tests", "data", "real", "tjaenichen-citygml2gameobject",
                      "3880_5819.gml")
REPEATS = 5

_OURS = """
import resource, sys, time
sys.path.insert(0, sys.argv[3])
from kempten_twin_plugin.io.planning.importer import import_planned
start = time.perf_counter()
summary = import_planned(sys.argv[2], sys.argv[1], "bench")
second_reader_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(time.perf_counter() - start, summary["context_buildings"], len(summary["warnings"]),
      second_reader_mb)
"""


def make_file(path, count):
    """``count`` buildings from the tile's three, shifted 100 m apart on a grid."""
    text = open(SOURCE, encoding="utf-8").read()
    head = text[:text.index("\t<cityObjectMember>")]
    members = re.findall(r"\t<cityObjectMember>.*?</cityObjectMember>\n", text, re.S)
    # Each member as [text, coordinates, text, coordinates, …, text].
    pieces = []
    for member in members:
        parts = re.split(r"(?<=<gml:posList>)(.*?)(?=</gml:posList>)", member, flags=re.S)
        pieces.append([p if i % 2 == 0 else np.array(p.split(), dtype=float).reshape(-1, 3)
                       for i, p in enumerate(parts)])
    side = int(np.ceil(np.sqrt(count / len(members))))
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        for n in range(count):
            parts = pieces[n % len(pieces)]
            copy = n // len(pieces)
            shift = np.array([(copy % side) * 100.0, (copy // side) * 100.0, 0.0])
            member = "".join(
                part if i % 2 == 0 else " ".join(f"{x:.3f} {y:.3f} {z:.3f}" for x, y, z in part + shift)
                for i, part in enumerate(parts))
            out.write(re.sub(r'gml:id="([^"]+)"', lambda m, n=n: f'gml:id="{m.group(1)}_{n}"', member))
        out.write("</CityModel>\n")


def measure(command):
    """(wall s, CPU s, peak MB, stdout) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    stdout = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({process.returncode})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout


def main(count=BUILDINGS):
    from measure import Pair, Run

    folder = os.path.join(ROOT, "build", "bench")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"citygml_{count}.gml")
    if not os.path.exists(path):
        make_file(path, count)
    size_mb = os.path.getsize(path) / 1e6
    from kempten_twin_plugin.store.working_copy import write_working_copy

    pair, inner, second_peaks = Pair([], []), [], []
    with tempfile.TemporaryDirectory() as temp:
        empty = os.path.join(temp, "empty.gpkg")
        write_working_copy(empty, {})
        for attempt in range(REPEATS):
            wc = os.path.join(temp, f"wc{attempt}.gpkg")
            shutil.copyfile(empty, wc)
            wall, cpu, peak, out = measure(["/usr/bin/python3", "-c", _OURS, path, wc, ROOT])
            seconds, buildings, _warnings, second_reader = out.split()
            assert int(buildings) == count, out
            # Both readers' memory: the kernel reports the larger of the two as the peak.
            pair.ours.append(Run(wall, cpu, peak + float(second_reader)))
            inner.append(float(seconds))
            second_peaks.append(float(second_reader))
            gpkg = os.path.join(temp, f"ogr{attempt}.gpkg")
            pair.theirs.append(Run(*measure(["ogr2ogr", "-f", "GPKG", gpkg, path, "-oo",
                                             "WRITE_GFS=NO", "--config", "GML_SKIP_RESOLVE_ELEMS",
                                             "ALL"])[:3]))
            os.remove(gpkg)
    return [pair.row(
        "CityGML import (context buildings, LoD2 with ground surfaces)",
        f"{count:,} buildings, {size_mb:.0f} MB",
        "ogr2ogr -f GPKG of the same file (GDAL's GML driver)", "≤ 1.5× ogr2ogr",
        f"each run a fresh process; two reading processes, one half of the file each (CPU "
        f"and memory of both; the second reader's peak {statistics.median(second_peaks):.0f} "
        f"MB); the import itself {statistics.median(inner):.1f} s, the rest is starting "
        f"Python and GDAL; {count:,} footprints reprojected from EPSG:25833")]


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
