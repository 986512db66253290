"""Pull: the server's changes since the last pull, written in one SQLite transaction.

A reader thread asks for ``change_seq > last seen`` table by table in one snapshot of the
server while this thread writes what arrived; rows with pending local changes are
rebased (my changed columns kept, ``merge.rebase``), never overwritten; a row deleted on
the server but changed here stays (push reports the conflict).
"""

import json
import queue
import threading
from typing import Optional

from ..core.timestamps import utc_now_text
from ..errors import Cancelled
from ..store import sync_server as server
from ..store.schema import SYNC_ORDER, TABLES_BY_NAME, Table
from ..store.sync_local import LocalSync
from . import merge

_KEEP_LOCAL_BYTES = object()  # marks a photo whose bytes the working copy has already


def _fetch(connection, schema, last_seen, local_photo_hashes, out, progress, is_canceled):
    """Producer: read the server's changes, one table after another, in one snapshot.

    Runs in its own thread so that the working copy is written while the next table is
    still on its way; it touches only the server connection."""
    try:
        server.begin_snapshot(connection)
        cursor = connection.cursor()
        for n, name in enumerate(SYNC_ORDER):
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            table = TABLES_BY_NAME[name]
            records = server.changed_rows(cursor, schema, table, last_seen)
            width = server.width(table)
            rows = [server.local_row_from_server(table, r[:width]) for r in records]
            received = _photo_bytes(cursor, schema, rows, local_photo_hashes) \
                if name == "defect_photo" else 0
            newest = max((r[width] for r in records), default=last_seen)
            out.put(("rows", name, rows, newest, received))
            if progress is not None:
                progress(50.0 * (n + 1) / len(SYNC_ORDER))
        tombstones = server.tombstones(cursor, schema, last_seen)
        out.put(("tombstones", None, tombstones, max((t[2] for t in tombstones),
                                                     default=last_seen), 0))
    except BaseException as error:  # handed to the writer, which re-raises it
        out.put(("error", None, error, None, 0))
    finally:
        server.end_snapshot(connection)


def _photo_bytes(cursor, schema, rows, local_hashes) -> int:
    """Photos travel by content hash: bytes come only when the working copy lacks them."""
    names = TABLES_BY_NAME["defect_photo"].column_names
    at_hash, at_bytes = names.index("sha256"), names.index("bytes")
    wanted = [row[0] for row in rows
              if row[at_hash] is None or local_hashes.get(row[0]) != row[at_hash]]
    fetched = server.photo_bytes(cursor, schema, wanted)
    for row in rows:
        row[at_bytes] = fetched[row[0]] if row[0] in fetched else _KEEP_LOCAL_BYTES
    return len(fetched)


def pull(wc: LocalSync, connection, schema: str, progress=None, is_canceled=None,
         while_writing=None) -> int:
    """Fetch server changes since the last pull and write them locally; returns a count.

    ``while_writing``: fault injection for the tests (the process dies mid-write)."""
    last_seen = int(wc.state("last_seen", "0"))
    channel = queue.Queue(maxsize=2)
    reader = threading.Thread(target=_fetch, daemon=True, args=(
        connection, schema, last_seen, wc.photo_hashes(), channel, progress, is_canceled))
    reader.start()
    pulled = 0
    newest = last_seen
    try:
        with wc.transaction(capture=False):  # what we write now are not local edits
            pending = wc.pending_by_row()
            while True:
                kind, name, payload, table_newest, received = channel.get()
                if kind == "error":
                    raise payload
                newest = max(newest, table_newest)
                if kind == "tombstones":
                    for table_name, uuid, _seq in payload:
                        if (table_name, uuid) in pending:
                            continue  # changed here: push reports the conflict, the row stays
                        pulled += wc.delete_row(table_name, uuid)
                    break
                if name == "defect_photo":
                    wc.photo_bytes_received = received
                    for row in payload:
                        _keep_local_bytes(wc, row)
                pulled += _write_rows(wc, TABLES_BY_NAME[name], payload, pending)
                if while_writing is not None:
                    while_writing()
            wc.set_state("last_seen", str(newest))
            wc.set_state("last_sync_at", utc_now_text())
    finally:
        while reader.is_alive():  # let the reader finish, so the connection is free again
            try:
                channel.get(timeout=0.1)
            except queue.Empty:
                pass
        reader.join()
    return pulled


def _keep_local_bytes(wc: LocalSync, row: list) -> None:
    at_bytes = TABLES_BY_NAME["defect_photo"].column_names.index("bytes")
    if row[at_bytes] is _KEEP_LOCAL_BYTES:
        row[at_bytes] = wc.photo_bytes(row[0])


def _write_rows(wc: LocalSync, table: Table, rows, pending) -> int:
    if not rows:
        return 0
    cols = server.columns(table)
    names = [n for n, _ in cols]
    plain, count = [], 0
    for row in rows:
        uuid = row[0]
        entry: Optional[tuple] = pending.get((table.name, uuid))
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
            wc.rebase_change(table.name, uuid, merge.snapshot(names, row),
                             row[names.index("version")])
            continue
        wc.update_row(table, names, merge.rebase(cols, json.loads(base_json), local, row))
        count += 1
    if plain:
        present = wc.present(table.name, [r[0] for r in plain])
        if not present and table.geometry_type and wc.is_empty(table.name):
            wc.fill_empty_table(table, names, plain)
        else:
            wc.write_new_and_changed(table, names, plain, present)
        count += len(plain)
    return count
