"""Push: every pending local change goes to the server in one transaction (DESIGN.md §5).

Each change travels with the values it was made from. A row whose version did not move
is simply updated; otherwise columns are merged one by one (``merge.column_merge``).
Inserts are idempotent by uuid. The batch id is recorded on the server in the same
transaction, so a retry after a lost acknowledgement applies nothing twice; the local
log is cleared only after the server confirmed, and only for rows not edited again
meanwhile. A change the server refuses (rights, workflow) stays local with its reason.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from typing import TYPE_CHECKING, Callable, Optional, Tuple

from ..errors import Cancelled
from ..store import defect_steps
from ..store import sync_server as server
from ..store.schema import SERVER_OWNED, SYNC_ORDER, TABLES_BY_NAME
from ..store.sync_local import LocalSync
from . import defect_replay, merge

if TYPE_CHECKING:
    import psycopg2.extensions

BULK = 2000  # new rows of one table sent with one statement
# A first push into an empty server loads these by COPY (the server's triggers and checks
# still judge every row). Defects walk their workflow and photos get the server's hash,
# so those go the careful way, as does any table whose load the server refuses.
COPY_TABLES = tuple(t for t in SYNC_ORDER if t not in ("defect", "defect_event",
                                                       "defect_photo"))


def discard_changes(wc: LocalSync, connection: psycopg2.extensions.connection, schema: str) -> int:
    """Rows whose refused change the user discarded get the server's state back."""
    entries = wc.discarded()
    if not entries:
        return 0
    cursor = connection.cursor()
    fetched = []
    for change_id, table_name, uuid in entries:
        found = server.row(cursor, schema, TABLES_BY_NAME[table_name], uuid, lock=False)
        fetched.append((change_id, table_name, uuid, found[0] if found else None))
    connection.rollback()
    wc.restore_server_rows(fetched)
    return len(fetched)


def _order(changes):
    """Inserts and updates parents first; deletes children first."""
    rank = {name: i for i, name in enumerate(SYNC_ORDER)}
    return sorted(changes, key=lambda c: (c[3] == "D", rank[c[1]] * (-1 if c[3] == "D" else 1),
                                          c[0]))


def push(wc: LocalSync, connection: psycopg2.extensions.connection, schema: str,
         progress: Optional[Callable[[float], None]] = None,
         is_canceled: Optional[Callable[[], bool]] = None,
         before_commit: Optional[Callable[[], None]] = None,
         after_commit: Optional[Callable[[], None]] = None,
         during: Optional[Callable[[int], None]] = None,
         first: bool = False) -> Tuple[int, int, int]:
    """Send pending changes as one batch; returns (applied, conflicts, refused) counts.

    ``first``: the working copy never synced; into an empty server its tables go by COPY
    (``_copy_everything``). ``before_commit``, ``after_commit``, ``during``: fault
    injection for the tests (the line drops before the commit, after it, or in mid-batch)."""
    recovered = _recover_batch(wc, connection, schema)
    if not wc.pending_count():
        return recovered
    batch_id = str(uuid_module.uuid4())
    through = wc.start_batch(batch_id)
    result = {"applied": [], "conflicts": [], "refused": {}, "versions": {}}
    with connection:
        cursor = connection.cursor()
        server.defer_constraints(cursor)
        loaded = _copy_everything(wc, cursor, schema, through, result, is_canceled) if first else {}
        # Read after the COPY, and without its tables: a city's four million changes
        # never sit in memory as tuples.
        changes = _order(wc.pending(through, skip_tables=tuple(loaded)))
        done = 0
        for group in _groups(changes):
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            if progress is not None:
                progress(100.0 * done / max(1, len(changes)))
            done += len(group)
            if during is not None:
                during(done)
            if len(group) > 1 and _bulk_insert(wc, cursor, schema, group, result):
                continue
            for change in group:
                _push_one(wc, cursor, schema, change, result)
        server.record_batch(cursor, schema, batch_id, json.dumps(result))
        if before_commit is not None:
            before_commit()
    if after_commit is not None:
        after_commit()
    return wc.settle(result, through=through)


def _copy_everything(wc: LocalSync, cursor, schema: str, through: int, result: dict,
                     is_canceled=None) -> dict:
    """A working copy that never synced, into a server that never held a row: every table
    of COPY_TABLES goes in by COPY and one INSERT … SELECT (a loader's speed; the
    triggers, checks and foreign keys judge it as any insert). Returns {table: count} of
    what went in this way; a table the server refuses goes the careful way instead.

    The working copy then takes what the server gave those rows and the next pull skips
    them (``pull_skip``), instead of downloading what it has just sent."""
    if not server.is_empty(cursor, schema):
        return {}
    changed_at, changed_by = server.transaction_stamp(cursor)
    inserts = wc.pending_inserts_by_table(through)
    loaded = {}
    for name in COPY_TABLES:
        if name not in inserts:
            continue
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        table = TABLES_BY_NAME[name]
        server.savepoint(cursor, "bulk_copy")
        try:
            count = server.copy_into(cursor, schema, table, wc.copy_lines(table))
            server.check_constraints_now(cursor)
        except server.REFUSALS:
            server.roll_back_to(cursor, "bulk_copy")
            continue
        if count != inserts[name]:  # the table is not what the change log says
            server.roll_back_to(cursor, "bulk_copy")
            continue
        server.release(cursor, "bulk_copy")
        loaded[name] = count
    if loaded:
        # Settled table by table (``LocalSync.settle``), not change by change.
        result["copied"] = {"tables": sorted(loaded), "through": server.current_seq(cursor, schema),
                            "rows": sum(loaded.values()),
                            "changed_at": changed_at, "changed_by": changed_by}
    return loaded


def _recover_batch(wc: LocalSync, connection, schema: str) -> Tuple[int, int, int]:
    """After a lost answer: was our last batch applied? Then settle it as if answered."""
    pending = wc.state("pending_batch")
    if not pending:
        return (0, 0, 0)
    pending = json.loads(pending)
    result = server.batch_result(connection, schema, pending["id"])
    if result is None:  # never arrived: the changes are still pending and go again
        wc.forget_batch()
        return (0, 0, 0)
    if "edit_counts" in pending:  # a batch an older plugin sent, with its own snapshot
        edit_counts = {int(k): v for k, v in pending["edit_counts"].items()}
        return wc.settle(result, edit_counts=edit_counts)
    return wc.settle(result, through=pending["through"])


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


def _push_one(wc: LocalSync, cursor, schema: str, change, result: dict) -> None:
    if change[1] in SERVER_OWNED:
        result["refused"][change[0]] = "The defect history is written by the server."
        return
    local_row = wc.row(TABLES_BY_NAME[change[1]], change[2])
    steps_of = defect_replay.steps_finder(wc.db, change)
    server.savepoint(cursor, "change")
    try:
        version = _apply_change(cursor, schema, change, local_row, result, steps_of)
        server.check_constraints_now(cursor)  # this row's references, now
        server.release(cursor, "change")
        result["applied"].append(change[0])
        result["versions"][change[0]] = version
    except server.REFUSALS as error:
        server.roll_back_to(cursor, "change")
        reason = (error.diag.message_primary or str(error)).strip()
        if isinstance(error, server.WAITS):
            # What it refers to is not on the server (yet): e.g. a manhole that waits for
            # its user to rename it. It stays pending and goes again with every sync.
            result.setdefault("waiting", {})[change[0]] = reason
            return
        result["refused"][change[0]] = reason
        if server.is_duplicate_code(error) and local_row is not None:
            # The same object code made on another desktop: the user renames mine or
            # merges it into theirs (conflict dialog); until then it waits, refused.
            names = [n for n, _ in server.columns(TABLES_BY_NAME[change[1]])]
            result["conflicts"].append({
                "change": change[0], "table": change[1], "uuid": change[2],
                "kind": "duplicate_code", "column": "object_code", "base": None,
                "mine": local_row[names.index("object_code")],
                "theirs": error.diag.message_detail, "by": None, "at": None})


def _bulk_insert(wc: LocalSync, cursor, schema: str, group, result: dict) -> bool:
    """Insert a run of new rows with one statement; False sends them one by one instead."""
    table_name = group[0][1]
    table = TABLES_BY_NAME[table_name]
    cols = server.columns(table)
    names = [n for n, _ in cols]
    rows = {}
    for change in group:
        row = wc.row(table, change[2])
        if row is None:
            return False
        rows[change[2]] = server.parameters(table, cols, row)
    walks = {}
    if table_name == "defect":
        status_at = names.index("status")
        for uuid, params in rows.items():
            steps = defect_steps.unsent_steps(wc.db, uuid, None, params[status_at])
            walks[uuid] = defect_replay.new_defect_walk(params, names, steps)
    server.savepoint(cursor, "bulk")
    try:
        inserted = server.insert_many(cursor, schema, table_name, cols, list(rows.values()))
        moves = {uuid: defect_replay.walk(cursor, schema, uuid, *w) for uuid, w in walks.items()}
        server.check_constraints_now(cursor)
    except server.REFUSALS:
        server.roll_back_to(cursor, "bulk")
        return False
    if len(inserted) != len(rows):  # some uuids exist already: let the careful path decide
        server.roll_back_to(cursor, "bulk")
        return False
    server.release(cursor, "bulk")
    result["applied"].extend(change[0] for change in group)
    for change in group:
        result["versions"][change[0]] = 1 + moves.get(change[2], 0)
    return True


def _apply_change(cursor, schema: str, change, local_row, result: dict,
                  steps_of: Optional[Callable] = None) -> Optional[int]:
    """Apply one change inside the caller's savepoint; returns the server's new version.

    ``steps_of``: for a defect, how to find its local status steps (defect_replay); two
    or more steps are replayed one UPDATE each."""
    change_id, table_name, uuid, op, base_json, base_version = change
    table = TABLES_BY_NAME[table_name]
    cols = server.columns(table)
    base = json.loads(base_json) if base_json else None
    conflict = _conflict_recorder(result, change_id, table_name, uuid)
    if op == "I":
        return _apply_insert(cursor, schema, table, cols, uuid, local_row, conflict, steps_of)
    found = server.row(cursor, schema, table, uuid)
    if op == "D":
        return _apply_delete(cursor, schema, table, cols, uuid, found, base_version, conflict)
    # op == "U"
    return _apply_update(cursor, schema, table, cols, uuid, local_row, found, base,
                         base_version, conflict, steps_of)


def _conflict_recorder(result: dict, change_id, table_name: str, uuid: str) -> Callable:
    """conflict(kind, column, mine, theirs, base_value, by, at): notes one conflict of the
    change in result["conflicts"]."""

    def conflict(kind, column=None, mine=None, theirs=None, base_value=None, by=None, at=None):
        result["conflicts"].append({
            "change": change_id, "table": table_name, "uuid": uuid, "kind": kind,
            "column": column, "base": base_value, "mine": mine, "theirs": theirs,
            "by": by, "at": at})

    return conflict


def _apply_insert(cursor, schema, table, cols, uuid, local_row, conflict, steps_of):
    """A new row (and a new defect's status steps); if the server has the uuid already,
    each column that differs is a conflict."""
    if local_row is None:
        return None
    table_name = table.name
    params = server.parameters(table, cols, local_row)
    new_walk = ([], None, None)
    if table_name == "defect":
        names = [n for n, _ in cols]
        steps = steps_of(None, local_row[names.index("status")]) \
            if steps_of is not None else None
        new_walk = defect_replay.new_defect_walk(params, names, steps)
    if server.insert(cursor, schema, table_name, cols, params):
        return 1 + defect_replay.walk(cursor, schema, uuid, *new_walk)
    # The server has this uuid already: what differs is a conflict, nothing is lost.
    row, version, by, at = server.row(cursor, schema, table, uuid)
    for c in merge.differences(cols, local_row, row):
        conflict("column", c.column, c.mine, c.theirs, None, by, at)
    return version


def _apply_delete(cursor, schema, table, cols, uuid, found, base_version, conflict):
    """A deletion: done if the server's row is still the base; else a conflict."""
    if found is None:
        return None  # deleted on both sides
    row, version, by, at = found
    if version == base_version:
        server.delete(cursor, schema, table.name, uuid)
        return None
    conflict("delete_update", theirs=json.dumps(merge.as_text(cols, row)), by=by, at=at)
    return version


def _apply_update(cursor, schema, table, cols, uuid, local_row, found, base, base_version,
                  conflict, steps_of):
    """An update, merged column by column with the server's row (merge.column_merge)."""
    if local_row is None:
        return None
    table_name = table.name
    names = [n for n, _ in cols]
    if found is None:
        by, at = server.deleted_by(cursor, schema, table_name, uuid)
        conflict("update_delete", mine=json.dumps(merge.as_text(cols, local_row)), by=by, at=at)
        return None
    row, version, by, at = found
    if base is None:
        # Sent before, edited again while the answer travelled: the server's row is the base.
        base = merge.snapshot(names, row)
        base_version = version
    chosen, conflicts = merge.column_merge(cols, base, local_row, row, version != base_version)
    for c in conflicts:
        conflict("column", c.column, c.mine, c.theirs, c.base, by, at)
    send = [(name, kind, server.server_parameter(kind, value)) for name, kind, value in chosen]
    if table_name == "defect_photo" and any(name == "bytes" for name, _k, _v in send):
        # The server computes a photo's hash and refuses a false one: send the true one.
        at_bytes = names.index("bytes")
        send = [s for s in send if s[0] != "sha256"] + [
            ("sha256", "TEXT", server.photo_hash(local_row[at_bytes]))]
    if steps_of is not None and any(name == "status" for name, _k, _v in send):
        # My status goes through (the server's is still the base's): step by step.
        at_status, at_note = names.index("status"), names.index("status_note")
        steps = steps_of(base.get("status"), local_row[at_status])
        if steps and len(steps) > 1 and steps[0][0] == row[at_status]:
            return defect_replay.replay(cursor, schema, uuid, steps, send, row[at_note])
    if send:
        version = server.update(cursor, schema, table_name, [(n, k) for n, k, _v in send],
                                [v for _n, _k, v in send], uuid)
    return version
