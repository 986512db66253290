"""Demo city generator at city scale, beside ogr2ogr writing the same rows.

Ours: generate + write a working copy of N pipes (default 100 000, about twice Munich's
network). Comparator, same run: ogr2ogr copying the finished GeoPackage into a new one,
i.e. GDAL alone writing exactly the same tables, rows and spatial indexes — the floor for
any generator that writes through GDAL.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main(pipes=100_000):
    from kempten_twin_plugin.core import demo_city
    from kempten_twin_plugin.store.working_copy import write_working_copy

    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, "city.gpkg")
        started = time.perf_counter()
        city = demo_city.generate(pipes, 1)
        generate_s = time.perf_counter() - started
        counts = write_working_copy(target, city.rows)
        ours = time.perf_counter() - started
        rows = sum(counts.values())

        copy = os.path.join(folder, "copy.gpkg")
        started = time.perf_counter()
        subprocess.run(["ogr2ogr", "-f", "GPKG", copy, target, "-gt", "65536"], check=True,
                       capture_output=True)
        comparator = time.perf_counter() - started
    return {
        "name": "Demo city generator (generate + write working copy)",
        "size": f"{pipes:,} pipes, {rows:,} rows in all tables",
        "ours_s": round(ours, 2),
        "note": f"of which generating {generate_s:.1f} s, writing {ours - generate_s:.1f} s",
        "comparator": "ogr2ogr copying the finished GeoPackage (GDAL writing the same rows)",
        "comparator_s": round(comparator, 2),
        "goal": "< 60 s",
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000), indent=2))
