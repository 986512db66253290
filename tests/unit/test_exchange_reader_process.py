"""Large files are read in a second process while this one writes: it must be the same
import (the isybau tests run in both ways), and it must fail, cancel and translate well."""

import os

import pytest

from kempten_twin_plugin.errors import Cancelled
from kempten_twin_plugin.io.exchange import reader_process
from kempten_twin_plugin.io.exchange.api import import_isybau
from kempten_twin_plugin.io.xml_safe import ExchangeError
from tests.helpers.child_processes import children
from tests.helpers.isybau_samples import isybau_file, node_xml, write

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE_2017 = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                           "ISYBAU_XML-2017-Stammdaten.xml")


@pytest.fixture
def always(monkeypatch):
    monkeypatch.setattr(reader_process, "MIN_BYTES", 0)



def test_only_large_files_get_a_reading_process(tmp_path, monkeypatch):
    used = []
    original = reader_process.ReaderInChild.read

    def spy(self, *args, **kwargs):
        used.append(self.path)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(reader_process.ReaderInChild, "read", spy)
    import_isybau(str(tmp_path / "small.gpkg"), SAMPLE_2017)
    assert used == []  # 150 Kanten: not worth a process
    monkeypatch.setattr(reader_process, "MIN_BYTES", os.path.getsize(SAMPLE_2017))
    report = import_isybau(str(tmp_path / "large.gpkg"), SAMPLE_2017)
    assert used == [SAMPLE_2017] and report.results()["PIPES"] == 135
    assert "EPSG:25832" in report.crs and children() == []


def test_cancel_stops_the_reader_and_changes_nothing(tmp_path, always):
    wc = str(tmp_path / "wc.gpkg")
    seen = []
    with pytest.raises(Cancelled):
        import_isybau(wc, SAMPLE_2017, is_canceled=lambda: bool(seen),
                      progress=seen.append)
    assert not os.path.exists(wc) and children() == []


def test_a_reader_that_dies_is_a_clear_error_and_changes_nothing(tmp_path, always, monkeypatch):
    monkeypatch.setattr(reader_process, "_python", lambda: "/bin/false")
    wc = str(tmp_path / "wc.gpkg")
    with pytest.raises(ExchangeError, match="reading process ended unexpectedly"):
        import_isybau(wc, SAMPLE_2017)
    assert not os.path.exists(wc) and children() == []


def test_skip_reasons_come_in_the_users_language(tmp_path, always, monkeypatch):
    if not os.path.exists(os.path.join(ROOT, "i18n", "kempten_twin_de.qm")):
        pytest.fail("i18n/kempten_twin_de.qm is missing: run make i18n")
    stray = node_xml("S9", 598100.0, 5287100.0, 700.0, 698.0, "gk4")  # GK in a UTM file
    path = write(tmp_path / "mixed.xml", isybau_file(crs="utm_prefix", extra_objects=stray))
    monkeypatch.setattr(reader_process, "shown_language", lambda: "de")
    report = import_isybau(str(tmp_path / "wc.gpkg"), path)
    ((line, code, reason),) = report.skipped
    assert code == "S9" and line > 1 and "fehlt die Zonenkennung" in reason
    assert report.results()["MANHOLES"] == 3


def test_an_asset_crosses_the_process_boundary_whole():
    import pickle

    from kempten_twin_plugin.core.exchange.records import Asset

    asset = Asset("pipe", "Haltung", "H1", 12, {"dn": 300, "material": "B"},
                  [(1.0, 2.0), (3.0, 4.0)], {"from_manhole": "S1"}, {"Profilart": "X"})
    assert pickle.loads(pickle.dumps(asset, pickle.HIGHEST_PROTOCOL)) == asset
