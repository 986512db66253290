"""The pure defect rules of ``core.defects``, fed with plain data (no working copy)."""

import ast
import pathlib
from datetime import date

import numpy as np
import pytest

from kempten_twin_plugin.core import catalogues as cat
from kempten_twin_plugin.core.defects import rules, statistics, steps, workflow
from kempten_twin_plugin.core.defects.model import DefectFilter, DefectTable, points_in_polygon
from kempten_twin_plugin.core.defects.rules import DefectError

CORE_DEFECTS = pathlib.Path(rules.__file__).parent


# --- the layer: core/defects imports nothing that reads or draws ---------------------------

FORBIDDEN = ("sqlite3", "psycopg2", "osgeo", "qgis", "PyQt5", "PyQt6")
FORBIDDEN_OURS = ("store", "io", "render", "gui", "sync", "processing", "settings", "tasks")


@pytest.mark.parametrize("module", sorted(p.name for p in CORE_DEFECTS.glob("*.py")))
def test_core_defects_imports_no_database_gis_or_qt(module):
    tree = ast.parse((CORE_DEFECTS / module).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [(0, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [(node.level, node.module or "")]
        else:
            continue
        for level, name in names:
            top = name.split(".")[0]
            if level == 0:
                assert top not in FORBIDDEN, f"{module} imports {name}"
                assert not name.startswith("kempten_twin_plugin."), f"{module}: relative"
            elif level == 3:  # from ...x: the plugin's top level
                assert top not in FORBIDDEN_OURS, f"{module} imports ...{name}"


# --- a new report ------------------------------------------------------------------------

def test_due_date_by_severity_and_the_settings():
    assert rules.due_date("2026-03-01T10:00:00Z", 1) == "2026-03-02"
    assert rules.due_date("2026-03-01T10:00:00.000Z", 2) == "2026-03-15"
    assert rules.due_date("2026-03-01T23:30:00+00:00", 4, {4: 0}) == "2026-03-01"
    assert rules.due_date("2026-12-31T12:00:00Z", "3", {3: 1}) == "2027-01-01"


def test_overdue_only_while_open_and_past_its_date():
    today = date(2026, 5, 10)
    assert rules.is_overdue("gemeldet", "2026-05-09", today)
    assert not rules.is_overdue("gemeldet", "2026-05-10", today)
    assert not rules.is_overdue("behoben", "2026-01-01", today)
    assert not rules.is_overdue("in Arbeit", None, today)
    assert not rules.is_overdue("in Arbeit", "", today)


@pytest.mark.parametrize("category, severity, table, asset, words", [
    ("", 1, "gully", "g", "category"),
    (None, 1, "gully", "g", "category"),
    ("kaputt", 1, "gully", "g", "Unknown category"),
    ("verstopft", 0, "gully", "g", "severity"),
    ("verstopft", "1", "gully", "g", "severity"),
    ("verstopft", 2, "lateral", "g", "gully, a manhole or a pipe"),
    ("verstopft", 2, "pipe", "", "gully, a manhole or a pipe"),
])
def test_a_report_without_what_it_needs_is_refused(category, severity, table, asset, words):
    with pytest.raises(DefectError, match=words):
        rules.validate_report(category, severity, table, asset)


def test_a_complete_report_and_the_known_sources_pass():
    for table in ("gully", "manhole", "pipe"):
        rules.validate_report("verstopft", 1, table, "uuid-1")
    for source in cat.DEFECT_SOURCES:
        rules.check_source(source)
    with pytest.raises(DefectError, match="Unknown source"):
        rules.check_source("twitter")


def test_the_number_is_the_year_and_the_uuid_start():
    assert rules.number_of("0a1b2c3d-ffff-4444-8888-000000000000",
                           "2026-07-01T00:00:00Z") == "M-2026-0A1B2C3D"


def test_defect_error_is_a_user_error_and_a_value_error():
    from kempten_twin_plugin.errors import KemptenTwinError
    from kempten_twin_plugin.store import defects as store

    assert issubclass(DefectError, KemptenTwinError) and issubclass(DefectError, ValueError)
    assert store.DefectError is DefectError  # one class, wherever it is caught


# --- status steps ------------------------------------------------------------------------

def test_legal_and_common_steps():
    assert workflow.legal_next("gemeldet") == ("geprüft", "abgelehnt", "Duplikat")
    assert workflow.legal_next("unbekannt") == ()
    assert workflow.common_next([]) == ()
    assert workflow.common_next(["gemeldet", "gemeldet"]) == workflow.legal_next("gemeldet")
    assert workflow.common_next(["gemeldet", "geprüft"]) == ()
    assert workflow.common_next(["beauftragt"]) == ("in Arbeit",)


def test_notes_a_step_needs():
    assert workflow.check_note("geprüft", "  gesehen ") == "gesehen"
    assert workflow.check_note("geprüft", None) == ""
    with pytest.raises(DefectError, match="reason"):
        workflow.check_note("abgelehnt", "  ")
    with pytest.raises(DefectError, match="duplicates"):
        workflow.check_note("Duplikat", "x", duplicate_of=" ")
    assert workflow.check_note("Duplikat", "", duplicate_of="M-1") == ""
    with pytest.raises(DefectError, match="Unknown status"):
        workflow.check_target("erledigt", "")
    assert workflow.check_target("behoben", " ok ") == "ok"


def test_a_duplicate_names_its_original_which_is_another_defect():
    original = {"uuid": "u-1", "defect_number": "M-2026-AAAA"}
    assert workflow.duplicate_note(original, "M-2026-AAAA", ["u-2"], "") == \
        "Duplikat von M-2026-AAAA"
    assert workflow.duplicate_note(original, "M-2026-AAAA", ["u-2"], "gleiche Stelle") == \
        "Duplikat von M-2026-AAAA: gleiche Stelle"
    with pytest.raises(DefectError, match="no defect M-9"):
        workflow.duplicate_note(None, " M-9 ", ["u-2"], "")
    with pytest.raises(DefectError, match="itself"):
        workflow.duplicate_note(original, "M-2026-AAAA", ["u-1", "u-2"], "")


def test_the_selection_once_each_and_never_empty():
    assert workflow.distinct(["b", "a", "b"]) == ["b", "a"]
    with pytest.raises(DefectError, match="at least one"):
        workflow.distinct([])


def test_all_or_nothing_the_first_illegal_step_is_named():
    current = {"a": ("gemeldet", "M-A"), "b": ("behoben", "M-B")}
    workflow.check_steps(["a"], current, "geprüft")
    with pytest.raises(DefectError, match='M-B from "behoben" to "geprüft"'):
        workflow.check_steps(["a", "b"], current, "geprüft")
    with pytest.raises(DefectError, match="does not exist"):
        workflow.check_steps(["a", "c"], current, "geprüft")
    with pytest.raises(DefectError, match=r"allowed: –"):
        workflow.check_steps(["x"], {"x": ("unbekannt", "M-X")}, "geprüft")


# --- local steps and the server's answers ------------------------------------------------

def test_each_server_event_hides_one_local_event_of_its_step():
    rows = [(True, "gemeldet", "geprüft", "l1"), (False, "gemeldet", "geprüft", "s1"),
            (True, "geprüft", "beauftragt", "l2"), (True, "gemeldet", "geprüft", "l3")]
    kept = steps.shown(rows, lambda r: r[0], lambda r: r[1:3])
    assert [r[3] for r in kept] == ["s1", "l2", "l3"]


def test_the_chain_of_local_steps_from_the_servers_status():
    local = [(None, "gemeldet", "neu"), ("gemeldet", "geprüft", "a"),
             ("geprüft", "beauftragt", "b"), ("beauftragt", "in Arbeit", None)]
    assert steps.chain(local, "geprüft", "in Arbeit") == local[2:]
    assert steps.chain(local, None, "in Arbeit") == local
    assert steps.chain(local, "behoben", "in Arbeit") is None
    assert steps.chain(local, "in Arbeit", "in Arbeit") == []
    assert steps.chain([], "gemeldet", "geprüft") is None
    # A broken chain: the older steps do not lead to the newer ones.
    broken = [("gemeldet", "geprüft", None), ("beauftragt", "in Arbeit", None)]
    assert steps.chain(broken, "gemeldet", "in Arbeit") is None
    # Reopened and walked again: the longest chain that starts at the server's status.
    again = [("gemeldet", "geprüft", "1"), ("geprüft", "abgelehnt", "2"),
             ("abgelehnt", "gemeldet", "3"), ("gemeldet", "geprüft", "4")]
    assert steps.chain(again, "gemeldet", "geprüft") == again


# --- statistics --------------------------------------------------------------------------

def test_repair_times_count_each_repair_and_respect_the_months():
    one = [(False, "2026-01-01T00:00:00Z", None, "gemeldet"),
           (False, "2026-01-03T12:00:00Z", "in Arbeit", "behoben"),
           (False, "2026-02-01T00:00:00Z", "behoben", "gemeldet"),
           (False, "2026-03-02T00:00:00Z", "in Arbeit", "behoben")]
    # A local event the server has answered counts once.
    two = [(False, "2026-02-10T00:00:00Z", None, "gemeldet"),
           (True, "2026-02-11T00:00:00Z", "in Arbeit", "behoben"),
           (False, "2026-02-11T00:00:00Z", "in Arbeit", "behoben")]
    times = statistics.repair_times([one, two])
    assert times == [("2026-01", 2.5), ("2026-03", 29.0), ("2026-02", 1.0)]
    assert statistics.repair_times([one, two], since="2026-02") == [("2026-03", 29.0),
                                                                    ("2026-02", 1.0)]
    assert statistics.repair_times([one, two], until="2026-01") == [("2026-01", 2.5)]
    assert statistics.repair_times([[(False, "2026-01-01T00:00:00Z", "x", "behoben")]]) == []


def test_summary_by_street_and_by_district():
    rows = [("gemeldet", "verstopft", "2026-01-01", "Bahnhofstraße"),
            ("gemeldet", "Geruch", None, "Bahnhofstraße"),
            ("in Arbeit", "verstopft", "2026-12-01", None)]
    repairs = [("2026-01", 2.0), ("2026-01", 4.0), ("2026-02", 1.0)]
    stats = statistics.summarise(rows, repairs, today=date(2026, 6, 1))
    assert stats.open_by_status == {"gemeldet": 2, "in Arbeit": 1}
    assert stats.open_by_category == {"verstopft": 2, "Geruch": 1}
    assert stats.overdue == 1
    assert stats.open_by_district == {"Bahnhofstraße": 2, "(ohne Straße)": 1}
    assert stats.median_days_by_month == {"2026-01": 3.0, "2026-02": 1.0}
    assert stats.repairs_by_month == {"2026-01": 2, "2026-02": 1}
    square = [[(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]]
    stats = statistics.summarise(rows, [], districts=[("Nord", [square])],
                                 points=[(5, 5), (50, 50), None])
    assert stats.open_by_district == {"Nord": 1, "(außerhalb)": 2}


# --- the list: filtering and sorting plain columns ---------------------------------------

def a_table():
    columns = {c: [] for c in DefectTable.COLUMNS}
    data = [
        ("u1", "M-1", "gemeldet", "verstopft", 1, "staff", "Bahnhofstraße", "2026-01-05", 1, 1),
        ("u2", "M-2", "behoben", "Geruch", 3, "open311", "Residenzplatz", "2026-01-01", 4, 4),
        ("u3", "M-3", "geprüft", "verstopft", 2, "citizen", "Bahnhofstraße", "2026-03-01", 20, 20),
        ("u4", "M-4", "in Arbeit", "Absenkung", 4, "staff", None, "", 8, 2),
    ]
    xs, ys = [], []
    for uuid, number, status, category, severity, source, street, due, x, y in data:
        row = dict.fromkeys(DefectTable.COLUMNS)
        row.update(uuid=uuid, defect_number=number, status=status, category=category,
                   severity=severity, source=source, street=street, due_date=due,
                   reported_at=f"2026-0{number[-1]}-01T08:00:00Z", asset_table="gully")
        for c in DefectTable.COLUMNS:
            columns[c].append(row[c])
        xs.append(x)
        ys.append(y)
    return DefectTable(columns, xs, ys)


def numbers(table, f):
    return [table.rows["defect_number"][p] for p in table.select(f)]


def test_filters_over_plain_columns():
    table = a_table()
    assert numbers(table, DefectFilter()) == ["M-4", "M-3", "M-2", "M-1"]
    assert numbers(table, DefectFilter(statuses=["gemeldet", "geprüft"])) == ["M-3", "M-1"]
    assert numbers(table, DefectFilter(categories=["verstopft"], descending=False)) == \
        ["M-1", "M-3"]
    assert numbers(table, DefectFilter(severities=[3, 4])) == ["M-4", "M-2"]
    assert numbers(table, DefectFilter(sources=["staff"])) == ["M-4", "M-1"]
    assert numbers(table, DefectFilter(street="BAHNHOF")) == ["M-3", "M-1"]
    assert numbers(table, DefectFilter(open_only=True)) == ["M-4", "M-3", "M-1"]
    assert numbers(table, DefectFilter(overdue_only=True, today=date(2026, 2, 1))) == ["M-1"]
    assert numbers(table, DefectFilter(extent=(0, 0, 10, 10))) == ["M-4", "M-2", "M-1"]
    triangle = [[(0, 0), (10, 0), (0, 10), (0, 0)]]
    assert numbers(table, DefectFilter(polygons=[triangle])) == ["M-2", "M-1"]
    assert numbers(table, DefectFilter(numbers=["M-2", "M-9"])) == ["M-2"]


def test_sorting_and_the_overdue_mask():
    table = a_table()
    assert numbers(table, DefectFilter(sort_key="severity", descending=False)) == \
        ["M-1", "M-3", "M-2", "M-4"]
    assert numbers(table, DefectFilter(sort_key="due_date", descending=False)) == \
        ["M-4", "M-2", "M-1", "M-3"]
    assert numbers(table, DefectFilter(sort_key="no such column")) == \
        numbers(table, DefectFilter())
    assert list(table.overdue_mask(date(2026, 2, 1))) == [True, False, False, False]
    assert table.index_of["u3"] == 2 and table.value("status", 2) == "geprüft"


def test_points_in_polygon_with_a_hole():
    outer = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    hole = [(4, 4), (6, 4), (6, 6), (4, 6), (4, 4)]
    xs, ys = np.array([1.0, 5.0, 11.0, 9.0]), np.array([1.0, 5.0, 5.0, 9.0])
    assert list(points_in_polygon(xs, ys, [outer, hole])) == [True, False, False, True]
    assert list(points_in_polygon(xs, ys, [[(0, 0), (1, 1)]])) == [False] * 4


def test_defect_and_order_numbers_count_per_login_and_year():
    assert rules.login_tag("m.huber") == "m.huber" and rules.login_tag(" Anna Maier ") == \
        "Anna_Maier" and rules.login_tag("") == "lokal"
    numbers = ["M-2026-huber-0001", "M-2026-huber-0009", "M-2026-maier-0040",
               "M-2025-huber-0100", "M-2026-0A1B2C3D"]
    assert rules.sequenced_number("M", 2026, "huber", numbers) == "M-2026-huber-0010"
    assert rules.sequenced_number("M", 2026, "schmid", numbers) == "M-2026-schmid-0001"
    assert rules.sequenced_number("M", 2027, "huber", numbers) == "M-2027-huber-0001"
    assert rules.sequenced_number("AA", 2026, "huber", [], digits=3) == "AA-2026-huber-001"
