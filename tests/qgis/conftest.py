import os

import pytest

from kempten_twin_plugin.store.demo_data import build_demo_working_copy


@pytest.fixture(scope="session")
def demo_gpkg(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    build_demo_working_copy(str(path), 2000, 5)
    return str(path)


@pytest.fixture
def kt_settings(tmp_path):
    """The plugin's settings in a clean state, restored afterwards."""
    from qgis.core import QgsSettings

    from kempten_twin_plugin.settings import PREFIX, Settings

    settings = QgsSettings()
    saved = {k: settings.value(k) for k in settings.allKeys() if k.startswith(PREFIX)}
    settings.remove(PREFIX.rstrip("/"))
    yield Settings.load()
    settings.remove(PREFIX.rstrip("/"))
    for k, v in saved.items():
        settings.setValue(k, v)


@pytest.fixture
def processing_ready(qgis_processing):
    import processing  # noqa: F401

    return True


@pytest.fixture
def provider(processing_ready):
    """Our Processing provider, registered for one test."""
    from qgis.core import QgsApplication

    from kempten_twin_plugin.processing.provider import KemptenTwinProvider

    provider = KemptenTwinProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def assert_no_file(folder):
    assert os.listdir(folder) == []


@pytest.fixture(scope="session")
def pg_database():
    """The test database's name; the qgis tier fails without it where make test promises
    one (KT_REQUIRE_PG=1) and skips only in the QGIS 3.40 chroot when it is missing."""
    import psycopg2

    db = os.environ.get("KT_TEST_DB", "kempten_twin_test")
    try:
        psycopg2.connect(f"dbname={db}").close()
    except psycopg2.OperationalError as error:
        if os.environ.get("KT_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL is required here but not reachable: {error}")
        pytest.skip(f"no PostgreSQL here: {error}")
    return db

