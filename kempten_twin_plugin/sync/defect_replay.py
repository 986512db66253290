"""Defects walk their workflow on the server step by step, as they did here.

The server's workflow trigger checks every status change and writes one history event
for it. A defect made offline may have moved on already, and one may take several steps
between two syncs (a crew offline all day): push replays the local steps one UPDATE each,
with each step's note, so the server checks every step and its history tells the truth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, List, Optional, Sequence, Tuple

from ..core import catalogues
from ..store import defect_steps
from ..store import sync_server as server

if TYPE_CHECKING:
    import sqlite3

    import psycopg2.extensions

    from ..store.sync_local import Change

Step = Tuple[Optional[str], str, Optional[str]]  # (from, to, note)
SAME = object()  # a step of a walk that leaves status_note as it is
WalkStep = Tuple[str, object]  # (to, note or SAME)


def steps_finder(db: sqlite3.Connection, change: Change
                 ) -> Optional[Callable[[Optional[str], str], Optional[List[Step]]]]:
    """For a defect: ``steps(before, now)``, the status steps it took here from ``before``
    (None: from its report) to ``now``, read from the local history; None there when no
    chain of local steps leads there (e.g. the status was typed into the attribute
    table): then an update sends the latest status alone, as any column, and the server
    judges it; an insert walks the legal path."""
    _change_id, table_name, uuid, op, _base, _base_version = change
    if table_name != "defect" or op == "D":
        return None
    return lambda before, now: defect_steps.unsent_steps(db, uuid, before, now)


def new_defect_walk(params: list, names: Sequence[str], steps: Optional[List[Step]]
                    ) -> Tuple[List[WalkStep], Optional[str], Optional[str]]:
    """A defect made offline is inserted as "gemeldet" and walks on: through its local
    steps with their notes when the local history has them (``steps``, from its report
    on), else along the legal path. Sets ``params`` for the INSERT; returns (walk, the note
    inserted, the row's own note)."""
    status_at, note_at = names.index("status"), names.index("status_note")
    status, final_note = params[status_at], params[note_at]
    params[status_at] = "gemeldet"
    if steps and steps[0][:2] == (None, "gemeldet"):
        params[note_at] = steps[0][2]  # the report's note goes with the report's event
        walk = [(to_status, note) for _from, to_status, note in steps[1:]]
    else:
        walk = [(step, SAME) for step in catalogues.path_to_status(status)[1:]]
    return walk, params[note_at], final_note


def walk(cursor: psycopg2.extensions.cursor, schema: str, uuid: str, steps: Sequence[WalkStep],
         note: Optional[str], final_note: Optional[str]) -> int:
    """The UPDATEs of ``new_defect_walk`` after the INSERT; returns how many were made."""
    count = 0
    for status, step_note in steps:
        if step_note is SAME:
            server.set_defect_status(cursor, schema, uuid, status)
        else:
            server.set_defect_status(cursor, schema, uuid, status, step_note, with_note=True)
            note = step_note
        count += 1
    if note != final_note:  # the row's own note, once the history has each step's
        server.set_defect_note(cursor, schema, uuid, final_note)
        count += 1
    return count


def replay(cursor: psycopg2.extensions.cursor, schema: str, uuid: str, steps: List[Step],
           send: Sequence[Tuple[str, str, Any]], server_note: Optional[str]) -> int:
    """Several status steps since the last sync: one UPDATE per step, so the server's
    workflow trigger checks each and writes one history event with that step's note.

    ``send``: [(name, kind, value)] the column merge chose to send (status among them);
    they go with the last step. Runs inside the change's savepoint: a step the server
    refuses refuses the whole change (no step stays half applied). The note the merge
    chose (mine, or the server's when it kept the server's) is set back after the last
    step. Returns the row's new version."""
    for _from_status, to_status, note in steps[:-1]:
        server.set_defect_status(cursor, schema, uuid, to_status, note, with_note=True)
    last_note = steps[-1][2]
    final = {name: (kind, value) for name, kind, value in send}
    merged_note = final.pop("status_note", (None, server_note))[1]
    final["status_note"] = ("TEXT", last_note)
    version = server.update(cursor, schema, "defect",
                            [(name, kind) for name, (kind, _v) in final.items()],
                            [value for _kind, value in final.values()], uuid)
    if merged_note != last_note:  # no status change: no event, only the note goes back
        version = server.set_defect_note(cursor, schema, uuid, merged_note)
    return version
