"""The defect workflow is the server's: legal steps pass, illegal ones fail, history is written."""

import itertools

import psycopg2
import pytest

from kempten_twin_plugin.core import catalogues as cat
from tests.server.seed import insert_rows

PAIRS = [(a, b) for a, b in itertools.product(cat.DEFECT_STATUSES, repeat=2) if a != b]


@pytest.fixture
def defect(server):
    con = server.connect()
    ids = insert_rows(con.cursor(), server.schema)
    con.commit()
    con.close()
    return ids["defect"]


def move_to(cur, schema, defect, status):
    for step in cat.path_to_status(status)[1:]:
        cur.execute(f"UPDATE {schema}.defect SET status = %s WHERE uuid = %s", (step, defect))


def events(cur, schema, defect):
    cur.execute(f"SELECT from_status, to_status, by, note FROM {schema}.defect_event "
                "WHERE defect = %s ORDER BY change_seq", (defect,))
    return cur.fetchall()


@pytest.mark.parametrize("from_status, to_status", PAIRS)
def test_every_transition(server, defect, from_status, to_status):
    s = server.schema
    con = server.as_login("maintenance")
    cur = con.cursor()
    move_to(cur, s, defect, from_status)
    before = len(events(cur, s, defect))
    legal = to_status in cat.DEFECT_TRANSITIONS[from_status]
    cur.execute("SAVEPOINT step")
    try:
        cur.execute(f"UPDATE {s}.defect SET status = %s, status_note = 'Notiz' WHERE uuid = %s",
                    (to_status, defect))
        error = None
    except psycopg2.Error as e:
        error = e
        cur.execute("ROLLBACK TO SAVEPOINT step")
    if legal:
        assert error is None
        after = events(cur, s, defect)
        assert len(after) == before + 1  # exactly one event per change
        assert after[-1] == (from_status, to_status, server.logins["maintenance"], "Notiz")
    else:
        assert isinstance(error, psycopg2.errors.CheckViolation)
        message = error.pgerror
        assert "Unzulässiger Statuswechsel" in message and "Illegal status change" in message
        assert from_status in message and to_status in message
        assert len(events(cur, s, defect)) == before
    con.rollback()
    con.close()


def test_a_new_defect_starts_as_gemeldet_with_one_event(server, defect):
    s = server.schema
    con = server.as_login("maintenance")
    cur = con.cursor()
    assert events(cur, s, defect) == [(None, "gemeldet", "root", None)]
    with pytest.raises(psycopg2.errors.CheckViolation, match="beginnt im Status"):
        cur.execute(f"INSERT INTO {s}.defect (uuid, defect_number, asset_table, asset, category, "
                    "severity, status) SELECT gen_random_uuid(), 'M-x', asset_table, asset, "
                    f"category, severity, 'behoben' FROM {s}.defect WHERE uuid = %s", (defect,))
    con.close()


def test_resolved_at_belongs_to_the_server(server, defect):
    s = server.schema
    con = server.as_login("maintenance")
    cur = con.cursor()
    cur.execute(f"UPDATE {s}.defect SET resolved_at = '2001-01-01' WHERE uuid = %s", (defect,))
    cur.execute(f"SELECT resolved_at FROM {s}.defect WHERE uuid = %s", (defect,))
    assert cur.fetchone()[0] is None
    move_to(cur, s, defect, "behoben")
    cur.execute(f"SELECT resolved_at > now() - interval '1 minute' FROM {s}.defect WHERE uuid = %s",
                (defect,))
    assert cur.fetchone()[0] is True
    cur.execute(f"UPDATE {s}.defect SET status = 'gemeldet' WHERE uuid = %s", (defect,))  # reopen
    cur.execute(f"SELECT resolved_at FROM {s}.defect WHERE uuid = %s", (defect,))
    assert cur.fetchone()[0] is None
    con.commit()
    assert [e[1] for e in events(cur, s, defect)] == [
        "gemeldet", "geprüft", "beauftragt", "in Arbeit", "behoben", "gemeldet"]
    con.close()


def test_reader_and_planner_cannot_change_a_defect(server, defect):
    for role in ("reader", "planner"):
        con = server.as_login(role)
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            con.cursor().execute(f"UPDATE {server.schema}.defect SET status = 'geprüft' "
                                 "WHERE uuid = %s", (defect,))
        con.close()
