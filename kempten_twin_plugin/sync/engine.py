"""Sync the local working copy with the central server, losing no edit (DESIGN.md §5).

One sync = push, then pull.

Push sends every pending local change with the values it was made from. The server
applies the batch in one transaction: a row whose version did not move is simply
updated; otherwise columns are merged one by one (a column only I changed takes my
value, a column only the server changed keeps its value, a column both changed
differently becomes a conflict record and keeps the server's value). Inserts are
idempotent by uuid. The batch id is recorded on the server in the same transaction, so a
retry after a lost acknowledgement applies nothing twice. The local log is cleared only
after the server confirmed, and only for rows not edited again meanwhile.

Pull asks for ``change_seq > last seen`` (rows and tombstones) in one snapshot and writes
them into the working copy in one SQLite transaction, with capture switched off; rows
with pending local changes are rebased (my changed columns kept), never overwritten.
"""

import json
import os
import struct
import uuid as uuid_module

import numpy
import psycopg2
import psycopg2.errors

from ..core import catalogues
from ..core.timestamps import utc_now_text
from ..errors import Cancelled, KemptenTwinError
from ..store import change_capture, working_copy
from ..store import defect_steps as defect_steps
from ..store import geometry as gpkg_geometry
from ..store import rtree as gpkg_rtree
from ..store.change_capture import CHANGE_TABLE, CONFLICT_TABLE, STATE_TABLE
from ..store.schema import TABLES_BY_NAME
from . import values

# Parents before children, so that foreign keys hold at every step of a push.
PUSH_ORDER = ("manhole", "pipe", "gully", "lateral", "planned_project", "planned_building",
              "participation_comment", "defect", "defect_event", "defect_photo", "inspection",
              "observation", "source_record")
# The server writes these itself (history of the defect workflow); clients only read them.
SERVER_OWNED = ("defect_event",)


class SyncError(KemptenTwinError):
    """Sync cannot go on; the message is meant for the user. Nothing local was lost."""



def _columns(table):
    """(name, kind) of every synced column, geometry last as 'GEOM'."""
    cols = [(c.name, c.type) for c in table.columns]
    if table.geometry_type:
        cols.append(("geom", "GEOM"))
    return cols


class WorkingCopy:
    """The sqlite3 side of sync."""

    def __init__(self, path):
        self.path = path
        self.db = working_copy.connect(path)

    def close(self):
        self.db.close()

    def state(self, key, default=None):
        row = self.db.execute(f"SELECT value FROM {STATE_TABLE} WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_state(self, key, value):
        if value is None:
            self.db.execute(f"DELETE FROM {STATE_TABLE} WHERE key = ?", (key,))
        else:
            self.db.execute(f"INSERT INTO {STATE_TABLE} (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def row(self, table, uuid):
        names = ", ".join(f'"{n}"' for n, _ in _columns(table))
        return self.db.execute(f'SELECT {names} FROM "{table.name}" WHERE uuid = ?',
                               (uuid,)).fetchone()

    def pending(self):
        return self.db.execute(
            f"SELECT id, table_name, uuid, op, base, base_version FROM {CHANGE_TABLE} "
            "WHERE refused IS NULL ORDER BY id").fetchall()

    def enqueue_everything(self):
        """A working copy that never synced: everything in it is new to the server.

        Its defect history goes: the server writes the history anew as the defects walk
        their workflow, and the next pull brings it back.
        """
        self.set_state("capture", "0")
        self.db.execute('DELETE FROM "defect_event"')
        self.set_state("capture", "1")
        for name in PUSH_ORDER:
            if name in SERVER_OWNED:
                continue
            self.db.execute(
                f"INSERT OR IGNORE INTO {CHANGE_TABLE} (table_name, uuid, op, at) "
                f"SELECT ?, uuid, 'I', ? FROM \"{name}\"", (name, utc_now_text()))


# --- push ---------------------------------------------------------------------------

DISCARD = "__discard__"  # kt_change.refused value: the user gave this local change up


def discard_changes(wc, connection, schema):
    """Rows whose refused change the user discarded get the server's state back."""
    entries = wc.db.execute(f"SELECT id, table_name, uuid FROM {CHANGE_TABLE} WHERE refused = ?",
                            (DISCARD,)).fetchall()
    if not entries:
        return 0
    cursor = connection.cursor()
    fetched = []
    for change_id, table_name, uuid in entries:
        server = _server_row(cursor, schema, TABLES_BY_NAME[table_name], uuid, lock=False)
        fetched.append((change_id, table_name, uuid, server[0] if server else None))
    connection.rollback()
    wc.db.execute("BEGIN IMMEDIATE")
    try:
        wc.set_state("capture", "0")
        for change_id, table_name, uuid, row in fetched:
            table = TABLES_BY_NAME[table_name]
            wc.db.execute(f'DELETE FROM "{table_name}" WHERE uuid = ?', (uuid,))
            if table_name == "defect":
                defect_steps.forget_unanswered(wc.db, uuid)
            if row is not None:
                names = ", ".join(f'"{n}"' for n, _ in _columns(table))
                marks = ", ".join("?" for _ in row)
                wc.db.execute(f'INSERT INTO "{table_name}" ({names}) VALUES ({marks})', row)
            wc.db.execute(f"DELETE FROM {CHANGE_TABLE} WHERE id = ?", (change_id,))
        wc.set_state("capture", "1")
        wc.db.execute("COMMIT")
    except Exception:
        wc.db.execute("ROLLBACK")
        raise
    return len(fetched)

def _server_row(cursor, schema, table, uuid, lock=True):
    cursor.execute(f'SELECT {values.server_select(table)}, t.version, t.changed_by, '
                   f"to_char(t.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                   f'FROM {schema}."{table.name}" t WHERE t.uuid = %s'
                   + (" FOR UPDATE" if lock else ""), (uuid,))
    record = cursor.fetchone()
    if record is None:
        return None
    n = len(table.columns) + (5 if table.geometry_type else 0)
    row = values.local_row_from_server(table, record[:n])
    version, by, at = record[n:n + 3]
    return row, version, by, at


def _canon(kind, value):
    return values.canonical(kind, value)


def _apply_change(cursor, schema, change, local_row, result, steps_of=None):
    """Apply one change inside the caller's savepoint; returns the server's new version.

    ``steps_of``: for a defect update, how to find its local status steps since the base
    (``_defect_steps``); two or more steps are replayed one UPDATE each (``_replay_steps``).
    """
    change_id, table_name, uuid, op, base_json, base_version = change
    table = TABLES_BY_NAME[table_name]
    cols = _columns(table)
    base = json.loads(base_json) if base_json else None

    def conflict(kind, column=None, column_kind=None, mine=None, theirs=None, base_value=None,
                 by=None, at=None):
        result["conflicts"].append({
            "change": change_id, "table": table_name, "uuid": uuid, "kind": kind,
            "column": column, "base": base_value, "mine": mine, "theirs": theirs,
            "by": by, "at": at})

    if op == "I":
        if local_row is None:
            return None
        names = ", ".join(f'"{n}"' for n, _ in cols)
        marks = ", ".join("ST_GeomFromWKB(%s, 25832)" if k == "GEOM" else "%s" for _, k in cols)
        params = [values.server_parameter(k, v) for (_, k), v in zip(cols, local_row)]
        walk = ([], None, None)
        if table_name == "defect":
            steps = steps_of(None, local_row[[n for n, _ in cols].index("status")]) \
                if steps_of is not None else None
            walk = _new_defect_walk(params, [n for n, _ in cols], steps)
        cursor.execute(f'INSERT INTO {schema}."{table_name}" ({names}) VALUES ({marks}) '
                       "ON CONFLICT (uuid) DO NOTHING", params)
        if cursor.rowcount == 1:
            return 1 + _walk(cursor, schema, uuid, *walk)
        # The server has this uuid already: what differs is a conflict, nothing is lost.
        server = _server_row(cursor, schema, table, uuid)
        row, _version, by, at = server
        for (name, kind), mine, theirs in zip(cols, local_row, row):
            if name in ("version", "changed_at", "changed_by"):
                continue
            if _canon(kind, mine) != _canon(kind, theirs):
                conflict("column", name, kind, _canon(kind, mine), _canon(kind, theirs),
                         None, by, at)
        return server[1]

    server = _server_row(cursor, schema, table, uuid)
    if op == "D":
        if server is None:
            return None  # deleted on both sides
        row, version, by, at = server
        if version == base_version:
            cursor.execute(f'DELETE FROM {schema}."{table_name}" WHERE uuid = %s', (uuid,))
            return None
        conflict("delete_update", mine=None,
                 theirs=json.dumps({n: _canon(k, v) for (n, k), v in zip(cols, row)}),
                 by=by, at=at)
        return version

    # op == "U"
    if local_row is None:
        return None
    if server is None:
        cursor.execute(f"SELECT deleted_by, to_char(deleted_at AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM "
                       f"{schema}.tombstone WHERE table_name = %s AND uuid = %s",
                       (table_name, uuid))
        by, at = cursor.fetchone() or (None, None)
        conflict("update_delete",
                 mine=json.dumps({n: _canon(k, v) for (n, k), v in zip(cols, local_row)}),
                 theirs=None, by=by, at=at)
        return None
    row, version, by, at = server
    if base is None:
        # Sent before, edited again while the answer travelled: the server's row is the base.
        base = {n: (v.hex().upper() if isinstance(v, (bytes, bytearray)) else v)
                for (n, _), v in zip(cols, row)}
        base_version = version
    assignments, params = [], []
    for (name, kind), mine, theirs in zip(cols, local_row, row):
        if name in ("uuid", "version", "changed_at", "changed_by"):
            continue
        before = values.canonical(kind, base.get(name), from_json=kind in ("GEOM", "BLOB"))
        if _canon(kind, mine) == before:
            continue  # I did not change this column
        if version != base_version and _canon(kind, theirs) != before:
            if _canon(kind, theirs) != _canon(kind, mine):
                conflict("column", name, kind, _canon(kind, mine), _canon(kind, theirs),
                         before, by, at)
            continue  # the server's value stays
        assignments.append(f'"{name}" = ' + ("ST_GeomFromWKB(%s, 25832)" if kind == "GEOM"
                                             else "%s"))
        params.append(values.server_parameter(kind, mine))
    if steps_of is not None and '"status" = %s' in assignments:
        # My status goes through (the server's is still the base's): step by step.
        names = [n for n, _ in cols]
        at_status, at_note = names.index("status"), names.index("status_note")
        steps = steps_of(base.get("status"), local_row[at_status])
        if steps and len(steps) > 1 and steps[0][0] == row[at_status]:
            return _replay_steps(cursor, schema, uuid, steps, assignments, params,
                                 row[at_note])
    if assignments:
        cursor.execute(f'UPDATE {schema}."{table_name}" SET {", ".join(assignments)} '
                       "WHERE uuid = %s RETURNING version", params + [uuid])
        version = cursor.fetchone()[0]
    return version


_SAME = object()  # a step of a walk that leaves status_note as it is


def _new_defect_walk(params, names, steps):
    """A defect made offline may have moved on already; the server wants every step of the
    workflow, so it is inserted as "gemeldet" and walks on: through its local steps with
    their notes when the local history has them (``steps``, from its report on), else
    along the legal path. Sets ``params`` for the INSERT; returns (walk, the note inserted,
    the row's own note)."""
    status_at, note_at = names.index("status"), names.index("status_note")
    status, final_note = params[status_at], params[note_at]
    params[status_at] = "gemeldet"
    if steps and steps[0][:2] == (None, "gemeldet"):
        params[note_at] = steps[0][2]  # the report's note goes with the report's event
        walk = [(to_status, note) for _from, to_status, note in steps[1:]]
    else:
        walk = [(step, _SAME) for step in catalogues.path_to_status(status)[1:]]
    return walk, params[note_at], final_note


def _walk(cursor, schema, uuid, walk, note, final_note):
    """The UPDATEs of ``_new_defect_walk`` after the INSERT; returns how many were made."""
    count = 0
    for status, step_note in walk:
        if step_note is _SAME:
            cursor.execute(f"UPDATE {schema}.defect SET status = %s WHERE uuid = %s",
                           (status, uuid))
        else:
            cursor.execute(f"UPDATE {schema}.defect SET status = %s, status_note = %s "
                           "WHERE uuid = %s", (status, step_note, uuid))
            note = step_note
        count += 1
    if note != final_note:  # the row's own note, once the history has each step's
        cursor.execute(f"UPDATE {schema}.defect SET status_note = %s WHERE uuid = %s",
                       (final_note, uuid))
        count += 1
    return count


def _defect_steps(wc, change):
    """For a defect: ``steps(before, now)``, the status steps [(from, to, note)] it took
    here from ``before`` (None: from its report) to ``now``, read from the local history;
    None there when no chain of local steps leads there (e.g. the status was typed into
    the attribute table): then an update sends the latest status alone, as any column,
    and the server judges it; an insert walks the legal path."""
    _change_id, table_name, uuid, op, _base, _base_version = change
    if table_name != "defect" or op == "D":
        return None
    return lambda before, now: defect_steps.unsent_steps(wc.db, uuid, before, now)


def _replay_steps(cursor, schema, uuid, steps, assignments, params, server_note):
    """Several status steps since the last sync: one UPDATE per step, so the server's
    workflow trigger checks each and writes one history event with that step's note.

    The other merged columns go with the last step. Runs inside the change's savepoint:
    a step the server refuses refuses the whole change (no step stays half applied).
    A base version that moved is not a matter here: ``_apply_change`` replays only when
    the server's status is still the first step's start, and keeps the column merge's
    decisions for every other column, ``status_note`` included (set back after the last
    step when the merge kept the server's note).
    """
    for _from_status, to_status, note in steps[:-1]:
        cursor.execute(f"UPDATE {schema}.defect SET status = %s, status_note = %s "
                       "WHERE uuid = %s", (to_status, note, uuid))
    last_note = steps[-1][2]
    final = dict(zip(assignments, params))
    # The note the column merge chose: mine when it took mine, else the server's.
    merged_note = final.pop('"status_note" = %s', server_note)
    final['"status_note" = %s'] = last_note
    cursor.execute(f'UPDATE {schema}.defect SET {", ".join(final)} '
                   "WHERE uuid = %s RETURNING version", list(final.values()) + [uuid])
    version = cursor.fetchone()[0]
    if merged_note != last_note:  # no status change: no event, only the note goes back
        cursor.execute(f"UPDATE {schema}.defect SET status_note = %s WHERE uuid = %s "
                       "RETURNING version", (merged_note, uuid))
        version = cursor.fetchone()[0]
    return version


_REFUSALS = (psycopg2.errors.InsufficientPrivilege, psycopg2.errors.CheckViolation,
             psycopg2.errors.ForeignKeyViolation, psycopg2.errors.NotNullViolation,
             psycopg2.errors.UniqueViolation, psycopg2.errors.RaiseException,
             psycopg2.errors.InvalidTextRepresentation, psycopg2.errors.DatetimeFieldOverflow,
             psycopg2.errors.InvalidDatetimeFormat, psycopg2.errors.NumericValueOutOfRange)


def push(wc, connection, schema, progress=None, is_canceled=None, before_commit=None,
         after_commit=None, during=None):
    """Send pending changes as one batch; returns (applied, conflicts, refused) counts."""
    recovered = _recover_batch(wc, connection, schema)
    changes = wc.pending()
    order = {name: i for i, name in enumerate(PUSH_ORDER)}
    # Inserts and updates parents first; deletes children first.
    changes.sort(key=lambda c: (c[3] == "D", order[c[1]] * (-1 if c[3] == "D" else 1), c[0]))
    if not changes:
        return recovered
    batch_id = str(uuid_module.uuid4())
    # How often each row was edited when sent: a higher count later means "edited again".
    snapshot = dict(wc.db.execute(f"SELECT id, edits FROM {CHANGE_TABLE} WHERE refused IS NULL"))
    # Remember the batch before sending it, so a lost answer can be recovered.
    wc.db.execute("BEGIN IMMEDIATE")
    wc.set_state("pending_batch", json.dumps({"id": batch_id, "edit_counts": snapshot}))
    wc.db.execute("COMMIT")
    result = {"applied": [], "conflicts": [], "refused": {}, "versions": {}}
    with connection:
        cursor = connection.cursor()
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        done = 0
        for group in _groups(changes):
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            if progress is not None:
                progress(100.0 * done / len(changes))
            done += len(group)
            if during is not None:
                during(done)  # fault injection in tests: the line drops in mid-batch
            if len(group) > 1 and _bulk_insert(wc, cursor, schema, group, result):
                continue
            for change in group:
                _push_one(wc, cursor, schema, change, result)
        cursor.execute(f"INSERT INTO {schema}.sync_batch (batch_id, result) VALUES (%s, %s)",
                       (batch_id, json.dumps(result)))
        if before_commit is not None:
            before_commit()  # fault injection in tests: the line drops before the commit
    if after_commit is not None:
        after_commit()  # fault injection in tests: applied on the server, answer lost
    return _settle(wc, batch_id, snapshot, result)


def _push_one(wc, cursor, schema, change, result):
    if change[1] in SERVER_OWNED:
        result["refused"][change[0]] = "The defect history is written by the server."
        return
    local_row = wc.row(TABLES_BY_NAME[change[1]], change[2])
    steps_of = _defect_steps(wc, change)
    cursor.execute("SAVEPOINT change")
    try:
        version = _apply_change(cursor, schema, change, local_row, result, steps_of)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # check this row's references now
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute("RELEASE SAVEPOINT change")
        result["applied"].append(change[0])
        result["versions"][change[0]] = version
    except _REFUSALS as error:
        cursor.execute("ROLLBACK TO SAVEPOINT change")
        result["refused"][change[0]] = (error.diag.message_primary or str(error)).strip()


BULK = 2000


def _groups(changes):
    """Runs of inserts into one table (sent in bulk), every other change alone."""
    group = []
    for change in changes:
        bulk = change[3] == "I" and change[1] not in SERVER_OWNED
        if group and bulk and group[-1][1] == change[1] and len(group) < BULK:
            group.append(change)
            continue
        if group:
            yield group
        group = [change]
        if not bulk:
            yield group
            group = []
    if group:
        yield group


def _bulk_insert(wc, cursor, schema, group, result):
    """Insert a run of new rows with one statement; False sends them one by one instead."""
    from psycopg2.extras import execute_values

    table_name = group[0][1]
    table = TABLES_BY_NAME[table_name]
    cols = _columns(table)
    names = [n for n, _ in cols]
    quoted = ", ".join(f'"{n}"' for n in names)
    rows = {}
    for change in group:
        row = wc.row(table, change[2])
        if row is None:
            return False
        rows[change[2]] = [values.server_parameter(k, v) for (_, k), v in zip(cols, row)]
    walks = {}
    if table_name == "defect":
        status_at = names.index("status")
        for uuid, params in rows.items():
            steps = defect_steps.unsent_steps(wc.db, uuid, None, params[status_at])
            walks[uuid] = _new_defect_walk(params, names, steps)
    template = "(" + ", ".join("ST_GeomFromWKB(%s, 25832)" if k == "GEOM" else "%s"
                               for _, k in cols) + ")"
    cursor.execute("SAVEPOINT bulk")
    try:
        inserted = execute_values(
            cursor, f'INSERT INTO {schema}."{table_name}" ({quoted}) VALUES %s '
                    "ON CONFLICT (uuid) DO NOTHING RETURNING uuid::text",
            list(rows.values()), template=template, page_size=len(rows), fetch=True)
        moves = {uuid: _walk(cursor, schema, uuid, *walk) for uuid, walk in walks.items()}
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    except _REFUSALS:
        cursor.execute("ROLLBACK TO SAVEPOINT bulk")
        return False
    if len(inserted) != len(rows):  # some uuids exist already: let the careful path decide
        cursor.execute("ROLLBACK TO SAVEPOINT bulk")
        return False
    cursor.execute("RELEASE SAVEPOINT bulk")
    result["applied"].extend(change[0] for change in group)
    for change in group:
        result["versions"][change[0]] = 1 + moves.get(change[2], 0)
    return True


def _recover_batch(wc, connection, schema):
    """After a lost answer: was our last batch applied? Then settle it as if answered."""
    pending = wc.state("pending_batch")
    if not pending:
        return (0, 0, 0)
    pending = json.loads(pending)
    with connection:
        cursor = connection.cursor()
        cursor.execute(f"SELECT result FROM {schema}.sync_batch WHERE batch_id = %s",
                       (pending["id"],))
        found = cursor.fetchone()
    if found is None:  # never arrived: the changes are still pending and go again
        wc.db.execute("BEGIN IMMEDIATE")
        wc.set_state("pending_batch", None)
        wc.db.execute("COMMIT")
        return (0, 0, 0)
    result = found[0]
    edit_counts = {int(k): v for k, v in pending["edit_counts"].items()}
    return _settle(wc, pending["id"], edit_counts, result)


def _settle(wc, batch_id, edit_counts, result):
    """Clear what the server confirmed, keep what was edited meanwhile, note conflicts."""
    applied = {int(i) for i in result["applied"]}
    refused = {int(k): v for k, v in result["refused"].items()}
    now = utc_now_text()
    wc.db.execute("BEGIN IMMEDIATE")
    try:
        current = {r[0]: r[1:] for r in wc.db.execute(f"SELECT id, edits FROM {CHANGE_TABLE}")}
        versions = {int(k): v for k, v in result.get("versions", {}).items()}
        done, edited_again = [], []
        for change_id in applied:
            if change_id not in current:
                continue
            if current[change_id][0] == edit_counts.get(change_id):
                done.append((change_id,))
            else:
                edited_again.append((versions.get(change_id), change_id))
        wc.db.executemany(f"DELETE FROM {CHANGE_TABLE} WHERE id = ?", done)
        # Edited again while the batch travelled: the server's row, at the version the push
        # left it, is the base of what is pending now.
        wc.db.executemany(f"UPDATE {CHANGE_TABLE} SET op = CASE op WHEN 'D' THEN 'D' ELSE 'U' "
                          "END, base = NULL, base_version = ? WHERE id = ?", edited_again)

        for change_id, reason in refused.items():
            wc.db.execute(f"UPDATE {CHANGE_TABLE} SET refused = ? WHERE id = ?",
                          (reason, change_id))
        for c in result["conflicts"]:
            wc.db.execute(
                f"INSERT INTO {CONFLICT_TABLE} (table_name, uuid, kind, column_name, base_value, "
                "mine, theirs, theirs_by, theirs_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (c["table"], c["uuid"], c["kind"], c["column"], c["base"], c["mine"],
                 c["theirs"], c["by"], c["at"], now))
        wc.set_state("pending_batch", None)
        wc.db.execute("COMMIT")
    except Exception:
        wc.db.execute("ROLLBACK")
        raise
    return (len(applied), len(result["conflicts"]), len(refused))


# --- pull ---------------------------------------------------------------------------

_KEEP_LOCAL_BYTES = object()  # marks a photo whose bytes the working copy has already


def _fetch(connection, schema, last_seen, local_photo_hashes, out, progress, is_canceled):
    """Producer: read the server's changes, one table after another, in one snapshot.

    Runs in its own thread so that the working copy is written while the next table is
    still on its way; it touches only the server connection.
    """
    try:
        connection.set_session(isolation_level="REPEATABLE READ", readonly=True)
        cursor = connection.cursor()
        for n, name in enumerate(PUSH_ORDER):
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            table = TABLES_BY_NAME[name]
            select = values.server_select(table)
            if name == "defect_photo":
                select = select.replace('t."bytes"', "NULL::bytea")  # fetched below if needed
            # History events in the order the server wrote them: the steps of one push
            # share their time, and the working copy orders them by time, then arrival.
            order = " ORDER BY t.change_seq" if name == "defect_event" else ""
            cursor.execute(f"SELECT {select}, t.change_seq "
                           f'FROM {schema}."{name}" t WHERE t.change_seq > %s{order}',
                           (last_seen,))
            records = cursor.fetchall()
            width = len(table.columns) + (5 if table.geometry_type else 0)
            rows = [values.local_row_from_server(table, r[:width]) for r in records]
            received = _photo_bytes(cursor, schema, rows, local_photo_hashes) \
                if name == "defect_photo" else 0
            newest = max((r[width] for r in records), default=last_seen)
            out.put(("rows", name, rows, newest, received))
            if progress is not None:
                progress(50.0 * (n + 1) / len(PUSH_ORDER))
        cursor.execute(f"SELECT table_name, uuid::text, change_seq FROM {schema}.tombstone "
                       "WHERE change_seq > %s", (last_seen,))
        tombstones = cursor.fetchall()
        out.put(("tombstones", None, tombstones, max((t[2] for t in tombstones),
                                                     default=last_seen), 0))
        connection.rollback()
    except BaseException as error:  # handed to the writer, which re-raises it
        out.put(("error", None, error, None, 0))
    finally:
        try:
            connection.rollback()
            connection.set_session(isolation_level="READ COMMITTED", readonly=False)
        except psycopg2.Error:
            pass


def pull(wc, connection, schema, progress=None, is_canceled=None, while_writing=None):
    """Fetch server changes since the last pull and write them locally; returns a count."""
    import queue
    import threading

    last_seen = int(wc.state("last_seen", "0"))
    local_photo_hashes = dict(wc.db.execute("SELECT uuid, sha256 FROM defect_photo"))
    channel = queue.Queue(maxsize=2)
    reader = threading.Thread(target=_fetch, daemon=True, args=(
        connection, schema, last_seen, local_photo_hashes, channel, progress, is_canceled))
    reader.start()
    pulled = photo_bytes_received = 0
    newest = last_seen
    wc.db.execute("BEGIN IMMEDIATE")
    try:
        wc.set_state("capture", "0")  # what we write now are not local edits
        pending = {(t, u): (op, base) for t, u, op, base in wc.db.execute(
            f"SELECT table_name, uuid, op, base FROM {CHANGE_TABLE}")}
        while True:
            kind, name, payload, table_newest, received = channel.get()
            if kind == "error":
                raise payload
            newest = max(newest, table_newest)
            if kind == "tombstones":
                for table_name, uuid, _seq in payload:
                    if (table_name, uuid) in pending:
                        continue  # changed here: push reports the conflict, the row stays
                    cur = wc.db.execute(f'DELETE FROM "{table_name}" WHERE uuid = ?', (uuid,))
                    pulled += cur.rowcount
                break
            if name == "defect_photo":
                photo_bytes_received = received
                _fill_local_bytes(wc, payload)
            pulled += _write_rows(wc, TABLES_BY_NAME[name], payload, pending)
            if while_writing is not None:
                while_writing()  # fault injection in tests: the process dies mid-write
        wc.set_state("last_seen", str(newest))
        wc.photo_bytes_received = photo_bytes_received
        wc.set_state("last_sync_at", utc_now_text())
        wc.set_state("capture", "1")
        wc.db.execute("COMMIT")
    except BaseException:
        wc.db.execute("ROLLBACK")
        raise
    finally:
        while reader.is_alive():  # let the reader finish, so the connection is free again
            try:
                channel.get(timeout=0.1)
            except queue.Empty:
                pass
        reader.join()
    return pulled


def _photo_bytes(cursor, schema, rows, local_hashes):
    """Photos travel by content hash: bytes come only when the working copy lacks them."""
    names = TABLES_BY_NAME["defect_photo"].column_names
    at_hash, at_bytes = names.index("sha256"), names.index("bytes")
    wanted = [row[0] for row in rows
              if row[at_hash] is None or local_hashes.get(row[0]) != row[at_hash]]
    fetched = {}
    if wanted:
        cursor.execute(f"SELECT uuid::text, bytes FROM {schema}.defect_photo "
                       "WHERE uuid = ANY(%s::uuid[])", (wanted,))
        fetched = {u: bytes(b) if b is not None else None for u, b in cursor.fetchall()}
    for row in rows:
        row[at_bytes] = fetched[row[0]] if row[0] in fetched else _KEEP_LOCAL_BYTES
    return len(fetched)


def _fill_local_bytes(wc, rows):
    at_bytes = TABLES_BY_NAME["defect_photo"].column_names.index("bytes")
    for row in rows:
        if row[at_bytes] is _KEEP_LOCAL_BYTES:
            (row[at_bytes],) = wc.db.execute("SELECT bytes FROM defect_photo WHERE uuid = ?",
                                             (row[0],)).fetchone()


def _write_rows(wc, table, rows, pending):
    if not rows:
        return 0
    cols = _columns(table)
    names = [n for n, _ in cols]
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    # Separate UPDATE and INSERT, not an upsert: SQLite lets an upsert's conflict clause
    # override the "INSERT OR REPLACE" in GDAL's R-tree triggers, which then fail.
    insert = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    update = (f'UPDATE "{table.name}" SET '
              + ", ".join(f'"{n}" = ?' for n in names if n != "uuid") + " WHERE uuid = ?")
    plain, count = [], 0
    for row in rows:
        uuid = row[0]
        entry = pending.get((table.name, uuid))
        if entry is None:
            plain.append(row)
            continue
        op, base_json = entry
        if op == "D":
            continue  # deleted here; push decides
        local = wc.row(table, uuid)
        if local is None:
            continue
        if op == "I" or base_json is None:
            # The server has it too: from now on my values are changes against its row.
            server_base = {n: (v.hex().upper() if isinstance(v, (bytes, bytearray)) else v)
                           for n, v in zip(names, row)}
            version = row[names.index("version")]
            wc.db.execute(f"UPDATE {CHANGE_TABLE} SET op = 'U', base = ?, base_version = ? "
                          "WHERE table_name = ? AND uuid = ?",
                          (json.dumps(server_base), version, table.name, uuid))
            continue
        base = json.loads(base_json)
        merged = []
        for (name, kind), mine, theirs in zip(cols, local, row):
            before = values.canonical(kind, base.get(name), from_json=kind in ("GEOM", "BLOB"))
            changed_here = values.canonical(kind, mine) != before
            merged.append(mine if changed_here and name != "version" else theirs)
        wc.db.execute(f'UPDATE "{table.name}" SET '
                      + ", ".join(f'"{n}" = ?' for n in names if n != "uuid")
                      + " WHERE uuid = ?",
                      [v for n, v in zip(names, merged) if n != "uuid"] + [uuid])
        count += 1
    if plain:
        present = _present(wc.db, table.name, [r[0] for r in plain])
        if not present and table.geometry_type and _is_empty(wc.db, table.name):
            _fill_empty_table(wc.db, table, names, plain)
        else:
            wc.db.executemany(update, [list(r[1:]) + [r[0]] for r in plain if r[0] in present])
            wc.db.executemany(insert, [r for r in plain if r[0] not in present])
        count += len(plain)
    return count


def _is_empty(db, table_name):
    return db.execute(f'SELECT 1 FROM "{table_name}" LIMIT 1').fetchone() is None


def _present(db, table_name, uuids):
    """Which of ``uuids`` the working copy has: looked up by index, so an incremental pull
    costs what it brings, not what the table holds."""
    if _is_empty(db, table_name):
        return set()
    found = set()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        found.update(u for (u,) in db.execute(
            f'SELECT uuid FROM "{table_name}" WHERE uuid IN ({", ".join("?" for _ in chunk)})',
            chunk))
    return found


def _fill_empty_table(db, table, names, rows):
    """The bulk path of a first download: rows and spatial index written directly.

    GDAL's R-tree triggers would call back into Python five times per row; for an empty
    table the index is filled from the envelopes the server sent instead, and the triggers
    come back before the transaction ends (all or nothing, like every pull).
    """
    # Triggers (R-tree, change capture: off during a pull anyway) and indexes are set
    # aside and made again afterwards: building an index once beats growing it row by row.
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                          "AND tbl_name = ? AND (name LIKE 'rtree_%' OR name LIKE 'kt_capture_%' "
                          "OR name LIKE 'trigger_%_feature_count_%')", (table.name,)).fetchall()
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                         "AND tbl_name = ? AND sql IS NOT NULL", (table.name,)).fetchall()
    for name, _sql in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    for name, _sql in indexes:
        db.execute(f'DROP INDEX "{name}"')
    quoted = ", ".join(f'"{n}"' for n in names)
    db.executemany(f'INSERT INTO "{table.name}" ({quoted}) '
                   f'VALUES ({", ".join("?" for _ in names)})', rows)
    # The table was empty, so the new fids are consecutive in the order the rows were
    # given (read from the ends of the primary key, not by scanning the table).
    first, last = db.execute(f'SELECT min(fid), max(fid) FROM "{table.name}"').fetchone()
    if last - first + 1 != len(rows):
        raise SyncError(f"{table.name}: the bulk download found rows it did not write; "
                        "nothing was changed")
    given_fids = range(first, last + 1)
    fids, envelopes = [], []
    unpack = struct.Struct("<4d").unpack_from
    for fid, row in zip(given_fids, rows):
        blob = row[-1]
        if blob is None:
            continue
        # Blobs made by values.local_row_from_server carry an XY envelope right after the
        # header (flags 3: little endian, envelope kind 1); others are parsed in full.
        env = unpack(blob, 8) if blob[3] == 3 else gpkg_geometry.envelope(blob)
        if env is not None:
            fids.append(fid)
            envelopes.append(env)
    if fids:
        # Packed in one pass rather than grown row by row (see gpkg_rtree).
        minx, maxx, miny, maxy = numpy.array(envelopes, dtype=numpy.float64).T
        gpkg_rtree.fill_empty_rtree(db, f"rtree_{table.name}_geom", fids, minx, maxx, miny, maxy)
    for _name, sql in indexes + triggers:
        db.execute(sql)
    # GDAL keeps a feature count per table, normally by trigger.
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?",
                   (len(rows), table.name))


# --- one sync -----------------------------------------------------------------------

def server_identity(connection, schema):
    """Which central store this is: the cluster, the database, the schema."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('cluster_name'), inet_server_port(), "
                       "current_database(), (SELECT oid FROM pg_database "
                       "WHERE datname = current_database())")
        cluster, port, database, oid = cursor.fetchone()
    connection.rollback()
    return f"{database}#{oid}@{cluster or ''}:{port or ''}/{schema}"


def _check_same_server(wc, connection, schema):
    """A working copy syncs with one central store only; another one is refused."""
    identity = server_identity(connection, schema)
    known = wc.state("server")
    if known is None:
        wc.db.execute("BEGIN IMMEDIATE")
        wc.set_state("server", identity)
        wc.db.execute("COMMIT")
    elif known != identity:
        raise SyncError(f"This working copy belongs to the central store {known}, not to "
                        f"{identity}. Sync it there, or make a new working copy for this "
                        "server; nothing was sent.")


def sync(path, connection, schema, progress=None, is_canceled=None, faults=None):
    """Push, then pull. Creates the working copy by a full pull when it does not exist."""
    from ..store import server_schema

    server_schema.check_compatible(connection, schema)
    if not os.path.exists(path):  # made by a full download
        working_copy.write_working_copy(path, {}, meta={"source": "sync"})
    wc = WorkingCopy(path)
    try:
        _check_same_server(wc, connection, schema)
        if wc.state("last_seen") is None:
            wc.db.execute("BEGIN IMMEDIATE")
            wc.enqueue_everything()
            wc.db.execute("COMMIT")
        faults = faults or {}
        discard_changes(wc, connection, schema)
        pushed, conflicts, refused = push(
            wc, connection, schema,
            (lambda p: progress(p * 0.5)) if progress else None, is_canceled,
            faults.get("before_commit"), faults.get("after_commit"), faults.get("during_push"))
        if "before_pull" in faults:
            faults["before_pull"]()
        pulled = pull(wc, connection, schema,
                      (lambda p: progress(50 + p * 0.5)) if progress else None, is_canceled,
                      faults.get("while_writing"))
        return {"PUSHED": pushed, "PULLED": pulled, "CONFLICTS": conflicts, "REFUSED": refused,
                "PHOTOS_RECEIVED": getattr(wc, "photo_bytes_received", 0),
                "PENDING": change_capture.pending_count(wc.db),
                "OPEN_CONFLICTS": change_capture.open_conflicts(wc.db)}
    finally:
        wc.close()
