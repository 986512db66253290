"""Real CityGML and XPlanGML of several producers (tests/data/real, see its README) imported
and compared with a truth computed independently of the reader:

- CityGML: the footprint polygons are picked by XPath (GroundSurface rings, or the bottom
  face of a LoD1 solid), read with the dimension and the CRS the file says (written down
  here by hand), unioned with OGR and transformed to EPSG:25832 with PROJ (osr); heights
  are the files' own measuredHeight / con:height values.
- XPlanGML: GDAL's GML driver reads the same file (it reads XPlanGML well, arcs as curves),
  its geometries are linearised very finely (0.01°) and transformed with PROJ.

Every building or area: centroid within 0.5 m, area within 1 %, height within 0.05 m where
the file gives one.
"""

import os
import sqlite3

import numpy as np
import pytest
from lxml import etree
from osgeo import gdal, ogr, osr

from kempten_twin_plugin.io.planning import importer
from kempten_twin_plugin.store.working_copy import write_working_copy

REAL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "real")
GML_ID = ("{http://www.opengis.net/gml}id", "{http://www.opengis.net/gml/3.2}id")


def real(name):
    return os.path.join(REAL, name)


@pytest.fixture
def wc(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    write_working_copy(path, {})
    return path


def to_25832(epsg):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(epsg)
    target.ImportFromEPSG(25832)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


def by_local_name(node, name):
    return node.xpath(f".//*[local-name()='{name}']")


def ring_polygon(pos_list, dimension):
    values = [float(v) for v in pos_list.text.split()]
    points = np.array(values).reshape(-1, dimension)
    wkt = ",".join(f"{x!r} {y!r}" for x, y in points[:, :2])
    return ogr.CreateGeometryFromWkt(f"POLYGON(({wkt}))")


def citygml_truth(name, epsg, how):
    """{gml:id of the building: (footprint in EPSG:25832)} computed by hand (see module)."""
    tree = etree.parse(real(name))
    transform = to_25832(epsg)
    truth = {}
    for building in by_local_name(tree, "Building"):
        gid = next(building.get(k) for k in GML_ID if building.get(k))
        polygons = []
        if how == "ground":
            for surface in by_local_name(building, "GroundSurface"):
                polygons += [ring_polygon(p, 3) for p in by_local_name(surface, "posList")]
        else:  # "bottom": the LoD1 solid's faces whose z are all the lowest z
            rings = [np.array([float(v) for v in p.text.split()]).reshape(-1, 3)
                     for p in by_local_name(by_local_name(building, "lod1Solid")[0], "posList")]
            low = min(r[:, 2].min() for r in rings)
            for p, r in zip(by_local_name(building, "posList"), rings):
                if np.all(r[:, 2] == low):
                    polygons.append(ring_polygon(p, 3))
        union = polygons[0]
        for polygon in polygons[1:]:
            union = union.Union(polygon)
        union.Transform(transform)
        truth[gid] = union
    return truth


CITYGML = [  # file, CRS the file names (read by hand), how the footprint is found, heights
    ("tum-gis-citygml2-to-citygml3/Berlin_Moabit_1Bldg_v2.gml", 25833, "ground",
     {"BLDG_0003000b001e15b2": 4.08551}),
    ("tjaenichen-citygml2gameobject/3880_5819.gml", 25833, "ground", {}),
    ("opengeospatial-citygml3/Building_CityGML3.0_LOD2_with_several_attributes.gml", 31468,
     "ground", {"DEBY_LOD2_5744682": 8.55}),
    ("opengeospatial-citygml3/Building_LOD1-EPSG25832.gml", 25832, "bottom",
     {"GML_7b1a5a6f-ddad-4c3d-a507-3eb9ee0a8e68": 5.0}),
    ("opengeospatial-citygml3/Building_and_garage_LOD2-EPSG25832.gml", 25832, "ground",
     {"GML_7b1a5a6f-ddad-4c3d-a507-3eb9ee0a8e68": 6.0}),
]


@pytest.mark.parametrize("name, epsg, how, heights", CITYGML, ids=[c[0] for c in CITYGML])
def test_real_citygml_buildings_match_the_truth(wc, name, epsg, how, heights):
    summary = importer.import_planned(wc, real(name), "planner")
    truth = citygml_truth(name, epsg, how)
    assert summary["context_buildings"] == len(truth)
    ds = ogr.Open(wc)
    got = {f.GetField("gml_id"): (f.GetGeometryRef().Clone(), f.GetField("height_m"))
           for f in ds.GetLayerByName("context_building")}
    assert set(got) == set(truth)
    for gid, expected in truth.items():
        geometry, height = got[gid]
        assert geometry.Centroid().Distance(expected.Centroid()) < 0.5, gid
        assert geometry.GetArea() == pytest.approx(expected.GetArea(), rel=0.01), gid
        if gid in heights:
            assert height == pytest.approx(heights[gid], abs=0.05), gid
    assert f"EPSG:{epsg}" in summary["report"]  # the report says how the CRS was read


def test_citygml_storeys_parts_and_ground_level(wc):
    importer.import_planned(wc, real("opengeospatial-citygml3/Building_and_garage_LOD2-EPSG25832.gml"),
                            "planner")
    con = sqlite3.connect(wc)
    row = con.execute("SELECT storeys, ground_level, function FROM context_building").fetchone()
    con.close()
    assert row == (1, 112.0, "1000")


def xplan_truth(name, epsg):
    """{gml_id: [polygons in EPSG:25832]} of the buildable areas, read by GDAL's GML driver."""
    ds = gdal.OpenEx(real(name), gdal.OF_VECTOR, open_options=["WRITE_GFS=NO"])
    transform = to_25832(epsg)
    truth = {}
    for layer_name in ("BP_BaugebietsTeilFlaeche", "BP_UeberbaubareGrundstuecksFlaeche"):
        layer = ds.GetLayerByName(layer_name)
        if layer is None:
            continue
        for feature in layer:
            geometry = feature.GetGeometryRef().GetLinearGeometry(0.01)
            geometry.Transform(transform)
            truth[feature.GetField("gml_id")] = geometry
    return truth


XPLAN = [  # file, CRS of the area geometries (read by hand)
    ("rub-xplanung-jaxb-binding/Demo.gml", 31467),
    ("nti-de-sagisxplanung/bp_plan.gml", 25832),
    ("schwamic-master-thesis-documents/BP_872A_excerpt.gml", 25832),
]


def planned(wc):
    ds = ogr.Open(wc)
    layer = ds.GetLayerByName("planned_building")
    return [(f.GetGeometryRef().Clone(), {k: f.GetField(k) for k in (
        "use", "floors", "grz", "gfz", "storeys_min", "storeys_max", "height_min_m",
        "height_max_m", "height_reference")}) for f in layer]


@pytest.mark.parametrize("name, epsg", XPLAN, ids=[x[0] for x in XPLAN])
def test_real_xplangml_areas_match_gdal(wc, name, epsg):
    summary = importer.import_planned(wc, real(name), "planner")
    truth = xplan_truth(name, epsg)
    got = planned(wc)
    assert summary["buildings"] == len(truth) == len(got)
    for gid, expected in truth.items():
        # The description names the area; match by area and place.
        match = min(got, key=lambda g: g[0].Centroid().Distance(expected.Centroid()))
        assert match[0].Centroid().Distance(expected.Centroid()) < 0.5, gid
        assert match[0].GetArea() == pytest.approx(expected.GetArea(), rel=0.01), gid


def test_arcs_of_a_real_plan_follow_the_curve_within_a_centimetre(wc):
    """BP_872A's BaugebietsTeilFlaechen are bounded by ArcStrings: every vertex of GDAL's
    very fine linearisation lies within 1 cm of the imported ring, and the areas agree to
    0.01 %."""
    name = "schwamic-master-thesis-documents/BP_872A_excerpt.gml"
    importer.import_planned(wc, real(name), "planner")
    truth = xplan_truth(name, 25832)
    got = planned(wc)
    for gid in ("GML_8c2483e1-5ec7-4ad0-9727-73c24b63a63e", "GML_4ca7ee6b-3cef-413f-ae58-e1abd874d866",
                "GML_4515b766-ac16-484a-bc11-90cd03241f87"):
        expected = truth[gid]
        geometry = min(got, key=lambda g: g[0].Centroid().Distance(expected.Centroid()))[0]
        assert geometry.GetArea() == pytest.approx(expected.GetArea(), rel=1e-4)
        boundary = geometry.Boundary()
        ring = expected.GetGeometryRef(0)
        worst = max(boundary.Distance(ogr.CreateGeometryFromWkt(f"POINT({ring.GetX(i)} {ring.GetY(i)})"))
                    for i in range(ring.GetPointCount()))
        assert worst < 0.01, gid


def test_planner_values_are_fields_of_the_building(wc):
    importer.import_planned(wc, real("rub-xplanung-jaxb-binding/Demo.gml"), "planner")
    values = sorted((v for _, v in planned(wc)), key=lambda v: v["use"])
    by_gfz = {v["gfz"]: v for v in values}
    assert (by_gfz[1.2]["grz"], by_gfz[1.2]["storeys_max"], by_gfz[1.2]["floors"]) == (0.4, 3, 3)
    assert (by_gfz[0.6]["storeys_min"], by_gfz[0.6]["storeys_max"]) == (3, 5)
    assert (by_gfz[0.8]["height_min_m"], by_gfz[0.8]["height_max_m"]) == (6.0, 9.0)
    assert by_gfz[0.8]["height_reference"] == "FH über relativBezugshoehe"


def test_zzwingend_and_absolute_heights_of_a_real_plan(wc):
    importer.import_planned(wc, real("schwamic-master-thesis-documents/BP_872A_excerpt.gml"),
                            "planner")
    values = [v for _, v in planned(wc) if v["storeys_max"] is not None]
    assert sorted(((v["storeys_min"] or 0), v["storeys_max"]) for v in values) == [
        (0, 4), (0, 4), (4, 4)]
    assert {v["height_reference"] for v in values} == {"OK über absolutNN"}
    assert {v["height_max_m"] for v in values} == {12.5}
