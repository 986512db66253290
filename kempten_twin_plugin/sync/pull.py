"""Pull: the server's changes since the last pull, written in one SQLite transaction.

A reader thread asks for ``change_seq > last seen`` table by table in one snapshot of the
server, in batches from server-side cursors, while this thread writes what arrived: memory
holds a few batches, not the city. Rows with pending local changes are rebased (my
changed columns kept, ``merge.rebase``), never overwritten; a row deleted on the server
but changed here stays (push reports the conflict).
"""

from __future__ import annotations

import json
import queue
import threading
from typing import TYPE_CHECKING, Callable, Optional

from ..core.timestamps import utc_now_text
from ..errors import Cancelled
from ..store import sync_server as server
from ..store.schema import SYNC_ORDER, TABLES_BY_NAME, Table
from ..store.sync_local import LocalSync
from . import merge

if TYPE_CHECKING:
    import psycopg2.extensions

_KEEP_LOCAL_BYTES = object()  # marks a photo whose bytes the working copy has already
BATCH = 5_000  # rows per batch from the server: memory stays flat in the city's size


def _fetch(connection, schema, last_seen, local_photo_hashes, out, progress, is_canceled,
           skip=None):
    """Producer: read the server's changes, one table after another, in one snapshot.

    Runs in its own thread so that the working copy is written while the next batch is
    still on its way; it touches only the server connection. Sends ("rows", table, rows,
    newest, photo bytes received), ("end", table, …) after a table's last batch,
    ("tombstones", …) batches and finally ("done", …)."""
    try:
        server.begin_snapshot(connection)
        for n, name in enumerate(SYNC_ORDER):
            table = TABLES_BY_NAME[name]
            width = server.width(table)
            cursor = connection.cursor()
            since = last_seen
            if skip and name in skip["tables"]:  # just pushed by COPY: nothing to bring back
                since = max(last_seen, int(skip["through"]))
            for records in server.changed_rows(connection, schema, table, since, BATCH):
                if is_canceled is not None and is_canceled():
                    raise Cancelled()
                rows = [server.local_row_from_server(table, r[:width]) for r in records]
                received = _photo_bytes(cursor, schema, rows, local_photo_hashes) \
                    if name == "defect_photo" else 0
                out.put(("rows", name, rows, max(r[width] for r in records), received))
            out.put(("end", name, None, last_seen, 0))
            if progress is not None:
                progress(50.0 * (n + 1) / len(SYNC_ORDER))
        for batch in server.tombstones(connection, schema, last_seen, BATCH):
            out.put(("tombstones", None, batch, max(t[2] for t in batch), 0))
        out.put(("done", None, None, last_seen, 0))
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


def pull(wc: LocalSync, connection: psycopg2.extensions.connection, schema: str,
         progress: Optional[Callable[[float], None]] = None,
         is_canceled: Optional[Callable[[], bool]] = None,
         while_writing: Optional[Callable[[], None]] = None) -> int:
    """Fetch server changes since the last pull and write them locally; returns a count.

    ``while_writing``: fault injection for the tests (the process dies mid-write)."""
    last_seen = int(wc.state("last_seen", "0"))
    skip = wc.state("pull_skip")
    channel = queue.Queue(maxsize=2)
    reader = threading.Thread(target=_fetch, daemon=True, args=(
        connection, schema, last_seen, wc.photo_hashes(), channel, progress, is_canceled,
        json.loads(skip) if skip else None))
    reader.start()
    pulled = 0
    newest = last_seen
    try:
        with wc.transaction(capture=False):  # what we write now are not local edits
            pending = wc.pending_by_row()
            writers = {}
            while True:
                kind, name, payload, batch_newest, received = channel.get()
                if kind == "error":
                    raise payload
                newest = max(newest, batch_newest)
                if kind == "done":
                    break
                if kind == "end":
                    if writers.get(name) is not None:
                        writers[name].finish()
                    continue
                if kind == "tombstones":
                    for table_name, uuid, _seq in payload:
                        if (table_name, uuid) in pending:
                            continue  # changed here: push reports the conflict, the row stays
                        pulled += wc.delete_row(table_name, uuid)
                    continue
                table = TABLES_BY_NAME[name]
                if name not in writers:  # the table's first batch decides the bulk path
                    writers[name] = _bulk_fill(wc, table, pending)
                if name == "defect_photo":
                    wc.photo_bytes_received = getattr(wc, "photo_bytes_received", 0) + received
                    for row in payload:
                        _keep_local_bytes(wc, row)
                pulled += _write_rows(wc, table, payload, pending, writers[name])
                if while_writing is not None:
                    while_writing()
            wc.set_state("last_seen", str(newest))
            wc.set_state("pull_skip", None)
            wc.set_state("last_sync_at", utc_now_text())
    finally:
        while reader.is_alive():  # let the reader finish, so the connection is free again
            try:
                channel.get(timeout=0.1)
            except queue.Empty:
                pass
        reader.join()
    return pulled


def _bulk_fill(wc: LocalSync, table: Table, pending):
    """A table that is empty here, with nothing pending for it, is filled the bulk way."""
    if not table.geometry_type or not wc.is_empty(table.name):
        return None
    if any(t == table.name for t, _u in pending):
        return None
    return wc.bulk_fill(table, [n for n, _ in server.columns(table)])


def _keep_local_bytes(wc: LocalSync, row: list) -> None:
    at_bytes = TABLES_BY_NAME["defect_photo"].column_names.index("bytes")
    if row[at_bytes] is _KEEP_LOCAL_BYTES:
        row[at_bytes] = wc.photo_bytes(row[0])


def _write_rows(wc: LocalSync, table: Table, rows, pending, bulk=None) -> int:
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
        if bulk is not None:
            bulk.add(plain)
        else:
            wc.write_new_and_changed(table, names, plain,
                                     wc.present(table.name, [r[0] for r in plain]))
        count += len(plain)
    return count
