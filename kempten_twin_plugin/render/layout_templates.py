"""Every PDF the plugin makes is a QGIS print layout on a template (resources/layouts/*.qpt):
a frame with a title block (city, office, logo, title, document number, date, author,
scale, sheet), north arrow, scale bar and legend.

The plugin fills the template's items by their ids, so a city's own template, edited in
QGIS's layout designer and put into the folder of the options, works as well (every id
but ``kt_content`` may be missing; docs/handbuch/vorlagen.md lists them):

- ``kt_content``: the free area where the document draws (maps, tables, the profile);
- labels ``kt_city``, ``kt_office``, ``kt_title``, ``kt_document_number``, ``kt_date``,
  ``kt_author``, ``kt_scale``, ``kt_page``: their text is replaced;
- picture ``kt_logo``: the logo file of the options (hidden without one);
- ``kt_north``, ``kt_scalebar``, ``kt_legend``: linked to the page's map; hidden on a page
  without one. The legend lists what that map draws.

The same values are layout variables (``@kt_title`` …, captions ``@kt_caption_date`` …),
for templates that prefer expressions. Each page is a fresh copy of the template's items.
"""

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QPointF
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from .. import paths
from ..errors import KemptenTwinError
from ..i18n import date_text, scale_text, tr
from .compat import set_label_font

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
A4_PORTRAIT = "kt_a4_portrait"
A4_LANDSCAPE = "kt_a4_landscape"
A3_LANDSCAPE = "kt_a3_landscape"
FONT = "DejaVu Sans"
VALUE_IDS = ("city", "office", "title", "document_number", "date", "author", "scale", "page")


class TemplateError(KemptenTwinError):
    """A template cannot be used; the message is meant for the user."""


@dataclass
class TitleBlock:
    """What the title block says; city, office and logo come from the settings."""

    title: str
    document_number: str = ""
    author: str = ""
    day: date = field(default_factory=date.today)
    city: str = ""
    office: str = ""
    logo: str = ""

    @classmethod
    def from_settings(cls, settings, title, document_number="", author=None):
        return cls(title=title, document_number=document_number,
                   author=settings.user_name if author is None else author,
                   city=settings.city_name, office=settings.office_name,
                   logo=settings.logo_path)


def captions() -> Dict[str, str]:
    return {"document_number": tr("Document no."), "date": tr("Date"), "author": tr("Drawn by"),
            "scale": tr("Scale"), "page": tr("Sheet"), "legend": tr("Legend")}


def template_path(name: str, folder: str = "") -> str:
    """The city's template of that name when its folder has one, else the plugin's."""
    if folder:
        own = os.path.join(folder, f"{name}.qpt")
        if os.path.isfile(own):
            return own
    return paths.resource("layouts", f"{name}.qpt")


def no_shaping_font(size: float, bold: bool = False) -> QFont:
    """DejaVu Sans without ligatures: "fl" stays two letters in the PDF's text."""
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


class TemplateLayout:
    """A print layout whose every page carries the template's frame and title block."""

    def __init__(self, template: str, title_block: TitleBlock, project=None,
                 folder: str = ""):
        self.project = project or QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.title_block = title_block
        self.path = template_path(template, folder)
        self.document = QDomDocument()
        try:
            with open(self.path, encoding="utf-8") as f:
                content = f.read()
        except OSError as error:
            raise TemplateError(tr("The layout template {path} cannot be read: {reason}")
                                .format(path=self.path, reason=error.strerror)) from error
        if not self.document.setContent(content)[0]:
            raise TemplateError(tr("The layout template {path} is no QGIS layout template.")
                                .format(path=self.path))
        self._context = QgsReadWriteContext()
        items, ok = self.layout.loadFromTemplate(self.document, self._context)
        if not ok:
            raise TemplateError(tr("The layout template {path} is no QGIS layout template.")
                                .format(path=self.path))
        self.layout.setName(title_block.title)
        self.pages: List[Dict[str, object]] = [self._by_id(items)]
        if "kt_content" not in self.pages[0]:
            raise TemplateError(tr("The layout template {path} has no item with the id "
                                   "kt_content (the area the plugin draws into).")
                                .format(path=self.path))
        self.maps: Dict[int, QgsLayoutItemMap] = {}
        self.scales: Dict[int, str] = {}
        self._set_variables()

    @staticmethod
    def _by_id(items) -> Dict[str, object]:
        found = {}
        for item in items:
            item_id = item.id() if hasattr(item, "id") else ""
            if item_id and item_id.startswith("kt_") and item_id not in found:
                found[item_id] = item
        return found

    def _set_variables(self):
        values = self.values()
        for key, value in values.items():
            QgsExpressionContextUtils.setLayoutVariable(self.layout, f"kt_{key}", value)
        for key, value in captions().items():
            QgsExpressionContextUtils.setLayoutVariable(self.layout, f"kt_caption_{key}", value)

    def values(self) -> Dict[str, str]:
        t = self.title_block
        return {"city": t.city, "office": t.office, "title": t.title,
                "document_number": t.document_number or "–", "date": date_text(t.day),
                "author": t.author or "–", "scale": "–"}

    # --- pages ----------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def add_page(self) -> int:
        """A new page with a fresh copy of the template's items; returns its index."""
        from qgis.core import QgsLayoutItemPage

        collection = self.layout.pageCollection()
        first = collection.page(0)
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(first.pageSize())
        collection.addPage(page)
        index = collection.pageCount() - 1
        top = collection.page(index).pos().y()
        items = self.layout.addItemsFromXml(self.document.documentElement(), self.document,
                                            self._context, QPointF(0, top + 1), True)
        self.pages.append(self._by_id(items))
        return index

    def page_top(self, page: int) -> float:
        return self.layout.pageCollection().page(page).pos().y()

    def content(self, page: int = 0):
        """(x, y, width, height) in mm of the page's free area, relative to the page."""
        item = self.pages[page]["kt_content"]
        position = item.positionWithUnits()
        size = item.sizeWithUnits()
        return (position.x(), position.y() - self.page_top(page), size.width(), size.height())

    def item(self, page: int, item_id: str):
        return self.pages[page].get(item_id)

    # --- content helpers --------------------------------------------------------------

    def place(self, item, page: int, x: float, y: float, w: float, h: float):
        """Add ``item`` at (x, y) mm of ``page`` with size (w, h) mm."""
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
        item.attemptResize(QgsLayoutSize(w, h, MM))
        return item

    def label(self, text: str, page: int, x: float, y: float, w: float, h: float,
              size: float = 9.0, bold: bool = False):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        set_label_font(item, no_shaping_font(size, bold))
        return self.place(item, page, x, y, w, h)

    def add_map(self, page: int, layers: Sequence, extent, x: float, y: float, w: float,
                h: float, scale: Optional[float] = None, legend_layers: Optional[Sequence] = None):
        """A map of ``layers`` on ``page``, framed; the page's north arrow, scale bar and
        legend follow it. ``extent`` grows to the item's shape; ``scale``: fixed (1:500)."""
        from qgis.core import QgsLayoutMeasurement, QgsRectangle

        item = QgsLayoutItemMap(self.layout)
        self.place(item, page, x, y, w, h)
        item.setLayers(list(layers))
        item.setKeepLayerSet(True)
        if layers:
            item.setCrs(layers[0].crs())
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
        aspect = w / h
        cx, cy = extent.center().x(), extent.center().y()
        half_w = max(extent.width(), extent.height() * aspect, 1.0) / 2
        item.setExtent(QgsRectangle(cx - half_w, cy - half_w / aspect, cx + half_w,
                                    cy + half_w / aspect))
        item.setScale(scale or nice_scale(item.scale()))
        self.maps[page] = item
        self._legend_layers = getattr(self, "_legend_layers", {})
        self._legend_layers[page] = list(legend_layers if legend_layers is not None else layers)
        return item

    def set_scale_text(self, page: int, text: str) -> None:
        """The scale as the title block states it on a page without a map (a profile)."""
        self.scales[page] = text

    # --- filling ----------------------------------------------------------------------

    def finish(self) -> QgsPrintLayout:
        """Fill every page's title block, link its map aids; returns the layout."""
        values = self.values()
        logo = self.title_block.logo
        total = self.page_count
        for page, items in enumerate(self.pages):
            map_item = self.maps.get(page)
            page_values = dict(values)
            page_values["page"] = tr("{page} of {pages}").format(page=page + 1, pages=total)
            if page in self.scales:
                page_values["scale"] = self.scales[page]
            elif map_item is not None:
                page_values["scale"] = scale_text(map_item.scale())
            for key in VALUE_IDS:
                label = items.get(f"kt_{key}")
                if isinstance(label, QgsLayoutItemLabel):
                    label.setText(page_values[key])
            content = items.get("kt_content")
            if content is not None:
                content.setVisibility(False)
            picture = items.get("kt_logo")
            if isinstance(picture, QgsLayoutItemPicture):
                if logo and os.path.isfile(logo):
                    picture.setPicturePath(logo)
                else:
                    picture.setVisibility(False)
            self._no_ligatures(items)
            self._link_map_aids(page, items, map_item)
        return self.layout

    @staticmethod
    def _no_ligatures(items):
        """A template's fonts as PDF text needs them: no ligatures ("fl" stays two letters;
        a .qpt does not keep a font's shaping strategy)."""
        from qgis.core import QgsLegendStyle

        for item in items.values():
            if isinstance(item, QgsLayoutItemLabel):
                if hasattr(item, "textFormat"):
                    text_format = item.textFormat()
                    font = text_format.font()
                    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
                    text_format.setFont(font)
                    item.setTextFormat(text_format)
                else:
                    font = item.font()
                    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
                    item.setFont(font)
            elif isinstance(item, QgsLayoutItemLegend):
                for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group,
                              QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
                    font = item.style(style).font()
                    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
                    item.rstyle(style).setFont(font)

    def _link_map_aids(self, page, items, map_item):
        north = items.get("kt_north")
        bar = items.get("kt_scalebar")
        legend = items.get("kt_legend")
        for aid in (north, bar, legend):
            if aid is not None and map_item is None:
                aid.setVisibility(False)
        if map_item is None:
            return
        if isinstance(north, QgsLayoutItemPicture):
            north.setLinkedMap(map_item)
        if isinstance(bar, QgsLayoutItemScaleBar):
            width = float(bar.customProperty("kt_width", bar.rect().width()) or 25)
            bar.setLinkedMap(map_item)
            _fit_scalebar(bar, map_item, width)
        if isinstance(legend, QgsLayoutItemLegend):
            if "[%" in legend.title():  # the shipped caption; a legend title is no expression
                legend.setTitle(captions()["legend"])
            legend.setLinkedMap(map_item)
            legend.setAutoUpdateModel(False)
            root = legend.model().rootGroup()
            root.clear()
            for layer in self._legend_layers.get(page, ()):
                root.addLayer(layer)
            legend.setLegendFilterByMapEnabled(True)
            legend.refresh()

    def export_pdf(self, output: str, dpi: int = 150) -> None:
        self.finish()
        export_pdf(self.layout, output, dpi)


NICE_SCALES = (100, 200, 250, 500, 750, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 7500,
               10000, 15000, 20000, 25000, 30000, 40000, 50000, 75000, 100000, 150000,
               200000, 250000, 500000, 1000000)


def nice_scale(denominator: float) -> float:
    """The next round map scale at or above ``denominator`` (1:27 590 → 1:30 000)."""
    for candidate in NICE_SCALES:
        if candidate >= denominator * 0.999:
            return candidate
    return denominator


def _nice_step(limit):
    step = 1.0
    magnitude = 1.0
    while magnitude <= limit:
        for factor in (1, 2, 2.5, 5):
            if magnitude * factor <= limit:
                step = magnitude * factor
        magnitude *= 10
    return step


def _fit_scalebar(bar, map_item, width_mm):
    """Two segments of a round length that fit the template's width (more would crowd
    their numbers in a title block)."""
    from qgis.core import Qgis, QgsScaleBarSettings

    total = max(width_mm - 8, 5) / 1000.0 * max(map_item.scale(), 1.0)  # metres, room for "m"
    step = _nice_step(total / 2)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setUnitsPerSegment(step)
    bar.setNumberOfSegments(max(1, min(2, int(total // step))))
    bar.setNumberOfSegmentsLeft(0)
    modes = getattr(Qgis, "ScaleBarSegmentSizeMode", None)  # QGIS ≥ 3.30
    bar.setSegmentSizeMode(modes.Fixed if modes is not None else
                           QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.update()


def export_pdf(layout, output: str, dpi: int = 150) -> None:
    """The layout as PDF with its text as text (searchable, copyable), not as shapes."""
    from qgis.core import Qgis

    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    text_format = getattr(Qgis, "TextRenderFormat", None)
    settings.textRenderFormat = text_format.AlwaysText if text_format is not None else \
        Qgis.TextRenderFormat.AlwaysText
    result = exporter.exportToPdf(output, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise TemplateError(tr("The PDF {path} could not be written (QGIS error {code}).")
                            .format(path=output, code=result))
