"""The planners' side in the real QGIS desktop (Xvfb), plugin installed from the zip:
import, status overlay, conflict list, review report and the 3D view, with screenshots in
build/screenshots/e2e-planning/ for a person to look at."""

import json
import os
import random
import re
import shutil
import subprocess

import pytest
from osgeo import osr

from kempten_twin_plugin.store import working_copy as working_copies
from kempten_twin_plugin.store.demo_data import build_demo_working_copy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "screenshots", "e2e-planning")
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")


def _to_wgs84():
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(25832)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


def write_footprints(wc_path, path):
    """Six buildings of one architect's project in EPSG:4326, around a pipe of the demo
    city: two across it, others near; heights and floors as architects send them."""
    con = working_copies.connect(wc_path)
    (x0, x1, y0, y1) = con.execute("SELECT minx, maxx, miny, maxy FROM rtree_pipe_geom r JOIN "
                                   "pipe p ON p.fid = r.id WHERE p.width_mm >= 400 "
                                   "ORDER BY p.fid LIMIT 1 OFFSET 40").fetchone()
    con.close()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rng = random.Random(3)
    transform = _to_wgs84()
    features = []
    for i in range(6):
        bx = cx - 60 + (i % 3) * 40 + rng.uniform(-3, 3)
        by = cy - 25 + (i // 3) * 30 + rng.uniform(-3, 3)
        w, d = rng.uniform(16, 26), rng.uniform(10, 16)
        ring = [transform.TransformPoint(x, y)[:2] for x, y in
                ((bx, by), (bx + w, by), (bx + w, by + d), (bx, by + d), (bx, by))]
        floors = rng.randint(3, 6)
        features.append({"type": "Feature", "properties": {
            "Bezeichnung": "Quartier am Bach", "Hoehe": round(floors * 3.1 + 1, 1),
            "Geschosse": floors, "Nutzung": rng.choice(["Wohnen", "Gewerbe", "Kita"])},
            "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)
    comments = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": list(
        transform.TransformPoint(cx + dx, cy + dy)[:2])}, "properties": {
        "nid": 900 + k, "title": title, "text": text, "created": f"2026-03-0{k + 1}T10:00:00+01:00"}}
        for k, (dx, dy, title, text) in enumerate([
            (-30, 5, "Kanal", "Liegt da nicht der große Kanal darunter?"),
            (10, 20, "Höhe", "Sechs Geschosse sind zu hoch für die Straße."),
            (40, -10, "Grün", "Bitte die Bäume am Bach erhalten.")])]
    comments_path = os.path.splitext(path)[0] + "_beitraege.geojson"
    with open(comments_path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": comments}, f)
    return comments_path


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    assert os.path.exists(ZIP), "run `make package` first"
    folder = tmp_path_factory.mktemp("e2e-planning")
    working_copy = folder / "kempten.gpkg"
    build_demo_working_copy(str(working_copy), 5000, 1)
    footprints = str(folder / "entwurf_quartier.geojson")
    comments = write_footprints(str(working_copy), footprints)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    env = dict(os.environ, KT_PLANNING_INPUT=footprints, KT_PLANNING_COMMENTS=comments)
    done = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "qgis_desktop.py"),
                           "--mode", "planning", "--zip", ZIP, "--working-copy", str(working_copy),
                           "--out", OUT, "--locale", "de", "--timeout", "300"],
                          capture_output=True, text=True, env=env)
    path = os.path.join(OUT, "planning-result.json")
    assert os.path.exists(path), f"no report from QGIS:\n{done.stdout}\n{done.stderr}"
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    report["exit_code"] = done.returncode
    return report


def test_import_and_status_overlay(desktop):
    checks = desktop["checks"]
    assert any(t.startswith("Quartier am Bach · Planung · 3 Beiträge")
               for t in checks["planning_projects"]), checks["planning_projects"]
    assert checks["planning_status_pixels"] > 500  # footprints drawn in the "Planung" colour
    assert checks["planning_labels_enabled"] is True
    assert checks["planning_renderer3d"] == "QgsRuleBased3DRenderer"
    assert checks["planning_pipes3d"] > 0  # pipes near the project as 3D lines at depth


def test_conflict_list_and_markers(desktop):
    checks = desktop["checks"]
    assert checks["planning_conflict_rows"] >= 2
    first = checks["planning_first_conflict"]
    assert first[4] == "hoch" and first[1].startswith("Haltung ") and first[2] == "0,00"
    assert checks["planning_conflict_marker_pixels"] > 20


def test_report_first_page(desktop):
    pdf = desktop["checks"]["planning_report_path"]
    assert desktop["checks"]["planning_report_pages"] >= 4
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+[4-9]", info, re.MULTILINE)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True,
                          text=True).stdout
    assert "Prüfbericht Bauvorhaben: Quartier am Bach" in text and "Bürgerbeiträge: 3" in text
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "70", "-png", "-singlefile", pdf,
                    os.path.join(OUT, "planning-03-report-page1")], check=True)
    assert os.path.getsize(os.path.join(OUT, "planning-03-report-page1.png")) > 20_000


def _status_pixels(path):
    """Pixels of the "Planung" yellow/orange (lit roofs, shaded walls) and of pipe blue."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(path)
    yellow = blue = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.hsvSaturationF() < 0.5 or colour.valueF() < 0.3:
                continue
            yellow += 25 <= colour.hsvHue() <= 70
            blue += 200 <= colour.hsvHue() <= 235
    return yellow, blue


def test_true_3d_report_page(desktop):
    # The report's 3D page: rendered by QGIS's own 3D engine (OpenGL via Mesa on the
    # desktop's Xvfb screen, in its own process), not the 2.5D stand-in.
    assert desktop["checks"]["planning_report_view_3d"] == ["3d", None]
    pdf = desktop["checks"]["planning_report_path"]
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", pdf, "-"], capture_output=True,
                          text=True).stdout
    assert "3D-Ansicht" in text and "3D-Engine von QGIS" in text and "2,5D" not in text
    subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-r", "70", "-png", "-singlefile", pdf,
                    os.path.join(OUT, "planning-04-3d-report-page")], check=True)
    subprocess.run(["pdfimages", "-f", "2", "-l", "2", "-png", pdf,
                    os.path.join(OUT, "planning-05-3d")], check=True)
    pictures = sorted(f for f in os.listdir(OUT) if f.startswith("planning-05-3d"))
    assert pictures, "no picture on the 3D page"
    snapshot = os.path.join(OUT, "planning-05-3d-snapshot.png")
    os.replace(os.path.join(OUT, pictures[0]), snapshot)
    yellow, blue = _status_pixels(snapshot)
    assert yellow > 1000 and blue > 50, (yellow, blue)  # six buildings, pipes beneath


def test_screenshots_and_no_errors(desktop):
    assert desktop["errors"] == [], desktop["errors"]
    shots = {os.path.basename(s) for s in desktop["screenshots"]}
    assert {"planning-01-overlay.png", "planning-02-conflicts.png"} <= shots
    for shot in desktop["screenshots"]:
        assert os.path.getsize(shot) > 50_000
