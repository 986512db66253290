"""What a work order lists: the chosen defects with their asset, address, notes and
photos, read from the working copy. The PDF is ``render.work_order``'s, the CSV and
GeoJSON ``io.work_order_files``'."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..core import catalogues as cat
from ..core.defects.rules import number_prefix, sequenced_number
from ..core.timestamps import utc_now_text
from ..errors import KemptenTwinError
from ..i18n import tr
from . import defects as store
from .schema import WORK_ORDER_TABLE

ASSET_KINDS = {"gully": "Straßenablauf", "manhole": "Schacht", "pipe": "Haltung"}


class WorkOrderError(KemptenTwinError):
    """Meant for the user."""


def work_order_rows(db: sqlite3.Connection, defect_uuids: Iterable[str]) -> List[Dict[str, Any]]:
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
        kind = ASSET_KINDS.get(d["asset_table"], "")
        rows.append({
            "nr": nr, "uuid": u, "defect_number": d["defect_number"],
            "address": ", ".join(p for p in (street, f"{kind} {code}".strip()) if p),
            "street": street, "asset": f"{kind} {code}".strip(),
            "category": d["category"], "severity": d["severity"],
            "severity_text": f"{d['severity']} {cat.SEVERITIES.get(d['severity'], '')}",
            "status": d["status"], "due_date": d["due_date"] or "",
            "description": d["description"] or "", "notes": "; ".join(notes),
            "point": d["point"], "photos": store.photos(db, u),
            "photo_dates": store.photo_dates(db, u), "reported_at": d["reported_at"] or "",
            "asset_code": code, "asset_kind": kind,
        })
    if not rows:
        raise WorkOrderError(tr("Select at least one defect for the work order."))
    return rows


def uuids_of_numbers(db: sqlite3.Connection, numbers: Sequence[str]) -> List[str]:
    """The defects named by their numbers, in that order; refuses an unknown number."""
    uuids = []
    for number in numbers:
        uuid = store.uuid_of_number(db, number)
        if uuid is None:
            raise WorkOrderError(tr("There is no defect {number}.").format(number=number))
        uuids.append(uuid)
    return uuids


def open_only(db: sqlite3.Connection, defect_uuids: Iterable[str],
              include_closed: bool = False) -> Tuple[List[str], List[str]]:
    """The defects a work order lists: the open ones of ``defect_uuids`` (all of them with
    ``include_closed``); and the numbers of the closed ones left out."""
    kept, left_out = [], []
    for u in dict.fromkeys(defect_uuids):
        d = store.defect(db, u)
        if d is None:
            raise WorkOrderError(tr("The defect {uuid} does not exist (any more).").format(uuid=u))
        if d["status"] in cat.CLOSED_STATUSES and not include_closed:
            left_out.append(d["defect_number"])
        else:
            kept.append(u)
    return kept, left_out


def issue_order_number(db: sqlite3.Connection, rows: Sequence[Dict[str, Any]], crew: str = "",
                       due: Optional[date] = None, login: str = "",
                       day: Optional[date] = None) -> str:
    """The next number of the login's yearly work-order sequence ("AA-2026-huber-007"),
    recorded with its crew, due date and defects in the working copy."""
    day = day or date.today()
    login = store.number_login(db, login)
    prefix = number_prefix("AA", day.year, login)
    with store.transaction(db):
        numbers = [r[0] for r in db.execute(
            f"SELECT number FROM {WORK_ORDER_TABLE} WHERE substr(number, 1, ?) = ?",
            (len(prefix), prefix))]
        number = sequenced_number("AA", day.year, login, numbers, digits=3)
        db.execute(f"INSERT INTO {WORK_ORDER_TABLE} (number, year, login, sequence, crew, "
                   "due_date, created_at, defects) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (number, day.year, login, int(number[len(prefix):]), crew or None,
                    due.isoformat() if due else None, utc_now_text(),
                    json.dumps([r["defect_number"] for r in rows], ensure_ascii=False)))
    return number


def issued_orders(db: sqlite3.Connection) -> List[Tuple]:
    """(number, crew, due_date, created_at, defect numbers) of the orders issued here."""
    return [(n, c, d, at, json.loads(defects)) for n, c, d, at, defects in db.execute(
        f"SELECT number, crew, due_date, created_at, defects FROM {WORK_ORDER_TABLE} "
        "ORDER BY created_at, number")]
