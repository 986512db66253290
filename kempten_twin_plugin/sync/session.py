"""One sync of a working copy with the central server: push, then pull (DESIGN.md §5).

The session checks that the server's schema is one this plugin syncs with and that the
working copy belongs to this central store, makes a missing working copy by a full
download, queues everything of a working copy that never synced, gives back what the
user discarded, then pushes (sync/push) and pulls (sync/pull).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Dict, Optional

from ..errors import KemptenTwinError
from ..store import server_schema, working_copy
from ..store import sync_server as server
from ..store.schema import SERVER_OWNED, SYNC_ORDER
from ..store.sync_local import BulkWriteError, LocalSync
from . import pull, push

if TYPE_CHECKING:
    import psycopg2.extensions


class SyncError(KemptenTwinError):
    """Sync cannot go on; the message is meant for the user. Nothing local was lost."""


def _check_same_server(wc: LocalSync, connection, schema: str) -> None:
    """A working copy syncs with one central store only; another one is refused."""
    identity = server.identity(connection, schema)
    known = wc.state("server")
    if known is None:
        with wc.transaction():
            wc.set_state("server", identity)
    login = server.login(connection)
    if wc.state("login") != login:  # new defects and work orders count in its sequence
        with wc.transaction():
            wc.set_state("login", login)
    elif known != identity:
        raise SyncError(f"This working copy belongs to the central store {known}, not to "
                        f"{identity}. Sync it there, or make a new working copy for this "
                        "server; nothing was sent.")


def sync(path: str, connection: psycopg2.extensions.connection, schema: str,
         progress: Optional[Callable[[float], None]] = None,
         is_canceled: Optional[Callable[[], bool]] = None,
         faults: Optional[Dict[str, Callable]] = None) -> Dict[str, int]:
    """Push, then pull. Creates the working copy by a full pull when it does not exist.

    ``faults``: fault injection for the tests (before_commit, after_commit, during_push,
    before_pull, while_writing). Returns PUSHED, PULLED, CONFLICTS, REFUSED,
    PHOTOS_RECEIVED, PENDING and OPEN_CONFLICTS."""
    server_schema.check_compatible(connection, schema)
    if not os.path.exists(path):  # made by a full download
        working_copy.write_working_copy(path, {}, meta={"source": "sync"})
    wc = LocalSync(path)
    try:
        _check_same_server(wc, connection, schema)
        first = wc.state("last_seen") is None
        if first:
            wc.enqueue_everything(SYNC_ORDER, SERVER_OWNED)
        faults = faults or {}
        push.discard_changes(wc, connection, schema)
        pushed, conflicts, refused = push.push(
            wc, connection, schema,
            (lambda p: progress(p * 0.5)) if progress else None, is_canceled,
            faults.get("before_commit"), faults.get("after_commit"), faults.get("during_push"),
            first=first)
        if "before_pull" in faults:
            faults["before_pull"]()
        try:
            pulled = pull.pull(wc, connection, schema,
                               (lambda p: progress(50 + p * 0.5)) if progress else None,
                               is_canceled, faults.get("while_writing"))
        except BulkWriteError as error:
            raise SyncError(f"{error}; nothing was changed.") from error
        return {"PUSHED": pushed, "PULLED": pulled, "CONFLICTS": conflicts, "REFUSED": refused,
                "PHOTOS_RECEIVED": getattr(wc, "photo_bytes_received", 0),
                "PENDING": wc.pending_count(), "OPEN_CONFLICTS": wc.open_conflict_count()}
    finally:
        wc.close()
