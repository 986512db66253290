"""The samples written from each version's schema (tests/isybau_samples.py): one per geometry
form and version, every one imported with every object and every Kante with its geometry,
validated against its structure, and round-tripped."""

import math
import os

import pytest

from kempten_twin_plugin.io.exchange.api import import_any, import_isybau
from kempten_twin_plugin.io.exchange.validate import validate_file
from kempten_twin_plugin.io.isybau.export import _points, export_isybau
from kempten_twin_plugin.io.m150.export import export_m150
from tests.helpers.isybau_samples import (
    ARC_CENTRE,
    ARC_POINT,
    BASIN_RING,
    FORMS,
    GULLY,
    HOUSE,
    LATERAL_END,
    OUT,
    PLANT,
    PUMP,
    SITE,
    SWALE_LINE,
    VERSIONS,
    sample_path,
    samples,
)
from tests.helpers.network_dump import dump, rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")
SAMPLES = sorted(samples())
ISYBAU_SAMPLES = [name for name in SAMPLES if name.startswith("isybau_")]
M150_SAMPLES = [name for name in SAMPLES if name.startswith("m150_")]
# What each form holds, by the kind the report counts.
FORM_KINDS = {
    "punkte": {"Schacht": 3, "Anschlusspunkt": 1, "Straßenablauf": 1, "Bauwerk": 2},
    "kanten": {"Schacht": 3, "Anschlusspunkt": 1, "Straßenablauf": 1, "Bauwerk": 1,
               "Haltung": 2, "Leitung": 1, "Rinne": 1, "Gerinne": 1},
    "kanten_bogen": {"Schacht": 3, "Anschlusspunkt": 1, "Straßenablauf": 1, "Haltung": 2,
                     "Leitung": 1},
    "polygone": {"Schacht": 3, "Anschlusspunkt": 1, "Straßenablauf": 1, "Bauwerk": 2,
                 "Haltung": 2, "Leitung": 1},
    "polygone_bogen": {"Schacht": 3, "Anschlusspunkt": 1, "Straßenablauf": 1, "Bauwerk": 1,
                       "Haltung": 2},
}
CASES = [(version, form) for version in VERSIONS for form in FORMS]


def point(wc, table, code):
    (blob,) = rows(wc, f'SELECT geom FROM "{table}" WHERE object_code = ?', code)[0]
    return _points(blob)


def close(a, b, tolerance):
    return math.hypot(a[0] - b[0], a[1] - b[1]) <= tolerance


def test_the_committed_samples_are_what_the_generator_writes():
    for name, (text, encoding) in samples().items():
        with open(os.path.join(OUT, name), encoding=encoding) as f:
            assert f.read() == text, f"{name}: run python tests/isybau_samples.py"
    committed = {n for n in os.listdir(OUT) if n.endswith(".xml")}
    assert committed == set(samples())


@pytest.mark.parametrize("version, form", CASES)
def test_every_version_and_geometry_form_imports_whole(tmp_path, version, form):
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, sample_path(f"isybau_{version}_{form}.xml"))
    assert report.skipped == [] and report.warnings == []
    assert {kind: n for (_, kind), n in report.kinds.items()} == FORM_KINDS[form]
    # GK zone 4 (2006) lands on the UTM site within the transformation's centimetres.
    tolerance = 0.05 if version == "2006" else 0.0005
    for code, (_, x, y, _, _) in SITE.items():
        if form == "punkte" and code == "S2":
            continue  # placed by its DMP, checked below
        assert close(point(wc, "manhole", code)[0], (x, y), tolerance), code
    assert close(point(wc, "gully", "SE1")[0], GULLY[1:3], tolerance)
    assert close(point(wc, "manhole", "AP1")[0], HOUSE[1:3], tolerance)  # its GA point
    # Every Kante of the file is there with its line, ends where the file says.
    kanten = sum(n for kind, n in FORM_KINDS[form].items()
                 if kind in ("Haltung", "Leitung", "Rinne", "Gerinne"))
    lines = rows(wc, "SELECT object_code, geom FROM pipe UNION ALL "
                     "SELECT object_code, geom FROM lateral")
    assert len(lines) == kanten
    assert all(len(_points(blob)) >= 2 for _, blob in lines)
    if kanten:
        line = point(wc, "pipe", "S1")  # the Haltung named like its upstream Schacht
        assert close(line[0], SITE["S1"][1:3], tolerance)
        assert close(line[-1], SITE["S2"][1:3], tolerance)


@pytest.mark.parametrize("version", list(VERSIONS))
def test_nodes_are_placed_by_their_punktattribut(tmp_path, version):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, sample_path(f"isybau_{version}_punkte.xml"))
    tolerance = 0.05 if version == "2006" else 0.0005
    assert close(point(wc, "manhole", "S2")[0], SITE["S2"][1:3], tolerance)  # DMP only
    assert close(point(wc, "manhole", "B1")[0], PUMP[1:3], tolerance)  # KOP
    assert close(point(wc, "manhole", "B2")[0], PLANT[1:3], tolerance)  # ZLK
    assert rows(wc, "SELECT object_code, node_kind, cover_level, invert_level FROM manhole "
                    "ORDER BY object_code") == [
        ("AP1", "Anschlusspunkt", 700.4, 699.9), ("B1", "Bauwerk", 700.0, 695.0),
        ("B2", "Bauwerk", None, None), ("S1", "Schacht", 700.5, 698.2),
        ("S2", "Schacht", 700.1, None), ("S3", "Schacht", 699.8, 697.5)]
    assert rows(wc, "SELECT object_code, cover_level FROM gully") == [("SE1", 700.3)]


@pytest.mark.parametrize("version", list(VERSIONS))
def test_an_outline_or_a_line_places_a_bauwerk_without_points(tmp_path, version):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, sample_path(f"isybau_{version}_polygone.xml"))
    tolerance = 0.05 if version == "2006" else 0.0005
    centre = (sum(x for x, _ in BASIN_RING) / 4, sum(y for _, y in BASIN_RING) / 4)
    assert close(point(wc, "manhole", "B3")[0], centre, tolerance)
    assert close(point(wc, "manhole", "B4")[0], SWALE_LINE[1], tolerance)
    # The kinked Haltung keeps its vertex.
    assert len(point(wc, "pipe", "S1")) == 3


@pytest.mark.parametrize("version, form", [(v, f) for v in VERSIONS
                                            for f in ("kanten_bogen", "polygone_bogen")])
def test_arcs_become_vertices_along_them(tmp_path, version, form):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, sample_path(f"isybau_{version}_{form}.xml"))
    line = point(wc, "pipe", "S1")
    assert len(line) >= 10
    radius = math.hypot(SITE["S1"][1] - ARC_CENTRE[0], SITE["S1"][2] - ARC_CENTRE[1])
    tolerance = 0.05 if version == "2006" else 0.002
    for x, y in line:
        assert abs(math.hypot(x - ARC_CENTRE[0], y - ARC_CENTRE[1]) - radius) < tolerance
    if form == "kanten_bogen":  # the Leitung's arc through a point on it
        lateral = point(wc, "lateral", "SE1")
        assert len(lateral) >= 3
        assert close(lateral[0], GULLY[1:3], tolerance) and close(lateral[-1], LATERAL_END,
                                                                  tolerance)
        assert min(math.hypot(x - ARC_POINT[0], y - ARC_POINT[1]) for x, y in lateral) < 0.3


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_validates_against_its_structure(name):
    report = validate_file(sample_path(name))
    assert report.findings == [], report.text()


# The vendored real files: what the check finds in each (they are not edited).
REAL_FINDINGS = {
    "amphibitus-m150xml/ISYBAU_XML-2017-Stammdaten.xml": (3, 3),  # 'AS' codes; long Leitungen
    "amphibitus-m150xml/DWA-M150_Beispiel_04-2010_TypB.xml": (0, 5),  # HI002 over A8
    "amphibitus-m150xml/ISYBAU-2006_Export_INGRADA.xml": (0, 0),
    # HG308/HG404 longer than the catalogue's field widths (37 each); 8 long Haltungen
    "amphibitus-m150xml/DWA-M150_Beispiel_UTM.xml": (0, 82),
    "fabiologe-isybauxml/bauwerke.xml": (0, 1),  # a Haltung far longer than drawn
    "fabiologe-isybauxml/scaling.xml": (0, 4),  # local coordinates: not imported
}


@pytest.mark.parametrize("name, expected", sorted(REAL_FINDINGS.items()))
def test_every_real_file_validates_with_its_known_findings(name, expected):
    path = os.path.join(DATA, "real", name)
    report = validate_file(path)
    assert (len(report.errors), len(report.warnings)) == expected, report.text()


def test_every_real_file_in_tests_data_is_listed_here():
    found = set()
    for folder in os.listdir(os.path.join(DATA, "real")):
        for name in os.listdir(os.path.join(DATA, "real", folder)):
            if name.lower().endswith(".xml"):
                found.add(f"{folder}/{name}")
    assert found == set(REAL_FINDINGS)


REAL_ISYBAU = ["amphibitus-m150xml/ISYBAU_XML-2017-Stammdaten.xml",
               "amphibitus-m150xml/ISYBAU-2006_Export_INGRADA.xml",
               "fabiologe-isybauxml/bauwerke.xml"]


@pytest.mark.parametrize("name", ISYBAU_SAMPLES + REAL_ISYBAU)
def test_isybau_round_trip_gives_the_same_working_copy(tmp_path, name):
    first, second = str(tmp_path / "a.gpkg"), str(tmp_path / "b.gpkg")
    import_isybau(first, os.path.join(DATA, "real", name) if name in REAL_ISYBAU
                  else sample_path(name))
    out = str(tmp_path / "out.xml")
    export_isybau(first, out)
    report = import_isybau(second, out)
    assert report.skipped == []
    assert dump(first) == dump(second)
    # What we write validates against the 2017 rules (a Zustand of a pipe lacks only the
    # video position, which the working copy does not keep); a real file's own findings
    # (a code outside the list, a Haltung longer than drawn) travel with its data.
    findings = validate_file(out).findings
    known = set()
    if name in REAL_ISYBAU:
        known = {f.message for f in validate_file(os.path.join(DATA, "real", name)).findings}
    assert all("Timecode" in f.message or f.message in known for f in findings), \
        [f.message for f in findings]


REAL_M150 = ["DWA-M150_Beispiel_04-2010_TypB.xml", "DWA-M150_Beispiel_UTM.xml"]


@pytest.mark.parametrize("name", M150_SAMPLES + REAL_M150)
def test_m150_round_trip_gives_the_same_working_copy(tmp_path, name):
    path = os.path.join(DATA, "real", "amphibitus-m150xml", name) \
        if name in REAL_M150 else sample_path(name)
    first, second, third = (str(tmp_path / f"{n}.gpkg") for n in "abc")
    import_any(first, path)
    out, again = str(tmp_path / "out.xml"), str(tmp_path / "again.xml")
    export_m150(first, out)
    assert import_any(second, out).skipped == []
    assert dump(first) == dump(second)
    export_m150(second, again)
    import_any(third, again)
    assert dump(second) == dump(third)
    assert validate_file(out).errors == []
