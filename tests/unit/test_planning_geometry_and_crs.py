"""The one CRS reading, arcs within a centimetre, and bad geometry for every planning importer:
each bad case gives a clear message and leaves the working copy byte for byte as it was.

The inputs are written here (hand-made, after the structure of the real files in
tests/data/real): the geometries the public XPlanGML files lack (Circle, ArcByCenterPoint,
CircleByCenterPoint, CompositeSurface) and the broken ones of the issue.
"""

import hashlib
import math
import os
import sqlite3

import pytest
from osgeo import ogr, osr

from kempten_twin_plugin.io import crs
from kempten_twin_plugin.io.planning import importer
from kempten_twin_plugin.io.planning.errors import PlanningCrsError, PlanningImportError
from kempten_twin_plugin.store.working_copy import write_working_copy
from tests.helpers import small_network

REAL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "real")
X0, Y0 = 598000.0, 5287000.0  # Kempten, beside the small network's manholes


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture
def city(tmp_path):
    """A working copy with the small network around Kempten (the city's area)."""
    path = str(tmp_path / "city.gpkg")
    small_network.write(path)
    return path


@pytest.fixture
def wc(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    write_working_copy(path, {})
    return path


def refused_unchanged(wc, path, message, error=PlanningImportError, **kwargs):
    before = digest(wc)
    with pytest.raises(error, match=message) as raised:
        importer.import_planned(wc, str(path), "planner", **kwargs)
    assert digest(wc) == before
    assert "Traceback" not in str(raised.value)
    return raised.value


# --- XPlanGML written here ------------------------------------------------------------------

def xplan(tmp_path, position, name="plan.gml", srs="EPSG:25832", extra="", envelope=True):
    """An XPlanGML 5.4 plan with one BP_BaugebietsTeilFlaeche at ``position`` (GML text)."""
    bounded = (f'<gml:boundedBy><gml:Envelope srsName="{srs}"><gml:lowerCorner>{X0} {Y0}'
               f'</gml:lowerCorner><gml:upperCorner>{X0 + 100} {Y0 + 100}</gml:upperCorner>'
               f'</gml:Envelope></gml:boundedBy>') if envelope else ""
    text = f'''<?xml version="1.0" encoding="utf-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4"
    xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="A1">
  {bounded}
  <gml:featureMember><xplan:BP_Plan gml:id="P1"><xplan:name>Testplan</xplan:name>
  </xplan:BP_Plan></gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="F1">
      <xplan:position>{position}</xplan:position>
      <xplan:GRZ>0.4</xplan:GRZ>{extra}
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
</xplan:XPlanAuszug>
'''
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def ring(segments, srs="EPSG:25832"):
    return (f'<gml:Polygon srsName="{srs}" gml:id="G1"><gml:exterior><gml:Ring><gml:curveMember>'
            f'<gml:Curve gml:id="C1"><gml:segments>{segments}</gml:segments></gml:Curve>'
            f'</gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>')


def linear(coords, srs="EPSG:25832"):
    text = " ".join(f"{v}" for xy in coords for v in xy)
    return (f'<gml:Polygon srsName="{srs}" gml:id="G1"><gml:exterior><gml:LinearRing>'
            f'<gml:posList srsDimension="2">{text}</gml:posList></gml:LinearRing></gml:exterior>'
            f'</gml:Polygon>')


def imported(wc):
    ds = ogr.Open(wc)
    return [f.GetGeometryRef().Clone() for f in ds.GetLayerByName("planned_building")]


def sagitta_within(geometry, cx, cy, radius, tolerance=0.01):
    """Every chord between two vertices on the circle (not a straight side across it)
    keeps its middle within ``tolerance`` of the circle."""
    ring = geometry.GetGeometryRef(0)
    points = [(ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount())]
    worst = 0.0
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        on_circle = [abs(math.hypot(x - cx, y - cy) - radius) < 1e-6 for x, y in ((ax, ay), (bx, by))]
        if all(on_circle) and math.hypot(bx - ax, by - ay) < radius / 2:
            mx, my = (ax + bx) / 2, (ay + by) / 2
            worst = max(worst, radius - math.hypot(mx - cx, my - cy))
    return worst <= tolerance, worst


@pytest.mark.parametrize("radius", [8.0, 500.0])
def test_a_ring_of_one_arcstring_with_two_arcs_is_a_circle(wc, tmp_path, radius):
    """The issue's case: 94 m² with straight edges instead of 201 m² (r = 8 m)."""
    r, cx, cy = radius, X0 + 600, Y0 + 600
    pts = [(cx + r, cy), (cx, cy + r), (cx - r, cy), (cx, cy - r), (cx + r, cy)]
    arcs = " ".join(f"{x} {y}" for x, y in pts)
    path = xplan(tmp_path, ring(f'<gml:ArcString interpolation="circularArc3Points">'
                                f'<gml:posList srsDimension="2">{arcs}</gml:posList></gml:ArcString>'))
    importer.import_planned(wc, str(path), "planner")
    (geometry,) = imported(wc)
    assert geometry.GetArea() == pytest.approx(math.pi * r * r, rel=1e-3)
    ok, worst = sagitta_within(geometry, cx, cy, r)
    assert ok, worst


def test_arc_circle_and_centre_point_curves(wc, tmp_path):
    cx, cy, r = X0 + 50, Y0 + 50, 20.0
    cases = {
        # A "D": half circle by gml:Arc and a straight back.
        "arc": (ring(f'<gml:Arc><gml:posList>{cx} {cy - r} {cx + r} {cy} {cx} {cy + r}</gml:posList>'
                     f'</gml:Arc><gml:LineStringSegment><gml:posList>{cx} {cy + r} {cx} {cy - r}'
                     f'</gml:posList></gml:LineStringSegment>'), math.pi * r * r / 2),
        "circle": (ring(f'<gml:Circle><gml:posList>{cx + r} {cy} {cx} {cy + r} {cx - r} {cy}'
                        f'</gml:posList></gml:Circle>'), math.pi * r * r),
        "circle_by_centre": (ring(f'<gml:CircleByCenterPoint numArc="1"><gml:pos>{cx} {cy}</gml:pos>'
                                  f'<gml:radius uom="m">{r}</gml:radius></gml:CircleByCenterPoint>'),
                             math.pi * r * r),
        "arc_by_centre": (ring(f'<gml:ArcByCenterPoint numArc="1"><gml:pos>{cx} {cy}</gml:pos>'
                               f'<gml:radius uom="m">{r}</gml:radius><gml:startAngle uom="deg">0'
                               f'</gml:startAngle><gml:endAngle uom="deg">180</gml:endAngle>'
                               f'</gml:ArcByCenterPoint><gml:LineStringSegment><gml:posList>'
                               f'{cx - r} {cy} {cx + r} {cy}</gml:posList></gml:LineStringSegment>'),
                          math.pi * r * r / 2),
    }
    for name, (position, area) in cases.items():
        path = xplan(tmp_path, position, name=f"{name}.gml")
        target = str(tmp_path / f"{name}.gpkg")
        importer.import_planned(target, str(path), "planner")
        (geometry,) = imported(target)
        assert geometry.GetArea() == pytest.approx(area, rel=1e-3), name
        ok, worst = sagitta_within(geometry, cx, cy, r)
        assert ok, (name, worst)


def test_multi_and_composite_surfaces(wc, tmp_path):
    square = "{x} {y} {x2} {y} {x2} {y2} {x} {y2} {x} {y}"
    a = square.format(x=X0, y=Y0, x2=X0 + 10, y2=Y0 + 10)
    b = square.format(x=X0 + 10, y=Y0, x2=X0 + 20, y2=Y0 + 10)
    members = "".join(f'<gml:surfaceMember><gml:Polygon gml:id="S{i}"><gml:exterior><gml:LinearRing>'
                      f'<gml:posList>{p}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>'
                      f'</gml:surfaceMember>' for i, p in enumerate((a, b)))
    for kind in ("MultiSurface", "CompositeSurface"):
        path = xplan(tmp_path, f'<gml:{kind} srsName="EPSG:25832" gml:id="M">{members}</gml:{kind}>',
                     name=f"{kind}.gml")
        target = str(tmp_path / f"{kind}.gpkg")
        summary = importer.import_planned(target, str(path), "planner")
        assert summary["buildings"] == 2, kind
        assert sorted(round(g.GetArea()) for g in imported(target)) == [100, 100]


# --- bad geometry ---------------------------------------------------------------------------

def square_coords(size=10.0, x=X0, y=Y0):
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]


def test_nan_coordinates_in_xplangml_are_refused_with_a_message(wc, tmp_path):
    coords = square_coords()
    coords[1] = ("NaN", coords[1][1])
    path = xplan(tmp_path, linear(coords))
    error = refused_unchanged(wc, path, "not numbers")
    assert "F1" in str(error)


def test_absurd_coordinates_in_xplangml_are_refused(wc, tmp_path):
    coords = square_coords()
    coords[2] = (1e300, 1e300)
    path = xplan(tmp_path, linear(coords))
    refused_unchanged(wc, path, "absurd coordinates")


def test_a_self_intersecting_plan_area_is_repaired_and_reported(wc, tmp_path):
    bow_tie = [(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10), (X0, Y0)]
    path = xplan(tmp_path, linear(bow_tie))
    summary = importer.import_planned(wc, str(path), "planner")
    assert any("invalid polygon" in w and "repaired" in w for w in summary["warnings"])
    assert "Warnung" in summary["report"]
    assert sum(g.GetArea() for g in imported(wc)) == pytest.approx(50.0)


def test_a_polygon_without_area_is_refused(wc, tmp_path):
    flat = [(X0, Y0), (X0 + 10, Y0), (X0 + 20, Y0), (X0 + 5, Y0), (X0, Y0)]
    refused_unchanged(wc, xplan(tmp_path, linear(flat)), "no area|without area")


def test_good_and_bad_areas_in_one_plan(wc, tmp_path):
    good = linear(square_coords())
    bad = linear([(X0, Y0), ("nan", Y0), (X0 + 1, Y0 + 1), (X0, Y0 + 1), (X0, Y0)])
    path = xplan(tmp_path, good, extra=f"</xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>"
                 f"<gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id=\"F2\">"
                 f"<xplan:position>{bad}</xplan:position>")
    summary = importer.import_planned(wc, str(path), "planner")
    assert summary["buildings"] == 1 and summary["refused"] == 1
    assert any("F2" in w and "refused" in w for w in summary["warnings"])


def citygml(tmp_path, ground_rings, srs="urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783",
            name="tile.gml", measured="9.5"):
    buildings = []
    for i, rings in enumerate(ground_rings):
        polys = "".join(
            f'<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>'
            f'{" ".join(f"{x} {y} 500.0" for x, y in r)}</gml:posList></gml:LinearRing>'
            f'</gml:exterior></gml:Polygon></gml:surfaceMember>' for r in rings)
        buildings.append(
            f'<cityObjectMember><bldg:Building gml:id="B{i}"><bldg:measuredHeight uom="m">{measured}'
            f'</bldg:measuredHeight><bldg:boundedBy><bldg:GroundSurface><bldg:lod2MultiSurface>'
            f'<gml:MultiSurface>{polys}</gml:MultiSurface></bldg:lod2MultiSurface>'
            f'</bldg:GroundSurface></bldg:boundedBy></bldg:Building></cityObjectMember>')
    envelope = (f'<gml:boundedBy><gml:Envelope srsName="{srs}" srsDimension="3"><gml:lowerCorner>'
                f'0 0 0</gml:lowerCorner><gml:upperCorner>1 1 1</gml:upperCorner></gml:Envelope>'
                f'</gml:boundedBy>') if srs else ""
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<CityModel xmlns="http://www.opengis.net/citygml/2.0" '
            f'xmlns:bldg="http://www.opengis.net/citygml/building/2.0" '
            f'xmlns:gml="http://www.opengis.net/gml">{envelope}{"".join(buildings)}</CityModel>\n')
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_citygml_nan_and_absurd_buildings_are_refused_alone(wc, tmp_path):
    good = square_coords()
    nan = square_coords(x=X0 + 50)
    nan[1] = (float("nan"), nan[1][1])
    huge = square_coords(x=X0 + 100)
    huge[2] = (1e300, 1e300)
    summary = importer.import_planned(wc, str(citygml(tmp_path, [[good], [nan], [huge]])), "planner")
    assert summary["context_buildings"] == 1
    warnings = " ".join(summary["warnings"])
    assert "B1: refused, coordinates that are not numbers" in warnings
    assert "B2: refused, absurd coordinates" in warnings


def test_citygml_only_bad_buildings_change_nothing(wc, tmp_path):
    nan = square_coords()
    nan[1] = (float("nan"), nan[1][1])
    refused_unchanged(wc, citygml(tmp_path, [[nan]]), "no CityGML buildings")


def test_citygml_self_intersecting_ground_surface_is_repaired_and_reported(wc, tmp_path):
    bow_tie = [(X0, Y0), (X0 + 10, Y0 + 10), (X0 + 10, Y0), (X0, Y0 + 10), (X0, Y0)]
    summary = importer.import_planned(wc, str(citygml(tmp_path, [[bow_tie]])), "planner")
    assert summary["context_buildings"] == 1
    assert any("B0" in w and "repaired" in w for w in summary["warnings"])


def test_a_truncated_citygml_tile_changes_nothing(wc, tmp_path):
    text = open(os.path.join(REAL, "tjaenichen-citygml2gameobject", "3880_5819.gml"),
                encoding="utf-8").read()
    cut = tmp_path / "cut.gml"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    refused_unchanged(wc, cut, "not well-formed XML")


# --- footprints -----------------------------------------------------------------------------

def shapefile(folder, count=5):
    path = str(folder / "baukoerper.shp")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = ds.CreateLayer("baukoerper", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("NAME", ogr.OFTString))
    for i in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("NAME", f"Haus {i}")
        x = X0 + 20 * i
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {Y0},{x + 10} {Y0},{x + 10} {Y0 + 10},{x} {Y0 + 10},{x} {Y0}))"))
        layer.CreateFeature(feature)
    ds = None
    return path


def test_a_shapefile_whose_dbf_holds_fewer_records_is_refused_whole(wc, tmp_path):
    """The issue's case: 2 of 5 footprints imported without a word."""
    path = shapefile(tmp_path, 5)
    dbf = path[:-4] + ".dbf"
    with open(dbf, "r+b") as f:  # the .dbf as a tool that died after two records leaves it
        header = bytearray(f.read(32))
        header_size = int.from_bytes(header[8:10], "little")
        record_size = int.from_bytes(header[10:12], "little")
        header[4:8] = (2).to_bytes(4, "little")
        f.seek(0)
        f.write(header)
        f.truncate(header_size + 2 * record_size + 1)
    refused_unchanged(wc, path, r"disagree: the \.shp holds 5 shapes, the \.dbf 2 records")


def test_a_shapefile_cut_short_is_refused_whole(wc, tmp_path):
    path = shapefile(tmp_path, 5)
    size = os.path.getsize(path)
    with open(path, "r+b") as f:
        f.truncate(size - 40)
    refused_unchanged(wc, path, "ends early or is damaged")


def test_a_truncated_dxf_is_refused_whole(wc, tmp_path):
    text = open(os.path.join(os.path.dirname(REAL), "planning", "footprints.dxf"),
                encoding="utf-8").read()
    cut = tmp_path / "cut.dxf"
    cut.write_text(text[: int(len(text) * 0.7)], encoding="utf-8")
    refused_unchanged(wc, cut, "ends early")


def test_geojson_footprints_go_through_the_same_check(wc, tmp_path):
    path = tmp_path / "f.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ['
                    '{"type": "Feature", "properties": {"name": "A"}, "geometry": {"type": "Polygon", '
                    '"coordinates": [[[10.30, 47.72], [10.3001, 47.7201], [10.3001, 47.72], '
                    '[10.30, 47.7201], [10.30, 47.72]]]}}]}')
    summary = importer.import_planned(wc, str(path), "planner")
    assert any("repaired" in w for w in summary["warnings"])


# --- the one CRS reading --------------------------------------------------------------------

@pytest.mark.parametrize("name, epsg", [
    ("EPSG:25832", 25832),
    ("urn:ogc:def:crs:EPSG::25832", 25832),
    ("urn:ogc:def:crs:EPSG:6.12:25833", 25833),
    ("urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783", 25833),
    ("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783", 25832),
    ("urn:ogc:def:crs,crs:EPSG:6.12:3068,crs:EPSG:6.12:5783", 3068),
    ("http://www.opengis.net/def/crs/EPSG/0/25832", 25832),
    ("http://www.opengis.net/gml/srs/epsg.xml#31468", 31468),
    ("urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH", 31468),
    ("urn:adv:crs:DE_DHDN_3GK2", 31466),
    ("urn:adv:crs:DE_DHDN_3GK3_BW100", 31467),
    ("urn:adv:crs:DE_DHDN_3GK5*DE_DHHN2016_NH", 31469),
    ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", 25832),
    ("urn:adv:crs:ETRS89_UTM33*DE_DHHN92_NH", 25833),
    ("urn:ogc:def,crs::EPSG:31467", 31467),
    ("EPSG::25832", 25832),
    ("epsg:25832 ", 25832),
    ("urn:ogc:def:crs:OGC:1.3:CRS84", 4326),
    ("Local engineering CRS", None),
    ("", None),
])
def test_crs_names_in_every_spelling(name, epsg):
    assert crs.epsg_from_name(name) == epsg


def test_a_compound_epsg_code_counts_by_its_horizontal_part():
    assert crs.horizontal_epsg(5555) == 25832


@pytest.mark.parametrize("x, y, epsg, prefix", [
    (32598000.0, 5287000.0, 25832, 32),
    (4390123.4, 5288000.0, 31468, None),
    (3500000.0, 5500000.0, 31467, None),
    (598000.0, 5287000.0, 25832, None),
    (10.3, 47.7, 4326, None),
])
def test_the_coordinate_range_decides_when_the_file_says_nothing(x, y, epsg, prefix):
    reading = crs.decide([], (x, y))
    assert (reading.epsg, reading.zone_prefix) == (epsg, prefix)
    assert "the file names no reference system" in reading.reason


def test_a_name_that_contradicts_the_coordinates_is_not_believed():
    with pytest.raises(crs.CrsUndecidedError, match="do not lie in Germany") as raised:
        crs.decide(["EPSG:25833"], (3478519.0, 5889194.0))
    assert raised.value.suggested == 31467


def test_gauss_krueger_citygml_lands_in_bavaria_not_3000_km_away(wc):
    """The OGC file names its CRS only as urn:adv:crs:DE_DHDN_3GK4 on its envelope."""
    importer.import_planned(wc, os.path.join(
        REAL, "opengeospatial-citygml3", "Building_CityGML3.0_LOD2_with_several_attributes.gml"),
        "planner")
    ds = ogr.Open(wc)
    (feature,) = list(ds.GetLayerByName("context_building"))
    centroid = feature.GetGeometryRef().Centroid()
    assert 700_000 < centroid.GetX() < 730_000 and 5_310_000 < centroid.GetY() < 5_340_000


def test_malformed_urn_in_citygml(wc, tmp_path):
    """g3m's hand-edited 'urn:ogc:def,crs::EPSG:31467' on a GK zone 3 tile."""
    source = osr.SpatialReference()
    source.ImportFromEPSG(25832)
    target = osr.SpatialReference()
    target.ImportFromEPSG(31467)
    for s in (source, target):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_gk3 = osr.CoordinateTransformation(source, target)
    gk = [to_gk3.TransformPoint(x, y)[:2] for x, y in square_coords()]
    summary = importer.import_planned(wc, str(citygml(tmp_path, [[gk]], srs="urn:ogc:def,crs::EPSG:31467")),
                                      "planner")
    assert "EPSG:31467" in summary["report"]
    ds = ogr.Open(wc)
    (feature,) = list(ds.GetLayerByName("context_building"))
    assert feature.GetGeometryRef().Centroid().Distance(
        ogr.CreateGeometryFromWkt(f"POINT({X0 + 5} {Y0 + 5})")) < 0.5


def test_an_undecidable_crs_fails_headless_with_a_clear_message(wc, tmp_path):
    far = square_coords(x=598.0, y=5287.0)  # metres, but of no CRS we know
    error = refused_unchanged(wc, citygml(tmp_path, [[far]], srs=None), "Choose the source CRS",
                              PlanningCrsError)
    assert "names no reference system" in str(error)


def test_a_contradicting_srsname_is_asked_for_and_a_chosen_crs_imports(wc, tmp_path):
    to_gk3 = osr.CoordinateTransformation(*(
        lambda a, b: (a, b))(*[_srs(e) for e in (25832, 31467)]))
    gk = [to_gk3.TransformPoint(x, y)[:2] for x, y in square_coords()]
    path = xplan(tmp_path, linear(gk, srs="EPSG:25833"), srs="EPSG:25833")
    error = refused_unchanged(wc, path, "do not lie in Germany", PlanningCrsError)
    assert error.suggested == 31467
    summary = importer.import_planned(wc, str(path), "planner", source_epsg=31467)
    assert summary["buildings"] == 1
    (geometry,) = imported(wc)
    assert geometry.Centroid().Distance(ogr.CreateGeometryFromWkt(f"POINT({X0 + 5} {Y0 + 5})")) < 0.5


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_utm_eastings_with_zone_prefix_in_xplangml(wc, tmp_path):
    coords = [(x + 32_000_000, y) for x, y in square_coords()]
    path = xplan(tmp_path, linear(coords, srs="EPSG:25832"))
    summary = importer.import_planned(wc, str(path), "planner")
    assert "prefix removed" in summary["report"]
    (geometry,) = imported(wc)
    assert geometry.GetEnvelope()[0] == pytest.approx(X0)


def test_buildings_outside_the_city_are_warned_about(city, tmp_path):
    summary = importer.import_planned(city, os.path.join(
        REAL, "tum-gis-citygml2-to-citygml3", "Berlin_Moabit_1Bldg_v2.gml"), "planner")
    assert summary["context_buildings"] == 1
    assert any("outside the city's area" in w for w in summary["warnings"])
    inside = importer.import_planned(city, str(xplan(tmp_path, linear(square_coords()))), "planner")
    assert not any("outside" in w for w in inside["warnings"])


def test_foreign_coordinates_are_never_stored_as_25832(wc, tmp_path):
    """Degrees without a CRS name are read as WGS 84, not stored as metres."""
    coords = [(10.3 + dx / 10000, 47.72 + dy / 10000) for dx, dy in
              [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]]
    path = xplan(tmp_path, linear(coords, srs=""), srs="", envelope=False)
    summary = importer.import_planned(wc, str(path), "planner")
    assert "EPSG:4326" in summary["report"]
    (geometry,) = imported(wc)
    x, y = geometry.Centroid().GetX(), geometry.Centroid().GetY()
    assert 590_000 < x < 610_000 and 5_280_000 < y < 5_300_000


def test_planned_building_rows_count(wc):
    con = sqlite3.connect(wc)
    assert con.execute("SELECT count(*) FROM planned_building").fetchone() == (0,)
    con.close()
