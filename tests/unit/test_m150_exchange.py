"""DWA-M 150: the coordinate pair each point declares, either decimal mark, empty elements,
node and edge kinds of the 04-2010 types A, B and D, and the export back to M 150."""

import os

import pytest
from lxml import etree

from kempten_twin_plugin.io.exchange.api import import_m150
from kempten_twin_plugin.io.isybau.export import _points
from kempten_twin_plugin.io.m150.export import export_m150
from kempten_twin_plugin.io.xml_safe import ExchangeError
from tests.helpers.isybau_samples import GULLY, SITE, sample_path, write
from tests.helpers.network_dump import rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TYP_B = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                     "DWA-M150_Beispiel_04-2010_TypB.xml")


def xy(wc, table, code):
    (blob,) = rows(wc, f'SELECT geom FROM "{table}" WHERE object_code = ?', code)[0]
    return _points(blob)


def test_gauss_krueger_with_decimal_commas(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_m150(wc, sample_path("m150_gk_komma.xml"))
    assert report.version == "04-2010 A"
    assert "EPSG:31468" in report.crs
    assert report.results() == {"MANHOLES": 3, "PIPES": 2, "LATERALS": 0, "GULLIES": 0,
                                "INSPECTIONS": 0, "WARNINGS": 0}
    (x, y), = xy(wc, "manhole", "S1")
    assert abs(x - 598000.0) < 0.05 and abs(y - 5287000.0) < 0.05
    assert rows(wc, "SELECT cover_level, invert_level, depth FROM manhole WHERE "
                    "object_code = 'S1'") == [(700.5, 698.2, 2.3)]
    assert rows(wc, "SELECT length, invert_from, invert_to, material, profile, drainage FROM "
                    "pipe WHERE object_code = 'S2'") == [
        (50.0, 697.9, 697.55, "Beton", "Kreisprofil", "KS")]


def test_utm_kinds_lateral_gully_arc_and_empty_elements(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_m150(wc, sample_path("m150_utm_typ_b.xml"))
    assert report.skipped == [] and report.warnings == []
    assert "zone 32" in report.crs
    assert {kind: n for (table, kind), n in report.kinds.items() if table != "inspection"} == {
        "Schacht": 3, "Anschlusspunkt": 1, "Bauwerk": 1, "Straßenablauf": 1, "Haltung": 2,
        "Leitung": 1}
    assert xy(wc, "manhole", "S1") == [SITE["S1"][1:3]]
    assert xy(wc, "gully", "SE1") == [GULLY[1:3]]
    assert rows(wc, "SELECT object_code, node_kind FROM manhole ORDER BY object_code") == [
        ("AP1", "Anschlusspunkt"), ("B1", "Bauwerk"), ("S1", "Schacht"), ("S2", "Schacht"),
        ("S3", "Schacht")]
    # The lateral (Haltungsart B) joins its Haltung (HG005, HG006 H) from the gully.
    assert rows(wc, "SELECT l.object_code, p.object_code, g.object_code, l.width_mm FROM "
                    "lateral l JOIN pipe p ON p.uuid = l.pipe JOIN gully g ON g.uuid = "
                    "l.gully") == [("SE1", "S1", "SE1", 150)]
    # GP101 M: the centre of an arc; the line follows it.
    assert len(xy(wc, "pipe", "S1")) >= 10
    assert rows(wc, "SELECT asset_table, object_code, count(*) FROM inspection i JOIN "
                    "observation o ON o.inspection = i.uuid GROUP BY i.uuid ORDER BY 1") == [
        ("manhole", "S2", 2), ("pipe", "S1", 3)]


def test_a_point_says_utm_but_fills_the_gauss_krueger_pair(tmp_path):
    text = open(sample_path("m150_gk_komma.xml"), encoding="utf-8").read().replace(
        "<GP002>GK</GP002>", "<GP002>UTM</GP002>")
    report = import_m150(str(tmp_path / "wc.gpkg"), write(tmp_path / "x.xml", text))
    assert report.results()["MANHOLES"] == 3 and "31468" in report.crs


def test_the_dwa_example_still_reads(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_m150(wc, TYP_B)
    assert report.results() == {"MANHOLES": 5, "PIPES": 4, "LATERALS": 0, "GULLIES": 0,
                                "INSPECTIONS": 10, "WARNINGS": 0}
    assert rows(wc, "SELECT drainage, material, length, width_mm, street FROM pipe WHERE "
                    "object_code = '1204015'") == [("KM", "Steinzeug", 48.32, 300, "Parkstrasse")]


def test_export_m150_writes_utm_kg_hg_and_nested_inspections(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    import_m150(wc, sample_path("m150_utm_typ_b.xml"))
    out = str(tmp_path / "out.xml")
    counts = export_m150(wc, out)
    assert counts == {"manhole": 5, "gully": 1, "pipe": 2, "lateral": 1, "inspection": 2,
                      "defect": 0, "defect_skipped": 0}
    tree = etree.parse(out)
    assert tree.getroot().tag == "DATA"
    assert [tree.findtext("FD/FD001"), tree.findtext("FD/FD002")] == ["04-2010", "B"]
    systems = {gp.findtext("GP002") for gp in tree.iter("GP")}
    assert systems == {"UTM"}
    gully = next(kg for kg in tree.iter("KG") if kg.findtext("KG001") == "SE1")
    assert gully.findtext("KG306") == "RSA"
    lateral = next(hg for hg in tree.iter("HG") if hg.findtext("HG001") == "SE1")
    assert (lateral.findtext("HG313"), lateral.findtext("HG005"), lateral.findtext("HG006")) \
        == ("B", "S1", "H")
    haltung = next(hg for hg in tree.iter("HG") if hg.findtext("HG001") == "S1")
    assert [hz.findtext("HZ002") for hz in haltung.iter("HZ")] == ["BCD", "BAB", "BDC"]
    schacht = next(kg for kg in tree.iter("KG") if kg.findtext("KG001") == "S2")
    assert [kz.findtext("KZ002") for kz in schacht.iter("KZ")] == ["DDB", "DAC"]


def test_an_isybau_network_goes_out_as_m150_and_comes_back(tmp_path):
    from kempten_twin_plugin.io.exchange.api import import_isybau

    wc, again = str(tmp_path / "wc.gpkg"), str(tmp_path / "again.gpkg")
    import_isybau(wc, sample_path("isybau_2013_zustand_bewertet.xml"))
    out = str(tmp_path / "out.xml")
    counts = export_m150(wc, out)
    assert (counts["manhole"], counts["pipe"], counts["lateral"], counts["inspection"]) == (
        5, 2, 1, 4)
    report = import_m150(again, out)
    assert report.skipped == [] and report.warnings == []
    for table in ("manhole", "pipe", "lateral", "gully"):
        assert rows(wc, f'SELECT count(*) FROM "{table}"') == rows(again,
                                                                   f'SELECT count(*) FROM "{table}"')
    # Classes cross the schemes turned round: ISYBAU 4 is DWA-M 149-3 1.
    assert rows(again, "SELECT condition_class, condition_scheme FROM inspection WHERE "
                       "object_code = 'S1' AND asset_table = 'pipe'") == [(1, "DWA-M 149-3")]


def test_export_of_a_missing_working_copy_is_refused(tmp_path):
    with pytest.raises(ExchangeError):
        export_m150(str(tmp_path / "none.gpkg"), str(tmp_path / "out.xml"))
    assert os.listdir(tmp_path) == []
