"""A large CityGML file is read by two processes, one half each (io/planning/citygml_halves):
what lands in the working copy and in the report is exactly what one reader gives, and a
failing half falls back to reading the whole file."""

import os
import re
import shutil
import sqlite3
import subprocess

import pytest

from kempten_twin_plugin.io.planning import citygml_halves, importer
from kempten_twin_plugin.io.planning.citygml import CityGmlReader
from kempten_twin_plugin.io.planning.errors import PlanningImportError
from kempten_twin_plugin.store.working_copy import write_working_copy

REAL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "real")
# CityGML 1.0 written by FME (a Berlin LoD2 tile): three buildings, EPSG:25833.
BERLIN = os.path.join(REAL, "tjaenichen-citygml2gameobject", "3880_5819.gml")


def many_buildings(path, copies, nan_in_copy=None):
    """The tile's buildings ``copies`` times, each copy with its own gml:ids; in copy
    ``nan_in_copy`` the first coordinate of each building is NaN (refused with a line)."""
    text = open(BERLIN, encoding="utf-8").read()
    head = text[:text.index("\t<cityObjectMember>")]
    members = re.findall(r"\t<cityObjectMember>.*?</cityObjectMember>\n", text, re.S)
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        for n in range(copies):
            for member in members:
                member = re.sub(r'gml:id="([^"]+)"', lambda m, n=n: f'gml:id="{m.group(1)}_{n}"',
                                member)
                if n == nan_in_copy:
                    member = re.sub(r"<gml:posList>\s*[-0-9.]+", "<gml:posList>NaN", member)
                out.write(member)
        out.write("</CityModel>\n")
    return path


def imported(tmp_path, gml, halves, monkeypatch, name):
    monkeypatch.setenv("KT_CITYGML_HALVES_MIN_BYTES", "1" if halves else str(1 << 40))
    wc = str(tmp_path / f"{name}.gpkg")
    write_working_copy(wc, {})
    summary = importer.import_planned(wc, gml, "test")
    with sqlite3.connect(wc) as con:
        rows = con.execute("SELECT gml_id, height_m, storeys, ground_level, function, "
                           "hex(geom) FROM context_building ORDER BY fid").fetchall()
    return summary, rows


@pytest.fixture
def readings(monkeypatch):
    """What this process read: "whole" or "part" per reading of the file."""
    seen = []
    original = CityGmlReader.buildings

    def recording(self, part=None, require=True):
        seen.append("whole" if part is None else "part")
        return original(self, part, require)

    monkeypatch.setattr(CityGmlReader, "buildings", recording)
    return seen


@pytest.fixture
def children(monkeypatch):
    """The reading processes started, as their commands."""
    started = []
    original = subprocess.Popen

    def counting(command, *args, **kwargs):
        started.append(command)
        return original(command, *args, **kwargs)

    monkeypatch.setattr(citygml_halves.subprocess, "Popen", counting)
    return started


def test_two_readers_import_what_one_reader_imports(tmp_path, monkeypatch, children, readings):
    gml = many_buildings(str(tmp_path / "tile.gml"), 40, nan_in_copy=30)
    one_summary, one_rows = imported(tmp_path, gml, False, monkeypatch, "one")
    assert children == [] and readings == ["whole"]
    two_summary, two_rows = imported(tmp_path, gml, True, monkeypatch, "two")
    # The second half had a reader of its own, and this process read only the first.
    assert len(children) == 1 and readings == ["whole", "part"]
    assert len(one_rows) == 117  # 40 × 3, less the copy with NaN coordinates
    assert two_rows == one_rows  # same rows, same order, same bytes
    assert two_summary == one_summary
    # The refusals of the second half reach the report, in the file's order.
    assert one_summary["refused"] == 3
    assert "_30: refused, coordinates that are not numbers (NaN)" in two_summary["report"]


def test_a_failing_second_reader_falls_back_to_one_reader(tmp_path, monkeypatch, children,
                                                          readings):
    gml = many_buildings(str(tmp_path / "tile.gml"), 40)
    one_summary, one_rows = imported(tmp_path, gml, False, monkeypatch, "one")
    monkeypatch.setattr(citygml_halves, "module_command",
                        lambda module: ([shutil.which("false"), module], dict(os.environ)))
    two_summary, two_rows = imported(tmp_path, gml, True, monkeypatch, "two")
    assert len(children) == 1 and readings == ["whole", "part", "whole"]
    assert (two_summary, two_rows) == (one_summary, one_rows)


def test_a_damaged_file_is_refused_as_one_reader_refuses_it(tmp_path, monkeypatch):
    gml = many_buildings(str(tmp_path / "tile.gml"), 1400)  # more than one batch written
    with open(gml, "rb") as f:
        data = f.read()
    with open(gml, "wb") as f:
        f.write(data[:int(len(data) * 0.8)])  # cut off in the second half
    messages = []
    for halves in (False, True):
        wc = str(tmp_path / f"wc{halves}.gpkg")
        write_working_copy(wc, {})
        before = open(wc, "rb").read()
        monkeypatch.setenv("KT_CITYGML_HALVES_MIN_BYTES", "1" if halves else str(1 << 40))
        with pytest.raises(PlanningImportError) as error:
            importer.import_planned(wc, gml, "test")
        messages.append(str(error.value))
        # Rows of the first half were written before the damage was found: rolled back.
        assert open(wc, "rb").read() == before
    assert messages[0] == messages[1]
    assert "line" in messages[0].lower() or "zeile" in messages[0].lower()


def test_a_consumer_that_stops_early_leaves_no_file_behind(tmp_path, monkeypatch, children):
    gml = many_buildings(str(tmp_path / "tile.gml"), 40)
    spools = tmp_path / "spool"
    spools.mkdir()
    monkeypatch.setattr(citygml_halves.tempfile, "tempdir", str(spools))
    monkeypatch.setenv("KT_CITYGML_HALVES_MIN_BYTES", "1")
    rows = citygml_halves.read_buildings(CityGmlReader(gml))
    next(rows)
    rows.close()  # the consumer stops (an error while writing, say)
    assert len(children) == 1
    assert list(spools.iterdir()) == []
