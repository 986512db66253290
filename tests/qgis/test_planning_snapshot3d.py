"""The review report's true 3D picture, rendered by QGIS's own 3D engine (OpenGL through
Mesa under Xvfb, in a separate process), and its honest fallback when that cannot work."""

import os
import re
import shutil
import subprocess

import pytest
from qgis.PyQt.QtGui import QImage

from kempten_twin_plugin.render import snapshot3d
from kempten_twin_plugin.store import working_copy
from tests.helpers.planning_samples import conflict_city

needs_screen = pytest.mark.skipif(
    not os.environ.get("DISPLAY") and shutil.which("xvfb-run") is None,
    reason="no screen and no xvfb-run for OpenGL (make deps installs xvfb)")
pdf_tools = pytest.mark.skipif(shutil.which("pdfimages") is None,
                               reason="poppler-utils (pdfimages) missing: make deps")


@pytest.fixture
def city(tmp_path):
    path = tmp_path / "wc.gpkg"
    _names, project = conflict_city(path)
    return str(path), project


def hue_counts(path):
    """Pixels by colour family: status yellow/orange (Planung), red (Bau), pipe blue."""
    image = QImage(path)
    counts = {"yellow": 0, "red": 0, "blue": 0}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.hsvSaturationF() < 0.5 or colour.valueF() < 0.3:
                continue  # background, grey shafts and ground lines
            hue = colour.hsvHue()
            if 25 <= hue <= 70:
                counts["yellow"] += 1
            elif hue >= 330 or hue <= 12:
                counts["red"] += 1
            elif 200 <= hue <= 235:
                counts["blue"] += 1
    return counts


def set_status(path, status):
    con = working_copy.connect(path)
    con.execute("UPDATE planned_project SET status = ?", (status,))
    con.commit()
    con.close()


@needs_screen
def test_true_3d_picture_shows_buildings_in_status_colour_and_pipes(city, tmp_path):
    path, project = city
    out = snapshot3d.make_snapshot(path, project, str(tmp_path / "planung.png"))
    image = QImage(out)
    assert (image.width(), image.height()) == (1199, 736)  # 277 × 170 mm at 110 dpi
    assert not snapshot3d.image_is_blank(out)
    planung = hue_counts(out)
    # Ten extruded buildings in the "Planung" yellow (lit roofs, shaded walls), none red,
    # and the blue pipes below them.
    assert planung["yellow"] > 1000 and planung["red"] == 0, planung
    assert planung["blue"] > 50, planung

    set_status(path, "Bau")
    out = snapshot3d.make_snapshot(path, project, str(tmp_path / "bau.png"))
    bau = hue_counts(out)
    assert bau["red"] > 1000 and bau["yellow"] < planung["yellow"] / 20, bau


@needs_screen  # without one no renderer is started at all (next test)
def test_time_limit_stops_the_renderer_and_says_why(city, tmp_path):
    path, project = city
    out = tmp_path / "never.png"
    with pytest.raises(snapshot3d.SnapshotError, match="nicht innerhalb von 0.5 s fertig"):
        snapshot3d.make_snapshot(path, project, str(out), timeout=0.5)
    assert not out.exists()


@needs_screen
def test_a_failing_renderer_is_reported_with_its_last_words(city, tmp_path):
    _path, project = city
    out = tmp_path / "x.png"
    with pytest.raises(snapshot3d.SnapshotError, match=r"brach ab \(Code 1: .*Error"):
        snapshot3d.make_snapshot(str(tmp_path / "gibt-es-nicht.gpkg"), project, str(out))
    assert not out.exists()


def test_without_screen_and_xvfb_run_no_renderer_is_started(city, monkeypatch, tmp_path):
    path, project = city
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(snapshot3d.shutil, "which", lambda name: None)
    started = []
    monkeypatch.setattr(snapshot3d.subprocess, "Popen", lambda *a, **k: started.append(a))
    with pytest.raises(snapshot3d.SnapshotError, match="Kein Bildschirm für OpenGL"):
        snapshot3d.make_snapshot(path, project, str(tmp_path / "x.png"))
    assert started == []


@needs_screen
@pdf_tools
def test_review_report_places_the_3d_picture_on_page_2(provider, city, monkeypatch, tmp_path):
    import processing

    path, _project = city
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(snapshot3d.tempfile, "tempdir", str(temp))
    out = str(tmp_path / "bericht.pdf")
    result = processing.run("kempten_twin:review_report",
                            {"WORKING_COPY": path, "PROJECT": "BV-1", "OUTPUT": out})
    assert result["VIEW_3D"] == "3d" and result["PAGES"] == 4
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", out, "-"],
                          capture_output=True, text=True).stdout
    assert "3D-Ansicht" in text and "3D-Engine von QGIS" in text and "2,5D" not in text
    listed = subprocess.run(["pdfimages", "-f", "2", "-l", "2", "-list", out],
                            capture_output=True, text=True).stdout
    sizes = [tuple(map(int, m)) for m in re.findall(r"^\s*2\s+\d+\s+image\s+(\d+)\s+(\d+)",
                                                     listed, re.MULTILINE)]
    assert (1199, 736) in sizes, listed
    assert os.listdir(temp) == []  # the rendered picture's temporary folder is gone


@pdf_tools
def test_report_falls_back_to_25d_and_says_why(provider, city, monkeypatch, tmp_path):
    import processing

    path, _project = city
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(snapshot3d.shutil, "which", lambda name: None)
    out = str(tmp_path / "bericht.pdf")
    result = processing.run("kempten_twin:review_report",
                            {"WORKING_COPY": path, "PROJECT": "BV-1", "OUTPUT": out})
    assert result["VIEW_3D"] == "2.5d" and result["PAGES"] == 4
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", out, "-"], capture_output=True,
                          text=True).stdout
    assert "2,5D-Schrägansicht" in text and "Kein Bildschirm für OpenGL" in text
