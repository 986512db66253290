"""The Processing provider and `kempten_twin:generate_demo_city`, as scripts call them."""

import os

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from kempten_twin_plugin.store import server_schema


def test_provider_and_algorithm_ids(provider):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("kempten_twin").name() == "Kempten Twin"
    algorithm = registry.algorithmById("kempten_twin:generate_demo_city")
    assert algorithm is not None
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == ["WORKING_COPY", "PIPES", "SEED", "OVERWRITE"]
    assert registry.algorithmById("kempten_twin:install_server_schema") is not None


def test_generate_demo_city_writes_a_loadable_working_copy(provider, tmp_path):
    import processing

    target = str(tmp_path / "city.gpkg")
    result = processing.run("kempten_twin:generate_demo_city",
                            {"WORKING_COPY": target, "PIPES": 1500, "SEED": 9})
    assert result["PIPES"] == 1500
    assert result["MANHOLES"] > 1500 and result["GULLIES"] > 0 and result["DEFECTS"] > 0
    layer = QgsVectorLayer(f"{target}|layername=pipe", "pipe", "ogr")
    assert layer.isValid() and layer.featureCount() == 1500
    assert layer.crs().authid() == "EPSG:25832"
    assert layer.fields().indexOf("invert_from") >= 0


def test_existing_file_is_refused_and_kept(provider, tmp_path):
    import processing

    target = tmp_path / "city.gpkg"
    target.write_bytes(b"keep me")
    with pytest.raises(QgsProcessingException, match="exists already"):
        processing.run("kempten_twin:generate_demo_city",
                       {"WORKING_COPY": str(target), "PIPES": 1000, "SEED": 1})
    assert target.read_bytes() == b"keep me"


def test_too_few_pipes_are_refused(provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("kempten_twin:generate_demo_city",
                       {"WORKING_COPY": str(tmp_path / "c.gpkg"), "PIPES": 10, "SEED": 1})
    assert list(tmp_path.iterdir()) == []


def test_install_server_schema_algorithm(provider, pg_database):
    import processing
    import psycopg2

    db = pg_database
    schema = "kt_processing_test"
    con = psycopg2.connect(f"dbname={db}")
    con.autocommit = True
    con.cursor().execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    try:
        result = processing.run("kempten_twin:install_server_schema",
                                {"SERVER": f"dbname={db}", "SCHEMA": schema})
        latest = server_schema.LATEST_VERSION
        assert result == {"PREVIOUS_VERSION": 0, "SCHEMA_VERSION": latest}
        again = processing.run("kempten_twin:install_server_schema",
                               {"SERVER": f"dbname={db}", "SCHEMA": schema})
        assert again == {"PREVIOUS_VERSION": latest, "SCHEMA_VERSION": latest}
        with pytest.raises(QgsProcessingException, match="Invalid schema name"):
            processing.run("kempten_twin:install_server_schema",
                           {"SERVER": f"dbname={db}", "SCHEMA": "x; drop table y"})
    finally:
        con.cursor().execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        con.close()


# --- what every algorithm shares (processing/base.py) ---------------------------------------

PLANNING = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data",
                        "planning")


def test_every_algorithm_refuses_a_working_copy_not_ending_in_gpkg_alike(provider):
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    refused = {}
    for algorithm in provider.algorithms():
        if "WORKING_COPY" in [p.name() for p in algorithm.parameterDefinitions()]:
            refused[algorithm.name()] = algorithm.checkParameterValues(
                {"WORKING_COPY": "/tmp/wc.sqlite"}, context)
    assert len(refused) >= 15
    assert set(refused.values()) == {
        (False, "The working copy must be a GeoPackage file ending in .gpkg.")}, refused


def test_every_algorithm_has_its_group_and_a_fresh_instance(provider):
    for algorithm in provider.algorithms():
        assert algorithm.groupId() in ("working_copy", "server", "network", "exchange",
                                       "defects", "planning"), algorithm.id()
        assert algorithm.group(), algorithm.id()
        copy = algorithm.createInstance()
        assert type(copy) is type(algorithm) and copy is not algorithm


def test_work_order_runs_in_the_main_thread_only(provider):
    from qgis.core import QgsProcessingAlgorithm

    no_threading = {a.name() for a in provider.algorithms()
                    if a.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading}
    assert no_threading == {"work_order_pdf"}


def _importer_inputs(tmp_path):
    from tests.helpers.isybau_samples import isybau_file, sample_path, write

    open311 = tmp_path / "requests.json"
    open311.write_text("[]", encoding="utf-8")
    return {
        "import_isybau": write(tmp_path / "street.xml", isybau_file("2024-06")),
        "import_m150": sample_path("m150_gk_komma.xml"),
        "import_open311": str(open311),
        "import_planned": os.path.join(PLANNING, "footprints_4326.geojson"),
        "import_comments": os.path.join(PLANNING, "dipas_contributions.geojson"),
    }


@pytest.mark.parametrize("importer", ["import_isybau", "import_m150", "import_open311",
                                      "import_planned", "import_comments"])
def test_every_importer_writes_its_report_where_asked_else_beside_the_working_copy(
        provider, tmp_path, importer, demo_gpkg):
    import shutil

    import processing

    source = _importer_inputs(tmp_path)[importer]
    working_copy = tmp_path / f"{importer}.gpkg"  # not there yet: the importer makes it
    if importer == "import_open311":  # citizens' reports need street gullies to attach to
        shutil.copy(demo_gpkg, working_copy)
    if importer == "import_comments":  # comments need a building project to belong to
        processing.run("kempten_twin:import_planned", {
            "WORKING_COPY": str(working_copy), "INPUT": _importer_inputs(tmp_path)["import_planned"]})
    beside = processing.run(f"kempten_twin:{importer}",
                            {"WORKING_COPY": str(working_copy), "INPUT": source})
    assert beside["REPORT"] == str(tmp_path / f"{importer}_import_report.txt")
    assert os.path.getsize(beside["REPORT"]) > 0
    asked = str(tmp_path / "asked" / "report.txt")
    os.makedirs(os.path.dirname(asked))
    there = processing.run(f"kempten_twin:{importer}",
                           {"WORKING_COPY": str(working_copy), "INPUT": source, "REPORT": asked})
    assert there["REPORT"] == asked and os.path.getsize(asked) > 0


def test_an_algorithm_needing_the_working_copy_names_the_missing_one(provider, tmp_path):
    import processing

    missing = str(tmp_path / "none.gpkg")
    for name, parameters in (("trace_upstream", {"START": "S1", "OUTPUT": "memory:"}),
                             ("export_open311", {"OUTPUT": str(tmp_path / "o.json")}),
                             ("conflict_check", {"OUTPUT": "memory:"})):
        with pytest.raises(QgsProcessingException, match="The working copy .*none.gpkg does not"):
            processing.run(f"kempten_twin:{name}", {"WORKING_COPY": missing, **parameters})
