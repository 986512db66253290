"""An imported network (with inspections and kept source codes) travels through the server."""

import os

import psycopg2
import pytest

from kempten_twin_plugin.io.exchange.api import import_isybau, import_m150
from tests.helpers.isybau_samples import isybau_file, sample_path, write
from tests.server.sync_helpers import Client, local_state, server_state

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def street(tmp_path):
    """The small street (S1–S3, H1, H2, SE1 with L1, inspections of H1 and S2), ISYBAU 2024."""
    return write(tmp_path / "street_2024.xml", isybau_file("2024-06"))
SAMPLE_M150 = os.path.join(ROOT, "tests", "data", "real", "amphibitus-m150xml",
                           "DWA-M150_Beispiel_04-2010_TypB.xml")


def test_imported_network_is_pushed_and_pulled_whole(central, tmp_path, street):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    import_isybau(first.path, street)
    import_m150(first.path, SAMPLE_M150)
    first.sync()
    assert first.pending() == []
    server = server_state(*central)
    assert len(server["inspection"]) == 2 + 10 and len(server["observation"]) == 4 + 108
    assert len(server["source_record"]) == 2 + 9
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    assert local_state(first) == server == local_state(second)


def test_reimport_after_sync_sends_only_what_changed(central, tmp_path, street):
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    import_isybau(first.path, street)
    first.sync()
    text = open(street, encoding="utf-8").read().replace(
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


def test_inspections_of_laterals_and_classes_per_criterion_travel(central, tmp_path):
    # Schema version 5: an inspection of a lateral (Anschlussleitung), the classes per
    # criterion, damage scores and the file's evaluation/classification.
    dsn, schema = central
    first = Client(dsn, schema, tmp_path / "first.gpkg")
    import_isybau(first.path, sample_path("isybau_2013_zustand_bewertet.xml"))
    first.sync()
    assert first.pending() == []
    con = psycopg2.connect(dsn)
    cur = con.cursor()
    cur.execute(f"SELECT asset_table, condition_class, damage_score FROM {schema}.inspection "
                "ORDER BY inspected_on, object_code")
    assert cur.fetchall() == [("pipe", 4, 254.0), ("lateral", 2, 100.0), ("manhole", 1, 80.0),
                              ("manhole", None, None)]
    cur.execute(f"SELECT code, class_tightness, class_stability, class_operation, damage_score "
                f"FROM {schema}.observation WHERE class_tightness IS NOT NULL OR "
                "class_stability IS NOT NULL OR class_operation IS NOT NULL ORDER BY code")
    assert cur.fetchall() == [("BAB", 2, 3, None, 185.0), ("BAJ", 2, None, None, 100.0),
                              ("BBA", None, None, 4, 230.0), ("DAC", None, 1, None, 60.0)]
    # A class per criterion needs its scheme, as the condition class does.
    with pytest.raises(psycopg2.errors.CheckViolation):
        cur.execute(f"UPDATE {schema}.observation SET condition_scheme = NULL, "
                    "condition_class = NULL WHERE code = 'BAB'")
    con.rollback()
    con.close()
    second = Client(dsn, schema, tmp_path / "second.gpkg")
    second.sync()
    assert local_state(first) == server_state(*central) == local_state(second)
