"""The server's side of sync: every statement sync sends to the central PostGIS.

Rows travel in the working copy's representation: pulls ask the server for values
already shaped like SQLite's (text dates, 0/1 booleans, WKB plus envelope for a
GeoPackage blob, see ``server_select``), pushes send working-copy values as parameters
(``server_parameter``). Which rows to send and how to merge them is decided in ``sync/``;
this module only talks to the server.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

import psycopg2
import psycopg2.errors

from . import geometry as gpkg_geometry
from .schema import CRS_EPSG, UUID_COLUMNS, Table

if TYPE_CHECKING:
    import psycopg2.extensions

# What the server refuses of one change (its rights, its rules, its types): the change
# stays local with the server's reason, the rest of the batch goes on.
REFUSALS = (psycopg2.errors.InsufficientPrivilege, psycopg2.errors.CheckViolation,
            psycopg2.errors.ForeignKeyViolation, psycopg2.errors.NotNullViolation,
            psycopg2.errors.UniqueViolation, psycopg2.errors.RaiseException,
            psycopg2.errors.InvalidTextRepresentation, psycopg2.errors.DatetimeFieldOverflow,
            psycopg2.errors.InvalidDatetimeFormat, psycopg2.errors.NumericValueOutOfRange)

# Of those, refusals that may pass later without anyone editing the change: a reference
# to a row the server does not have yet.
WAITS = (psycopg2.errors.ForeignKeyViolation,)

Column = Tuple[str, str]  # (name, type); the geometry as ("geom", "GEOM")


_AT = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"


def columns(table: Table) -> List[Column]:
    """(name, kind) of every synced column, geometry last as 'GEOM'."""
    cols = [(c.name, c.type) for c in table.columns]
    if table.geometry_type:
        cols.append(("geom", "GEOM"))
    return cols


# --- values ---------------------------------------------------------------------------

def server_select(table: Table, alias: str = "t") -> str:
    """SELECT expressions giving a server row in the working copy's representation."""
    parts = []
    for column in table.columns:
        name = f'{alias}."{column.name}"'
        if column.type == "DATETIME":
            parts.append(f"to_char({name} AT TIME ZONE 'UTC', "
                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        elif column.type == "DATE":
            parts.append(f"to_char({name}, 'YYYY-MM-DD')")
        elif column.type == "BOOLEAN":
            parts.append(f"{name}::int")
        elif column.name == "uuid" or column.name in UUID_COLUMNS.get(table.name, ()):
            parts.append(f"{name}::text")
        else:
            parts.append(name)
    if table.geometry_type:
        parts.append(f"ST_AsBinary({alias}.geom), ST_XMin({alias}.geom), ST_XMax({alias}.geom), "
                     f"ST_YMin({alias}.geom), ST_YMax({alias}.geom)")
    return ", ".join(parts)


def width(table: Table) -> int:
    """How many fields ``server_select`` gives for ``table``."""
    return len(table.columns) + (5 if table.geometry_type else 0)


def local_row_from_server(table: Table, record: Sequence) -> list:
    """A server record (from ``server_select``) as the working copy's column values."""
    n = len(table.columns)
    values = list(record[:n])
    for i, column in enumerate(table.columns):
        if column.type == "BLOB" and values[i] is not None:
            values[i] = bytes(values[i])
    if table.geometry_type:
        wkb, minx, maxx, miny, maxy = record[n:n + 5]
        envelope = None if minx is None else (minx, maxx, miny, maxy)
        values.append(gpkg_geometry.make_blob(wkb, CRS_EPSG, envelope) if wkb is not None
                      else None)
    return values


def server_parameter(kind: str, value: Any) -> Any:
    """A working-copy value as a parameter for the server."""
    if value is None:
        return None
    if kind == "BOOLEAN":
        return bool(int(value))
    if kind == "BLOB":
        return bytes(value)
    if kind == "GEOM":
        blob = bytes(value)
        return gpkg_geometry.wkb_of(blob) if blob[:2] == b"GP" else blob
    return value


def photo_hash(data: Optional[Union[bytes, bytearray, memoryview]]) -> Optional[str]:
    return None if data is None else hashlib.sha256(bytes(data)).hexdigest()


def parameters(table: Table, cols: Sequence[Column], row: Sequence) -> list:
    """A working-copy row as parameters for an INSERT; a photo with the hash of its bytes
    (the server computes it and refuses a false one; a tool may have changed the bytes)."""
    params = [server_parameter(k, v) for (_, k), v in zip(cols, row)]
    if table.name == "defect_photo":
        names = [n for n, _ in cols]
        params[names.index("sha256")] = photo_hash(params[names.index("bytes")])
    return params


def is_duplicate_code(error: BaseException) -> bool:
    """The server's refusal of a second object with the same code in one table."""
    return isinstance(error, psycopg2.errors.UniqueViolation) and \
        error.diag.constraint_name == "kt_object_code_unique"


def _marks(cols: Sequence[Column]) -> str:
    return ", ".join(f"ST_GeomFromWKB(%s, {CRS_EPSG})" if k == "GEOM" else "%s" for _, k in cols)


# --- one row ----------------------------------------------------------------------------

def row(cursor: psycopg2.extensions.cursor, schema: str, table: Table, uuid: str, lock: bool = True
        ) -> Optional[Tuple[list, int, Optional[str], Optional[str]]]:
    """(row as working-copy values, version, changed_by, changed_at) or None."""
    cursor.execute(f"SELECT {server_select(table)}, t.version, t.changed_by, "
                   f"{_AT.format('t.changed_at')} "
                   f'FROM {schema}."{table.name}" t WHERE t.uuid = %s'
                   + (" FOR UPDATE" if lock else ""), (uuid,))
    record = cursor.fetchone()
    if record is None:
        return None
    n = width(table)
    version, by, at = record[n:n + 3]
    return local_row_from_server(table, record[:n]), version, by, at


def insert(cursor: psycopg2.extensions.cursor,
           schema: str, table_name: str, cols: Sequence[Column], params: list) -> bool:
    """Insert unless the uuid exists (then False: the caller compares)."""
    names = ", ".join(f'"{n}"' for n, _ in cols)
    cursor.execute(f'INSERT INTO {schema}."{table_name}" ({names}) VALUES ({_marks(cols)}) '
                   "ON CONFLICT (uuid) DO NOTHING", params)
    return cursor.rowcount == 1


def insert_many(cursor: psycopg2.extensions.cursor, schema: str, table_name: str, cols: Sequence[Column],
                rows: List[list]) -> List[str]:
    """Insert rows with one statement; the uuids inserted (those new to the server)."""
    from psycopg2.extras import execute_values

    names = ", ".join(f'"{n}"' for n, _ in cols)
    return execute_values(
        cursor, f'INSERT INTO {schema}."{table_name}" ({names}) VALUES %s '
                "ON CONFLICT (uuid) DO NOTHING RETURNING uuid::text",
        rows, template=f"({_marks(cols)})", page_size=len(rows), fetch=True)


def update(cursor: psycopg2.extensions.cursor,
           schema: str, table_name: str, assignments: Sequence[Column], params: list,
           uuid: str) -> int:
    """Set the named columns; the row's new version."""
    sets = ", ".join(f'"{name}" = ' + (f"ST_GeomFromWKB(%s, {CRS_EPSG})" if kind == "GEOM"
                                       else "%s") for name, kind in assignments)
    cursor.execute(f'UPDATE {schema}."{table_name}" SET {sets} WHERE uuid = %s '
                   "RETURNING version", list(params) + [uuid])
    return cursor.fetchone()[0]


def delete(cursor: psycopg2.extensions.cursor, schema: str, table_name: str, uuid: str) -> None:
    cursor.execute(f'DELETE FROM {schema}."{table_name}" WHERE uuid = %s', (uuid,))


def deleted_by(cursor: psycopg2.extensions.cursor,
               schema: str, table_name: str, uuid: str) -> Tuple[Optional[str],
                                                                         Optional[str]]:
    """Who deleted a row and when, from the tombstone; (None, None) when unknown."""
    cursor.execute(f"SELECT deleted_by, {_AT.format('deleted_at')} FROM {schema}.tombstone "
                   "WHERE table_name = %s AND uuid = %s", (table_name, uuid))
    return cursor.fetchone() or (None, None)


def set_defect_status(cursor: psycopg2.extensions.cursor, schema: str, uuid: str, status: str,
                      note: Optional[str] = None,
                      with_note: bool = False) -> None:
    """One workflow step: the server's trigger checks it and writes its history event."""
    if with_note:
        cursor.execute(f"UPDATE {schema}.defect SET status = %s, status_note = %s "
                       "WHERE uuid = %s", (status, note, uuid))
    else:
        cursor.execute(f"UPDATE {schema}.defect SET status = %s WHERE uuid = %s", (status, uuid))


def set_defect_note(cursor: psycopg2.extensions.cursor, schema: str, uuid: str,
                    note: Optional[str]) -> int:
    cursor.execute(f"UPDATE {schema}.defect SET status_note = %s WHERE uuid = %s "
                   "RETURNING version", (note, uuid))
    return cursor.fetchone()[0]


# --- the first push of a populated working copy ------------------------------------------

def is_empty(cursor: psycopg2.extensions.cursor, schema: str) -> bool:
    """Whether the central store has never held a row (its change sequence is unused).
    Asked under the writers' lock, so no other desktop fills it meanwhile."""
    cursor.execute(f"SELECT 1 FROM {schema}.writer_lock WHERE id = 1 FOR UPDATE")
    cursor.execute(f"SELECT is_called FROM {schema}.change_seq")
    return not cursor.fetchone()[0]


def transaction_stamp(cursor: psycopg2.extensions.cursor) -> Tuple[str, str]:
    """(changed_at, changed_by) the tracking trigger gives every row of this transaction,
    in the working copy's representation."""
    cursor.execute("SELECT to_char(now() AT TIME ZONE 'UTC', "
                   "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user")
    return cursor.fetchone()


def copy_into(cursor: psycopg2.extensions.cursor, schema: str, table: Table, lines: Iterable[str],
              chunk: int = 50_000) -> int:
    """Rows (lines in COPY's text format, ``columns(table)`` order) into the tracked table
    by COPY into a temporary table and one INSERT … SELECT: the server's triggers, checks
    and foreign keys judge them as they judge any insert, at a loader's speed."""
    import io

    cols = columns(table)
    staging = f"kt_bulk_{table.name}"
    definitions = ", ".join(f'"{n}" text' for n, _k in cols)
    cursor.execute(f"CREATE TEMP TABLE {staging} ({definitions}) ON COMMIT DROP")
    names = ", ".join(f'"{n}"' for n, _ in cols)
    count = 0
    buffer = io.StringIO()
    for line in lines:
        buffer.write(line)
        buffer.write("\n")
        count += 1
        if count % chunk == 0:
            buffer.seek(0)
            cursor.copy_expert(f"COPY {staging} ({names}) FROM STDIN", buffer)
            buffer = io.StringIO()
    buffer.seek(0)
    cursor.copy_expert(f"COPY {staging} ({names}) FROM STDIN", buffer)
    types = {"TEXT": "text", "INTEGER": "integer", "REAL": "double precision",
             "BOOLEAN": "boolean", "DATE": "date", "DATETIME": "timestamptz", "BLOB": "bytea"}
    select = []
    for name, kind in cols:
        if kind == "GEOM":
            select.append(f"ST_GeomFromWKB(decode(s.\"{name}\", 'hex'), {CRS_EPSG})")
        elif name == "uuid" or name in UUID_COLUMNS.get(table.name, ()):
            select.append(f's."{name}"::uuid')
        else:
            select.append(f's."{name}"::{types[kind]}')
    cursor.execute(f'INSERT INTO {schema}."{table.name}" ({names}) '
                   f"SELECT {', '.join(select)} FROM {staging} s")
    cursor.execute(f"DROP TABLE {staging}")
    return count


def current_seq(cursor: psycopg2.extensions.cursor, schema: str) -> int:
    cursor.execute(f"SELECT last_value FROM {schema}.change_seq")
    return cursor.fetchone()[0]


# --- transactions -----------------------------------------------------------------------

def defer_constraints(cursor: psycopg2.extensions.cursor) -> None:
    """Foreign keys checked at commit: a batch may arrive in any order."""
    cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def check_constraints_now(cursor: psycopg2.extensions.cursor) -> None:
    """Check what was written so far (inside a savepoint), then defer again."""
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def savepoint(cursor: psycopg2.extensions.cursor, name: str) -> None:
    cursor.execute(f"SAVEPOINT {name}")


def release(cursor: psycopg2.extensions.cursor, name: str) -> None:
    cursor.execute(f"RELEASE SAVEPOINT {name}")


def roll_back_to(cursor: psycopg2.extensions.cursor, name: str) -> None:
    cursor.execute(f"ROLLBACK TO SAVEPOINT {name}")


def record_batch(cursor: psycopg2.extensions.cursor, schema: str, batch_id: str, result_json: str) -> None:
    """In the batch's own transaction: a retry after a lost answer finds it applied."""
    cursor.execute(f"INSERT INTO {schema}.sync_batch (batch_id, result) VALUES (%s, %s)",
                   (batch_id, result_json))


def batch_result(connection: psycopg2.extensions.connection, schema: str, batch_id: str) -> Optional[dict]:
    with connection:
        cursor = connection.cursor()
        cursor.execute(f"SELECT result FROM {schema}.sync_batch WHERE batch_id = %s",
                       (batch_id,))
        found = cursor.fetchone()
    return None if found is None else found[0]


# --- pull -------------------------------------------------------------------------------

def begin_snapshot(connection: psycopg2.extensions.connection) -> None:
    """Every table of one pull read from one consistent state of the server."""
    connection.set_session(isolation_level="REPEATABLE READ", readonly=True)


def end_snapshot(connection: psycopg2.extensions.connection) -> None:
    try:
        connection.rollback()
        connection.set_session(isolation_level="READ COMMITTED", readonly=False)
    except psycopg2.Error:
        pass


def _batches(connection, name: str, sql: str, params, batch: int):
    """Rows of a query in batches from a server-side cursor: memory holds one batch,
    whatever the table's size."""
    with connection.cursor(name=name) as cursor:
        cursor.itersize = batch
        cursor.execute(sql, params)
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield rows


def changed_rows(connection: psycopg2.extensions.connection, schema: str, table: Table, last_seen: int,
                 batch: int = 20_000) -> Iterator[List[tuple]]:
    """Batches of the rows of ``table`` changed after ``last_seen``, each row followed by its
    change_seq. Photo bytes are left out (``photo_bytes`` fetches the ones a client lacks)."""
    select = server_select(table)
    if table.name == "defect_photo":
        select = select.replace('t."bytes"', "NULL::bytea")
    # History events in the order the server wrote them: the steps of one push share
    # their time, and the working copy orders them by time, then arrival.
    order = " ORDER BY t.change_seq" if table.name == "defect_event" else ""
    yield from _batches(connection, f"kt_pull_{table.name}",
                        f"SELECT {select}, t.change_seq "
                        f'FROM {schema}."{table.name}" t WHERE t.change_seq > %s{order}',
                        (last_seen,), batch)


def tombstones(connection: psycopg2.extensions.connection, schema: str, last_seen: int,
               batch: int = 20_000) -> Iterator[List[Tuple[str, str, int]]]:
    """Batches of (table, uuid, change_seq) deleted after ``last_seen``."""
    yield from _batches(connection, "kt_pull_tombstones",
                        f"SELECT table_name, uuid::text, change_seq FROM {schema}.tombstone "
                        "WHERE change_seq > %s", (last_seen,), batch)


def photo_bytes(cursor: psycopg2.extensions.cursor,
                schema: str, uuids: Iterable[str]) -> Dict[str, Optional[bytes]]:
    uuids = list(uuids)
    if not uuids:
        return {}
    cursor.execute(f"SELECT uuid::text, bytes FROM {schema}.defect_photo "
                   "WHERE uuid = ANY(%s::uuid[])", (uuids,))
    return {u: bytes(b) if b is not None else None for u, b in cursor.fetchall()}


def login(connection: psycopg2.extensions.connection) -> str:
    """The login this connection writes as (the server numbers defects by it)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT session_user")
        (name,) = cursor.fetchone()
    connection.rollback()
    return name


def identity(connection: psycopg2.extensions.connection, schema: str) -> str:
    """Which central store this is: the cluster, the database, the schema."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('cluster_name'), inet_server_port(), "
                       "current_database(), (SELECT oid FROM pg_database "
                       "WHERE datname = current_database())")
        cluster, port, database, oid = cursor.fetchone()
    connection.rollback()
    return f"{database}#{oid}@{cluster or ''}:{port or ''}/{schema}"
