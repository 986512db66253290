"""Model-based check of "no edit lost": many desktops edit the same rows at random.

Clients update, insert and delete in a small pool of rows (so they collide often) and sync
in random order. At every sync the test writes down what the client had pending; after it,
each pending value must have reached the server (an audit trigger records every row state
the server ever held) or sit in that client's conflict table. In the end every client
equals the server.
"""

import random
import uuid

import pytest
from sync_helpers import Client, audited_values, install_audit, local_state, server_state

from kempten_twin_plugin.store.demo_data import build_demo_working_copy

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
            assert row_uuid in server[table], f"insert lost: {table} {row_uuid}"
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
    syncs = 0
    for step in range(steps):
        client = rng.choice(clients)
        action = rng.random()
        if action < 0.55:
            table = rng.choice(list(EDITS))
            column = rng.choice(EDITS[table])
            value = (f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                     if column == "last_cleaned" else f"step {step} by {clients.index(client)}")
            client.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE uuid = ?',
                           (value, rng.choice(pool[table])))
        elif action < 0.65:
            client.execute(
                "INSERT INTO planned_building (uuid, version, changed_at, changed_by, project, "
                "floors, height_m, roof, use, geom) SELECT ?, 1, changed_at, changed_by, project, "
                "floors + 1, height_m, roof, use, geom FROM planned_building ORDER BY fid LIMIT 1",
                (str(uuid.UUID(int=rng.getrandbits(128), version=4)),))
        elif action < 0.72:
            client.execute('DELETE FROM "lateral" WHERE uuid = ?', (rng.choice(pool["lateral"]),))
        else:
            expected = expectations(client)
            client.sync()
            syncs += 1
            check_nothing_lost(central, client, expected)
    for _ in range(2):  # everyone syncs until nothing moves
        for client in rng.sample(clients, len(clients)):
            expected = expectations(client)
            client.sync()
            check_nothing_lost(central, client, expected)
    server = server_state(dsn, schema)
    for client in clients:
        assert client.pending() == []
        assert local_state(client) == server
    assert syncs > steps // 5
    # The random edits did collide: the test exercised the merge, not just the easy path.
    assert sum(len(c.conflicts()) for c in clients) > 0
