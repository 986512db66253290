"""What a work order lists: the chosen defects with their asset, address, notes and
photos, read from the working copy. The PDF is ``render.work_order``'s, the CSV and
GeoJSON ``io.work_order_files``'."""

import sqlite3
from typing import Any, Dict, Iterable, List, Sequence

from ..core import catalogues as cat
from ..errors import KemptenTwinError
from ..i18n import tr
from . import defects as store

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
