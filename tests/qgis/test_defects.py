"""Defects in QGIS: the report tool and form, the list dock, the workflow, the work order."""

import json
import os
import shutil
import subprocess

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QColor, QImage

from kempten_twin_plugin.core import catalogues as cat
from kempten_twin_plugin.core.defects import workflow
from kempten_twin_plugin.io import open311
from kempten_twin_plugin.render import work_order
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import geometry as gpkg_geometry
from kempten_twin_plugin.store import work_orders
from kempten_twin_plugin.store.asset_search import Candidate


@pytest.fixture
def wc(demo_gpkg, tmp_path, kt_settings):
    path = str(tmp_path / "wc.gpkg")
    shutil.copy(demo_gpkg, path)
    kt_settings.working_copy = path
    return path


def query(path, sql, args=()):
    db = store.connect(path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def a_gully(path, n=0):
    uuid, code, street, blob = query(path, "SELECT uuid, object_code, street, geom FROM gully "
                                     "ORDER BY fid LIMIT 1 OFFSET ?", (n,))[0]
    x, y = gpkg_geometry.point_of(blob)
    return Candidate("gully", uuid, code, street or "", 0.0, x, y)


def photo(tmp_path, name="foto.png", colour="red"):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = str(tmp_path / name)
    image.save(path, "PNG")
    return path


# --- the report tool and the form ----------------------------------------------------------

@pytest.fixture
def tool(qgis_canvas, kt_settings, wc):
    from kempten_twin_plugin.gui.defects.report_tool import ReportDefectTool

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    tool = ReportDefectTool(qgis_canvas, kt_settings)
    tool.asked, tool.opened = [], []
    tool.choose = lambda close: tool.asked.append(close) or close[-1]
    tool.open_form = lambda path, candidate: tool.opened.append(candidate) or "new-uuid"
    yield tool
    tool.deleteLater()
    from qgis.PyQt.QtWidgets import QApplication
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete


def click(tool, canvas, x, y):
    from qgis.gui import QgsMapMouseEvent

    canvas.resize(600, 400)
    canvas.setExtent(QgsRectangle(x - 30, y - 20, x + 30, y + 20))  # 0.1 m per pixel
    canvas.refresh()
    pixel = canvas.mapSettings().mapToPixel().transform(QgsPointXY(x, y))
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease,
                             QPoint(int(round(pixel.x())), int(round(pixel.y()))),
                             Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    tool.canvasReleaseEvent(event)


def test_click_near_a_gully_opens_the_form_for_it(tool, qgis_canvas, wc):
    gully = a_gully(wc)
    reported = []
    tool.reported.connect(reported.append)
    click(tool, qgis_canvas, gully.x + 0.6, gully.y - 0.4)
    assert [c.uuid for c in tool.opened] == [gully.uuid]
    assert tool.asked == [] and reported == ["new-uuid"]


def test_two_close_gullies_make_the_tool_ask(tool, qgis_canvas, wc):
    gully = a_gully(wc)
    db = store.connect(wc)
    db.execute("INSERT INTO gully (uuid, version, changed_at, changed_by, object_code, geom) "
               "VALUES ('twin', 1, '2026-01-01T00:00:00Z', 't', 'SE-TWIN', ?)",
               (gpkg_geometry.point_blob(gully.x + 1.0, gully.y),))
    db.close()
    click(tool, qgis_canvas, gully.x + 0.5, gully.y)
    assert len(tool.asked) == 1
    assert {c.uuid for c in tool.asked[0]} == {gully.uuid, "twin"}
    assert tool.opened[0].uuid == tool.asked[0][-1].uuid  # the user's answer is used


def test_manholes_and_pipes_can_be_reported_too(tool, qgis_canvas, wc):
    manhole, blob = query(wc, "SELECT uuid, geom FROM manhole ORDER BY fid LIMIT 1")[0]
    mx, my = gpkg_geometry.point_of(blob)

    pipe, pipe_blob = query(wc, "SELECT uuid, geom FROM pipe WHERE length > 40 "
                                "ORDER BY fid LIMIT 1")[0]
    line = gpkg_geometry.wkb_points(gpkg_geometry.wkb_of(pipe_blob))
    (ax, ay), (bx, by) = line[0], line[1]
    gullies = [gpkg_geometry.point_of(r[0]) for r in query(wc, "SELECT geom FROM gully")]
    click(tool, qgis_canvas, mx, my)
    assert tool.opened[-1].table == "manhole" and tool.opened[-1].uuid == manhole
    # Along the pipe, at the point farthest from any gully.
    best = max((i / 20 for i in range(4, 17)),
               key=lambda t: min((ax + t * (bx - ax) - gx) ** 2 + (ay + t * (by - ay) - gy) ** 2
                                 for gx, gy in gullies))
    messages = []
    tool.message.connect(lambda text, level: messages.append(text))
    click(tool, qgis_canvas, ax + best * (bx - ax), ay + best * (by - ay))
    assert messages == []
    assert tool.opened[-1].table == "pipe" and tool.opened[-1].uuid == pipe


def test_click_far_from_everything_says_so(tool, qgis_canvas, wc):
    messages = []
    tool.message.connect(lambda text, level: messages.append(text))
    click(tool, qgis_canvas, 500000.0, 5000000.0)
    assert tool.opened == [] and "No gully" in messages[0]


def test_form_without_category_is_refused_with_a_message(qgis_iface, kt_settings, wc):
    from kempten_twin_plugin.gui.defects.form import DefectForm

    before = query(wc, "SELECT count(*) FROM defect")[0][0]
    form = DefectForm(wc, a_gully(wc), kt_settings)
    form.description.setPlainText("Wasser steht")
    assert form.save() is False
    assert "category" in form.error_label.text()
    assert form.created is None
    assert query(wc, "SELECT count(*) FROM defect")[0][0] == before


def test_form_saves_a_defect_with_photos_and_thumbnails(qgis_iface, kt_settings, wc, tmp_path):
    from kempten_twin_plugin.gui.defects.form import DefectForm

    kt_settings.due_days = {1: 2, 2: 10, 3: 60, 4: 200}
    gully = a_gully(wc, 5)
    form = DefectForm(wc, gully, kt_settings)
    form.category.setCurrentIndex(form.category.findData("Rost fehlt"))
    form.severity.setCurrentIndex(form.severity.findData(1))
    form.reporter.setText("m.huber")
    red, blue = photo(tmp_path, "a.png", "red"), photo(tmp_path, "b.png", "blue")
    form.add_photos([red, blue, red])
    assert form.photos.count() == 2 and not form.photos.item(0).icon().isNull()
    form.add_photos([str(tmp_path / "nope.txt")])
    assert "JPEG or PNG" in form.error_label.text() and form.photos.count() == 2
    assert form.save() is True
    d = store.defect(store.connect(wc), form.created)
    assert (d["category"], d["severity"], d["status"], d["reported_by"], d["asset"]) == (
        "Rost fehlt", 1, "gemeldet", "m.huber", gully.uuid)
    assert d["due_date"] == store.due_date(d["reported_at"], 1, {1: 2})
    rows = query(wc, "SELECT sha256, length(bytes) FROM defect_photo WHERE defect = ?",
                 (form.created,))
    import hashlib
    assert sorted(r[0] for r in rows) == sorted(
        hashlib.sha256(open(p, "rb").read()).hexdigest() for p in (red, blue))
    # The dock shows the photos of the selected defect.
    from kempten_twin_plugin.gui.defects.dock import DefectDock

    dock = DefectDock(qgis_iface, kt_settings)
    dock.reload()
    dock.select_uuids({form.created})
    assert dock.photos.count() == 2 and not dock.photos.isHidden()
    dock.deleteLater()
    # Logged for sync like any edit.
    assert query(wc, "SELECT op FROM kt_change WHERE table_name = 'defect' AND uuid = ?",
                 (form.created,)) == [("I",)]


def test_form_shows_the_assets_open_defects_first(qgis_iface, kt_settings, wc):
    from kempten_twin_plugin.gui.defects.form import DefectForm

    asset, number = query(wc, "SELECT asset, defect_number FROM defect WHERE status = "
                              "'gemeldet' AND asset_table = 'gully' LIMIT 1")[0]
    candidate = Candidate("gully", asset, "X", "", 0, 0, 0)
    form = DefectForm(wc, candidate, kt_settings)
    assert not form.existing_box.isHidden()
    assert any(number in form.existing_list.item(i).text()
               for i in range(form.existing_list.count()))
    fresh = DefectForm(wc, a_gully(wc, 7), kt_settings)
    if not store.open_defects_of_asset(store.connect(wc), a_gully(wc, 7).uuid):
        assert fresh.existing_box.isHidden()


# --- the list dock -------------------------------------------------------------------------

@pytest.fixture
def dock(qgis_iface, kt_settings, wc):
    from kempten_twin_plugin.gui.defects.dock import DefectDock

    dock = DefectDock(qgis_iface, kt_settings)
    dock.reload()
    yield dock
    dock.deleteLater()


def shown(dock):
    return [dock.model.data(dock.model.index(r, 0)) for r in range(dock.model.rowCount())]


def check(box, values):
    texts = [box.itemText(i) for i in range(box.count()) if box.itemData(i) in values]
    box.deselectAllOptions()  # setCheckedItems only adds
    box.setCheckedItems(texts)


def test_list_starts_with_the_open_defects_and_counts_them(dock, wc):
    open_numbers = {r[0] for r in query(
        wc, "SELECT defect_number FROM defect WHERE status NOT IN ('behoben', 'abgelehnt', "
            "'Duplikat')")}
    total = query(wc, "SELECT count(*) FROM defect")[0][0]
    assert set(shown(dock)) == open_numbers
    assert dock.count_label.text() == f"{len(open_numbers)} of {total} defects"


def test_filters_status_category_severity_source_street(dock, wc):
    check(dock.status_filter, ["behoben"])
    assert set(shown(dock)) == {r[0] for r in query(
        wc, "SELECT defect_number FROM defect WHERE status = 'behoben'")}
    check(dock.status_filter, [])  # nothing checked = every status
    check(dock.category_filter, ["verstopft", "Geruch"])
    check(dock.severity_filter, [2, 3])
    check(dock.source_filter, ["staff"])
    expected = {r[0] for r in query(
        wc, "SELECT defect_number FROM defect WHERE category IN ('verstopft', 'Geruch') "
            "AND severity IN (2, 3) AND source = 'staff'")}
    assert set(shown(dock)) == expected and expected
    check(dock.category_filter, [])
    check(dock.severity_filter, [])
    check(dock.source_filter, [])
    street = query(wc, "SELECT g.street FROM defect d JOIN gully g ON g.uuid = d.asset "
                       "WHERE g.street IS NOT NULL LIMIT 1")[0][0]
    dock.street_filter.setText(street[:5].lower())
    expected = {r[0] for r in query(
        wc, "SELECT d.defect_number FROM defect d JOIN gully g ON g.uuid = d.asset "
            "WHERE lower(g.street) LIKE ?", (f"%{street[:5].lower()}%",))}
    assert set(shown(dock)) == expected


def test_overdue_filter_and_highlight(dock, wc):
    from kempten_twin_plugin.gui.defects.dock import OVERDUE_BRUSH

    check(dock.status_filter, [])
    dock.overdue_filter.setChecked(True)
    expected = {r[0] for r in query(
        wc, "SELECT defect_number FROM defect WHERE due_date < date('now') AND status NOT IN "
            "('behoben', 'abgelehnt', 'Duplikat')")}
    assert set(shown(dock)) == expected and expected
    index = dock.model.index(0, 1)
    assert dock.model.data(index, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH


def test_map_extent_and_district_polygon_filters(dock, wc, qgis_iface):
    check(dock.status_filter, [])
    points = {r[0]: gpkg_geometry.point_of(r[1]) for r in query(wc, "SELECT defect_number, geom "
                                                            "FROM defect")}
    xs = sorted(p[0] for p in points.values())
    ys = sorted(p[1] for p in points.values())
    mid_x, mid_y = xs[len(xs) // 2], ys[len(ys) // 2]
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    canvas.resize(600, 600)
    canvas.setExtent(QgsRectangle(xs[0] - 1, ys[0] - 1, mid_x, mid_y))
    extent = canvas.extent()
    dock.extent_filter.setChecked(True)
    expected = {n for n, (x, y) in points.items() if extent.contains(QgsPointXY(x, y))}
    assert set(shown(dock)) == expected and 0 < len(expected) < len(points)
    dock.extent_filter.setChecked(False)

    districts = QgsVectorLayer("Polygon?crs=EPSG:25832&field=name:string", "Bezirke", "memory")
    triangle = QgsFeature(districts.fields())
    triangle.setAttributes(["Süd-West"])
    triangle.setGeometry(QgsGeometry.fromPolygonXY([[
        QgsPointXY(xs[0] - 1, ys[0] - 1), QgsPointXY(xs[-1] + 1, ys[0] - 1),
        QgsPointXY(xs[0] - 1, ys[-1] + 1)]]))
    districts.dataProvider().addFeatures([triangle])
    QgsProject.instance().addMapLayer(districts)
    try:
        dock.district_layer.setLayer(districts)
        expected = {n for n, p in points.items()
                    if triangle.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*p)))}
        assert set(shown(dock)) == expected and 0 < len(expected) < len(points)
        stats = dock.refresh_statistics()
        assert stats.open_by_district["Süd-West"] == len(
            [n for n in expected if n in set(query_open(wc))])
    finally:
        dock.district_layer.setLayer(None)
        QgsProject.instance().removeMapLayer(districts.id())


def query_open(wc):
    return [r[0] for r in query(wc, "SELECT defect_number FROM defect WHERE status NOT IN "
                                    "('behoben', 'abgelehnt', 'Duplikat')")]


def test_sorting_by_a_column(dock):
    dock.model.sort(3, Qt.SortOrder.AscendingOrder)  # severity
    severities = [dock.model.table.rows["severity"][p] for p in dock.model.positions]
    assert severities == sorted(severities)
    dock.model.sort(3, Qt.SortOrder.DescendingOrder)
    severities = [dock.model.table.rows["severity"][p] for p in dock.model.positions]
    assert severities == sorted(severities, reverse=True)


def test_row_click_zooms_to_the_defect(dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    uuid = dock.model.uuid(0)
    position = dock.table.index_of[uuid]
    dock._row_clicked(dock.model.index(0, 0))
    centre = canvas.extent().center()
    assert abs(centre.x() - dock.table.x[position]) < 1 and \
        abs(centre.y() - dock.table.y[position]) < 1
    assert canvas.extent().width() < 400


# --- the workflow --------------------------------------------------------------------------

def select_status(dock, status, count=1):
    check(dock.status_filter, [status])
    uuids = [dock.model.uuid(r) for r in range(min(count, dock.model.rowCount()))]
    dock.select_uuids(set(uuids))
    return uuids


def test_buttons_offer_only_legal_steps(dock):
    for status in cat.DEFECT_STATUSES:
        if select_status(dock, status):
            assert dock.step_names() == list(workflow.common_next([status])), status


def test_rejection_needs_a_reason_then_is_recorded(dock, wc, kt_settings):
    (uuid,) = select_status(dock, "gemeldet")
    dock.ask_note = lambda status, n: ("", None)
    assert dock.step("abgelehnt") is False
    assert "reason" in dock.message.text()
    assert store.defect(store.connect(wc), uuid)["status"] == "gemeldet"
    dock.ask_note = lambda status, n: ("Kein Mangel feststellbar", None)
    assert dock.step("abgelehnt") is True
    assert store.defect(store.connect(wc), uuid)["status"] == "abgelehnt"
    check(dock.status_filter, [])
    dock.select_uuids({uuid})
    last = dock.history_rows()[-1]
    assert last[1:] == (kt_settings.user_name, "gemeldet", "abgelehnt",
                        "Kein Mangel feststellbar")


def test_several_steps_between_two_syncs_are_allowed_and_all_shown(dock, wc, kt_settings):
    # A crew that synced in the morning and works offline all day.
    db = store.connect(wc)
    db.execute("INSERT OR REPLACE INTO kt_sync_state (key, value) VALUES ('last_seen', '1')")
    db.close()
    (uuid,) = select_status(dock, "geprüft")
    check(dock.status_filter, [])
    notes = {"beauftragt": "Kolonne Nord", "in Arbeit": "Saugwagen vor Ort",
             "behoben": "Rost getauscht"}
    for status, note in notes.items():
        dock.select_uuids({uuid})
        assert dock.step_names() == list(workflow.legal_next(dock_status(wc, uuid)))
        dock.ask_note = lambda s, n, note=note: (note, None)
        assert dock.step(status) is True, dock.message.text()
    assert dock_status(wc, uuid) == "behoben"
    dock.select_uuids({uuid})
    rows = dock.history_rows()
    assert [r[2:] for r in rows[-3:]] == [
        ("geprüft", "beauftragt", "Kolonne Nord"), ("beauftragt", "in Arbeit", "Saugwagen vor Ort"),
        ("in Arbeit", "behoben", "Rost getauscht")]
    # Each single step is still checked: behoben may only be reopened.
    with pytest.raises(store.DefectError, match="Illegal status change"):
        store.change_status(store.connect(wc), [uuid], "in Arbeit", "", "me")


def dock_status(path, uuid):
    return query(path, "SELECT status FROM defect WHERE uuid = ?", (uuid,))[0][0]


def test_duplicate_names_the_original(dock, wc):
    original = query(wc, "SELECT defect_number FROM defect WHERE status = 'geprüft' "
                         "LIMIT 1")[0][0]
    (uuid,) = select_status(dock, "gemeldet")
    dock.ask_note = lambda status, n: ("", "M-0000-NICHTDA")
    assert dock.step("Duplikat") is False and "M-0000-NICHTDA" in dock.message.text()
    dock.ask_note = lambda status, n: ("gleicher Ort", original)
    assert dock.step("Duplikat") is True
    note = store.history(store.connect(wc), uuid)[-1][4]
    assert note == f"Duplikat von {original}: gleicher Ort"


def test_illegal_steps_are_refused_and_change_nothing(wc):
    uuid, status = query(wc, "SELECT uuid, status FROM defect WHERE status = 'gemeldet' "
                             "LIMIT 1")[0]
    db = store.connect(wc)
    events = len(store.history(db, uuid))
    for target in ("beauftragt", "in Arbeit", "behoben", "gemeldet"):
        with pytest.raises(store.DefectError, match="Illegal status change"):
            store.change_status(db, [uuid], target, "x", "me")
    assert store.defect(db, uuid)["status"] == "gemeldet"
    assert len(store.history(db, uuid)) == events
    db.close()


def test_bulk_step_for_twenty_defects_with_one_note(dock, wc):
    db = store.connect(wc)
    uuids = []
    for n in range(20):
        g = a_gully(wc, 10 + n)
        uuids.append(store.create_defect(db, asset_table="gully", asset=g.uuid,
                                         category="Schlammeimer voll", severity=3, x=g.x, y=g.y))
    store.change_status(db, uuids, "geprüft", "", "me")
    db.close()
    dock.reload()
    check(dock.status_filter, ["geprüft"])
    dock.select_uuids(set(uuids))
    assert len(dock.selected_uuids()) == 20 and dock.step_names() == ["beauftragt"]
    dock.ask_note = lambda status, n: ("Kolonne Nord, KW 48", "Kolonne Nord")
    assert dock.step("beauftragt")
    assert "20 defects" in dock.message.text()
    marks = ",".join("?" * 20)
    rows = query(wc, f"SELECT status, assigned_to FROM defect WHERE uuid IN ({marks})", uuids)
    assert set(rows) == {("beauftragt", "Kolonne Nord")}
    db = store.connect(wc)
    assert all(store.history(db, u)[-1][2:] == ("geprüft", "beauftragt", "Kolonne Nord, KW 48")
               for u in uuids)
    db.close()


def test_bulk_step_with_mixed_statuses_offers_nothing_and_refuses_all(dock, wc):
    check(dock.status_filter, ["gemeldet", "geprüft"])
    mixed = {}
    for r in range(dock.model.rowCount()):
        status = dock.model.table.rows["status"][dock.model.positions[r]]
        mixed.setdefault(status, dock.model.uuid(r))
    dock.select_uuids(set(mixed.values()))
    assert dock.step_names() == []
    db = store.connect(wc)
    with pytest.raises(store.DefectError):
        store.change_status(db, list(mixed.values()), "beauftragt", "", "me")
    assert store.defect(db, mixed["gemeldet"])["status"] == "gemeldet"  # all or nothing
    db.close()


# --- work orders ---------------------------------------------------------------------------

def pdf_text(path):
    """The PDF's text by poppler's pdftotext (scripts/install_deps.sh installs it); None
    where it is missing (the QGIS 3.40 chroot), and the layout is inspected instead."""
    import shutil

    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def layout_table_numbers(layout):
    from qgis.core import QgsLayoutItemManualTable

    numbers = []
    for table in layout.multiFrames():  # the checklist's tables (9 columns), not the facts
        contents = table.tableContents() if isinstance(table, QgsLayoutItemManualTable) else []
        if contents and len(contents[0]) == 9:
            numbers += [row[1].content() for row in contents]
    return numbers


def test_work_order_pdf_has_one_row_per_defect_and_the_map(dock, wc, tmp_path):
    check(dock.status_filter, [])
    uuids = [dock.model.uuid(r) for r in range(18)]
    db = store.connect(wc)
    store.add_photos(db, uuids[0], [photo(tmp_path)])
    rows = work_orders.work_order_rows(db, uuids)
    db.close()
    layout, keep = work_order.build_layout(rows, wc, str(tmp_path))
    from qgis.core import QgsLayoutItemMap
    maps = [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]
    # The overview and one 1:500 detail map per defect (an atlas of the order).
    assert len(maps) == 1 + 18
    overview = maps[0] if maps[0].scale() > 600 else next(m for m in maps if m.scale() > 600)
    numbered = overview.layers()[0]
    assert sorted(f["nr"] for f in numbered.getFeatures()) == list(range(1, 19))
    assert all(overview.extent().contains(f.geometry().asPoint())
               for f in numbered.getFeatures())
    assert sorted(round(m.scale()) for m in maps).count(work_order.DETAIL_SCALE) == 18

    numbers = [r["defect_number"] for r in rows]
    assert layout_table_numbers(layout) == numbers  # one checklist row per defect, in order

    dock.select_uuids(set(uuids))
    dock.with_statistics.setChecked(True)
    dock.ask_path = lambda title, file_filter: str(tmp_path / "auftrag")
    from datetime import date
    dock.ask_work_order = lambda count: ("Kolonne Nord", date(2026, 12, 18), True)
    path = dock.export_selected("pdf")
    assert path.endswith(".pdf") and os.path.getsize(path) > 10_000
    text = pdf_text(path)
    if text is None:
        return
    assert "Arbeitsauftrag" in text and "Defects: 18" in text and "Kolonne Nord" in text
    assert "Urgency" in text and "Signature" in text and "Done on" in text
    assert all(n in text for n in numbers)  # checklist row, detail page, photo caption
    assert "Median Tage" in text or "statistics" in text
    # The map page is drawn: the PDF's first page is not blank where the map is.
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", path,
                    str(tmp_path / "page")], check=True)
    page = QImage(str(next(tmp_path.glob("page-*1.png"))))  # page-01.png past 9 pages
    colours = {page.pixel(x, y) for x in range(40, page.width() - 40, 7)
               for y in range(int(page.height() * 0.12), int(page.height() * 0.5), 7)}
    assert len(colours) > 5


def test_csv_and_geojson_exports(dock, wc, tmp_path):
    check(dock.status_filter, [])
    uuids = [dock.model.uuid(r) for r in range(5)]
    dock.select_uuids(set(uuids))
    dock.ask_path = lambda title, file_filter: str(tmp_path / "out.csv")
    csv_path = dock.export_selected("csv")
    lines = open(csv_path, encoding="utf-8-sig").read().splitlines()
    assert lines[0].startswith("nr;defect_number;street") and len(lines) == 6
    dock.ask_path = lambda title, file_filter: str(tmp_path / "out.geojson")
    data = json.load(open(dock.export_selected("geojson"), encoding="utf-8"))
    assert len(data["features"]) == 5
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 10.0 < lon < 10.6 and 47.5 < lat < 47.9


def test_export_without_selection_tells_the_user(dock):
    dock.view.clearSelection()
    assert dock.export_selected("pdf") is None
    assert "Select" in dock.message.text()


def test_statistics_charts_from_the_history(dock, wc):
    stats = dock.refresh_statistics()
    open_count = len(query_open(wc))
    assert sum(stats.open_by_status.values()) == open_count
    assert stats.median_days_by_month
    assert all(not label.pixmap().isNull() for label in dock.chart_labels)
    # A repair today shows up in this month's median.
    db = store.connect(wc)
    uuid = db.execute("SELECT uuid FROM defect WHERE status = 'in Arbeit' LIMIT 1").fetchone()[0]
    store.change_status(db, [uuid], "behoben", "", "me")
    db.close()
    from datetime import date
    this_month = date.today().isoformat()[:7]
    assert this_month in dock.refresh_statistics().median_days_by_month
    # Any period: the months before this one only.
    dock.period_to.setText("2025-12")
    months = dock.refresh_statistics().median_days_by_month
    assert months and this_month not in months and max(months) <= "2025-12"


# --- Processing ----------------------------------------------------------------------------

def test_processing_import_export_and_work_order(provider, wc, tmp_path):
    import processing

    registry = QgsApplication.processingRegistry()
    for name in ("import_open311", "export_open311", "work_order_pdf"):
        assert registry.algorithmById(f"kempten_twin:{name}") is not None
    gully = a_gully(wc, 3)
    lon, lat, _ = open311._from_utm().TransformPoint(gully.x, gully.y)
    requests = [{"service_request_id": "P1", "service_code": "sewer_smell", "lat": lat,
                 "long": lon, "requested_datetime": "2026-11-25T09:00:00Z"},
                {"service_request_id": "P2", "lat": lon, "long": lat}]
    source = tmp_path / "requests.json"
    source.write_text(json.dumps(requests))
    result = processing.run("kempten_twin:import_open311",
                            {"WORKING_COPY": wc, "INPUT": str(source),
                             "REPORT": str(tmp_path / "report.txt")})
    assert (result["DEFECTS"], result["WARNINGS"]) == (1, 1)
    assert "swapped" in open(result["REPORT"], encoding="utf-8").read()
    again = processing.run("kempten_twin:import_open311", {"WORKING_COPY": wc,
                                                           "INPUT": str(source)})
    assert again["DEFECTS"] == 0
    out = str(tmp_path / "status.xml")
    exported = processing.run("kempten_twin:export_open311", {"WORKING_COPY": wc, "OUTPUT": out})
    assert "P1" in {r["service_request_id"] for r in open311.read_file(out)}
    assert exported["REQUESTS"] >= 1
    number = query(wc, "SELECT defect_number FROM defect WHERE external_id = 'P1'")[0][0]
    pdf = str(tmp_path / "auftrag.pdf")
    done = processing.run("kempten_twin:work_order_pdf",
                          {"WORKING_COPY": wc, "DEFECTS": number, "OUTPUT": pdf,
                           "CSV": str(tmp_path / "a.csv")})
    assert done["DEFECTS"] == 1 and os.path.getsize(pdf) > 10_000
    assert done["ORDER_NUMBER"].startswith("AA-")
    assert pdf_text(pdf) is None or number in pdf_text(pdf)
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="M-0000-X"):
        processing.run("kempten_twin:work_order_pdf",
                       {"WORKING_COPY": wc, "DEFECTS": "M-0000-X", "OUTPUT": pdf})


def test_a_big_list_is_read_in_a_task_without_blocking(dock, wc):
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    dock.READ_IN_TASK_ABOVE = 0
    dock.table = None
    dock.reload()
    assert dock.count_label.text() == "Reading the defects…"
    deadline = time.time() + 30
    while dock.table is None and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert dock.table is not None and dock.model.rowCount() > 0


def test_local_history_never_goes_out_with_a_push(wc):
    db = store.connect(wc)
    g = a_gully(wc, 30)
    uuid = store.create_defect(db, asset_table="gully", asset=g.uuid, category="Geruch",
                               severity=3, x=g.x, y=g.y)
    store.change_status(db, [uuid], "geprüft", "ok", "me")
    assert db.execute("SELECT count(*) FROM kt_change WHERE table_name = 'defect_event'"
                      ).fetchone()[0] == 0
    assert db.execute("SELECT op FROM kt_change WHERE table_name = 'defect' AND uuid = ?",
                      (uuid,)).fetchall() == [("I",)]
    # Once the server's own event of a step arrives, the local one is not shown twice.
    db.execute("INSERT INTO defect_event (uuid, version, changed_at, changed_by, defect, at, "
               "\"by\", from_status, to_status, note) VALUES ('srv', 1, '2030-01-01T00:00:00Z', "
               "'me', ?, '2030-01-01T00:00:00Z', 'me', 'gemeldet', 'geprüft', 'ok')", (uuid,))
    steps = [(e[2], e[3]) for e in store.history(db, uuid)]
    assert steps == [(None, "gemeldet"), ("gemeldet", "geprüft")]
    db.close()


def test_a_login_without_the_right_gets_no_workflow_buttons(dock):
    select_status(dock, "gemeldet")
    assert dock.step_names() == ["geprüft", "abgelehnt", "Duplikat"]
    dock.set_may_edit(False)
    assert dock.step_names() == [] and "not change" in dock.step_label.text()
    dock.set_may_edit(True)
    assert dock.step_names() == ["geprüft", "abgelehnt", "Duplikat"]


def test_rights_are_asked_of_the_server_in_a_task(qgis_iface, kt_settings, wc, pg_database,
                                                  processing_ready):
    import time
    import uuid as uuid_module

    import psycopg2
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QMenu, QToolBar

    from kempten_twin_plugin.gui.defects.feature import DefectsFeature
    from kempten_twin_plugin.store import server_schema

    schema = f"kt_rights_{uuid_module.uuid4().hex[:8]}"
    con = psycopg2.connect(f"dbname={pg_database}")
    server_schema.install_or_upgrade(con, schema, "kt_")
    kt_settings.server = f"dbname={pg_database}"
    kt_settings.server_schema = schema
    toolbar, menu = QToolBar(), QMenu()
    feature = DefectsFeature(qgis_iface, kt_settings, toolbar, menu)
    try:
        feature.apply_rights(False)
        assert not feature.report_action.isEnabled()
        feature.check_rights()
        deadline = time.time() + 30
        while feature._rights_task is not None and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        # This test's login owns the database: it may change defects.
        assert feature.report_action.isEnabled() and feature.dock.may_edit
    finally:
        feature.unload()
        con.rollback()
        con.autocommit = True
        con.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
        con.close()


def test_defect_settings_on_the_options_page(kt_settings):
    from kempten_twin_plugin.gui.options_page import OptionsPage

    page = OptionsPage(settings=kt_settings)
    box = page.defect_settings
    assert box.due_days[2].value() == cat.DEFAULT_DUE_DAYS[2]
    box.due_days[1].setValue(3)
    box.tolerance.setValue(25.0)
    box.link_days.setValue(3)
    box._add_row("manhole_cover_loose", "Rahmen lose/klappert", 2)
    page.apply()
    assert kt_settings.due_days[1] == 3 and kt_settings.snap_tolerance_m == 25.0
    assert kt_settings.open311_link_days == 3
    assert kt_settings.open311_service_map["manhole_cover_loose"] == ["Rahmen lose/klappert", 2]
    # A category outside the catalogue is refused with a message and nothing changes.
    box._add_row("graffiti", "Graffiti", 3)
    box.due_days[1].setValue(9)
    assert box.apply() is False
    assert "Graffiti" in box.message.text()
    assert kt_settings.due_days[1] == 3 and "graffiti" not in kt_settings.open311_service_map


@pytest.mark.parametrize("column", range(10))
def test_every_column_sorts_both_ways(dock, column):
    check(dock.status_filter, [])
    key = dock.model.columns[column][0]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        dock.model.sort(column, order)
        values = [dock.model.table.rows[key][p] for p in dock.model.positions]
        if key == "severity":
            keys = values
        elif key in ("status", "category", "source"):
            vocabulary = {"status": cat.DEFECT_STATUSES, "category": cat.DEFECT_CATEGORIES,
                          "source": cat.DEFECT_SOURCES}[key]
            keys = [vocabulary.index(v) for v in values]
        else:
            keys = [v or "" for v in values]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), key
