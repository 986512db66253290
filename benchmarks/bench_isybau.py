"""ISYBAU XML import at city scale against plain lxml iterparse of the same file.

The demo city with 100 000 pipes (Haltungen; plus their manholes, laterals and gullies)
is written as ISYBAU XML 2017 by our exporter. Then, each in a fresh process so peak
memory (ru_maxrss) is its own:
1. the floor: ``lxml.etree.iterparse`` over the same file, touching every
   AbwassertechnischeAnlage and freeing it (what any streaming reader must at least do);
2. ours: ``import_isybau`` of that file into a new working copy (parse, CRS, plausibility,
   all-or-nothing SQLite transaction, references resolved, change capture on); a file
   this large is read by two processes, one part each, while the first one writes.
Goals: ours ≤ 3× the floor's time, peak memory < 500 MB. The CPU time of both is noted
too: on a shared machine the wall times swing with the other load.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
PIPES = int(os.environ.get("KT_BENCH_ISYBAU_PIPES", "100000"))

# Peak memory from /proc (VmHWM): ru_maxrss would carry the parent's peak across exec.
_PEAK = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024"

_FLOOR = """
import sys, time
from lxml import etree
start, cpu = time.perf_counter(), time.process_time()
n = 0
for _, element in etree.iterparse(sys.argv[1], events=("end",),
                                  tag="{*}AbwassertechnischeAnlage", resolve_entities=False,
                                  no_network=True, huge_tree=False):
    n += len(element.findtext("{*}Objektbezeichnung") or "")
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]
print(time.perf_counter() - start, PEAK, time.process_time() - cpu)
""".replace("PEAK", _PEAK)

# CPU time counts the reading process too (a waited-for child: RUSAGE_CHILDREN).
_OURS = """
import resource, sys, time
sys.path.insert(0, sys.argv[3])
from kempten_twin_plugin.io.exchange.api import import_isybau
start, cpu = time.perf_counter(), time.process_time()
report = import_isybau(sys.argv[2], sys.argv[1])
elapsed = time.perf_counter() - start
child = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, PEAK, report.results()["PIPES"], report.results()["MANHOLES"],
      time.process_time() - cpu + child.ru_utime + child.ru_stime, report.reader_peak_mb or 0,
      report.reading_processes)
""".replace("PEAK", _PEAK)


def _run(code, *args):
    done = subprocess.run(["/usr/bin/python3", "-c", code, *args], capture_output=True,
                          text=True, check=True)
    return [float(v) for v in done.stdout.split()]


def main():
    from kempten_twin_plugin.io.isybau.export import export_isybau
    from kempten_twin_plugin.store.demo_data import build_demo_working_copy

    with tempfile.TemporaryDirectory() as folder:
        # A tenth of the city first: its peak memory beside the full city's shows whether
        # memory stays flat as the file grows.
        small_city = os.path.join(folder, "small.gpkg")
        build_demo_working_copy(small_city, max(PIPES // 10, 1000), 1)
        small_xml = os.path.join(folder, "small.xml")
        export_isybau(small_city, small_xml)
        small_mb = os.path.getsize(small_xml) / 1e6
        _, small_peak_mb, _, _, _, small_reader_mb, _ = _run(
            _OURS, small_xml, os.path.join(folder, "small_wc.gpkg"), ROOT)
        city = os.path.join(folder, "city.gpkg")
        build_demo_working_copy(city, PIPES, 1)
        xml = os.path.join(folder, "city.xml")
        start = time.perf_counter()
        counts = export_isybau(city, xml)
        export_s = time.perf_counter() - start
        size_mb = os.path.getsize(xml) / 1e6
        # Floor and ours alternate twice, the best of each kept: this machine's speed
        # swings by a fifth from minute to minute.
        floors, ours = [], []
        for attempt in range(2):
            floors.append(_run(_FLOOR, xml))
            wc = os.path.join(folder, f"wc{attempt}.gpkg")
            ours.append(_run(_OURS, xml, wc, ROOT))
            os.remove(wc)
        floor_s, floor_mb, floor_cpu = min(floors)
        ours_s, ours_mb, pipes, manholes, ours_cpu, reader_mb, readers = min(ours)
        ours_mb, reader_mb = max(r[1] for r in ours), max(r[5] for r in ours)
    assert int(pipes) == counts["pipe"], (pipes, counts)
    kanten = counts["pipe"] + counts["lateral"]
    size = f"{counts['pipe']:,} Haltungen, {kanten:,} Kanten, {size_mb:.0f} MB"
    return [
        {"name": "ISYBAU XML import (time)", "size": size, "ours_s": ours_s,
         "comparator": "lxml iterparse of the same file", "comparator_s": floor_s,
         "goal": "≤ 3× the parse floor",
         "note": f"ratio {ours_s / floor_s:.1f}× (CPU time {ours_cpu:.0f} s vs {floor_cpu:.0f} s: "
                 f"{ours_cpu / floor_cpu:.1f}×, both processes); best of 2 alternating runs; "
                 f"read by {readers:.0f} processes (one part of the file each) while this one "
                 f"writes; peak memory {ours_mb:.0f} MB writing + {reader_mb:.0f} MB reading, "
                 f"floor {floor_mb:.0f} MB (goal < 500 MB); "
                 f"a file a tenth the size ({small_mb:.0f} MB) peaks at {small_peak_mb:.0f} + "
                 f"{small_reader_mb:.0f} MB; "
                 f"{int(manholes):,} manholes"},
        {"name": "ISYBAU XML 2017 export", "size": size, "ours_s": export_s,
         "comparator": "lxml iterparse of the written file", "comparator_s": floor_s,
         "goal": "(reported)", "note": f"ratio {export_s / floor_s:.1f}×"},
    ]


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
