"""The file check before an import (validate_exchange): what breaks the structure of the
file's version is an error with its line, what the import would warn about or skip is a
warning, and no working copy is touched."""

import os
import re

import pytest

from kempten_twin_plugin.io.exchange.validate import validate_file
from kempten_twin_plugin.io.xml_safe import ExchangeError
from tests.helpers.isybau_samples import isybau_file, sample_path, write


def check(tmp_path, text, name="x.xml", encoding="utf-8"):
    return validate_file(write(tmp_path / name, text, encoding))


def line_of(text, needle, nth=1):
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    return text[:at].count("\n") + 1


def sample(name):
    return open(sample_path(name), encoding="iso-8859-1" if "_2006_" in name or "_2013_" in name
                else "utf-8").read()


def test_a_missing_required_element_is_an_error_with_the_parents_line(tmp_path):
    text = sample("isybau_2013_kanten.xml")
    broken = text.replace("<KnotenAblaufTyp>0</KnotenAblaufTyp>", "", 1)
    report = check(tmp_path, broken, encoding="iso-8859-1")
    (finding,) = report.errors
    assert "KnotenAblaufTyp" in finding.message and finding.where == "Kante"
    assert finding.line == line_of(broken, "<SohlhoeheZulauf>")  # where it was due


def test_an_element_out_of_order_is_an_error(tmp_path):
    text = sample("isybau_2017_punkte.xml")
    # CRSLage belongs after Geometriedaten: move the first one before it.
    broken = text.replace("<Geometriedaten>", "<CRSLage>ETRS89_UTM32</CRSLage><Geometriedaten>", 1)
    broken = broken.replace("<CRSLage>ETRS89_UTM32</CRSLage>\n", "", 2)
    report = check(tmp_path, broken)
    assert [f.message for f in report.errors] == [
        "Geometriedaten comes too late: it belongs before CRSLage"]


def test_values_outside_their_type_or_code_list_are_errors(tmp_path):
    text = sample("isybau_2017_kanten.xml")
    broken = text.replace("<KantenTyp>0</KantenTyp>", "<KantenTyp>7</KantenTyp>", 1)
    broken = broken.replace("<Laenge>50.00</Laenge>", "<Laenge>50,00</Laenge>", 1)
    broken = broken.replace("<PunktattributAbwasser>DMP</PunktattributAbwasser>",
                            "<PunktattributAbwasser>XYZ</PunktattributAbwasser>", 1)
    report = check(tmp_path, broken)
    messages = sorted(f.message for f in report.errors)
    assert len(messages) == 3
    assert any("'7' is not in the code list" in m for m in messages)
    assert any("'50,00' is not a number with a decimal point" in m for m in messages)
    assert any("'XYZ' is not in the code list" in m for m in messages)
    assert {f.line for f in report.errors} == {
        line_of(broken, "<KantenTyp>7"), line_of(broken, "<Laenge>50,00"),
        line_of(broken, ">XYZ<")}


def test_an_unknown_element_is_an_error_but_a_warning_in_2024(tmp_path):
    for year, severity in (("2017", "error"), ("2024", "warning")):
        text = sample(f"isybau_{year}_punkte.xml").replace(
            "<Objektart>2</Objektart>", "<Objektart>2</Objektart><Erfassungsart>1</Erfassungsart>",
            1)
        report = check(tmp_path, text, f"{year}.xml")
        assert [(f.severity, f.message) for f in report.findings] == [
            (severity, "element Erfassungsart is not allowed here")]


def test_plausibility_findings_are_warnings_and_the_schema_s_keys_errors(tmp_path):
    from tests.helpers.isybau_samples import NODES, node_xml

    nodes = [("S1", "Schacht", 598000.0, 5287000.0, 697.0, 698.2)] + NODES[1:]
    pipes = [("H1", "S1", "S2", 698.2, 697.95, 80.0, "STZ", 300),
             ("H2", "S2", "S7", 697.9, 697.55, 50.0, "B", 400)]
    twice = node_xml("S3", 598300.0, 5287100.0, 701.0, 699.0, "utm_prefix")
    text = isybau_file(nodes=nodes, pipes=pipes, extra_objects=twice, zustand=False)
    report = check(tmp_path, text)
    by_code = {(f.severity, f.where): f.message for f in report.findings}
    assert "above the cover" in by_code[("warning", "S1")]
    assert "5 %" in by_code[("warning", "H1")]
    # The schema's keys: a node named by a Kante must be in the file, a code once per
    # Objektart.
    assert "'S7'" in by_code[("error", "H2")]
    assert "second time among the Knoten" in by_code[("error", "S3")]
    assert len(report.findings) == 4
    assert report.results() == {"ERRORS": 2, "WARNINGS": 2}


def test_the_same_code_for_a_haltung_and_a_schacht_is_fine(tmp_path):
    # Every producer names a Haltung like its upstream Schacht: code and Objektart are
    # the key, so this is no finding.
    assert validate_file(sample_path("isybau_2013_kanten.xml")).findings == []


@pytest.mark.parametrize("change, message", [
    (("<KG001>S1</KG001>", "<KG001></KG001>"), "required field KG001 is missing or empty"),
    (("<GP002>UTM</GP002>", "<GP002>LL</GP002>"), "coordinate system 'LL' is neither GK nor UTM"),
    (("<HG313>A</HG313>", "<HG313>A</HG313><HG999x>1</HG999x>"),
     "field HG999x does not belong in HG"),
    (("<FD002>B</FD002>", "<FD002>Q</FD002>"), "format type 'Q' is none of A, B, D, Z"),
])
def test_m150_structure_from_the_field_catalogue(tmp_path, change, message):
    text = sample("m150_utm_typ_b.xml").replace(*change, 1)
    report = check(tmp_path, text)
    assert message in [f.message for f in report.errors], report.text()
    finding = next(f for f in report.errors if f.message == message)
    assert finding.line == line_of(text, change[1].split(">")[0] + ">") or finding.line > 1


def test_m150_field_sizes_and_declared_pairs_are_warnings(tmp_path):
    text = sample("m150_utm_typ_b.xml").replace("<HG313>A</HG313>", "<HG313>AA</HG313>", 1)
    text = re.sub(r"<GP005>([^<]*)</GP005>\s*<GP006>([^<]*)</GP006>",
                  r"<GP003>\1</GP003><GP004>\2</GP004>", text, count=1)
    report = check(tmp_path, text)
    assert report.errors == []
    messages = [f.message for f in report.warnings]
    assert "longer than 1 characters" in messages
    assert any("GP002 says UTM, but the coordinates are in GP003/GP004" in m for m in messages)


def test_hostile_files_are_refused_as_in_the_import(tmp_path):
    from tests.helpers.isybau_samples import BILLION_LAUGHS, EXTERNAL_ENTITY

    for name, text in (("a.xml", BILLION_LAUGHS), ("b.xml", EXTERNAL_ENTITY),
                       ("c.xml", "<kml/>"), ("d.xml", sample("isybau_2017_kanten.xml")[:2000])):
        with pytest.raises(ExchangeError):
            check(tmp_path, text, name)


def test_the_check_touches_no_working_copy(tmp_path, monkeypatch):
    from kempten_twin_plugin.store import working_copy

    def refuse(*args, **kwargs):
        raise AssertionError("the check opened a working copy")

    monkeypatch.setattr(working_copy, "connect", refuse)
    monkeypatch.setattr(working_copy, "write_working_copy", refuse)
    report = validate_file(sample_path("isybau_2017_zustand_bewertet.xml"))
    assert report.findings == [] and report.objects == 13
    assert os.listdir(tmp_path) == []
    assert "No findings" in report.text()
