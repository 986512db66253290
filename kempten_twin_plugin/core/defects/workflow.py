"""Status changes of defects: only the steps of ``DEFECT_TRANSITIONS`` (the server's rule).

The client mirrors the server so the UI can offer only legal steps and refuse the rest
with the same kind of message; the server enforces the rule again on push. A defect may
take several steps between two syncs (a crew offline all day): each step leaves its local
history event, and push replays the steps one by one so the server checks every one.
"""

from ...i18n import tr
from ...store import defects as store
from ...store.defects import DefectError
from .. import catalogues as cat
from ..timestamps import utc_now_text

# Steps that need a reason: a rejection says why, a duplicate says of which defect.
NOTE_REQUIRED = ("abgelehnt", "Duplikat")


def legal_next(status):
    return tuple(cat.DEFECT_TRANSITIONS.get(status, ()))


def common_next(statuses):
    """Steps legal for every one of ``statuses`` (for a bulk action), in catalogue order."""
    statuses = set(statuses)
    if not statuses:
        return ()
    allowed = set.intersection(*(set(legal_next(s)) for s in statuses))
    return tuple(s for s in cat.DEFECT_STATUSES if s in allowed)


def check_note(to_status, note, duplicate_of=None):
    note = (note or "").strip()
    if to_status == "abgelehnt" and not note:
        raise DefectError(tr("A rejection needs a reason."))
    if to_status == "Duplikat" and not (duplicate_of or "").strip():
        raise DefectError(tr("Name the defect this one duplicates."))
    return note


def change_status(db, defect_uuids, to_status, note="", by="", duplicate_of=None,
                  assigned_to=None):
    """Move every defect of ``defect_uuids`` to ``to_status`` in one transaction.

    All or nothing: one illegal step refuses the whole change with a message naming it.
    Returns the number of defects changed.
    """
    if to_status not in cat.DEFECT_STATUSES:
        raise DefectError(tr("Unknown status {status}.").format(status=repr(to_status)))
    note = check_note(to_status, note, duplicate_of)
    if to_status == "Duplikat":
        original = store.defect_by_number(db, duplicate_of.strip())
        if original is None:
            raise DefectError(tr("There is no defect {number}.").format(
                number=duplicate_of.strip()))
        if original["uuid"] in defect_uuids:
            raise DefectError(tr("A defect cannot be a duplicate of itself."))
        note = f"Duplikat von {original['defect_number']}" + (f": {note}" if note else "")
    uuids = list(dict.fromkeys(defect_uuids))
    if not uuids:
        raise DefectError(tr("Select at least one defect."))
    rows = {}
    for chunk in range(0, len(uuids), 500):
        part = uuids[chunk:chunk + 500]
        marks = ", ".join("?" for _ in part)
        rows.update({r[0]: r[1:] for r in db.execute(
            f"SELECT uuid, status, defect_number FROM defect WHERE uuid IN ({marks})", part)})
    for u in uuids:
        if u not in rows:
            raise DefectError(tr("The defect {uuid} does not exist (any more).").format(uuid=u))
        status, number = rows[u]
        if to_status not in legal_next(status):
            allowed = ", ".join(legal_next(status)) or "–"
            raise DefectError(tr('Illegal status change of {number} from "{old}" to "{new}" '
                                 '(allowed: {allowed}).').format(
                number=number, old=status, new=to_status, allowed=allowed))
    at = utc_now_text()
    db.execute("BEGIN IMMEDIATE")
    try:
        for u in uuids:
            status = rows[u][0]
            resolved = at if to_status == "behoben" else None
            db.execute("UPDATE defect SET status = ?, status_note = ?, resolved_at = ?, "
                       "assigned_to = coalesce(?, assigned_to), changed_at = ?, changed_by = ? "
                       "WHERE uuid = ?",
                       (to_status, note or None, resolved, assigned_to or None, at, by, u))
            store.write_local_event(db, u, status, to_status, note or None, by, at)
        store.keep_local_events_out_of_sync(db)
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    return len(uuids)

