"""Writes parsed records into the working copy: all or nothing, new or matched by object code.

One SQLite transaction holds the whole import: if the file turns out broken halfway, or
the user cancels, the transaction is rolled back and the working copy is as it was (a
working copy this import created is removed again). Rows are written as they are parsed,
and references between assets (a pipe's manholes, a lateral's pipe) are resolved at the
end with SQL, because files list edges before or after their nodes; so memory does not
grow with the file (except, into an empty working copy, one dict of object codes). Every
insert and update is logged for sync as the change-capture triggers would log it (in bulk
by one statement per table instead of the triggers), so the import is pushed to the server
by the next sync like any other edit.
"""

from __future__ import annotations

import getpass
import json
import os
from array import array
from typing import TYPE_CHECKING, Callable, Optional, Union

import numpy

from ..core.exchange.errors import ExchangeError, ReadWhole
from ..core.exchange.plausibility import asset_findings
from ..core.exchange.records import Asset
from ..core.timestamps import utc_now_text
from ..errors import Cancelled
from ..i18n import tr
from . import geometry as gpkg_geometry
from . import lifted_triggers, working_copy
from . import rtree as gpkg_rtree
from .change_capture import CHANGE_TABLE, STATE_TABLE
from .schema import TABLES_BY_NAME

if TYPE_CHECKING:
    import sqlite3

    from ..core.exchange.interfaces import ImportReport, RecordReader
    from ..core.exchange.records import Inspection

ASSET_TABLES = ("manhole", "pipe", "lateral", "gully")
_REFERENCE_TARGETS = {("pipe", "from_manhole"): "manhole", ("pipe", "to_manhole"): "manhole",
                      ("lateral", "pipe"): "pipe", ("lateral", "gully"): "gully"}
# The raw fields a resolved reference makes redundant: the export writes them from the
# referenced object (its code, and Kantentyp 0 for a Haltung), so they need no source record.
_RAW_REFERENCE_FIELDS = {("pipe", "from_manhole"): ("KnotenZulauf",),
                         ("pipe", "to_manhole"): ("KnotenAblauf",),
                         ("lateral", "gully"): ("KnotenZulauf",),
                         ("lateral", "pipe"): ("Anschlussdaten/Objektbezeichnung",
                                               "Anschlussdaten/Kantentyp")}
_BATCH = 2000
# Columns an object's inspections set (the latest class), never its master data: an update
# from a file of master data leaves them as they are.
_FROM_INSPECTIONS = frozenset(("condition_class", "condition_scheme"))
# The codes of a source record as JSON; one encoder for all (json.dumps makes one per call).
_codes_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


_SQL_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"  # as the change-capture triggers write it



_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _new_uuids():
    """Random (version 4) uuids as text, like str(uuid.uuid4()), from one os.urandom call
    per few thousand: uuid4() costs a system call and two objects each."""
    while True:
        pool = os.urandom(16 * 4096).hex()
        for i in range(0, len(pool), 32):
            yield (f"{pool[i:i + 8]}-{pool[i + 8:i + 12]}-4{pool[i + 13:i + 16]}-"
                   f"{_VARIANT[pool[i + 16]]}{pool[i + 17:i + 20]}-{pool[i + 20:i + 32]}")


class StoreWriter:
    """Receives records from a reader inside one transaction of the working copy.

    Into an empty working copy (every asset table and the source records empty) the rows
    go the bulk way: secondary indexes, GDAL's R-tree and feature-count triggers and the
    change-capture insert triggers are set aside while the rows are written in batches,
    then the indexes are built once, the change log and feature counts get what the
    triggers would have written, and the triggers come back, all inside the transaction.
    Object codes are then kept in memory (a dict per table), as there are no other rows
    to look them up in. An update matches object codes in the working copy by its index.
    """

    def __init__(self, connection: sqlite3.Connection, report: ImportReport, source_name: str,
                 format_name: str) -> None:
        self.db = connection
        self.report = report
        self.source_name = source_name
        self.format_name = format_name
        self.user = getpass.getuser() or "import"
        self.now = utc_now_text()
        self.new_uuid = _new_uuids().__next__
        self.empty = {}
        self._sql = {}
        self._names = {t: self._columns(t) for t in ASSET_TABLES}
        self._is_point = {t: TABLES_BY_NAME[t].geometry_type == "POINT" for t in ASSET_TABLES}
        self.new_inspections = {}  # uuid -> line in the file
        self.refs = []  # (table, uuid, column, code, line, object_code), flushed in batches
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS kt_import_ref (tbl TEXT, uuid TEXT, "
                        "col TEXT, code TEXT, line INTEGER, object_code TEXT)")
        self.db.execute("DELETE FROM kt_import_ref")
        for table in ASSET_TABLES + ("source_record",):
            self.empty[table] = self.db.execute(
                f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0] == 1
        self.bulk = all(self.empty.values())
        # Object codes: in bulk, every code this import wrote (code -> uuid); otherwise
        # looked up in the working copy itself (indexed), so memory stays flat, with rows
        # this import wrote having a fid from first_new_fid on and rows waiting in a batch
        # in pending_codes (code -> (uuid, fid)).
        self.known = {t: {} for t in ASSET_TABLES}
        self.pending = {t: [] for t in ASSET_TABLES}
        self.pending_rtree = {t: [] for t in ASSET_TABLES}
        # In bulk the R-trees are packed once at the end (see gpkg_rtree): fids and
        # envelopes wait in flat arrays, 40 bytes an object.
        self.bulk_rtree = {t: (array("q"), array("d")) for t in ASSET_TABLES}
        self.pending_codes = {t: {} for t in ASSET_TABLES}
        self.next_fid = {t: self.db.execute(f'SELECT coalesce(max(fid), 0) + 1 FROM "{t}"')
                         .fetchone()[0] for t in ASSET_TABLES}
        self.first_new_fid = dict(self.next_fid)
        self.updated_now = {t: set() for t in ASSET_TABLES}  # existing rows updated by this file
        self.pending_sources = []
        self.sources_written = 0
        self._set_aside()
        self.report.mode = (tr("into an empty working copy") if all(
            self.empty[t] for t in ASSET_TABLES) else tr("update, matched by object code"))

    def _set_aside(self):
        """Lift triggers (and, in bulk, indexes) for the import; ``_put_back`` restores them.

        GDAL's R-tree insert triggers call Python (ST_MinX …) five times a row; we know
        each envelope already, so the R-tree rows are written directly. In bulk the
        feature-count and change-capture insert triggers go too (their rows are written
        in one statement per table at the end) and the indexes are built once at the end
        instead of growing row by row. All inside the transaction: a rollback restores them.
        """
        self.lifted_triggers = {}  # name -> sql
        self.lifted_indexes = []  # (name, sql)
        self.rtree_insert = {}
        tables = ASSET_TABLES + ("source_record",) if self.bulk else ASSET_TABLES
        for table in tables:
            names = [f"rtree_{table}_geom_insert"]
            if self.bulk:
                names += [f"kt_capture_insert_{table}", f"trigger_insert_feature_count_{table}"]
            lifted = lifted_triggers.lift(self.db, names)
            self.lifted_triggers.update(lifted)
            if f"rtree_{table}_geom_insert" in lifted:
                self.rtree_insert[table] = (f'INSERT OR REPLACE INTO "rtree_{table}_geom" '
                                            "VALUES (?, ?, ?, ?, ?)")
            if self.bulk:
                for name, sql in self.db.execute(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                        "tbl_name = ? AND sql IS NOT NULL", (table,)).fetchall():
                    self.lifted_indexes.append((name, sql))
                    self.db.execute(f'DROP INDEX "{name}"')

    def _put_back(self):
        """Indexes and triggers back; in bulk first what the lifted triggers would have done."""
        for _name, sql in self.lifted_indexes:
            self.db.execute(sql)
        self.lifted_indexes = []
        if self.bulk:
            for table, (fids, envelopes) in self.bulk_rtree.items():
                if fids and table in self.rtree_insert:
                    box = numpy.frombuffer(envelopes, dtype=numpy.float64).reshape(-1, 4)
                    gpkg_rtree.fill_empty_rtree(self.db, f"rtree_{table}_geom",
                                                numpy.frombuffer(fids, dtype=numpy.int64),
                                                box[:, 0], box[:, 1], box[:, 2], box[:, 3])
            self.bulk_rtree = {}
            capturing = self.db.execute(
                f"SELECT (SELECT value FROM {STATE_TABLE} WHERE key = 'capture') = '1'"
            ).fetchone()[0] == 1
            now = self.db.execute(f"SELECT {_SQL_NOW}").fetchone()[0]
            for table in ASSET_TABLES + ("source_record",):
                # Every row of the table is new: the import found it empty. In uuid order,
                # the unique (table, uuid) index of the change log grows at its end, which
                # is twice as fast as in random order; the push does not depend on it.
                if capturing and f"kt_capture_insert_{table}" in self.lifted_triggers:
                    self.db.execute(
                        f"INSERT OR IGNORE INTO {CHANGE_TABLE} (table_name, uuid, op, at) "
                        f"SELECT ?, uuid, 'I', ? FROM \"{table}\" ORDER BY uuid",
                        (table, now))
                if f"trigger_insert_feature_count_{table}" in self.lifted_triggers:
                    added = self.sources_written if table == "source_record" \
                        else self.report.inserted[table]
                    self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = "
                                    "feature_count + ? WHERE lower(table_name) = lower(?)",
                                    (added, table))
        lifted_triggers.put_back(self.db, self.lifted_triggers)
        self.lifted_triggers = {}

    def _lookup(self, table, code):
        """(uuid, written by this import?) of the asset with this object code, or None."""
        if self.bulk:
            uuid = self.known[table].get(code)
            return None if uuid is None else (uuid, True)
        found = self.pending_codes[table].get(code)
        if found is None and code and not (self.empty[table] and
                                           self.next_fid[table] == self.first_new_fid[table]):
            found = self.db.execute(f'SELECT uuid, fid FROM "{table}" WHERE object_code = ?',
                                    (code,)).fetchone()
        return None if found is None else (found[0], found[1] >= self.first_new_fid[table])

    def _resolve(self, table, code):
        found = self._lookup(table, code)
        return found[0] if found else None

    @staticmethod
    def _columns(table):
        return [c for c in TABLES_BY_NAME[table].column_names
                if c not in ("uuid", "version", "changed_at", "changed_by")]

    # --- assets -----------------------------------------------------------------------

    def add(self, record: Union[Asset, Inspection]) -> None:
        if isinstance(record, Asset):
            self._asset(record)
        else:
            self._inspection(record)

    def _check(self, asset):
        for message in asset_findings(asset):
            self.report.warn(asset.line, asset.code, message)

    def _asset(self, asset):
        # Every object of a big import goes through here: into an empty working copy
        # (bulk) each one is new and written inline below. An object the working copy has
        # already (_existing) and the bookkeeping of a new one outside bulk (_pending_new)
        # are split off; neither runs in bulk.
        table = asset.table
        code = asset.code
        if self.bulk:  # the common case of a big import, without method calls
            uuid = self.known[table].get(code)
            found = None if uuid is None else (uuid, True)
        else:
            found = self._lookup(table, code)
        if found is not None:
            self._existing(asset, found)
            return
        self._check(asset)
        names = self._names[table]
        values = asset.values  # the asset is the writer's now: its values become the row
        values["object_code"] = code
        envelope = None
        if asset.points:  # as _geometry does, here without the call
            geom, envelope = gpkg_geometry.point_blob_and_envelope(*asset.points[0]) if \
                self._is_point[table] else gpkg_geometry.line_blob_and_envelope(asset.points)
        else:
            geom = None
        unresolved = asset.refs
        if unresolved:
            # References to objects already known are set at once; the rest at the end.
            unresolved = dict(unresolved)
            for column, ref_code in asset.refs.items():
                target = _REFERENCE_TARGETS.get((table, column))
                if target is None:
                    continue
                resolved = self.known[target].get(ref_code) if self.bulk else \
                    self._resolve(target, ref_code)
                if resolved is not None:
                    values[column] = resolved
                    del unresolved[column]
                    # The code is then in the reference; no need to keep it raw.
                    for field in _RAW_REFERENCE_FIELDS[(table, column)]:
                        asset.codes.pop(field, None)
        # New rows are written in batches with their fid chosen here, so the R-tree
        # rows can go in the same batches.
        uuid = self.new_uuid()
        fid = self.next_fid[table]
        self.next_fid[table] = fid + 1
        pending = self.pending[table]
        pending.append((fid, uuid, 1, self.now, self.user, *map(values.get, names), geom))
        if self.bulk:
            self.known[table][code] = uuid
            if envelope is not None and table in self.rtree_insert:
                fids, envelopes = self.bulk_rtree[table]
                fids.append(fid)
                envelopes.extend(envelope)
        else:
            self._pending_new(table, code, uuid, fid, envelope)
        if len(pending) >= _BATCH:
            self._flush_rows(table)
        self.report.inserted[table] += 1
        self.report.inserted_kinds[(table, asset.kind)] += 1
        self.report.kinds[(table, asset.kind)] += 1
        if unresolved:  # codes not known (yet): an edge listed before its nodes
            self._resolve_later(table, uuid, unresolved, asset)
        if asset.codes:
            self.pending_sources.append((self.new_uuid(), self.now, self.user, table, uuid,
                                         code, self.format_name, _codes_json(asset.codes)))
            if len(self.pending_sources) >= _BATCH:
                self._flush_sources()

    def _pending_new(self, table, code, uuid, fid, envelope):
        """A new row's code and R-tree row, when not in bulk: known until its batch is
        written (_lookup asks pending_codes), then in the table."""
        self.pending_codes[table][code] = (uuid, fid)
        if envelope is not None and table in self.rtree_insert:
            self.pending_rtree[table].append((fid,) + envelope)

    def _existing(self, asset, found):
        """An object whose code the working copy has (found: uuid, written by this import?):
        the second of a code in the file is skipped; else the row is updated."""
        table = asset.table
        code = asset.code
        uuid = found[0]
        if found[1] or uuid in self.updated_now[table]:
            self.report.skip(asset.line, code,
                             tr("the object code appears a second time in the file"))
            return
        self._check(asset)
        names = self._names[table]
        values = asset.values
        values["object_code"] = code
        geom = self._geometry(table, asset.points)[0]
        # Reference columns are set below from the file's codes; the rest only if changed,
        # so an unchanged object does not become a local edit.
        settable = [n for n in names if n not in asset.refs and
                    (n in values or n not in _FROM_INSPECTIONS)]
        assignments = ", ".join(f'"{n}" = ?' for n in settable) + ", geom = ?"
        differs = " OR ".join(f'"{n}" IS NOT ?' for n in settable) + " OR geom IS NOT ?"
        current = [values.get(n) for n in settable] + [geom]
        self.db.execute(f'UPDATE "{table}" SET {assignments} WHERE uuid = ? AND ({differs})',
                        current + [uuid] + current)
        self.report.updated[table] += 1
        self.report.updated_kinds[(table, asset.kind)] += 1
        self.updated_now[table].add(uuid)
        self.report.kinds[(table, asset.kind)] += 1
        if asset.refs:  # all of them resolved at the end
            self._resolve_later(table, uuid, asset.refs, asset)
        self._source_record(table, uuid, asset, False)

    def _resolve_later(self, table, uuid, refs, asset):
        """References ({column: code}) to set at the end, with SQL (finish)."""
        self.refs.extend((table, uuid, column, ref_code, asset.line, asset.code)
                         for column, ref_code in refs.items())
        if len(self.refs) >= 5000:
            self._flush_refs()

    def _geometry(self, table, points):
        """(GeoPackage blob, envelope) of an object's points; (None, None) without any."""
        if not points:
            return None, None
        if self._is_point[table]:
            return gpkg_geometry.point_blob_and_envelope(*points[0])
        return gpkg_geometry.line_blob_and_envelope(points)

    def _flush_rows(self, table=None):
        for name in (table,) if table else ASSET_TABLES:
            if not self.pending[name]:
                continue
            sql = self._sql.get(("insert", name))
            if sql is None:
                cols = ["fid", "uuid", "version", "changed_at", "changed_by"] + \
                    self._names[name] + ["geom"]
                sql = (f'INSERT INTO "{name}" (' + ", ".join(f'"{c}"' for c in cols) +
                       ") VALUES (" + ", ".join("?" * len(cols)) + ")")
                self._sql[("insert", name)] = sql
            self.db.executemany(sql, self.pending[name])
            self.pending[name] = []
            self.pending_codes[name] = {}
            if self.pending_rtree[name]:
                self.db.executemany(self.rtree_insert[name], self.pending_rtree[name])
                self.pending_rtree[name] = []

    def _flush_refs(self):
        self.db.executemany("INSERT INTO kt_import_ref VALUES (?, ?, ?, ?, ?, ?)", self.refs)
        self.refs = []

    def _source_record(self, table, uuid, asset, is_new):
        row = None if is_new else self.db.execute(
            "SELECT uuid, codes FROM source_record WHERE asset = ? AND format = ?",
            (uuid, self.format_name)).fetchone()
        if row is None:
            if asset.codes:
                self.pending_sources.append((self.new_uuid(), self.now, self.user, table, uuid,
                                             asset.code, self.format_name,
                                             _codes_json(asset.codes)))
                if len(self.pending_sources) >= _BATCH:
                    self._flush_sources()
            return
        codes = _codes_json(asset.codes)
        if row[1] != codes:
            self.db.execute("UPDATE source_record SET codes = ?, object_code = ? WHERE uuid = ?",
                            (codes, asset.code, row[0]))

    def _flush_sources(self):
        self.db.executemany(
            "INSERT INTO source_record (uuid, version, changed_at, changed_by, asset_table, "
            "asset, object_code, format, codes) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
            self.pending_sources)
        self.sources_written += len(self.pending_sources)
        self.pending_sources = []

    # --- inspections ------------------------------------------------------------------

    def _inspection(self, inspection):
        # An inspection imported before (same asset, same day) is replaced, not doubled;
        # several inspections of one asset on one day in this file are all kept.
        for (old,) in self.db.execute(
                "SELECT uuid FROM inspection WHERE asset_table = ? AND object_code = ? AND "
                "inspected_on IS ?",
                (inspection.asset_table, inspection.code, inspection.inspected_on)).fetchall():
            if old in self.new_inspections:
                continue
            self.db.execute("DELETE FROM observation WHERE inspection = ?", (old,))
            self.db.execute("DELETE FROM inspection WHERE uuid = ?", (old,))
        uuid = self.new_uuid()
        self.new_inspections[uuid] = inspection.line
        self.db.execute(
            "INSERT INTO inspection (uuid, version, changed_at, changed_by, asset_table, asset, "
            "object_code, inspected_on, direction, standard, condition_class, condition_scheme, "
            "source, damage_score, evaluation) VALUES (?, 1, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)",
            (uuid, self.now, self.user, inspection.asset_table, inspection.code,
             inspection.inspected_on, inspection.direction, inspection.standard,
             inspection.condition_class, inspection.condition_scheme, self.source_name,
             inspection.damage_score, inspection.evaluation))
        self.db.executemany(
            "INSERT INTO observation (uuid, version, changed_at, changed_by, inspection, "
            "position, station, code, characterisation1, characterisation2, quantity1, "
            "quantity2, clock_from, clock_to, condition_class, condition_scheme, remark, "
            "class_tightness, class_stability, class_operation, damage_score, classification) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(self.new_uuid(), self.now, self.user, uuid, position, o.station,
              o.code, o.characterisation1, o.characterisation2, o.quantity1, o.quantity2,
              o.clock_from, o.clock_to, o.condition_class, o.condition_scheme, o.remark,
              o.class_tightness, o.class_stability, o.class_operation, o.damage_score,
              o.classification)
             for position, o in enumerate(inspection.observations, 1)])
        self.report.inserted["inspection"] += 1
        self.report.observations += len(inspection.observations)
        self.report.kinds[("inspection", inspection.object_kind or inspection.asset_table)] += 1

    # --- the end: references and what they tell -------------------------------------

    def finish(self) -> None:
        self._flush_rows()
        self._flush_sources()
        self._flush_refs()
        self.known = {t: {} for t in ASSET_TABLES}
        db = self.db
        db.execute("CREATE INDEX IF NOT EXISTS temp.kt_import_ref_code ON kt_import_ref (code)")
        self._put_back()
        for (table, column), target in _REFERENCE_TARGETS.items():
            db.execute(f'UPDATE "{table}" SET "{column}" = t.uuid FROM (SELECT r.uuid AS row, '
                       f'x.uuid FROM kt_import_ref r LEFT JOIN "{target}" x ON x.object_code = '
                       f"r.code WHERE r.tbl = ? AND r.col = ?) t WHERE \"{table}\".uuid = t.row "
                       f'AND "{table}"."{column}" IS NOT t.uuid', (table, column))
        missing = db.execute(
            "SELECT r.line, r.object_code, r.col, r.code FROM kt_import_ref r WHERE r.tbl = "
            "'pipe' AND (r.code = '' OR NOT EXISTS (SELECT 1 FROM manhole m WHERE "
            "m.object_code = r.code)) ORDER BY r.line").fetchall()
        for line, code, column, node in missing:
            side = tr("upstream") if column == "from_manhole" else tr("downstream")
            self.report.warn(line, code, tr("the {side} node {node!r} does not exist").format(
                side=side, node=node))
        self._link_inspections()
        db.execute("DROP TABLE kt_import_ref")


    def _link_inspections(self):
        """Each inspection to what it inspects, by object code within the kind the file
        named: a Haltung or Anschlussleitung among the Kanten (pipe, else lateral: a
        Kante's code is unique among Kanten), a Schacht or Bauwerk among the Knoten
        (manhole). A Haltung is often named like its upstream Schacht, so a code alone
        would link wrongly. Then the condition class of each inspected pipe and manhole
        becomes that of its latest classed inspection."""
        db = self.db
        for table in ("manhole", "pipe", "lateral"):
            db.execute(f"UPDATE inspection SET asset = (SELECT x.uuid FROM \"{table}\" x WHERE "
                       "x.object_code = inspection.object_code) WHERE asset IS NULL AND "
                       "asset_table = ?", (table,))
        for table, other in (("pipe", "lateral"), ("lateral", "pipe")):
            db.execute(f"UPDATE inspection SET asset_table = ?, asset = (SELECT x.uuid FROM "
                       f"\"{other}\" x WHERE x.object_code = inspection.object_code) WHERE "
                       f"asset IS NULL AND asset_table = ? AND EXISTS (SELECT 1 FROM "
                       f"\"{other}\" x WHERE x.object_code = inspection.object_code)",
                       (other, table))
        names = {"manhole": tr("manhole"), "pipe": tr("pipe"), "lateral": tr("lateral")}
        lines = self.new_inspections
        for uuid, code, table in db.execute(
                "SELECT uuid, object_code, asset_table FROM inspection WHERE asset IS NULL AND "
                "source = ? ORDER BY rowid", (self.source_name,)).fetchall():
            if uuid not in lines:
                continue
            self.report.warn(lines.get(uuid, "–"), code, tr(
                "inspected {table} does not exist in the working copy").format(
                table=names.get(table, table)))
        for table in ("manhole", "pipe"):
            db.execute(
                f"UPDATE \"{table}\" SET condition_class = x.klass, condition_scheme = x.scheme "
                "FROM (SELECT asset, klass, scheme FROM (SELECT asset, condition_class AS klass, "
                "condition_scheme AS scheme, row_number() OVER (PARTITION BY asset ORDER BY "
                "inspected_on IS NULL, inspected_on DESC, changed_at DESC, uuid) AS n FROM "
                "inspection WHERE asset_table = ? AND asset IS NOT NULL AND condition_class IS "
                "NOT NULL) WHERE n = 1 AND asset IN (SELECT asset FROM inspection WHERE "
                f"source = ? AND asset_table = ?)) x WHERE \"{table}\".uuid = x.asset AND "
                f"(\"{table}\".condition_class IS NOT x.klass OR \"{table}\".condition_scheme "
                "IS NOT x.scheme)", (table, self.source_name, table))


def import_file(working_copy_path: str, make_reader: Callable[[], RecordReader], report: ImportReport,
                is_canceled: Optional[Callable[[], bool]] = None,
                progress: Optional[Callable[[float], None]] = None) -> ImportReport:
    """Run ``make_reader()``'s records into the working copy, all or nothing.

    ``make_reader`` checks the file first (root element, encoding), so a wrong file is
    refused before the working copy is created or opened.
    """
    reader = make_reader()
    created = False
    if not os.path.exists(working_copy_path):
        working_copy.write_working_copy(working_copy_path, {})
        created = True
    try:
        connection = working_copy.connect(working_copy_path)
    except Exception as error:
        raise ExchangeError(tr("Cannot open the working copy {path}: {error}").format(
            path=working_copy_path, error=error)) from error
    ok = False
    try:
        try:
            _write_all(connection, reader, report, is_canceled, progress)
        except ReadWhole:  # two halves read differently from the whole: read it whole
            report.restart()
            reader = reader.whole()
            _write_all(connection, reader, report, is_canceled, progress)
        ok = True
    finally:
        connection.close()
        if created and not ok:
            for leftover in ("", "-journal", "-wal", "-shm"):
                if os.path.exists(working_copy_path + leftover):
                    os.unlink(working_copy_path + leftover)
    report.crs = reader.coordinates.description()
    return report


def _write_all(connection, reader, report, is_canceled, progress):
    """One transaction: every record of ``reader``, then the references; rolled back on
    any error."""
    connection.execute("BEGIN IMMEDIATE")
    ok = False
    try:
        writer = StoreWriter(connection, report, os.path.basename(report.path),
                             f"{reader.format_name}")
        for record in reader.read(is_canceled, progress):
            writer.add(record)
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        writer.finish()
        connection.execute("COMMIT")
        ok = True
    finally:
        if not ok:
            connection.execute("ROLLBACK")
