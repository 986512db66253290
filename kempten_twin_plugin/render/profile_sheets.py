"""The Längsschnitt as engineers print it: chosen scales for lengths and heights (e.g.
1:1 000 / 1:100, ten times exaggerated, stated in the title block), on as many A3 sheets
of the layout template as the length needs, each with its own reference height.

The data band under the drawing is complete on paper: every manhole (code, station,
cover and invert level, depth) and every pipe (DN, material, length, slope) of the sheet,
every row. Manhole values stand upright, as engineers write them; where stations lie
closer than a line of text the columns move apart and a thin leader line points at the
station. Pipe values lie in the pipe's span and turn upright where it is too short. (On
screen, ``profile_drawing`` may thin the band out; on paper nothing is left out.)
"""

from typing import List, Optional

from qgis.core import QgsLayoutItem, QgsLayoutItemRegistry
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPen

from ..core.network.profile import Profile, Sheet, plan_sheets
from ..i18n import decimal, scale_text, tr
from . import layout_templates as templates
from .profile_drawing import GRID, TEXT, _draw_ground, _draw_pipes

LABEL_COLUMN = 44.0  # mm left of the plot: the band's row names, the height axis
TITLE_H = 8.0
AXIS_H = 5.0
TEXT_MM = 2.1  # 6 pt
# (row key, height in mm); manhole rows first.
MANHOLE_ROWS = (("code", 15.0), ("station", 13.0), ("cover", 13.0), ("invert", 13.0),
                ("depth", 9.0))
PIPE_ROWS = (("dn", 9.0), ("material", 15.0), ("length", 11.0), ("slope", 10.0))
ITEM_TYPE = QgsLayoutItemRegistry.ItemType.PluginItem + 0x4B54


def row_titles():
    return {"code": tr("Manhole"), "station": tr("Station [m]"),
            "cover": tr("Cover level [m NHN]"), "invert": tr("Invert level [m NHN]"),
            "depth": tr("Depth [m]"), "dn": tr("Pipe DN"), "material": tr("Material"),
            "length": tr("Length [m]"), "slope": tr("Slope [‰]")}


def band_height() -> float:
    return sum(h for _, h in MANHOLE_ROWS + PIPE_ROWS)


def exaggeration(h_scale: float, v_scale: float) -> float:
    return h_scale / v_scale


def scales_text(h_scale: float, v_scale: float) -> str:
    """"Lengths 1:1 000 / heights 1:100 · 10× exaggerated", in the plugin's language."""
    return tr("Lengths {h} / heights {v} · {n}× exaggerated").format(
        h=scale_text(h_scale), v=scale_text(v_scale),
        n=decimal(exaggeration(h_scale, v_scale), None))


def station_text(station: float) -> str:
    """Station as engineers write it: 0+047,35 (km + m)."""
    km = int(station // 1000)
    return f"{km}+{decimal(station - km * 1000, 2).zfill(6)}"


class ProfileSheetItem(QgsLayoutItem):
    """One sheet of the profile drawn into a layout (vector, text as text in the PDF)."""

    def __init__(self, layout, profile: Profile, sheet: Sheet, number: int, count: int,
                 h_scale: float, v_scale: float):
        super().__init__(layout)
        self.profile, self.sheet = profile, sheet
        self.number, self.count = number, count
        self.h_scale, self.v_scale = h_scale, v_scale

    def type(self):  # QGIS's name
        return ITEM_TYPE

    def draw(self, context):
        render = context.renderContext()
        painter = render.painter()
        if painter is None:
            return
        k = render.scaleFactor()  # device units per mm
        painter.save()
        try:
            draw_sheet(painter, k, self.rect().width(), self.rect().height(), self.profile,
                       self.sheet, self.number, self.count, self.h_scale, self.v_scale)
        finally:
            painter.restore()


def _font(k, size_mm=TEXT_MM, bold=False):
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, int(round(size_mm * k))))
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def draw_sheet(painter, k, width, height, profile, sheet, number, count, h_scale, v_scale):
    """Draw ``sheet`` into a (width × height) mm area at the painter's origin; ``k``:
    device units per mm."""
    band_h = band_height()
    plot_left = LABEL_COLUMN
    plot_top = TITLE_H
    plot_w = width - LABEL_COLUMN - 2
    plot_h = height - TITLE_H - AXIS_H - band_h - 2
    band_top = plot_top + plot_h + AXIS_H
    font = _font(k)
    painter.setFont(font)
    metrics = QFontMetricsF(font)

    def x_of(station):
        return (plot_left + (station - sheet.station_from) * 1000.0 / h_scale) * k

    def y_of(level):
        return (plot_top + plot_h - (level - sheet.datum) * 1000.0 / v_scale) * k

    # Title line.
    painter.setPen(TEXT)
    painter.setFont(_font(k, 3.2, True))
    painter.drawText(QRectF(0, 0, width * k, TITLE_H * k),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     tr("Longitudinal profile {title} — {length} m · sheet {n} of {count} · "
                        "{scales}").format(title=profile.title,
                                           length=decimal(profile.length, 1), n=number,
                                           count=count, scales=scales_text(h_scale, v_scale)))
    painter.setFont(font)
    plot = QRectF(plot_left * k, plot_top * k, plot_w * k, plot_h * k)
    _grid(painter, k, plot, sheet, x_of, y_of, h_scale, v_scale, metrics)
    painter.save()
    painter.setClipRect(plot)
    pipes = Profile([], [profile.pipes[i] for i in sheet.pipes])
    _draw_pipes(painter, pipes, x_of, y_of)
    _draw_ground(painter, Profile([profile.manholes[i] for i in sheet.manholes], []), x_of, y_of)
    for i in sheet.manholes:
        m = profile.manholes[i]
        if m.cover_level is None or m.invert_level is None:
            continue
        x = x_of(m.station)
        w = 1.2 * k
        painter.setPen(QPen(TEXT, 0.15 * k))
        painter.setBrush(QColor("#d9d9d9"))
        painter.drawRect(QRectF(x - w / 2, y_of(m.cover_level), w,
                                y_of(m.invert_level) - y_of(m.cover_level)))
    painter.restore()
    _band(painter, k, sheet, profile, x_of, band_top, plot_left, plot_w, metrics)


def _grid(painter, k, plot, sheet, x_of, y_of, h_scale, v_scale, metrics):
    painter.setPen(QPen(TEXT, 0.25 * k))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    top_level = sheet.datum + plot.height() / k * v_scale / 1000.0
    level = float(int(sheet.datum)) + 1.0
    while level < top_level - 1e-6:
        y = y_of(level)
        painter.setPen(QPen(GRID, 0.1 * k))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT)
        painter.drawText(QRectF(plot.left() - 20 * k, y - 2 * k, 19 * k, 4 * k),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         decimal(level, 2))
        level += 1.0
    painter.drawText(QRectF(0, plot.bottom() + 0.5 * k, plot.left() - 1 * k, 4 * k),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     tr("Datum {level} m NHN").format(level=decimal(sheet.datum, 2)))
    step = 50.0 if h_scale >= 1000 else 10.0
    station = (int(sheet.station_from // step) + 1) * step
    while station < sheet.station_to:
        x = x_of(station)
        painter.setPen(QPen(GRID, 0.1 * k))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(TEXT)
        painter.drawText(QRectF(x - 10 * k, plot.bottom() + 0.5 * k, 20 * k, 4 * k),
                         Qt.AlignmentFlag.AlignHCenter, station_text(station)[:-3])
        station += step


def spread(positions: List[float], gap: float, low: float, high: float) -> List[float]:
    """Positions (ascending) moved apart to at least ``gap``, within [low, high] as far as
    they fit: where text columns stand when their stations lie too close."""
    result: List[float] = []
    for p in positions:
        result.append(max(p, low, result[-1] + gap if result else low))
    for i in range(len(result) - 1, -1, -1):
        limit = high if i == len(result) - 1 else result[i + 1] - gap
        result[i] = min(result[i], limit)
    return [max(r, low) for r in result]


def manhole_values(m):
    return {"code": m.code, "station": station_text(m.station), "cover": decimal(m.cover_level),
            "invert": decimal(m.invert_level), "depth": decimal(m.depth)}


def pipe_values(p):
    return {"dn": str(p.dn) if p.dn else "–", "material": p.material or "–",
            "length": decimal(p.length), "slope": decimal(p.slope_permille, 1)}


def _band(painter, k, sheet, profile, x_of, band_top, plot_left, plot_w, metrics):
    titles = row_titles()
    right = (plot_left + plot_w) * k
    rows = MANHOLE_ROWS + PIPE_ROWS
    tops = {}
    y = band_top
    painter.setPen(QPen(TEXT, 0.2 * k))
    for key, h in rows:
        tops[key] = (y, h)
        painter.drawLine(QPointF(0, y * k), QPointF(right, y * k))
        painter.drawText(QRectF(1 * k, y * k, (plot_left - 2) * k, h * k),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         titles[key])
        y += h
    painter.drawLine(QPointF(0, y * k), QPointF(right, y * k))
    painter.drawLine(QPointF(plot_left * k, band_top * k), QPointF(plot_left * k, y * k))
    line_h = metrics.height()
    # Manholes: upright columns, spread apart where stations lie closer than a line.
    manholes = [profile.manholes[i] for i in sheet.manholes]
    xs = [x_of(m.station) for m in manholes]
    columns = spread(xs, line_h * 1.05, plot_left * k + line_h / 2, right - line_h / 2)
    manhole_bottom = tops["depth"][0] + tops["depth"][1]
    for m, x, column in zip(manholes, xs, columns):
        painter.setPen(QPen(GRID, 0.1 * k))
        painter.drawLine(QPointF(x, band_top * k), QPointF(x, manhole_bottom * k))
        if abs(column - x) > 0.5:
            painter.setPen(QPen(TEXT, 0.1 * k))
            painter.drawLine(QPointF(x, band_top * k), QPointF(column, (band_top + 2.5) * k))
        painter.setPen(TEXT)
        for key, text in manhole_values(m).items():
            top, h = tops[key]
            _upright(painter, text, column, (top + (2.5 if key == "code" else 0.5)) * k,
                     (h - (3.0 if key == "code" else 1.0)) * k, line_h)
    # Pipes: in their span, upright where too short; a mark at each pipe's ends.
    pipes = [profile.pipes[i] for i in sheet.pipes]
    upright_pipes = []
    for p in pipes:
        a = max(x_of(p.station_from), plot_left * k)
        b = min(x_of(p.station_to), right)
        painter.setPen(QPen(GRID, 0.1 * k))
        painter.drawLine(QPointF(x_of(p.station_from), manhole_bottom * k),
                         QPointF(x_of(p.station_from), y * k))
        values = pipe_values(p)
        widest = max(metrics.horizontalAdvance(v) for v in values.values())
        if widest < (b - a) - 0.6 * k:
            painter.setPen(TEXT)
            for key, text in values.items():
                top, h = tops[key]
                painter.drawText(QRectF(a, top * k, b - a, h * k), Qt.AlignmentFlag.AlignCenter,
                                 text)
        else:
            upright_pipes.append((p, (a + b) / 2, values))
    columns = spread([x for _, x, _ in upright_pipes], line_h * 1.05,
                     plot_left * k + line_h / 2, right - line_h / 2)
    for (_pipe, _x, values), column in zip(upright_pipes, columns):
        painter.setPen(TEXT)
        for key, text in values.items():
            top, h = tops[key]
            _upright(painter, text, column, (top + 0.5) * k, (h - 1.0) * k, line_h)


def _upright(painter, text, x, top, height, line_h):
    """``text`` read from below, centred on ``x`` in a row from ``top`` of ``height``."""
    painter.save()
    painter.translate(x + line_h * 0.35, top + height)
    painter.rotate(-90)
    painter.drawText(QRectF(0, -line_h, height, line_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


def sheets_for(profile: Profile, h_scale: float, v_scale: float, content_w: float,
               content_h: float) -> List[Sheet]:
    plot_w = content_w - LABEL_COLUMN - 2
    plot_h = content_h - TITLE_H - AXIS_H - band_height() - 2
    return plan_sheets(profile, plot_w / 1000.0 * h_scale, plot_h / 1000.0 * v_scale,
                       margin_m=3.0 / 1000.0 * h_scale)


def write_pdf(profile: Profile, output: str, h_scale: float = 1000, v_scale: float = 100,
              settings=None, document_number: str = "") -> int:
    """The profile on A3 sheets of the template; returns the number of sheets."""
    document, _items = build_layout(profile, h_scale, v_scale, settings, document_number)
    document.export_pdf(output)
    return document.page_count


def build_layout(profile: Profile, h_scale: float = 1000, v_scale: float = 100,
                 settings=None, document_number: str = "", project=None):
    """(TemplateLayout, sheet items) of the profile."""
    from ..settings import Settings

    if h_scale <= 0 or v_scale <= 0:
        raise ValueError(tr("The scales must be positive (e.g. 1000 and 100)."))
    settings = settings or Settings.load()
    block = templates.TitleBlock.from_settings(
        settings, tr("Longitudinal profile {title}").format(title=profile.title),
        document_number or f"LS {profile.manholes[0].code}–{profile.manholes[-1].code}")
    document = templates.TemplateLayout(templates.A3_LANDSCAPE, block, project,
                                        settings.layout_folder)
    x0, y0, w, h = document.content(0)
    sheets = sheets_for(profile, h_scale, v_scale, w, h)
    items: List[Optional[ProfileSheetItem]] = []
    for n, sheet in enumerate(sheets):
        page = 0 if n == 0 else document.add_page()
        x0, y0, w, h = document.content(page)
        item = ProfileSheetItem(document.layout, profile, sheet, n + 1, len(sheets), h_scale,
                                v_scale)
        document.place(item, page, x0, y0, w, h)
        document.set_scale_text(page, scales_text(h_scale, v_scale))
        items.append(item)
    document.finish()
    return document, items
