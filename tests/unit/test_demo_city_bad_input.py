"""Bad generator input: a clear message, a non-zero exit, and no half-written file."""

import os
import subprocess
import sys

import pytest

from kempten_twin_plugin.core.demo_city import DemoCityError
from kempten_twin_plugin.store.demo_data import build_demo_working_copy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli(*args):
    # Debian's Python: the CLI needs GDAL's bindings, nothing from QGIS.
    return subprocess.run(["/usr/bin/python3", "-m", "kempten_twin_plugin.cli", "demo-city",
                           *args], cwd=ROOT, capture_output=True, text=True)


def test_negative_pipes(tmp_path):
    target = tmp_path / "city.gpkg"
    done = cli("--pipes", "-1", "--output", str(target))
    assert done.returncode == 2
    assert "number of pipes must lie between 1000 and 1000000" in done.stderr
    assert os.listdir(tmp_path) == []


def test_folder_missing(tmp_path):
    target = tmp_path / "no" / "such" / "city.gpkg"
    done = cli("--output", str(target))
    assert done.returncode == 2 and "does not exist" in done.stderr
    assert os.listdir(tmp_path) == []


def test_folder_not_writable():
    # Root may write almost anywhere; /proc refuses even root.
    done = cli("--pipes", "1000", "--output", "/proc/kempten.gpkg")
    assert done.returncode == 2 and "error:" in done.stderr
    assert not os.path.exists("/proc/kempten.gpkg")


def test_existing_file_is_kept_without_overwrite(tmp_path):
    target = tmp_path / "city.gpkg"
    target.write_bytes(b"precious")
    done = cli("--pipes", "1000", "--output", str(target))
    assert done.returncode == 2 and "exists already" in done.stderr
    assert target.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["city.gpkg"]


def test_overwrite_replaces_the_file(tmp_path):
    target = tmp_path / "city.gpkg"
    target.write_bytes(b"old")
    done = cli("--pipes", "1000", "--seed", "2", "--output", str(target), "--overwrite")
    assert done.returncode == 0, done.stderr
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    # The working copy and its offline basemap beside it, nothing else left behind.
    assert sorted(os.listdir(tmp_path)) == ["city.gpkg", "city.grundkarte.gpkg"]


def test_not_a_geopackage_name(tmp_path):
    done = cli("--output", str(tmp_path / "city.shp"))
    assert done.returncode == 2 and ".gpkg" in done.stderr


@pytest.mark.parametrize("pipes", [0, 999, 1_000_001, "many", True])
def test_pipes_out_of_range_refused_before_any_work(tmp_path, pipes):
    with pytest.raises(DemoCityError):
        build_demo_working_copy(str(tmp_path / "c.gpkg"), pipes, 1)
    assert os.listdir(tmp_path) == []


def test_cancel_while_writing_leaves_nothing(tmp_path):
    calls = []

    def cancel_after_a_while():
        calls.append(1)
        return len(calls) > 12  # well into writing the tables

    with pytest.raises(InterruptedError):
        build_demo_working_copy(str(tmp_path / "c.gpkg"), 20000, 1,
                                is_canceled=cancel_after_a_while)
    assert len(calls) > 12
    assert os.listdir(tmp_path) == []


def test_cli_help_names_the_options():
    done = subprocess.run([sys.executable, "-m", "kempten_twin_plugin.cli", "demo-city", "--help"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0
    for option in ("--pipes", "--seed", "--output", "--overwrite"):
        assert option in done.stdout
