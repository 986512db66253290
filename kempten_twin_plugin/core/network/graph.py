"""The sewer network as a directed graph: manholes are nodes, pipes edges in flow direction.

Built from plain rows of numbers into numpy arrays and traced with scipy's compiled
breadth-first search, so a full upstream trace of a 100 000-pipe city is a matter of
milliseconds and the map tool can answer on click. The rows come from the working copy
(``store.network.load_graph``, and ``store.network.graph_for(path)`` keeps one graph per
working copy, built again when the file changed); uuids and object codes are asked of a
``NameSource`` only when needed, so this module reads no file itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Dict, List, Optional, Protocol, Sequence, Tuple

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order, connected_components, dijkstra

from ...errors import KemptenTwinError
from ...i18n import tr

UPSTREAM = "upstream"
DOWNSTREAM = "downstream"


class NetworkError(KemptenTwinError, ValueError):
    """A trace or path the network cannot give; the message is for the user."""


@dataclass
class TraceResult:
    """What a trace found. Object codes are looked up when first asked for: the trace
    itself works on indices only, and a map tool asks for a handful of names."""

    graph: NetworkGraph
    direction: str
    start_kind: str  # manhole or pipe
    start_index: int
    pipes: np.ndarray  # pipe indices in the graph
    manholes: np.ndarray  # manhole indices reached (the start's own manhole included)
    total_length: float
    gullies: int  # street gullies connected to the traced pipes
    laterals: int
    end_indices: np.ndarray  # where the flow ends (downstream) or starts (upstream)
    outlet_indices: np.ndarray  # end manholes that are outfall structures (Bauwerk)
    stop_indices: list  # stop manholes the trace reached and did not pass
    cycle_indices: np.ndarray  # reached manholes on a flow cycle

    @property
    def outlet_reached(self) -> bool:
        return bool(len(self.outlet_indices))

    @cached_property
    def start(self) -> Optional[str]:
        return self.graph._code(self.start_kind, self.start_index)

    @cached_property
    def end_manholes(self) -> List[Optional[str]]:
        return self.graph.manhole_codes(self.end_indices)

    @cached_property
    def outlets(self) -> List[Optional[str]]:
        return self.graph.manhole_codes(self.outlet_indices)

    @cached_property
    def stopped_at(self) -> List[Optional[str]]:
        return self.graph.manhole_codes(self.stop_indices)

    @cached_property
    def cycle_manholes(self) -> List[Optional[str]]:
        return self.graph.manhole_codes(self.cycle_indices)


class NameSource(Protocol):
    """Where a graph looks up the uuids and object codes of its manholes and pipes (the
    working copy's indexes, ``store.network.WorkingCopyNames``, or ``RowNames`` in memory).
    ``table`` is "manhole" or "pipe"; fids are the GeoPackage feature ids."""

    def column(self, table: str, column: str) -> list:
        """All values of ``column`` ("uuid" or "object_code"), in fid order."""

    def codes(self, table: str, fids: Sequence[int]) -> Dict[int, str]:
        """{fid: object code} of the given fids that exist."""

    def find(self, key: str) -> Optional[Tuple[str, List[int]]]:
        """(table, fids) of a uuid or object code, looked for in this order: manhole uuid,
        pipe uuid, manhole code, pipe code (at most 5 fids of a code); None if unknown."""


class RowNames:
    """A ``NameSource`` over rows held in memory: (fid, uuid, object code) per table."""

    def __init__(self, manholes: Sequence[tuple], pipes: Sequence[tuple]) -> None:
        self._rows = {"manhole": sorted(manholes), "pipe": sorted(pipes)}

    def column(self, table: str, column: str) -> list:
        at = {"uuid": 1, "object_code": 2}[column]
        return [row[at] for row in self._rows[table]]

    def codes(self, table: str, fids: Sequence[int]) -> Dict[int, str]:
        wanted = set(fids)
        return {row[0]: row[2] for row in self._rows[table] if row[0] in wanted}

    def find(self, key: str) -> Optional[Tuple[str, List[int]]]:
        for at, limit in ((1, 1), (2, 5)):
            for table in ("manhole", "pipe"):
                fids = [row[0] for row in self._rows[table] if row[at] == key][:limit]
                if fids:
                    return table, fids
        return None


class NetworkGraph:
    """Topology of one working copy. Indices are positions in the arrays below, which
    follow the GeoPackage fid order.

    Only numbers are needed to build it: creating 100 000s of Python strings would cost
    more than the rest of the build. Uuids and object codes are looked up in ``names``
    (the working copy's indexes) when asked for, or loaded once as whole lists when many
    are needed.
    """

    def __init__(self, manholes: Sequence[tuple], pipes: Sequence[tuple], names: NameSource,
                 gully_pipe_fids: np.ndarray, lateral_pipe_fids: np.ndarray) -> None:
        """``manholes``: rows (fid, is outfall structure); ``pipes``: rows (fid,
        from-manhole fid, to-manhole fid, length, …), a missing manhole's fid being None;
        ``names``: where uuids and object codes are looked up; the pipe fid of each
        connected gully and lateral (int64 arrays)."""
        self.names = names
        fids, outfall = _columns(manholes, 2)
        self.manhole_fid = np.array(fids, dtype=np.int64)
        self.is_outfall = np.array(outfall, dtype=bool)
        fids, from_fid, to_fid, length = _columns(pipes, 5)[:4]
        self.pipe_fid = np.array(fids, dtype=np.int64)
        self._manhole_at = _position_lookup(self.manhole_fid)
        self._pipe_at = _position_lookup(self.pipe_fid)
        self.pipe_from = _positions(self._manhole_at, from_fid)
        self.pipe_to = _positions(self._manhole_at, to_fid)
        self.pipe_length = np.array(length, dtype=np.float64)
        self.gullies_per_pipe = self._per_pipe(gully_pipe_fids)
        self.laterals_per_pipe = self._per_pipe(lateral_pipe_fids)

        n = len(self.manhole_fid)
        self.valid = (self.pipe_from >= 0) & (self.pipe_to >= 0)
        src, dst = self.pipe_from[self.valid], self.pipe_to[self.valid]
        self.out_degree = np.bincount(src, minlength=n)
        self.in_degree = np.bincount(dst, minlength=n)
        self._edges = {DOWNSTREAM: (src, dst), UPSTREAM: (dst, src)}
        self._matrix = {d: self._csr(*e, None) for d, e in self._edges.items()}
        self._cyclic = None

    # --- building ---------------------------------------------------------------------

    def _per_pipe(self, pipe_fids):
        pipe_fids = np.asarray(pipe_fids, dtype=np.int64)
        at = self._pipe_at[pipe_fids[pipe_fids < len(self._pipe_at) - 1]]
        return np.bincount(at[at >= 0], minlength=len(self.pipe_fid))

    def _csr(self, src, dst, blocked):
        n = len(self.manhole_fid)
        if blocked is not None and len(blocked):
            keep = ~np.isin(src, blocked)
            src, dst = src[keep], dst[keep]
        return csr_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n))

    # --- names, read when asked for -------------------------------------------------------

    def _column(self, table, column):
        values = self.names.column(table, column)
        if len(values) != len(self.manhole_fid if table == "manhole" else self.pipe_fid):
            raise NetworkError(tr("The working copy changed meanwhile; please try again."))
        return values

    @cached_property
    def manhole_uuid(self) -> list:
        return self._column("manhole", "uuid")

    @cached_property
    def manhole_code(self) -> list:
        return self._column("manhole", "object_code")

    @cached_property
    def pipe_uuid(self) -> list:
        return self._column("pipe", "uuid")

    @cached_property
    def pipe_code(self) -> list:
        return self._column("pipe", "object_code")

    @cached_property
    def _manhole_by_uuid(self):
        return dict(zip(self.manhole_uuid, range(len(self.manhole_uuid))))

    @cached_property
    def _pipe_by_uuid(self):
        return dict(zip(self.pipe_uuid, range(len(self.pipe_uuid))))

    def manhole_codes(self, indices: Sequence[int]) -> List[Optional[str]]:
        """Object codes of some manholes: from the index by fid when they are few."""
        indices = [int(i) for i in indices]
        if "manhole_code" in self.__dict__ or len(indices) > 500:
            return [self.manhole_code[i] for i in indices]
        fids = [int(self.manhole_fid[i]) for i in indices]
        found = self.names.codes("manhole", fids) if fids else {}
        return [found.get(f) for f in fids]

    # --- lookups ------------------------------------------------------------------------

    def resolve(self, code_or_uuid: Optional[str]) -> Tuple[str, int]:
        """('manhole' | 'pipe', index) for an object code or uuid; NetworkError if unknown."""
        key = (code_or_uuid or "").strip()
        if "manhole_uuid" in self.__dict__ and key in self._manhole_by_uuid:
            return "manhole", self._manhole_by_uuid[key]
        if "pipe_uuid" in self.__dict__ and key in self._pipe_by_uuid:
            return "pipe", self._pipe_by_uuid[key]
        found = self.names.find(key)
        if found is not None:
            table, fids = found
            if len(fids) > 1:
                raise NetworkError(tr("The object code {code} is used by {n} objects; "
                                      "run the network checks to find the duplicates.")
                                   .format(code=key, n=len(fids)))
            at = self._manhole_at if table == "manhole" else self._pipe_at
            return table, self._known(at, fids[0], key)
        raise NetworkError(tr("No manhole or pipe with the code {code} in the working copy.")
                           .format(code=key or "''"))

    def _known(self, lookup, fid, key):
        index = int(lookup[fid]) if 0 <= fid < len(lookup) - 1 else -1
        if index < 0:  # added after the graph was built
            raise NetworkError(tr("The working copy changed meanwhile; please try again."))
        return index

    def broken_pipes(self) -> List[Tuple[int, str]]:
        """[(pipe index, reason)] for pipes that do not connect two known manholes."""
        found = []
        for i in np.flatnonzero(~self.valid):
            if self.pipe_from[i] < 0 and self.pipe_to[i] < 0:
                reason = tr("neither start nor end manhole exists")
            elif self.pipe_from[i] < 0:
                reason = tr("start manhole missing")
            else:
                reason = tr("end manhole missing")
            found.append((int(i), reason))
        return found

    def cyclic_manholes(self) -> np.ndarray:
        """Boolean mask of manholes that lie on a flow cycle (water would run in a circle)."""
        if self._cyclic is None:
            n = len(self.manhole_fid)
            _, labels = connected_components(self._matrix[DOWNSTREAM], directed=True,
                                             connection="strong")
            sizes = np.bincount(labels, minlength=labels.max() + 1 if n else 0)
            cyclic = sizes[labels] > 1 if n else np.zeros(0, dtype=bool)
            loops = self.valid & (self.pipe_from == self.pipe_to)
            cyclic[self.pipe_from[loops]] = True
            self._cyclic = cyclic
        return self._cyclic

    # --- tracing ------------------------------------------------------------------------

    def trace(self, start: str, direction: str, stop_at: Sequence[str] = (),
              closed: Sequence[str] = ()) -> TraceResult:
        """All pipes draining to (upstream) or fed by (downstream) ``start``.

        ``start`` is a manhole's or pipe's object code or uuid. A trace from a pipe
        includes that pipe. Manholes in ``stop_at`` are reached but not passed; pipes in
        ``closed`` (shut off, e.g. by a gate or a plug) carry no water and are left out.
        """
        if direction not in (UPSTREAM, DOWNSTREAM):
            raise ValueError(direction)
        kind, index = self.resolve(start)
        stops = np.array(sorted({self.resolve(s)[1] for s in stop_at
                                 if self._is_manhole(s)}), dtype=np.int64)
        n_pipes = len(self.pipe_uuid)
        start_pipe = None
        if kind == "manhole":
            seed = index
        else:
            start_pipe = index
            seed = self.pipe_from[index] if direction == UPSTREAM else self.pipe_to[index]
        stops = stops[stops != seed]
        shut = np.array(sorted({self._pipe(c) for c in closed}), dtype=np.int64)

        if seed < 0:  # a pipe that ends in nowhere: it is its own trace
            reached = np.zeros(len(self.manhole_fid), dtype=bool)
        else:
            matrix = self._matrix[direction]
            if len(stops) or len(shut):
                matrix = self._csr_without(direction, stops, shut)
            order = breadth_first_order(matrix, int(seed), directed=True,
                                        return_predecessors=False)
            reached = np.zeros(len(self.manhole_fid), dtype=bool)
            reached[order] = True
        stop_mask = np.zeros(len(self.manhole_fid), dtype=bool)
        stop_mask[stops] = True
        expanded = reached & ~stop_mask
        # A pipe belongs to the trace when the manhole it leads from (downstream) or into
        # (upstream) was passed, even if its other end dangles: water does run into it.
        near = self.pipe_to if direction == UPSTREAM else self.pipe_from
        known = near >= 0
        pipe_mask = np.zeros(n_pipes, dtype=bool)
        pipe_mask[known] = expanded[near[known]]
        pipe_mask[shut] = False
        if start_pipe is not None:
            pipe_mask[start_pipe] = True
        pipes = np.flatnonzero(pipe_mask)
        manholes = np.flatnonzero(reached)

        degree = self.out_degree if direction == DOWNSTREAM else self.in_degree
        ends = manholes[(degree[manholes] == 0) & ~stop_mask[manholes]]
        on_cycle = self._cycles_among(manholes)
        return TraceResult(
            graph=self,
            direction=direction,
            start_kind=kind,
            start_index=index,
            pipes=pipes,
            manholes=manholes,
            total_length=float(np.nansum(self.pipe_length[pipes])),
            gullies=int(self.gullies_per_pipe[pipes].sum()),
            laterals=int(self.laterals_per_pipe[pipes].sum()),
            end_indices=ends,
            outlet_indices=ends[self.is_outfall[ends]] if direction == DOWNSTREAM
            else ends[:0],
            stop_indices=[int(i) for i in stops if reached[i]],
            cycle_indices=on_cycle,
        )

    def _code(self, kind, index):
        if kind == "manhole":
            return self.manhole_codes([index])[0]
        if "pipe_code" in self.__dict__:
            return self.pipe_code[index]
        fid = int(self.pipe_fid[index])
        return self.names.codes("pipe", [fid]).get(fid)

    def _cycles_among(self, manholes):
        """Manholes of ``manholes`` on a flow cycle. Uses the whole network's answer when
        known, else looks only at the traced part: a trace stays as cheap as its result."""
        if self._cyclic is not None:
            return manholes[self._cyclic[manholes]]
        if len(manholes) == 0:
            return manholes
        sub = self._matrix[DOWNSTREAM][manholes][:, manholes]
        _, labels = connected_components(sub, directed=True, connection="strong")
        sizes = np.bincount(labels)
        cyclic = sizes[labels] > 1
        cyclic |= sub.diagonal() > 0  # a pipe from a manhole back into itself
        return manholes[cyclic]

    def _csr_without(self, direction, stops, shut):
        """The traversal matrix without edges leaving stop manholes or along shut pipes."""
        open_pipes = self.valid.copy()
        open_pipes[shut] = False
        src, dst = self.pipe_from[open_pipes], self.pipe_to[open_pipes]
        if direction == UPSTREAM:
            src, dst = dst, src
        return self._csr(src, dst, stops)

    def _pipe(self, code):
        kind, index = self.resolve(code)
        if kind != "pipe":
            raise NetworkError(tr("{code} is a manhole; only pipes can be closed off.")
                               .format(code=code))
        return index

    def _is_manhole(self, code):
        kind, _ = self.resolve(code)
        if kind != "manhole":
            raise NetworkError(tr("{code} is a pipe; a trace can only stop at a manhole.")
                               .format(code=code))
        return True

    # --- paths --------------------------------------------------------------------------

    def flow_path(self, first: str, second: Optional[str] = None
                  ) -> Tuple[List[int], List[int]]:
        """Manhole and pipe indices of the flow path between two manholes.

        The path runs in flow direction whichever of the two is given first. Without a
        second manhole the path runs from the first down to the farthest end of its flow.
        """
        a = self._manhole(first)
        b = None if second is None else self._manhole(second)
        matrix, pipe_of_edge = self._weighted()
        for source, target in ((a, b), (b, a)) if b is not None else ((a, None),):
            distances, predecessors = dijkstra(matrix, indices=source, return_predecessors=True)
            if target is None:
                ends = np.flatnonzero(np.isfinite(distances) & (self.out_degree == 0))
                if not len(ends):
                    raise NetworkError(tr("No flow path leaves manhole {code}.").format(
                        code=self.manhole_codes([a])[0]))
                target = int(ends[np.argmax(distances[ends])])
            if not math.isfinite(distances[target]) or source == target:
                continue
            nodes = [target]
            while nodes[-1] != source:
                nodes.append(int(predecessors[nodes[-1]]))
            nodes.reverse()
            pipes = [pipe_of_edge[(u, v)] for u, v in zip(nodes, nodes[1:])]
            return nodes, pipes
        raise NetworkError(tr("No flow path connects manholes {a} and {b}: water from "
                              "neither reaches the other.").format(
            a=self.manhole_codes([a])[0], b=self.manhole_codes([b])[0] if b is not None else "–"))

    def _manhole(self, code):
        kind, index = self.resolve(code)
        if kind != "manhole":
            raise NetworkError(tr("{code} is a pipe; pick a manhole.").format(code=code))
        return index

    def _weighted(self):
        """Length-weighted downstream matrix (shortest of parallel pipes) and its pipes."""
        if getattr(self, "_weighted_cache", None) is None:
            pipe_of_edge = {}
            for i in np.argsort(-np.nan_to_num(self.pipe_length, nan=0.0)):
                if self.valid[i]:  # shortest pipe wins: it is visited last
                    pipe_of_edge[(int(self.pipe_from[i]), int(self.pipe_to[i]))] = int(i)
            keys = list(pipe_of_edge)
            src = np.array([k[0] for k in keys], dtype=np.int64)
            dst = np.array([k[1] for k in keys], dtype=np.int64)
            weight = np.array([self.pipe_length[pipe_of_edge[k]] for k in keys])
            weight = np.maximum(np.nan_to_num(weight, nan=1.0), 1e-3)  # 0 would mean "no edge"
            n = len(self.manhole_fid)
            self._weighted_cache = (csr_matrix((weight, (src, dst)), shape=(n, n)), pipe_of_edge)
        return self._weighted_cache


def _columns(rows, width):
    """Rows → one list per column (empty lists for no rows)."""
    return [list(column) for column in zip(*rows)] if rows else [[] for _ in range(width)]


def _position_lookup(fids):
    """Array: fid → position (-1 for none); its last slot answers "missing" (None)."""
    size = int(fids.max()) + 1 if len(fids) else 1
    lookup = np.full(size + 1, -1, dtype=np.int64)
    lookup[fids] = np.arange(len(fids))
    return lookup


def _positions(lookup, fids):
    missing = len(lookup) - 1
    raw = np.array([missing if f is None else f for f in fids], dtype=np.int64)
    return lookup[raw]


def polyline_length(points: Sequence[Tuple[float, float]]) -> float:
    """Length of a drawn line through ``points``; NaN for none (nothing drawn)."""
    return sum(math.dist(p, q) for p, q in zip(points, points[1:])) if points else float("nan")

