"""Simulated desktops for sync tests: each a working copy and its own connections."""

import json

import psycopg2

from kempten_twin_plugin.store import sync_server, working_copy
from kempten_twin_plugin.store.schema import TABLES
from kempten_twin_plugin.sync import merge
from kempten_twin_plugin.sync import session as engine

CLIENT = "kt_test_client"


class Client:
    def __init__(self, dsn, schema, path):
        self.dsn, self.schema, self.path = dsn, schema, str(path)

    def sync(self, **faults):
        con = psycopg2.connect(self.dsn, application_name=CLIENT)
        try:
            return engine.sync(self.path, con, self.schema, faults=faults or None)
        finally:
            con.close()

    def db(self):
        return working_copy.connect(self.path)

    def execute(self, sql, params=()):
        db = self.db()
        try:
            cur = db.execute(sql, params)
            return cur.fetchall()
        finally:
            db.close()

    def conflicts(self):
        return self.execute("SELECT table_name, uuid, kind, column_name, mine, theirs "
                            "FROM kt_conflict ORDER BY id")

    def pending(self):
        return self.execute("SELECT table_name, uuid, op FROM kt_change WHERE refused IS NULL")


def _row_columns(table):
    cols = [(c.name, c.type) for c in table.columns]
    if table.geometry_type:
        cols.append(("geom", "GEOM"))
    return cols


def local_state(client):
    """{table: {uuid: canonical row}} of a working copy."""
    db = client.db()
    state = {}
    for table in TABLES:
        cols = _row_columns(table)
        names = ", ".join(f'"{n}"' for n, _ in cols)
        state[table.name] = {
            row[0]: tuple(merge.canonical(k, v) for (_, k), v in zip(cols, row))
            for row in db.execute(f'SELECT {names} FROM "{table.name}"')}
    db.close()
    return state


def server_state(dsn, schema):
    con = psycopg2.connect(dsn, application_name=CLIENT)
    cur = con.cursor()
    state = {}
    for table in TABLES:
        cols = _row_columns(table)
        cur.execute(f'SELECT {sync_server.server_select(table)} FROM {schema}."{table.name}" t')
        width = len(table.columns) + (5 if table.geometry_type else 0)
        state[table.name] = {}
        for record in cur.fetchall():
            row = sync_server.local_row_from_server(table, record[:width])
            state[table.name][row[0]] = tuple(merge.canonical(k, v)
                                              for (_, k), v in zip(cols, row))
    con.close()
    return state


AUDIT_SQL = """
CREATE TABLE {s}.test_audit (id bigserial, table_name text, uuid uuid, row jsonb);
CREATE FUNCTION {s}.test_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {s}.test_audit (table_name, uuid, row) VALUES (TG_TABLE_NAME, NEW.uuid, to_jsonb(NEW));
  RETURN NULL;
END $$;
"""


def install_audit(dsn, schema, tables):
    """Every row state the server ever held, so a test can ask: did this value arrive?"""
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    cur.execute(AUDIT_SQL.format(s=schema))
    for t in tables:
        cur.execute(f'CREATE TRIGGER zz_test_audit AFTER INSERT OR UPDATE ON {schema}."{t}" '
                    f"FOR EACH ROW EXECUTE FUNCTION {schema}.test_audit()")
    con.commit()
    con.close()


def audited_values(dsn, schema, table, uuid, column):
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    cur.execute(f"SELECT row ->> %s FROM {schema}.test_audit WHERE table_name = %s AND uuid = %s",
                (column, table, uuid))
    found = [r[0] for r in cur.fetchall()]
    con.close()
    return found


def as_json(value):
    return json.dumps(value)
