import os
import uuid

import psycopg2
import pytest

from kempten_twin_plugin.store import server_schema


@pytest.fixture(scope="session")
def dsn():
    db = os.environ.get("KT_TEST_DB", "kempten_twin_test")
    dsn = f"dbname={db}"
    try:
        psycopg2.connect(dsn).close()
    except psycopg2.OperationalError as error:
        pytest.fail(f"PostgreSQL test database not reachable ({error}); run `make postgres`")
    return dsn


CLIENT = "kt_test_client"


def end_test_clients(cursor):
    """A failed test may leave its connection open inside a transaction; end it, or
    dropping the schema would wait for its locks forever."""
    cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE application_name = %s AND datname = current_database() "
                   "AND pid <> pg_backend_pid()", (CLIENT,))


@pytest.fixture
def schema(dsn):
    """A fresh, empty schema per test, dropped afterwards."""
    name = f"kt_test_{uuid.uuid4().hex[:8]}"
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute(f"CREATE SCHEMA {name}")
    yield name
    end_test_clients(con.cursor())
    con.cursor().execute(f"DROP SCHEMA {name} CASCADE")
    con.close()


@pytest.fixture
def con(dsn, schema):
    """A connection for one test; closed before the schema is dropped, even on failure."""
    connection = psycopg2.connect(dsn, application_name=CLIENT)
    yield connection
    connection.close()


class Server:
    """An installed Kempten Twin schema with its own roles and one login per role."""

    def __init__(self, dsn, schema, prefix):
        self.dsn = dsn
        self.schema = schema
        self.prefix = prefix
        self.logins = {role: f"{prefix}u_{role}" for role in server_schema.ROLE_SUFFIXES}

    def connect(self):
        return psycopg2.connect(self.dsn, application_name=CLIENT)

    def as_login(self, role):
        """A connection whose session user is the login of ``role`` (as if it had logged in)."""
        con = self.connect()
        con.cursor().execute(f"SET SESSION AUTHORIZATION {self.logins[role]}")
        return con


def drop_roles(cursor, prefix):
    cursor.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname DESC",
                   (prefix.replace("_", r"\_") + "%",))
    for (role,) in cursor.fetchall():
        cursor.execute(f'DROP OWNED BY "{role}" CASCADE')
        cursor.execute(f'DROP ROLE "{role}"')


@pytest.fixture
def server(dsn):
    token = uuid.uuid4().hex[:6]
    schema, prefix = f"kt_srv_{token}", f"ktt{token}_"
    con = psycopg2.connect(dsn)
    server_schema.install_or_upgrade(con, schema, prefix, "test")
    con.autocommit = True
    cur = con.cursor()
    result = Server(dsn, schema, prefix)
    for role, login in result.logins.items():
        cur.execute(f"CREATE ROLE {login} LOGIN IN ROLE {prefix}{role}")
    yield result
    end_test_clients(cur)
    cur.execute(f"DROP SCHEMA {schema} CASCADE")
    drop_roles(cur, prefix)
    con.close()


@pytest.fixture
def central(dsn):
    """A freshly installed central schema for sync tests: (dsn, schema)."""
    schema = f"kt_sync_{uuid.uuid4().hex[:8]}"
    con = psycopg2.connect(dsn)
    server_schema.install_or_upgrade(con, schema, "kt_")
    con.close()
    yield dsn, schema
    con = psycopg2.connect(dsn)
    con.autocommit = True
    end_test_clients(con.cursor())
    con.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
    con.close()
