"""The working copy's schema version: old files are brought up to date in place, with a
backup and their data intact; a file of a newer plugin is refused and left as it was.

The fixtures in tests/data/working_copies/ were written by the plugin as it was at commit
ea8f2f5 (schema version 1; see make_v1_fixture.py there).
"""

import hashlib
import os
import shutil
import sqlite3

import pytest
from osgeo import ogr

from kempten_twin_plugin.store import geometry, local_migrations, working_copy
from kempten_twin_plugin.store.working_copy import (
    SCHEMA_VERSION,
    WorkingCopyError,
    WorkingCopyTooNewError,
)

FIXTURES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data",
                        "working_copies")
V1 = os.path.join(FIXTURES, "v1_2026-12.gpkg")
V1_EMPTY = os.path.join(FIXTURES, "v1_2026-12_empty.gpkg")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def copy(fixture, tmp_path, name="wc.gpkg"):
    target = tmp_path / name
    shutil.copyfile(fixture, target)
    return str(target)


def schema_of(path):
    """What a working copy's schema is, in a form two files can be compared by: tables with
    their columns, indexes, triggers, and the GeoPackage registry entries."""
    con = sqlite3.connect(path)
    try:
        objects = {}
        for kind, name, table in con.execute("SELECT type, name, tbl_name FROM sqlite_master "
                                             "WHERE name NOT LIKE 'sqlite_%'"):
            if kind == "table":
                columns = tuple((c[1], c[2].upper(), c[3], c[5]) for c in
                                con.execute(f'PRAGMA table_info("{name}")'))
                objects[(kind, name)] = columns
            else:
                objects[(kind, name)] = table
        registry = {
            "contents": sorted(r[:3] for r in con.execute(
                "SELECT table_name, data_type, srs_id FROM gpkg_contents")),
            "geometry_columns": sorted(con.execute("SELECT * FROM gpkg_geometry_columns")),
            "extensions": sorted(con.execute("SELECT * FROM gpkg_extensions")),
            "ogr_contents": sorted(r[0] for r in con.execute(
                "SELECT table_name FROM gpkg_ogr_contents")),
        }
        return objects, registry
    finally:
        con.close()


def rows_of(path, tables, columns=None):
    """Every row of ``tables``; of ``columns`` ({table: [names]}) only where given, so a
    file can be compared with itself before later versions added columns."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for t in tables:
            names = ", ".join(f'"{c}"' for c in columns[t]) if columns and t in columns else "*"
            out[t] = sorted(con.execute(f'SELECT {names} FROM "{t}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def columns_of(path, tables):
    con = sqlite3.connect(path)
    try:
        return {t: [c[1] for c in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        con.close()


def user_tables(path):
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'rtree_%' AND name NOT LIKE 'gpkg_%' AND name <> 'kt_meta'")]
    finally:
        con.close()


@pytest.mark.parametrize("fixture", [V1, V1_EMPTY])
def test_an_upgraded_working_copy_has_the_schema_of_a_new_one(fixture, tmp_path):
    old = copy(fixture, tmp_path)
    working_copy.upgrade(old)
    new = str(tmp_path / "new.gpkg")
    working_copy.write_working_copy(new, {})
    assert working_copy.schema_version(old) == working_copy.schema_version(new) == SCHEMA_VERSION
    assert schema_of(old) == schema_of(new)


def test_upgrade_in_place_keeps_every_row_and_leaves_a_backup(tmp_path):
    path = copy(V1, tmp_path)
    before_digest = digest(path)
    tables = user_tables(path)
    before = rows_of(path, tables)
    columns = columns_of(path, tables)
    assert working_copy.schema_version(path) == 1
    db = working_copy.connect(path)  # what every part of the plugin does to open it
    db.close()
    assert working_copy.schema_version(path) == SCHEMA_VERSION
    # Every row is kept (later versions add columns, empty in old rows).
    assert rows_of(path, tables, columns) == before
    added = {t: [c for c in cols if c not in columns[t]]
             for t, cols in columns_of(path, tables).items()}
    assert added["inspection"] == ["damage_score", "evaluation"]
    assert added["observation"] == ["class_tightness", "class_stability", "class_operation",
                                    "damage_score", "classification"]
    assert rows_of(path, ["observation"], {"observation": added["observation"]}) == {
        "observation": [(None,) * 5] * len(before["observation"])}
    backups = [n for n in os.listdir(tmp_path) if "backup" in n]
    assert backups == ["wc.v1-backup.gpkg"]
    assert digest(tmp_path / backups[0]) == before_digest
    # A second open changes nothing and makes no second backup.
    unchanged = digest(path)
    working_copy.connect(path).close()
    assert digest(path) == unchanged
    assert [n for n in os.listdir(tmp_path) if "backup" in n] == backups


def test_an_upgraded_working_copy_is_a_valid_geopackage_and_captures_edits(tmp_path):
    path = copy(V1_EMPTY, tmp_path)
    working_copy.upgrade(path)
    db = working_copy.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The context buildings' table, new in version 2, indexes what is written to it.
        blob = geometry.ogr_blob(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON (((598000 5287000,598010 5287000,598010 5287010,598000 5287000)))"))
        db.execute("INSERT INTO context_building (gml_id, height_m, geom) VALUES ('b1', 9.5, ?)",
                   (blob,))
        assert db.execute("SELECT count(*) FROM rtree_context_building_geom").fetchone()[0] == 1
        assert db.execute("SELECT rtreecheck('rtree_context_building_geom')").fetchone()[0] == "ok"
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = "
                          "'context_building'").fetchone()[0] == 1
        # Edits of the network are captured for sync, as in a new working copy.
        db.execute("INSERT INTO manhole (uuid, version, changed_at, changed_by, object_code, "
                   "node_kind, geom) VALUES ('m1', 1, '2026-12-06T00:00:00Z', 't', 'S1', "
                   "'Schacht', ?)", (geometry.point_blob(598000.0, 5287000.0),))
        assert db.execute("SELECT table_name, op FROM kt_change").fetchall() == [("manhole", "I")]
    finally:
        db.close()
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("context_building")
    assert layer.GetFeatureCount() == 1 and layer.GetSpatialRef().GetAuthorityCode(None) == "25832"
    layer.SetSpatialFilterRect(597990, 5286990, 598020, 5287020)
    assert layer.GetFeatureCount() == 1
    ds = None


def test_a_working_copy_of_a_newer_plugin_is_refused_untouched(tmp_path):
    path = copy(V1_EMPTY, tmp_path)
    working_copy.upgrade(path, backup=False)
    con = sqlite3.connect(path)
    con.execute("UPDATE kt_meta SET value = ? WHERE key = 'schema_version'",
                (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    before, stamp = digest(path), os.stat(path).st_mtime_ns
    for open_it in (working_copy.connect, working_copy.connect_read_only, working_copy.upgrade,
                    working_copy.ensure):
        with pytest.raises(WorkingCopyTooNewError) as refused:
            open_it(path)
        assert "newer Kempten Twin" in str(refused.value) and "not changed" in str(refused.value)
    assert digest(path) == before and os.stat(path).st_mtime_ns == stamp
    assert sorted(os.listdir(tmp_path)) == ["wc.gpkg"]


def test_a_failing_step_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = copy(V1, tmp_path)
    before = digest(path)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk full (simulated)")

    monkeypatch.setitem(local_migrations.STEPS, 2, broken)
    with pytest.raises(sqlite3.OperationalError):
        working_copy.connect(path)
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == ["wc.gpkg"]  # the backup went with the failure


def test_what_is_not_a_working_copy_is_named(tmp_path):
    with pytest.raises(WorkingCopyError, match="does not exist"):
        working_copy.connect(str(tmp_path / "missing.gpkg"))
    text = tmp_path / "notes.gpkg"
    text.write_text("just text")
    with pytest.raises(WorkingCopyError):
        working_copy.connect(str(text))
    assert text.read_text() == "just text"


QGIS_UUID = "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}"


def test_a_uuid_in_qgis_spelling_is_stored_in_the_one_spelling(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    working_copy.write_working_copy(path, {})
    db = working_copy.connect(path)
    try:
        db.execute("INSERT INTO manhole (uuid, version, changed_at, changed_by, object_code, "
                   "node_kind, geom) VALUES (?, 1, '2026-12-06T00:00:00Z', 't', 'S1', "
                   "'Schacht', ?)", (QGIS_UUID, geometry.point_blob(598000.0, 5287000.0)))
        canon = QGIS_UUID.strip("{}").lower()
        assert db.execute("SELECT uuid FROM manhole").fetchall() == [(canon,)]
        assert db.execute("SELECT table_name, uuid, op FROM kt_change").fetchall() == \
            [("manhole", canon, "I")]
        # A reference typed in QGIS's spelling is stored canonical too, as one edit.
        db.execute("INSERT INTO pipe (uuid, version, changed_at, changed_by, object_code, "
                   "from_manhole) VALUES ('p1', 1, '2026-12-06T00:00:00Z', 't', 'H1', ?)",
                   (QGIS_UUID,))
        db.execute("DELETE FROM kt_change")
        db.execute("UPDATE pipe SET to_manhole = ? WHERE uuid = 'p1'", (QGIS_UUID,))
        assert db.execute("SELECT from_manhole, to_manhole FROM pipe").fetchall() == \
            [(canon, canon)]
        assert db.execute("SELECT uuid, op FROM kt_change").fetchall() == [("p1", "U")]
        with pytest.raises(sqlite3.IntegrityError, match="never changes"):
            db.execute("UPDATE manhole SET uuid = 'another'")
    finally:
        db.close()


def test_an_older_working_copy_gets_its_uuids_in_the_one_spelling(tmp_path):
    path = copy(V1_EMPTY, tmp_path)
    raw = sqlite3.connect(path)  # as version 1 stored what QGIS wrote: verbatim
    geometry.register_functions(raw)
    raw.execute("INSERT INTO manhole (uuid, version, changed_at, changed_by, object_code, "
                "node_kind) VALUES (?, 1, '2026-12-06T00:00:00Z', 't', 'S1', 'Schacht')",
                (QGIS_UUID,))
    raw.execute("INSERT INTO manhole (uuid, version, changed_at, changed_by, object_code, "
                "node_kind) VALUES (?, 2, '2026-12-06T00:00:00Z', 't', 'S1', 'Schacht')",
                ("3f2504e0-4f89-41d3-9a0c-0305e82c3302",))
    raw.execute("INSERT INTO manhole (uuid, version, changed_at, changed_by, object_code, "
                "node_kind) VALUES (?, 2, '2026-12-06T00:00:00Z', 't', 'S2', 'Schacht')",
                ("{3F2504E0-4F89-41D3-9A0C-0305E82C3302}",))  # came back from the server twice
    raw.commit()
    raw.close()
    working_copy.upgrade(path)
    db = working_copy.connect(path)
    try:
        assert sorted(db.execute("SELECT uuid, version FROM manhole")) == [
            ("3f2504e0-4f89-41d3-9a0c-0305e82c3301", 1),
            ("3f2504e0-4f89-41d3-9a0c-0305e82c3302", 2)]
        assert {u for (u,) in db.execute("SELECT uuid FROM kt_change")} <= {
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "3f2504e0-4f89-41d3-9a0c-0305e82c3302"}
    finally:
        db.close()


@pytest.mark.parametrize("fixture", [V1, None])
def test_version_4_projects_are_not_public_unless_marked(fixture, tmp_path):
    """The citizens' portal fields: an old working copy gets them, a project written
    without saying so is not public, in an upgraded file and a new one alike."""
    if fixture:
        path = copy(fixture, tmp_path)
        working_copy.upgrade(path)
    else:
        path = str(tmp_path / "new.gpkg")
        working_copy.write_working_copy(path, {})
    db = working_copy.connect(path)
    try:
        assert {"description", "public"} <= {r[1] for r in db.execute(
            "PRAGMA table_info(planned_project)")}
        assert "building" in {r[1] for r in db.execute("PRAGMA table_info(participation_comment)")}
        db.execute("INSERT INTO planned_project (uuid, version, changed_at, changed_by, name) "
                   "VALUES ('p-new', 1, '2026-12-06T00:00:00Z', 't', 'Neu')")
        assert db.execute("SELECT coalesce(public, 0) FROM planned_project WHERE uuid = 'p-new'"
                          ).fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM planned_project WHERE public <> 0").fetchone() == (0,)
        from kempten_twin_plugin.store import portal

        assert portal.portal_projects(path) == []  # none is public
    finally:
        db.close()
