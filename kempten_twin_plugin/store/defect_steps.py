"""Status steps made in this working copy that the server has not written yet.

A status change writes a local history event (``store.write_local_event``) whose uuid is
kept in ``kt_local_event``. The server writes its own event for every step it applies,
and a pull brings it back. A local event counts as answered once a server event of the
same step (from, to) has arrived, matched one to one, oldest first, so a defect that went
the same step twice (reopened and resolved again) is answered twice before both hide.

Plain sqlite3, no QGIS: sync (``sync.engine``) reads the unanswered steps to replay them
on the server one by one, and the history shows them before the sync. Which local events
are answered, and which steps lead where, are ``core.defects.steps``' rules.
"""

from __future__ import annotations

import sqlite3
from typing import List, Optional, Tuple

from ..core.defects.steps import Step, chain, shown
from .change_capture import CHANGE_TABLE

LOCAL_EVENT_TABLE = "kt_local_event"


def has_local_events(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      (LOCAL_EVENT_TABLE,)).fetchone() is not None


def events(db: sqlite3.Connection, defect: str) -> List[Tuple]:
    """[(at, by, from, to, note, unanswered)] of one defect, oldest first."""
    if not has_local_events(db):
        return [(*row, False) for row in db.execute(
            'SELECT at, "by", from_status, to_status, note FROM defect_event '
            "WHERE defect = ? ORDER BY at, fid", (defect,))]
    return [(*row[:5], bool(row[5])) for row in _shown_rows(db, defect)]


def _shown_rows(db, defect):
    rows = db.execute(
        'SELECT e.at, e."by", e.from_status, e.to_status, e.note, '
        f"e.uuid IN (SELECT uuid FROM {LOCAL_EVENT_TABLE}) AS local, e.uuid "
        "FROM defect_event e WHERE e.defect = ? ORDER BY e.at, e.fid", (defect,)).fetchall()
    return shown(rows, lambda r: r[5], lambda r: r[2:4])


def forget_unanswered(db: sqlite3.Connection, defect: str) -> int:
    """The user gave the local changes of ``defect`` up for the server's (a discarded
    refusal, a status conflict resolved with theirs): its unanswered local steps never
    happened, so they leave the history. Inside the caller's transaction; returns how many."""
    if not has_local_events(db):
        return 0
    gone = [(row[6],) for row in _shown_rows(db, defect) if row[5]]
    db.executemany("DELETE FROM defect_event WHERE uuid = ?", gone)
    db.executemany(f"DELETE FROM {LOCAL_EVENT_TABLE} WHERE uuid = ?", gone)
    # The server never had them: no delete of them may go out with a push.
    db.executemany(f"DELETE FROM {CHANGE_TABLE} WHERE table_name = 'defect_event' "
                   "AND uuid = ?", gone)
    return len(gone)


def unsent_steps(db: sqlite3.Connection, defect: str, from_status: Optional[str],
                 to_status: Optional[str]) -> Optional[List[Step]]:
    """The local steps [(from, to, note)] that lead from ``from_status`` (the server's;
    None for a defect the server has not seen: then the first step is its report,
    (None, "gemeldet", note)) to ``to_status`` (the working copy's), oldest first; None
    when the unanswered local history holds no such chain (e.g. the status was typed
    into the attribute table).

    The chain walk is ``core.defects.steps.chain``.
    """
    if from_status == to_status:
        return []
    local = [(e[2], e[3], e[4]) for e in events(db, defect) if e[5]]
    return chain(local, from_status, to_status)
