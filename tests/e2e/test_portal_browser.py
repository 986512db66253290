"""The citizens' portal end to end: ``export_citizen_portal`` of the packaged plugin under
qgis_process, every glb through Khronos's glTF-Validator (npm), tileset.json against the
3D Tiles 1.1 JSON schema, and the page in a real headless browser (Debian's Chromium,
SwiftShader) from a loopback static server: it renders, the buildings show their status
colours in the screenshots, a click on a building shows its public data, the street view
works, and nothing is fetched from anywhere else. Screenshots in build/screenshots/portal/.
"""

import colorsys
import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
import zipfile

import numpy as np
import pytest

from tests.helpers.portal_helpers import SECRETS, portal_working_copy, tileset_validator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")
SHOTS = os.path.join(ROOT, "build", "screenshots", "portal")
NODE_MODULES = os.path.join(ROOT, "build", "portal-web", "node_modules")
HERE = os.path.dirname(os.path.abspath(__file__))
LINKS = "https://beteiligung.example.de/vorhaben/{project}#gebaeude-{building}"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The portal of both public projects, written by the packaged plugin under qgis_process."""
    assert os.path.exists(ZIP), "run `make package` first"
    assert os.path.isdir(NODE_MODULES), "run `make deps` first (npm packages of the portal)"
    folder = tmp_path_factory.mktemp("portal-e2e")
    plugins = folder / "plugins"
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               HOME=str(folder / "home"))
    done = subprocess.run(["qgis_process.bin", "plugins", "enable", "kempten_twin_plugin"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    wc = str(folder / "wc.gpkg")
    ids = portal_working_copy(wc)
    out = folder / "portal"
    done = subprocess.run(["qgis_process.bin", "--json", "run", "kempten_twin:export_citizen_portal",
                           "--", f"WORKING_COPY={wc}", f"OUTPUT={out}", f"LINK_PATTERN={LINKS}",
                           f"REPORT={folder / 'bericht.txt'}"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr + done.stdout
    results = json.loads(done.stdout)["results"]
    return {"ids": ids, "out": str(out), "results": results,
            "report": (folder / "bericht.txt").read_text(encoding="utf-8")}


def test_qgis_process_writes_tiles_and_page(exported):
    r = exported["results"]
    assert (r["PROJECTS"], r["BUILDINGS"], r["CONTEXT_BUILDINGS"]) == (2, 4, 40)
    assert os.path.isfile(r["TILES"]) and os.path.isfile(r["PAGE"])
    assert r["HEIGHT_REFERENCE"] in exported["report"]
    vendor = os.path.join(exported["out"], "vendor")
    assert os.path.getsize(os.path.join(vendor, "portal-lib.min.js")) > 300_000  # the real one
    licences = open(os.path.join(vendor, "LICENSES.txt"), encoding="utf-8").read()
    assert "three 0.187.0 — MIT" in licences and "3d-tiles-renderer 0.5.3 — Apache-2.0" in licences


def test_every_glb_passes_khronos_gltf_validator(exported):
    data = os.path.join(exported["out"], "data")
    files = sorted(os.path.join(data, n) for n in os.listdir(data) if n.endswith(".glb"))
    assert len(files) == 3
    done = subprocess.run(["node", os.path.join(HERE, "validate_gltf.mjs"), *files],
                          capture_output=True, text=True, timeout=120)
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(reports) == 3, done.stderr
    for report in reports:
        assert report["errors"] == 0 and report["warnings"] == 0, report
        # infos only: the validator does not know the two EXT_ extensions of 3D Tiles 1.1
        assert all(m.startswith("INFO") for m in report["messages"]), report["messages"]


def test_tileset_validates_against_the_3d_tiles_1_1_schema(exported):
    with open(exported["results"]["TILES"], encoding="utf-8") as f:
        tileset = json.load(f)
    assert [e.message for e in tileset_validator().iter_errors(tileset)] == []


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser(exported):
    """The page served on 127.0.0.1 and driven in Chromium (tests/e2e/portal_page.mjs)."""
    handler = functools.partial(_Quiet, directory=exported["out"])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    if os.path.isdir(SHOTS):
        shutil.rmtree(SHOTS)
    ids = exported["ids"]
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        done = subprocess.run(["node", os.path.join(HERE, "portal_page.mjs"), url, SHOTS,
                               ids["Wohnen am Illerufer"], ids["Hofhaus"]],
                              capture_output=True, text=True, timeout=600)
    finally:
        server.shutdown()
        server.server_close()
    with open(os.path.join(SHOTS, "result.json"), encoding="utf-8") as f:
        result = json.load(f)
    assert done.returncode == 0 and "failure" not in result, result.get("failure", done.stderr)
    return result


def test_the_page_renders_in_chromium_and_fetches_nothing_from_elsewhere(browser, exported):
    assert browser["external"] == []
    assert "SwiftShader" in (browser["webgl"] or "")
    problems = [c for c in browser["console"] if c.startswith(("error", "pageerror"))]
    assert problems == [] and browser["errors"] == []
    checks = browser["checks"]
    assert checks["firstProject"] == exported["ids"]["Schule Ost"] and checks["firstStatus"] == "Bau"
    assert checks["projectName"] == "Wohnen am Illerufer" and checks["status"] == "Planung"
    assert checks["title"] == "Wohnen am Illerufer – Bauvorhaben in 3D"
    assert checks["description"].startswith("Neues Wohnquartier")
    assert checks["projectLink"] == LINKS.split("#")[0].format(project=exported["ids"]["Wohnen am Illerufer"])
    assert checks["buildingButtons"] == 3
    for name in ("01-ueberblick.png", "02-vorhaben.png", "03-auswahl.png", "04-strassenblick.png"):
        assert os.path.getsize(os.path.join(SHOTS, name)) > 10_000, name


def test_a_click_on_a_building_shows_its_public_data(browser, exported):
    checks = browser["checks"]
    hofhaus = exported["ids"]["Hofhaus"]
    assert checks["clickSelected"] == hofhaus
    lines = checks["infoText"].splitlines()
    assert "Gebäude 2" in lines and "Wohnen am Illerufer" in lines and "Planung" in lines
    assert "19,5 m" in lines and "6" in lines and "1 Beitrag" in lines
    assert checks["infoLink"].endswith(f"#gebaeude-{hofhaus}")
    assert checks["view"] == "strassenblick"
    assert not [s for s in SECRETS if s in checks["infoText"]]


def _hue_pixels(path, colour, canvas):
    """Pixels of the 3D view whose hue is within 10° of ``colour`` (lit and shaded faces
    keep the hue), with clear saturation and value."""
    from PIL import Image

    image = np.asarray(Image.open(path).convert("RGB"), float) / 255.0
    x0, y0 = int(canvas["x"]) + 2, int(canvas["y"]) + 2
    view = image[y0:y0 + int(canvas["height"]) - 4, x0:x0 + int(canvas["width"]) - 4]
    h0, s0, _v0 = colorsys.rgb_to_hsv(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    mx, mn = view.max(axis=2), view.min(axis=2)
    delta = np.where(mx - mn > 0, mx - mn, 1)
    r, g, b = view[..., 0], view[..., 1], view[..., 2]
    hue = np.where(mx == r, ((g - b) / delta) % 6,
                   np.where(mx == g, (b - r) / delta + 2, (r - g) / delta + 4)) / 6
    saturation = np.where(mx > 0, (mx - mn) / np.where(mx > 0, mx, 1), 0)
    distance = np.minimum(np.abs(hue - h0), 1 - np.abs(hue - h0))
    return int(((distance < 10 / 360) & (saturation > 0.4) & (mx > 0.2)).sum())


def test_the_screenshots_show_the_buildings_in_their_status_colours(browser, exported):
    colours = json.load(open(os.path.join(exported["out"], "data", "portal.json"),
                             encoding="utf-8"))["statusColours"]
    canvas = browser["canvas"]
    seen = {}
    for shot, status, absent in (("01-ueberblick.png", "Bau", "Planung"),
                                 ("02-vorhaben.png", "Planung", "Bau"),
                                 ("04-strassenblick.png", "Planung", "Bau")):
        path = os.path.join(SHOTS, shot)
        seen[shot] = (_hue_pixels(path, colours[status], canvas),
                      _hue_pixels(path, colours[absent], canvas))
    with open(os.path.join(SHOTS, "colours.json"), "w", encoding="utf-8") as f:
        json.dump(seen, f, indent=1)
    for shot, (present, other) in seen.items():
        assert present > 1500, (shot, seen)  # the project's buildings fill part of the view
        assert other < present / 20, (shot, seen)  # the other project's colour is not here


def _expected_points(exported):
    """Points on the roofs of the planned buildings, from the working copy's footprints and
    heights to ECEF by GDAL/PROJ alone (not by the exporter's code): EPSG:25832 → ETRS89,
    NHN + the height anomaly of the conversion the export used → ellipsoidal, → ECEF."""
    from osgeo import osr

    from kempten_twin_plugin.io.portal import geodesy
    from tests.helpers.portal_helpers import E0, N0, egm96_undulation

    points = [("Hofhaus", E0 + 4.0, N0 + 0.0, 680.1 + 19.5),  # on the ring around the court
              ("Wohnen mit Kita", E0 - 44.0, N0 + 8.0, 679.6 + 16.0),
              ("Schule", E0 + 315.0, N0 + 5.0, 681.0 + 12.0)]

    def srs(code):
        s = osr.SpatialReference()
        s.ImportFromEPSG(code)
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return s

    with open(exported["results"]["TILES"], encoding="utf-8") as f:
        method = json.load(f)["asset"]["extras"]["heightReference"]
    geo = np.asarray(osr.CoordinateTransformation(srs(25832), srs(4258)).TransformPoints(
        np.array([(x, y) for _l, x, y, _h in points])))
    if method["method"] == geodesy.EGM96:
        anomaly = egm96_undulation(geo[:, 0], geo[:, 1])
    else:  # GCG2016 through PROJ, or a constant: the value the export reports
        anomaly = np.full(len(points), method["heightAnomalyAtOrigin_m"])
    h = np.array([p[3] for p in points]) + anomaly
    ecef = np.asarray(osr.CoordinateTransformation(srs(4937), srs(4936)).TransformPoints(
        np.column_stack([geo[:, 0], geo[:, 1], h])))
    return [{"label": label, "id": exported["ids"][label], "ecef": ecef[i].tolist(),
             "lon": geo[i, 0], "lat": geo[i, 1], "h": h[i]}
            for i, (label, _x, _y, _h) in enumerate(points)]


def test_cesiumjs_places_the_buildings_where_the_working_copy_has_them(exported, tmp_path):
    """The reference 3D Tiles viewer (CesiumJS 1.145, test-time only): at the screen spot
    of a roof point computed from the working copy by PROJ, Cesium picks that building
    (with its public properties) and its surface lies within 0.5 m of the point."""
    cesium = os.path.join(NODE_MODULES, "cesium", "Build", "Cesium")
    assert os.path.isdir(cesium), "run `make deps` first (npm package cesium)"
    site = tmp_path / "site"
    site.mkdir()
    os.symlink(cesium, site / "cesium")
    os.symlink(os.path.join(exported["out"], "data"), site / "data")
    shutil.copyfile(os.path.join(HERE, "cesium_check.html"), site / "index.html")
    expected = _expected_points(exported)
    (site / "expect.json").write_text(json.dumps(expected), encoding="utf-8")
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        done = subprocess.run(["node", os.path.join(HERE, "cesium_check.mjs"),
                               f"http://127.0.0.1:{server.server_address[1]}/index.html", SHOTS],
                              capture_output=True, text=True, timeout=600)
    finally:
        server.shutdown()
        server.server_close()
    with open(os.path.join(SHOTS, "cesium.json"), encoding="utf-8") as f:
        result = json.load(f)
    assert done.returncode == 0, result
    assert result["external"] == [] and result["asset"]["version"] == "1.1"
    assert result["projectMetadata"] in ("Schule Ost", "Wohnen am Illerufer")
    deviations = {}
    for e in expected:
        pick = result["picks"][e["label"]]
        assert pick["id"] == e["id"], (e["label"], pick)
        position = pick["position"]
        north = (position["lat"] - e["lat"]) * 111_200.0
        east = (position["lon"] - e["lon"]) * 111_200.0 * np.cos(np.radians(e["lat"]))
        deviations[e["label"]] = {"horizontal_m": round(float(np.hypot(north, east)), 3),
                                  "vertical_m": round(float(position["h"] - e["h"]), 3)}
    with open(os.path.join(SHOTS, "cesium-deviations.json"), "w", encoding="utf-8") as f:
        json.dump(deviations, f, indent=1)
    for label, d in deviations.items():
        assert d["horizontal_m"] < 0.5 and abs(d["vertical_m"]) < 0.5, (label, deviations)
    assert result["picks"]["Hofhaus"]["name"] == "Gebäude 2"
    assert result["picks"]["Hofhaus"]["status"] == "Planung"
