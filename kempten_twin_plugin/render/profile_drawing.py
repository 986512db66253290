"""Draws a Längsschnitt with QPainter, on screen and into PNG, SVG and PDF alike.

One drawing routine for every target, so what the engineer sees is what the file holds.
The station axis runs in flow direction; the height axis is exaggerated to fit. Under the
drawing a data band (Schriftfeld) lists per manhole station, cover level, invert level and
depth, and per pipe DN, length and slope.
"""

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from ..i18n import decimal, tr

GROUND = QColor("#8c6d46")
PIPE_FILL = QColor(64, 128, 200, 90)
PIPE_LINE = QColor("#1f4e8c")
MANHOLE_FILL = QColor("#d9d9d9")
GRID = QColor("#e4e4e4")
TEXT = QColor("#222222")

BAND_ROWS = 8  # manhole, station, cover, invert, depth | DN, length, slope


class ProfileView:
    """Which part of the profile is shown: a station window; heights follow it."""

    def __init__(self, profile):
        self.profile = profile
        self.reset()

    def reset(self):
        margin = max(self.profile.length * 0.02, 1.0)
        self.station_min = -margin
        self.station_max = self.profile.length + margin

    def zoom(self, factor, around_station):
        width = (self.station_max - self.station_min) / factor
        width = min(max(width, 5.0), self.profile.length * 4 + 10)
        left_share = (around_station - self.station_min) / (self.station_max - self.station_min)
        self.station_min = around_station - width * left_share
        self.station_max = self.station_min + width

    def pan(self, delta_station):
        self.station_min += delta_station
        self.station_max += delta_station

    def visible_height_range(self):
        p = self.profile
        values = []
        for m in p.manholes:
            if self.station_min - 1 <= m.station <= self.station_max + 1:
                values += [v for v in (m.cover_level, m.invert_level) if v is not None]
        for pipe in p.pipes:
            if pipe.station_to >= self.station_min and pipe.station_from <= self.station_max:
                values += [v for v in (pipe.invert_from, pipe.invert_to, pipe.crown_from,
                                       pipe.crown_to) if v is not None]
        if not values:
            return p.height_range()
        low, high = min(values), max(values)
        pad = max((high - low) * 0.08, 0.25)
        return low - pad, high + 2.5 * pad  # headroom for the manhole codes


def paint_profile(painter, rect, view):
    """Draw the profile of ``view`` into ``rect`` (device coordinates) with ``painter``."""
    profile = view.profile
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, Qt.GlobalColor.white)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(9, int(rect.height() / 60)))
    painter.setFont(font)
    metrics_h = font.pixelSize() * 1.5
    left = rect.left() + font.pixelSize() * 14
    title_h = metrics_h * 1.6
    band_h = metrics_h * BAND_ROWS
    plot = QRectF(left, rect.top() + title_h, rect.right() - left - font.pixelSize() * 2,
                  rect.height() - title_h - band_h - metrics_h * 2)
    low, high = view.visible_height_range()
    s0, s1 = view.station_min, view.station_max

    def x_of(station):
        return plot.left() + (station - s0) / (s1 - s0) * plot.width()

    def y_of(height):
        return plot.bottom() - (height - low) / (high - low) * plot.height()

    painter.setPen(TEXT)
    title_font = QFont(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    # Vertical exaggeration: how much more a metre of height spans than a metre of length.
    stretch = (plot.height() / max(high - low, 1e-9)) / (plot.width() / max(s1 - s0, 1e-9))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
                     Qt.AlignmentFlag.AlignCenter,
                     tr("Longitudinal profile {title} — {length} m · {n}× exaggerated").format(
                         title=profile.title, length=decimal(profile.length, 1),
                         n=decimal(stretch, 0 if stretch >= 10 else 1)))
    painter.setFont(font)
    _draw_grid(painter, plot, low, high, x_of, y_of, s0, s1, metrics_h)

    painter.save()
    painter.setClipRect(plot)
    _draw_pipes(painter, profile, x_of, y_of)
    _draw_ground(painter, profile, x_of, y_of)
    _draw_manholes(painter, profile, x_of, y_of, plot, font.pixelSize())
    painter.restore()

    band = QRectF(rect.left(), plot.bottom() + metrics_h * 1.6, rect.width(), band_h)
    _draw_band(painter, band, profile, x_of, plot, metrics_h)
    painter.restore()


def _draw_grid(painter, plot, low, high, x_of, y_of, s0, s1, line_h):
    painter.setPen(QPen(GRID, 0))
    step_h = _nice_step((high - low) / 6)
    h = (int(low / step_h) + 1) * step_h
    while h < high:
        y = y_of(h)
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT)
        painter.drawText(QRectF(plot.left() - 200, y - line_h / 2, 195, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         decimal(h, 1))
        h += step_h
    step_s = _nice_step((s1 - s0) / 8)
    s = (int(s0 / step_s)) * step_s
    while s <= s1:
        if s >= s0:
            x = x_of(s)
            painter.setPen(QPen(GRID, 0))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(TEXT)
            painter.drawText(QRectF(x - 60, plot.bottom() + 2, 120, line_h),
                             Qt.AlignmentFlag.AlignHCenter, decimal(s, 0))
        s += step_s
    painter.setPen(QPen(TEXT, 0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    painter.drawText(QRectF(plot.left() - 200, plot.top() - line_h * 1.2, 195, line_h),
                     Qt.AlignmentFlag.AlignRight, tr("m NHN"))


def _nice_step(raw):
    if raw <= 0:
        return 1.0
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 10 ** -len(str(int(1 / raw)))
    for factor in (1, 2, 2.5, 5, 10):
        if magnitude * factor >= raw:
            return magnitude * factor
    return magnitude * 10


def _draw_pipes(painter, profile, x_of, y_of):
    for pipe in profile.pipes:
        if pipe.invert_from is None or pipe.invert_to is None:
            continue
        a, b = x_of(pipe.station_from), x_of(pipe.station_to)
        if pipe.height_m:
            band = QPainterPath(QPointF(a, y_of(pipe.invert_from)))
            band.lineTo(QPointF(b, y_of(pipe.invert_to)))
            band.lineTo(QPointF(b, y_of(pipe.crown_to)))
            band.lineTo(QPointF(a, y_of(pipe.crown_from)))
            band.closeSubpath()
            painter.fillPath(band, QBrush(PIPE_FILL))
            painter.setPen(QPen(PIPE_LINE, 1.0, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(a, y_of(pipe.crown_from)), QPointF(b, y_of(pipe.crown_to)))
        painter.setPen(QPen(PIPE_LINE, 2.0))
        painter.drawLine(QPointF(a, y_of(pipe.invert_from)), QPointF(b, y_of(pipe.invert_to)))


def _draw_ground(painter, profile, x_of, y_of):
    path = None
    for m in profile.manholes:
        if m.cover_level is None:
            continue
        point = QPointF(x_of(m.station), y_of(m.cover_level))
        if path is None:
            path = QPainterPath(point)
        else:
            path.lineTo(point)
    if path is not None:
        painter.setPen(QPen(GROUND, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def _draw_manholes(painter, profile, x_of, y_of, plot, text_px):
    width = max(4.0, min(14.0, plot.width() / max(len(profile.manholes), 1) / 5))
    for m in profile.manholes:
        if m.cover_level is None or m.invert_level is None:
            continue
        x = x_of(m.station)
        top, bottom = y_of(m.cover_level), y_of(m.invert_level)
        painter.setPen(QPen(TEXT, 0.8))
        painter.setBrush(MANHOLE_FILL)
        painter.drawRect(QRectF(x - width / 2, top, width, bottom - top))
        painter.setPen(TEXT)
        painter.save()
        painter.translate(x - text_px * 0.3, top - 4)
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), m.code)
        painter.restore()


def _draw_band(painter, band, profile, x_of, plot, line_h):
    labels = [tr("Manhole"), tr("Station [m]"), tr("Cover level [m NHN]"),
              tr("Invert level [m NHN]"), tr("Depth [m]"), tr("Pipe DN"), tr("Length [m]"),
              tr("Slope [‰]")]
    painter.setPen(QPen(TEXT, 0))
    for row, label in enumerate(labels):
        y = band.top() + row * line_h
        painter.drawLine(QPointF(band.left(), y), QPointF(plot.right(), y))
        painter.drawText(QRectF(band.left() + 2, y, plot.left() - band.left() - 4, line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
    painter.drawLine(QPointF(band.left(), band.bottom()), QPointF(plot.right(), band.bottom()))
    painter.save()
    painter.setClipRect(QRectF(plot.left(), band.top(), plot.width(), band.height()))
    metrics = painter.fontMetrics()
    free_from = -1e9  # manhole columns that would overlap are left out: zoom in to read them
    for m in profile.manholes:
        x = x_of(m.station)
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(x, band.top()), QPointF(x, band.bottom()))
        values = (m.code, decimal(m.station), decimal(m.cover_level),
                  decimal(m.invert_level), decimal(m.depth))
        half = max(metrics.horizontalAdvance(v) for v in values) / 2 + 3
        if x - half < free_from:
            continue
        free_from = x + half
        painter.setPen(TEXT)
        for row, text in enumerate(values):
            painter.drawText(QRectF(x - half, band.top() + row * line_h, 2 * half, line_h),
                             Qt.AlignmentFlag.AlignCenter, text)
    for pipe in profile.pipes:
        a, b = x_of(pipe.station_from), x_of(pipe.station_to)
        values = (str(pipe.dn) if pipe.dn else "–", decimal(pipe.length),
                  decimal(pipe.slope_permille, 1))
        for row, text in enumerate(values, start=5):
            if metrics.horizontalAdvance(text) < (b - a) - 4:  # else: zoom in to read it
                painter.drawText(QRectF(a, band.top() + row * line_h, b - a, line_h),
                                 Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


# --- files ------------------------------------------------------------------------------

def export_profile(profile, path, size=None, h_scale=1000, v_scale=100, settings=None):
    """Write the whole profile to ``path``: .png or .svg (the screen drawing, to fit), or
    .pdf: the printed sheets at the scales ``h_scale`` (lengths) and ``v_scale`` (heights)
    on the A3 layout template, the data band complete (``profile_sheets``)."""
    size = size or QSize(2000, 1000)
    view = ProfileView(profile)
    lower = path.lower()
    if lower.endswith(".png"):
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        paint_profile(painter, QRectF(0, 0, size.width(), size.height()), view)
        painter.end()
        if not image.save(path, "PNG"):
            raise OSError(tr("Cannot write {path}").format(path=path))
    elif lower.endswith(".svg"):
        from qgis.PyQt.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(profile.title)
        painter = QPainter(generator)
        paint_profile(painter, QRectF(0, 0, size.width(), size.height()), view)
        painter.end()
    elif lower.endswith(".pdf"):
        from . import layout_templates, profile_sheets

        try:
            profile_sheets.write_pdf(profile, path, h_scale, v_scale, settings)
        except layout_templates.TemplateError as error:
            raise OSError(str(error)) from error
    else:
        raise ValueError(tr("Unknown file type for a profile: {path} (use .png, .svg or .pdf)")
                         .format(path=path))
    return path

