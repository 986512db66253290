"""Reading and writing defects, their photos and history in the working copy (sqlite3).

Writes go through ``working_copy.connect`` so GDAL's R-tree triggers work and the
working copy's change capture logs every row for sync, exactly as an edit in QGIS would.

The defect history (``defect_event``) is the server's: it writes one event per status
change from ``status``/``status_note``. So that the history and the statistics are true
before the next sync (and in a working copy that never syncs), the client writes the same
event locally with change capture switched off and remembers its uuid in
``kt_local_event``; once the server's own event for that step has been pulled, the local
one is hidden (``history``) rather than shown twice. Several steps between two syncs are
fine: push replays them one by one from these events (``steps``, ``sync.engine``).

The rules (what a report needs, legal steps, due dates) are ``core.defects``'; this module
reads what they judge and writes what they allow.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import sqlite3
import uuid as uuid_module
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..core import catalogues as cat
from ..core.defects import workflow
from ..core.defects.rules import (
    ASSET_TABLES,
    DefectError,
    check_source,
    due_date,
    next_sequence,
    number_prefix,
    numbered,
    sequenced_number,
    validate_report,
)
from ..core.defects.snapping import NearestIndex
from ..core.timestamps import utc_now_text
from ..i18n import tr
from . import defect_steps as steps
from . import geometry as gpkg_geometry
from . import working_copy
from .change_capture import CHANGE_TABLE
from .defect_steps import LOCAL_EVENT_TABLE
from .working_copy import transaction

PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
MAX_PHOTO_BYTES = 20 * 1024 * 1024

Row = Dict[str, Any]
Connection = sqlite3.Connection  # what ``connect`` gives: handed only to store's functions


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def connect(path: str) -> sqlite3.Connection:
    """The working copy at ``path`` for the defect functions of ``store``; refuses a
    missing file with a ``DefectError``."""
    if not os.path.isfile(path):
        raise DefectError(tr("The working copy {path} does not exist.").format(path=path))
    return working_copy.connect(path)


def write_local_event(db: sqlite3.Connection, defect: str, from_status: Optional[str],
                      to_status: str, note: Optional[str], by: str, at: str) -> str:
    """The history entry the server will write too (see the module's note). Call
    ``keep_local_events_out_of_sync`` before the transaction ends."""
    event_uuid = new_uuid()
    db.execute('INSERT INTO defect_event (uuid, version, changed_at, changed_by, defect, at, '
               '"by", from_status, to_status, note) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)',
               (event_uuid, at, by, defect, at, by, from_status, to_status, note))
    db.execute(f"INSERT INTO {LOCAL_EVENT_TABLE} (uuid) VALUES (?)", (event_uuid,))
    return event_uuid


def keep_local_events_out_of_sync(db: sqlite3.Connection) -> None:
    """The server writes the history itself: local events never go out with a push."""
    db.execute(f"DELETE FROM {CHANGE_TABLE} WHERE table_name = 'defect_event' AND uuid IN "
               f"(SELECT uuid FROM {LOCAL_EVENT_TABLE})")


def create_defect(db: sqlite3.Connection, *, photos: Sequence[str] = (), **fields: Any) -> str:
    """A new defect in status "gemeldet" with its first history entry; returns its uuid.

    ``photos``: file paths; each is stored once in ``defect_photo`` with its sha256.
    Fields: asset_table, asset, category, severity, x, y, and optionally description,
    reported_by, source, external_id, note, due_days, reported_at.
    """
    photo_rows = [read_photo(p) for p in photos]  # refuse a bad photo before writing anything
    with transaction(db):
        defect_uuid = insert_defect(db, **fields)
        for row in photo_rows:
            _insert_photo(db, defect_uuid, row, fields.get("reported_by") or "", utc_now_text())
        keep_local_events_out_of_sync(db)
    return defect_uuid


def insert_defect(db: sqlite3.Connection, *, asset_table: str, asset: str, category: str,
                  severity: int, x: float, y: float, description: Optional[str] = "",
                  reported_by: Optional[str] = "", source: str = "staff",
                  external_id: Optional[str] = None, note: Optional[str] = None,
                  due_days: Optional[Dict[int, int]] = None,
                  reported_at: Optional[str] = None, login: Optional[str] = None,
                  numbering: Optional[DefectNumbering] = None) -> str:
    """The INSERT of ``create_defect`` inside the caller's transaction (bulk imports).

    The number continues the yearly sequence of the working copy's login (that of its
    last sync, else ``login``, else ``reported_by``); a bulk import passes one
    ``numbering`` for all its defects."""
    validate_report(category, severity, asset_table, asset)
    check_source(source)
    at = utc_now_text()
    reported_at = reported_at or at
    defect_uuid = new_uuid()
    number = (numbering.next(reported_at[:4], login or reported_by) if numbering is not None
              else next_defect_number(db, reported_at[:4], login or reported_by))
    db.execute(
        "INSERT INTO defect (uuid, version, changed_at, changed_by, defect_number, asset_table, "
        "asset, category, severity, status, status_note, description, reported_at, "
        "reported_by, source, external_id, due_date, geom) "
        "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'gemeldet', ?, ?, ?, ?, ?, ?, ?, ?)",
        (defect_uuid, at, reported_by or "", number, asset_table, asset, category,
         int(severity), note, description or None, reported_at, reported_by or None, source,
         external_id, due_date(reported_at, severity, due_days), gpkg_geometry.point_blob(x, y)))
    write_local_event(db, defect_uuid, None, "gemeldet", note, reported_by or "", at)
    return defect_uuid


def number_login(db: sqlite3.Connection, fallback: Optional[str] = "") -> str:
    """The login whose sequence numbers this working copy's new defects and work orders:
    the server login of its last sync, else ``fallback`` (the user name)."""
    try:
        row = db.execute("SELECT value FROM kt_sync_state WHERE key = 'login'").fetchone()
    except sqlite3.OperationalError:  # never synced: no state table yet
        row = None
    return (row[0] if row and row[0] else fallback) or ""


def next_defect_number(db: sqlite3.Connection, year: str, reported_by: Optional[str] = "") -> str:
    """The login's next defect number of ``year``: "M-2026-huber-0007"."""
    login = number_login(db, reported_by)
    prefix = number_prefix("M", int(year), login)
    return sequenced_number("M", int(year), login, _numbers_after(db, prefix))


class DefectNumbering:
    """Numbers for many defects inserted in one transaction: each login's yearly sequence
    is read from the working copy once and then counted on here. Read anew for every
    defect, an import of 10 000 citizens' reports read all earlier numbers 10 000 times."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._logins: Dict[Optional[str], str] = {}
        self._next: Dict[str, int] = {}

    def next(self, year: str, reported_by: Optional[str] = "") -> str:
        if reported_by not in self._logins:
            self._logins[reported_by] = number_login(self.db, reported_by)
        prefix = number_prefix("M", int(year), self._logins[reported_by])
        if prefix not in self._next:
            self._next[prefix] = next_sequence(_numbers_after(self.db, prefix), prefix)
        sequence = self._next[prefix]
        self._next[prefix] = sequence + 1
        return numbered(prefix, sequence)


def _numbers_after(db: sqlite3.Connection, prefix: str) -> List[str]:
    return [r[0] for r in db.execute(
        "SELECT defect_number FROM defect WHERE substr(defect_number, 1, ?) = ?",
        (len(prefix), prefix))]


def number_of_defect(db: sqlite3.Connection, defect_uuid: str) -> Optional[str]:
    row = db.execute("SELECT defect_number FROM defect WHERE uuid = ?", (defect_uuid,)).fetchone()
    return None if row is None else row[0]


def read_photo(path: str) -> Row:
    """{mime, bytes, sha256} of a JPEG or PNG file; refuses anything else, or over 20 MB."""
    mime = PHOTO_TYPES.get(os.path.splitext(path)[1].lower()) or mimetypes.guess_type(path)[0]
    if mime not in PHOTO_TYPES.values():
        raise DefectError(tr("{name} is not a JPEG or PNG photo.").format(
            name=os.path.basename(path)))
    try:
        size = os.path.getsize(path)
        if size > MAX_PHOTO_BYTES:
            raise DefectError(tr("{name} is larger than 20 MB.").format(
                name=os.path.basename(path)))
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        raise DefectError(tr("{path} cannot be read: {reason}").format(
            path=path, reason=error.strerror)) from error
    return {"mime": mime, "bytes": data, "sha256": hashlib.sha256(data).hexdigest()}


def _insert_photo(db, defect_uuid, photo, by, at):
    exists = db.execute("SELECT 1 FROM defect_photo WHERE defect = ? AND sha256 = ?",
                        (defect_uuid, photo["sha256"])).fetchone()
    if exists:  # the same picture chosen twice is stored once
        return False
    db.execute("INSERT INTO defect_photo (uuid, version, changed_at, changed_by, defect, "
               "taken_at, mime, sha256, bytes) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
               (new_uuid(), at, by, defect_uuid, at, photo["mime"], photo["sha256"],
                photo["bytes"]))
    return True


def add_photos(db: sqlite3.Connection, defect_uuid: str, paths: Sequence[str],
               by: str = "") -> int:
    rows = [read_photo(p) for p in paths]
    with transaction(db):
        added = sum(_insert_photo(db, defect_uuid, r, by, utc_now_text()) for r in rows)
    return added


def photos(db: sqlite3.Connection, defect_uuid: str) -> List[Tuple]:
    """(uuid, mime, sha256, bytes) of a defect's photos, oldest first."""
    return db.execute("SELECT uuid, mime, sha256, bytes FROM defect_photo WHERE defect = ? "
                      "ORDER BY taken_at, fid", (defect_uuid,)).fetchall()


def photo_dates(db: sqlite3.Connection, defect_uuid: str) -> List[Optional[str]]:
    """When each photo of ``photos`` was taken, in the same order."""
    return [r[0] for r in db.execute("SELECT taken_at FROM defect_photo WHERE defect = ? "
                                     "ORDER BY taken_at, fid", (defect_uuid,))]


DEFECT_COLUMNS = ("uuid", "defect_number", "asset_table", "asset", "category", "severity",
                  "status", "description", "reported_at", "reported_by", "source",
                  "external_id", "assigned_to", "due_date", "resolved_at")


def defect(db: sqlite3.Connection, defect_uuid: str) -> Optional[Row]:
    """The columns of ``DEFECT_COLUMNS`` and its ``point`` (x, y), or None."""
    names = ", ".join(f'"{c}"' for c in DEFECT_COLUMNS)
    row = db.execute(f"SELECT {names}, geom FROM defect WHERE uuid = ?", (defect_uuid,)).fetchone()
    if row is None:
        return None
    result = dict(zip(DEFECT_COLUMNS, row))
    result["point"] = gpkg_geometry.point_of(row[-1])
    return result


def defect_by_number(db: sqlite3.Connection, number: str) -> Optional[Row]:
    row = db.execute("SELECT uuid FROM defect WHERE defect_number = ?", (number,)).fetchone()
    return None if row is None else defect(db, row[0])


def uuid_of_number(db: sqlite3.Connection, number: str) -> Optional[str]:
    row = db.execute("SELECT uuid FROM defect WHERE defect_number = ?", (number,)).fetchone()
    return None if row is None else row[0]


def open_defect_uuids(db: sqlite3.Connection) -> List[str]:
    """Every open defect, most urgent first (severity, then due date)."""
    closed = ", ".join(f"'{s}'" for s in cat.CLOSED_STATUSES)
    return [r[0] for r in db.execute(
        f"SELECT uuid FROM defect WHERE status NOT IN ({closed}) ORDER BY severity, due_date")]


def open_defects_of_asset(db: sqlite3.Connection, asset: str) -> List[Row]:
    closed = ", ".join("?" for _ in cat.CLOSED_STATUSES)
    rows = db.execute(f"SELECT uuid FROM defect WHERE asset = ? AND status NOT IN ({closed}) "
                      "ORDER BY reported_at DESC", (asset, *cat.CLOSED_STATUSES)).fetchall()
    return [defect(db, r[0]) for r in rows]


def history(db: sqlite3.Connection, defect_uuid: str) -> List[Tuple]:
    """(at, by, from, to, note) oldest first: the server's events and the local steps it
    has not answered yet (each local step hides once its own server event arrived)."""
    return [e[:5] for e in steps.events(db, defect_uuid)]


def asset_label(db: sqlite3.Connection, asset_table: str, asset: Optional[str]) -> str:
    if asset_table not in ASSET_TABLES or not asset:
        return ""
    row = db.execute(f'SELECT object_code, street FROM "{asset_table}" WHERE uuid = ?',
                     (asset,)).fetchone()
    return "" if row is None else (row[0] or "")


def asset_street(db: sqlite3.Connection, asset_table: str, asset: Optional[str]) -> str:
    if asset_table not in ASSET_TABLES or not asset:
        return ""
    row = db.execute(f'SELECT street FROM "{asset_table}" WHERE uuid = ?', (asset,)).fetchone()
    return "" if row is None or row[0] is None else row[0]


def asset_points(db: sqlite3.Connection, table: str) -> Tuple[List[str], List[float], List[float]]:
    """(uuids, xs, ys) of every asset of ``table`` ("gully", "manhole") with a point."""
    if table not in ASSET_TABLES:
        raise ValueError(f"not an asset table: {table!r}")
    uuids, xs, ys = [], [], []
    for uuid, blob in db.execute(f'SELECT uuid, geom FROM "{table}"'):
        point = gpkg_geometry.point_of(blob)
        if point is not None:
            uuids.append(uuid)
            xs.append(point[0])
            ys.append(point[1])
    return uuids, xs, ys


def nearest_index(db: sqlite3.Connection, table: str = "gully",
                  use_tree: bool = True) -> NearestIndex:
    """The assets of ``table`` in a ``NearestIndex`` (snapping reports to them)."""
    return NearestIndex(*asset_points(db, table), use_tree=use_tree)


# --- status changes ----------------------------------------------------------------------

def _status_rows(db, uuids):
    rows = {}
    for chunk in range(0, len(uuids), 500):
        part = uuids[chunk:chunk + 500]
        marks = ", ".join("?" for _ in part)
        rows.update({r[0]: r[1:] for r in db.execute(
            f"SELECT uuid, status, defect_number FROM defect WHERE uuid IN ({marks})", part)})
    return rows


def change_status(db: sqlite3.Connection, defect_uuids: Iterable[str], to_status: str,
                  note: Optional[str] = "", by: str = "", duplicate_of: Optional[str] = None,
                  assigned_to: Optional[str] = None) -> int:
    """Move every defect of ``defect_uuids`` to ``to_status`` in one transaction.

    All or nothing: one illegal step (``core.defects.workflow``) refuses the whole change
    with a message naming it. Returns the number of defects changed.
    """
    defect_uuids = list(defect_uuids)
    note = workflow.check_target(to_status, note, duplicate_of)
    if to_status == "Duplikat":
        original = defect_by_number(db, duplicate_of.strip())
        note = workflow.duplicate_note(original, duplicate_of, defect_uuids, note)
    uuids = workflow.distinct(defect_uuids)
    rows = _status_rows(db, uuids)
    workflow.check_steps(uuids, rows, to_status)
    at = utc_now_text()
    with transaction(db):
        for u in uuids:
            status = rows[u][0]
            resolved = at if to_status == "behoben" else None
            db.execute("UPDATE defect SET status = ?, status_note = ?, resolved_at = ?, "
                       "assigned_to = coalesce(?, assigned_to), changed_at = ?, changed_by = ? "
                       "WHERE uuid = ?",
                       (to_status, note or None, resolved, assigned_to or None, at, by, u))
            write_local_event(db, u, status, to_status, note or None, by, at)
        keep_local_events_out_of_sync(db)
    return len(uuids)
