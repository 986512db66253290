"""An imported network (with inspections and kept source codes) travels through the server."""

import os

import psycopg2
from sync_helpers import Client, local_state, server_state

from kempten_twin_plugin.io.exchange.api import import_isybau, import_m150

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE_2024 = os.path.join(ROOT, "tests", "data", "isybau", "isybau_2024_utm_prefix.xml")
SAMPLE_M150 = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                           "DWA-M150_Beispiel_04-2010_TypB.xml")


def test_imported_network_is_pushed_and_pulled_whole(central, tmp_path):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    import_isybau(first.path, SAMPLE_2024)
    import_m150(first.path, SAMPLE_M150)
    first.sync()
    assert first.pending() == []
    server = server_state(*central)
    assert len(server["inspection"]) == 2 + 10 and len(server["observation"]) == 4 + 108
    assert len(server["source_record"]) == 2 + 9
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    assert local_state(first) == server == local_state(second)


def test_reimport_after_sync_sends_only_what_changed(central, tmp_path):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    import_isybau(first.path, SAMPLE_2024)
    first.sync()
    text = open(SAMPLE_2024, encoding="utf-8").read().replace(
        "<Punkthoehe>700.500</Punkthoehe>", "<Punkthoehe>700.900</Punkthoehe>")
    changed = tmp_path / "changed.xml"
    changed.write_text(text, encoding="utf-8")
    import_isybau(first.path, str(changed))
    pending = {(t, op) for t, _, op in first.pending()}
    # S1's cover level changed; the inspections were replaced; nothing else is an edit.
    assert ("manhole", "U") in pending and ("pipe", "U") not in pending
    assert len([p for p in first.pending() if p[0] == "manhole"]) == 1
    first.sync()
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    cur.execute(f"SELECT cover_level, version FROM {schema}.manhole WHERE object_code = 'S1'")
    assert cur.fetchall() == [(700.9, 2)]
    con.close()
