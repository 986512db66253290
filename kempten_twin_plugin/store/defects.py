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
"""

import hashlib
import mimetypes
import os
import uuid as uuid_module
from datetime import date, datetime, timedelta

from ..core import catalogues as cat
from ..core.timestamps import utc_now_text
from ..errors import KemptenTwinError
from ..i18n import tr
from . import defect_steps as steps
from . import geometry as gpkg_geometry
from . import working_copy
from .change_capture import CHANGE_TABLE
from .defect_steps import LOCAL_EVENT_TABLE

PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
MAX_PHOTO_BYTES = 20 * 1024 * 1024


class DefectError(KemptenTwinError, ValueError):
    """Input the defect functions refuse; the message is meant for the user."""



def new_uuid():
    return str(uuid_module.uuid4())


def connect(path):
    if not os.path.isfile(path):
        raise DefectError(tr("The working copy {path} does not exist.").format(path=path))
    return working_copy.connect(path)


def due_date(reported_at_text, severity, due_days=None):
    days = (due_days or cat.DEFAULT_DUE_DAYS)[int(severity)]
    reported = datetime.fromisoformat(reported_at_text.replace("Z", "+00:00")).date()
    return (reported + timedelta(days=int(days))).isoformat()


def is_overdue(row_status, row_due, today=None):
    today = (today or date.today()).isoformat()
    return row_status not in cat.CLOSED_STATUSES and bool(row_due) and row_due < today


def validate_report(category, severity, asset_table, asset):
    if not category:
        raise DefectError(tr("Choose a category: a defect without a category cannot be "
                             "saved."))
    if category not in cat.DEFECT_CATEGORIES:
        raise DefectError(tr("Unknown category {category}; choose one of the catalogue.").format(
            category=repr(category)))
    if severity not in cat.SEVERITIES:
        raise DefectError(tr("The severity must be 1 (sofort) to 4 (beobachten)."))
    if asset_table not in ("gully", "manhole", "pipe") or not asset:
        raise DefectError(tr("A defect belongs to a gully, a manhole or a pipe; choose one."))


def write_local_event(db, defect, from_status, to_status, note, by, at):
    """The history entry the server will write too (see the module's note). Call
    ``keep_local_events_out_of_sync`` before the transaction ends."""
    event_uuid = new_uuid()
    db.execute('INSERT INTO defect_event (uuid, version, changed_at, changed_by, defect, at, '
               '"by", from_status, to_status, note) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)',
               (event_uuid, at, by, defect, at, by, from_status, to_status, note))
    db.execute(f"INSERT INTO {LOCAL_EVENT_TABLE} (uuid) VALUES (?)", (event_uuid,))
    return event_uuid


def keep_local_events_out_of_sync(db):
    """The server writes the history itself: local events never go out with a push."""
    db.execute(f"DELETE FROM {CHANGE_TABLE} WHERE table_name = 'defect_event' AND uuid IN "
               f"(SELECT uuid FROM {LOCAL_EVENT_TABLE})")


def create_defect(db, *, photos=(), **fields):
    """A new defect in status "gemeldet" with its first history entry; returns its uuid.

    ``photos``: file paths; each is stored once in ``defect_photo`` with its sha256.
    Fields: asset_table, asset, category, severity, x, y, and optionally description,
    reported_by, source, external_id, note, due_days, reported_at.
    """
    photo_rows = [read_photo(p) for p in photos]  # refuse a bad photo before writing anything
    db.execute("BEGIN IMMEDIATE")
    try:
        defect_uuid = insert_defect(db, **fields)
        for row in photo_rows:
            _insert_photo(db, defect_uuid, row, fields.get("reported_by") or "", utc_now_text())
        keep_local_events_out_of_sync(db)
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    return defect_uuid


def number_of(defect_uuid, reported_at):
    """Unique across desktops without asking the server: year and the uuid's start."""
    return f"M-{reported_at[:4]}-{defect_uuid[:8].upper()}"


def insert_defect(db, *, asset_table, asset, category, severity, x, y, description="",
                  reported_by="", source="staff", external_id=None, note=None,
                  due_days=None, reported_at=None):
    """The INSERT of ``create_defect`` inside the caller's transaction (bulk imports)."""
    validate_report(category, severity, asset_table, asset)
    if source not in cat.DEFECT_SOURCES:
        raise DefectError(tr("Unknown source {source}.").format(source=repr(source)))
    at = utc_now_text()
    reported_at = reported_at or at
    defect_uuid = new_uuid()
    number = number_of(defect_uuid, reported_at)
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


def read_photo(path):
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


def add_photos(db, defect_uuid, paths, by=""):
    rows = [read_photo(p) for p in paths]
    db.execute("BEGIN IMMEDIATE")
    try:
        added = sum(_insert_photo(db, defect_uuid, r, by, utc_now_text()) for r in rows)
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    return added


def photos(db, defect_uuid):
    return db.execute("SELECT uuid, mime, sha256, bytes FROM defect_photo WHERE defect = ? "
                      "ORDER BY taken_at, fid", (defect_uuid,)).fetchall()


DEFECT_COLUMNS = ("uuid", "defect_number", "asset_table", "asset", "category", "severity",
                  "status", "description", "reported_at", "reported_by", "source",
                  "external_id", "assigned_to", "due_date", "resolved_at")


def defect(db, defect_uuid):
    names = ", ".join(f'"{c}"' for c in DEFECT_COLUMNS)
    row = db.execute(f"SELECT {names}, geom FROM defect WHERE uuid = ?", (defect_uuid,)).fetchone()
    if row is None:
        return None
    result = dict(zip(DEFECT_COLUMNS, row))
    result["point"] = gpkg_geometry.point_of(row[-1])
    return result


def defect_by_number(db, number):
    row = db.execute("SELECT uuid FROM defect WHERE defect_number = ?", (number,)).fetchone()
    return None if row is None else defect(db, row[0])


def open_defects_of_asset(db, asset):
    closed = ", ".join("?" for _ in cat.CLOSED_STATUSES)
    rows = db.execute(f"SELECT uuid FROM defect WHERE asset = ? AND status NOT IN ({closed}) "
                      "ORDER BY reported_at DESC", (asset, *cat.CLOSED_STATUSES)).fetchall()
    return [defect(db, r[0]) for r in rows]


def history(db, defect_uuid):
    """(at, by, from, to, note) oldest first: the server's events and the local steps it
    has not answered yet (each local step hides once its own server event arrived)."""
    return [e[:5] for e in steps.events(db, defect_uuid)]


def asset_label(db, asset_table, asset):
    if asset_table not in ("gully", "manhole", "pipe") or not asset:
        return ""
    row = db.execute(f'SELECT object_code, street FROM "{asset_table}" WHERE uuid = ?',
                     (asset,)).fetchone()
    return "" if row is None else (row[0] or "")


def asset_street(db, asset_table, asset):
    if asset_table not in ("gully", "manhole", "pipe") or not asset:
        return ""
    row = db.execute(f'SELECT street FROM "{asset_table}" WHERE uuid = ?', (asset,)).fetchone()
    return "" if row is None or row[0] is None else row[0]
