"""The server (migration 0006) trusts no client with a defect number: it keeps a new
defect's number when it is free and of the writer's own login, and otherwise gives the
writer's next free number of that year; older numbers stay as they are."""

import uuid

from tests.server import seed


def insert(cur, s, number, reported_at="2026-05-04T08:00:00Z"):
    new = str(uuid.uuid4())
    cur.execute(f"INSERT INTO {s}.defect (uuid, defect_number, asset_table, asset, category, "
                "severity, reported_at, geom) SELECT %s, %s, 'gully', uuid, 'verstopft', 2, %s, "
                f"ST_SetSRID(ST_MakePoint(598000, 5287000), 25832) FROM {s}.gully LIMIT 1",
                (new, number, reported_at))
    cur.execute(f"SELECT defect_number FROM {s}.defect WHERE uuid = %s", (new,))
    return cur.fetchone()[0]


def test_the_server_keeps_free_own_numbers_and_renumbers_the_others(server):
    s = server.schema
    admin = server.connect()
    seed.insert_rows(admin.cursor(), s)
    admin.commit()
    admin.close()
    con = server.as_login("maintenance")
    cur = con.cursor()
    login = server.logins["maintenance"]
    own = f"M-2026-{login}-0001"
    assert insert(cur, s, own) == own  # free and the writer's own: kept
    # The same number again (the login offline on two desktops): the next free one.
    assert insert(cur, s, own) == f"M-2026-{login}-0002"
    # A number of another login's sequence: the writer's own next number instead.
    assert insert(cur, s, "M-2026-somebody.else-0001") == f"M-2026-{login}-0003"
    # Gaps are fine: a free higher number of the login's own is kept, and counted on from.
    assert insert(cur, s, f"M-2026-{login}-0010") == f"M-2026-{login}-0010"
    assert insert(cur, s, f"M-2026-{login}-0010") == f"M-2026-{login}-0011"
    # Numbers of the first plugin versions are kept while free.
    assert insert(cur, s, "M-2026-0A1B2C3D") == "M-2026-0A1B2C3D"
    assert insert(cur, s, "M-2026-0A1B2C3D", "2025-12-31T23:00:00Z") == f"M-2025-{login}-0001"
    con.commit()
    con.close()
