"""Write the print layout templates in resources/layouts/*.qpt from one readable description.

Run with QGIS's Python (`make layouts`); the .qpt files are committed so the plugin only
loads them. A city edits them (or its own copies) in QGIS's layout designer: the plugin
fills the items by their ids, whatever their place, font or frame (docs/handbuch/vorlagen.md).

Two sheets, each a frame with a title block (Schriftfeld):
- ``kt_a4_portrait.qpt``: A4 portrait (work order),
- ``kt_a4_landscape.qpt``: A4 landscape (review report),
- ``kt_a3_landscape.qpt``: A3 landscape (Längsschnitt sheets, overview plans).

Item ids the plugin fills (every one optional but ``kt_content``):
``kt_content`` the free area the plugin draws into (maps, tables, the profile);
``kt_city``, ``kt_office``, ``kt_title``, ``kt_document_number``, ``kt_date``,
``kt_author``, ``kt_scale``, ``kt_page`` labels; ``kt_logo`` picture (the logo of the
options); ``kt_north`` north arrow and ``kt_scalebar`` scale bar (linked to the page's
map, hidden on a page without one); ``kt_legend`` legend (what the page's map draws).
Captions are expressions over ``@kt_caption_…`` variables, so they follow the plugin's
language; a plain text caption works as well.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "resources", "layouts")
MM = QgsUnitTypes.LayoutMillimeters
FONT = "DejaVu Sans"

CAPTIONS = {
    "document_number": "Dokument-Nr.",
    "date": "Datum",
    "author": "Bearbeitung",
    "scale": "Maßstab",
    "page": "Blatt",
}


def _font(size, bold=False):
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)  # no ligatures in PDF text
    return font


def _text_format(size):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size))
    fmt.setSize(size)
    return fmt


def _place(layout, item, x, y, w, h):
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def cell(layout, x, y, w, h, item_id="", stroke=0.25):
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    symbol = shape.symbol().clone()
    symbol.symbolLayer(0).setColor(QColor(0, 0, 0, 0))
    symbol.symbolLayer(0).setStrokeColor(QColor("#202020"))
    symbol.symbolLayer(0).setStrokeWidth(stroke)
    shape.setSymbol(symbol)
    if item_id:
        shape.setId(item_id)
    return _place(layout, shape, x, y, w, h)


def text(layout, value, x, y, w, h, size=8.0, bold=False, item_id="", align=None):
    label = QgsLayoutItemLabel(layout)
    label.setText(value)
    label.setFont(_font(size, bold))
    label.setMarginX(0.8)
    label.setMarginY(0.3)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    if align is not None:
        label.setHAlign(align)
    if item_id:
        label.setId(item_id)
    return _place(layout, label, x, y, w, h)


def field(layout, key, x, y, w, h, size=8.0):
    """A caption (small, top) and the value label ``kt_<key>`` below it."""
    cell(layout, x, y, w, h)
    text(layout, f"[% coalesce(@kt_caption_{key}, '{CAPTIONS[key]}') %]", x, y + 0.3, w, 3.2,
         5.5)
    text(layout, f"[% @kt_{key} %]", x, y + 3.3, w, h - 3.5, size, item_id=f"kt_{key}")


def header(layout, x, y, w, h, logo_w):
    """Logo, city and office in one cell."""
    cell(layout, x, y, w, h)
    logo = QgsLayoutItemPicture(layout)
    logo.setId("kt_logo")
    logo.setResizeMode(QgsLayoutItemPicture.Zoom)
    _place(layout, logo, x + 1, y + 1, logo_w, h - 2)
    text(layout, "[% @kt_city %]", x + logo_w + 2, y + 0.5, w - logo_w - 3, h / 2, 9, True,
         "kt_city")
    text(layout, "[% @kt_office %]", x + logo_w + 2, y + h / 2, w - logo_w - 3, h / 2 - 0.5, 6.5,
         item_id="kt_office")


def map_aids(layout, x, y, w, h, legend_box, legend_columns):
    """North arrow and scale bar in one cell, the legend in another."""
    cell(layout, x, y, w, h)
    north = QgsLayoutItemPicture(layout)
    north.setId("kt_north")
    north.setPicturePath("arrows/NorthArrow_02.svg")
    north.setResizeMode(QgsLayoutItemPicture.Zoom)
    _place(layout, north, x + w / 2 - 5, y + 1.5, 10, 12)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("kt_scalebar")
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(1.5)
    bar.setTextFormat(_text_format(6))
    bar.setCustomProperty("kt_width", w - 4)  # the room it may fill (it shrinks to its bar)
    _place(layout, bar, x + 2, y + h - 9, w - 4, 8)
    lx, ly, lw, lh = legend_box
    cell(layout, lx, ly, lw, lh)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("kt_legend")
    legend.setTitle("[% coalesce(@kt_caption_legend, 'Legende') %]")
    legend.setColumnCount(legend_columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setResizeToContents(False)
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(2.6)
    legend.setBoxSpace(1.0)
    legend.setColumnSpace(2.0)
    for style, size, bold in ((QgsLegendStyle.Title, 7, True), (QgsLegendStyle.Group, 6, True),
                              (QgsLegendStyle.Subgroup, 6, True),
                              (QgsLegendStyle.SymbolLabel, 5.5, False)):
        legend.setStyleFont(style, _font(size, bold))
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, 0.6)
    _place(layout, legend, lx + 0.5, ly + 0.5, lw - 1, lh - 1)


def a4_portrait():
    layout = _layout("A4", QgsLayoutItemPage.Portrait, "Kempten Twin A4 hoch")
    cell(layout, 10, 10, 190, 277, "kt_border", 0.5)
    cell(layout, 12, 12, 186, 233, "kt_content", 0.0).setFrameEnabled(False)
    top = 247.0
    map_aids(layout, 75, top, 35, 40, (10, top, 65, 40), 2)
    header(layout, 110, top, 90, 12, 22)
    text(layout, "[% @kt_title %]", 110, top + 12, 90, 10, 11, True, "kt_title")
    cell(layout, 110, top + 12, 90, 10)
    field(layout, "document_number", 110, top + 22, 50, 9)
    field(layout, "date", 160, top + 22, 40, 9)
    field(layout, "author", 110, top + 31, 40, 9)
    field(layout, "scale", 150, top + 31, 30, 9)
    field(layout, "page", 180, top + 31, 20, 9)
    return layout


def a3_landscape():
    layout = _layout("A3", QgsLayoutItemPage.Landscape, "Kempten Twin A3 quer")
    cell(layout, 10, 10, 400, 277, "kt_border", 0.5)
    cell(layout, 12, 12, 396, 241, "kt_content", 0.0).setFrameEnabled(False)
    top = 255.0
    map_aids(layout, 170, top, 40, 32, (10, top, 160, 32), 4)
    header(layout, 210, top, 110, 12, 26)
    text(layout, "[% @kt_title %]", 210, top + 12, 110, 10, 11, True, "kt_title")
    cell(layout, 210, top + 12, 110, 10)
    field(layout, "document_number", 320, top, 90, 12)
    field(layout, "date", 320, top + 12, 50, 10)
    field(layout, "page", 370, top + 12, 40, 10)
    field(layout, "author", 210, top + 22, 60, 10)
    field(layout, "scale", 270, top + 22, 140, 10)
    return layout


def a4_landscape():
    layout = _layout("A4", QgsLayoutItemPage.Landscape, "Kempten Twin A4 quer")
    cell(layout, 10, 10, 277, 190, "kt_border", 0.5)
    cell(layout, 12, 12, 273, 154, "kt_content", 0.0).setFrameEnabled(False)
    top = 168.0
    map_aids(layout, 80, top, 35, 32, (10, top, 70, 32), 2)
    header(layout, 115, top, 100, 12, 24)
    text(layout, "[% @kt_title %]", 115, top + 12, 100, 10, 10, True, "kt_title")
    cell(layout, 115, top + 12, 100, 10)
    field(layout, "document_number", 215, top, 72, 12)
    field(layout, "date", 215, top + 12, 40, 10)
    field(layout, "page", 255, top + 12, 32, 10)
    field(layout, "author", 115, top + 22, 50, 10)
    field(layout, "scale", 165, top + 22, 122, 10)
    return layout


def _layout(size, orientation, name):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(size, orientation)
    return layout


def main():
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(OUT, exist_ok=True)
    for name, build in (("kt_a4_portrait", a4_portrait), ("kt_a4_landscape", a4_landscape),
                        ("kt_a3_landscape", a3_landscape)):
        layout = build()
        path = os.path.join(OUT, f"{name}.qpt")
        if not layout.saveAsTemplate(path, QgsReadWriteContext()):
            raise RuntimeError(f"could not write {path}")
        print("wrote", path)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
