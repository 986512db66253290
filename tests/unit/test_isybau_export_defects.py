"""Open defects of manholes and pipes in the ISYBAU export (Zustandsdaten), and back.

The working copy is born from an ISYBAU file (as in the city), gets defects through the
defect workflow a user drives, is exported and imported into a fresh working copy.
"""

import os
import sqlite3

import pytest
from lxml import etree

from kempten_twin_plugin.core import catalogues as cat
from kempten_twin_plugin.io.exchange.api import import_isybau
from kempten_twin_plugin.io.isybau.export import export_isybau
from kempten_twin_plugin.io.isybau.zustand_export import MAIN_CODES, OBJECT_CLASS
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import geometry as gpkg_geometry
from tests.helpers.network_dump import dump, rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NS = {"i": "http://www.bfr-abwasser.de"}
NETWORK = ("manhole", "pipe", "gully", "lateral", "source_record")


def report(db, code, table, category, severity, day, description="", steps=()):
    uuid, blob = db.execute(f'SELECT uuid, geom FROM "{table}" WHERE object_code = ?',
                            (code,)).fetchone()
    x, y = gpkg_geometry.point_of(blob) if table != "pipe" else (598010.0, 5287010.0)
    defect = store.create_defect(db, asset_table=table, asset=uuid, category=category,
                                 severity=severity, x=x, y=y, description=description,
                                 reported_by="k.wagner", reported_at=day)
    for step in steps:
        store.change_status(db, [defect], step, "Grund" if step == "abgelehnt" else "",
                               "k.wagner")
    return db.execute("SELECT defect_number FROM defect WHERE uuid = ?", (defect,)).fetchone()[0]


@pytest.fixture
def sample(tmp_path):
    """The small street as an ISYBAU 2024 file: S1–S3, H1, H2, gully SE1 with L1, and two
    inspections (H1, S2 on 2021-05-04)."""
    from tests.helpers.isybau_samples import isybau_file, write

    return write(tmp_path / "street_2024.xml", isybau_file("2024-06"))


@pytest.fixture
def city(tmp_path, sample):
    """The sample's street with defects in several states on a manhole, a pipe and the
    gully."""
    wc = str(tmp_path / "city.gpkg")
    import_isybau(wc, sample)
    db = store.connect(wc)
    numbers = {
        "roots": report(db, "S2", "manhole", "Wurzeleinwuchs", 3, "2026-03-02T09:00:00Z",
                        "Wurzeln am Zulauf"),
        "grating": report(db, "S2", "manhole", "Rost fehlt", 1, "2026-03-02T15:30:00Z"),
        "blocked": report(db, "H1", "pipe", "verstopft", 2, "2026-03-03T07:00:00Z",
                          "Rückstau bis S1", ("geprüft", "beauftragt")),
        "smell": report(db, "H1", "pipe", "Geruch", 4, "2026-03-03T08:00:00Z"),
        "gully": report(db, "SE1", "gully", "Schlammeimer voll", 3, "2026-03-04T10:00:00Z"),
        "rejected": report(db, "H2", "pipe", "Sonstiges", 2, "2026-03-01T10:00:00Z", "",
                           ("abgelehnt",)),
        "fixed": report(db, "S1", "manhole", "Absenkung", 2, "2026-02-01T10:00:00Z", "",
                        ("geprüft", "beauftragt", "in Arbeit", "behoben")),
    }
    db.close()
    return wc, numbers


def states(path):
    """(object, Anlagentyp, date, tag, code, class, comment) of every Zustand in the file."""
    out = []
    for anlage in etree.parse(path).iterfind(".//i:InspizierteAbwassertechnischeAnlage", NS):
        head = (anlage.findtext("i:Objektbezeichnung", namespaces=NS),
                anlage.findtext("i:Anlagentyp", namespaces=NS),
                anlage.findtext(".//i:Inspektionsdatum", namespaces=NS))
        for state in anlage.iterfind(".//i:Inspektionsdaten/*", NS):
            out.append(head + (etree.QName(state).localname,
                               state.findtext("i:InspektionsKode", namespaces=NS),
                               state.findtext("i:Klassifizierung/i:MaxSKeAuto", namespaces=NS),
                               state.findtext("i:Kommentar", namespaces=NS)))
    return out


def test_open_defects_of_manholes_and_pipes_are_written_as_zustand(city, tmp_path):
    wc, n = city
    out = str(tmp_path / "out.xml")
    counts = export_isybau(wc, out)
    assert (counts["defect"], counts["defect_skipped"], counts["inspection"]) == (4, 1, 2)
    written = [s for s in states(out) if s[6] and s[6].startswith("Mangel")]
    assert written == [
        ("H1", "1", "2026-03-03", "RZustand", "BBE", "4",
         f"Mangel {n['blocked']}: verstopft – Rückstau bis S1"),
        ("H1", "1", "2026-03-03", "RZustand", "BDB", "1", f"Mangel {n['smell']}: Geruch"),
        ("S2", "3", "2026-03-02", "KZustand", "DBA", "3",
         f"Mangel {n['roots']}: Wurzeleinwuchs – Wurzeln am Zulauf"),
        ("S2", "3", "2026-03-02", "KZustand", "DAR", "5", f"Mangel {n['grating']}: Rost fehlt"),
    ]
    # One inspection per asset and day; the imported inspections are written as before.
    tree = etree.parse(out)
    assert len(tree.findall(".//i:InspizierteAbwassertechnischeAnlage", NS)) == 4
    assert [s[:5] for s in states(out) if not (s[6] or "").startswith("Mangel")] == [
        ("H1", "1", "2021-05-04", "RZustand", "BCD"), ("H1", "1", "2021-05-04", "RZustand", "BAB"),
        ("H1", "1", "2021-05-04", "RZustand", "BDC"), ("S2", "3", "2021-05-04", "KZustand", "DAC")]
    assert [k.text for k in tree.iterfind(".//i:Kennungen/i:Kollektiv/i:Kennung", NS)] == [
        "STA01", "ZUS01"]
    # Neither the gully's nor the closed defects are anywhere in the file.
    text = open(out, encoding="utf-8").read()
    for key in ("gully", "rejected", "fixed"):
        assert n[key] not in text


def test_reimport_gives_the_defects_as_observations_on_the_same_assets(city, tmp_path):
    wc, n = city
    out = str(tmp_path / "out.xml")
    export_isybau(wc, out)
    again = str(tmp_path / "again.gpkg")
    result = import_isybau(again, out)
    assert result.skipped == []
    first, second = dump(wc), dump(again)
    for table in NETWORK:  # the Stammdaten round trip is untouched by the defects
        assert first[table] == second[table], table
    assert set(first["inspection"]) < set(second["inspection"])
    found = rows(again, (
        "SELECT i.asset_table, coalesce(m.object_code, p.object_code), i.inspected_on, o.code, "
        "o.condition_class, o.condition_scheme, o.remark FROM inspection i JOIN observation o "
        "ON o.inspection = i.uuid LEFT JOIN manhole m ON m.uuid = i.asset AND i.asset_table = "
        "'manhole' LEFT JOIN pipe p ON p.uuid = i.asset AND i.asset_table = 'pipe' "
        "WHERE o.remark LIKE 'Mangel %' ORDER BY i.object_code, o.position"))
    assert found == [
        ("pipe", "H1", "2026-03-03", "BBE", 4, "ISYBAU",
         f"Mangel {n['blocked']}: verstopft – Rückstau bis S1"),
        ("pipe", "H1", "2026-03-03", "BDB", 1, "ISYBAU", f"Mangel {n['smell']}: Geruch"),
        ("manhole", "S2", "2026-03-02", "DBA", 3, "ISYBAU",
         f"Mangel {n['roots']}: Wurzeleinwuchs – Wurzeln am Zulauf"),
        ("manhole", "S2", "2026-03-02", "DAR", 5, "ISYBAU", f"Mangel {n['grating']}: Rost fehlt"),
    ]
    # The worst class of the day is the inspection's.
    assert rows(again, "SELECT object_code, condition_class FROM inspection WHERE "
                       "inspected_on LIKE '2026-%' ORDER BY object_code") == [("H1", 4), ("S2", 5)]


def test_without_open_defects_of_manholes_and_pipes_the_file_is_as_before(tmp_path, sample):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, sample)
    db = sqlite3.connect(wc)
    db.execute("DELETE FROM observation")
    db.execute("DELETE FROM inspection")
    db.commit()
    db.close()
    db = store.connect(wc)
    report(db, "SE1", "gully", "verstopft", 2, "2026-03-04T10:00:00Z")
    report(db, "S2", "manhole", "Geruch", 3, "2026-02-01T10:00:00Z", "",
           ("geprüft", "beauftragt", "in Arbeit", "behoben"))
    report(db, "H2", "pipe", "Sonstiges", 2, "2026-03-01T10:00:00Z", "", ("abgelehnt",))
    db.close()
    with_defects, without = str(tmp_path / "a.xml"), str(tmp_path / "b.xml")
    counts = export_isybau(wc, with_defects)
    assert export_isybau(wc, without, defects=False)["defect"] == 0
    assert (counts["defect"], counts["defect_skipped"]) == (0, 1)
    assert open(with_defects, "rb").read() == open(without, "rb").read()
    tree = etree.parse(with_defects)
    assert tree.find(".//i:Zustandsdatenkollektiv", NS) is None
    assert [k.text for k in tree.iterfind(".//i:Kennungen/i:Kollektiv/i:Kennung", NS)] == [
        "STA01"]


def test_export_without_defects_leaves_them_out_and_counts_none(city, tmp_path):
    wc, n = city
    out = str(tmp_path / "out.xml")
    counts = export_isybau(wc, out, defects=False)
    assert (counts["defect"], counts["defect_skipped"], counts["inspection"]) == (0, 0, 2)
    assert all(not (s[6] or "").startswith("Mangel") for s in states(out))


def test_hostile_description_and_a_defect_of_a_vanished_asset(city, tmp_path):
    wc, n = city
    db = store.connect(wc)
    number = report(db, "H2", "pipe", "Sonstiges", 2, "2026-03-05T10:00:00Z",
                    "Deckel\x00 weg\x1b[31m <script>&amp;</script>\ufffe")
    db.execute("UPDATE defect SET asset = 'no-such-pipe' WHERE defect_number = ?", (n["smell"],))
    db.commit()
    db.close()
    out = str(tmp_path / "out.xml")
    counts = export_isybau(wc, out)
    assert (counts["defect"], counts["defect_skipped"]) == (4, 2)  # the smell's pipe is gone
    assert ("H2", "1", "2026-03-05", "RZustand", "BDB", "4",
            f"Mangel {number}: Sonstiges – Deckel weg[31m <script>&amp;</script>") in states(out)
    assert n["smell"] not in open(out, encoding="utf-8").read()


def test_every_category_and_severity_has_a_documented_mapping():
    assert set(MAIN_CODES) == set(cat.DEFECT_CATEGORIES)
    for pipe_code, manhole_code in MAIN_CODES.values():
        assert len(pipe_code) == 3 and pipe_code.startswith("B")  # Haltung/Leitung codes
        assert len(manhole_code) == 3 and manhole_code.startswith("D")  # Schacht codes
    assert set(OBJECT_CLASS) == set(cat.SEVERITIES)
    # More urgent is a higher ISYBAU class (0 no defect … 5 act at once), never 0.
    classes = [OBJECT_CLASS[s] for s in sorted(cat.SEVERITIES)]
    assert classes == sorted(classes, reverse=True) and min(classes) >= 1
    docs = open(os.path.join(ROOT, "docs", "exchange.md"), encoding="utf-8").read()
    for category, (pipe_code, manhole_code) in MAIN_CODES.items():
        assert f"| {category} | {pipe_code} | {manhole_code} |" in docs, category


def test_an_inspected_anschlussleitung_is_not_taken_for_a_manhole(tmp_path):
    # BFR reference list U103: Anlagentyp 2 is an Anschlussleitung (inspected with
    # RZustand), 3 a Schacht. A Leitung's inspection must not land on a manhole of the
    # same code.
    import re

    from tests.helpers.isybau_samples import isybau_file, write

    text = isybau_file()
    leitung = re.sub(r"<Objektbezeichnung>H1</Objektbezeichnung>(\s*)<Anlagentyp>1</Anlagentyp>",
                     r"<Objektbezeichnung>S1</Objektbezeichnung>\1<Anlagentyp>2</Anlagentyp>",
                     text)
    assert leitung != text
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, write(tmp_path / "leitung.xml", leitung))
    con = sqlite3.connect(wc)
    tables = dict(con.execute("SELECT object_code, asset_table FROM inspection").fetchall())
    con.close()
    assert tables == {"S1": "lateral", "S2": "manhole"}
    # No Kante is called S1: the inspection is kept and the report says it found no asset.
    assert any(code == "S1" and "does not exist" in message
               for _, code, message in report.warnings)
