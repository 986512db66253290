"""Very large ISYBAU files are read by two processes, one half each (file_split,
reader_process). The halves must read exactly like the whole file, and wherever they
would not (a cut fooled by a comment, halves that settle on different coordinate
systems, a broken file), the import reads the file whole instead and ends the same."""

import os

import pytest
from lxml import etree

from kempten_twin_plugin.errors import Cancelled
from kempten_twin_plugin.io.exchange import reader_process
from kempten_twin_plugin.io.exchange.api import import_isybau
from kempten_twin_plugin.io.exchange.file_split import PartStream, find_halves, line_shift
from kempten_twin_plugin.io.xml_safe import ExchangeError
from tests.helpers.child_processes import children
from tests.helpers.isybau_samples import NODES, isybau_file, node_xml, write
from tests.helpers.network_dump import dump

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE_2017 = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                           "ISYBAU_XML-2017-Stammdaten.xml")


@pytest.fixture
def children_started(monkeypatch):
    """Reading processes started, as the parts they read ("whole" or "half")."""
    started = []
    original = reader_process.ReaderInChild._start

    def spy(self, part=None, spool=False):
        started.append("half" if part else "whole")
        return original(self, part, spool)

    monkeypatch.setattr(reader_process.ReaderInChild, "_start", spy)
    return started


def _import(tmp_path, path, mode, monkeypatch, name):
    monkeypatch.setattr(reader_process, "MIN_BYTES", 10**15 if mode == "in_process" else 0)
    monkeypatch.setattr(reader_process, "HALVES_MIN_BYTES", 0)
    wc = str(tmp_path / f"{name}-{mode}.gpkg")
    report = import_isybau(wc, path)
    return report, dump(wc)


def _same_import(tmp_path, path, monkeypatch):
    """Import in this process and in halves; assert both end the same; the halves' report."""
    whole, whole_network = _import(tmp_path, path, "in_process", monkeypatch, "a")
    halves, halves_network = _import(tmp_path, path, "halves", monkeypatch, "b")
    assert halves_network == whole_network
    assert halves.skipped == whole.skipped and halves.warnings == whole.warnings
    assert halves.kinds == whole.kinds and halves.kept_codes == whole.kept_codes
    assert (halves.crs, halves.version) == (whole.crs, whole.version)
    return halves


def _objects(xml_bytes):
    root = etree.fromstring(xml_bytes)
    return [(e.findtext("{*}Objektbezeichnung"), e.sourceline)
            for e in root.iter("{*}AbwassertechnischeAnlage")]


def test_the_halves_are_two_documents_holding_every_object_once_with_its_line():
    first, second = find_halves(SAMPLE_2017, reader_process.FIRST_HALF_SHARE)
    with open(SAMPLE_2017, "rb") as f:
        whole = _objects(f.read())
    halves = []
    for part in (first, second):
        with PartStream(SAMPLE_2017, part) as stream:
            data = stream.read(100) + stream.read()  # read in pieces, as the parser does
            assert stream.tell() == len(data) == stream.size
        shift = line_shift(SAMPLE_2017, part)
        halves.append([(code, line + shift) for code, line in _objects(data)])
    assert halves[0] and halves[1]
    assert halves[0] + halves[1] == whole  # every object, in file order, at its own line


def test_the_reference_sample_read_in_halves_is_the_same_import(tmp_path, monkeypatch,
                                                                 children_started):
    report = _same_import(tmp_path, SAMPLE_2017, monkeypatch)
    assert children_started == ["half", "half"]
    # The three plausibility warnings of the sample lie in the second half: their line
    # numbers are the file's, not the half's.
    assert [line for line, _, _ in report.warnings] == [29936, 30036, 30439]
    assert report.reading_processes == 2 and report.reader_peak_mb > 0


def test_halves_reading_different_coordinate_systems_are_read_again_whole(
        tmp_path, monkeypatch, children_started):
    # The first half in UTM with zone prefix, the second in Gauss-Krüger: each half alone
    # would take its own system; the whole file takes the first and skips the others.
    stray = "".join(node_xml(f"G{i}", 598100.0 + i, 5287100.0, 700.0, 698.0, "gk4")
                    for i in range(40))
    path = write(tmp_path / "mixed.xml", isybau_file(crs="utm_prefix", extra_objects=stray,
                                                    zustand=False))
    report = _same_import(tmp_path, path, monkeypatch)
    assert children_started == ["half", "half", "whole"]
    assert len(report.skipped) > 20 and all(code.startswith("G") for _, code, _ in
                                            report.skipped)


def test_a_cut_fooled_by_a_comment_is_read_again_whole(tmp_path, monkeypatch,
                                                       children_started):
    # A comment right after the middle holding what looks like the end of one object
    # and the start of the next: the byte search cuts there, the halves are not
    # well-formed, and the file is read whole.
    text = isybau_file(crs="utm_prefix", zustand=False)
    fake = "<!-- </AbwassertechnischeAnlage>\n      <AbwassertechnischeAnlage> -->"
    path = str(tmp_path / "comment.xml")
    share = reader_process.FIRST_HALF_SHARE
    for at in range(int(len(text) * share), len(text)):  # the first place that fools the cut
        if text[at] != "<":
            continue
        write(path, text[:at] + fake + text[at:])
        cut = find_halves(path, share)[0].segments[0][1]
        if at < cut < at + len(fake):
            break
    else:
        pytest.fail("no place found where the comment fools the cut")
    report = _same_import(tmp_path, path, monkeypatch)
    assert children_started == ["half", "half", "whole"]
    assert report.results()["PIPES"] == 2 and report.skipped == []


def test_a_truncated_file_fails_with_the_same_message_and_line_as_read_whole(
        tmp_path, monkeypatch, children_started):
    nodes = [(f"S{i}", "Schacht", 598000.0 + i, 5287000.0, 700.0, 698.0) for i in range(60)]
    text = isybau_file(crs="utm_prefix", nodes=NODES + nodes)
    path = write(tmp_path / "cut.xml", text[: len(text) * 3 // 4])
    errors = []
    for mode in ("in_process", "halves"):
        monkeypatch.setattr(reader_process, "MIN_BYTES", 10**15 if mode == "in_process" else 0)
        monkeypatch.setattr(reader_process, "HALVES_MIN_BYTES", 0)
        wc = tmp_path / f"{mode}.gpkg"
        with pytest.raises(ExchangeError) as caught:
            import_isybau(str(wc), path)
        assert not wc.exists()  # all or nothing
        errors.append((str(caught.value), caught.value.line))
    assert errors[0] == errors[1] and errors[0][1] > 1
    assert children_started == ["half", "half", "whole"]


def test_no_cut_where_there_is_no_clean_one(tmp_path):
    # One object only: nothing to cut between.
    one = isybau_file(crs="utm_prefix", nodes=[], pipes=[], zustand=False)
    one = one[:one.index("<AbwassertechnischeAnlage>", one.index("</AbwassertechnischeAnlage>"))]
    one += "</Stammdatenkollektiv></Datenkollektive></Identifikation>"
    assert find_halves(write(tmp_path / "one.xml", one)) is None
    # Not ISYBAU objects at all.
    assert find_halves(write(tmp_path / "other.xml", "<a><b/><b/></a>")) is None


def test_cancel_while_reading_halves_stops_both_and_changes_nothing(tmp_path, monkeypatch,
                                                                    children_started):
    monkeypatch.setattr(reader_process, "MIN_BYTES", 0)
    monkeypatch.setattr(reader_process, "HALVES_MIN_BYTES", 0)
    wc = tmp_path / "wc.gpkg"
    seen = []
    with pytest.raises(Cancelled):
        import_isybau(str(wc), SAMPLE_2017, is_canceled=lambda: bool(seen),
                      progress=seen.append)
    assert children_started == ["half", "half"]
    assert not wc.exists() and children() == []
