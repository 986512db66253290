"""The code mapping the import dialog shows: which codes a file uses, what they mean for
us, and the user's overrides, applied by the import (also in a reading process) and
listed in its report."""

import pytest

from kempten_twin_plugin.io.exchange import codes
from kempten_twin_plugin.io.exchange.api import import_any
from kempten_twin_plugin.io.exchange.code_scan import scan_codes
from tests.helpers.isybau_samples import sample_path
from tests.helpers.network_dump import rows


def test_scan_lists_the_mapped_codes_of_an_isybau_file():
    result = scan_codes(sample_path("isybau_2017_kanten.xml"), "isybau")
    found = {(field, code): n for field, code, n in result.rows()}
    assert found[("KnotenTyp", "0")] == 3 and found[("KnotenTyp", "1")] == 2
    assert found[("KnotenTyp", "2")] == 1
    assert found[("KantenTyp", "2")] == 1 and found[("KantenTyp", "3")] == 1
    assert found[("Punktkennung", "GA")] == 1 and found[("Punktkennung", "SE")] == 1
    # Kanten only (a Schacht's MaterialAufbau counts too, an inspection's Material not).
    assert found[("Material", "STZ")] == 1 and found[("Material", "B")] == 6
    assert ("Entwaesserungsart", "KS") in found


def test_scan_lists_the_mapped_codes_of_an_m150_file():
    result = scan_codes(sample_path("m150_utm_typ_b.xml"), "m150")
    found = {(field, code) for field, code, _ in result.rows()}
    assert {("KG305", "S"), ("KG305", "A"), ("KG305", "B"), ("KG306", "RSA"),
            ("HG313", "A"), ("HG313", "B"), ("Material", "PVC")} <= found


def test_mapping_rows_show_standard_unknown_and_override():
    found = [("KantenTyp", "2", 4), ("Material", "XYZ", 2), ("Material", "B", 9)]
    table = codes.mapping_rows("isybau", found, {"Material": {"XYZ": "Beton"}})
    assert table == [
        ("KantenTyp", "2", 4, "Leitung", "Leitung", False),
        ("Material", "XYZ", 2, None, "Beton", True),
        ("Material", "B", 9, "Beton", "Beton", False)]


@pytest.mark.parametrize("reading", ["in_process", "reading_process"])
def test_overrides_change_the_import_and_are_listed_in_the_report(tmp_path, monkeypatch,
                                                                  reading):
    from kempten_twin_plugin.io.exchange import reader_process

    monkeypatch.setattr(reader_process, "MIN_BYTES", 0 if reading == "reading_process"
                        else 10**15)
    wc = str(tmp_path / "wc.gpkg")
    overrides = {"KantenTyp": {"2": "Haltung"},  # the Rinne as a pipe
                 "Punktkennung": {"GA": "Straßenablauf"},  # the house connection as a gully
                 "Material": {"STZ": "Steinzeug glasiert"}}
    report = import_any(wc, sample_path("isybau_2013_kanten.xml"), overrides=overrides,
                        source="Ingenieurbüro Muster")
    assert report.read_in_second_process == (reading == "reading_process")
    assert rows(wc, "SELECT object_code FROM pipe ORDER BY object_code") == [
        ("AP1",), ("S1",), ("S2",), ("S3",)]
    assert rows(wc, "SELECT object_code FROM gully ORDER BY object_code") == [("AP1",), ("SE1",)]
    assert rows(wc, "SELECT DISTINCT material FROM pipe WHERE object_code = 'S1'") == [
        ("Steinzeug glasiert",)]
    assert report.overridden == {("KantenTyp", "2", "Haltung"): 1,
                                 ("Punktkennung", "GA", "Straßenablauf"): 1,
                                 ("Material", "STZ", "Steinzeug glasiert"): 1}
    text = report.text()
    assert "Codes mapped by your override (delivery source Ingenieurbüro Muster):" in text
    assert "  Material = 'STZ' → 'Steinzeug glasiert': 1" in text
    # The file's own codes stay for the export: the Rinne is written as a Rinne again.
    kept = rows(wc, "SELECT codes FROM source_record WHERE asset_table = 'pipe' AND "
                    "object_code = 'AP1'")
    assert kept and '"KantenTyp": "2"' in kept[0][0]


def test_without_overrides_the_report_names_none(tmp_path):
    report = import_any(str(tmp_path / "wc.gpkg"), sample_path("isybau_2013_kanten.xml"))
    assert report.overridden == {} and "override" not in report.text()
