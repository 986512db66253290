"""Hostile and unusual text is stored and read back byte for byte, in every text field."""

import json

import pytest

from tests.server.seed import insert_rows

TEXTS = [
    "'; DROP TABLE pipe; --",
    "Robert'); DELETE FROM defect WHERE ('1'='1",
    '"double" \'single\' `back` \\ backslash $$ dollar $q$',
    "Straßenablauf ✓ 🚧🕳️ Ümlaut ÄÖÜß € Ω",
    "line\nbreak\ttab\r\n",
    "x" * 10_240,
    "é" * 5_000 + "🙂" * 500,
]


def text_columns(cur, schema):
    cur.execute("SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = %s AND data_type = 'text' AND table_name <> 'schema_version' "
                "AND table_name NOT IN ('tombstone', 'defect_transition', 'defect_event', 'sync_batch') "
                "AND column_name NOT IN ('changed_by', 'node_kind', 'drainage', 'condition_scheme', "
                "'asset_table', 'status', 'source', "
                "'sha256')", (schema,))  # a photo's sha256 is the server's, computed from its bytes
    return cur.fetchall()


def stored(table, column, text):
    """The value the test writes: unique where the column must be, JSON where it must be."""
    if column == "defect_number":
        return text + column
    if (table, column) == ("source_record", "codes"):  # raw exchange codes, a JSON object
        return json.dumps({"Bemerkung": text}, ensure_ascii=False)
    return text


@pytest.mark.parametrize("text", TEXTS, ids=["sql1", "sql2", "quotes", "unicode", "control",
                                              "10kB", "multibyte"])
def test_every_text_field_round_trips(server, text):
    s = server.schema
    con = server.connect()
    cur = con.cursor()
    ids = insert_rows(cur, s)
    con.commit()
    columns = text_columns(cur, s)
    assert len(columns) >= 20
    for table, column in columns:
        cur.execute(f"UPDATE {s}.{table} SET {column} = %s WHERE uuid = %s",
                    (stored(table, column, text), ids[table]))
        assert cur.rowcount == 1, (table, column)
    con.commit()
    for table, column in columns:
        cur.execute(f"SELECT {column} FROM {s}.{table} WHERE uuid = %s", (ids[table],))
        assert cur.fetchone()[0] == stored(table, column, text), (table, column)
    cur.execute(f"SELECT count(*) FROM {s}.pipe")  # and nothing was dropped
    assert cur.fetchone()[0] == 1
    con.close()


def test_a_status_note_with_hostile_text_reaches_the_history(server):
    s = server.schema
    con = server.connect()
    cur = con.cursor()
    ids = insert_rows(cur, s)
    cur.execute(f"UPDATE {s}.defect SET status = 'abgelehnt', status_note = %s WHERE uuid = %s",
                (TEXTS[0] + TEXTS[3], ids["defect"]))
    cur.execute(f"SELECT note FROM {s}.defect_event WHERE defect = %s AND to_status = 'abgelehnt'",
                (ids["defect"],))
    assert cur.fetchone()[0] == TEXTS[0] + TEXTS[3]
    con.rollback()
    con.close()


def test_a_nul_character_is_refused_clearly(server):
    con = server.connect()
    cur = con.cursor()
    ids = insert_rows(cur, server.schema)
    with pytest.raises(ValueError, match="NUL"):
        cur.execute(f"UPDATE {server.schema}.gully SET street = %s WHERE uuid = %s",
                    ("a\x00b", ids["gully"]))
    con.rollback()
    con.close()
