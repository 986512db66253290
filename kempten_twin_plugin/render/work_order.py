"""Work orders for the crew (Arbeitsauftrag): a PDF from a QGIS print layout on the A4
template (render.layout_templates: title block with order number, date, author, scale,
north arrow, scale bar and legend on every page).

Pages: (1) the overview map with the defects numbered 1…n and the checklist table (number,
defect, object and street, category, urgency, due, and empty columns "erledigt am",
"Bemerkungen", "Unterschrift" for the crew), continued on further pages as needed;
(then) one detail page per defect, as an atlas would make it: the map at 1:500 centred on
the defect with street names and object codes, the defect's facts, its photos captioned
with defect number and date, and the sign-off fields; (last) optionally the repair
statistics' charts. The rows are ``store.work_orders.work_order_rows``'; CSV and GeoJSON of
the same rows are ``io.work_order_files``'.
"""

import os
import tempfile
from datetime import date
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import catalogues as cat
from ..i18n import date_text, tr
from ..store.schema import CRS_EPSG
from ..store.work_orders import WorkOrderError
from . import layout_templates as templates

DETAIL_SCALE = 500
ROWS_FIRST_PAGE = 10
ROWS_PER_PAGE = 24
PHOTOS_ON_DETAIL_PAGE = 3


def urgency_text(severity) -> str:
    """"2 kurzfristig": the one urgency term of lists, forms and the PDF (Dringlichkeit)."""
    return f"{severity} {cat.SEVERITIES.get(severity, '')}".strip()


def write_pdf(rows: Sequence[Dict], output: str, working_copy: str,
              title: str = "Arbeitsauftrag", crew: str = "", charts: Optional[List[str]] = None,
              project=None, order_number: str = "", due: Optional[date] = None,
              settings=None, left_out: Sequence[str] = ()) -> int:
    """The work order as PDF; ``charts``: PNG paths (statistics) for a last page;
    ``left_out``: numbers of closed defects the order does not list (said on page 1)."""
    with tempfile.TemporaryDirectory(prefix="kt-work-order-") as folder:
        layout, keep = build_layout(rows, working_copy, folder, title, crew, charts, project,
                                    order_number=order_number, due=due, settings=settings,
                                    left_out=left_out)
        try:
            templates.export_pdf(layout, output)
        except templates.TemplateError as error:
            raise WorkOrderError(str(error)) from error
        del keep
    return len(rows)


def _numbered_layer(rows):
    from qgis.core import (
        Qgis,
        QgsFeature,
        QgsGeometry,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsPointXY,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    layer = QgsVectorLayer(f"Point?crs=EPSG:{CRS_EPSG}&field=nr:integer",
                           tr("Defects of this order"), "memory")
    features = []
    for r in rows:
        if r["point"]:
            f = QgsFeature(layer.fields())
            f.setAttributes([r["nr"]])
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*r["point"])))
            features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "size": "5", "color": "#e01b1b", "outline_color": "white",
         "outline_width": "0.5"})))
    label = QgsPalLayerSettings()
    label.fieldName = "nr"
    # QGIS ≥ 3.26 wants its Qgis.LabelPlacement enum; 3.22 has the old one only.
    placement = getattr(Qgis, "LabelPlacement", None)
    label.placement = placement.OverPoint if placement is not None else \
        QgsPalLayerSettings.Placement.OverPoint
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans", 8, QFont.Weight.Bold))
    text.setSize(7)
    text.setColor(QColor("white"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(False)
    text.setBuffer(buffer)
    label.setFormat(text)
    label.displayAll = True  # the number on its marker, always
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)
    return layer


def _extent(rows):
    from qgis.core import QgsRectangle

    points = [r["point"] for r in rows if r["point"]]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    grow = max(max(xs) - min(xs), max(ys) - min(ys)) * 0.08 + 40
    return QgsRectangle(min(xs) - grow, min(ys) - grow, max(xs) + grow, max(ys) + grow)


def build_layout(rows: Sequence[Dict], working_copy: str, folder: str,
                 title: str = "Arbeitsauftrag", crew: str = "",
                 charts: Optional[List[str]] = None, project=None, order_number: str = "",
                 due: Optional[date] = None, settings=None,
                 left_out: Sequence[str] = ()) -> Tuple[object, list]:
    """The print layout on the template; returns (layout, objects to keep alive while
    exporting)."""
    from qgis.core import QgsProject

    from ..settings import Settings
    from . import layers as layer_helpers

    settings = settings or Settings.load()
    # A project of its own: the layers of the order never appear in the user's project.
    project = project or QgsProject()
    block = templates.TitleBlock.from_settings(settings, title, order_number)
    try:
        document = templates.TemplateLayout(templates.A4_PORTRAIT, block, project,
                                            settings.layout_folder)
    except templates.TemplateError as error:
        raise WorkOrderError(str(error)) from error
    numbered = _numbered_layer(rows)
    network = layer_helpers.network_layers(working_copy, ("gully", "manhole", "lateral",
                                                           "pipe"))
    basemap = layer_helpers.basemap_layers(working_copy)
    map_layers = [numbered] + network + basemap
    project.addMapLayers(map_layers, False)
    keep = [project, map_layers]
    x0, y0, width, height = document.content(0)

    facts = [tr("Crew: {crew}").format(crew=crew or "–"),
             tr("Due by: {date}").format(date=date_text(due) if due else "–"),
             tr("Defects: {n}").format(n=len(rows))]
    document.label(" · ".join(facts), 0, x0, y0, width, 6, 10, True)
    top = y0 + 7
    if left_out:
        document.label(tr("Not listed, already closed: {numbers}").format(
            numbers=", ".join(left_out)), 0, x0, top, width, 5, 7)
        top += 5
    extent = _extent(rows)
    map_height = 108
    if extent is not None:
        document.add_map(0, map_layers, extent, x0, top, width, map_height,
                         legend_layers=[numbered] + network + basemap)
    top += map_height + 3

    start, page, capacity = 0, 0, ROWS_FIRST_PAGE
    while start < len(rows):
        chunk = rows[start:start + capacity]
        _checklist(document, chunk, page, x0, top, width, y0 + height - top)
        start += capacity
        if start < len(rows):
            page = document.add_page()
            x0, y0, width, height = document.content(page)
            document.label(tr("Work order {number} (continued)").format(number=order_number),
                           page, x0, y0, width, 6, 10, True)
            top, capacity = y0 + 8, ROWS_PER_PAGE

    for row in rows:
        _detail_page(document, row, map_layers, numbered, network, basemap, folder)

    if charts:
        page = document.add_page()
        x0, y0, width, height = document.content(page)
        document.label(tr("How fast do we repair? (statistics)"), page, x0, y0, width, 8, 13,
                       True)
        for n, path in enumerate(charts[:4]):
            _picture(document, path, page, x0 + (n % 2) * (width / 2 + 2),
                     y0 + 12 + (n // 2) * 100, width / 2 - 4, 95)
    document.finish()
    return document.layout, keep + [document]


def _picture(document, path, page, x, y, w, h):
    from qgis.core import QgsLayoutItemPicture

    picture = QgsLayoutItemPicture(document.layout)
    picture.setPicturePath(path)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    return document.place(picture, page, x, y, w, h)


def checklist_headers() -> Tuple[str, ...]:
    return (tr("No."), tr("Defect"), tr("Object / street"), tr("Category"), tr("Urgency"),
            tr("Due"), tr("Done on"), tr("Remarks"), tr("Signature"))


CHECKLIST_WIDTHS = (6, 25, 34, 22, 21, 15, 17, 26, 20)  # "Dringlichkeit" in one piece
CELL_MARGIN = 0.8
GRID = 0.3


def _checklist(document, rows, page, x, y, width, height):
    cells = [[str(r["nr"]), r["defect_number"], _short(r["address"], 48), r["category"],
              urgency_text(r["severity"]), date_text(r["due_date"]), "", "", ""] for r in rows]
    n = len(CHECKLIST_WIDTHS)
    scale = (width - 2 * CELL_MARGIN * n - GRID * (n + 1) - 1) / sum(CHECKLIST_WIDTHS)
    return _table(document, checklist_headers(), [w * scale for w in CHECKLIST_WIDTHS], cells,
                  page, x, y, width, height, min_row_height=8.0)


def _table(document, headers, widths, cells, page, x, y, width, height, min_row_height=0.0,
           header_bold=True):
    from qgis.core import (
        QgsLayoutFrame,
        QgsLayoutItemManualTable,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLayoutTableColumn,
        QgsTableCell,
        QgsTextFormat,
    )

    layout = document.layout
    table = QgsLayoutItemManualTable.create(layout)
    columns = []
    for header, column_width in zip(headers, widths):
        column = QgsLayoutTableColumn(header)
        column.setWidth(column_width)
        columns.append(column)
    table.setHeaders(columns)
    table.setColumnWidths(list(widths))
    table.setIncludeTableHeader(bool(headers))
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(GRID)
    table.setTableContents([[QgsTableCell(c) for c in row] for row in cells])
    if min_row_height:
        table.setRowHeights([min_row_height] * len(cells))
    content = QgsTextFormat()
    content.setFont(templates.no_shaping_font(7))
    content.setSize(7)
    table.setContentTextFormat(content)
    header = QgsTextFormat(content)
    header.setFont(templates.no_shaping_font(7, header_bold))
    table.setHeaderTextFormat(header)
    table.setWrapBehavior(table.WrapText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y, templates.MM), page=page)
    frame.attemptResize(QgsLayoutSize(width, height, templates.MM))
    table.addFrame(frame)
    return table


def detail_facts(row: Dict) -> List[Tuple[str, str]]:
    """(caption, value) of a defect's detail page."""
    return [
        (tr("Object"), row["asset"] or "–"),
        (tr("Street"), row["street"] or "–"),
        (tr("Category"), row["category"]),
        (tr("Urgency"), urgency_text(row["severity"])),
        (tr("Status"), row["status"]),
        (tr("Reported"), date_text(row.get("reported_at"), with_time=True)),
        (tr("Due"), date_text(row["due_date"])),
        (tr("Description"), _short(row["description"], 300) or "–"),
        (tr("Notes"), _short(row["notes"], 300) or "–"),
    ]


def _detail_page(document, row, map_layers, numbered, network, basemap, folder):
    from qgis.core import QgsPointXY, QgsRectangle

    photos = list(row["photos"])
    dates = list(row.get("photo_dates") or [None] * len(photos))
    page = document.add_page()
    x0, y0, width, height = document.content(page)
    document.label(tr("No. {nr} · {number}").format(nr=row["nr"], number=row["defect_number"]),
                   page, x0, y0, width, 8, 13, True)
    top = y0 + 9
    if row["point"]:
        point = QgsPointXY(*row["point"])
        extent = QgsRectangle(point.x() - 40, point.y() - 25, point.x() + 40, point.y() + 25)
        document.add_map(page, map_layers, extent, x0, top, width, 105, scale=DETAIL_SCALE,
                         legend_layers=[numbered] + network + basemap)
    top += 108
    facts = detail_facts(row)
    margins = 4 * CELL_MARGIN + 3 * GRID + 1
    _table(document, (), (26, 86 - margins), [[caption, value] for caption, value in facts],
           page, x0, top, 112, 64, header_bold=False)
    sign = [[tr("Done on"), ""], [tr("Remarks"), ""], [tr("Signature"), ""]]
    _table(document, (), (24, width - 116 - 24 - margins), sign, page, x0 + 116, top,
           width - 116, 64, min_row_height=16.0)
    top += 66
    room = y0 + height - top
    slot_w = (width - 4) / 3
    shown = photos[:PHOTOS_ON_DETAIL_PAGE]
    for n, photo in enumerate(shown):
        _photo(document, row, photo, dates[n] if n < len(dates) else None, n, page,
               x0 + n * (slot_w + 2), top, slot_w, room - 6, folder)
    rest = photos[PHOTOS_ON_DETAIL_PAGE:]
    for start in range(0, len(rest), 9):
        page = document.add_page()
        x0, y0, width, height = document.content(page)
        document.label(tr("No. {nr} · {number}: photos").format(
            nr=row["nr"], number=row["defect_number"]), page, x0, y0, width, 8, 13, True)
        for k, photo in enumerate(rest[start:start + 9]):
            n = PHOTOS_ON_DETAIL_PAGE + start + k
            _photo(document, row, photo, dates[n] if n < len(dates) else None, n, page,
                   x0 + (k % 3) * (slot_w + 2), y0 + 12 + (k // 3) * 72, slot_w, 64, folder)


def photo_caption(row: Dict, taken_at) -> str:
    """"M-2026-huber-0007 · 31.10.2025": whose photo and when."""
    return f"{row['defect_number']} · {date_text(taken_at or row.get('reported_at'))}"


def _photo(document, row, photo, taken_at, n, page, x, y, w, h, folder):
    extension = ".png" if photo[1] == "image/png" else ".jpg"
    path = os.path.join(folder, f"photo-{row['nr']}-{n}{extension}")
    with open(path, "wb") as f:
        f.write(bytes(photo[3]))
    _picture(document, path, page, x, y, w, h - 6)
    document.label(photo_caption(row, taken_at), page, x, y + h - 5.5, w, 5, 7, True)


def _short(text, length):
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1] + "…"
