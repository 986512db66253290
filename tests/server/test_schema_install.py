"""Install, upgrade, re-run and refusal of the central schema on a real PostGIS."""

import psycopg2
import pytest

from kempten_twin_plugin.store import server_schema
from kempten_twin_plugin.store.schema import TABLES

PREFIX = "kt_"


def catalogue(cursor, schema):
    """Everything the migrations define, as comparable text: a fingerprint of the schema."""
    cursor.execute("""
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
          FROM information_schema.columns WHERE table_schema = %(s)s
        UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = %(s)s::regnamespace
        UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = %(s)s
        UNION ALL SELECT 'trigger ' || tgrelid::regclass::text || ' ' || tgname
          FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text LIKE %(s)s || '.%%'
        UNION ALL SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || roles::text
          FROM pg_policies WHERE schemaname = %(s)s
        UNION ALL SELECT 'grant ' || table_name || ' ' || grantee || ' ' || privilege_type
          FROM information_schema.role_table_grants WHERE table_schema = %(s)s
        ORDER BY 1""", {"s": schema})
    # Constraint names carry the schema's name; compare shapes, not names.
    return [row[0].replace(schema, "<schema>") for row in cursor.fetchall()]


def test_fresh_install(dsn, schema, con):
    before, after = server_schema.install_or_upgrade(con, schema, PREFIX, "0.1.0")
    assert (before, after) == (0, server_schema.LATEST_VERSION)
    cur = con.cursor()
    cur.execute("SELECT f_table_name, srid, type FROM geometry_columns WHERE f_table_schema = %s",
                (schema,))
    geometry = {t: (srid, kind) for t, srid, kind in cur.fetchall()}
    assert geometry["pipe"] == (25832, "LINESTRING") and geometry["manhole"] == (25832, "POINT")
    assert geometry["planned_building"] == (25832, "POLYGON")
    cur.execute("SELECT tablename FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE "
                "'%%USING gist%%'", (schema,))
    assert {r[0] for r in cur.fetchall()} == set(geometry)
    cur.execute(f"SELECT version, plugin_version FROM {schema}.schema_version ORDER BY version")
    assert cur.fetchall() == [(v, "0.1.0") for v in range(1, server_schema.LATEST_VERSION + 1)]


def test_server_has_every_working_copy_column(dsn, schema, con):
    server_schema.install_or_upgrade(con, schema, PREFIX)
    cur = con.cursor()
    for table in TABLES:
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                    "AND table_name = %s", (schema, table.name))
        server_columns = {r[0] for r in cur.fetchall()}
        expected = set(table.column_names) | ({"geom"} if table.geometry_type else set())
        assert expected <= server_columns, table.name
        assert "change_seq" in server_columns


def test_running_again_changes_nothing(dsn, schema, con):
    server_schema.install_or_upgrade(con, schema, PREFIX)
    cur = con.cursor()
    first = catalogue(cur, schema)
    con.rollback()
    assert server_schema.install_or_upgrade(con, schema, PREFIX) == (
        server_schema.LATEST_VERSION, server_schema.LATEST_VERSION)
    assert catalogue(cur, schema) == first
    cur.execute(f"SELECT count(*) FROM {schema}.schema_version")
    assert cur.fetchone()[0] == server_schema.LATEST_VERSION


@pytest.mark.parametrize("start", range(0, server_schema.LATEST_VERSION))
def test_upgrade_from_every_earlier_version_equals_a_fresh_install(dsn, schema, con, start):
    cur = con.cursor()
    server_schema.install_or_upgrade(con, schema, PREFIX)
    fresh = catalogue(cur, schema)
    con.rollback()
    cur.execute(f"DROP SCHEMA {schema} CASCADE; CREATE SCHEMA {schema}")
    con.commit()
    if start:
        server_schema.install_or_upgrade(con, schema, PREFIX, upto=start)
    assert server_schema.install_or_upgrade(con, schema, PREFIX)[1] == server_schema.LATEST_VERSION
    assert catalogue(cur, schema) == fresh


def test_a_newer_schema_is_refused_and_left_alone(dsn, schema, con):
    server_schema.install_or_upgrade(con, schema, PREFIX)
    cur = con.cursor()
    cur.execute(f"INSERT INTO {schema}.schema_version (version, description) VALUES (99, 'future')")
    con.commit()
    before = catalogue(cur, schema)
    with pytest.raises(server_schema.SchemaTooNewError, match="version 99.*Update the Kempten Twin plugin"):
        server_schema.install_or_upgrade(con, schema, PREFIX)
    with pytest.raises(server_schema.SchemaTooNewError):
        server_schema.check_compatible(con, schema)
    assert catalogue(cur, schema) == before


def test_client_refuses_a_server_without_schema(dsn, schema, con):
    with pytest.raises(server_schema.SchemaTooOldError, match="no Kempten Twin schema"):
        server_schema.check_compatible(con, schema)
    server_schema.install_or_upgrade(con, schema, PREFIX)
    assert server_schema.check_compatible(con, schema) == server_schema.LATEST_VERSION


def test_a_foreign_schema_is_not_touched(dsn, schema, con):
    cur = con.cursor()
    cur.execute(f"CREATE TABLE {schema}.roads (id int)")
    con.commit()
    with pytest.raises(server_schema.ServerSchemaError, match="not a Kempten Twin schema"):
        server_schema.install_or_upgrade(con, schema, PREFIX)
    cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (schema,))
    assert cur.fetchone()[0] == 1


@pytest.mark.parametrize("bad_schema, bad_prefix", [
    ("kt; DROP TABLE x; --", "kt_"), ("Kempten", "kt_"), ("kt", "kt_'; --"), ("", "kt_")])
def test_hostile_names_are_refused_before_any_sql(dsn, bad_schema, bad_prefix):
    con = psycopg2.connect(dsn)
    with pytest.raises(server_schema.ServerSchemaError, match="Invalid"):
        server_schema.install_or_upgrade(con, bad_schema, bad_prefix)
    con.close()


def test_a_failing_migration_changes_nothing(dsn, schema, con, monkeypatch, tmp_path):
    # A broken second migration: the first must not stay half-applied either.
    migrations = server_schema.migrations() + [(server_schema.LATEST_VERSION + 1, "broken",
                                                str(tmp_path / "broken.sql"))]
    (tmp_path / "broken.sql").write_text("CREATE TABLE @schema@.x (id int); SELECT 1/0;")
    monkeypatch.setattr(server_schema, "migrations", lambda: migrations)
    monkeypatch.setattr(server_schema, "LATEST_VERSION", len(migrations))
    with pytest.raises(server_schema.ServerSchemaError, match="division by zero"):
        server_schema.install_or_upgrade(con, schema, PREFIX)
    cur = con.cursor()
    cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (schema,))
    assert cur.fetchone()[0] == 0


def test_capabilities_tell_each_role_what_it_may_do(server):
    expected = {
        "reader": dict(read=True, write_defects=False, maintain_gullies=False,
                       write_planning=False, write_network=False, admin=False),
        "maintenance": dict(read=True, write_defects=True, maintain_gullies=True,
                            write_planning=False, write_network=False, admin=False),
        "planner": dict(read=True, write_defects=False, maintain_gullies=False,
                        write_planning=True, write_network=False, admin=False),
        "admin": dict(read=True, write_defects=True, maintain_gullies=True, write_planning=True,
                      write_network=True, admin=True),
    }
    for role, caps in expected.items():
        con = server.as_login(role)
        got = server_schema.capabilities(con, server.schema)
        con.close()
        assert got["login"] == server.logins[role]
        assert got["schema_version"] == server_schema.LATEST_VERSION
        assert {k: got[k] for k in caps} == caps, role
