"""A German user reads "Tiefe 3,00 m", not "3.00 m": panel, check reasons, Längsschnitt and
defect texts carry the decimal comma once the German translation is loaded (as QGIS loads it
for a German user interface); English keeps the point (the other tests run in English)."""

import re
from types import SimpleNamespace

import pytest

from kempten_twin_plugin.i18n import decimal
from tests.helpers import small_network as net
from tests.helpers.german import german_translation

POINT_DECIMAL = re.compile(r"\d\.\d")


@pytest.fixture
def german():
    with german_translation():
        yield


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return net.write(tmp_path_factory.mktemp("small") / "small.gpkg")


def test_the_helper_follows_the_translation(german):
    assert decimal(2.35) == "2,35" and decimal(-1234.5, 1) == "-1234,5"
    assert decimal(1.5, None) == "1,5" and decimal(None) == "–"


def test_the_point_comes_back_with_english():
    with german_translation():
        assert decimal(2.35) == "2,35"
    assert decimal(2.35) == "2.35"  # nothing kept from the German moment


def test_manhole_panel_in_german(german, small):
    from kempten_twin_plugin.gui.network.inspection_view import report_html
    from kempten_twin_plugin.store.network import describe

    report = describe(small, "manhole", net.uuid_of("M5"))
    attributes = dict(report.attributes)
    assert report.title == "Schacht M5"
    assert attributes["Deckelhöhe"] == "512,00 m NHN" and attributes["Tiefe"] == "3,00 m"
    assert attributes["Sohlhöhe"] == "509,00 m NHN"
    html = report_html(report)
    assert "512,00 m NHN" in html and not POINT_DECIMAL.search(html)


def test_pipe_panel_in_german(german, small):
    from kempten_twin_plugin.store.network import describe

    derived = dict(describe(small, "pipe", net.uuid_of("P4")).derived)
    assert derived["Gefälle"] == f"{0.8 / net.pipe_length('P4') * 1000:.1f} ‰".replace(".", ",")
    assert derived["Höhenunterschied"] == "0,80 m"


def test_network_check_reasons_in_german(german, tmp_path):
    from kempten_twin_plugin.core.network import checks
    from kempten_twin_plugin.store.network import run_checks
    from kempten_twin_plugin.store.working_copy import write_working_copy

    pipes = dict(net.PIPES)
    pipes["P2"] = ("M2", "M3", 509.3, 509.5, 300)  # counter-slope, 20 cm
    path = str(tmp_path / "faulty.gpkg")
    write_working_copy(path, net.rows(pipes=pipes, pipe_start_offset={"P4": (3.0, 4.0)}))
    findings = run_checks(path, distance_tolerance=0.5)
    gap = next(f for f in findings if f.check == checks.PIPE_NOT_AT_MANHOLE)
    assert gap.reason == "Haltung beginnt 5,00 m neben ihrem Schacht M4"
    slope = next(f for f in findings if f.check == checks.COUNTER_SLOPE)
    assert slope.reason == ("Gegengefälle: Die Sohle steigt in Fließrichtung um 20 cm "
                            "(509,30 → 509,50 m NHN)")
    assert not any(POINT_DECIMAL.search(f.reason) for f in findings)


def drawn_texts(svg_path):
    """The strings the profile drew, as the SVG file holds them."""
    svg = open(svg_path, encoding="utf-8").read()
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_profile_data_band_in_german(german, small, tmp_path):
    from kempten_twin_plugin.render.profile_drawing import export_profile
    from kempten_twin_plugin.store.network import longitudinal_profile

    profile = longitudinal_profile(small, "M1", "A1")
    texts = drawn_texts(export_profile(profile, str(tmp_path / "profile.svg")))
    assert "Tiefe [m]" in texts
    # M3: station, cover level, invert level, depth; P3: length and slope.
    for value in ("512,80", "509,50", "3,30", "100,00", "5,0", "513,0"):
        assert value in texts
    station = f"{net.pipe_length('P1'):.2f}".replace(".", ",")
    assert station in texts
    assert texts[0].startswith("Längsschnitt M1 → A1 — ") and ",8 m · " in texts[0]
    assert texts[0].endswith("-fach überhöht")  # the exaggeration is stated
    assert [t for t in texts if POINT_DECIMAL.search(t)] == []


def test_asset_choice_and_repair_statistics_in_german(german):
    from kempten_twin_plugin.core.defects.statistics import (
        DefectStatistics,
        chart_specs,
        median_days_text,
    )
    from kempten_twin_plugin.gui.defects.report_tool import candidate_label

    close = SimpleNamespace(table="gully", object_code="G-17", distance=1.46)
    assert candidate_label(close) == "Straßenablauf G-17 (1,5 m)"
    stats = DefectStatistics(median_days_by_month={"2026-03": 2.5})
    title, data, _colour, value_text = chart_specs(stats)[3]
    assert title.startswith("Median Tage") and value_text(data["2026-03"]) == "2,5 d"
    assert median_days_text(12.25) == "12,2 d"
