"""Citizens' portal export at city scale, beside ogr2ogr writing the same buildings.

The demo city (5 000 pipes, seed 1; kept in build/bench/) with its five building projects
marked public and 2 000 existing (context) buildings around them, 400 per project, as a
LoD2 import would leave them. Each in a fresh process, alternating, best of three:

1. ours: ``export_portal`` of every public project — 3D Tiles 1.1 (tileset.json, a glb of
   planned and one of context buildings per project, exact geodesy to ECEF), the site
   plan base maps, camera presets, portal.json and the page with its web library;
2. the comparator: ``ogr2ogr -f GeoJSON`` of the same buildings (the planned ones of the
   five projects and the 2 000 context buildings, reprojected to EPSG:4326 as GeoJSON
   wants it) — GDAL alone writing the same geometries once, the floor of any export.

Wall time, CPU time (the process and its children) and peak memory (VmHWM of the
process, read from /proc while it runs) for both, and the size of what each wrote.
Goal: ours ≤ 3× ogr2ogr's time.
"""

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
CITY = os.path.join(ROOT, "build", "bench", "portal_city.gpkg")
PIPES, CONTEXT = 5000, 2000
ROUNDS = 3

# The export's own time is taken inside the process (in QGIS the plugin is loaded already);
# the process's wall time, its start and imports included, is reported beside it.
_OURS = """
import sys, time
sys.path.insert(0, sys.argv[3])
from kempten_twin_plugin.io.portal.export import export_portal
start = time.perf_counter()
summary = export_portal(sys.argv[1], sys.argv[2])
print(time.perf_counter() - start, summary["buildings"], summary["context_buildings"],
      summary["height"]["method"])
"""


_IMPORTS_ONLY = """
import sys
sys.path.insert(0, sys.argv[1])
from kempten_twin_plugin.io.portal.export import export_portal
print(0)
"""



def context_geometry(polygon):
    """A footprint as store.planning.write_context_buildings takes it (what the CityGML
    reader gives): 2D MultiPolygon WKB and its envelope."""
    from osgeo import ogr

    multi = ogr.ForceToMultiPolygon(polygon.Clone())
    return {"wkb": bytes(multi.ExportToIsoWkb()), "envelope": multi.GetEnvelope()}

def build_city(path):
    """The demo city, its projects public, 2 000 context buildings around them."""
    from osgeo import ogr

    from kempten_twin_plugin.store import planning as planning_store
    from kempten_twin_plugin.store import portal as portal_store
    from kempten_twin_plugin.store.demo_data import build_demo_working_copy

    os.makedirs(os.path.dirname(path), exist_ok=True)
    build_demo_working_copy(path, PIPES, 1, overwrite=True)
    projects = planning_store.projects(path)
    rng = random.Random(7)
    context = []
    for k, (uuid, _name, _status) in enumerate(projects):
        portal_store.set_public(path, uuid)
        buildings = portal_store.portal_buildings(path, [uuid])
        xs = [x for b in buildings for x in b["polygons"][0][0][:, 0]]
        ys = [y for b in buildings for y in b["polygons"][0][0][:, 1]]
        minx, miny, maxx, maxy = min(xs) - 8, min(ys) - 8, max(xs) + 8, max(ys) + 8
        per_project = CONTEXT // len(projects) + (k < CONTEXT % len(projects))
        placed = 0
        while placed < per_project:
            cx = rng.uniform(minx - 140, maxx + 140)
            cy = rng.uniform(miny - 140, maxy + 140)
            if minx - 12 < cx < maxx + 12 and miny - 12 < cy < maxy + 12:
                continue  # not on the building site
            w, d, a = rng.uniform(9, 20), rng.uniform(8, 14), rng.uniform(0, 3.1416)
            ring = ogr.Geometry(ogr.wkbLinearRing)
            import math

            for u, v in ((-w / 2, -d / 2), (w / 2, -d / 2), (w / 2, d / 2), (-w / 2, d / 2),
                         (-w / 2, -d / 2)):
                ring.AddPoint_2D(cx + u * math.cos(a) - v * math.sin(a),
                                 cy + u * math.sin(a) + v * math.cos(a))
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            context.append({"gml_id": f"bench_{k}_{placed}", "height_m": round(rng.uniform(6, 15), 1),
                            "storeys": rng.randint(2, 5), "ground_level": None,
                            "function": None, **context_geometry(polygon)})
            placed += 1
    planning_store.write_context_buildings(path, context, "bench")
    return len(projects)


def _peak_of(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return 0.0


def measure(command):
    """(wall s, CPU s, peak MB, stdout) of a command in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=ROOT)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _peak_of(process.pid))
        time.sleep(0.002)
    wall = time.perf_counter() - started
    out, err = process.communicate()
    if process.returncode:
        raise RuntimeError(f"{command[0]} failed: {err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak, out


def folder_size(path):
    return sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(path) for n in names)


def main():
    from kempten_twin_plugin.store import portal as portal_store

    if not os.path.exists(CITY) or not portal_store.portal_projects(CITY):
        build_city(CITY)
    projects = portal_store.portal_projects(CITY)
    ids = ", ".join(f"'{p['uuid']}'" for p in projects)
    sql = (f"SELECT geom, 'geplant' AS art, height_m FROM planned_building WHERE project IN ({ids}) "
           "UNION ALL SELECT geom, 'bestand' AS art, height_m FROM context_building")
    ours, floor = [], []
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "portal")
        geojson = os.path.join(folder, "buildings.geojson")
        for _ in range(ROUNDS):
            shutil.rmtree(out, ignore_errors=True)
            wall, cpu, peak, text = measure(["/usr/bin/python3", "-c", _OURS, CITY, out, ROOT])
            ours.append((wall, cpu, peak, text.split()))
            if os.path.exists(geojson):
                os.unlink(geojson)
            floor.append(measure(["ogr2ogr", "-f", "GeoJSON", geojson, CITY, "-dialect", "SQLite",
                                  "-sql", sql, "-t_srs", "EPSG:4326", "-nln", "gebaeude"])[:3])
        _w, _c, imports_peak, _o = measure(["/usr/bin/python3", "-c", _IMPORTS_ONLY, ROOT])
        size = folder_size(out)
        data = folder_size(os.path.join(out, "data"))
        glb = sum(os.path.getsize(os.path.join(out, "data", n)) for n in os.listdir(
            os.path.join(out, "data")) if n.endswith(".glb"))
        geojson_size = os.path.getsize(geojson)
        with open(geojson, encoding="utf-8") as f:
            features = len(json.load(f)["features"])
    o_process, o_cpu, o_peak, (elapsed, buildings, context, method) = min(
        ours, key=lambda r: float(r[3][0]))
    o_wall = float(elapsed)
    f_wall, f_cpu, f_peak = min(floor, key=lambda r: r[0])
    return {
        "name": "Citizens' portal export (3D Tiles 1.1 + web page)",
        "size": f"{len(projects)} projects, {buildings} planned + {context} context buildings "
                f"(demo city {PIPES:,} pipes)",
        "ours_s": round(o_wall, 2),
        "comparator": f"ogr2ogr -f GeoJSON of the same {features:,} buildings (EPSG:4326)",
        "comparator_s": round(f_wall, 2),
        "goal": "≤ 3× ogr2ogr",
        "note": f"ratio {o_wall / f_wall:.1f}× (the export in its process; the whole process, "
                f"Python start and imports of QGIS's bindings included, {o_process:.2f} s: "
                f"{o_process / f_wall:.1f}×); best of {ROUNDS} alternating runs, each in a fresh "
                f"process; CPU {o_cpu:.2f} s vs {f_cpu:.2f} s (whole processes); peak memory "
                f"{o_peak:.0f} MB (the imports alone {imports_peak:.0f} MB) vs "
                f"{f_peak:.0f} MB; written {size / 1e6:.2f} MB (data {data / 1e6:.2f} MB, of it "
                f"glb {glb / 1e6:.2f} MB; page and web library {(size - data) / 1e6:.2f} MB) vs "
                f"GeoJSON {geojson_size / 1e6:.2f} MB; heights {method}",
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False))
