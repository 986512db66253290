"""Citizens' comments: DIPAS-style GeoJSON, Decidim GraphQL, CSV; attached to projects."""

import os
import sqlite3

import pytest

from kempten_twin_plugin.io.planning import importer
from kempten_twin_plugin.io.planning import participation as comments
from kempten_twin_plugin.io.planning.errors import PlanningImportError
from kempten_twin_plugin.store import planning as planning_store

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "planning")


def data(name):
    return os.path.join(DATA, name)


@pytest.fixture
def wc(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    # Footprints at EPSG:25832 595000 5286000 …: the comments' points lie next to them.
    importer.import_planned(path, data("footprints_4326.geojson"), "planner",
                            mapping={"name": "Bezeichnung", "height": "Hoehe"})
    return path


def rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def project_uuid(path, name):
    return rows(path, f"SELECT uuid FROM planned_project WHERE name = '{name}'")[0][0]


def test_dipas_contributions_go_to_the_nearest_project(wc):
    result = importer.import_comments(wc, data("dipas_contributions.geojson"), "planner")
    assert result["comments"] == 2 and result["skipped"] == 1  # one is 6 km away
    got = rows(wc, "SELECT external_id, text, created_at, project FROM participation_comment "
                   "ORDER BY external_id")
    assert [g[0] for g in got] == ["dipas:101", "dipas:102"]
    assert got[0][1] == "Fahrradstellplätze – Bitte genug überdachte Stellplätze."  # no HTML
    assert got[0][2] == "2026-03-02T10:15:00+01:00"
    assert {g[3] for g in got} == {project_uuid(wc, "Wohnhof Lindenberg")}
    assert planning_store.comment_counts_by_project(wc) == {project_uuid(wc, "Wohnhof Lindenberg"): 2}


def test_importing_the_same_export_twice_adds_nothing(wc):
    importer.import_comments(wc, data("dipas_contributions.geojson"), "planner")
    again = importer.import_comments(wc, data("dipas_contributions.geojson"), "planner")
    assert again["comments"] == 0
    assert rows(wc, "SELECT count(*) FROM participation_comment") == [(2,)]


def test_decidim_proposals_with_coordinates_and_no_personal_data(wc):
    result = importer.import_comments(wc, data("decidim_proposals.json"), "planner")
    assert result["comments"] == 1 and result["skipped"] == 0  # the one without a place is not read
    (text, external_id), = rows(wc, "SELECT text, external_id FROM participation_comment")
    assert external_id == "decidim:501"
    assert text == "Spielplatz im Innenhof – Ein kleiner Spielplatz wäre schön."
    everything = str(rows(wc, "SELECT * FROM participation_comment"))
    assert "Erika" not in everything and "@erika" not in everything


def test_csv_with_an_explicit_project_for_all(wc):
    target = project_uuid(wc, "Kita Am Bach")
    result = importer.import_comments(wc, data("comments.csv"), "planner", project="Kita Am Bach")
    assert result["comments"] == 2
    assert rows(wc, "SELECT DISTINCT project FROM participation_comment") == [(target,)]


def test_csv_by_nearest_footprint_skips_the_far_one(wc):
    result = importer.import_comments(wc, data("comments.csv"), "planner")
    assert result["comments"] == 1 and result["skipped"] == 1


def test_bad_comment_files(wc, tmp_path):
    before = rows(wc, "SELECT count(*) FROM participation_comment")
    with pytest.raises(PlanningImportError, match="not valid JSON"):
        importer.import_comments(wc, data("broken.geojson"), "planner")
    bad = tmp_path / "x.json"
    bad.write_text('{"foo": 1}')
    with pytest.raises(PlanningImportError, match="neither GeoJSON nor"):
        importer.import_comments(wc, str(bad), "planner")
    with pytest.raises(PlanningImportError, match="No such building project"):
        importer.import_comments(wc, data("comments.csv"), "planner", project="gibt es nicht")
    assert rows(wc, "SELECT count(*) FROM participation_comment") == before


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, "binary file"),
    (("[" * 100_000 + "]" * 100_000).encode(), "nested too deeply"),
    (('{"data": ' * 5_000 + "1" + "}" * 5_000).encode(), "nested too deeply"),
    (b"id;text\n1;" + bytes(range(1, 256)) * 300 + b"\x00", "binary file"),  # NUL far in
])
def test_hostile_comment_files_give_a_message_and_change_nothing(wc, tmp_path, content, message):
    """A binary file, JSON nested a hundred thousand deep, a broken CSV: never a traceback."""
    path = tmp_path / "beitraege.json"
    path.write_bytes(content)
    with open(wc, "rb") as f:
        before = f.read()
    with pytest.raises(PlanningImportError) as refused:
        importer.import_comments(wc, str(path), "planner")
    assert message in str(refused.value)
    with open(wc, "rb") as f:
        assert f.read() == before


@pytest.mark.parametrize("raw, expected", [
    ("2026-03-02T10:15:00+01:00", "2026-03-02T10:15:00+01:00"),
    ("2026-02-20T12:00:00Z", "2026-02-20T12:00:00+00:00"),
    ("2026-03-01", "2026-03-01"),
    ("03.03.2026", "2026-03-03"),
    ("1767225600", "2026-01-01T00:00:00+00:00"),
    ("gestern", None),
    ("", None),
])
def test_dates_become_iso_or_nothing(raw, expected):
    assert comments._iso_date(raw) == expected


def test_comments_are_attached_to_the_building_they_are_about(wc, tmp_path):
    """On a footprint or within 15 m of it: that building; a file naming a building (the
    uuid the portal's links carry, e.g. "gebaeude-<uuid>") wins over the place."""
    importer.import_comments(wc, data("dipas_contributions.geojson"), "planner")
    footprints = planning_store.building_footprints(wc)
    got = dict(rows(wc, "SELECT external_id, building FROM participation_comment"))
    owner = {uuid: project for uuid, project, _rings in footprints}
    lindenberg = project_uuid(wc, "Wohnhof Lindenberg")
    assert got["dipas:101"] is not None and owner[got["dipas:101"]] == lindenberg
    other = next(uuid for uuid, project, _r in footprints
                 if project == lindenberg and uuid != got["dipas:101"])
    named = tmp_path / "named.csv"
    named.write_text("id;text;project;building\n7;Zu hoch;Wohnhof Lindenberg;"
                     f"gebaeude-{other}\n8;Allgemein;Wohnhof Lindenberg;\n", encoding="utf-8")
    importer.import_comments(wc, str(named), "planner")
    got = dict(rows(wc, "SELECT external_id, building FROM participation_comment"))
    assert got["csv:7"] == other and got["csv:8"] is None  # no place, no name: the project only
    from kempten_twin_plugin.store import portal as portal_store

    counts = portal_store.comment_counts_by_building(wc)
    assert counts[other] == 1 and sum(counts.values()) == 3
