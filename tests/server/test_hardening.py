"""No login forges deletions or history, stalls the writers, or takes a login over.

Each case was a real finding of a probe against the server: a reader attached the schema's
trigger functions to a table of its own and wrote tombstones (every desktop then deleted
live pipes) or history events; a reader held the writers' advisory lock; a login role
became a group role by name. Every function of the schema is tried by every role.
"""

import psycopg2
import pytest

from kempten_twin_plugin.store import server_schema
from tests.server.seed import insert_rows

ROLES = ("reader", "maintenance", "planner")


@pytest.fixture
def seeded(server):
    con = server.connect()
    ids = insert_rows(con.cursor(), server.schema)
    con.commit()
    con.close()
    return ids


def schema_functions(server):
    con = server.connect()
    cur = con.cursor()
    cur.execute("SELECT p.proname, pg_get_function_result(p.oid) FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %s "
                "ORDER BY p.proname", (server.schema,))
    found = cur.fetchall()
    con.close()
    return found


def attempt(con, sql, params=()):
    cur = con.cursor()
    cur.execute("SAVEPOINT attempt")
    try:
        cur.execute(sql, params)
        return None
    except psycopg2.Error as error:
        return error
    finally:
        cur.execute("ROLLBACK TO SAVEPOINT attempt")


@pytest.mark.parametrize("role", ROLES)
def test_no_role_attaches_a_schema_function_to_a_table_of_its_own(server, seeded, role):
    """The function column of the role × table × operation matrix: every trigger function
    of the schema, attached by a login to a temporary table of its own, fires nothing."""
    s = server.schema
    con = server.as_login(role)
    cur = con.cursor()
    cur.execute(f"CREATE TEMP TABLE mine AS SELECT * FROM {s}.pipe")
    cur.execute(f"CREATE TEMP TABLE events AS SELECT * FROM {s}.defect")
    con.commit()
    triggers = [name for name, result in schema_functions(server) if result == "trigger"]
    assert {"record_tombstone", "defect_history", "track_change"} <= set(triggers)
    owner = server.connect()
    ocur = owner.cursor()
    ocur.execute(f"SELECT count(*) FROM {s}.tombstone")
    tombstones_before = ocur.fetchone()[0]
    ocur.execute(f"SELECT count(*) FROM {s}.defect_event")
    events_before = ocur.fetchone()[0]
    for function in triggers:
        for table, timing in (("mine", "AFTER DELETE"), ("events", "AFTER UPDATE")):
            error = attempt(con, f"CREATE TRIGGER t_{function} {timing} ON {table} FOR EACH ROW "
                                 f"EXECUTE FUNCTION {s}.{function}()")
            if error is None:  # if a trigger could be made at all, it must refuse to act
                outcome = attempt(con, f"DELETE FROM {table}" if table == "mine" else
                                  f"UPDATE {table} SET status = 'behoben'")
                assert outcome is not None, f"{role} made {function} act on a table of its own"
    con.rollback()
    ocur.execute(f"SELECT count(*) FROM {s}.tombstone")
    assert ocur.fetchone()[0] == tombstones_before
    ocur.execute(f"SELECT count(*) FROM {s}.defect_event")
    assert ocur.fetchone()[0] == events_before
    owner.close()
    con.close()


@pytest.mark.parametrize("role", ROLES)
def test_no_role_executes_a_schema_function_it_does_not_need(server, role):
    con = server.as_login(role)
    cur = con.cursor()
    for name, _result in schema_functions(server):
        cur.execute("SELECT has_function_privilege(session_user, %s, 'EXECUTE')",
                    (f"{server.schema}.{name}()",))
        may = cur.fetchone()[0]
        assert may == (name == "capabilities"), f"{role} may execute {name}"
    con.close()


def test_a_reader_cannot_stall_the_writers(server, seeded):
    s = server.schema
    reader = server.as_login("reader")
    rcur = reader.cursor()
    rcur.execute(f"SELECT pg_advisory_lock(hashtext('{s}.change_seq'))")  # the old trick
    error = attempt(reader, f"SELECT * FROM {s}.writer_lock FOR UPDATE")
    assert error is not None  # the writers' lock is not the readers' to take
    writer = server.as_login("maintenance")
    wcur = writer.cursor()
    wcur.execute("SET lock_timeout = '3s'")
    wcur.execute(f"UPDATE {s}.defect SET description = 'geht' WHERE uuid = %s",
                 (seeded["defect"],))
    writer.commit()
    writer.close()
    reader.close()


def test_writers_wait_for_each_other_not_forever(server, seeded):
    s = server.schema
    first = server.as_login("maintenance")
    first.cursor().execute(f"UPDATE {s}.defect SET description = 'eins' WHERE uuid = %s",
                           (seeded["defect"],))
    second = server.as_login("planner")
    cur = second.cursor()
    cur.execute("SET lock_timeout = '1s'")
    with pytest.raises(psycopg2.errors.LockNotAvailable):
        cur.execute(f"UPDATE {s}.planned_project SET reference = 'x' WHERE uuid = %s",
                    (seeded["planned_project"],))
    second.rollback()
    first.commit()
    cur.execute(f"UPDATE {s}.planned_project SET reference = 'x' WHERE uuid = %s",
                (seeded["planned_project"],))
    second.commit()
    first.close()
    second.close()


def test_uuids_in_any_spelling_name_one_object(server, seeded):
    s = server.schema
    con = server.as_login("admin")
    cur = con.cursor()
    spelled = "{" + seeded["manhole"].upper() + "}"
    cur.execute(f"SELECT count(*) FROM {s}.manhole WHERE uuid = %s", (spelled,))
    assert cur.fetchone()[0] == 1
    with pytest.raises(psycopg2.errors.UniqueViolation):
        cur.execute(f"INSERT INTO {s}.manhole (uuid, object_code, node_kind) "
                    "VALUES (%s, 'S-neu', 'Schacht')", (spelled,))
    con.close()


@pytest.mark.parametrize("table,code", [("manhole", "S1"), ("pipe", "H1"), ("gully", "SE1"),
                                        ("lateral", "AL1")])
def test_an_object_code_exists_once_per_table(server, seeded, table, code):
    s = server.schema
    con = server.as_login("admin")
    columns = {"manhole": "node_kind, geom", "pipe": "geom", "gully": "geom", "lateral": "geom"}
    with pytest.raises(psycopg2.errors.UniqueViolation) as refused:
        con.cursor().execute(f"INSERT INTO {s}.{table} (uuid, object_code, {columns[table]}) "
                             f"SELECT gen_random_uuid(), object_code, {columns[table]} "
                             f"FROM {s}.{table} WHERE uuid = %s", (seeded[table],))
    assert code in str(refused.value)
    con.rollback()
    # A rename to a free code is fine; a rename onto a taken code is refused too.
    cur = con.cursor()
    cur.execute(f"UPDATE {s}.{table} SET object_code = object_code || '-neu' WHERE uuid = %s",
                (seeded[table],))
    con.commit()
    con.close()


def test_the_server_computes_a_photos_hash_and_refuses_a_false_one(server, seeded):
    s = server.schema
    con = server.as_login("maintenance")
    cur = con.cursor()
    cur.execute(f"UPDATE {s}.defect_photo SET bytes = %s, sha256 = NULL WHERE uuid = %s",
                (b"\x89PNG neu", seeded["defect_photo"]))
    cur.execute(f"SELECT sha256 FROM {s}.defect_photo WHERE uuid = %s", (seeded["defect_photo"],))
    import hashlib

    assert cur.fetchone()[0] == hashlib.sha256(b"\x89PNG neu").hexdigest()
    with pytest.raises(psycopg2.errors.CheckViolation):
        cur.execute(f"UPDATE {s}.defect_photo SET bytes = %s, sha256 = %s WHERE uuid = %s",
                    (b"\x89PNG anders", hashlib.sha256(b"\x89PNG neu").hexdigest(),
                     seeded["defect_photo"]))
    con.rollback()
    con.close()


@pytest.mark.parametrize("schema,prefix", [("kempten_twin\n", "kt_"), ("kempten_twin", "kt_\n")])
def test_names_with_a_trailing_newline_are_refused_before_any_sql(dsn, schema, prefix):
    con = psycopg2.connect(dsn)
    with pytest.raises(server_schema.ServerSchemaError, match="Invalid"):
        server_schema.install_or_upgrade(con, schema, prefix)
    con.close()


def test_an_existing_login_is_never_taken_over_as_a_group_role(dsn, schema):
    con = psycopg2.connect(dsn)
    con.autocommit = True
    con.cursor().execute("DROP ROLE IF EXISTS kthijack_reader")
    con.cursor().execute("CREATE ROLE kthijack_reader LOGIN")
    con.autocommit = False
    try:
        with pytest.raises(server_schema.ServerSchemaError, match="kthijack_reader"):
            server_schema.install_or_upgrade(con, schema, "kthijack_")
        cur = con.cursor()
        cur.execute("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                    "WHERE r.rolname = 'kthijack_reader'")
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT to_regclass(%s)", (f"{schema}.schema_version",))
        assert cur.fetchone()[0] is None  # nothing was installed
    finally:
        con.rollback()
        con.autocommit = True
        con.cursor().execute("DROP ROLE IF EXISTS kthijack_reader")
        con.close()
