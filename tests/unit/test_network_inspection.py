"""What the inspection panel says: attributes with units, derived values, neighbours,
open defects, inspections; and the summary of a selection."""

import os
import sqlite3

import pytest

from kempten_twin_plugin.store.network import describe, summarize
from tests.helpers import small_network as net

REFERENCE = os.path.join(os.path.dirname(__file__), "..", "data", "real",
                         "amphibitus-m150xml")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return net.write(tmp_path_factory.mktemp("small") / "small.gpkg")


def test_manhole_report(small):
    report = describe(small, "manhole", net.uuid_of("M5"))
    attributes = dict(report.attributes)
    assert report.title == "Manhole M5"
    assert attributes["Cover level"] == "512.00 m NHN" and attributes["Depth"] == "3.00 m"
    assert attributes["Drainage"] == "KM (combined)"
    roles = {(link.role, link.code) for link in report.neighbours}
    assert roles >= {("upstream pipe", "P3"), ("upstream pipe", "P4"),
                     ("downstream pipe", "P5"), ("downstream pipe", "P6"),
                     ("upstream manhole", "M3"), ("downstream manhole", "A2")}
    assert report.defects == []


def test_pipe_report_derives_slope_and_depths(small):
    report = describe(small, "pipe", net.uuid_of("P4"))
    derived = dict(report.derived)
    assert derived["Fall"] == "0.80 m"
    assert derived["Slope"] == f"{0.8 / net.pipe_length('P4') * 1000:.1f} ‰"
    assert derived["Depth upstream"] == "2.70 m" and derived["Depth downstream"] == "3.00 m"
    assert ("connected gully", "G3") in {(n.role, n.code) for n in report.neighbours}


def test_open_defects_only(small):
    report = describe(small, "manhole", net.uuid_of("M3"))
    assert report.defects == [("2026-0001", "Absenkung", 2, "gemeldet")]


def test_unknown_uuid_gives_none(small):
    assert describe(small, "pipe", "no-such-uuid") is None


def test_selection_summary(small):
    con = sqlite3.connect(small)
    fids = [f for (f,) in con.execute("SELECT fid FROM pipe WHERE object_code IN ('P1','P5')")]
    con.close()
    summary = summarize(small, "pipe", fids)
    assert summary.count == 2 and summary.dn_range == (300, 500)
    assert summary.total_length == pytest.approx(net.pipe_length("P1") + 100, abs=0.01)
    assert summary.materials == [("Beton", 1), ("Steinzeug", 1)]


def test_inspections_of_an_imported_pipe(tmp_path):
    from kempten_twin_plugin.io.exchange.api import import_m150

    path = str(tmp_path / "m150.gpkg")
    import_m150(path, os.path.join(REFERENCE, "DWA-M150_Beispiel_04-2010_TypB.xml"))
    con = sqlite3.connect(path)
    asset, observations = con.execute(
        "SELECT i.asset, (SELECT count(*) FROM observation o WHERE o.inspection = i.uuid) "
        "FROM inspection i WHERE i.asset_table = 'pipe' AND i.asset IS NOT NULL LIMIT 1"
    ).fetchone()
    con.close()
    report = describe(path, "pipe", asset)
    assert len(report.inspections) >= 1
    assert report.inspections[0][3] == observations > 0
