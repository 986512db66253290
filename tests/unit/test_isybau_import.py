"""ISYBAU XML and DWA-M 150 into the working copy: real samples, every version and CRS case,
plausibility warnings, hostile and broken files, updates and the round trip."""

import hashlib
import json
import os

import pytest

from kempten_twin_plugin.io.crs import CoordinateError
from kempten_twin_plugin.io.exchange.api import import_isybau, import_m150
from kempten_twin_plugin.io.isybau.export import export_isybau
from kempten_twin_plugin.io.xml_safe import ExchangeError
from tests.helpers.isybau_samples import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    NS_NEW,
    NS_OLD,
    isybau_file,
    node_xml,
    pipe_xml,
    sample_path,
    write,
)
from tests.helpers.network_dump import dump, rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFERENCE = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml")
SAMPLE_2017 = os.path.join(REFERENCE, "ISYBAU_XML-2017-Stammdaten.xml")
SAMPLE_M150 = os.path.join(REFERENCE, "DWA-M150_Beispiel_04-2010_TypB.xml")
DATA = os.path.join(ROOT, "tests", "data", "isybau")


@pytest.fixture
def street(tmp_path):
    """The small street (S1–S3, H1, H2, SE1 with L1, inspections of H1 and S2) as an
    ISYBAU 2024 file."""
    return write(tmp_path / "street_2024.xml", isybau_file("2024-06"))


@pytest.fixture(autouse=True, params=["in_process", "reading_process", "two_halves"])
def reading(request, monkeypatch):
    """Every test here runs three times: read in this process; read in a second process
    while this one writes (what files from 16 MB on get); and read in two processes, one
    half of the file each (ISYBAU files from 64 MB on; see reader_process)."""
    from kempten_twin_plugin.io.exchange import reader_process

    monkeypatch.setattr(reader_process, "MIN_BYTES", 10**15 if request.param == "in_process"
                        else 0)
    monkeypatch.setattr(reader_process, "HALVES_MIN_BYTES", 0 if request.param == "two_halves"
                        else 10**15)
    return request.param


def xy(path, table, code):
    from kempten_twin_plugin.io.isybau.export import _points

    (blob,) = rows(path, f'SELECT geom FROM "{table}" WHERE object_code = ?', code)[0]
    return _points(blob)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# --- the real samples ------------------------------------------------------------------

def test_reference_2017_imports_all_168_knoten_and_150_kanten(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, SAMPLE_2017)
    kinds = {kind: n for (_, kind), n in report.kinds.items()}
    assert kinds == {"Schacht": 116, "Bauwerk": 25, "Anschlusspunkt": 18, "Straßenablauf": 9,
                     "Haltung": 135, "Leitung": 15}
    assert sum(kinds[k] for k in ("Schacht", "Bauwerk", "Anschlusspunkt", "Straßenablauf")) == 168
    assert kinds["Haltung"] + kinds["Leitung"] == 150
    assert report.results() == {"MANHOLES": 159, "PIPES": 135, "LATERALS": 15, "GULLIES": 9,
                                "INSPECTIONS": 0, "WARNINGS": len(report.warnings)}
    assert report.skipped == []
    # The only plausibility findings of the sample: three Leitungen longer than drawn.
    assert sorted(code for _, code, _ in report.warnings) == ["120017SE01", "120017SE02",
                                                             "211108AS01"]
    assert report.version == "2017-07"
    assert "zone prefix 32" in report.crs
    # Zone prefix removed, heights kept (values of the file, Schacht 119001).
    (x, y), = xy(wc, "manhole", "119001")
    assert (round(x, 3), round(y, 3)) == (570396.421, 5827963.079)
    assert rows(wc, "SELECT cover_level, invert_level, depth, material, drainage, year_built, "
                    "street FROM manhole WHERE object_code = '119001'") == [
        (38.48, 37.59, 0.89, "Beton", "KR", 1979, "techn. Bereich")]
    # Every Haltung is connected to both its nodes.
    assert rows(wc, "SELECT count(*) FROM pipe WHERE from_manhole IS NULL OR to_manhole IS NULL"
                ) == [(0,)]
    # The unknown material code MIX is kept as written, and listed.
    assert report.kept_codes[("Material", "MIX")] == 13
    assert rows(wc, "SELECT count(*) FROM pipe WHERE material = 'MIX'")[0][0] > 0
    # The Leitungen know the Haltung they join (Anschlussdaten); the three joining another
    # Leitung keep that in their source record.
    assert rows(wc, "SELECT count(*) FROM lateral WHERE pipe IS NOT NULL")[0][0] == 7
    assert rows(wc, "SELECT count(*) FROM source_record WHERE asset_table = 'lateral' AND "
                    "json_extract(codes, '$.\"Anschlussdaten/Kantentyp\"') = '1'") == [(3,)]


def test_reference_m150_imports_pipes_nodes_and_inspections(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_m150(wc, SAMPLE_M150)
    assert report.results() == {"MANHOLES": 5, "PIPES": 4, "LATERALS": 0, "GULLIES": 0,
                                "INSPECTIONS": 10, "WARNINGS": 0}
    assert report.observations == 64 + 44
    assert "31466" in report.crs and "Gauss-Krüger zone 2" in report.crs
    (x, y), = xy(wc, "manhole", "1204015")
    assert 200_000 < x < 400_000 and 5_600_000 < y < 5_650_000  # reprojected into UTM 32
    assert rows(wc, "SELECT drainage, material, length, width_mm, street FROM pipe WHERE "
                    "object_code = '1204015'") == [("KM", "Steinzeug", 48.32, 300, "Parkstrasse")]
    assert rows(wc, "SELECT count(*) FROM observation o JOIN inspection i ON i.uuid = "
                    "o.inspection WHERE i.asset IS NOT NULL") == [(108,)]
    assert rows(wc, "SELECT inspected_on FROM inspection WHERE object_code = '1204015' AND "
                    "asset_table = 'pipe'") == [("2006-04-07",)]


# --- versions and coordinate systems ----------------------------------------------------

@pytest.mark.parametrize("year, version, epsg_text", [
    ("2006", "2006-10", "EPSG:31468"),
    ("2013", "2013-02", "zone prefix 32"),
    ("2017", "2017-07", "zone prefix 32"),
    ("2024", "2024-06", "zone 32 as the file says"),
])
def test_every_version_and_its_coordinates(tmp_path, year, version, epsg_text):
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, sample_path(f"isybau_{year}_kanten.xml"))
    assert report.version == version
    assert epsg_text in report.crs
    assert dict((kind, n) for (table, kind), n in report.kinds.items()) == {
        "Schacht": 3, "Anschlusspunkt": 1, "Straßenablauf": 1, "Bauwerk": 1, "Haltung": 2,
        "Leitung": 1, "Rinne": 1, "Gerinne": 1}
    assert report.skipped == [] and report.warnings == []
    (x, y), = xy(wc, "manhole", "S1")
    if year == "2006":  # Gauss-Krüger zone 4, the same spot reprojected within a few cm
        assert abs(x - 598000.0) < 0.05 and abs(y - 5287000.0) < 0.05
    else:
        assert (round(x, 3), round(y, 3)) == (598000.0, 5287000.0)
    assert rows(wc, "SELECT cover_level, invert_level FROM manhole WHERE object_code = 'S1'") \
        == [(700.5, 698.2)]
    # The Leitung joins the Haltung named like its upstream Schacht (S1), from the gully.
    assert rows(wc, "SELECT p.object_code, g.object_code FROM lateral l JOIN pipe p ON "
                    "p.uuid = l.pipe JOIN gully g ON g.uuid = l.gully") == [("S1", "SE1")]


def test_2017_namespace_with_hand_made_file(tmp_path):
    path = write(tmp_path / "v2017.xml", isybau_file("2017-07", NS_NEW, "utm_prefix"))
    report = import_isybau(str(tmp_path / "wc.gpkg"), path)
    assert report.results()["PIPES"] == 2 and report.results()["INSPECTIONS"] == 2


def test_user_chosen_crs_is_used_and_reported(tmp_path):
    path = sample_path("isybau_2006_kanten.xml")
    chosen = import_isybau(str(tmp_path / "a.gpkg"), path, "EPSG:31468")
    import_isybau(str(tmp_path / "b.gpkg"), path)
    assert "chosen by the user" in chosen.crs
    assert xy(str(tmp_path / "a.gpkg"), "manhole", "S2") == xy(str(tmp_path / "b.gpkg"),
                                                              "manhole", "S2")
    # Choosing another zone moves the network: the choice is really applied.
    import_isybau(str(tmp_path / "c.gpkg"), path, "EPSG:31469")
    assert xy(str(tmp_path / "c.gpkg"), "manhole", "S2")[0][0] < 400_000


def test_unknown_crs_text_is_refused():
    with pytest.raises(CoordinateError):
        import_isybau("/nonexistent/wc.gpkg", SAMPLE_2017, "EPSG:abc")


def test_a_coordinate_in_another_system_is_skipped_with_its_line(tmp_path):
    stray = node_xml("S9", 598100.0, 5287100.0, 700.0, 698.0, "gk4")  # GK in a UTM file
    path = write(tmp_path / "mixed.xml", isybau_file(crs="utm_prefix", extra_objects=stray))
    report = import_isybau(str(tmp_path / "wc.gpkg"), path)
    assert [(code, "zone prefix" in reason) for _, code, reason in report.skipped] == [("S9", True)]
    assert report.skipped[0][0] > 1
    assert report.results()["MANHOLES"] == 3


# --- plausibility -----------------------------------------------------------------------

def test_plausibility_warnings_name_the_object_and_line(tmp_path):
    nodes = [("S1", "Schacht", 598000.0, 5287000.0, 697.0, 698.2),  # invert above cover
             ("S2", "Schacht", 598040.0, 5287030.0, 700.1, 697.9),
             ("S3", "Schacht", 598080.0, 5287000.0, 699.8, 697.5)]
    pipes = [("H1", "S1", "S2", 698.2, 697.95, 80.0, "STZ", 300),  # 80 m on a 50 m line
             ("H2", "S2", "S7", 697.9, 697.55, 50.0, "B", 400)]  # S7 does not exist
    path = write(tmp_path / "warn.xml", isybau_file(nodes=nodes, pipes=pipes, zustand=False))
    report = import_isybau(str(tmp_path / "wc.gpkg"), path)
    by_code = {code: (line, message) for line, code, message in report.warnings}
    assert set(by_code) == {"S1", "H1", "H2"}
    assert "above the cover" in by_code["S1"][1]
    assert "5 %" in by_code["H1"][1]
    assert "'S7'" in by_code["H2"][1]
    text = open(path, encoding="utf-8").read().splitlines()
    for code, (line, _) in by_code.items():
        assert f"<Objektbezeichnung>{code}</Objektbezeichnung>" in "".join(text[line - 1:line + 2])
    assert report.results()["WARNINGS"] == 3
    assert "Plausibility warnings: 3" in report.text()


def test_unknown_codes_are_kept_raw_and_reported(tmp_path):
    odd = node_xml("S8", 598060.0, 5287060.0, 700.0, 698.0, "utm_prefix", drainage="KX",
                   material="XYZ")
    path = write(tmp_path / "odd.xml", isybau_file(extra_objects=odd, zustand=False))
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, path)
    assert rows(wc, "SELECT drainage, material FROM manhole WHERE object_code = 'S8'") == [
        (None, "XYZ")]
    (codes,) = rows(wc, "SELECT codes FROM source_record WHERE object_code = 'S8'")[0]
    assert json.loads(codes)["Entwaesserungsart"] == "KX"
    assert report.kept_codes[("Entwaesserungsart", "KX")] == 1
    assert "'KX'" in report.text() and "'XYZ'" in report.text()


# --- hostile and broken files: a clear message, nothing changed --------------------------



def _hostile_files(tmp_path):
    good = isybau_file()
    # A 2 GB length claimed by a Haltung: refused as implausible, the rest imported.
    claimed = good.replace("<Laenge>50.00</Laenge>", "<Laenge>2147483648</Laenge>", 1)
    # A text node beyond libxml2's 10 MB limit (huge_tree off): the file is refused.
    huge = good.replace("<Objektbezeichnung>S1<", "<Objektbezeichnung>" + "9" * 11_000_000 + "<")
    return {
        "truncated": (good[: len(good) * 2 // 3], "not well-formed"),
        "wrong_root": ('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"/>',
                       "not an ISYBAU XML file"),
        "old_namespace_wrong_root": (
            f'<?xml version="1.0"?><Stammdaten xmlns="{NS_OLD}"/>', "not an ISYBAU XML file"),
        "billion_laughs": (BILLION_LAUGHS, "DTD"),
        "external_entity": (EXTERNAL_ENTITY, "DTD"),
        "huge_text": (huge, "larger than 10 MB"),
        "empty": ("", "empty"),
        "claimed_2gb_length": (claimed, None),
    }


@pytest.mark.parametrize("case", ["truncated", "wrong_root", "old_namespace_wrong_root",
                                  "billion_laughs", "external_entity", "huge_text", "empty"])
def test_hostile_or_broken_file_changes_nothing(tmp_path, case, street):
    text, message = _hostile_files(tmp_path)[case]
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, street)
    before, before_rows = digest(wc), dump(wc)
    path = write(tmp_path / f"{case}.xml", text)
    with pytest.raises(ExchangeError) as error:
        import_isybau(wc, path)
    assert message in str(error.value)
    assert digest(wc) == before and dump(wc) == before_rows
    # Into a working copy that does not exist yet: none is left behind.
    with pytest.raises(ExchangeError):
        import_isybau(str(tmp_path / "new.gpkg"), path)
    assert not os.path.exists(tmp_path / "new.gpkg")


def test_truncated_file_names_the_line(tmp_path):
    text, _ = _hostile_files(tmp_path)["truncated"]
    with pytest.raises(ExchangeError) as error:
        import_isybau(str(tmp_path / "wc.gpkg"), write(tmp_path / "t.xml", text))
    assert error.value.line and error.value.line > 10


def test_external_entity_never_reads_the_file(tmp_path):
    with pytest.raises(ExchangeError) as error:
        import_isybau(str(tmp_path / "wc.gpkg"), write(tmp_path / "x.xml", EXTERNAL_ENTITY))
    assert "root:" not in str(error.value)


def _arc_pipe(code, middle_xml, before_end=False):
    # A quarter circle of radius 10 m from (598000, 5287000) to (598010, 5287010) around
    # (598010, 5287000): 15.71 m long, where the straight line is 14.14 m.
    xml = pipe_xml(code, "S1", "S2", 698.0, 697.9, 15.71, "B", 300, "utm_prefix",
                   [(598000.0, 5287000.0), (598010.0, 5287010.0)])
    if before_end:
        return xml.replace("<Ende>", middle_xml + "<Ende>", 1)
    return xml.replace("</Ende>", "</Ende>" + middle_xml, 1)


_CENTRE = ("<Mitte><Rechtswert>32598010.000</Rechtswert><Hochwert>5287000.000</Hochwert>"
           "<PunktattributAbwasser>KMP</PunktattributAbwasser></Mitte>")
_ON_ARC = ("<Mitte><Rechtswert>32598002.929</Rechtswert><Hochwert>5287007.071</Hochwert>"
           "<PunktattributAbwasser>RAP</PunktattributAbwasser></Mitte>")


@pytest.mark.parametrize("middle, before_end", [
    (_CENTRE, False),  # the arc's centre (KMP), after the Ende as in the 2017 sample
    (_CENTRE, True),  # … or between Start and Ende
    (_ON_ARC, False),  # a point on the arc, halfway
])
def test_an_arc_in_a_haltung_becomes_vertices_along_it(tmp_path, middle, before_end):
    path = write(tmp_path / "arc.xml", isybau_file(
        extra_objects=_arc_pipe("HB", middle, before_end), zustand=False))
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, path)
    assert report.skipped == []
    points = xy(wc, "pipe", "HB")
    assert points[0] == pytest.approx((598000.0, 5287000.0)) and \
        points[-1] == pytest.approx((598010.0, 5287010.0))
    assert len(points) >= 10  # 90° in steps of at most 5°, at most 1 cm off the arc
    for x, y in points:
        assert ((x - 598010.0) ** 2 + (y - 5287000.0) ** 2) ** 0.5 == pytest.approx(10.0, abs=0.002)
    length = sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
                 for (x1, y1), (x2, y2) in zip(points, points[1:]))
    assert length == pytest.approx(15.708, abs=0.02)
    # Drawn as a straight line it would have been "more than 5 % longer than its geometry".
    assert [code for _, code, _ in report.warnings if code == "HB"] == []


def test_claimed_2gb_length_is_skipped_with_reason(tmp_path):
    text, _ = _hostile_files(tmp_path)["claimed_2gb_length"]
    report = import_isybau(str(tmp_path / "wc.gpkg"), write(tmp_path / "len.xml", text))
    assert [(code, "implausible length" in reason) for _, code, reason in report.skipped] == [
        ("H1", True)]
    assert report.results()["PIPES"] == 1


def test_m150_file_is_refused_by_the_isybau_import_and_vice_versa(tmp_path):
    with pytest.raises(ExchangeError, match="not an ISYBAU"):
        import_isybau(str(tmp_path / "a.gpkg"), SAMPLE_M150)
    with pytest.raises(ExchangeError, match="not a DWA-M 150"):
        import_m150(str(tmp_path / "b.gpkg"), SAMPLE_2017)
    assert os.listdir(tmp_path) == []


def test_iso_8859_1_file_keeps_umlauts(tmp_path):
    path = write(tmp_path / "latin1.xml", isybau_file(encoding="ISO-8859-1"), "iso-8859-1")
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, path)
    assert rows(wc, "SELECT DISTINCT street FROM manhole") == [("Bahnhofstraße",)]


# --- update and round trip ----------------------------------------------------------------

def test_second_import_updates_by_object_code(tmp_path, street):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, street)
    uuid_before = rows(wc, "SELECT uuid FROM manhole WHERE object_code = 'S1'")
    nodes = [("S1", "Schacht", 598000.0, 5287000.0, 701.0, 698.2),
             ("S2", "Schacht", 598040.0, 5287030.0, 700.1, 697.9),
             ("S3", "Schacht", 598080.0, 5287000.0, 699.8, 697.5),
             ("S4", "Schacht", 598120.0, 5287000.0, 699.5, 697.2)]
    report = import_isybau(wc, write(tmp_path / "v2.xml", isybau_file(nodes=nodes)))
    assert "update" in report.mode
    assert (report.inserted["manhole"], report.updated["manhole"]) == (1, 3)
    assert rows(wc, "SELECT count(*) FROM manhole") == [(4,)]
    assert rows(wc, "SELECT uuid, cover_level FROM manhole WHERE object_code = 'S1'") == [
        (uuid_before[0][0], 701.0)]
    assert rows(wc, "SELECT count(*) FROM inspection") == [(2,)]  # replaced, not doubled


def test_import_is_logged_for_sync(tmp_path, street):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, street)
    assert dict(rows(wc, "SELECT table_name, count(*) FROM kt_change GROUP BY table_name")) == {
        "manhole": 3, "pipe": 2, "lateral": 1, "gully": 1, "inspection": 2, "observation": 4,
        "source_record": 2}  # lateral and gully: codes beyond defaults and references


def test_references_found_are_not_kept_twice_and_come_back_in_the_export(tmp_path, street):
    # The Leitung L1 names its gully (KnotenZulauf SE1) and its Haltung (Anschlussdaten
    # H1, Kantentyp 0): once both are references, the raw codes would only repeat them.
    from lxml import etree

    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, street)
    kept = {code: json.loads(codes) for code, codes in rows(
        wc, "SELECT object_code, codes FROM source_record")}
    for field in ("KnotenZulauf", "Anschlussdaten/Objektbezeichnung", "Anschlussdaten/Kantentyp"):
        assert field not in kept["L1"], field
    assert "Punktkennung" not in kept.get("SE1", {})  # SE: what every gully is
    assert rows(wc, "SELECT p.object_code, g.object_code FROM lateral l JOIN pipe p ON "
                    "p.uuid = l.pipe JOIN gully g ON g.uuid = l.gully") == [("H1", "SE1")]
    out = str(tmp_path / "out.xml")
    export_isybau(wc, out)
    ns = {"i": NS_NEW}
    (leitung,) = [a for a in etree.parse(out).iterfind(".//i:AbwassertechnischeAnlage", ns)
                  if a.findtext("i:Objektbezeichnung", namespaces=ns) == "L1"]
    assert leitung.findtext("i:Kante/i:KnotenZulauf", namespaces=ns) == "SE1"
    assert leitung.findtext(".//i:Anschlussdaten/i:Objektbezeichnung", namespaces=ns) == "H1"
    assert leitung.findtext(".//i:Anschlussdaten/i:Kantentyp", namespaces=ns) == "0"
    assert "<Punktkennung>SE</Punktkennung>" in open(out, encoding="utf-8").read()


@pytest.mark.parametrize("source", [SAMPLE_2017, "street"])
def test_round_trip_import_export_import_gives_the_same_network(tmp_path, source, street):
    source = street if source == "street" else source
    first, second = str(tmp_path / "first.gpkg"), str(tmp_path / "second.gpkg")
    import_isybau(first, source)
    counts = export_isybau(first, str(tmp_path / "out.xml"))
    report = import_isybau(second, str(tmp_path / "out.xml"))
    assert report.skipped == []
    a, b = dump(first), dump(second)
    for table in ("manhole", "pipe", "gully", "lateral", "source_record", "inspection",
                  "condition"):
        assert a[table] == b[table], table
    assert counts["pipe"] == len(a["pipe"]) and counts["manhole"] == len(a["manhole"])


def test_export_of_a_missing_working_copy_is_refused(tmp_path):
    with pytest.raises(ExchangeError):
        export_isybau(str(tmp_path / "none.gpkg"), str(tmp_path / "out.xml"))
    assert os.listdir(tmp_path) == []


def test_spatial_index_covers_every_imported_object(tmp_path):
    # The R-tree is written directly during an import (GDAL's insert triggers are lifted
    # for speed and put back): it must still hold every geometry with its envelope.
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, SAMPLE_2017)
    for table in ("manhole", "pipe", "lateral", "gully"):
        assert rows(wc, f'SELECT count(*) FROM "{table}"') == rows(
            wc, f'SELECT count(*) FROM "rtree_{table}_geom" r JOIN "{table}" t ON t.fid = r.id')
        assert rows(wc, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    f"rtree_{table}_geom_insert") == [(1,)]
        # Packed in one pass into an empty working copy: a valid SQLite R*Tree.
        assert rows(wc, f"SELECT rtreecheck('rtree_{table}_geom')") == [("ok",)]
    from osgeo import ogr

    ds = ogr.Open(wc)
    layer = ds.GetLayerByName("pipe")
    layer.SetSpatialFilterRect(570390, 5827950, 570440, 5828000)  # around Schacht 119001
    found = {f.GetField("object_code") for f in layer}
    assert found and all(code.startswith(("119", "120", "211")) for code in found)
    assert len(found) < 135
    ds = None
    # A second import (update by object code) goes row by row into the packed tree.
    import_isybau(wc, SAMPLE_2017)
    for table in ("manhole", "pipe", "lateral", "gully"):
        assert rows(wc, f"SELECT rtreecheck('rtree_{table}_geom')") == [("ok",)]


def test_an_object_code_twice_in_the_file_is_skipped_with_its_line(tmp_path):
    twice = node_xml("S2", 598200.0, 5287200.0, 701.0, 699.0, "utm_prefix")
    path = write(tmp_path / "twice.xml", isybau_file(extra_objects=twice, zustand=False))
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, path)
    assert [(code, "second time" in reason) for _, code, reason in report.skipped] == [
        ("S2", True)]
    assert rows(wc, "SELECT cover_level FROM manhole WHERE object_code = 'S2'") == [(700.1,)]
