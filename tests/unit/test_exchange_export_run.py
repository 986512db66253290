"""An exchange export is all or nothing: cancelled or failed, the target stays as it was."""

import os

import pytest

from kempten_twin_plugin.errors import Cancelled
from kempten_twin_plugin.io.isybau.export import export_isybau
from kempten_twin_plugin.io.m150.export import export_m150
from kempten_twin_plugin.io.xml_safe import ExchangeError
from kempten_twin_plugin.store.demo_data import build_demo_working_copy


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("export") / "city.gpkg")
    build_demo_working_copy(path, 1000, 3)  # more than 2 000 objects: a progress step
    return path


@pytest.mark.parametrize("export", [export_isybau, export_m150])
def test_a_cancelled_export_leaves_the_old_file_and_nothing_else(city, tmp_path, export):
    target = tmp_path / "netz.xml"
    target.write_text("die Lieferung von gestern")
    steps = []
    with pytest.raises(Cancelled):
        export(city, str(target), is_canceled=lambda: True, progress=steps.append)
    assert target.read_text() == "die Lieferung von gestern"
    assert os.listdir(tmp_path) == ["netz.xml"]


@pytest.mark.parametrize("export", [export_isybau, export_m150])
def test_a_finished_export_reports_progress_and_counts(city, tmp_path, export):
    steps = []
    counts = export(city, str(tmp_path / "netz.xml"), progress=steps.append)
    assert counts["pipe"] == 1000 and counts["manhole"] > 0 and counts["gully"] > 0
    assert steps and all(0 < s <= 100 for s in steps) and steps == sorted(steps)
    assert os.listdir(tmp_path) == ["netz.xml"]


@pytest.mark.parametrize("export", [export_isybau, export_m150])
def test_missing_folder_or_working_copy_is_said(city, tmp_path, export):
    with pytest.raises(ExchangeError, match="folder"):
        export(city, str(tmp_path / "nicht-da" / "netz.xml"))
    with pytest.raises(ExchangeError, match="working copy"):
        export(str(tmp_path / "keine.gpkg"), str(tmp_path / "netz.xml"))
    assert os.listdir(tmp_path) == []
