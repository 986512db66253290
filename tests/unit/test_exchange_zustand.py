"""Zustandsdaten: each inspection linked to what it inspects by Objektbezeichnung AND
Anlagentyp, the classes as the file gives them (Bewertung: KlasseManuell, else
KlasseAutomatisch; per observation the classes per criterion), scores as scores, the
latest class on the object and in the inspection panel."""

import json

import pytest

from kempten_twin_plugin.core.network import inspection as panel
from kempten_twin_plugin.io.exchange.api import import_any, import_isybau
from kempten_twin_plugin.io.isybau.reader import classification
from kempten_twin_plugin.store import network
from tests.helpers.isybau_samples import sample_path
from tests.helpers.network_dump import rows


@pytest.fixture(params=["2013", "2017"])
def evaluated(request, tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, sample_path(f"isybau_{request.param}_zustand_bewertet.xml"))
    return wc, report


def test_each_inspection_is_linked_within_the_kind_its_anlagentyp_names(evaluated):
    wc, report = evaluated
    assert report.warnings == [] and report.skipped == []
    assert {kind: n for (table, kind), n in report.kinds.items() if table == "inspection"} == {
        "Haltung": 1, "Anschlussleitung": 1, "Schacht": 1, "Bauwerk": 1}
    # The Haltung S1 is named like its upstream Schacht S1: each gets its own inspection.
    assert rows(wc, "SELECT i.object_code, i.asset_table, coalesce(m.node_kind, "
                    "CASE WHEN p.uuid IS NOT NULL THEN 'Haltung' END, "
                    "CASE WHEN l.uuid IS NOT NULL THEN 'Leitung' END) FROM inspection i "
                    "LEFT JOIN manhole m ON i.asset_table = 'manhole' AND m.uuid = i.asset "
                    "LEFT JOIN pipe p ON i.asset_table = 'pipe' AND p.uuid = i.asset "
                    "LEFT JOIN lateral l ON i.asset_table = 'lateral' AND l.uuid = i.asset "
                    "ORDER BY i.inspected_on, i.object_code") == [
        ("S1", "pipe", "Haltung"), ("SE1", "lateral", "Leitung"), ("S1", "manhole", "Schacht"),
        ("B1", "manhole", "Bauwerk")]


def test_classes_come_from_the_bewertung_and_scores_stay_scores(evaluated):
    wc, _ = evaluated
    # Haltung: automatic 3, set to 4 by hand → 4; Leitung: automatic only → 2; Schacht 1;
    # the Bauwerk's condition is described in words, without a class.
    assert rows(wc, "SELECT object_code, asset_table, condition_class, condition_scheme, "
                    "damage_score FROM inspection ORDER BY inspected_on, object_code") == [
        ("S1", "pipe", 4, "ISYBAU", 254.0), ("SE1", "lateral", 2, "ISYBAU", 100.0),
        ("S1", "manhole", 1, "ISYBAU", 80.0), ("B1", "manhole", None, None, None)]
    evaluation = json.loads(rows(wc, "SELECT evaluation FROM inspection WHERE "
                                     "asset_table = 'pipe'")[0][0])
    assert (evaluation["KlasseAutomatisch"], evaluation["KlasseManuell"]) == ("3", "4")
    # Per observation: the final class per criterion, the damage score apart.
    assert rows(wc, "SELECT o.code, o.class_tightness, o.class_stability, o.class_operation, "
                    "o.condition_class, o.condition_scheme, o.damage_score FROM observation o "
                    "JOIN inspection i ON i.uuid = o.inspection WHERE i.asset_table = 'pipe' "
                    "ORDER BY o.position") == [
        ("BCD", None, None, None, None, None, None),
        ("BAB", 2, 3, None, 3, "ISYBAU", 185.0),
        ("BBA", None, None, 4, 4, "ISYBAU", 230.0),
        ("BDC", None, None, None, None, None, None)]
    assert rows(wc, "SELECT remark FROM observation o JOIN inspection i ON i.uuid = "
                    "o.inspection WHERE i.object_code = 'B1'") == [
        ("Pumpensumpf verschlammt, Steigeisen korrodiert.",)]
    # Quantities of the schema's Quantifizierung1Numerisch are kept.
    assert rows(wc, "SELECT quantity1 FROM observation WHERE code = 'BBA'") == [("10",)]


def test_the_latest_class_goes_onto_the_pipe_and_manhole(evaluated):
    wc, _ = evaluated
    assert rows(wc, "SELECT object_code, condition_class, condition_scheme FROM pipe WHERE "
                    "condition_class IS NOT NULL") == [("S1", 4, "ISYBAU")]
    assert rows(wc, "SELECT object_code, condition_class FROM manhole WHERE condition_class "
                    "IS NOT NULL") == [("S1", 1)]


def test_the_inspection_panel_shows_the_latest_class_per_object(evaluated):
    wc, _ = evaluated
    for table, code, expected in (
            ("pipe", "S1", "4 (ISYBAU: 0 = no defect … 5 = worst) – 2023-05-04; tightness 2, "
                           "stability 3, operation 4; damage score 254"),
            ("lateral", "SE1", "2 (ISYBAU: 0 = no defect … 5 = worst) – 2023-05-04; "
                               "tightness 2; damage score 100"),
            ("manhole", "S1", "1 (ISYBAU: 0 = no defect … 5 = worst) – 2023-05-05; "
                              "stability 1; damage score 80")):
        (uuid,) = rows(wc, f'SELECT uuid FROM "{table}" WHERE object_code = ?', code)[0]
        report = network.describe(wc, table, uuid)
        derived = dict(report.derived)
        assert derived["Condition class (latest inspection)"] == expected, table
        assert report.inspections and report.inspections[0][0].startswith("2023-05")


def test_a_later_inspection_without_bewertung_takes_the_worst_observation(tmp_path):
    from tests.helpers.isybau_samples import isybau_file, write

    wc = str(tmp_path / "wc.gpkg")
    report = import_isybau(wc, write(tmp_path / "street.xml", isybau_file("2017-07")))
    assert report.warnings == []
    # H1: observations classed 3 and 1 (MaxSKeAuto), no Bewertung → 3; S2: 2.
    assert rows(wc, "SELECT object_code, asset_table, condition_class FROM inspection "
                    "ORDER BY object_code") == [("H1", "pipe", 3), ("S2", "manhole", 2)]
    assert rows(wc, "SELECT condition_class FROM pipe WHERE object_code = 'H1'") == [(3,)]


def test_classification_rules():
    # The final class (SK·eAuto) per criterion; else the manual, else the automatic
    # provisional one; the overall class from MaxSKeAuto, else the worst criterion.
    classes, overall, score = classification({
        "Dichtheit/SKDvAuto": "3", "Dichtheit/SKDvManu": "3", "Dichtheit/SZDvAuto": "200",
        "Dichtheit/SZDeAuto": "185", "Dichtheit/SKDeAuto": "2",
        "Betriebssicherheit/SKBvAuto": "1", "Betriebssicherheit/SKBvManu": "4",
        "MaxSZeAuto": "185"})
    assert classes == {"class_tightness": 2, "class_operation": 4}
    assert (overall, score) == (4, 185.0)
    # A damage score of 400 is no class; our own older files wrote Objektklasse.
    assert classification({"MaxSZeAuto": "400"}) == ({}, None, 400.0)
    assert classification({"Objektklasse": "3"})[1] == 3
    assert classification({"MaxSKeAuto": "7"})[1] is None


def test_m150_classes_per_criterion_are_dwa_classes(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    report = import_any(wc, sample_path("m150_typ_d_klassen.xml"))
    assert report.warnings == []
    # HI216: 1 (DWA-M 149-3: 0 worst … 5 no defect), points HI215 as the damage score.
    assert rows(wc, "SELECT object_code, asset_table, condition_class, condition_scheme, "
                    "damage_score FROM inspection") == [("S1", "pipe", 1, "DWA-M 149-3", 254.0)]
    assert rows(wc, "SELECT code, class_tightness, class_stability, class_operation, "
                    "condition_class FROM observation ORDER BY position") == [
        ("BCD", None, None, None, None), ("BAB", 2, 3, None, 2), ("BBA", None, None, 1, 1)]
    assert panel.criteria_text("DWA-M 149-3", [("class_tightness", 3, 2),
                                               ("class_operation", 1, 1)]) == \
        "tightness 2, operation 1"


def test_master_data_imported_again_keeps_the_class_from_the_inspections(tmp_path):
    wc = str(tmp_path / "wc.gpkg")
    import_isybau(wc, sample_path("isybau_2013_zustand_bewertet.xml"))
    before = rows(wc, "SELECT version, condition_class FROM pipe WHERE object_code = 'S1'")
    report = import_isybau(wc, sample_path("isybau_2013_kanten.xml"))  # master data only
    assert report.updated["pipe"] == 2
    assert rows(wc, "SELECT version, condition_class FROM pipe WHERE object_code = 'S1'") == \
        before == [(before[0][0], 4)]
