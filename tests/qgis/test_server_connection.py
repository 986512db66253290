"""Choosing the server: QGIS connections and services, never a password; Test connection."""

import os

import psycopg2
import pytest
from qgis.core import QgsApplication, QgsSettings

from kempten_twin_plugin.store import server_schema
from kempten_twin_plugin.store.server_connection import (
    ServerConnectionError,
    connect,
    connection_parameters,
)

DB = os.environ.get("KT_TEST_DB", "kempten_twin_test")


@pytest.fixture(scope="module")
def database(pg_database):
    con = psycopg2.connect(f"dbname={pg_database}")
    server_schema.install_or_upgrade(con, "kempten_twin", "kt_")
    con.close()
    return DB


@pytest.fixture
def qgis_connection():
    settings = QgsSettings()
    key = "PostgreSQL/connections/Kempten Test"
    settings.setValue(f"{key}/database", DB)
    settings.setValue(f"{key}/sslmode", "SslPrefer")
    settings.setValue(f"{key}/username", "")
    yield "Kempten Test"
    settings.remove(key)


def test_a_saved_qgis_connection_is_resolved(qgis_connection):
    params = connection_parameters(qgis_connection)
    assert params == {"dbname": DB, "sslmode": "prefer"}


def test_sslmode_stored_as_a_number_is_understood(qgis_connection):
    QgsSettings().setValue("PostgreSQL/connections/Kempten Test/sslmode", 3)  # SslRequire
    assert connection_parameters(qgis_connection)["sslmode"] == "require"


def test_an_unknown_connection_name_is_a_clear_error():
    with pytest.raises(ServerConnectionError, match="no PostgreSQL connection named"):
        connection_parameters("Nirgendwo")


def test_a_typed_password_is_refused():
    with pytest.raises(ServerConnectionError, match="password does not belong"):
        connection_parameters("host=db dbname=kt password=geheim")


def test_an_unreachable_server_says_so():
    with pytest.raises(ServerConnectionError, match="cannot be reached"):
        connect("host=127.0.0.1 port=1 dbname=x connect_timeout=2")


def test_connect_through_the_qgis_connection(database, qgis_connection):
    con = connect(qgis_connection)
    with con.cursor() as cur:
        cur.execute("SELECT current_database(), current_setting('application_name')")
        assert cur.fetchone() == (DB, "kempten_twin")
    con.close()


def test_test_connection_button_reports_version_and_rights(database, kt_settings):
    from qgis.PyQt.QtCore import QCoreApplication

    from kempten_twin_plugin.gui.options_page import OptionsPage

    page = OptionsPage(settings=kt_settings)
    page.server.setCurrentText(f"dbname={database}")
    page.test_connection()
    for _ in range(400):
        QCoreApplication.processEvents()
        if page.test_button.isEnabled():
            break
        QgsApplication.taskManager().activeTasks()
        import time

        time.sleep(0.02)
    text = page.server_status.text()
    assert f"Server schema version {server_schema.LATEST_VERSION}" in text, text
    assert "administer" in text
    assert page.install_button.isEnabled()


def test_test_connection_to_nowhere_explains(kt_settings):
    from qgis.PyQt.QtCore import QCoreApplication

    from kempten_twin_plugin.gui.options_page import OptionsPage

    page = OptionsPage(settings=kt_settings)
    page.server.setCurrentText("host=127.0.0.1 port=1 dbname=x connect_timeout=2")
    page.test_connection()
    import time

    for _ in range(400):
        QCoreApplication.processEvents()
        if page.test_button.isEnabled():
            break
        time.sleep(0.02)
    assert "cannot be reached" in page.server_status.text()
    assert not page.install_button.isEnabled()
