"""The defect algorithms of DESIGN.md §10 under qgis_process, from the packaged plugin:
``import_open311`` (WORKING_COPY, INPUT → DEFECTS, WARNINGS, REPORT), ``export_open311``
and ``work_order_pdf``."""

import json
import os
import subprocess
import zipfile

import pytest

from kempten_twin_plugin.io import open311
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import geometry as gpkg_geometry
from kempten_twin_plugin.store.demo_data import build_demo_working_copy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               HOME=str(tmp_path_factory.mktemp("home")))
    done = subprocess.run(["qgis_process.bin", "plugins", "enable", "kempten_twin_plugin"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return env


def run(env, algorithm, *args):
    done = subprocess.run(["qgis_process.bin", "--json", "run", f"kempten_twin:{algorithm}",
                           "--", *args], env=env, capture_output=True, text=True)
    return done, (json.loads(done.stdout)["results"] if done.returncode == 0 else None)


def test_import_export_and_work_order_headless(env, tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    build_demo_working_copy(wc, 1000, 6)
    db = store.connect(wc)
    blob = db.execute("SELECT geom FROM gully ORDER BY fid LIMIT 1").fetchone()[0]
    db.close()
    x, y = gpkg_geometry.point_of(blob)
    lon, lat, _ = open311._from_utm().TransformPoint(x + 1, y)
    source = tmp_path / "requests.xml"
    source.write_text(
        "<?xml version='1.0' encoding='utf-8'?><service_requests><request>"
        "<service_request_id>Q-1</service_request_id><service_code>gully_blocked</service_code>"
        f"<lat>{lat}</lat><long>{lon}</long><description>Wasser steht</description>"
        "<requested_datetime>2026-11-24T08:00:00+01:00</requested_datetime></request>"
        "<request><service_request_id>Q-2</service_request_id><lat></lat><long></long>"
        "</request></service_requests>", encoding="utf-8")
    done, results = run(env, "import_open311", f"WORKING_COPY={wc}", f"INPUT={source}",
                        f"REPORT={tmp_path / 'report.txt'}")
    assert done.returncode == 0, done.stderr
    assert (results["DEFECTS"], results["WARNINGS"]) == (1, 1)
    assert "Q-2" in open(results["REPORT"], encoding="utf-8").read()
    done, results = run(env, "import_open311", f"WORKING_COPY={wc}", f"INPUT={source}")
    assert results["DEFECTS"] == 0  # nothing twice

    out = tmp_path / "status.json"
    done, results = run(env, "export_open311", f"WORKING_COPY={wc}", f"OUTPUT={out}")
    assert done.returncode == 0, done.stderr
    exported = {r["service_request_id"]: r for r in json.loads(out.read_text("utf-8"))}
    assert exported["Q-1"]["status"] == "open"

    pdf = tmp_path / "auftrag.pdf"
    done, results = run(env, "work_order_pdf", f"WORKING_COPY={wc}", f"OUTPUT={pdf}",
                        "STATISTICS=true", f"GEOJSON={tmp_path / 'a.geojson'}")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert results["DEFECTS"] > 0 and "Arbeitsauftrag" in text
    features = json.loads((tmp_path / "a.geojson").read_text("utf-8"))["features"]
    assert len(features) == results["DEFECTS"]


def test_a_missing_input_fails_with_the_reason(env, tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    build_demo_working_copy(wc, 1000, 6)
    done, _ = run(env, "import_open311", f"WORKING_COPY={wc}", f"INPUT={tmp_path / 'nope.json'}")
    assert done.returncode != 0 and "nope.json" in done.stdout + done.stderr
