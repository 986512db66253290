"""How fast do we repair? Figures computed from the defects and their history.

The repair time of a defect is the time from the "gemeldet" event to the following
"behoben" event in ``defect_event``; a reopened defect counts again. Months are those of
the repair, so the figure is true for any period the history covers.

Pure: ``store.defect_statistics`` reads the defects and events, ``render.defect_charts``
draws the charts of ``chart_specs``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import median
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import numpy as np

from ...i18n import decimal
from .. import catalogues as cat
from . import steps
from .model import points_in_polygon

Event = Tuple[bool, str, Optional[str], str]  # (is_local, at, from_status, to_status)
OpenDefect = Tuple[str, str, Optional[str], Optional[str]]  # status, category, due, street
ChartSpec = Tuple[str, Dict, str, Union[str, Callable]]  # title, data, colour, value format


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


def repair_times(events_by_defect: Iterable[Sequence[Event]], since: Optional[str] = None,
                 until: Optional[str] = None) -> List[Tuple[str, float]]:
    """(month of repair, days from gemeldet to behoben) for every repair in the history.

    ``events_by_defect``: for each defect its events (is_local, at, from, to), oldest
    first; the local events the server has answered count once (``steps.shown``).
    ``since`` and ``until`` ("YYYY-MM", both included) limit the months."""
    result = []
    for rows in events_by_defect:
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


def summarise(open_defects: Sequence[OpenDefect], repairs: Iterable[Tuple[str, float]],
              districts: Optional[Sequence[Tuple[str, Sequence]]] = None,
              points: Optional[Sequence[Optional[Tuple[float, float]]]] = None,
              today: Optional[date] = None) -> DefectStatistics:
    """The figures of the open defects (status, category, due date, street) and of the
    ``repairs`` (month, days). ``districts``: [(name, [polygon rings…]), …] or None (then
    by street); with districts, ``points`` gives each open defect's (x, y) or None."""
    stats = DefectStatistics()
    rows = open_defects
    by_status = Counter(r[0] for r in rows)
    stats.open_by_status = {s: by_status[s] for s in cat.DEFECT_STATUSES if by_status[s]}
    by_category = Counter(r[1] for r in rows)
    stats.open_by_category = {c: by_category[c] for c in cat.DEFECT_CATEGORIES if by_category[c]}
    today_text = (today or date.today()).isoformat()
    stats.overdue = sum(1 for r in rows if r[2] and r[2] < today_text)
    if districts:
        points = [p or (np.nan, np.nan) for p in points]
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
        by_street = Counter(r[3] or "(ohne Straße)" for r in rows)
        stats.open_by_district = dict(by_street.most_common(12))
    months = defaultdict(list)
    for month, days in repairs:
        months[month].append(days)
    stats.median_days_by_month = {m: round(median(v), 1) for m, v in sorted(months.items())}
    stats.repairs_by_month = {m: len(v) for m, v in sorted(months.items())}
    return stats


def median_days_text(days: float) -> str:
    """The median repair time beside its bar: German like the chart's title, so "2,5 d"."""
    return f"{decimal(days, 1, separator=',')} d"


def chart_specs(stats: DefectStatistics) -> List[ChartSpec]:
    """(title, data, colour, format) of the four charts, titles in German (print and dock)."""
    return [
        ("Offene Mängel nach Status", stats.open_by_status, "#f08a00", "{:g}"),
        ("Offene Mängel nach Kategorie", stats.open_by_category, "#2f6fad", "{:g}"),
        ("Offene Mängel nach Bezirk / Straße", stats.open_by_district, "#6a4fa0", "{:g}"),
        (f"Median Tage gemeldet → behoben je Monat (überfällig offen: {stats.overdue})",
         stats.median_days_by_month, "#3a9a3a", median_days_text),
    ]
