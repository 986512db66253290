import os
import uuid

import psycopg2
import pytest


@pytest.fixture(scope="session")
def dsn():
    db = os.environ.get("KT_TEST_DB", "kempten_twin_test")
    dsn = f"dbname={db}"
    try:
        psycopg2.connect(dsn).close()
    except psycopg2.OperationalError as error:
        pytest.fail(f"PostgreSQL test database not reachable ({error}); run `make postgres`")
    return dsn


@pytest.fixture
def schema(dsn):
    """A fresh schema per test, dropped afterwards."""
    name = f"kt_test_{uuid.uuid4().hex[:8]}"
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute(f"CREATE SCHEMA {name}")
    yield name
    con.cursor().execute(f"DROP SCHEMA {name} CASCADE")
    con.close()
