"""Change capture in the working copy: SQLite triggers log every local edit.

Whatever QGIS tool made the edit (form, attribute table, vertex editor, paste, field
calculator, another program), the triggers record it in ``kt_change``: one entry per
changed row with the row as it was before the first local change (``base``, JSON) and
its server version then. At push time the changed columns are those whose current value
differs from the base. The log is cleared only for entries the server confirmed.

While sync writes pulled rows it switches capture off in ``kt_sync_state``, inside the
same SQLite transaction, so pulled changes are not mistaken for local edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List

from .schema import TABLES, UUID_COLUMNS

if TYPE_CHECKING:
    import sqlite3

    from .schema import Table

CHANGE_TABLE = "kt_change"
CONFLICT_TABLE = "kt_conflict"
STATE_TABLE = "kt_sync_state"

_DDL = f"""
CREATE TABLE IF NOT EXISTS {STATE_TABLE} (key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO {STATE_TABLE} (key, value) VALUES ('capture', '1');
CREATE TABLE IF NOT EXISTS {CHANGE_TABLE} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    base TEXT,               -- JSON of the row before the first local change (U, D)
    base_version INTEGER,    -- its server version then
    at TEXT NOT NULL,
    refused TEXT,            -- the server's reason when it refused this change
    edits INTEGER NOT NULL DEFAULT 0,  -- bumped by every local edit: "edited since sent?"
    UNIQUE (table_name, uuid)
);
CREATE TABLE IF NOT EXISTS {CONFLICT_TABLE} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL,      -- column | update_delete | delete_update
    column_name TEXT,
    base_value TEXT,
    mine TEXT,
    theirs TEXT,
    theirs_by TEXT,
    theirs_at TEXT,
    created_at TEXT NOT NULL,
    resolution TEXT          -- NULL while open; mine | theirs | edit
);
"""

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_CAPTURING = f"(SELECT value FROM {STATE_TABLE} WHERE key = 'capture') = '1'"
# The kt_canonical_uuid triggers mark their own update, which changes only how uuids are
# spelled: it is not captured as an edit.
_NOT_SPELLING = f"NOT EXISTS (SELECT 1 FROM {STATE_TABLE} WHERE key = 'spelling')"
_IN_FLIGHT = f"EXISTS (SELECT 1 FROM {STATE_TABLE} WHERE key = 'pending_batch')"


def _row_json(table, prefix):
    parts = []
    for column in table.columns:
        value = f"{prefix}.\"{column.name}\""
        if column.type == "BLOB":
            value = f"hex({value})"
        parts.append(f"'{column.name}', {value}")
    if table.geometry_type:
        parts.append(f"'geom', hex({prefix}.geom)")
    return "json_object(" + ", ".join(parts) + ")"


def canonical_uuid(expression: str) -> str:
    """SQL for the one spelling of a uuid: lower case, no braces or blanks. QGIS's uuid()
    writes "{ABC…}", GDAL and we write "abc…"; the server's uuid type reads all alike."""
    return f"lower(trim({expression}, '{{}} '))"


def _canonical_uuids(table):
    """After any insert, and an update of a reference: the row's uuids in their one
    spelling, so the row is not a second object once the server's copy comes back."""
    t = table.name
    columns = ["uuid"] + list(UUID_COLUMNS.get(t, ()))
    differs = " OR ".join(f'"{c}" IS NOT {canonical_uuid(chr(34) + c + chr(34))}' for c in columns)
    sets = ", ".join(f'"{c}" = {canonical_uuid(chr(34) + c + chr(34))}' for c in columns)
    # Only the spelling changes: not an edit of its own for sync (see _NOT_SPELLING).
    fix = (f"INSERT OR REPLACE INTO {STATE_TABLE} (key, value) VALUES ('spelling', '1');\n"
           f'    UPDATE "{t}" SET {sets} WHERE fid = NEW.fid AND ({differs});\n'
           f"    DELETE FROM {STATE_TABLE} WHERE key = 'spelling';")
    new_differs = " OR ".join(f'NEW."{c}" IS NOT {canonical_uuid("NEW." + chr(34) + c + chr(34))}'
                              for c in columns)
    statements = [f"""CREATE TRIGGER IF NOT EXISTS kt_canonical_uuid_insert_{t} AFTER INSERT ON "{t}"
WHEN {new_differs}
BEGIN
    {fix}
END"""]
    references = list(UUID_COLUMNS.get(t, ()))
    if references:
        ref_differs = " OR ".join(
            f'NEW."{c}" IS NOT {canonical_uuid("NEW." + chr(34) + c + chr(34))}' for c in references)
        of = ", ".join(f'"{c}"' for c in references)
        statements.append(f"""CREATE TRIGGER IF NOT EXISTS kt_canonical_uuid_update_{t}
AFTER UPDATE OF {of} ON "{t}"
WHEN {ref_differs}
BEGIN
    {fix}
END""")
    return statements


def trigger_sql(table: Table) -> List[str]:
    t = table.name
    base = _row_json(table, "OLD")
    return _canonical_uuids(table) + [
        f"""CREATE TRIGGER IF NOT EXISTS kt_capture_insert_{t} AFTER INSERT ON "{t}"
WHEN {_CAPTURING}
BEGIN
    INSERT OR IGNORE INTO {CHANGE_TABLE} (table_name, uuid, op, at)
    VALUES ('{t}', {canonical_uuid("NEW.uuid")}, 'I', {_NOW});
END""",
        f"""CREATE TRIGGER IF NOT EXISTS kt_capture_update_{t} AFTER UPDATE ON "{t}"
WHEN {_CAPTURING} AND {_NOT_SPELLING}
BEGIN
    INSERT OR IGNORE INTO {CHANGE_TABLE} (table_name, uuid, op, base, base_version, at)
    VALUES ('{t}', OLD.uuid, 'U', {base}, OLD.version, {_NOW});
    -- An edit to a refused change gives it another try.
    UPDATE {CHANGE_TABLE} SET refused = NULL, edits = edits + 1
     WHERE table_name = '{t}' AND uuid = OLD.uuid;
END""",
        f"""CREATE TRIGGER IF NOT EXISTS kt_capture_delete_{t} AFTER DELETE ON "{t}"
WHEN {_CAPTURING}
BEGIN
    INSERT OR IGNORE INTO {CHANGE_TABLE} (table_name, uuid, op, base, base_version, at)
    SELECT '{t}', OLD.uuid, 'D', {base}, OLD.version, {_NOW}
     WHERE NOT EXISTS (SELECT 1 FROM {CHANGE_TABLE} WHERE table_name = '{t}' AND uuid = OLD.uuid);
    UPDATE {CHANGE_TABLE} SET op = 'D', refused = NULL, edits = edits + 1
     WHERE table_name = '{t}' AND uuid = OLD.uuid AND op = 'U';
    -- Made here and deleted while a push is under way: it may be on the server already.
    UPDATE {CHANGE_TABLE} SET op = 'D', edits = edits + 1
     WHERE table_name = '{t}' AND uuid = OLD.uuid AND op = 'I' AND {_IN_FLIGHT};
    -- Made and deleted here: the server never needs to hear of it.
    DELETE FROM {CHANGE_TABLE} WHERE table_name = '{t}' AND uuid = OLD.uuid AND op = 'I';
END""",
        f"""CREATE TRIGGER IF NOT EXISTS kt_fixed_uuid_{t} BEFORE UPDATE OF uuid ON "{t}"
WHEN NEW.uuid IS NOT OLD.uuid AND NEW.uuid IS NOT {canonical_uuid("OLD.uuid")}
BEGIN
    SELECT RAISE(ABORT, 'The uuid of an object never changes (Die uuid ist unveränderlich).');
END""",
    ]


def install(connection: sqlite3.Connection, in_transaction: bool = False,
            refresh: bool = False) -> None:
    """Create the sync tables and capture triggers (idempotent). ``connection``: sqlite3.

    ``refresh``: make every capture trigger again from the current schema (after a schema
    migration, which may have added columns the row snapshots must hold)."""
    if not in_transaction:
        connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in _DDL.strip().split(";\n"):
            if statement.strip():
                connection.execute(statement)
        if refresh:
            for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                    "(name LIKE 'kt\\_capture\\_%' ESCAPE '\\' OR "
                    "name LIKE 'kt\\_canonical\\_uuid\\_%' ESCAPE '\\' OR "
                    "name LIKE 'kt\\_fixed\\_uuid\\_%' ESCAPE '\\')").fetchall():
                connection.execute(f'DROP TRIGGER "{name}"')
        for table in TABLES:
            for sql in trigger_sql(table):
                connection.execute(sql)
        if not in_transaction:
            connection.execute("COMMIT")
    except Exception:
        if not in_transaction:
            connection.execute("ROLLBACK")
        raise


def is_installed(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (CHANGE_TABLE,)).fetchone()
    return row is not None


def pending_count(connection: sqlite3.Connection) -> int:
    if not is_installed(connection):
        return 0
    return connection.execute(f"SELECT count(*) FROM {CHANGE_TABLE} WHERE refused IS NULL"
                              ).fetchone()[0]


def open_conflicts(connection: sqlite3.Connection) -> int:
    if not is_installed(connection):
        return 0
    return connection.execute(f"SELECT count(*) FROM {CONFLICT_TABLE} WHERE resolution IS NULL"
                              ).fetchone()[0]
