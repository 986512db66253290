"""The server's roles decide: a refused change is reported, kept, and not retried in a loop."""

import uuid

import psycopg2
import pytest

from kempten_twin_plugin.store import conflicts, server_schema
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from kempten_twin_plugin.sync import session as engine
from tests.server.sync_helpers import Client, local_state, server_state


class LoginClient(Client):
    """A desktop whose database login is a member of one role."""

    def __init__(self, dsn, schema, path, login):
        super().__init__(dsn, schema, path)
        self.login = login

    def sync(self, **faults):
        con = psycopg2.connect(self.dsn, application_name="kt_test_client")
        con.cursor().execute(f"SET SESSION AUTHORIZATION {self.login}")
        con.commit()
        try:
            return engine.sync(self.path, con, self.schema, faults=faults or None)
        finally:
            con.close()


@pytest.fixture
def city(dsn, tmp_path):
    token = uuid.uuid4().hex[:6]
    schema, prefix = f"kt_roles_{token}", f"ktr{token}_"
    con = psycopg2.connect(dsn)
    server_schema.install_or_upgrade(con, schema, prefix)
    con.autocommit = True
    cur = con.cursor()
    cur.execute(f"CREATE ROLE {prefix}u_planner LOGIN IN ROLE {prefix}planner")
    cur.execute(f"CREATE ROLE {prefix}u_maint LOGIN IN ROLE {prefix}maintenance")
    admin = Client(dsn, schema, tmp_path / "admin.gpkg")
    build_demo_working_copy(admin.path, 1000, 8)
    admin.sync()
    yield dsn, schema, prefix, tmp_path
    cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'kt_test_client' AND datname = current_database()")
    cur.execute(f"DROP SCHEMA {schema} CASCADE")
    for role in ("u_planner", "u_maint", "reader", "maintenance", "planner", "admin"):
        cur.execute(f"DROP OWNED BY {prefix}{role} CASCADE")
    for role in ("u_planner", "u_maint", "admin", "planner", "maintenance", "reader"):
        cur.execute(f"DROP ROLE {prefix}{role}")
    con.close()


def test_a_planner_cannot_change_gullies_and_is_told(city):
    dsn, schema, prefix, tmp_path = city
    planner = LoginClient(dsn, schema, tmp_path / "planner.gpkg", f"{prefix}u_planner")
    planner.sync()
    g = planner.execute("SELECT uuid FROM gully ORDER BY fid LIMIT 1")[0][0]
    planner.execute("UPDATE gully SET street = 'Planerweg', last_cleaned = '2026-01-01' "
                    "WHERE uuid = ?", (g,))
    b = planner.execute("SELECT uuid FROM planned_building ORDER BY fid LIMIT 1")[0][0]
    planner.execute("UPDATE planned_building SET floors = 9 WHERE uuid = ?", (b,))
    result = planner.sync()
    assert result["REFUSED"] == 1 and result["PUSHED"] == 1  # the building went through
    (refused,) = conflicts.refused_changes(planner.path)
    assert refused["table"] == "gully" and "permission denied" in refused["reason"]
    # Kept locally, not sent again in a loop.
    assert planner.execute("SELECT street FROM gully WHERE uuid = ?", (g,)) == [("Planerweg",)]
    assert planner.sync()["REFUSED"] == 0
    # The planner gives the change up: the server's row comes back.
    conflicts.discard_refused(planner.path, refused["id"])
    planner.sync()
    assert conflicts.refused_changes(planner.path) == []
    assert local_state(planner) == server_state(dsn, schema)


def test_maintenance_may_change_only_the_maintenance_fields(city):
    dsn, schema, prefix, tmp_path = city
    crew = LoginClient(dsn, schema, tmp_path / "crew.gpkg", f"{prefix}u_maint")
    crew.sync()
    g = crew.execute("SELECT uuid FROM gully ORDER BY fid LIMIT 1")[0][0]
    crew.execute("UPDATE gully SET last_cleaned = '2026-11-25', has_bucket = 1 WHERE uuid = ?",
                 (g,))
    assert crew.sync()["REFUSED"] == 0
    crew.execute("UPDATE gully SET street = 'Kolonnenweg' WHERE uuid = ?", (g,))
    assert crew.sync()["REFUSED"] == 1
    state = server_state(dsn, schema)
    from kempten_twin_plugin.store.schema import TABLES_BY_NAME

    names = TABLES_BY_NAME["gully"].column_names
    row = state["gully"][g]
    assert row[names.index("last_cleaned")] == "2026-11-25"
    assert row[names.index("street")] != "Kolonnenweg"
