"""Documents a crew and a council can use (issue #18): the PDFs' text and layout items, the
templates, German and English formats in map labels, tables and PDFs, labels that do not
overlap, help and shortcuts."""

import re
import shutil
import subprocess
from contextlib import contextmanager
from datetime import date

import pytest
from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.PyQt.QtCore import QSize

from kempten_twin_plugin.core import catalogues as cat
from kempten_twin_plugin.i18n import decimal
from kempten_twin_plugin.render import layers as layer_helpers
from kempten_twin_plugin.render import layout_templates, profile_sheets, work_order
from kempten_twin_plugin.store import defects as store
from kempten_twin_plugin.store import work_orders
from kempten_twin_plugin.store.network import graph_for, longitudinal_profile
from tests.helpers.german import german_translation

NBSP = "\u00a0"


@pytest.fixture
def wc(demo_gpkg, tmp_path, kt_settings):
    path = str(tmp_path / "wc.gpkg")
    shutil.copy(demo_gpkg, path)
    basemap = demo_gpkg[:-5] + ".grundkarte.gpkg"
    shutil.copy(basemap, path[:-5] + ".grundkarte.gpkg")
    kt_settings.working_copy = path
    kt_settings.user_name = "m.huber"
    kt_settings.save()
    return path


def text_of(path, *options):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed here")
    done = subprocess.run(["pdftotext", *options, path, "-"], capture_output=True, text=True,
                          check=True)
    return done.stdout.replace(NBSP, " ")


def numbers_by_status(path):
    db = store.connect(path)
    try:
        rows = db.execute("SELECT defect_number, status FROM defect ORDER BY defect_number")
        return {n: s for n, s in rows}
    finally:
        db.close()


# --- work order ------------------------------------------------------------------------------

def test_work_order_lists_exactly_the_open_defects_asked_for(provider, wc, tmp_path):
    import processing

    statuses = numbers_by_status(wc)
    open_ones = [n for n, s in statuses.items() if s not in cat.CLOSED_STATUSES][:3]
    closed = [n for n, s in statuses.items() if s in cat.CLOSED_STATUSES][:2]
    others = [n for n in statuses if n not in open_ones + closed]
    pdf = str(tmp_path / "auftrag.pdf")
    done = processing.run("kempten_twin:work_order_pdf", {
        "WORKING_COPY": wc, "DEFECTS": ",".join(open_ones + closed), "CREW": "Kolonne Süd",
        "DUE_DATE": "2026-12-18", "OUTPUT": pdf})
    assert done["DEFECTS"] == 3
    year = date.today().year
    assert done["ORDER_NUMBER"] == f"AA-{year}-m.huber-001"
    text = text_of(pdf, "-layout")
    for number in open_ones:
        assert number in text
    assert not any(n in text for n in others)
    # A closed defect is named once, as left out; it has no row and no detail page.
    left_out = next(line for line in text.splitlines() if "already closed" in line)
    for number in closed:
        assert text.count(number) == 1 and number in left_out
    assert done["ORDER_NUMBER"] in text and "Kolonne Süd" in text and "2026-12-18" in text
    assert re.search(r"1:\d", text)  # the scale in the title block
    assert "Legend" in text and "Defects of this order" in text
    for column in ("Done on", "Remarks", "Signature", "Urgency"):
        assert column in text
    assert "Street gullies" in text  # the legend lists what the maps draw
    # The next order continues the login's yearly sequence.
    again = processing.run("kempten_twin:work_order_pdf", {
        "WORKING_COPY": wc, "DEFECTS": open_ones[0], "OUTPUT": str(tmp_path / "b.pdf")})
    assert again["ORDER_NUMBER"] == f"AA-{year}-m.huber-002"


def open_rows(wc, count):
    """The work-order rows of the first ``count`` open defects of the demo city."""
    db = store.connect(wc)
    uuids, _ = work_orders.open_only(db, store.open_defect_uuids(db)[:count])
    rows = work_orders.work_order_rows(db, uuids)
    db.close()
    return rows


@pytest.mark.parametrize("german", [True, False], ids=["de", "en"])
def test_no_word_of_a_checklist_header_is_cut_off(wc, tmp_path, kt_settings, german):
    """A table wraps a header between words, never inside one: each word must fit its
    column ("Dringlichkeit" was printed as "Dringlichke")."""
    from contextlib import nullcontext

    from qgis.core import QgsLayoutItemManualTable, QgsLayoutUtils

    with german_translation() if german else nullcontext():
        rows = open_rows(wc, 3)
        layout, keep = work_order.build_layout(rows, wc, str(tmp_path), crew="K",
                                               order_number="AA-1", settings=kt_settings)
        headings = list(work_order.checklist_headers())
    (table,) = [m for m in layout.multiFrames() if isinstance(m, QgsLayoutItemManualTable)
                and [c.heading() for c in m.headers()] == headings]
    header = table.headerTextFormat()
    font = header.font()
    font.setPointSizeF(header.size())
    too_wide = [(column.heading(), round(width, 1)) for column, width in
                zip(table.headers(), table.columnWidths())
                if max(QgsLayoutUtils.textWidthMM(font, word)
                       for word in column.heading().split()) > width]
    del table, layout, keep  # before any assertion: a failing one would keep them alive
    assert too_wide == []
    assert ("Dringlichkeit" in headings) == german


def test_work_order_layout_items_follow_their_maps(wc, tmp_path, kt_settings):
    rows = open_rows(wc, 2)
    layout, keep = work_order.build_layout(rows, wc, str(tmp_path), order_number="AA-1",
                                           crew="Nord", settings=kt_settings)
    pages = layout.pageCollection().pageCount()
    assert pages == 1 + len(rows)  # overview, then one detail page per defect
    items = layout.items()
    maps = [i for i in items if isinstance(i, QgsLayoutItemMap)]
    bars = [i for i in items if isinstance(i, QgsLayoutItemScaleBar)]
    legends = [i for i in items if isinstance(i, QgsLayoutItemLegend)]
    assert len(bars) == len(legends) == pages
    assert {b.linkedMap().uuid() for b in bars} == {m.uuid() for m in maps}
    assert all(legend.legendFilterByMapEnabled() for legend in legends)
    labels = {i.id(): i.text() for i in items if isinstance(i, QgsLayoutItemLabel) and i.id()}
    assert labels["kt_document_number"] == "AA-1" and labels["kt_author"] == "m.huber"
    assert labels["kt_city"] == kt_settings.city_name
    scales = sorted(i.text() for i in items if isinstance(i, QgsLayoutItemLabel)
                    and i.id() == "kt_scale")
    assert scales.count("1:500") == len(rows)
    del keep


def test_a_citys_own_template_is_used(wc, tmp_path, kt_settings):
    folder = tmp_path / "vorlagen"
    folder.mkdir()
    own = layout_templates.template_path(layout_templates.A4_PORTRAIT)
    text = open(own, encoding="utf-8").read().replace("Dokument-Nr.", "Auftrag Nr.")
    (folder / "kt_a4_portrait.qpt").write_text(text, encoding="utf-8")
    kt_settings.layout_folder = str(folder)
    document = layout_templates.TemplateLayout(
        layout_templates.A4_PORTRAIT, layout_templates.TitleBlock("T"), folder=str(folder))
    assert document.path == str(folder / "kt_a4_portrait.qpt")
    document.finish()
    captions = [i.text() for i in document.layout.items() if isinstance(i, QgsLayoutItemLabel)]
    assert any("Auftrag Nr." in c for c in captions)
    # A template without the drawing area is refused with a message.
    (folder / "kt_a3_landscape.qpt").write_text(
        open(layout_templates.template_path(layout_templates.A3_LANDSCAPE),
             encoding="utf-8").read().replace('id="kt_content"', 'id="other"'), encoding="utf-8")
    with pytest.raises(layout_templates.TemplateError, match="kt_content"):
        layout_templates.TemplateLayout(layout_templates.A3_LANDSCAPE,
                                        layout_templates.TitleBlock("T"), folder=str(folder))


# --- Längsschnitt ------------------------------------------------------------------------------

def _long_path(wc):
    """A head manhole whose flow path to the outlet is long."""
    graph = graph_for(wc)
    db = store.connect(wc)
    try:
        codes = [r[0] for r in db.execute(
            "SELECT object_code FROM manhole WHERE node_kind = 'Schacht' ORDER BY fid DESC "
            "LIMIT 40")]
    finally:
        db.close()
    best = None
    for code in codes:
        try:
            profile = longitudinal_profile(wc, code, None, graph=graph)
        except Exception:  # an outlet or a lone manhole
            continue
        if best is None or len(profile.pipes) > len(best.pipes):
            best = profile
    return best


def test_longitudinal_profile_pdf_holds_every_manhole_and_every_pipe_length(provider, wc,
                                                                           tmp_path):
    import processing

    profile = _long_path(wc)
    assert len(profile.pipes) >= 15
    pdf = str(tmp_path / "ls.pdf")
    done = processing.run("kempten_twin:longitudinal_profile", {
        "WORKING_COPY": wc, "START": profile.manholes[0].code,
        "END": profile.manholes[-1].code, "OUTPUT": pdf, "H_SCALE": 1000, "V_SCALE": 100})
    assert done["PIPE_COUNT"] == len(profile.pipes)
    expected_sheets = len(profile_sheets.sheets_for(profile, 1000, 100, 396, 241))
    assert done["SHEETS"] == expected_sheets >= 2
    text = text_of(pdf, "-raw")
    for manhole in profile.manholes:
        assert manhole.code in text, manhole.code
    for pipe in profile.pipes:
        assert decimal(pipe.length) in text, (pipe.code, pipe.length)
        assert decimal(pipe.slope_permille, 1) in text
    assert "Lengths 1:1 000 / heights 1:100 · 10× exaggerated" in text
    assert f"sheet {expected_sheets} of {expected_sheets}" in text


def test_every_manhole_and_pipe_is_on_some_sheet(wc):
    profile = _long_path(wc)
    for h_scale, v_scale in ((1000, 100), (500, 50), (2500, 250)):
        sheets = profile_sheets.sheets_for(profile, h_scale, v_scale, 396, 241)
        assert {i for s in sheets for i in s.manholes} == set(range(len(profile.manholes)))
        assert {i for s in sheets for i in s.pipes} == set(range(len(profile.pipes)))
        for sheet in sheets:  # each sheet's stations fit its width at that scale
            assert sheet.station_to - sheet.station_from <= (396 - 46) / 1000 * h_scale + 1e-6


def test_close_columns_move_apart_in_order():
    moved = profile_sheets.spread([10.0, 10.5, 11.0, 50.0], 2.0, 0.0, 100.0)
    assert moved == [10.0, 12.0, 14.0, 50.0]
    assert profile_sheets.spread([99.0, 99.5], 2.0, 0.0, 100.0) == [98.0, 100.0]


# --- German and English formats ---------------------------------------------------------------

def render_labels(path, scale, centre, size=(1000, 700)):
    project = QgsProject()
    opened = layer_helpers.open_working_copy(path, project)
    settings = QgsMapSettings()
    settings.setLayers(project.layerTreeRoot().layerOrder())
    settings.setDestinationCrs(opened["pipe"].crs())
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(96)
    # As the map canvas does: QGIS's and the project's variables (@qgis_locale) are known.
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.appendScope(QgsExpressionContextUtils.projectScope(project))
    settings.setExpressionContext(context)
    half = size[0] / 96 * 0.0254 * scale / 2
    ratio = size[1] / size[0]
    settings.setExtent(QgsRectangle(centre[0] - half, centre[1] - half * ratio,
                                    centre[0] + half, centre[1] + half * ratio))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    results = job.takeLabelingResults()
    labels = results.allLabels()
    return [(label.labelText, label, label.layerID) for label in labels], project


def a_defect_point(path):
    db = store.connect(path)
    try:
        uuid = store.open_defect_uuids(db)[0]
        return store.defect(db, uuid)["point"]
    finally:
        db.close()


def test_map_labels_speak_german_with_the_german_ui(wc):
    centre = a_defect_point(wc)
    with german_translation():
        labels, _project = render_labels(wc, 500, centre)
    texts = [t for t, _, _ in labels]
    assert any(re.search(r"DH \d{3},\d\d", t) for t in texts), texts[:20]
    assert any(re.search(r"\b\d\d\.\d\d\.20\d\d\b", t) for t in texts)  # the defect's date
    assert not any(re.search(r"DH \d{3}\.\d\d", t) for t in texts)


@contextmanager
def english_ui():
    """QGIS set to English (the test profile may have kept another language)."""
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_map_labels_in_english_with_the_english_ui(wc):
    with english_ui():
        labels, _project = render_labels(wc, 500, a_defect_point(wc))
    texts = [t for t, _, _ in labels]
    assert any(re.search(r"DH \d{3}\.\d\d", t) for t in texts), [t for t in texts if "DH" in t]
    assert any(re.search(r"\b20\d\d-\d\d-\d\d\b", t) for t in texts)


def test_pdf_and_tables_in_german(wc, tmp_path, kt_settings):
    from qgis.PyQt.QtWidgets import QDoubleSpinBox

    from kempten_twin_plugin.i18n import apply_locale, date_text

    with german_translation():
        rows = open_rows(wc, 3)
        pdf = str(tmp_path / "auftrag.pdf")
        work_order.write_pdf(rows, pdf, wc, crew="Kolonne Nord", order_number="AA-2026-x-001",
                             due=date(2026, 12, 18), settings=kt_settings)
        profile = _long_path(wc)
        ls = str(tmp_path / "ls.pdf")
        profile_sheets.write_pdf(profile, ls, 1000, 100, kt_settings)
        box = QDoubleSpinBox()
        box.setDecimals(2)
        apply_locale(box)
        box.setValue(2.5)
        assert box.text() == "2,50"
        assert date_text("2025-10-31T04:14:00Z") == "31.10.2025"
    text = text_of(pdf, "-layout")
    for word in ("Arbeitsauftrag", "Dringlichkeit", "erledigt am", "Bemerkungen",
                 "Unterschrift", "Kolonne: Kolonne Nord", "Erledigen bis: 18.12.2026",
                 "Legende", "Maßstab", "Blatt"):
        assert word in text, word
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # no ISO date left
    assert re.search(r"\b\d\d\.\d\d\.20\d\d\b", text)
    ls_text = text_of(ls, "-raw")
    assert "Längen 1:1 000 / Höhen 1:100 · 10-fach überhöht" in ls_text
    assert decimal(profile.pipes[0].length, separator=",") in ls_text
    assert re.search(r"\b\d{3},\d\d\b", ls_text) and not re.search(r"\b6\d\d\.\d\d\b", ls_text)


# --- a map that reads like a town ---------------------------------------------------------------

def test_labels_at_2000_do_not_overlap(wc):
    db = store.connect(wc)
    try:
        xs = [r[0] for r in db.execute("SELECT min_x + (max_x - min_x) / 2 FROM gpkg_contents "
                                       "WHERE table_name = 'pipe'")]
        ys = [r[0] for r in db.execute("SELECT min_y + (max_y - min_y) / 2 FROM gpkg_contents "
                                       "WHERE table_name = 'pipe'")]
    finally:
        db.close()
    labels, project = render_labels(wc, 2000, (xs[0], ys[0]), (1600, 1000))
    names = {layer.id(): layer.customProperty(layer_helpers.TABLE_PROPERTY) or layer.name()
             for layer in project.mapLayers().values()}
    kinds = {names.get(layer_id) for _, _, layer_id in labels}
    assert {"pipe", "manhole"} <= kinds  # codes and DN are read at 1:2 000
    assert any("DN" in t for t, _, _ in labels)
    # Each label's outline as placed (turned with its line; a street name that follows its
    # street is placed letter by letter: its letters make one label).
    shapes = {}
    for text, position, layer_id in labels:
        outline = position.labelGeometry if hasattr(position, "labelGeometry") and \
            not position.labelGeometry.isEmpty() else QgsGeometry.fromRect(position.labelRect)
        key = (layer_id, position.featureId, text)
        shapes.setdefault(key, []).append(outline)
    outlines = [(key, QgsGeometry.unaryUnion(parts).buffer(-0.02, 2))
                for key, parts in shapes.items()]
    overlaps = [(a[2], b[2]) for i, (a, first) in enumerate(outlines)
                for b, second in outlines[i + 1:] if first.intersects(second)]
    assert overlaps == []


def test_the_demo_city_has_an_offline_basemap_loaded_under_the_network(wc):
    project = QgsProject()
    layer_helpers.open_working_copy(wc, project)
    groups = [g.name() for g in project.layerTreeRoot().children()]
    assert groups[-1] == "Basemap (offline)"
    basemap = {layer.name(): layer for layer in project.layerTreeRoot().children()[-1]
               .findLayers()}
    streets = basemap["Streets"].layer()
    names = {f["name"] for f in streets.getFeatures()}
    assert len(names) > 10 and any(n.endswith("straße") for n in names)
    assert basemap["Buildings"].layer().featureCount() > 100
    assert basemap["Parcels"].layer().featureCount() >= basemap["Buildings"].layer() \
        .featureCount()
    # Not a perfect grid: the streets run at many bearings, not at two.
    import math
    bearings = set()
    for feature in streets.getFeatures():
        line = feature.geometry().asPolyline()
        if len(line) >= 2:
            dx, dy = line[-1].x() - line[0].x(), line[-1].y() - line[0].y()
            bearings.add(round(math.degrees(math.atan2(dy, dx)) % 180))
    assert len(bearings) > 10


# --- help and shortcuts -------------------------------------------------------------------------

def test_every_algorithm_has_a_help_page_that_exists(provider):
    import os

    from qgis.PyQt.QtCore import QUrl

    for algorithm in provider.algorithms():
        url = algorithm.helpUrl()
        assert url.startswith("file://"), algorithm.id()
        assert os.path.isfile(QUrl(url).toLocalFile()), url


def test_shortcuts_are_registered_and_given_back(qgis_iface):
    from qgis.gui import QgsGui
    from qgis.PyQt.QtWidgets import QAction, QMainWindow

    from kempten_twin_plugin.gui.help import SHORTCUTS, Shortcuts

    window = QMainWindow()
    for name in SHORTCUTS:
        action = QAction(name, window)
        action.setObjectName(name)
    shortcuts = Shortcuts()
    assert shortcuts.register(window) == len(SHORTCUTS)
    manager = QgsGui.shortcutsManager()
    action = window.findChild(QAction, "KemptenTwinIdentify")
    assert manager.actionByName(action.text()) is action
    assert action.shortcut().toString() == "Ctrl+Alt+I"
    shortcuts.unregister()
    assert manager.actionByName(action.text()) is None
