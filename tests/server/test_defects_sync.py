"""Defects made in the desktop reach the server, whose workflow rules and history hold."""

import json

import psycopg2
import pytest

from kempten_twin_plugin.io import open311
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import geometry as gpkg_geometry
from kempten_twin_plugin.store import server_schema
from kempten_twin_plugin.store.demo_data import build_demo_working_copy
from tests.server.sync_helpers import Client


@pytest.fixture
def client(dsn, schema, tmp_path):
    con = psycopg2.connect(dsn)
    server_schema.install_or_upgrade(con, schema, "kt_")
    con.close()
    path = tmp_path / "wc.gpkg"
    build_demo_working_copy(str(path), 1000, 2)
    client = Client(dsn, schema, path)
    client.sync()  # the city goes to the empty server
    assert client.pending() == []
    return client


def server_events(dsn, schema, defect):
    con = psycopg2.connect(dsn)
    try:
        cur = con.cursor()
        cur.execute(f"SELECT from_status, to_status, note FROM {schema}.defect_event "
                    "WHERE defect = %s ORDER BY change_seq", (defect,))
        return cur.fetchall()
    finally:
        con.close()


def a_gully(client, n=0):
    uuid, blob = client.execute("SELECT uuid, geom FROM gully ORDER BY fid LIMIT 1 OFFSET ?",
                                (n,))[0]
    return uuid, gpkg_geometry.point_of(blob)


def test_a_reported_defect_and_its_steps_reach_the_server(client, dsn, schema):
    gully, (x, y) = a_gully(client)
    db = store.connect(client.path)
    uuid = store.create_defect(db, asset_table="gully", asset=gully, category="verstopft",
                               severity=2, x=x, y=y, reported_by="m.huber")
    db.close()
    client.sync()
    assert server_events(dsn, schema, uuid) == [(None, "gemeldet", None)]
    db = store.connect(client.path)
    store.change_status(db, [uuid], "geprüft", "vor Ort gesehen", "m.huber")
    db.close()
    client.sync()
    assert client.pending() == []  # nothing refused
    assert server_events(dsn, schema, uuid)[-1] == ("gemeldet", "geprüft", "vor Ort gesehen")
    db = store.connect(client.path)
    steps = [(e[2], e[3], e[4]) for e in store.history(db, uuid)]
    db.close()
    # The server's events came back with the pull; each step is shown once.
    assert steps == [(None, "gemeldet", None), ("gemeldet", "geprüft", "vor Ort gesehen")]


def test_the_server_refuses_an_illegal_step_the_client_did_not_check(client, dsn, schema):
    # Written past the plugin (e.g. in the attribute table): the server still says no.
    uuid = client.execute("SELECT uuid FROM defect WHERE status = 'gemeldet' LIMIT 1")[0][0]
    client.execute("UPDATE defect SET status = 'behoben' WHERE uuid = ?", (uuid,))
    client.sync()
    refused = client.execute("SELECT refused FROM kt_change WHERE uuid = ?", (uuid,))
    assert refused and "Unzulässiger Statuswechsel" in refused[0][0]


def test_open311_reports_sync_like_any_defect(client, dsn, schema):
    requests = []
    for n, (_gully, (x, y)) in enumerate(a_gully(client, k) for k in (3, 40, 90)):
        lon, lat, _ = open311._from_utm().TransformPoint(x + 2, y)
        requests.append({"service_request_id": f"S{n}", "service_code": "gully_blocked",
                         "lat": lat, "long": lon, "requested_datetime": "2026-11-20T10:00:00Z"})
    report = open311.import_requests(client.path, requests)
    assert report.created == 3
    client.sync()
    assert client.pending() == []
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    cur.execute(f"SELECT external_id, status, source FROM {schema}.defect "
                "WHERE external_id LIKE 'S_' ORDER BY 1")
    assert cur.fetchall() == [(f"S{n}", "gemeldet", "open311") for n in range(3)]
    con.close()
    exported = open311.export_requests(client.path)
    assert {r["service_request_id"] for r in exported} >= {"S0", "S1", "S2"}
    assert json.dumps(exported)  # plain values only
