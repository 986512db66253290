"""Every role × table × operation: allowed ones work, refused ones are errors."""

import psycopg2
import pytest

from tests.server.seed import insert_rows

TABLES = ("manhole", "pipe", "gully", "lateral", "defect", "defect_event", "defect_photo",
          "planned_project", "planned_building", "participation_comment", "inspection",
          "observation", "source_record")
ROLES = ("reader", "maintenance", "planner", "admin")

# What each role may do (S select, I insert, U update, D delete); the rest must fail.
ALLOWED = {
    "reader": {t: "S" for t in TABLES},
    "maintenance": {**{t: "S" for t in TABLES}, "defect": "SIU", "defect_photo": "SIUD",
                    "gully": "SU"},  # gully: only the maintenance columns, see below
    "planner": {**{t: "S" for t in TABLES}, "planned_project": "SIUD",
                "planned_building": "SIUD", "participation_comment": "SIUD"},
    "admin": {**{t: "SIUD" for t in TABLES}, "defect_event": "S"},
}

UPDATE_COLUMN = {"manhole": "street", "pipe": "street", "gully": "last_cleaned",
                 "lateral": "material", "defect": "description", "defect_event": "note",
                 "defect_photo": "mime", "planned_project": "reference",
                 "planned_building": "roof", "participation_comment": "text",
                 "inspection": "direction", "observation": "remark", "source_record": "format"}


@pytest.fixture
def seeded(server):
    con = server.connect()
    ids = insert_rows(con.cursor(), server.schema)
    con.commit()
    cur = con.cursor()
    cur.execute(f"SELECT uuid FROM {server.schema}.defect_event LIMIT 1")
    ids["defect_event"] = cur.fetchone()[0]
    con.close()
    return ids


def attempt(con, sql, params=()):
    """Run ``sql`` in a savepoint; returns the row count or the error, and undoes it."""
    cur = con.cursor()
    cur.execute("SAVEPOINT attempt")
    try:
        cur.execute(sql, params)
        return cur.rowcount
    except psycopg2.Error as error:
        return error
    finally:
        cur.execute("ROLLBACK TO SAVEPOINT attempt")


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(server, seeded, role):
    s = server.schema
    owner = server.connect()
    cur = owner.cursor()
    con = server.as_login(role)
    failures = []
    for table in TABLES:
        allowed = ALLOWED[role][table]
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                    "AND table_name = %s AND is_generated = 'NEVER' AND column_name <> 'uuid'",
                    (s, table))
        columns = ", ".join(r[0] for r in cur.fetchall())
        # A copy of the row, with the codes that must be unique made different.
        copied = columns.replace("defect_number", "defect_number || 2").replace(
            "object_code", "object_code || 2")
        row_id = seeded[table]
        outcomes = {
            "S": attempt(con, f"SELECT * FROM {s}.{table}"),
            "I": attempt(con, f"INSERT INTO {s}.{table} (uuid, {columns}) SELECT gen_random_uuid(), "
                              f"{copied} "
                              f"FROM {s}.{table} WHERE uuid = %s", (row_id,)),
            "U": attempt(con, f"UPDATE {s}.{table} SET {UPDATE_COLUMN[table]} = "
                              f"{UPDATE_COLUMN[table]} WHERE uuid = %s", (row_id,)),
            "D": attempt(con, f"DELETE FROM {s}.{table} WHERE uuid = %s", (row_id,)),
        }
        for op, outcome in outcomes.items():
            ok = not isinstance(outcome, Exception)
            if op == "I" and table == "defect" and ok is False and "gemeldet" in str(outcome):
                ok = True  # allowed, but only a new defect's first status; see workflow tests
            if ok != (op in allowed):
                failures.append(f"{role} {op} {table}: {outcome}")
            if ok and op in "UD":
                assert outcome == 1, f"{role} {op} {table} touched {outcome} rows"
    con.close()
    owner.close()
    assert failures == []


def test_maintenance_may_change_only_the_gully_maintenance_fields(server, seeded):
    con = server.as_login("maintenance")
    s = server.schema
    assert attempt(con, f"UPDATE {s}.gully SET has_bucket = true, last_cleaned = '2026-05-01' "
                        "WHERE uuid = %s", (seeded["gully"],)) == 1
    for column in ("street", "object_code", "geom", "pipe"):
        outcome = attempt(con, f"UPDATE {s}.gully SET {column} = {column} WHERE uuid = %s",
                          (seeded["gully"],))
        assert isinstance(outcome, psycopg2.errors.InsufficientPrivilege), column
    con.close()


def test_history_cannot_be_altered_by_anyone_not_even_the_owner(server, seeded):
    s = server.schema
    for con in [server.as_login(r) for r in ROLES] + [server.connect()]:
        for sql in (f"UPDATE {s}.defect_event SET note = 'x' WHERE uuid = %s",
                    f"DELETE FROM {s}.defect_event WHERE uuid = %s"):
            outcome = attempt(con, sql, (seeded["defect_event"],))
            assert isinstance(outcome, psycopg2.Error), sql
        assert isinstance(attempt(con, f"TRUNCATE {s}.defect_event CASCADE"), psycopg2.Error)
        con.close()


def test_changed_by_and_version_cannot_be_forged(server, seeded):
    s = server.schema
    con = server.as_login("maintenance")
    cur = con.cursor()
    cur.execute(f"UPDATE {s}.defect SET description = 'forged', changed_by = 'boss', "
                "version = 77, changed_at = '2000-01-01', change_seq = 1 WHERE uuid = %s "
                "RETURNING changed_by, version, changed_at > now() - interval '1 minute', change_seq",
                (seeded["defect"],))
    changed_by, version, recent, seq = cur.fetchone()
    assert changed_by == server.logins["maintenance"]
    assert version == 2 and recent and seq > 1
    con.commit()
    con.close()


def test_a_delete_leaves_a_tombstone_with_the_login(server, seeded):
    s = server.schema
    con = server.as_login("planner")
    cur = con.cursor()
    cur.execute(f"DELETE FROM {s}.participation_comment WHERE uuid = %s",
                (seeded["participation_comment"],))
    con.commit()
    cur.execute(f"SELECT table_name, deleted_by, change_seq FROM {s}.tombstone WHERE uuid = %s",
                (seeded["participation_comment"],))
    table, by, seq = cur.fetchone()
    assert table == "participation_comment" and by == server.logins["planner"]
    cur.execute(f"SELECT max(change_seq) FROM {s}.planned_project")
    assert seq > cur.fetchone()[0]
    con.close()
