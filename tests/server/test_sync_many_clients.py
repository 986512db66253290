"""Model-based check of "no edit lost": many desktops edit the same rows at random.

Clients update, insert and delete in a small pool of rows (so they collide often) and sync
in random order. Some write uuids as QGIS's uuid() does ("{ABC…}"), some give new manholes
codes another desktop gave too, some replace a photo's bytes without its hash. At every
sync the test writes down what the client had pending; after it, each pending value must
have reached the server (an audit trigger records every row state the server ever held)
or sit in that client's conflict table. In the end, after the users resolved the
duplicate codes (renaming or merging), every client equals the server: no edit lost, no
object doubled, every photo with the hash of its bytes.
"""

import hashlib
import random
import uuid

import psycopg2
import pytest

from kempten_twin_plugin.store import conflicts as conflict_log
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from tests.server.sync_helpers import Client, audited_values, install_audit, local_state, server_state

EDITS = {"gully": ("street", "last_cleaned"), "lateral": ("material",)}


def expectations(client):
    """What the client has pending: (op, table, uuid, column, value)."""
    import json

    from kempten_twin_plugin.store.schema import TABLES_BY_NAME
    from kempten_twin_plugin.sync import merge as values

    found = []
    for table, row_uuid, op, base in client.execute(
            "SELECT table_name, uuid, op, base FROM kt_change WHERE refused IS NULL"):
        if op != "U":
            found.append((op, table, row_uuid, None, None))
            continue
        names = TABLES_BY_NAME[table].column_names
        row = client.execute(f'SELECT {", ".join(names)} FROM "{table}" WHERE uuid = ?',
                             (row_uuid,))[0]
        base = json.loads(base) if base else {}
        for name, kind, value in zip(names, [c.type for c in TABLES_BY_NAME[table].columns], row):
            if name in EDITS.get(table, ()) and values.canonical(kind, value) != \
                    values.canonical(kind, base.get(name)):
                found.append(("U", table, row_uuid, name, value))
    return found


def server_rows(dsn, schema, sql):
    con = psycopg2.connect(dsn)
    try:
        cur = con.cursor()
        cur.execute(sql.format(s=schema))
        return cur.fetchall()
    finally:
        con.close()


def resolve_duplicates(client, rng):
    """What a user does in the conflict dialog with a code that exists twice: rename mine,
    or merge it into the existing object."""
    for conflict in conflict_log.open_conflicts(client.path):
        if conflict["kind"] != "duplicate_code":
            continue
        if rng.random() < 0.5:
            conflict_log.resolve(client.path, conflict["id"], "theirs")
        else:
            conflict_log.resolve(client.path, conflict["id"], "edit",
                                 f"{conflict['mine']}-{conflict['uuid'][:8]}")


def check_nothing_lost(central, client, expected):
    dsn, schema = central
    conflicts = client.conflicts()
    server = server_state(dsn, schema)
    for op, table, row_uuid, column, value in expected:
        in_conflict = [c for c in conflicts if c[1] == row_uuid]
        if op == "U":
            arrived = value in audited_values(dsn, schema, table, row_uuid, column)
            kept = any(c[3] == column and c[4] == value or c[2] == "update_delete"
                       for c in in_conflict)
            assert arrived or kept, f"lost: {table}.{column} = {value!r} of {row_uuid}"
        elif op == "I":
            waits = any(c[2] == "duplicate_code" for c in in_conflict)
            assert row_uuid in server[table] or waits, f"insert lost: {table} {row_uuid}"
        else:  # D
            assert row_uuid not in server[table] or any(
                c[2] == "delete_update" for c in in_conflict), f"delete lost: {row_uuid}"


@pytest.mark.parametrize("n_clients, steps, seed", [(2, 60, 1), (10, 120, 2)])
def test_no_edit_lost_and_all_converge(central, tmp_path, n_clients, steps, seed):
    dsn, schema = central
    install_audit(dsn, schema, ["gully", "lateral", "planned_building"])
    rng = random.Random(seed)
    clients = [Client(dsn, schema, tmp_path / f"client{i}.gpkg") for i in range(n_clients)]
    build_demo_working_copy(clients[0].path, 1000, seed)
    clients[0].sync()
    for client in clients[1:]:
        client.sync()
    pool = {t: [r[0] for r in clients[0].execute(f'SELECT uuid FROM "{t}" ORDER BY fid LIMIT 6')]
            for t in EDITS}
    photo_uuid = str(uuid.uuid4())
    defect = clients[0].execute("SELECT uuid FROM defect ORDER BY fid LIMIT 1")[0][0]
    clients[0].execute("INSERT INTO defect_photo (uuid, version, changed_at, changed_by, defect, "
                       "mime, sha256, bytes) VALUES (?, 1, '2026-01-01T00:00:00Z', 't', ?, "
                       "'image/png', ?, ?)", (photo_uuid, defect,
                                               hashlib.sha256(b"first").hexdigest(), b"first"))
    clients[0].sync()
    for client in clients[1:]:
        client.sync()
    duplicates_met, braced = [0], [0]
    syncs = 0
    for step in range(steps):
        client = rng.choice(clients)
        action = rng.random()
        if action < 0.45:
            table = rng.choice(list(EDITS))
            column = rng.choice(EDITS[table])
            value = (f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                     if column == "last_cleaned" else f"step {step} by {clients.index(client)}")
            client.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE uuid = ?',
                           (value, rng.choice(pool[table])))
        elif action < 0.52:
            client.execute(
                "INSERT INTO planned_building (uuid, version, changed_at, changed_by, project, "
                "floors, height_m, roof, use, geom) SELECT ?, 1, changed_at, changed_by, project, "
                "floors + 1, height_m, roof, use, geom FROM planned_building ORDER BY fid LIMIT 1",
                (str(uuid.UUID(int=rng.getrandbits(128), version=4)),))
        elif action < 0.57:
            client.execute('DELETE FROM "lateral" WHERE uuid = ?', (rng.choice(pool["lateral"]),))
        elif action < 0.63:  # a new manhole, its uuid as QGIS writes it, a code others use too
            new = uuid.uuid4()  # not from rng: the demo city draws its uuids from the same seed
            spelled = "{" + str(new).upper() + "}" if rng.random() < 0.5 else str(new)
            braced[0] += spelled.startswith("{")
            client.execute(
                "INSERT INTO manhole (uuid, version, changed_at, changed_by, object_code, "
                "node_kind, geom) SELECT ?, 1, changed_at, changed_by, ?, 'Schacht', geom "
                "FROM manhole ORDER BY fid LIMIT 1", (spelled, f"NEU-{rng.randint(1, 2)}"))
        elif action < 0.67:  # a photo's bytes replaced by some tool, its hash left as it was
            client.execute("UPDATE defect_photo SET bytes = ? WHERE uuid = ?",
                           (f"bytes of step {step}".encode(), photo_uuid))
        else:
            expected = expectations(client)
            client.sync()
            syncs += 1
            check_nothing_lost(central, client, expected)
            duplicates_met[0] += sum(c[2] == "duplicate_code" for c in client.conflicts())
            if rng.random() < 0.5:
                resolve_duplicates(client, rng)
    for _ in range(3):  # everyone syncs, the users decide, until nothing moves
        for client in rng.sample(clients, len(clients)):
            expected = expectations(client)
            client.sync()
            check_nothing_lost(central, client, expected)
            duplicates_met[0] += sum(c[2] == "duplicate_code" for c in client.conflicts())
            resolve_duplicates(client, rng)
    server = server_state(dsn, schema)
    for client in clients:
        assert client.pending() == []
        assert local_state(client) == server
    codes = [r[0] for r in server_rows(dsn, schema, "SELECT object_code FROM {s}.manhole")]
    assert len(codes) == len(set(codes)), "an object code exists twice"
    for photo, data, digest in server_rows(
            dsn, schema, "SELECT uuid, bytes, sha256 FROM {s}.defect_photo"):
        assert digest == hashlib.sha256(bytes(data)).hexdigest(), photo
    assert duplicates_met[0] > 0 and braced[0] > 0
    assert syncs > steps // 5
    # The random edits did collide: the test exercised the merge, not just the easy path.
    assert sum(len(c.conflicts()) for c in clients) > 0
