"""Importing planned buildings: footprints (GeoJSON, Shapefile, GeoPackage, DXF), XPlanGML
5.2 and 6.0, LoD2 CityGML context buildings; bad files change nothing."""

import os
import sqlite3

import pytest
from osgeo import ogr, osr

from kempten_twin_plugin.io.planning import importer
from kempten_twin_plugin.io.planning.errors import PlanningImportError
from kempten_twin_plugin.io.planning.footprints import guess_mapping
from kempten_twin_plugin.store.working_copy import write_working_copy

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "planning")


def data(name):
    return os.path.join(DATA, name)


@pytest.fixture
def wc(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    write_working_copy(path, {})
    return path


def rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def state(path):
    tables = ("planned_project", "planned_building", "participation_comment", "kt_change")
    result = {t: rows(path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    names = {r[0] for r in rows(path, "SELECT name FROM sqlite_master")}
    result["context"] = (rows(path, "SELECT count(*) FROM context_building")[0][0]
                         if "context_building" in names else None)
    return result


def building_geoms(path):
    result = []
    for use, floors, height, wkt in rows(
            path, "SELECT use, floors, height_m, AsWKT(geom) FROM planned_building"):
        result.append((use, floors, height, wkt))
    return result


def envelopes(path, where=""):
    con = sqlite3.connect(path)
    con.enable_load_extension(False)
    out = []
    from kempten_twin_plugin.store import geometry as gpkg_geometry
    for use, blob in con.execute(f"SELECT use, geom FROM planned_building {where}"):
        out.append((use, gpkg_geometry.envelope(blob)))
    con.close()
    return out


def test_geojson_in_wgs84_is_reprojected_and_mapped(wc):
    summary = importer.import_planned(wc, data("footprints_4326.geojson"), "planner",
                                      mapping={"height": "Hoehe", "floors": "Geschosse",
                                               "use": "Nutzung", "name": "Bezeichnung"})
    assert summary["projects"] == 2 and summary["buildings"] == 4  # a MultiPolygon of 2 parts
    projects = dict(rows(wc, "SELECT name, status FROM planned_project"))
    assert projects == {"Wohnhof Lindenberg": "Planung", "Kita Am Bach": "Planung"}
    by_use = dict(envelopes(wc))
    minx, maxx, miny, maxy = by_use["Wohnen"]
    # The corners were computed from EPSG:25832 595000 5286000 … 595020 5286015.
    assert minx == pytest.approx(595000, abs=0.01) and maxx == pytest.approx(595020, abs=0.01)
    assert miny == pytest.approx(5286000, abs=0.01) and maxy == pytest.approx(5286015, abs=0.01)
    heights = {u: (f, h) for u, f, h in rows(wc, "SELECT use, floors, height_m FROM planned_building")}
    assert heights["Wohnen"] == (4, 12.5)  # "12,5" with a German decimal comma
    assert heights["Garage"] == (2, None)  # "unbekannt" is left empty, with a warning
    assert any("unbekannt" in w for w in summary["warnings"])
    # Every new row is logged for the next push.
    assert rows(wc, "SELECT count(*) FROM kt_change WHERE op = 'I'")[0][0] == 6


def test_mapping_is_guessed_from_german_names():
    assert guess_mapping(["Bezeichnung", "Hoehe", "Geschosse", "Nutzung", "x"]) == {
        "height": "Hoehe", "floors": "Geschosse", "use": "Nutzung", "name": "Bezeichnung"}


def test_mapping_to_a_missing_attribute_is_refused(wc):
    before = state(wc)
    with pytest.raises(PlanningImportError, match="no attribute Traufhoehe"):
        importer.import_planned(wc, data("footprints_4326.geojson"), "planner",
                                mapping={"height": "Traufhoehe"})
    assert state(wc) == before


def _shapefile_gk4(folder):
    """A Shapefile in Gauss-Krüger zone 4 (EPSG:31468) with a .prj, as old CAD exports are."""
    path = str(folder / "baukoerper_gk4.shp")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31468)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = ds.CreateLayer("baukoerper_gk4", srs, ogr.wkbPolygon)
    for name, kind in (("NAME", ogr.OFTString), ("HOEHE_M", ogr.OFTReal),
                       ("GESCH", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("NAME", "Illerufer")
    feature.SetField("HOEHE_M", 15.5)
    feature.SetField("GESCH", 5)
    # EPSG:25832 595100 5286100 … 595140 5286130 in GK zone 4:
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((4370167.998 5288446.211,4370207.988 5288444.661,4370209.151 5288474.654,"
        "4370169.160 5288476.204,4370167.998 5288446.211))"))
    layer.CreateFeature(feature)
    ds = None
    return path


def test_shapefile_in_gauss_krueger_zone_4(wc, tmp_path):
    path = _shapefile_gk4(tmp_path)
    summary = importer.import_planned(wc, path, "planner",
                                      mapping={"height": "HOEHE_M", "floors": "GESCH",
                                               "name": "NAME", "use": None})
    assert summary["buildings"] == 1
    (_use, (minx, maxx, miny, maxy)), = envelopes(wc)
    # DHDN → ETRS89 by PROJ's best available transformation: within a few metres.
    assert minx == pytest.approx(595100, abs=3) and maxx == pytest.approx(595140, abs=3)
    assert miny == pytest.approx(5286100, abs=3) and maxy == pytest.approx(5286130, abs=3)
    assert rows(wc, "SELECT floors, height_m FROM planned_building") == [(5, 15.5)]
    assert rows(wc, "SELECT name FROM planned_project") == [("Illerufer",)]


def test_geopackage_and_project_name_given(wc, tmp_path):
    path = str(tmp_path / "entwurf.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("gebaeude", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("height", ogr.OFTReal))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("height", 9.0)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((595000 5286000,595010 5286000,595010 5286010,595000 5286010,595000 5286000))"))
    layer.CreateFeature(feature)
    ds = None
    summary = importer.import_planned(wc, path, "planner", project_name="Neubau Feuerwache",
                                      status="Idee")
    assert summary["buildings"] == 1
    assert rows(wc, "SELECT name, status FROM planned_project") == [("Neubau Feuerwache", "Idee")]
    assert rows(wc, "SELECT height_m FROM planned_building") == [(9.0,)]


def test_dxf_closed_polylines_without_crs(wc):
    summary = importer.import_planned(wc, data("footprints.dxf"), "planner")
    assert summary["buildings"] == 2  # the open dimension line is not a footprint
    assert any("25832" in w for w in summary["warnings"])  # CRS assumed, and said so
    areas = sorted(round((e[1] - e[0]) * (e[3] - e[2])) for _u, e in envelopes(wc))
    assert areas == [100, 300]


def test_xplangml_5_2(wc):
    summary = importer.import_planned(wc, data("bplan_5_2.gml"), "planner")
    assert summary["kind"] == "XPlanGML 5.2" and summary["buildings"] == 2
    assert rows(wc, "SELECT name, reference, source FROM planned_project") == [
        ('Bebauungsplan Nr. 52 "Am Mühlbach"', "52", "XPlanGML 5.2")]
    got = {u.split(",")[0]: (f, h, u) for u, f, h in
           rows(wc, "SELECT use, floors, height_m FROM planned_building")}
    floors, height, use = got["Baugebietsteilfläche"]
    assert (floors, height) == (3, 12.0)
    assert "WA" in use and "GRZ=0.4" in use and "GFZ=1.2" in use and "FH≤12 m" in use
    floors, height, use = got["Überbaubare Fläche"]
    assert floors == 4
    assert height == 13.5  # h over the pavement (relativGehwegOberkante) is a height over ground
    assert "TH≤13.5 m (relativGehwegOberkante)" in use
    # The hole in the buildable area survives.
    (wkt,) = [w for (w,) in rows(wc, "SELECT hex(geom) FROM planned_building")][:1]
    assert wkt


def test_xplangml_6_0_in_gauss_krueger(wc):
    summary = importer.import_planned(wc, data("bplan_6_0_gk4.gml"), "planner")
    assert summary["kind"] == "XPlanGML 6.0" and summary["buildings"] == 1
    assert rows(wc, "SELECT floors, height_m FROM planned_building") == [(5, 16.0)]
    (_use, (minx, maxx, miny, maxy)), = envelopes(wc)
    assert minx == pytest.approx(595100, abs=3) and maxy == pytest.approx(5286130, abs=3)
    (use,), = rows(wc, "SELECT use FROM planned_building")
    assert "MI" in use and "GRZ=0.6" in use and "GFZ=1.6" in use


@pytest.mark.parametrize("name, message", [
    ("bplan_4_1.gml", "XPlanGML 4.1 is not supported"),
    ("bplan_no_polygons.gml", "holds no BP_BaugebietsTeilFlaeche"),
    ("bplan_truncated.gml", "not well-formed XML"),
    ("bplan_xxe.gml", "DOCTYPE"),
    ("bplan_laughs.gml", "DOCTYPE"),
    ("broken.geojson", "not a vector file"),
    ("lines_only.geojson", "holds no polygons"),
])
def test_bad_files_give_a_message_and_change_nothing(wc, name, message):
    importer.import_planned(wc, data("bplan_5_2.gml"), "planner")  # something to keep
    before = state(wc)
    with pytest.raises(PlanningImportError, match=message) as raised:
        importer.import_planned(wc, data(name), "planner")
    assert "root:" not in str(raised.value)  # /etc/passwd never leaks into a message
    assert state(wc) == before


def test_unknown_xml_namespace(wc, tmp_path):
    path = tmp_path / "other.gml"
    path.write_text('<?xml version="1.0"?><a xmlns="urn:example:other"><b/></a>')
    with pytest.raises(PlanningImportError, match="unknown namespace"):
        importer.import_planned(wc, str(path), "planner")


def test_importer_makes_a_missing_working_copy(tmp_path):
    target = str(tmp_path / "new.gpkg")
    importer.import_planned(target, data("bplan_5_2.gml"), "planner")
    assert rows(target, "SELECT count(*) FROM planned_building") == [(2,)]


def test_citygml_lod2_tile_gives_context_buildings(wc):
    summary = importer.import_planned(wc, data("lod2_tile.gml"), "planner")
    assert summary["context_buildings"] == 3 and summary["buildings"] == 0
    got = {r[0]: r[1:] for r in rows(
        wc, "SELECT gml_id, height_m, storeys, ground_level FROM context_building")}
    assert got["DEBY_LOD2_T1"] == (9.5, 2, 690.0)
    assert got["DEBY_LOD2_T2"] == (11.0, None, 690.0)  # from the z span: no measuredHeight
    assert got["DEBY_LOD2_T3"] == (12.0, 3, 690.0)
    ds = ogr.Open(wc)
    layer = ds.GetLayerByName("context_building")
    areas = {f.GetField("gml_id"): round(f.GetGeometryRef().GetArea()) for f in layer}
    assert areas == {"DEBY_LOD2_T1": 200, "DEBY_LOD2_T2": 144, "DEBY_LOD2_T3": 120}
    # Reference data: never logged for sync.
    assert rows(wc, "SELECT count(*) FROM kt_change")[0][0] == 0
    # A second import of the same tile replaces, not duplicates.
    importer.import_planned(wc, data("lod2_tile.gml"), "planner")
    assert rows(wc, "SELECT count(*) FROM context_building") == [(3,)]


def test_citygml_hostile_and_empty_tiles(wc, tmp_path):
    hostile = tmp_path / "tile_xxe.gml"
    hostile.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
                       '<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0">&e;'
                       '</core:CityModel>')
    with pytest.raises(PlanningImportError, match="DOCTYPE"):
        importer.import_planned(wc, str(hostile), "planner")
    empty = tmp_path / "tile_empty.gml"
    empty.write_text('<?xml version="1.0"?><core:CityModel '
                     'xmlns:core="http://www.opengis.net/citygml/2.0"/>')
    with pytest.raises(PlanningImportError, match="no CityGML buildings"):
        importer.import_planned(wc, str(empty), "planner")
    truncated = tmp_path / "tile_cut.gml"
    text = open(data("lod2_tile.gml"), encoding="utf-8").read()
    truncated.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    with pytest.raises(PlanningImportError, match="not well-formed"):
        importer.import_planned(wc, str(truncated), "planner")
    names = {r[0] for r in rows(wc, "SELECT name FROM sqlite_master")}
    assert "context_building" not in names or rows(wc, "SELECT count(*) FROM context_building") == [(0,)]


def test_citygml_streams_a_large_tile(wc, tmp_path):
    """2 000 buildings made from the hand-made tile's first house: all read, one at a time."""
    import re

    text = open(data("lod2_tile.gml"), encoding="utf-8").read()
    start = text.index("<core:cityObjectMember>")
    first = text[start:text.index("</core:cityObjectMember>") + len("</core:cityObjectMember>")]
    members = []
    for i in range(2000):
        members.append(re.sub(r"DEBY_LOD2_T1", f"DEBY_LOD2_B{i}", first))
    big = tmp_path / "big.gml"
    big.write_text(text[:start] + "\n".join(members) + "</core:CityModel>\n", encoding="utf-8")
    from kempten_twin_plugin.io.planning.citygml import read_buildings

    reader = read_buildings(str(big))
    first_building = next(reader)  # a generator: the first building before the file is read
    assert first_building["gml_id"] == "DEBY_LOD2_B0"
    assert 1 + sum(1 for _ in reader) == 2000
