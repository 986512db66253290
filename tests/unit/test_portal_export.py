"""The citizens' portal export (io/portal): 3D Tiles 1.1 placed in ECEF, glb content with
public metadata only, the page's data, and the writers' parts (triangulation, geodesy,
site plan, links). The browser test and Khronos's glTF-Validator are in tests/e2e."""

import json
import math
import os
import random
import zlib

import numpy as np
import pytest
from osgeo import osr

from kempten_twin_plugin.errors import Cancelled
from kempten_twin_plugin.io.portal import basemap, geodesy, mesh, public
from kempten_twin_plugin.io.portal.export import PortalOptions, export_portal
from kempten_twin_plugin.io.portal.page import PortalError
from kempten_twin_plugin.store import portal as portal_store
from kempten_twin_plugin.store import working_copy
from tests.helpers.portal_helpers import (
    COURTYARD,
    E0,
    L_SHAPE,
    N0,
    SECRETS,
    ecef_to_utm,
    egm96_undulation,
    glb_ecef,
    portal_working_copy,
    property_table,
    read_glb,
    stub_vendor,
    tileset_validator,
)

LINKS = "https://beteiligung.example.de/vorhaben/{project}#gebaeude-{building}"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("portal")
    wc = str(folder / "wc.gpkg")
    ids = portal_working_copy(wc)
    out = str(folder / "portal")
    summary = export_portal(wc, out, options=PortalOptions(link_pattern=LINKS),
                            vendor=stub_vendor(str(folder / "vendor")))
    with open(os.path.join(out, "data", "tileset.json"), encoding="utf-8") as f:
        tileset = json.load(f)
    with open(os.path.join(out, "data", "portal.json"), encoding="utf-8") as f:
        portal = json.load(f)
    return {"wc": wc, "ids": ids, "out": out, "summary": summary, "tileset": tileset,
            "portal": portal}


# --- triangulation --------------------------------------------------------------------

def _star(rng, cx, cy, r0, r1, n):
    """A star-shaped ring: n corners at evenly spaced (jittered) angles, radii r0..r1."""
    angles = [(k + rng.uniform(-0.3, 0.3)) * 2 * math.pi / n for k in range(n)]
    return [(cx + r * math.cos(a), cy + r * math.sin(a))
            for a, r in ((a, rng.uniform(r0, r1)) for a in angles)]


def test_triangles_cover_every_footprint_exactly_holes_left_out():
    rng = random.Random(5)
    for case in range(150):
        holes = []
        outer = _star(rng, 0, 0, 30, 60, rng.randint(3 if case % 4 == 0 else 8, 24))
        for k in range(case % 4):  # up to three courtyards, well inside the outer ring
            angle = 2 * math.pi * k / 3
            holes.append(_star(rng, 8 * math.cos(angle), 8 * math.sin(angle), 1.5, 4,
                               rng.randint(3, 7)))
        rings = mesh.oriented_rings([outer] + holes)
        points, triangles = mesh.triangulate(rings)
        area = sum(mesh.signed_area([points[i] for i in t]) for t in triangles)
        expected = abs(mesh.signed_area(outer)) - sum(abs(mesh.signed_area(h)) for h in holes)
        assert area == pytest.approx(expected, rel=1e-9)
        assert all(mesh.signed_area([points[i] for i in t]) > 0 for t in triangles)


def test_rings_are_cleaned_and_degenerate_ones_refused():
    square = [(0, 0), (5, 0), (10, 0), (10, 10), (10, 10), (0, 10), (0, 0)]
    (ring,) = mesh.oriented_rings([square])
    assert len(ring) == 4 and mesh.signed_area(ring) == pytest.approx(100)
    assert mesh.oriented_rings([[(0, 0), (1, 1), (2, 2)]]) == []
    bowtie = [(0, 0), (10, 10), (10, 0), (0, 10)]  # no area: nothing to build
    assert mesh.oriented_rings([bowtie]) == []
    good = mesh.Prism([[(0, 0), (10, 0), (10, 10)]], 0.0, 3.0, (200, 0, 0))
    bad = mesh.Prism([bowtie], 0.0, 3.0, (200, 0, 0))
    built = mesh.prism_mesh([bad, good], lambda x, y, h: np.column_stack([x, y, h]))
    assert built.skipped == [0] and set(built.feature_ids.tolist()) == {1.0}
    with pytest.raises(mesh.FootprintError):
        mesh.prism_mesh([bad], lambda x, y, h: np.column_stack([x, y, h]))


# --- geodesy -----------------------------------------------------------------------------

def _srs(code):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(code)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_ecef_formula_agrees_with_proj():
    rng = np.random.default_rng(1)
    lon, lat, h = rng.uniform(5, 15, 50), rng.uniform(47, 55, 50), rng.uniform(-50, 3000, 50)
    proj = np.asarray(osr.CoordinateTransformation(_srs(4937), _srs(4936)).TransformPoints(
        np.column_stack([lon, lat, h])))
    assert np.abs(geodesy.geodetic_to_ecef(lon, lat, h) - proj).max() < 1e-6


def test_local_frame_is_projs_topocentric_frame():
    """The writer's east/north/up agree with PROJ's +proj=topocentric to 1 mm at 500 m."""
    heights = geodesy.HeightModel("constant", "test", 47.0, _constant=47.0)
    frame = geodesy.LocalFrame(E0, N0, 680.0, heights)
    rng = np.random.default_rng(2)
    x, y = E0 + rng.uniform(-500, 500, 40), N0 + rng.uniform(-500, 500, 40)
    nhn = rng.uniform(670, 720, 40)
    options = osr.CoordinateTransformationOptions()
    x0, y0, z0 = frame.origin
    options.SetOperation("+proj=pipeline +step +inv +proj=utm +zone=32 +ellps=GRS80 "
                         "+step +proj=cart +ellps=GRS80 "
                         f"+step +proj=topocentric +ellps=GRS80 +X_0={x0!r} +Y_0={y0!r} +Z_0={z0!r}")
    topocentric = osr.CoordinateTransformation(_srs(25832), _srs(25832), options)
    expected = np.asarray(topocentric.TransformPoints(np.column_stack([x, y, nhn + 47.0])))
    assert np.abs(frame.to_local(x, y, nhn) - expected).max() < 0.001
    # UTM is not east/north: 0.97° grid convergence at Kempten shows 100 m out
    assert abs(frame.to_local([E0], [N0 + 100], [680.0])[0][0]) > 1.5


def test_height_model_says_which_conversion_it_used(tmp_path):
    lon, lat = 10.307, 47.729
    model = geodesy.height_model(lon, lat)
    assert model.method in (geodesy.GCG2016, geodesy.EGM96, geodesy.DEFAULT)
    if model.method != geodesy.GCG2016:
        assert "GCG2016" in model.description  # and why it was not used
    assert 44 < model.anomaly_at_origin_m < 50
    constant = geodesy.height_model(lon, lat, height_anomaly_m=47.5)
    if model.method != geodesy.GCG2016:
        assert constant.method == geodesy.CONSTANT and constant.anomaly_at_origin_m == 47.5
        assert constant.ellipsoidal([lon], [lat], [600.0])[0] == 647.5
    missing = geodesy.height_model(lon, lat, geoid_grid=str(tmp_path / "gcg2016.tif"))
    assert missing.method != geodesy.GRID
    proj_dirs = [d for d in osr.GetPROJSearchPaths() if os.path.exists(os.path.join(d, "egm96_15.gtx"))]
    if proj_dirs and model.method != geodesy.GCG2016:  # a grid file given by path (stand-in)
        grid = geodesy.height_model(lon, lat, geoid_grid=os.path.join(proj_dirs[0], "egm96_15.gtx"))
        assert grid.method == geodesy.GRID
        assert grid.anomaly_at_origin_m == pytest.approx(46.85, abs=0.2)


# --- the export -----------------------------------------------------------------------

def test_export_writes_tiles_page_and_report(exported):
    s, out = exported["summary"], exported["out"]
    assert (s["projects"], s["buildings"]) == (2, 4)  # the secret project stays home
    assert s["context_buildings"] == 40
    assert s["tiles"] == os.path.join(out, "data", "tileset.json")
    assert s["page"] == os.path.join(out, "index.html")
    for name in ("index.html", "app.js", "style.css", "vendor/portal-lib.min.js",
                 "vendor/LICENSES.txt", "data/portal.json", "data/projekt-1.glb",
                 "data/karte-1.png", "data/projekt-2.glb", "data/umgebung-2.glb",
                 "data/karte-2.png"):
        assert os.path.isfile(os.path.join(out, name)), name
    assert s["height"]["method"] in s["report"] and "DHHN2016" in s["report"]
    assert "1 buildings without a base level" in " ".join(s["warnings"])


def test_tileset_is_3d_tiles_1_1_by_its_json_schema(exported):
    tileset = exported["tileset"]
    errors = sorted(tileset_validator().iter_errors(tileset), key=str)
    assert not errors, [e.message for e in errors]
    assert tileset["asset"]["version"] == "1.1"
    assert tileset["asset"]["extras"]["heightReference"]["method"] == \
        exported["summary"]["height"]["method"]
    broken = json.loads(json.dumps(tileset))
    del broken["root"]["geometricError"]
    broken["root"]["children"][0]["boundingVolume"] = {"box": [0, 0, 0]}
    assert len(list(tileset_validator().iter_errors(broken))) >= 2  # the schema does check


def _corners_back(exported, content, height):
    """Each footprint vertex of the glb's features back in EPSG:25832 + NHN."""
    tileset = exported["tileset"]
    gltf, accessor, view = read_glb(os.path.join(exported["out"], "data", content))
    ecef, features = glb_ecef(tileset, gltf, accessor)
    x, y, h, lon, lat = ecef_to_utm(ecef)
    method = tileset["asset"]["extras"]["heightReference"]
    if method["method"] == geodesy.EGM96:  # inverted by PROJ, independent of the writer
        nhn = h - egm96_undulation(lon, lat)
    else:
        nhn = h - height(lon, lat)
    return x, y, nhn, features, property_table(gltf, view)


def test_a_corner_read_back_from_the_glb_lies_where_the_working_copy_has_it(exported):
    """Every corner of the L and the courtyard house (base and roof), read from the glb as
    a viewer places it and taken back to EPSG:25832 + NHN: within 0.5 m (in fact mm)."""
    summary = exported["summary"]

    def model(lon, lat):
        m = geodesy.height_model(float(lon[0]), float(lat[0]))
        return m.ellipsoidal(lon, lat, np.zeros(len(lon)))

    x, y, nhn, features, table = _corners_back(exported, _content(exported), model)
    ids = exported["ids"]
    worst_h = worst_v = 0.0
    for label, rings, base, height in (("Wohnen mit Kita", L_SHAPE, 679.6, 16.0),
                                       ("Hofhaus", COURTYARD, 680.1, 19.5)):
        feature = table["id"].index(ids[label])
        mine = features == feature
        for ring in rings:
            for cx, cy in ring:
                for level in (base - 1.0, base + height):  # the 1 m skirt below the base
                    d_h = np.hypot(x[mine] - (E0 + cx), y[mine] - (N0 + cy))
                    d_v = np.abs(nhn[mine] - level)
                    k = int(np.argmin(d_h + d_v))
                    worst_h, worst_v = max(worst_h, d_h[k]), max(worst_v, d_v[k])
    assert worst_h < 0.5 and worst_v < 0.5, (worst_h, worst_v, summary["height"])
    assert worst_h < 0.005 and worst_v < 0.01  # what the exact conversion gives


def test_features_carry_the_public_fields_and_comment_counts(exported):
    gltf, _accessor, view = read_glb(os.path.join(exported["out"], "data", _content(exported)))
    table = property_table(gltf, view)
    ids = exported["ids"]
    assert set(table) <= set(public.BUILDING_FIELDS)
    row = table["id"].index(ids["Hofhaus"])
    assert table["name"][row] == "Gebäude 2" and table["status"][row] == "Planung"
    assert table["storeys"][row] == 6 and table["height_m"][row] == pytest.approx(19.5)
    assert table["comments"][row] == 1  # the comment that names the house
    assert table["participation_url"][row] == (
        f"https://beteiligung.example.de/vorhaben/{exported['wc'] and _project(exported)}"
        f"#gebaeude-{ids['Hofhaus']}")
    box = table["id"].index(ids["Quartierstreff"])
    assert table["height_m"][box] == pytest.approx(6.0)  # 2 storeys × 3 m
    assert table["base_level_m"][box] == pytest.approx(679.8, abs=0.3)  # from the manholes
    ext = gltf["meshes"][0]["primitives"][0]["extensions"]["EXT_mesh_features"]
    assert ext["featureIds"][0]["featureCount"] == 3
    context, _a, context_view = read_glb(os.path.join(exported["out"], "data",
                                                      _content(exported, 1)))
    assert set(property_table(context, context_view)) == {"height_m", "storeys"}


def _project(exported):
    return exported["ids"]["Wohnen am Illerufer"]


def _content(exported, which=0):
    """The planned (0) or context (1) glb of "Wohnen am Illerufer"."""
    (project,) = [p for p in exported["portal"]["projects"] if p["id"] == _project(exported)]
    return project["contents"][which]


def test_status_colour_reaches_the_vertices_linear(exported):
    gltf, accessor, _view = read_glb(os.path.join(exported["out"], "data", _content(exported)))
    colours = accessor(gltf["meshes"][0]["primitives"][0]["attributes"]["COLOR_0"])
    planung = mesh.srgb_to_linear_u8((0xF2, 0xC1, 0x4E))
    assert (colours[:, :3] == planung).all(axis=1).all()
    assert exported["portal"]["projects"][1]["colour"] == "#f2c14e"


def test_portal_json_holds_the_page_data(exported):
    portal = exported["portal"]
    names = [p["name"] for p in portal["projects"]]
    assert names == ["Schule Ost", "Wohnen am Illerufer"]
    illerufer = portal["projects"][1]
    assert illerufer["comments"] == 3 and illerufer["buildings"] == 3
    assert illerufer["description"].startswith("Neues Wohnquartier")
    assert set(illerufer["cameras"]) == {"ueberblick", "strassenblick"}
    assert illerufer["cameras"]["strassenblick"]["label"] == "Straßenblick"
    assert illerufer["contents"] == ["projekt-2.glb", "umgebung-2.glb"]
    ground = illerufer["ground"]
    assert len(ground["positions"]) == 3 * ground["cols"] * ground["rows"]
    assert portal["heightReference"]["method"] == exported["summary"]["height"]["method"]
    assert {b["projectId"] for b in portal["buildings"]} == {p["id"] for p in portal["projects"]}


def test_street_view_stands_outside_every_building_at_eye_height(exported):
    for project in exported["portal"]["projects"]:
        eye = np.array(project["cameras"]["strassenblick"]["position"])
        buildings = [b for b in exported["portal"]["buildings"] if b["projectId"] == project["id"]]
        assert eye[1] < min(b["centre"][1] for b in buildings)  # below the buildings' middles


def test_only_public_data_in_every_exported_file(exported):
    """No network, no defect, no staff name, no file reference, no comment text, no
    context ids: none of the working copy's secret values in any byte of any file."""
    found = []
    for folder, _dirs, names in os.walk(exported["out"]):
        for name in names:
            path = os.path.join(folder, name)
            data = open(path, "rb").read()
            if name.endswith(".png"):
                data = zlib.decompress(data[data.index(b"IDAT") + 4:])  # the pixels, too
            for secret in SECRETS:
                if secret.encode("utf-8") in data:
                    found.append((os.path.relpath(path, exported["out"]), secret))
    assert not found
    # and the keys: only allow-listed fields (plus the page's own structure)
    portal = exported["portal"]
    structure = {"projectId", "content", "featureId", "centre"}
    for building in portal["buildings"]:
        assert set(building) <= set(public.BUILDING_FIELDS) | structure
    for project in portal["projects"]:
        assert set(project) <= set(public.PROJECT_FIELDS) | {"colour", "cameras", "ground",
                                                              "contents"}
    for tile in exported["tileset"]["root"]["children"]:
        assert set(tile["metadata"]["properties"]) <= set(public.PROJECT_FIELDS)


def test_a_named_project_is_exported_even_when_not_public(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    portal_working_copy(wc)
    summary = export_portal(wc, str(tmp_path / "out"), "Geheimprojekt Nord",
                            vendor=stub_vendor(str(tmp_path / "vendor")))
    assert (summary["projects"], summary["buildings"]) == (1, 1)
    with pytest.raises(PortalError):
        export_portal(wc, str(tmp_path / "out2"), "gibt es nicht",
                      vendor=stub_vendor(str(tmp_path / "vendor")))
    assert not os.path.exists(tmp_path / "out2")


def test_no_public_project_is_a_clear_refusal(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    portal_working_copy(wc)
    for project in portal_store.portal_projects(wc):
        portal_store.set_public(wc, project["uuid"], False)
    with pytest.raises(PortalError, match="public"):
        export_portal(wc, str(tmp_path / "out"), vendor=stub_vendor(str(tmp_path / "vendor")))


def test_cancel_leaves_the_folder_as_it_was_and_a_new_export_replaces_the_data(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    portal_working_copy(wc)
    out = tmp_path / "out"
    out.mkdir()
    (out / "eigene-datei.txt").write_text("bleibt")
    vendor = stub_vendor(str(tmp_path / "vendor"))
    calls = []

    def cancel_late():
        calls.append(1)
        return len(calls) > 6

    with pytest.raises(Cancelled):
        export_portal(wc, str(out), vendor=vendor, is_canceled=cancel_late)
    assert sorted(os.listdir(out)) == ["eigene-datei.txt"]
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".kt-portal-")]
    export_portal(wc, str(out), vendor=vendor)
    (out / "data" / "projekt-9.glb").write_bytes(b"old")
    export_portal(wc, str(out), "Schule Ost", vendor=vendor)
    assert sorted(os.listdir(out / "data")) == ["karte-1.png", "portal.json", "projekt-1.glb",
                                                "tileset.json"]  # no context near the school
    assert (out / "eigene-datei.txt").read_text() == "bleibt"


def test_the_page_loads_nothing_from_elsewhere():
    from kempten_twin_plugin import paths

    for name in ("index.html", "app.js", "style.css"):
        text = open(paths.resource("portal", name), encoding="utf-8").read()
        for url in ("http://", "https://", "//cdn", "@import"):
            hits = [line for line in text.splitlines() if url in line
                    and "https?:" not in line and "json-schema" not in line]
            assert not hits, (name, hits)
    html = open(paths.resource("portal", "index.html"), encoding="utf-8").read()
    assert "default-src 'self'" in html and 'lang="de"' in html


def test_missing_web_library_is_a_clear_message(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    portal_working_copy(wc)
    with pytest.raises(PortalError, match="make package"):
        export_portal(wc, str(tmp_path / "out"), vendor=str(tmp_path / "nothing"))
    assert not os.path.exists(tmp_path / "out")


# --- parts -------------------------------------------------------------------------------

def test_links_from_the_pattern():
    pattern = "https://beteiligung.example.de/v/{reference}#gebaeude-{building}"
    assert public.links(pattern, "u-1", "BP 12/3", "Am Bach", "b-9") == \
        "https://beteiligung.example.de/v/BP%2012%2F3#gebaeude-b-9"
    assert public.links(pattern, "u-1", "BP 12/3", "Am Bach") == \
        "https://beteiligung.example.de/v/BP%2012%2F3"
    assert public.links("https://x.example/p?id={project}&g={building}", "u-1") == \
        "https://x.example/p?id=u-1"
    assert public.links("", "u-1") is None
    assert public.links("javascript:alert({project})", "u-1") is None
    assert public.links("https://x.example/{unknown}", "u-1") is None
    assert public.only({"name": "a", "participation_url": "file:///etc/passwd", "owner": "x"},
                       public.BUILDING_FIELDS) == {"name": "a"}


def _png_size_and_pixels(data):
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    raw = zlib.decompress(data[data.index(b"IDAT") + 4:])
    rows = np.frombuffer(raw, np.uint8).reshape(height, width * 3 + 1)[:, 1:]
    return width, height, rows.reshape(height, width, 3)


def test_site_plan_fills_footprints_with_their_holes():
    outer = np.array([(0, 0), (40, 0), (40, 20), (0, 20)], float)
    hole = np.array([(10, 5), (10, 15), (30, 15), (30, 5)], float)
    png, covered = basemap.site_plan((-10, -10, 50, 30), [[outer, hole]], [])
    width, height, pixels = _png_size_and_pixels(png)
    size = (covered[2] - covered[0]) / width
    assert size == basemap.PIXEL_SIZE and covered[3] == 30
    filled = (pixels == basemap.CONTEXT_FILL).all(axis=2).sum() * size * size
    assert filled == pytest.approx(40 * 20 - 20 * 10, rel=0.02)


def test_context_buildings_of_a_working_copy_without_any_are_none(tmp_path):
    wc = str(tmp_path / "empty.gpkg")
    working_copy.write_working_copy(wc, {})
    assert portal_store.context_buildings_in(wc, (0, 0, 1e7, 1e7)) == []
    assert portal_store.comment_counts_by_building(wc) == {}
