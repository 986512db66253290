"""The Processing provider and `kempten_twin:generate_demo_city`, as scripts call them."""

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
