"""The rules of a new defect report: what a report needs, its number and its due date.

Pure: plain values in, plain values out (``store.defects`` writes what these allow).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterable, Mapping, Optional

from ...errors import KemptenTwinError
from ...i18n import tr
from .. import catalogues as cat

ASSET_TABLES = ("gully", "manhole", "pipe")


class DefectError(KemptenTwinError, ValueError):
    """Input the defect functions refuse; the message is meant for the user."""


def due_date(reported_at_text: str, severity: int,
             due_days: Optional[Mapping[int, int]] = None) -> str:
    """The ISO date a defect of ``severity`` reported at ``reported_at_text`` is due."""
    days = (due_days or cat.DEFAULT_DUE_DAYS)[int(severity)]
    reported = datetime.fromisoformat(reported_at_text.replace("Z", "+00:00")).date()
    return (reported + timedelta(days=int(days))).isoformat()


def is_overdue(row_status: str, row_due: Optional[str], today: Optional[date] = None) -> bool:
    today_text = (today or date.today()).isoformat()
    return row_status not in cat.CLOSED_STATUSES and bool(row_due) and row_due < today_text


def validate_report(category: Optional[str], severity: object, asset_table: Optional[str],
                    asset: Optional[str]) -> None:
    """Raises ``DefectError`` naming what a report lacks (category, severity, asset)."""
    if not category:
        raise DefectError(tr("Choose a category: a defect without a category cannot be "
                             "saved."))
    if category not in cat.DEFECT_CATEGORIES:
        raise DefectError(tr("Unknown category {category}; choose one of the catalogue.").format(
            category=repr(category)))
    if severity not in cat.SEVERITIES:
        raise DefectError(tr("The severity must be 1 (sofort) to 4 (beobachten)."))
    if asset_table not in ASSET_TABLES or not asset:
        raise DefectError(tr("A defect belongs to a gully, a manhole or a pipe; choose one."))


def check_source(source: str) -> None:
    if source not in cat.DEFECT_SOURCES:
        raise DefectError(tr("Unknown source {source}.").format(source=repr(source)))


def number_of(defect_uuid: str, reported_at: str) -> str:
    """The number of the first plugin versions (year and the uuid's start); kept for the
    numbers already given. New defects are numbered by ``sequenced_number``."""
    return f"M-{reported_at[:4]}-{defect_uuid[:8].upper()}"


def login_tag(login: Optional[str]) -> str:
    """The login as a number shows it: whitespace as "_"; "lokal" without one. The server
    (migration 0006) compares it with the writer's login, so it stays the login as is."""
    return "_".join((login or "").split()) or "lokal"


def number_prefix(kind: str, year: int, login: Optional[str]) -> str:
    """"M-2026-huber-" (defects) or "AA-2026-huber-" (work orders)."""
    return f"{kind}-{int(year):04d}-{login_tag(login)}-"


def next_sequence(numbers: Iterable[str], prefix: str) -> int:
    """1 + the highest running number after ``prefix`` among ``numbers``."""
    highest = 0
    for number in numbers:
        if number and number.startswith(prefix) and number[len(prefix):].isdigit():
            highest = max(highest, int(number[len(prefix):]))
    return highest + 1


def sequenced_number(kind: str, year: int, login: Optional[str], numbers: Iterable[str],
                     digits: int = 4) -> str:
    """The next number of a login's yearly sequence, e.g. "M-2026-huber-0007": readable,
    sequential offline too, and unique across desktops by construction (each login counts
    its own; the server renumbers the rare clash of one login on two desktops)."""
    prefix = number_prefix(kind, year, login)
    return numbered(prefix, next_sequence(numbers, prefix), digits)


def numbered(prefix: str, sequence: int, digits: int = 4) -> str:
    """"M-2026-huber-" and 7 → "M-2026-huber-0007"."""
    return f"{prefix}{sequence:0{digits}d}"
