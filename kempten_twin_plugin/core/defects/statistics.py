"""How fast do we repair? Figures computed from the defects and their history.

The repair time of a defect is the time from the "gemeldet" event to the following
"behoben" event in ``defect_event``; a reopened defect counts again. Months are those of
the repair, so the figure is true for any period the history covers.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import median

import numpy as np

from ...i18n import decimal
from ...store import defect_steps as steps
from ...store import defects as store
from ...store import geometry as gpkg_geometry
from .. import catalogues as cat
from .model import points_in_polygon


@dataclass
class DefectStatistics:
    open_by_status: dict = field(default_factory=dict)
    open_by_category: dict = field(default_factory=dict)
    open_by_district: dict = field(default_factory=dict)
    overdue: int = 0
    median_days_by_month: dict = field(default_factory=dict)  # "2026-03" → days
    repairs_by_month: dict = field(default_factory=dict)


def _parse(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def repair_times(db, since=None, until=None):
    """(month of repair, days from gemeldet to behoben) for every repair in the history."""
    local = {r[0] for r in db.execute(f"SELECT uuid FROM {store.LOCAL_EVENT_TABLE}")}
    events = defaultdict(list)
    for uuid, defect, at, from_status, to_status in db.execute(
            "SELECT uuid, defect, at, from_status, to_status FROM defect_event ORDER BY at, fid"):
        events[defect].append((uuid in local, at, from_status, to_status))
    result = []
    for rows in events.values():
        reported = None
        for _is_local, at, _from_status, to_status in steps.shown(
                rows, lambda r: r[0], lambda r: r[2:]):
            if to_status == "gemeldet":
                reported = at
            elif to_status == "behoben" and reported:
                month = at[:7]
                if (since is None or month >= since) and (until is None or month <= until):
                    days = (_parse(at) - _parse(reported)).total_seconds() / 86400.0
                    result.append((month, days))
                reported = None
    return result


def compute(db, districts=None, today=None, since=None, until=None):
    """``districts``: [(name, [polygon rings…]), …] or None (then by street); ``since`` and
    ``until`` ("YYYY-MM", both included) limit the repair-time months."""
    closed = ", ".join(f"'{s}'" for s in cat.CLOSED_STATUSES)
    stats = DefectStatistics()
    rows = db.execute(
        "SELECT d.status, d.category, d.due_date, d.geom, "
        "coalesce(g.street, m.street, p.street) FROM defect d "
        "LEFT JOIN gully g ON d.asset_table = 'gully' AND g.uuid = d.asset "
        "LEFT JOIN manhole m ON d.asset_table = 'manhole' AND m.uuid = d.asset "
        "LEFT JOIN pipe p ON d.asset_table = 'pipe' AND p.uuid = d.asset "
        f"WHERE d.status NOT IN ({closed})").fetchall()
    by_status = Counter(r[0] for r in rows)
    stats.open_by_status = {s: by_status[s] for s in cat.DEFECT_STATUSES if by_status[s]}
    by_category = Counter(r[1] for r in rows)
    stats.open_by_category = {c: by_category[c] for c in cat.DEFECT_CATEGORIES if by_category[c]}
    today_text = (today or date.today()).isoformat()
    stats.overdue = sum(1 for r in rows if r[2] and r[2] < today_text)
    if districts:
        points = [gpkg_geometry.point_of(r[3]) or (np.nan, np.nan) for r in rows]
        xs = np.array([p[0] for p in points])
        ys = np.array([p[1] for p in points])
        counted = np.zeros(len(rows), dtype=bool)
        for name, polygons in districts:
            inside = np.zeros(len(rows), dtype=bool)
            for rings in polygons:
                inside |= points_in_polygon(xs, ys, rings)
            stats.open_by_district[name] = int((inside & ~counted).sum())
            counted |= inside
        if (~counted).sum():
            stats.open_by_district["(außerhalb)"] = int((~counted).sum())
    else:
        by_street = Counter(r[4] or "(ohne Straße)" for r in rows)
        stats.open_by_district = dict(by_street.most_common(12))
    months = defaultdict(list)
    for month, days in repair_times(db, since, until):
        months[month].append(days)
    stats.median_days_by_month = {m: round(median(v), 1) for m, v in sorted(months.items())}
    stats.repairs_by_month = {m: len(v) for m, v in sorted(months.items())}
    return stats


def render_bar_chart(title, data, path=None, width=640, height=480, color="#2f6fad",
                     value_format="{:g}"):
    """A horizontal bar chart as a QImage (saved as PNG when ``path`` is given).

    ``value_format``: a format string or a function giving the text beside each bar."""
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 12, QFont.Weight.Bold))
    painter.drawText(QRectF(10, 5, width - 20, 40),
                     Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, title)
    painter.setFont(QFont("DejaVu Sans", 10))
    items = list(data.items())
    if not items:
        painter.drawText(QRectF(10, 40, width - 20, 30), Qt.AlignmentFlag.AlignLeft, "–")
    else:
        top, label_w = 50, width * 0.38
        bar_h = min(32.0, (height - top - 10) / len(items))
        biggest = max(v for _, v in items) or 1
        for n, (name, value) in enumerate(items):
            y = top + n * bar_h
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(10, y, label_w - 15, bar_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(name))
            length = (width - label_w - 70) * (value / biggest)
            painter.fillRect(QRectF(label_w, y + bar_h * 0.15, length, bar_h * 0.7), QColor(color))
            painter.drawText(QRectF(label_w + length + 5, y, 65, bar_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             value_format(value) if callable(value_format)
                             else value_format.format(value))
    painter.end()
    if path:
        image.save(path, "PNG")
    return image


def median_days_text(days):
    """The median repair time beside its bar: German like the chart's title, so "2,5 d"."""
    return f"{decimal(days, 1, separator=',')} d"


def chart_specs(stats):
    """(title, data, colour, format) of the four charts, titles in German (print and dock)."""
    return [
        ("Offene Mängel nach Status", stats.open_by_status, "#f08a00", "{:g}"),
        ("Offene Mängel nach Kategorie", stats.open_by_category, "#2f6fad", "{:g}"),
        ("Offene Mängel nach Bezirk / Straße", stats.open_by_district, "#6a4fa0", "{:g}"),
        (f"Median Tage gemeldet → behoben je Monat (überfällig offen: {stats.overdue})",
         stats.median_days_by_month, "#3a9a3a", median_days_text),
    ]


def write_charts(stats, folder):
    paths = []
    for n, (title, data, color, fmt) in enumerate(chart_specs(stats)):
        path = f"{folder}/chart-{n}.png"
        render_bar_chart(title, data, path, color=color, value_format=fmt)
        paths.append(path)
    return paths
