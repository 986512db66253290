"""Real deliveries of several producers: exact counts by kind, every Kante with its
geometry, two deliveries of one site in different CRSs agreeing, and Zustandsdaten with
their classes.

The files vendored are in tests/data/real/ (tests/data/README.md names each one's source
and licence). The others are measured only where a copy is at hand: files without a
licence (the official 2013 examples re-published in tschuettenberg/isybau2qgep, incl. the
only evaluated Zustandsdaten file) and files we did not vendor (the official 2006 example,
more of the fabiologe exporter's). Set KT_REAL_EXCHANGE_FILES to a folder holding them in
the layout <owner>_<repo>/<file>; their tests are skipped otherwise.
"""

import math
import os
import sqlite3

import pytest
from lxml import etree

from kempten_twin_plugin.io.exchange.api import import_any
from kempten_twin_plugin.io.isybau.export import _points
from tests.helpers.network_dump import rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REAL = os.path.join(ROOT, "tests", "data", "real")
LOCAL = os.environ.get("KT_REAL_EXCHANGE_FILES", "")


def counts(report):
    assets = {kind: n for (table, kind), n in report.kinds.items() if table != "inspection"}
    inspections = {kind: n for (table, kind), n in report.kinds.items() if table == "inspection"}
    return assets, inspections


# file: (kinds of assets, kinds of inspections, skipped, warnings)
VENDORED = {
    "amphibitus-m150xml/ISYBAU_XML-2017-Stammdaten.xml": (
        {"Schacht": 116, "Anschlusspunkt": 18, "Straßenablauf": 9, "Bauwerk": 25,
         "Haltung": 135, "Leitung": 15}, {}, 0, 3),
    "amphibitus-m150xml/DWA-M150_Beispiel_04-2010_TypB.xml": (
        {"Schacht": 5, "Haltung": 4}, {"Haltung": 5, "Knoten": 5}, 0, 0),
    # INGRADA Desktop, ISYBAU 2006: Kanten as Geometriedaten/Kanten/Kante/Start|Ende with
    # bare 6-digit UTM eastings (0 of 67 Kanten were read before).
    "amphibitus-m150xml/ISYBAU-2006_Export_INGRADA.xml": (
        {"Schacht": 68, "Haltung": 67}, {}, 0, 0),
    # Points declared GP002=UTM with GP005/GP006 (nothing was read before); 8 Haltungen
    # whose HG310 length is more than 5 % over their drawn line.
    "amphibitus-m150xml/DWA-M150_Beispiel_UTM.xml": (
        {"Schacht": 43, "Haltung": 37}, {"Haltung": 37}, 0, 8),
    "fabiologe-isybauxml/bauwerke.xml": ({"Schacht": 2, "Bauwerk": 4, "Haltung": 3}, {}, 0, 1),
    # Local coordinates (a drawing's), no German reference system: nothing is imported,
    # every object named with the reason.
    "fabiologe-isybauxml/scaling.xml": ({}, {}, 4, 0),
}


@pytest.mark.parametrize("name, expected", sorted(VENDORED.items()))
def test_vendored_real_files_import_with_exact_counts(tmp_path, name, expected):
    kinds, inspections, skipped, warnings = expected
    report = import_any(str(tmp_path / "wc.gpkg"), os.path.join(REAL, name))
    assert counts(report) == (kinds, inspections)
    assert (len(report.skipped), len(report.warnings)) == (skipped, warnings)
    assert not any("geometry" in reason for _, _, reason in report.skipped)


def test_the_fabiologe_exporter_s_bauwerke_are_placed_by_kop(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    import_any(wc, os.path.join(REAL, "fabiologe-isybauxml", "bauwerke.xml"))
    found = dict(rows(wc, "SELECT object_code, node_kind FROM manhole"))
    assert found == {"K3": "Schacht", "K4": "Schacht", "Becken1": "Bauwerk",
                     "Behandlungsanlage": "Bauwerk", "Klaeranlage": "Bauwerk",
                     "Pumpwerk": "Bauwerk"}
    (blob,) = rows(wc, "SELECT geom FROM manhole WHERE object_code = 'Pumpwerk'")[0]
    assert _points(blob) == [(346585.529, 5461905.32)]


def test_ingrada_2006_kanten_start_ende_give_every_haltung_its_line(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    import_any(wc, os.path.join(REAL, "amphibitus-m150xml", "ISYBAU-2006_Export_INGRADA.xml"))
    lines = {code: _points(blob) for code, blob in rows(wc, "SELECT object_code, geom FROM pipe")}
    assert len(lines) == 67 and all(len(points) == 2 for points in lines.values())
    assert lines["12"] == [(497053.081, 5678534.405), (497095.341, 5678505.374)]


def test_m150_points_declared_utm_are_read_from_gp005_gp006(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    import_any(wc, os.path.join(REAL, "amphibitus-m150xml", "DWA-M150_Beispiel_UTM.xml"))
    (blob,) = rows(wc, "SELECT geom FROM manhole WHERE object_code = '97343037'")[0]
    assert _points(blob) == [(496985.314, 5732156.328)]
    assert rows(wc, "SELECT count(*) FROM inspection WHERE asset IS NULL") == [(0,)]


# --- measured where a copy of files without a licence is at hand -------------------------------

def local(name):
    path = os.path.join(LOCAL, name)
    if not LOCAL or not os.path.exists(path):
        pytest.skip(f"{name}: not in tests/data (see its README); set KT_REAL_EXCHANGE_FILES "
                    "to measure it")
    return path


LOCAL_FILES = {
    "Amphibitus_m150xml/ISYBAU_XML-2006-Stammdaten.xml": (
        {"Schacht": 115, "Anschlusspunkt": 15, "Straßenablauf": 9, "Bauwerk": 26,
         "Haltung": 135, "Leitung": 14}, {}, 0),
    "fabiologe_isybauxml/AP_24_1.xml": (
        {"Schacht": 15, "Anschlusspunkt": 23, "Straßenablauf": 21, "Bauwerk": 4,
         "Haltung": 16, "Leitung": 25}, {}, 0),
    "fabiologe_isybauxml/randomUTM.xml": (
        {"Schacht": 20, "Anschlusspunkt": 78, "Straßenablauf": 8, "Bauwerk": 1,
         "Haltung": 21, "Leitung": 43}, {}, 0),
    # Two Pumpen of the model net have no geometry at all (the schema allows that): the
    # only objects skipped, none of them a Kante.
    "fabiologe_isybauxml/Model.xml": ({"Schacht": 81, "Bauwerk": 2, "Haltung": 81}, {}, 2),
    "tschuettenberg_isybau2qgep/ISYBAU_XML-2013-Stammdaten.xml": (
        {"Schacht": 116, "Anschlusspunkt": 15, "Straßenablauf": 9, "Bauwerk": 25,
         "Haltung": 135, "Leitung": 14}, {}, 0),
    "tschuettenberg_isybau2qgep/ISYBAU_XML-2013-Stammdaten_Geometrie_BFR251.xml": (
        {"Schacht": 3, "Anschlusspunkt": 14, "Straßenablauf": 1, "Bauwerk": 20, "Haltung": 2,
         "Leitung": 2, "Rinne": 2, "Gerinne": 1}, {}, 0),
    "tschuettenberg_isybau2qgep/ISYBAU_XML-2013-Stammdaten_Sanierung_Abnahme.xml": (
        {"Schacht": 116, "Anschlusspunkt": 15, "Straßenablauf": 9, "Bauwerk": 25,
         "Haltung": 135, "Leitung": 14}, {"Haltung": 7, "Schacht": 5}, 0),
}


@pytest.mark.parametrize("name, expected", sorted(LOCAL_FILES.items()))
def test_local_real_files_import_with_exact_counts(tmp_path, name, expected):
    kinds, inspections, skipped = expected
    report = import_any(str(tmp_path / "wc.gpkg"), local(name))
    assert counts(report) == (kinds, inspections)
    assert len(report.skipped) == skipped
    assert not any("geometry" in reason for _, _, reason in report.skipped)


def test_local_same_site_in_gauss_krueger_2006_and_utm_2017_within_30_cm(tmp_path):
    old, new = str(tmp_path / "2006.gpkg"), str(tmp_path / "2017.gpkg")
    import_any(old, local("Amphibitus_m150xml/ISYBAU_XML-2006-Stammdaten.xml"))
    import_any(new, os.path.join(REAL, "amphibitus-m150xml", "ISYBAU_XML-2017-Stammdaten.xml"))
    positions = []
    for path in (old, new):
        con = sqlite3.connect(path)
        positions.append({code: _points(blob)[0] for code, blob in con.execute(
            "SELECT object_code, geom FROM manhole WHERE node_kind = 'Schacht'")})
        con.close()
    common = sorted(set(positions[0]) & set(positions[1]))
    assert len(common) >= 100
    distances = [math.dist(positions[0][c], positions[1][c]) for c in common]
    assert max(distances) < 0.3, max(distances)


def test_local_evaluated_zustandsdaten_link_every_inspection_with_its_class(tmp_path):
    stamm = local("tschuettenberg_isybau2qgep/ISYBAU_XML-2013-Stammdaten.xml")
    zustand = local("tschuettenberg_isybau2qgep/ISYBAU_XML-2013-Zustandsdaten_DIN_EN_13508-2_"
                    "AH_Abwasser_bewertet_Filme.xml")
    wc = str(tmp_path / "wc.gpkg")
    import_any(wc, stamm)
    report = import_any(wc, zustand)
    assert report.warnings == [] and report.results()["INSPECTIONS"] == 248
    assert rows(wc, "SELECT count(*) FROM inspection WHERE asset IS NULL") == [(0,)]
    tables = {"1": "pipe", "2": "lateral", "3": "manhole", "4": "manhole"}
    compared = 0
    for anlage in etree.parse(zustand).iter("{*}InspizierteAbwassertechnischeAnlage"):
        manual = anlage.findtext(".//{*}Bewertung/{*}KlasseManuell")
        if manual is None:
            continue
        found = rows(wc, "SELECT condition_class FROM inspection WHERE object_code = ? AND "
                         "asset_table = ? AND inspected_on = ?",
                     anlage.findtext("{*}Objektbezeichnung"),
                     tables[anlage.findtext("{*}Anlagentyp")],
                     anlage.findtext(".//{*}Inspektionsdatum"))
        assert found and all(klass == (int(manual),) for klass in found)
        compared += 1
    assert compared == 246
