"""Work orders for the crew: a PDF from a QGIS print layout.

The PDF (German, A4 portrait): a map of the area with the defects numbered 1…n, a table
with one row per defect (number, address, category, severity, status, notes), the
photos as thumbnails under their number, and optionally the repair statistics' charts.
The rows are ``store.work_orders.work_order_rows``'; CSV and GeoJSON of the same rows
are ``io.work_order_files``'.
"""

import os
import tempfile
from datetime import date
from typing import Dict, List, Optional, Sequence, Tuple

from ..i18n import tr
from ..store.schema import CRS_EPSG
from ..store.work_orders import WorkOrderError

ROWS_FIRST_PAGE = 13  # below the map; rows wrap to two or three lines
ROWS_PER_PAGE = 26


def write_pdf(rows: Sequence[Dict], output: str, working_copy: str,
              title: str = "Arbeitsauftrag", crew: str = "", charts: Optional[List[str]] = None,
              project=None) -> int:
    """The work order as PDF; ``charts``: PNG paths (statistics) for a last page."""
    from qgis.core import QgsLayoutExporter, QgsRenderContext

    with tempfile.TemporaryDirectory(prefix="kt-work-order-") as folder:
        layout, keep = build_layout(rows, working_copy, folder, title, crew, charts, project)
        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable text
        result = exporter.exportToPdf(output, settings)
        del keep
    if result != QgsLayoutExporter.Success:
        raise WorkOrderError(tr("The PDF {path} could not be written (QGIS error {code}).")
                             .format(path=output, code=result))
    return len(rows)


def _numbered_layer(rows):
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPalLayerSettings,
        QgsPointXY,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    layer = QgsVectorLayer(f"Point?crs=EPSG:{CRS_EPSG}&field=nr:integer", "Arbeitsauftrag",
                           "memory")
    features = []
    for r in rows:
        if r["point"]:
            f = QgsFeature(layer.fields())
            f.setAttributes([r["nr"]])
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*r["point"])))
            features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "size": "5", "color": "#e01b1b", "outline_color": "white",
         "outline_width": "0.5"})))
    label = QgsPalLayerSettings()
    label.fieldName = "nr"
    from qgis.core import Qgis

    # QGIS ≥ 3.26 wants its Qgis.LabelPlacement enum; 3.22 has the old one only.
    placement = getattr(Qgis, "LabelPlacement", None)
    label.placement = placement.OverPoint if placement is not None else \
        QgsPalLayerSettings.OverPoint
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans", 8, QFont.Weight.Bold))
    text.setSize(7)
    text.setColor(QColor("white"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(False)
    text.setBuffer(buffer)
    label.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)
    return layer


def _network_layers(working_copy):
    from qgis.core import QgsVectorLayer

    from .. import paths

    layers = []
    for table in ("gully", "manhole", "pipe"):
        layer = QgsVectorLayer(f"{working_copy}|layername={table}", table, "ogr")
        if layer.isValid():
            style = paths.style_path(table)
            if os.path.exists(style):
                layer.loadNamedStyle(style)
            layers.append(layer)
    return layers


def _extent(rows):
    from qgis.core import QgsRectangle

    points = [r["point"] for r in rows if r["point"]]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 * 1.15 + 40
    return QgsRectangle(cx - half * 1.5, cy - half, cx + half * 1.5, cy + half)


def build_layout(rows: Sequence[Dict], working_copy: str, folder: str,
                 title: str = "Arbeitsauftrag", crew: str = "",
                 charts: Optional[List[str]] = None, project=None) -> Tuple[object, list]:
    """The print layout; returns (layout, objects to keep alive while exporting)."""
    from qgis.core import (
        QgsLayoutItemLabel,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutMeasurement,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QFont

    # A project of its own: the layers of the order never appear in the user's project.
    project = project or QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page, portrait set below
    layout.setName(title)
    mm = QgsUnitTypes.LayoutMillimeters
    pages = layout.pageCollection()
    pages.page(0).setPageSize("A4", pages.page(0).Portrait)

    def add_page():
        from qgis.core import QgsLayoutItemPage

        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Portrait)
        pages.addPage(page)
        return pages.pageCount() - 1

    def label(text, page, x, y, w, h, size=10, bold=False):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        item.setFont(font)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, mm), page=page)
        item.attemptResize(QgsLayoutSize(w, h, mm))
        return item

    label(title, 0, 15, 10, 180, 10, 16, True)
    label(f"Datum: {date.today().strftime('%d.%m.%Y')}    Anzahl Mängel: {len(rows)}"
          + (f"    Kolonne: {crew}" if crew else ""), 0, 15, 20, 180, 6, 9)

    numbered = _numbered_layer(rows)
    network = _network_layers(working_copy)
    project.addMapLayers([numbered] + network, False)
    keep = [project]
    extent = _extent(rows)
    map_item = QgsLayoutItemMap(layout)
    map_item.setLayers([numbered] + network)
    map_item.setCrs(numbered.crs())
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(15, 28, mm))
    map_item.attemptResize(QgsLayoutSize(180, 120, mm))
    if extent is not None:
        map_item.setExtent(extent)  # 3:2 like the item
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, mm))
    map_item.setId("Karte")

    headers = ("Nr.", "Mangel", "Adresse / Objekt", "Kategorie", "Dringlichkeit", "Status",
               "Hinweise")
    widths = (7, 24, 38, 26, 20, 15, 34)
    start = 0
    page, top = 0, 153
    capacity = ROWS_FIRST_PAGE
    while start < len(rows):
        chunk = rows[start:start + capacity]
        _table(layout, chunk, headers, widths, page, top)
        start += capacity
        if start < len(rows):
            page, top, capacity = add_page(), 15, ROWS_PER_PAGE

    photos = [(r["nr"], p) for r in rows for p in r["photos"]]
    if photos:
        page = add_page()
        label("Fotos", page, 15, 10, 180, 8, 13, True)
        for n, (nr, photo) in enumerate(photos):
            slot = n % 12
            if n and slot == 0:
                page = add_page()
            x, y = 15 + (slot % 3) * 62, 22 + (slot // 3) * 66
            extension = ".png" if photo[1] == "image/png" else ".jpg"
            path = os.path.join(folder, f"photo-{n}{extension}")
            with open(path, "wb") as f:
                f.write(bytes(photo[3]))
            picture = QgsLayoutItemPicture(layout)
            picture.setPicturePath(path)
            picture.setResizeMode(QgsLayoutItemPicture.Zoom)
            layout.addLayoutItem(picture)
            picture.attemptMove(QgsLayoutPoint(x, y, mm), page=page)
            picture.attemptResize(QgsLayoutSize(58, 55, mm))
            label(f"Nr. {nr}", page, x, y + 56, 58, 6, 9, True)
    if charts:
        page = add_page()
        label("Wie schnell beheben wir? (Statistik)", page, 15, 10, 180, 8, 13, True)
        for n, path in enumerate(charts[:4]):
            picture = QgsLayoutItemPicture(layout)
            picture.setPicturePath(path)
            picture.setResizeMode(QgsLayoutItemPicture.Zoom)
            layout.addLayoutItem(picture)
            picture.attemptMove(QgsLayoutPoint(15 + (n % 2) * 92, 22 + (n // 2) * 90, mm),
                                page=page)
            picture.attemptResize(QgsLayoutSize(88, 85, mm))
    return layout, keep


def _table(layout, rows, headers, widths, page, top):
    from qgis.core import (
        QgsLayoutFrame,
        QgsLayoutItemManualTable,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLayoutTableColumn,
        QgsTableCell,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QFont

    mm = QgsUnitTypes.LayoutMillimeters
    table = QgsLayoutItemManualTable.create(layout)
    columns = []
    for header, width in zip(headers, widths):
        column = QgsLayoutTableColumn(header)
        column.setWidth(width)
        columns.append(column)
    table.setHeaders(columns)
    table.setColumnWidths(list(widths))
    table.setIncludeTableHeader(True)
    table.setCellMargin(0.8)
    table.setTableContents([[QgsTableCell(str(r["nr"])), QgsTableCell(r["defect_number"]),
                             QgsTableCell(r["address"]), QgsTableCell(r["category"]),
                             QgsTableCell(r["severity_text"]), QgsTableCell(r["status"]),
                             QgsTableCell(_short("; ".join(
                                 p for p in (r["description"], r["notes"]) if p), 70))]
                            for r in rows])
    from qgis.core import QgsTextFormat

    content = QgsTextFormat()
    content.setFont(QFont("DejaVu Sans"))
    content.setSize(7)
    table.setContentTextFormat(content)
    header = QgsTextFormat(content)
    bold = QFont("DejaVu Sans")
    bold.setBold(True)
    header.setFont(bold)
    table.setHeaderTextFormat(header)
    table.setWrapBehavior(table.WrapText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(15, top, mm), page=page)
    frame.attemptResize(QgsLayoutSize(180, 280 - top, mm))
    table.addFrame(frame)
    return table


def _short(text, length):
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1] + "…"
