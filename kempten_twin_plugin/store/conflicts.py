"""Resolving sync conflicts: mine, theirs, or an edited value; resolved ones go on the next push.

After a sync the working copy holds the server's value ("theirs"); the conflict record
keeps mine. Resolving writes the chosen value into the working copy with change capture
on, so the next push sends it like any other edit, against the server's current row.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

from ..errors import KemptenTwinError
from ..i18n import tr
from . import defect_steps, working_copy
from . import geometry as gpkg_geometry
from .change_capture import CONFLICT_TABLE
from .schema import CRS_EPSG, TABLES_BY_NAME

RESOLUTIONS = ("mine", "theirs", "edit")


class ConflictError(KemptenTwinError, ValueError):
    pass


def open_conflicts(path: str) -> List[Dict[str, Any]]:
    """Open conflicts as dicts, oldest first."""
    db = working_copy.connect(path)
    try:
        rows = db.execute(
            f"SELECT id, table_name, uuid, kind, column_name, base_value, mine, theirs, "
            f"theirs_by, theirs_at, created_at FROM {CONFLICT_TABLE} WHERE resolution IS NULL "
            "ORDER BY id").fetchall()
        keys = ("id", "table", "uuid", "kind", "column", "base", "mine", "theirs", "by", "at",
                "created_at")
        result = [dict(zip(keys, r)) for r in rows]
        for conflict in result:
            conflict["object_code"] = _object_code(db, conflict["table"], conflict["uuid"])
        return result
    finally:
        db.close()


def _object_code(db, table, uuid):
    names = TABLES_BY_NAME[table].column_names
    label = next((n for n in ("object_code", "defect_number", "name") if n in names), None)
    if label is None:
        return uuid[:8]
    row = db.execute(f'SELECT "{label}" FROM "{table}" WHERE uuid = ?', (uuid,)).fetchone()
    return row[0] if row else uuid[:8]


def refused_changes(path: str) -> List[Dict[str, Any]]:
    """Local changes the server refused, with its reason; they wait for the user."""
    from .change_capture import CHANGE_TABLE
    from .sync_local import DISCARD

    db = working_copy.connect(path)
    try:
        # A duplicate object code waits as a conflict (rename or merge), not in this list.
        rows = db.execute(f"SELECT id, table_name, uuid, op, refused FROM {CHANGE_TABLE} c "
                          "WHERE refused IS NOT NULL AND refused <> ? AND NOT EXISTS (SELECT 1 "
                          f"FROM {CONFLICT_TABLE} k WHERE k.table_name = c.table_name AND "
                          "k.uuid = c.uuid AND k.kind = 'duplicate_code' AND "
                          "k.resolution IS NULL) ORDER BY id", (DISCARD,)).fetchall()
        return [{"id": r[0], "table": r[1], "uuid": r[2], "op": r[3], "reason": r[4],
                 "object_code": _object_code(db, r[1], r[2])} for r in rows]
    finally:
        db.close()


def discard_refused(path: str, change_id: int) -> None:
    """Give a refused local change up: the next sync puts the server's row back."""
    from .change_capture import CHANGE_TABLE
    from .sync_local import DISCARD

    db = working_copy.connect(path)
    try:
        db.execute(f"UPDATE {CHANGE_TABLE} SET refused = ? WHERE id = ? AND refused IS NOT NULL",
                   (DISCARD, change_id))
    finally:
        db.close()


def _local_value(table, column, text):
    if text is None:
        return None
    if column == "geom":
        return gpkg_geometry.make_blob(bytes.fromhex(text), CRS_EPSG, None)
    kind = next(c.type for c in TABLES_BY_NAME[table].columns if c.name == column)
    if kind == "BLOB":
        return bytes.fromhex(text)
    if kind in ("INTEGER", "BOOLEAN"):
        return int(float(text))
    if kind == "REAL":
        return float(text)
    return text


def resolve(path: str, conflict_id: int, resolution: str, value: Optional[str] = None) -> str:
    """Apply ``resolution`` to conflict ``conflict_id``; returns the conflict's kind."""
    if resolution not in RESOLUTIONS:
        raise ConflictError(f"unknown resolution {resolution!r}")
    db = working_copy.connect(path)
    try:
        db.execute("BEGIN IMMEDIATE")
        row = db.execute(f"SELECT table_name, uuid, kind, column_name, mine, resolution "
                         f"FROM {CONFLICT_TABLE} WHERE id = ?", (conflict_id,)).fetchone()
        if row is None or row[5] is not None:
            raise ConflictError(f"conflict {conflict_id} is not open")
        table, uuid, kind, column, mine, _ = row
        if kind == "duplicate_code":
            _resolve_duplicate(db, table, uuid, resolution, value, conflict_id)
        elif table == "defect" and column == "status" and resolution == "theirs":
            # My status steps lost to the server's: they leave the local history.
            defect_steps.forget_unanswered(db, uuid)
        if kind != "duplicate_code" and resolution != "theirs":
            chosen = mine if resolution == "mine" else value
            if kind == "column":
                db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE uuid = ?',
                           (_local_value(table, column, chosen), uuid))
            elif kind == "update_delete" and resolution == "mine":
                _reinsert(db, table, json.loads(mine))
            elif kind == "delete_update" and resolution == "mine":
                db.execute(f'DELETE FROM "{table}" WHERE uuid = ?', (uuid,))
            else:
                raise ConflictError("only a field conflict can take an edited value")
        db.execute(f"UPDATE {CONFLICT_TABLE} SET resolution = ? WHERE id = ?",
                   (resolution, conflict_id))
        db.execute("COMMIT")
        return kind
    except Exception:
        db.execute("ROLLBACK")
        raise
    finally:
        db.close()


# Who points at an object of each network table: (table, column, asset_table or None).
_POINTING_AT = {
    "manhole": (("pipe", "from_manhole", None), ("pipe", "to_manhole", None),
                ("defect", "asset", "manhole"), ("inspection", "asset", "manhole"),
                ("source_record", "asset", "manhole")),
    "pipe": (("gully", "pipe", None), ("lateral", "pipe", None), ("defect", "asset", "pipe"),
             ("inspection", "asset", "pipe"), ("source_record", "asset", "pipe")),
    "gully": (("lateral", "gully", None), ("defect", "asset", "gully"),
              ("source_record", "asset", "gully")),
    "lateral": (("source_record", "asset", "lateral"),),
}


def _resolve_duplicate(db, table, uuid, resolution, value, conflict_id):
    """My new object has a code another desktop gave an object on the server first.
    "edit": rename mine (``value``), and it goes out with the next sync; "theirs": merge
    mine into theirs: whatever pointed at mine points at theirs, and mine goes (it never
    reached the server). Keeping both is not possible: a code names one object."""
    if resolution == "edit":
        code = (value or "").strip()
        if not code:
            raise ConflictError(tr("Enter the new object code."))
        taken = db.execute(f'SELECT 1 FROM "{table}" WHERE object_code = ? AND uuid <> ?',
                           (code, uuid)).fetchone()
        if taken:
            raise ConflictError(tr("The object code {code} is taken here too.").format(code=code))
        db.execute(f'UPDATE "{table}" SET object_code = ? WHERE uuid = ?', (code, uuid))
        return
    if resolution != "theirs":
        raise ConflictError(tr("Two objects cannot share one object code: rename yours, or "
                               "merge it into the existing one."))
    theirs = db.execute(f"SELECT theirs FROM {CONFLICT_TABLE} WHERE id = ?",
                        (conflict_id,)).fetchone()[0]
    for other, column, asset_table in _POINTING_AT.get(table, ()):
        condition = " AND asset_table = ?" if asset_table else ""
        db.execute(f'UPDATE "{other}" SET "{column}" = ? WHERE "{column}" = ?{condition}',
                   (theirs, uuid) + ((asset_table,) if asset_table else ()))
    db.execute(f'DELETE FROM "{table}" WHERE uuid = ?', (uuid,))


def _reinsert(db, table, row):
    names = [n for n in row if row[n] is not None]
    db.execute(f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
               f'VALUES ({", ".join("?" for _ in names)})',
               [_local_value(table, n, row[n]) if n not in ("uuid",) else row[n] for n in names])
