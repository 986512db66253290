"""Work orders for the crew: a PDF from a QGIS print layout, and CSV / GeoJSON exports.

The PDF (German, A4 portrait): a map of the area with the defects numbered 1…n, a table
with one row per defect (number, address, category, severity, status, notes), the
photos as thumbnails under their number, and optionally the repair statistics' charts.
"""

import csv
import json
import os
import tempfile
from datetime import date

from osgeo import osr

from ..core import catalogues as cat
from ..errors import KemptenTwinError
from ..i18n import tr
from ..store import defects as store
from ..store.schema import CRS_EPSG

ROWS_FIRST_PAGE = 13  # below the map; rows wrap to two or three lines
ROWS_PER_PAGE = 26


class WorkOrderError(KemptenTwinError):
    """Meant for the user."""


def work_order_rows(db, defect_uuids):
    """One dict per defect, numbered in the given order."""
    rows = []
    for nr, u in enumerate(dict.fromkeys(defect_uuids), start=1):
        d = store.defect(db, u)
        if d is None:
            raise WorkOrderError(tr("The defect {uuid} does not exist (any more).").format(uuid=u))
        events = store.history(db, u)
        notes = [e[4] for e in events if e[4]]
        code = store.asset_label(db, d["asset_table"], d["asset"])
        street = store.asset_street(db, d["asset_table"], d["asset"])
        kind = {"gully": "Straßenablauf", "manhole": "Schacht", "pipe": "Haltung"}.get(
            d["asset_table"], "")
        rows.append({
            "nr": nr, "uuid": u, "defect_number": d["defect_number"],
            "address": ", ".join(p for p in (street, f"{kind} {code}".strip()) if p),
            "street": street, "asset": f"{kind} {code}".strip(),
            "category": d["category"], "severity": d["severity"],
            "severity_text": f"{d['severity']} {cat.SEVERITIES.get(d['severity'], '')}",
            "status": d["status"], "due_date": d["due_date"] or "",
            "description": d["description"] or "", "notes": "; ".join(notes),
            "point": d["point"], "photos": store.photos(db, u),
        })
    if not rows:
        raise WorkOrderError(tr("Select at least one defect for the work order."))
    return rows


CSV_FIELDS = ("nr", "defect_number", "street", "asset", "category", "severity", "status",
              "due_date", "description", "notes", "x", "y")


def write_csv(rows, output):
    with open(output, "w", newline="", encoding="utf-8-sig") as f:  # BOM: Excel reads umlauts
        writer = csv.writer(f, delimiter=";")
        writer.writerow(CSV_FIELDS)
        for r in rows:
            x, y = r["point"] or (None, None)
            writer.writerow([r["nr"], r["defect_number"], r["street"], r["asset"], r["category"],
                             r["severity"], r["status"], r["due_date"], r["description"],
                             r["notes"], f"{x:.3f}" if x is not None else "",
                             f"{y:.3f}" if y is not None else ""])
    return len(rows)


def write_geojson(rows, output):
    """RFC 7946: WGS84 longitude/latitude."""
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(CRS_EPSG)
    for s in (wgs84, utm):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, wgs84)
    features = []
    for r in rows:
        geometry = None
        if r["point"]:
            lon, lat, _ = transform.TransformPoint(*r["point"])
            geometry = {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]}
        properties = {k: r[k] for k in CSV_FIELDS if k not in ("x", "y")}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    with open(output, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False,
                  indent=1)
    return len(rows)


def write_pdf(rows, output, working_copy, title="Arbeitsauftrag", crew="", charts=None,
              project=None):
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


def build_layout(rows, working_copy, folder, title="Arbeitsauftrag", crew="", charts=None,
                 project=None):
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
