"""The working copy's side of sync: the change log, the sync state, pulled rows.

Every statement sync runs against the GeoPackage is here; what to send and how to merge
is decided in ``sync/``. Writes of pulled rows switch change capture off inside the same
transaction (``capture``), so they are not mistaken for local edits.
"""

from __future__ import annotations

import json
import os
import struct
from contextlib import contextmanager
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy

from ..core.timestamps import utc_now_text
from . import change_capture, defect_steps, working_copy
from . import geometry as gpkg_geometry
from . import rtree as gpkg_rtree
from .change_capture import CHANGE_TABLE, CONFLICT_TABLE, STATE_TABLE
from .schema import TABLES_BY_NAME, Table
from .sync_server import columns

if TYPE_CHECKING:
    import sqlite3

DISCARD = "__discard__"  # kt_change.refused value: the user gave this local change up

Change = Tuple[int, str, str, str, Optional[str], Optional[int]]  # id, table, uuid, op, base, version


def local_status(path: str) -> Optional[Tuple[int, int, int, Optional[str]]]:
    """(pending changes, open conflicts, refused changes, last sync) of a working copy, for
    the status bar; None when there is no working copy."""
    if not os.path.isfile(path):
        return None
    db = working_copy.connect_read_only(path)
    try:
        if not change_capture.is_installed(db):
            return 0, 0, 0, None
        refused = db.execute(f"SELECT count(*) FROM {CHANGE_TABLE} "
                             "WHERE refused IS NOT NULL").fetchone()[0]
        last = db.execute(f"SELECT value FROM {STATE_TABLE} WHERE key = 'last_sync_at'"
                          ).fetchone()
        return (change_capture.pending_count(db), change_capture.open_conflicts(db), refused,
                last[0] if last else None)
    finally:
        db.close()


def _wkb_hex(blob):
    if blob is None:
        return None
    wkb = gpkg_geometry.wkb_of(blob)
    return (bytes(blob) if wkb is None else wkb).hex()


class BulkWriteError(RuntimeError):
    """The bulk path found the table not as it expected; the pull is rolled back."""


class LocalSync:
    """A sync's connection to the working copy."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.db = working_copy.connect(path)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self, capture: bool = True) -> Iterator[None]:
        """One SQLite transaction; ``capture=False``: what is written is not a local edit."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if not capture:
                self.set_state("capture", "0")
            yield
            if not capture:
                self.set_state("capture", "1")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # --- state ----------------------------------------------------------------------

    def state(self, key: str, default: Optional[str] = None) -> Optional[str]:
        row = self.db.execute(f"SELECT value FROM {STATE_TABLE} WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_state(self, key: str, value: Optional[str]) -> None:
        if value is None:
            self.db.execute(f"DELETE FROM {STATE_TABLE} WHERE key = ?", (key,))
        else:
            self.db.execute(f"INSERT INTO {STATE_TABLE} (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    # --- the change log -------------------------------------------------------------

    def row(self, table: Table, uuid: str) -> Optional[tuple]:
        names = ", ".join(f'"{n}"' for n, _ in columns(table))
        return self.db.execute(f'SELECT {names} FROM "{table.name}" WHERE uuid = ?',
                               (uuid,)).fetchone()

    def pending(self, through: Optional[int] = None, skip_tables: Sequence[str] = ()) -> List[Change]:
        """The changes to send; ``through``: none logged after that id (the batch's start),
        ``skip_tables``: none of these (loaded by COPY already)."""
        skip = "".join(" AND table_name <> ?" for _ in skip_tables)
        last = "" if through is None else " AND id <= ?"
        return self.db.execute(
            f"SELECT id, table_name, uuid, op, base, base_version FROM {CHANGE_TABLE} "
            f"WHERE refused IS NULL{skip}{last} ORDER BY id",
            (*skip_tables, *(() if through is None else (through,)))).fetchall()

    def pending_inserts_by_table(self, through: int) -> Dict[str, int]:
        """How many new rows of each table wait to go (for the COPY of a first push)."""
        return dict(self.db.execute(
            f"SELECT table_name, count(*) FROM {CHANGE_TABLE} WHERE refused IS NULL AND "
            "op = 'I' AND id <= ? GROUP BY table_name", (through,)))

    def pending_count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM {CHANGE_TABLE} WHERE refused IS NULL"
                               ).fetchone()[0]

    def open_conflict_count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM {CONFLICT_TABLE} WHERE resolution IS NULL"
                               ).fetchone()[0]

    def enqueue_everything(self, order: Sequence[str], server_owned: Sequence[str]) -> None:
        """A working copy that never synced: everything in it is new to the server.

        Its defect history goes: the server writes the history anew as the defects walk
        their workflow, and the next pull brings it back.
        """
        with self.transaction():
            self.set_state("capture", "0")
            self.db.execute('DELETE FROM "defect_event"')
            self.set_state("capture", "1")
            # Edits made before the first sync are not changes of server rows: every row
            # is new to the server, and what was deleted here never needs to go.
            self.db.execute(f"DELETE FROM {CHANGE_TABLE} WHERE op = 'D'")
            self.db.execute(f"UPDATE {CHANGE_TABLE} SET op = 'I', base = NULL, "
                            "base_version = NULL WHERE op = 'U'")
            for name in order:
                if name in server_owned:
                    continue
                self.db.execute(
                    f"INSERT OR IGNORE INTO {CHANGE_TABLE} (table_name, uuid, op, at) "
                    f"SELECT ?, uuid, 'I', ? FROM \"{name}\"", (name, utc_now_text()))

    def start_batch(self, batch_id: str) -> int:
        """Before a batch goes out: remember it, so a lost answer can be recovered, and set
        every edit count to 0, so "edited while the batch travelled" is a count above 0
        afterwards. Returns the last change id the batch covers (later ones wait).

        One UPDATE instead of a snapshot of every change's count: a city's first push is
        four million changes, and a snapshot of them cost a gigabyte."""
        with self.transaction():
            through = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {CHANGE_TABLE}"
                                      ).fetchone()[0]
            self.db.execute(f"UPDATE {CHANGE_TABLE} SET edits = 0 WHERE edits <> 0")
            self.set_state("pending_batch", json.dumps({"id": batch_id, "through": through}))
        return through

    def discarded(self) -> List[Tuple[int, str, str]]:
        return self.db.execute(f"SELECT id, table_name, uuid FROM {CHANGE_TABLE} "
                               "WHERE refused = ?", (DISCARD,)).fetchall()

    def restore_server_rows(self, fetched: Sequence[Tuple[int, str, str, Optional[list]]]) -> None:
        """Rows whose refused change the user gave up get the server's state back (None:
        the server has no such row)."""
        with self.transaction(capture=False):
            for change_id, table_name, uuid, row in fetched:
                table = TABLES_BY_NAME[table_name]
                self.db.execute(f'DELETE FROM "{table_name}" WHERE uuid = ?', (uuid,))
                if table_name == "defect":
                    defect_steps.forget_unanswered(self.db, uuid)
                if row is not None:
                    names = ", ".join(f'"{n}"' for n, _ in columns(table))
                    marks = ", ".join("?" for _ in row)
                    self.db.execute(f'INSERT INTO "{table_name}" ({names}) VALUES ({marks})', row)
                self.db.execute(f"DELETE FROM {CHANGE_TABLE} WHERE id = ?", (change_id,))

    def settle(self, result: dict, through: Optional[int] = None,
               edit_counts: Optional[Dict[int, int]] = None) -> Tuple[int, int, int]:
        """Clear what the server confirmed, keep what was edited meanwhile, note conflicts
        and refusals; returns (applied, conflicts, refused). Changes that wait for a row
        the server does not have yet stay pending (counted as refused this time).

        ``through``: the batch's last change id (``start_batch``); tables loaded by COPY
        (``result["copied"]``) are settled table by table, not id by id. ``edit_counts``:
        the per-change snapshot a batch started by an older plugin recorded instead."""
        refused = {int(k): v for k, v in result["refused"].items()}
        waiting = len(result.get("waiting", {}))
        versions = {int(k): v for k, v in result.get("versions", {}).items()}
        applied = [(int(i), versions.get(int(i))) for i in result["applied"]]
        copied = result.get("copied")
        now = utc_now_text()
        with self.transaction():
            if edit_counts is not None:
                self._settle_by_snapshot(applied, edit_counts)
            else:
                self._settle_applied(applied)
            if copied and through is not None:
                self._settle_copied_tables(copied["tables"], through)
            self.db.executemany(f"UPDATE {CHANGE_TABLE} SET refused = ? WHERE id = ?",
                                [(reason, change_id) for change_id, reason in refused.items()])
            for c in result["conflicts"]:
                self.db.execute(
                    f"INSERT INTO {CONFLICT_TABLE} (table_name, uuid, kind, column_name, "
                    "base_value, mine, theirs, theirs_by, theirs_at, created_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (c["table"], c["uuid"], c["kind"], c["column"], c["base"], c["mine"],
                     c["theirs"], c["by"], c["at"], now))
            if copied:
                # Loaded by COPY into an empty server: the rows take what the server gave
                # them, and the next pull skips them instead of downloading them again.
                self.set_state("capture", "0")
                for name in copied["tables"]:
                    self.db.execute(f'UPDATE "{name}" SET version = 1, changed_at = ?, '
                                    "changed_by = ?", (copied["changed_at"], copied["changed_by"]))
                self.set_state("capture", "1")
                self.set_state("pull_skip", json.dumps({"through": copied["through"],
                                                        "tables": copied["tables"]}))
            self.set_state("pending_batch", None)
        copied_rows = copied.get("rows", 0) if copied and through is not None else 0
        return len(applied) + copied_rows, len(result["conflicts"]), len(refused) + waiting

    # Edited again while the batch travelled: the server's row, at the version the push
    # left it, is the base of what is pending now.
    _EDITED_AGAIN = (f"UPDATE {CHANGE_TABLE} SET op = CASE op WHEN 'D' THEN 'D' ELSE 'U' END, "
                     "base = NULL, base_version = ?")

    def _settle_applied(self, applied: Sequence[Tuple[int, Optional[int]]]) -> None:
        self.db.executemany(f"DELETE FROM {CHANGE_TABLE} WHERE id = ? AND edits = 0",
                            [(change_id,) for change_id, _ in applied])
        self.db.executemany(self._EDITED_AGAIN + " WHERE id = ?",
                            [(version, change_id) for change_id, version in applied])

    def _settle_copied_tables(self, tables: Sequence[str], through: int) -> None:
        for name in tables:
            self.db.execute(f"DELETE FROM {CHANGE_TABLE} WHERE table_name = ? AND id <= ? "
                            "AND edits = 0", (name, through))
            self.db.execute(self._EDITED_AGAIN + " WHERE table_name = ? AND id <= ?",
                            (1, name, through))

    def _settle_by_snapshot(self, applied: Sequence[Tuple[int, Optional[int]]],
                            edit_counts: Dict[int, int]) -> None:
        current = dict(self.db.execute(f"SELECT id, edits FROM {CHANGE_TABLE}"))
        done, edited_again = [], []
        for change_id, version in applied:
            if change_id not in current:
                continue
            if current[change_id] == edit_counts.get(change_id):
                done.append((change_id,))
            else:
                edited_again.append((version, change_id))
        self.db.executemany(f"DELETE FROM {CHANGE_TABLE} WHERE id = ?", done)
        self.db.executemany(self._EDITED_AGAIN + " WHERE id = ?", edited_again)

    def copy_lines(self, table: Table) -> Iterator[str]:
        """Every row of ``table`` as a line of PostgreSQL's COPY text format, columns in
        ``columns(table)`` order, made by SQLite itself (a first push of a city is some
        half a million rows: a Python call per value cost more than the load)."""
        self.db.create_function("kt_wkb_hex", 1, _wkb_hex, deterministic=True)
        # SQLite's own printf of a double is not exact beyond 15 digits: repr() is.
        self.db.create_function("kt_real", 1, repr, deterministic=True)
        parts = []
        for name, kind in columns(table):
            column = f'"{name}"'
            if kind == "GEOM":
                text = f"kt_wkb_hex({column})"
            elif kind == "BOOLEAN":
                text = f"CASE WHEN {column} THEN 't' ELSE 'f' END"
            elif kind == "REAL":
                text = f"kt_real({column})"  # every bit of the double
            elif kind == "INTEGER":
                text = f"CAST({column} AS INTEGER)"
            elif kind == "BLOB":
                text = f"'\\\\x' || hex({column})"  # COPY reads \\x as \x: bytea's hex
            else:
                text = column
                for char, escaped in (("'\\'", "'\\\\'"), ("char(9)", "'\\t'"),
                                      ("char(10)", "'\\n'"), ("char(13)", "'\\r'")):
                    text = f"replace({text}, {char}, {escaped})"
            parts.append(f"CASE WHEN {column} IS NULL THEN '\\N' ELSE {text} END")
        query = " || char(9) || ".join(parts)
        for (line,) in self.db.execute(f'SELECT {query} FROM "{table.name}"'):
            yield line

    def forget_batch(self) -> None:
        """The batch never reached the server: its changes simply go again."""
        with self.transaction():
            self.set_state("pending_batch", None)

    # --- pulled rows -------------------------------------------------------------------

    def pending_by_row(self) -> Dict[Tuple[str, str], Tuple[str, Optional[str]]]:
        return {(t, u): (op, base) for t, u, op, base in self.db.execute(
            f"SELECT table_name, uuid, op, base FROM {CHANGE_TABLE}")}

    def photo_hashes(self) -> Dict[str, Optional[str]]:
        return dict(self.db.execute("SELECT uuid, sha256 FROM defect_photo"))

    def photo_bytes(self, uuid: str) -> Optional[bytes]:
        row = self.db.execute("SELECT bytes FROM defect_photo WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else row[0]

    def delete_row(self, table_name: str, uuid: str) -> int:
        return self.db.execute(f'DELETE FROM "{table_name}" WHERE uuid = ?', (uuid,)).rowcount

    def rebase_change(self, table_name: str, uuid: str, base: dict, version: int) -> None:
        """The server has this row too: from now on my values are changes against its."""
        self.db.execute(f"UPDATE {CHANGE_TABLE} SET op = 'U', base = ?, base_version = ? "
                        "WHERE table_name = ? AND uuid = ?",
                        (json.dumps(base), version, table_name, uuid))

    def update_row(self, table: Table, names: Sequence[str], row: Sequence) -> None:
        """Write ``row`` (all ``names``, uuid first) over the working copy's row."""
        self.db.execute(f'UPDATE "{table.name}" SET '
                        + ", ".join(f'"{n}" = ?' for n in names if n != "uuid")
                        + " WHERE uuid = ?",
                        [v for n, v in zip(names, row) if n != "uuid"] + [row[0]])

    def is_empty(self, table_name: str) -> bool:
        return self.db.execute(f'SELECT 1 FROM "{table_name}" LIMIT 1').fetchone() is None

    def present(self, table_name: str, uuids: Sequence[str]) -> set:
        """Which of ``uuids`` the working copy has: looked up by index, so an incremental
        pull costs what it brings, not what the table holds."""
        if self.is_empty(table_name):
            return set()
        found = set()
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            found.update(u for (u,) in self.db.execute(
                f'SELECT uuid FROM "{table_name}" WHERE uuid IN ({", ".join("?" for _ in chunk)})',
                chunk))
        return found

    def write_new_and_changed(self, table: Table, names: Sequence[str], rows: Sequence[list],
                              present: set) -> None:
        """Rows the working copy has are updated, the others inserted (separate UPDATE
        and INSERT, not an upsert: SQLite lets an upsert's conflict clause override the
        "INSERT OR REPLACE" in GDAL's R-tree triggers, which then fail)."""
        quoted = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        update = (f'UPDATE "{table.name}" SET '
                  + ", ".join(f'"{n}" = ?' for n in names if n != "uuid") + " WHERE uuid = ?")
        self.db.executemany(update, [list(r[1:]) + [r[0]] for r in rows if r[0] in present])
        self.db.executemany(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
                            [r for r in rows if r[0] not in present])

    def bulk_fill(self, table: Table, names: Sequence[str]) -> BulkFill:
        """The bulk path of a first download into this (empty) table: see BulkFill."""
        return BulkFill(self.db, table, names)


class BulkFill:
    """Rows written straight into an empty table, batch by batch, its spatial index built
    once at the end.

    GDAL's R-tree triggers would call back into Python five times per row; for an empty
    table the index is packed from the envelopes the server sent instead (store.rtree),
    and the triggers come back before the pull's transaction ends (all or nothing, like
    every pull). Triggers and indexes are set aside and made again at the end: building
    an index once beats growing it row by row. Memory holds one batch of rows and the
    envelopes (32 bytes a row), not the table.
    """

    def __init__(self, db: sqlite3.Connection, table: Table, names: Sequence[str]) -> None:
        self.db, self.table, self.names = db, table, list(names)
        self.triggers = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
            "(name LIKE 'rtree_%' OR name LIKE 'kt_capture_%' OR "
            "name LIKE 'trigger_%_feature_count_%')", (table.name,)).fetchall()
        self.indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND tbl_name = ? AND sql IS NOT NULL",
                                  (table.name,)).fetchall()
        for name, _sql in self.triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        for name, _sql in self.indexes:
            db.execute(f'DROP INDEX "{name}"')
        quoted = ", ".join(f'"{n}"' for n in self.names)
        self.insert = (f'INSERT INTO "{table.name}" ({quoted}) '
                       f'VALUES ({", ".join("?" for _ in self.names)})')
        self.count = 0
        self.fids, self.envelopes = [], []
        self._unpack = struct.Struct("<4d").unpack_from

    def add(self, rows: Sequence[list]) -> None:
        if not rows:
            return
        before = self.db.execute(f'SELECT max(fid) FROM "{self.table.name}"').fetchone()[0] or 0
        self.db.executemany(self.insert, rows)
        # The table was empty and only we write it, so the new fids are consecutive in
        # the order the rows were given (read from the primary key's end, not by a scan).
        last = self.db.execute(f'SELECT max(fid) FROM "{self.table.name}"').fetchone()[0]
        if last - before != len(rows):
            raise BulkWriteError(f"{self.table.name}: the bulk download found rows it did "
                                 "not write")
        self.count += len(rows)
        if not self.table.geometry_type:
            return
        fids, envelopes = [], []
        for fid, row in zip(range(before + 1, last + 1), rows):
            blob = row[-1]
            if blob is None:
                continue
            # Blobs made by sync_server.local_row_from_server carry an XY envelope right
            # after the header (flags 3: little endian, envelope kind 1); others are parsed.
            env = self._unpack(blob, 8) if blob[3] == 3 else gpkg_geometry.envelope(blob)
            if env is not None:
                fids.append(fid)
                envelopes.append(env)
        if fids:
            # Kept as the R-tree keeps them, float32 boxes rounded outwards (16 bytes a row,
            # not 32): a city of 1 000 000 pipes has some 4 million rows to index.
            env = numpy.array(envelopes, dtype=numpy.float64)
            self.fids.append(numpy.array(fids, dtype=numpy.int64))
            self.envelopes.append(gpkg_rtree.rounded_boxes(env[:, 0], env[:, 1], env[:, 2],
                                                           env[:, 3]))

    def finish(self) -> None:
        if self.fids:
            fids = numpy.concatenate(self.fids)
            boxes = numpy.concatenate(self.envelopes)
            self.fids, self.envelopes = [], []  # the pull goes on with the next table
            gpkg_rtree.fill_empty_rtree(self.db, f"rtree_{self.table.name}_geom", fids,
                                        boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
            del fids, boxes
        for _name, sql in self.indexes + self.triggers:
            self.db.execute(sql)
        # GDAL keeps a feature count per table, normally by trigger.
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'"
                           ).fetchone():
            self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? "
                            "WHERE table_name = ?", (self.count, self.table.name))
