"""The sewer network's reads of the working copy: every SQL statement of the network tools.

The rules live in ``core.network`` (graph and trace, Längsschnitt, checks, inspection
texts) and take plain rows; this module reads those rows and offers the entry points the
map tools, the Processing algorithms and the tests call with a working copy's path:

- ``load_graph_rows`` / ``load_graph`` / ``graph_for``: the network graph (numbers only,
  names looked up through ``WorkingCopyNames`` when asked for); ``graph_for`` keeps one
  graph per working copy and builds it again when the file changed (an edit saved in
  QGIS, a sync), so every trace sees the network as it is;
- ``profile_rows`` / ``longitudinal_profile``; ``check_rows`` / ``run_checks``;
  ``asset_rows`` / ``describe``; ``selection_rows`` / ``summarize``;
- ``network_totals`` (the dock's figures) and ``search`` (the locator filter).

Every connection is read-only and short-lived.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np

from ..core.catalogues import CLOSED_STATUSES
from ..core.network import checks as network_checks
from ..core.network import inspection
from ..core.network.graph import NetworkError, NetworkGraph, polyline_length
from ..core.network.profile import Profile, build_profile
from ..i18n import tr
from . import geometry as gpkg_geometry
from . import working_copy
from .working_copy import WorkingCopyError

# --- the graph ----------------------------------------------------------------------------


class GraphRows(NamedTuple):
    """What ``NetworkGraph`` is built from: manhole rows (fid, is outfall structure), pipe
    rows (fid, from-manhole fid, to-manhole fid, length), the pipe fid of each gully and of
    each lateral."""

    manholes: list
    pipes: list
    gully_pipe_fids: np.ndarray
    lateral_pipe_fids: np.ndarray


def _read_only(path):
    return working_copy.connect_read_only(path)


def load_graph_rows(path: str) -> GraphRows:
    """The numbers of the network graph, read with plain SQLite."""
    if not os.path.isfile(path):
        raise NetworkError(tr("The working copy {path} does not exist.").format(path=path))
    con = _read_only(path)
    try:
        manholes = con.execute("SELECT fid, node_kind = 'Bauwerk' FROM manhole "
                               "ORDER BY fid").fetchall()
        # The uuid references are resolved by SQLite's indexes, in C, not row by row in
        # Python; gullies and laterals are counted per pipe by numpy.
        pipes = con.execute("""
            SELECT p.fid, a.fid, b.fid, p.length, CASE WHEN p.length IS NULL THEN p.geom END
            FROM pipe p
            LEFT JOIN manhole a ON a.uuid = p.from_manhole
            LEFT JOIN manhole b ON b.uuid = p.to_manhole
            ORDER BY p.fid""").fetchall()
        connected = {table: np.array([f for (f,) in con.execute(
            f"SELECT p.fid FROM {table} t JOIN pipe p ON p.uuid = t.pipe")], dtype=np.int64)
            for table in ("gully", "lateral")}
    except sqlite3.Error as error:
        raise NetworkError(tr("The working copy {path} cannot be read as a sewer "
                              "network: {error}").format(path=path, error=error))
    finally:
        con.close()
    for k, row in enumerate(pipes):
        if row[3] is None:  # length not recorded: measure the drawn pipe
            pipes[k] = row[:3] + (polyline_length(gpkg_geometry.points(row[4])),)
    return GraphRows(manholes, pipes, connected["gully"], connected["lateral"])


class WorkingCopyNames:
    """Uuids and object codes of a graph's manholes and pipes, from the working copy's
    indexes (``core.network.graph.NameSource``)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def column(self, table: str, column: str) -> list:
        con = _read_only(self.path)
        try:
            return [v for (v,) in con.execute(f"SELECT {column} FROM {table} ORDER BY fid")]
        finally:
            con.close()

    def codes(self, table: str, fids: Sequence[int]) -> Dict[int, str]:
        con = _read_only(self.path)
        try:
            return dict(con.execute(
                f"SELECT fid, object_code FROM {table} WHERE fid IN ({','.join('?' * len(fids))})",
                list(fids)))
        finally:
            con.close()

    def find(self, key: str) -> Optional[Tuple[str, List[int]]]:
        con = _read_only(self.path)
        try:
            for table in ("manhole", "pipe"):
                row = con.execute(f"SELECT fid FROM {table} WHERE uuid = ?", (key,)).fetchone()
                if row is not None:
                    return table, [row[0]]
            for table in ("manhole", "pipe"):
                fids = [f for (f,) in con.execute(
                    f"SELECT fid FROM {table} WHERE object_code = ? LIMIT 5", (key,))]
                if fids:
                    return table, fids
        except sqlite3.Error as error:
            raise NetworkError(str(error))
        finally:
            con.close()
        return None


def load_graph(path: str) -> NetworkGraph:
    """The network graph of a working copy, built afresh."""
    rows = load_graph_rows(path)
    return NetworkGraph(rows.manholes, rows.pipes, WorkingCopyNames(path),
                        rows.gully_pipe_fids, rows.lateral_pipe_fids)


def _fingerprint(path):
    parts = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(path + suffix)
            parts.append((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            parts.append(None)
    return tuple(parts)


_cache = {}
_cache_lock = threading.Lock()


def graph_for(path: str) -> NetworkGraph:
    """The graph of a working copy, built again only when the file has changed."""
    path = os.path.abspath(path)
    fingerprint = _fingerprint(path)
    with _cache_lock:
        cached = _cache.get(path)
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
    graph = load_graph(path)
    with _cache_lock:
        _cache[path] = (fingerprint, graph)
    return graph


def forget(path: Optional[str] = None) -> None:
    """Drop cached graphs (all, or one working copy's)."""
    with _cache_lock:
        if path is None:
            _cache.clear()
        else:
            _cache.pop(os.path.abspath(path), None)


# --- Längsschnitt -------------------------------------------------------------------------

def profile_rows(path: str, manhole_fids: Sequence[int], pipe_fids: Sequence[int]
                 ) -> Tuple[Dict[int, tuple], Dict[int, tuple]]:
    """{fid: (uuid, object code, cover level, invert level)} of the manholes and {fid:
    (uuid, object code, invert from, invert to, width mm, height mm, material)} of the
    pipes of a flow path."""
    con = _read_only(path)
    try:
        manholes = _rows(con, "SELECT fid, uuid, object_code, cover_level, invert_level "
                              "FROM manhole WHERE fid IN ({})", list(manhole_fids))
        pipes = _rows(con, "SELECT fid, uuid, object_code, invert_from, invert_to, width_mm, "
                           "height_mm, material FROM pipe WHERE fid IN ({})", list(pipe_fids))
    except sqlite3.Error as error:
        raise NetworkError(str(error))
    finally:
        con.close()
    return manholes, pipes


def _rows(con, sql, keys):
    found = {}
    for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
        chunk = keys[start:start + 500]
        for row in con.execute(sql.format(",".join("?" * len(chunk))), chunk):
            found[row[0]] = row[1:]
    return found


def longitudinal_profile(path: str, first: str, second: Optional[str] = None,
                         graph: Optional[NetworkGraph] = None) -> Profile:
    """The profile along the flow path between two manholes (codes or uuids).

    Without ``second`` the profile runs from ``first`` down to the end of its flow.
    Raises NetworkError with a message for the user when no flow path exists.
    """
    graph = graph or graph_for(path)
    nodes, pipes = graph.flow_path(first, second)
    node_fids = [int(graph.manhole_fid[i]) for i in nodes]
    pipe_fids = [int(graph.pipe_fid[i]) for i in pipes]
    manhole_rows, pipe_rows = profile_rows(path, node_fids, pipe_fids)
    return build_profile([manhole_rows[f] for f in node_fids], [pipe_rows[f] for f in pipe_fids],
                         [graph.pipe_length[i] for i in pipes])


# --- checks -------------------------------------------------------------------------------

def check_rows(path: str, is_canceled: Callable[[], bool] = lambda: False
               ) -> Tuple[Dict[str, tuple], List[tuple]]:
    """The rows ``core.network.checks.check_network`` takes: {uuid: (uuid, object code,
    cover level, invert level, point)} of the manholes and (uuid, object code, from-manhole
    uuid, to-manhole uuid, invert from, invert to, first point, last point) of the pipes;
    a point is None where nothing is drawn. A cancel ends the reading of pipes early."""
    con = _read_only(path)
    try:
        manholes = {row[0]: row[:4] + (_first(gpkg_geometry.points(row[4])),)
                    for row in con.execute("SELECT uuid, object_code, cover_level, "
                                           "invert_level, geom FROM manhole")}
        pipes = []
        for row in con.execute("SELECT uuid, object_code, from_manhole, to_manhole, "
                               "invert_from, invert_to, geom FROM pipe"):
            vertices = gpkg_geometry.points(row[6])
            pipes.append(row[:6] + ((vertices[0], vertices[-1]) if vertices else (None, None)))
            if not len(pipes) % 1024 and is_canceled():
                break
    finally:
        con.close()
    return manholes, pipes


def _first(points):
    return points[0] if points else None


def run_checks(path: str, distance_tolerance: float = 0.5,
               is_canceled: Callable[[], bool] = lambda: False
               ) -> List[network_checks.Finding]:
    """All findings for the working copy at ``path``, ordered by check then object code."""
    graph = load_graph(path)
    manholes, pipes = check_rows(path, is_canceled)
    return network_checks.check_network(graph, manholes, pipes, distance_tolerance,
                                        is_canceled)


# --- inspection ---------------------------------------------------------------------------

def asset_rows(path: str, table: str, uuid: str) -> Optional[inspection.AssetRows]:
    """The rows behind one asset's report, or None when the uuid is not in the working copy."""
    if table not in inspection.ASSET_TABLES:
        raise ValueError(table)
    con = _read_only(path)
    con.row_factory = sqlite3.Row
    try:
        row = con.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            return None
        rows = inspection.AssetRows(table, dict(row))
        globals()[f"_{table}_rows"](con, row, rows)
        rows.defects = [tuple(r) for r in con.execute(
            "SELECT defect_number, category, severity, status FROM defect WHERE asset = ? "
            f"AND status NOT IN ({','.join('?' * len(CLOSED_STATUSES))}) "
            "ORDER BY severity, defect_number", (uuid, *CLOSED_STATUSES))]
        if table in ("manhole", "pipe", "lateral"):
            rows.inspections = _inspections(con, uuid)
            rows.latest_class = _latest_class(con, uuid)
        return rows
    finally:
        con.close()


def _inspections(con, uuid):
    """The latest inspections (Zustandsdaten) of an asset, newest first."""
    try:
        return [tuple(r) for r in con.execute(
            "SELECT i.inspected_on, i.standard, i.condition_class, i.condition_scheme, "
            "(SELECT count(*) FROM observation o WHERE o.inspection = i.uuid) "
            "FROM inspection i WHERE i.asset = ? "
            "ORDER BY i.inspected_on DESC LIMIT 5", (uuid,))]
    except sqlite3.OperationalError:  # a working copy from before inspections were kept
        return []


def _latest_class(con, uuid):
    """(date, class, scheme, damage score, [(criterion column, highest, lowest)]) of the
    latest inspection of an asset that gives a condition class, or None. The criteria's
    extremes come from its observations; which is the worst depends on the scheme."""
    try:
        row = con.execute(
            "SELECT i.inspected_on, i.condition_class, i.condition_scheme, i.damage_score, "
            "max(o.class_tightness), min(o.class_tightness), max(o.class_stability), "
            "min(o.class_stability), max(o.class_operation), min(o.class_operation) "
            "FROM inspection i LEFT JOIN observation o ON o.inspection = i.uuid "
            "WHERE i.uuid = (SELECT uuid FROM inspection WHERE asset = ? AND condition_class "
            "IS NOT NULL ORDER BY inspected_on IS NULL, inspected_on DESC, changed_at DESC "
            "LIMIT 1) GROUP BY i.uuid", (uuid,)).fetchone()
    except sqlite3.OperationalError:  # a working copy from before classes per criterion
        return None
    if row is None:
        return None
    criteria = [(name, row[4 + 2 * n], row[5 + 2 * n]) for n, name in enumerate(
        ("class_tightness", "class_stability", "class_operation"))]
    return tuple(row[:4]) + (criteria,)


def _code(con, rows, table, uuid):
    if uuid is None:
        return
    found = con.execute(f"SELECT object_code FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    if found:
        rows.codes[(table, uuid)] = found[0]


def _manhole_rows(con, row, rows):
    for pipe in con.execute("SELECT uuid, object_code, from_manhole FROM pipe "
                            "WHERE to_manhole = ? ORDER BY object_code", (row["uuid"],)):
        rows.upstream.append(tuple(pipe))
        _code(con, rows, "manhole", pipe["from_manhole"])
    for pipe in con.execute("SELECT uuid, object_code, to_manhole FROM pipe "
                            "WHERE from_manhole = ? ORDER BY object_code", (row["uuid"],)):
        rows.downstream.append(tuple(pipe))
        _code(con, rows, "manhole", pipe["to_manhole"])


def _pipe_rows(con, row, rows):
    for end in (row["from_manhole"], row["to_manhole"]):
        cover = con.execute("SELECT cover_level FROM manhole WHERE uuid = ?", (end,)).fetchone()
        if cover:
            rows.covers[end] = cover[0]
    _code(con, rows, "manhole", row["from_manhole"])
    _code(con, rows, "manhole", row["to_manhole"])
    rows.upstream = [tuple(p) for p in con.execute(
        "SELECT uuid, object_code, from_manhole FROM pipe WHERE to_manhole = ? "
        "ORDER BY object_code", (row["from_manhole"],))]
    rows.downstream = [tuple(p) for p in con.execute(
        "SELECT uuid, object_code, to_manhole FROM pipe WHERE from_manhole = ? "
        "ORDER BY object_code", (row["to_manhole"],))]
    for table in ("gully", "lateral"):
        rows.attached += [(table, *other) for other in con.execute(
            f"SELECT uuid, object_code FROM {table} WHERE pipe = ? ORDER BY object_code",
            (row["uuid"],))]


def _lateral_rows(con, row, rows):
    _code(con, rows, "pipe", row["pipe"])
    if row["gully"]:
        _code(con, rows, "gully", row["gully"])


def _gully_rows(con, row, rows):
    _code(con, rows, "pipe", row["pipe"])
    rows.attached = [("lateral", *lateral) for lateral in con.execute(
        "SELECT uuid, object_code FROM lateral WHERE gully = ?", (row["uuid"],))]


def describe(path: str, table: str, uuid: str) -> Optional[inspection.ObjectReport]:
    """An ObjectReport for one asset, or None when the uuid is not in the working copy."""
    rows = asset_rows(path, table, uuid)
    return None if rows is None else inspection.object_report(rows)


def selection_rows(path: str, table: str, fids: Sequence[int]
                   ) -> Tuple[int, Optional[float], Optional[tuple], List[tuple]]:
    """(count, total length, (smallest, largest) width in mm, [(material, count)] most
    frequent first) of the selected features (GeoPackage fids) of one asset table; what
    a table does not have is None (or [])."""
    if table not in inspection.ASSET_TABLES:
        raise ValueError(table)
    fids = [int(f) for f in fids]
    con = _read_only(path)
    try:
        con.execute("CREATE TEMP TABLE picked (fid INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO picked VALUES (?)", ((f,) for f in fids))
        join = f"FROM {table} t JOIN picked USING (fid)"
        (count,) = con.execute(f"SELECT count(*) {join}").fetchone()
        length = dn = None
        materials = []
        if table == "pipe":
            length, low, high = con.execute(
                f"SELECT sum(length), min(width_mm), max(width_mm) {join}").fetchone()
            dn = None if low is None else (low, high)
        elif table == "lateral":
            low, high = con.execute(f"SELECT min(width_mm), max(width_mm) {join}").fetchone()
            dn = None if low is None else (low, high)
        if table in ("pipe", "lateral", "manhole"):
            materials = [tuple(r) for r in con.execute(
                f"SELECT material, count(*) AS n {join} GROUP BY material "
                "ORDER BY n DESC, material")]
        return count, length, dn, materials
    finally:
        con.close()


def summarize(path: str, table: str, fids: Sequence[int]) -> inspection.SelectionSummary:
    """Summary of the selected features (GeoPackage fids) of one asset table."""
    return inspection.selection_summary(table, *selection_rows(path, table, fids))


# --- the dock and the locator -------------------------------------------------------------

class NetworkTotals(NamedTuple):
    length_m: float  # total pipe length
    open_defects: int
    node_kinds: Dict[str, int]  # manholes by node kind (Schacht, Anschlusspunkt, Bauwerk …)


def network_totals(path: str) -> NetworkTotals:
    """(total pipe length in m, open defects, manholes by node kind) of a working copy;
    WorkingCopyError when it cannot be read."""
    con = _read_only(path)
    try:
        (length_m,) = con.execute("SELECT coalesce(sum(length), 0) FROM pipe").fetchone()
        (open_defects,) = con.execute(
            "SELECT count(*) FROM defect WHERE status NOT IN "
            "('behoben', 'abgelehnt', 'Duplikat')").fetchone()
        kinds = dict(con.execute("SELECT coalesce(node_kind, ''), count(*) FROM manhole "
                                 "GROUP BY 1 ORDER BY 1").fetchall())
    except sqlite3.Error as error:
        raise WorkingCopyError(str(error)) from error
    finally:
        con.close()
    return NetworkTotals(length_m, open_defects, kinds)


_SEARCHES = (  # table, SQL (prefix search on an indexed code)
    ("manhole", "SELECT fid, object_code, street FROM manhole "
                "WHERE object_code LIKE ? ESCAPE '\\' ORDER BY object_code LIMIT ?"),
    ("pipe", "SELECT fid, object_code, street FROM pipe "
             "WHERE object_code LIKE ? ESCAPE '\\' ORDER BY object_code LIMIT ?"),
    ("gully", "SELECT fid, object_code, street FROM gully "
              "WHERE object_code LIKE ? ESCAPE '\\' ORDER BY object_code LIMIT ?"),
    ("defect", "SELECT fid, defect_number, category FROM defect "
               "WHERE defect_number LIKE ? ESCAPE '\\' ORDER BY defect_number LIMIT ?"),
)


def _like(text, contains=False):
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if contains else f"{escaped}%"


def search(path: str, text: str, limit: int) -> Tuple[List[tuple], List[tuple]]:
    """Objects whose code (defects: number) starts with ``text``, as (table, fid, code,
    street or category), and streets of pipes containing it, as (street, pipe count); at
    most ``limit`` of each kind. Nothing for an empty text, or while the working copy
    cannot be read (being rewritten by sync: the next keystroke will do)."""
    text = text.strip()
    if not text:
        return [], []
    objects, streets = [], []
    con = _read_only(path)
    try:
        for table, sql in _SEARCHES:
            objects += [(table, *row) for row in con.execute(sql, (_like(text), limit))]
        streets = con.execute(
            "SELECT street, count(*) FROM pipe WHERE street LIKE ? ESCAPE '\\' "
            "GROUP BY street ORDER BY street LIMIT ?", (_like(text, True), limit)).fetchall()
    except sqlite3.Error:
        return [], []
    finally:
        con.close()
    return objects, streets
