"""The headless interface of DESIGN.md §10: the packaged plugin under qgis_process."""

import json
import os
import subprocess
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(ZIP) as archive:
        names = archive.namelist()
        assert {n.split("/")[0] for n in names} == {"kempten_twin_plugin"}
        assert "kempten_twin_plugin/metadata.txt" in names
        assert not any("__pycache__" in n or n.startswith("kempten_twin_plugin/tests")
                       for n in names)
        archive.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               HOME=str(tmp_path_factory.mktemp("home")))
    done = subprocess.run(["qgis_process.bin", "plugins", "enable", "kempten_twin_plugin"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return env


def run(env, *args):
    return subprocess.run(["qgis_process.bin", "--json", "run", "kempten_twin:generate_demo_city",
                           "--", *args], env=env, capture_output=True, text=True)


def test_generate_demo_city_from_qgis_process(qgis_process_env, tmp_path):
    target = tmp_path / "city.gpkg"
    done = run(qgis_process_env, f"WORKING_COPY={target}", "PIPES=1200", "SEED=3")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)["results"]
    assert results["PIPES"] == 1200 and results["MANHOLES"] > 1200
    assert results["WORKING_COPY"] == str(target) and target.exists()


def test_existing_file_fails_with_the_reason(qgis_process_env, tmp_path):
    target = tmp_path / "city.gpkg"
    target.write_bytes(b"keep")
    done = run(qgis_process_env, f"WORKING_COPY={target}", "PIPES=1000")
    assert done.returncode != 0
    assert "exists already" in done.stdout + done.stderr
    assert target.read_bytes() == b"keep"
