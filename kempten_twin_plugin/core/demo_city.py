"""A plausible, deterministic demo sewer network around Kempten (Allgäu).

The city is a jittered street grid east of which the Iller runs; a few outlets sit on
that edge. Every street carries sewers; a spanning forest of the street grid, grown from
the outlets, gives the trunk lines, and every other street drains along its length into
the end nearer (lower) an outlet. Ground rises with the network distance from the outlet,
so gravity works everywhere without pumps: every pipe falls by at least
``MIN_SLOPE`` toward its outlet, cover depths stay between 1.5 m and 6 m, and DN grows
downstream with the length of sewer that drains through the pipe.

Catchments are either combined (KM) or separate (Trennsystem: a KS and a KR network side
by side). Gullies line the streets, each connected to a rainwater-carrying pipe by a
lateral; houses connect to foul-water-carrying pipes. A few planned building projects and
defects in every workflow state complete the picture.

Everything comes from one ``random.Random(seed)``: the same seed and size give the same
city, byte for byte in its values. Pure Python; no QGIS needed.
"""

from __future__ import annotations

import math
import random
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Dict, List, Optional

from ..errors import Cancelled, KemptenTwinError
from . import catalogues as cat

CENTER_EAST = 598_000.0
CENTER_NORTH = 5_287_000.0
MIN_PIPES = 1_000
MAX_PIPES = 1_000_000
MIN_SLOPE = 0.0035  # 3.5 ‰ when built; the rule checked is ≥ 3 ‰ after rounding to mm
TERRAIN_SLOPE = 0.010  # ground rise per metre of network distance from the outlet
GENERATED_AT = datetime(2026, 1, 15, 6, 0, tzinfo=timezone.utc)
GENERATED_BY = "demo-generator"

_PIPES_PER_GRID_NODE = 8.3  # measured average; used only to size the first grid guess


class DemoCityError(KemptenTwinError, ValueError):
    """Bad parameters for the generator; the message is meant for the user."""


@dataclass
class DemoCity:
    """Rows per working-copy table: dicts of column values, geometry as WKT in ``geom``;
    ``basemap``: the offline basemap's rows (street, building, parcel) in the same form."""

    seed: int
    rows: dict = field(default_factory=dict)
    basemap: dict = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))


# --- street names -------------------------------------------------------------------

_NAME_STEMS = (
    "Bahnhof", "Iller", "Residenz", "Fischer", "Linden", "Mühl", "Berg", "Kronen", "Salz",
    "Burg", "Keck", "Schiller", "Goethe", "Allgäuer", "Lindauer", "Memminger", "Füssener",
    "Immenstädter", "Kaufbeurer", "Rottach", "Adenauer", "Brenner", "Eich", "Ahorn",
    "Buchen", "Tannen", "Wiesen", "Garten", "Schul", "Kirch", "Markt", "Hof", "Brunnen",
    "Sonnen", "Rosen", "Weiher", "Stift", "Kloster", "Zumstein", "Haubenschloß",
    "Engelhalden", "Ludwig", "Mozart", "Beethoven", "Keselberg", "Reichlin", "Sutt",
    "Stein", "Au", "Feld",
)
_NAME_SUFFIXES = ("straße", "weg", "gasse", "ring", "allee", "steige")


def _street_names(count, rng):
    names = [stem + suffix for suffix in _NAME_SUFFIXES for stem in _NAME_STEMS]
    rng.shuffle(names)
    result = []
    round_no = 0
    while len(result) < count:
        for name in names:
            result.append(name if round_no == 0 else f"{name} {round_no + 1}")
            if len(result) == count:
                break
        round_no += 1
    return result


# --- helpers ----------------------------------------------------------------------

def _uuid(rng):
    return str(uuid_module.UUID(int=rng.getrandbits(128), version=4))


def _iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _point_wkt(x, y):
    return f"POINT({x:.3f} {y:.3f})"


def _line_wkt(points):
    return "LINESTRING(" + ",".join(f"{x:.3f} {y:.3f}" for x, y in points) + ")"


def _polygon_wkt(points):
    ring = list(points) + [points[0]]
    return "POLYGON((" + ",".join(f"{x:.3f} {y:.3f}" for x, y in ring) + "))"


def _sync_columns(rng):
    return {"uuid": _uuid(rng), "version": 1, "changed_at": _iso(GENERATED_AT),
            "changed_by": GENERATED_BY}


def validate_parameters(pipes: object, seed: object) -> None:
    """Raise DemoCityError with a clear message for parameters the generator refuses."""
    if isinstance(pipes, bool) or not isinstance(pipes, int):
        raise DemoCityError(f"The number of pipes must be a whole number, not {pipes!r}.")
    if not MIN_PIPES <= pipes <= MAX_PIPES:
        raise DemoCityError(
            f"The number of pipes must lie between {MIN_PIPES} and {MAX_PIPES}; got {pipes}.")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DemoCityError(f"The seed must be a whole number ≥ 0, not {seed!r}.")


# --- the street layout ---------------------------------------------------------------

@dataclass
class _Layout:
    points: list  # (x, y) of every layout point: grid intersections, then points on streets
    ground: list  # ground level per point, m NHN
    street: list  # street name per point
    edges: list  # (upstream point, downstream point, street name)
    outlets: list  # grid-intersection point ids where a catchment leaves the city
    catchment: list  # outlet index per point
    netdist: list  # network distance to the outlet per point, m
    n_crossings: int  # the first n_crossings points are the street grid's crossings
    chains: list = field(default_factory=list)  # (up crossing, down crossing, name, points)
    warp: object = None  # the town's bends: (x, y) of the straight grid → (x, y) on the map


def _build_layout(columns, rows, n_outlets, rng):
    # The helpers below draw from rng in the order this function calls them; that order
    # is part of the city a seed gives, so it must not change.
    # Grid lines with irregular block sizes; the city's centre at CENTER_EAST/NORTH.
    xs = _grid_lines(columns, rng)
    ys = _grid_lines(rows, rng)
    x0 = CENTER_EAST - xs[-1] / 2
    y0 = CENTER_NORTH - ys[-1] / 2
    row_names = _street_names(rows + columns, rng)
    col_names = row_names[rows:]
    row_names = row_names[:rows]

    points = []
    for j in range(rows):
        for i in range(columns):
            points.append((x0 + xs[i] + rng.uniform(-8, 8), y0 + ys[j] + rng.uniform(-8, 8)))
    n_nodes = len(points)

    # Outlets on the eastern edge, toward the Iller, evenly spread.
    outlet_rows = sorted({round((k + 0.5) * rows / n_outlets - 0.5) for k in range(n_outlets)})
    outlets = [j * columns + columns - 1 for j in outlet_rows]

    neighbours = _grid_neighbours(columns, rows, row_names, col_names)
    parent, catchment, netdist = _spanning_forest(points, outlets, neighbours, rng)
    ground = _ground_levels(points, netdist, rng)
    street = [row_names[n // columns] for n in range(n_nodes)]
    edges, chains = _street_chains(points, ground, street, catchment, netdist, parent,
                                   neighbours, rng)
    warp = _Warp(rng, x0 + xs[-1] / 2, y0 + ys[-1] / 2)
    straight = points[:n_nodes]
    points[:] = [warp(x, y) for x, y in points]
    layout = _Layout(points, ground, street, edges, outlets, catchment, netdist, n_nodes,
                     chains, warp)
    layout.straight_crossings = straight
    return layout


def _grid_lines(count, rng):
    """Offsets of count grid lines, 90–180 m apart, from 0."""
    offsets = [0.0]
    for _ in range(count - 1):
        offsets.append(offsets[-1] + rng.uniform(90.0, 180.0))
    return offsets


def _grid_neighbours(columns, rows, row_names, col_names):
    """neighbours(n): the crossings next to crossing n (row-major ids), each with the name
    of the street between them."""

    def node_id(i, j):
        return j * columns + i

    def neighbours(n):
        i, j = n % columns, n // columns
        if i > 0:
            yield node_id(i - 1, j), row_names[j]
        if i < columns - 1:
            yield node_id(i + 1, j), row_names[j]
        if j > 0:
            yield node_id(i, j - 1), col_names[i]
        if j < rows - 1:
            yield node_id(i, j + 1), col_names[i]

    return neighbours


def _spanning_forest(points, outlets, neighbours, rng):
    """A spanning forest grown breadth-first from the outlets, ties broken at random, so
    every trunk line steps one block closer to its outlet. Per crossing: its parent (-1 at
    an outlet), its outlet's index and its network distance to that outlet."""
    n_nodes = len(points)
    parent = [-1] * n_nodes
    hops = [-1] * n_nodes
    catchment = [-1] * n_nodes
    netdist = [0.0] * n_nodes
    frontier = list(outlets)
    for k, o in enumerate(outlets):
        hops[o] = 0
        catchment[o] = k
    while frontier:
        rng.shuffle(frontier)
        nxt = []
        for n in frontier:
            for m, _ in neighbours(n):
                if hops[m] < 0:
                    hops[m] = hops[n] + 1
                    parent[m] = n
                    catchment[m] = catchment[n]
                    (ax, ay), (bx, by) = points[m], points[n]
                    netdist[m] = netdist[n] + math.hypot(ax - bx, ay - by)
                    nxt.append(m)
        frontier = nxt
    return parent, catchment, netdist


def _ground_levels(points, netdist, rng):
    """Ground per crossing: rising with the network distance, plus a gentle wave (slope
    < 0.3 %)."""
    phase = (rng.uniform(0, 6.28), rng.uniform(0, 6.28))
    base = rng.uniform(655.0, 665.0)

    def terrain(n):
        x, y = points[n]
        wave = 1.2 * math.sin(x / 900.0 + phase[0]) * math.sin(y / 1100.0 + phase[1])
        return base + TERRAIN_SLOPE * netdist[n] + wave

    return [terrain(n) for n in range(len(points))]


def _street_chains(points, ground, street, catchment, netdist, parent, neighbours, rng):
    """Every street between two crossings, once, as a chain of manhole points; appends
    the points between the crossings to points, ground, street, catchment and netdist.
    Returns the edges (up, down, name) and the chains (up, down, name, points)."""
    n_nodes = len(parent)
    edges = []
    chains = []
    seen = set()
    for n in range(n_nodes):
        for m, name in neighbours(n):
            key = (min(n, m), max(n, m))
            if key in seen:
                continue
            seen.add(key)
            if parent[n] == m or parent[m] == n:
                up, down = (n, m) if parent[n] == m else (m, n)
                chain_start = up
            else:
                # A street off the trunk: it drains toward its lower end, starting at a
                # head manhole a few metres from the higher crossing.
                up, down = (n, m) if ground[n] >= ground[m] else (m, n)
                chain_start = None
            chain = _add_street_chain(points, ground, street, catchment, netdist, edges,
                                      up, down, chain_start, name, rng)
            chains.append((up, down, name, chain))
    return edges, chains


class _Warp:
    """A town is no perfect grid: the grid turned by up to 17° and bent gently (streets
    curve by some tens of metres over a kilometre; lengths change by at most ~5 %)."""

    def __init__(self, rng, cx, cy):
        self.cx, self.cy = cx, cy
        angle = rng.uniform(-0.3, 0.3)
        self.cos, self.sin = math.cos(angle), math.sin(angle)
        self.waves = [(rng.uniform(18.0, 30.0), rng.uniform(2600.0, 3800.0),
                       rng.uniform(0, 6.283)) for _ in range(2)]

    def __call__(self, x, y):
        (a1, l1, p1), (a2, l2, p2) = self.waves
        dx, dy = x - self.cx, y - self.cy
        dx += a1 * math.sin(6.283 * dy / l1 + p1)
        dy += a2 * math.sin(6.283 * dx / l2 + p2)
        return (self.cx + dx * self.cos - dy * self.sin, self.cy + dx * self.sin + dy * self.cos)


def _add_street_chain(points, ground, street, catchment, netdist, edges,
                      up, down, chain_start, name, rng):
    (ux, uy), (dx, dy) = points[up], points[down]
    length = math.hypot(dx - ux, dy - uy)
    start_offset = 0.0 if chain_start is not None else min(10.0, length * 0.1)
    usable = length - start_offset
    # Manholes every 30–80 m: even pieces of 34–72 m, each end moved by at most 5 %.
    pieces = rng.randint(max(1, math.ceil(usable / 72.0)), max(1, math.floor(usable / 34.0)))
    fractions = [start_offset / length + usable / length * k / pieces for k in range(pieces)]
    fractions = [f + (rng.uniform(-0.05, 0.05) * usable / length / pieces if k else 0.0)
                 for k, f in enumerate(fractions)]
    chain = [] if chain_start is None else [chain_start]
    for k, f in enumerate(fractions):
        if chain_start is not None and k == 0:
            continue
        pid = len(points)
        points.append((ux + (dx - ux) * f, uy + (dy - uy) * f))
        # Ground between the two crossings follows the straight line between them, so it
        # never rises toward the downstream end.
        ground.append(ground[up] + (ground[down] - ground[up]) * f)
        street.append(name)
        catchment.append(catchment[down])
        netdist.append(netdist[down] + (1 - f) * length)
        chain.append(pid)
    chain.append(down)
    for a, b in zip(chain, chain[1:]):
        edges.append((a, b, name))
    return chain


# --- the sewer systems ---------------------------------------------------------------

_DN_THRESHOLDS_M = (400, 900, 1800, 3500, 6000, 9000, 13000, 18000, 26000, 36000, 50000)


def _dn_for(upstream_length, drainage):
    # Rainwater needs far larger pipes than foul water for the same catchment.
    effective = upstream_length * (0.35 if drainage == "KS" else 1.0)
    dn_index = sum(1 for t in _DN_THRESHOLDS_M if effective > t)
    minimum = {"KS": 200, "KR": 250, "KM": 300}[drainage]
    dn = cat.NOMINAL_DIAMETERS[min(dn_index, len(cat.NOMINAL_DIAMETERS) - 1)]
    return max(dn, minimum)


def _pipe_material(year, dn, rng):
    if dn >= 1000:
        return rng.choice(("Stahlbeton", "Beton", "GFK"))
    if year < 1960:
        return rng.choice(("Steinzeug", "Steinzeug", "Beton"))
    if year < 1990:
        return rng.choice(("Steinzeug", "Beton", "PVC-U"))
    return rng.choice(("Steinzeug", "PVC-U", "PE-HD", "Stahlbeton"))


def _condition(year, rng):
    """A condition class in either scheme; older pipes are worse. None = not inspected."""
    if rng.random() < 0.15:
        return None, None
    age = 2026 - year
    badness = min(5, max(0, int(age / 22 + rng.uniform(-1.2, 1.2))))  # 0 good ... 5 worst
    if rng.random() < 0.8:
        return 5 - badness, cat.CONDITION_SCHEME_DWA
    return badness, cat.CONDITION_SCHEME_ISYBAU


def _year_built(x, y, rng):
    # The old town is older; the outskirts grew later.
    radius = math.hypot(x - CENTER_EAST, y - CENTER_NORTH)
    return int(min(2024, max(1900, 1905 + radius / 40.0 + rng.uniform(-15, 25))))


class _Codes:
    """Unique, readable object codes per kind: S000123, H000123, SE000123 …"""

    def __init__(self):
        self._next = {}

    def __call__(self, prefix):
        n = self._next.get(prefix, 0) + 1
        self._next[prefix] = n
        return f"{prefix}{n:06d}"


def _systems_for(catchment_index, rng_choice):
    return ("KM",) if rng_choice[catchment_index] else ("KS", "KR")


# Where each system's manholes sit relative to the street axis (m), so KS and KR of a
# separate system lie side by side.
_SYSTEM_OFFSET = {"KM": (0.0, 0.0), "KS": (-1.6, -1.2), "KR": (1.6, 1.2)}


def _trim_to(edges, n_pipes_target, protected):
    """Drop leaf pipes (those nobody drains into) until the count is exact.

    Edges are listed street by street from the southern to the northern edge of the city,
    so trimming from the end of the list shortens the outermost streets and leaves the
    rest of the city whole. The window widens only if the outer streets run out of leaves.
    """
    indegree = {}
    for e in edges:
        indegree[e[1]] = indegree.get(e[1], 0) + 1
    alive = [True] * len(edges)
    excess = len(edges) - n_pipes_target
    window = max(1, 3 * excess)
    while excess > 0:
        removed_any = False
        for idx in range(len(edges) - 1, max(-1, len(edges) - 1 - window), -1):
            if excess == 0:
                break
            up = edges[idx][0]
            if alive[idx] and indegree.get(up, 0) == 0 and up not in protected:
                alive[idx] = False
                indegree[edges[idx][1]] -= 1
                excess -= 1
                removed_any = True
        if not removed_any:
            if window >= len(edges):
                break
            window *= 2
    return [e for e, keep in zip(edges, alive) if keep]


def generate(pipes: int = 2000, seed: int = 1, progress: Optional[Callable[[int], None]] = None,
             is_canceled: Optional[Callable[[], bool]] = None) -> DemoCity:
    """Build the demo city with exactly ``pipes`` pipes; see the module docstring."""
    validate_parameters(pipes, seed)
    rng = random.Random(seed)

    def report(percent):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        if progress is not None:
            progress(percent)

    n_outlets = max(2, min(8, round(math.sqrt(pipes) / 12)))
    # Choose combined or separate drainage per catchment; at least one of each.
    combined = [k % 2 == 0 for k in range(n_outlets)]
    rng.shuffle(combined)

    # Size the grid: a first guess, then as many rows as the measured pipes per row need,
    # so that at most about one row of street ends is trimmed at the city's northern edge.
    columns = max(4, int(math.sqrt(pipes / _PIPES_PER_GRID_NODE) * 0.95))
    rows = max(4, int(pipes / _PIPES_PER_GRID_NODE / columns))
    layout_seed = rng.random()
    too_small = set()
    for _ in range(50):
        layout = _build_layout(columns, rows, n_outlets, random.Random(layout_seed))
        system_edges = _system_edges(layout, combined)
        per_row = len(system_edges) / rows
        if len(system_edges) < pipes:
            too_small.add(rows)
            rows = max(rows + 1, math.ceil(pipes / per_row))
            continue
        fewer = max(4, math.ceil(pipes / per_row))
        if len(system_edges) - pipes > per_row and fewer < rows and fewer not in too_small:
            rows = fewer  # more than a row too many: try the smaller grid
            continue
        break
    report(10)

    outlet_keys = {(o, s) for o in layout.outlets for s in ("KM", "KS", "KR")}
    system_edges = _trim_to(system_edges, pipes, outlet_keys)
    city = DemoCity(seed=seed)
    codes = _Codes()
    manholes = _make_manholes(layout, system_edges, combined, codes, rng)
    report(25)
    pipe_rows = _make_pipes(layout, system_edges, manholes, codes, rng)
    report(45)
    city.rows["manhole"] = [m["row"] for m in manholes.values()]
    city.rows["pipe"] = pipe_rows
    gullies, laterals = _make_connections(layout, pipe_rows, codes, rng, report)
    city.rows["gully"] = gullies
    city.rows["lateral"] = laterals
    report(80)
    defects, events = _make_defects(gullies, manholes, rng)
    city.rows["defect"] = defects
    city.rows["defect_event"] = events
    city.rows["defect_photo"] = []
    projects, buildings, comments = _make_projects(layout, rng)
    city.rows["planned_project"] = projects
    city.rows["planned_building"] = buildings
    city.rows["participation_comment"] = comments
    # A random source of its own, so the network is the same with or without the basemap.
    city.basemap = make_basemap(layout, random.Random(seed * 7919 + 17),
                                with_buildings=pipes <= BASEMAP_BUILDINGS_UP_TO)
    report(90)
    return city


def _system_edges(layout, combined):
    """(upstream key, downstream key, street) per pipe; a key is (layout point, system)."""
    result = []
    for up, down, name in layout.edges:
        for system in _systems_for(layout.catchment[down], combined):
            result.append(((up, system), (down, system), name))
    # Each outlet crossing drains into an outlet structure just east of the city edge.
    for k, o in enumerate(layout.outlets):
        for system in _systems_for(k, combined):
            result.append(((o, system), (("outlet", o), system), layout.street[o]))
    return result


def _make_manholes(layout, system_edges, combined, codes, rng):
    """Manholes with levels; inverts are set from each outlet upstream."""
    keys = {}
    for up, down, _ in system_edges:
        keys[up] = True
        keys[down] = True
    downstream = {}
    for up, down, _ in system_edges:
        downstream[up] = down

    def position(key):
        point, system = key
        if isinstance(point, tuple):  # an outlet structure
            x, y = layout.points[point[1]]
            dx, dy = _SYSTEM_OFFSET[system]
            return x + 45.0 + dx * 4, y + dy * 6
        x, y = layout.points[point]
        dx, dy = _SYSTEM_OFFSET[system]
        return x + dx, y + dy

    def ground(key):
        point = key[0]
        if isinstance(point, tuple):
            return layout.ground[point[1]] - 0.6
        return layout.ground[point]

    manholes = {}
    # Downstream first: sort by network distance, outlets (-1) before anything else.
    def order(key):
        point = key[0]
        return -1.0 if isinstance(point, tuple) else layout.netdist[point] + 0.001

    for key in sorted(keys, key=order):
        x, y = position(key)
        g = ground(key)
        system = key[1]
        is_outlet = isinstance(key[0], tuple)
        if is_outlet:
            invert = g - rng.uniform(4.5, 5.5)
        else:
            down = manholes[downstream[key]]
            dx_, dy_ = down["x"] - x, down["y"] - y
            length = math.hypot(dx_, dy_)
            # Cover of at least 2.4 m at the downstream end keeps ≥ 1.5 m at the head
            # of any side street, which falls at MIN_SLOPE over at most ~200 m.
            target = rng.uniform(2.4, 2.9) if system == "KR" else rng.uniform(2.4, 3.4)
            invert = max(down["invert"] + MIN_SLOPE * length, g - target)
        street = layout.street[key[0][1] if is_outlet else key[0]]
        year = _year_built(x, y, rng)
        cls, scheme = _condition(year, rng)
        row = _sync_columns(rng)
        row.update(
            object_code=codes("B" if is_outlet else "S"),
            node_kind="Bauwerk" if is_outlet else "Schacht",
            drainage=system,
            cover_level=round(g, 3),
            invert_level=round(invert, 3),
            depth=round(round(g, 3) - round(invert, 3), 3),
            material=rng.choice(cat.MANHOLE_MATERIALS) if year > 1950 else "Mauerwerk",
            year_built=year,
            condition_class=cls,
            condition_scheme=scheme,
            street=street,
            geom=_point_wkt(x, y),
        )
        manholes[key] = {"row": row, "x": x, "y": y, "invert": invert, "ground": g}
    return manholes


def _make_pipes(layout, system_edges, manholes, codes, rng):
    # Upstream length accumulated from the heads down, for DN.
    incoming = {}
    for idx, (_up, down, _) in enumerate(system_edges):
        incoming.setdefault(down, []).append(idx)
    lengths = []
    for up, down, _ in system_edges:
        a, b = manholes[up], manholes[down]
        lengths.append(math.hypot(b["x"] - a["x"], b["y"] - a["y"]))
    upstream_length = [None] * len(system_edges)
    order = sorted(range(len(system_edges)),
                   key=lambda i: -manholes[system_edges[i][0]]["invert"])  # heads first
    for idx in order:
        up = system_edges[idx][0]
        upstream_length[idx] = lengths[idx] + sum(upstream_length[i] for i in incoming.get(up, ()))

    rows = []
    for idx, (up, down, street) in enumerate(system_edges):
        a, b = manholes[up], manholes[down]
        system = up[1]
        dn = _dn_for(upstream_length[idx], system)
        year = max(a["row"]["year_built"], b["row"]["year_built"]) if rng.random() < 0.9 \
            else _year_built(a["x"], a["y"], rng)
        cls, scheme = _condition(year, rng)
        if dn >= 1000 and rng.random() < 0.4:
            profile, height = "Eiprofil", int(dn * 1.5)
        else:
            profile, height = "Kreisprofil", dn
        row = _sync_columns(rng)
        row.update(
            object_code=codes("H"),
            from_manhole=a["row"]["uuid"],
            to_manhole=b["row"]["uuid"],
            invert_from=a["row"]["invert_level"],
            invert_to=b["row"]["invert_level"],
            length=round(lengths[idx], 2),
            profile=profile,
            width_mm=dn,
            height_mm=height,
            material=_pipe_material(year, dn, rng),
            drainage=system,
            year_built=year,
            condition_class=cls,
            condition_scheme=scheme,
            street=street,
            geom=_line_wkt([(a["x"], a["y"]), (b["x"], b["y"])]),
        )
        row["_xy"] = (a["x"], a["y"], b["x"], b["y"], a["ground"], b["ground"])
        rows.append(row)
    return rows


def _make_connections(layout, pipe_rows, codes, rng, report):
    """Gullies on both kerbs of rain-carrying pipes; house laterals on foul-carrying ones."""
    gullies, laterals = [], []
    total = len(pipe_rows)
    for n, pipe in enumerate(pipe_rows):
        if n % 20000 == 0:
            report(45 + int(35 * n / max(1, total)))
        ax, ay, bx, by, ga, gb = pipe.pop("_xy")
        length = pipe["length"]
        if length <= 0:
            continue
        ux, uy = (bx - ax) / length, (by - ay) / length
        nx, ny = -uy, ux
        system = pipe["drainage"]
        if system in ("KR", "KM"):
            count = max(1, int(length / 40.0 + rng.random()))
            for k in range(count):
                f = (k + rng.uniform(0.3, 0.7)) / count
                side = 1 if (k + n) % 2 == 0 else -1
                kerb = rng.uniform(3.5, 5.5) * side
                px, py = ax + ux * length * f, ay + uy * length * f
                gx, gy = px + nx * kerb, py + ny * kerb
                gully = _sync_columns(rng)
                gully.update(
                    object_code=codes("SE"),
                    kind=rng.choice(cat.GULLY_KINDS),
                    has_bucket=rng.random() < 0.85,
                    pipe=pipe["uuid"],
                    cover_level=round(ga + (gb - ga) * f + 0.05, 3),
                    street=pipe["street"],
                    last_cleaned=(date(2025, 3, 1) + timedelta(days=rng.randint(0, 300))).isoformat(),
                    geom=_point_wkt(gx, gy),
                )
                gullies.append(gully)
                lateral = _sync_columns(rng)
                lateral.update(
                    object_code=codes("AL"),
                    pipe=pipe["uuid"],
                    gully=gully["uuid"],
                    width_mm=150,
                    material=rng.choice(("Steinzeug", "PVC-U")),
                    geom=_line_wkt([(gx, gy), (px, py)]),
                )
                laterals.append(lateral)
        if system in ("KS", "KM"):
            for _ in range(rng.choice((0, 1, 1, 2))):
                f = rng.uniform(0.1, 0.9)
                side = rng.choice((1, -1))
                px, py = ax + ux * length * f, ay + uy * length * f
                hx, hy = px + nx * side * rng.uniform(9, 14), py + ny * side * rng.uniform(9, 14)
                lateral = _sync_columns(rng)
                lateral.update(
                    object_code=codes("AL"),
                    pipe=pipe["uuid"],
                    gully=None,
                    width_mm=rng.choice((125, 150, 150, 200)),
                    material=rng.choice(("Steinzeug", "PVC-U", "PE-HD")),
                    geom=_line_wkt([(hx, hy), (px, py)]),
                )
                laterals.append(lateral)
    return gullies, laterals


_DESCRIPTIONS = {
    "verstopft": "Wasser steht nach Regen auf der Fahrbahn.",
    "Schlammeimer voll": "Eimer bis zum Rand gefüllt, Laub.",
    "Schlammeimer fehlt": "Kein Eimer im Ablauf.",
    "Aufsatz/Rost beschädigt": "Rost gebrochen, Stege fehlen teilweise.",
    "Rost fehlt": "Rost fehlt, Absturzgefahr für Radfahrer.",
    "Rahmen lose/klappert": "Rahmen klappert beim Überfahren.",
    "Absenkung": "Aufsatz ca. 3 cm abgesackt.",
    "Geruch": "Starker Geruch bei Trockenwetter.",
    "Wurzeleinwuchs": "Wurzeln im Anschluss sichtbar.",
    "Sonstiges": "Bitte vor Ort prüfen.",
}

_STAFF = ("m.huber", "a.schmid", "k.wagner", "t.maier", "s.fischer")
_CREWS = ("Kolonne Nord", "Kolonne Süd", "Fa. Allgäu Kanal GmbH")


def _make_defects(gullies, manholes, rng):
    defects, events = [], []
    if not gullies:
        return defects, events
    # At least three defects in every workflow state, however small the city.
    n_defects = max(21, min(5000, len(gullies) // 150))
    chosen = rng.sample(range(len(gullies)), min(n_defects, len(gullies)))
    weights = {"gemeldet": 22, "geprüft": 14, "beauftragt": 14, "in Arbeit": 10, "behoben": 30,
               "abgelehnt": 6, "Duplikat": 4}
    statuses = list(weights)
    for number, g_index in enumerate(chosen, start=1):
        gully = gullies[g_index]
        status = statuses[number % len(statuses)] if number <= 3 * len(statuses) else \
            rng.choices(statuses, weights=[weights[s] for s in statuses])[0]
        category = rng.choice(cat.DEFECT_CATEGORIES)
        severity = 1 if category == "Rost fehlt" else rng.choice((2, 2, 3, 3, 3, 4))
        reported = GENERATED_AT - timedelta(days=rng.randint(60, 300), minutes=rng.randint(0, 600))
        source = rng.choices(cat.DEFECT_SOURCES, weights=(60, 25, 15))[0]
        row = _sync_columns(rng)
        path = cat.path_to_status(status)
        at = reported
        history = []
        previous = None
        for step in path:
            history.append((previous, step, at))
            previous = step
            at = at + timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 8))
        resolved_at = history[-1][2] if status == "behoben" else None
        row.update(
            defect_number=f"M-{reported.year}-{number:06d}",
            asset_table="gully",
            asset=gully["uuid"],
            category=category,
            severity=severity,
            status=status,
            description=_DESCRIPTIONS[category],
            reported_at=_iso(reported),
            reported_by=rng.choice(_STAFF) if source == "staff" else "Bürgermeldung",
            source=source,
            external_id=f"o311-{rng.randint(10000, 99999)}" if source == "open311" else None,
            assigned_to=rng.choice(_CREWS) if status in ("beauftragt", "in Arbeit", "behoben") else None,
            due_date=(reported + timedelta(days=cat.DEFAULT_DUE_DAYS[severity])).date().isoformat(),
            resolved_at=_iso(resolved_at) if resolved_at else None,
            geom=gully["geom"],
        )
        defects.append(row)
        for from_status, to_status, when in history:
            event = _sync_columns(rng)
            note = {"abgelehnt": "Kein Mangel feststellbar.",
                    "Duplikat": "Bereits gemeldet.",
                    "behoben": "Erledigt."}.get(to_status)
            event.update(defect=row["uuid"], at=_iso(when), by=rng.choice(_STAFF),
                         from_status=from_status, to_status=to_status, note=note)
            events.append(event)
    return defects, events


# --- the offline basemap (Grundkarte): streets, parcels, buildings ---------------------

BASEMAP_BUILDINGS_UP_TO = 100_000  # bigger cities get the streets only (file size, time)
STREET_HALF_WIDTH = 7.0  # m from the axis to the parcels: carriageway and pavement
CORNER = 36.0  # m kept free of parcels around a crossing (corner lots stay open)


def make_basemap(layout: _Layout, rng: random.Random,
                 with_buildings: bool = True) -> Dict[str, List[Dict[str, Any]]]:
    """Rows of the basemap tables: ``street`` (name, the centreline through its manholes),
    ``parcel`` (number) and ``building`` (use, floors) along both sides of every street,
    made in the straight grid and bent with it."""
    streets, parcels, buildings = [], [], []
    warp = layout.warp
    straight = layout.straight_crossings
    parcel_no = 0
    for up, down, name, chain in layout.chains:
        line = [layout.points[up]] + [layout.points[p] for p in chain if p != up]
        streets.append({"name": name, "geom": _line_wkt(line)})
        if not with_buildings:
            continue
        (ux, uy), (dx, dy) = straight[up], straight[down]
        length = math.hypot(dx - ux, dy - uy)
        if length < 2 * CORNER + 14:
            continue
        tx, ty = (dx - ux) / length, (dy - uy) / length
        for side in (1, -1):
            nx, ny = -ty * side, tx * side
            s = CORNER
            while True:
                front = rng.uniform(16.0, 26.0)
                if s + front > length - CORNER:
                    break
                depth = rng.uniform(24.0, 28.0)
                parcel_no += 1

                def corner(along, away, f=(ux, uy, tx, ty, nx, ny)):
                    return warp(f[0] + f[2] * along + f[4] * away,
                                f[1] + f[3] * along + f[5] * away)

                ring = [corner(s, STREET_HALF_WIDTH), corner(s + front, STREET_HALF_WIDTH),
                        corner(s + front, STREET_HALF_WIDTH + depth),
                        corner(s, STREET_HALF_WIDTH + depth)]
                parcels.append({"number": f"{parcel_no // 7 + 100}/{parcel_no % 7 + 1}",
                                "geom": _polygon_wkt(ring)})
                if rng.random() < 0.88:
                    inset = rng.uniform(1.5, 3.0)
                    setback = rng.uniform(3.0, 5.0)
                    house = rng.uniform(9.0, 14.0)
                    b = [corner(s + inset, STREET_HALF_WIDTH + setback),
                         corner(s + front - inset, STREET_HALF_WIDTH + setback),
                         corner(s + front - inset, STREET_HALF_WIDTH + setback + house),
                         corner(s + inset, STREET_HALF_WIDTH + setback + house)]
                    buildings.append({"use": rng.choice(("Wohnen", "Wohnen", "Wohnen",
                                                         "Gewerbe", "Mischnutzung")),
                                      "floors": rng.randint(1, 4), "geom": _polygon_wkt(b)})
                s += front
    return {"street": streets, "parcel": parcels, "building": buildings}


_PROJECTS = (
    ("Wohnquartier Engelhalde", "BV-2025-014", "Planung"),
    ("Schulzentrum Ost, Erweiterung", "BV-2025-031", "Genehmigung"),
    ("Gewerbehof Ursulasried", "BV-2026-002", "Idee"),
    ("Stadtbibliothek Neubau", "BV-2024-077", "Bau"),
    ("Seniorenwohnen am Stadtpark", "BV-2023-120", "fertig"),
)
_COMMENTS = (
    "Bitte an genügend Fahrradstellplätze denken.",
    "Die Höhe passt nicht in die Nachbarschaft.",
    "Gut, dass hier endlich gebaut wird.",
    "Was passiert mit dem Regenwasser bei Starkregen?",
    "Der Baum an der Ecke sollte erhalten bleiben.",
)


def _make_projects(layout, rng):
    projects, buildings, comments = [], [], []
    n_grid = layout.n_crossings
    xs = [p[0] for p in layout.points[:n_grid]]
    ys = [p[1] for p in layout.points[:n_grid]]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    span = min(max(xs) - min(xs), max(ys) - min(ys))
    for k, (name, reference, status) in enumerate(_PROJECTS):
        angle = k * 2 * math.pi / len(_PROJECTS) + rng.uniform(-0.3, 0.3)
        radius = span * rng.uniform(0.08, 0.3)
        px, py = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        project = _sync_columns(rng)
        footprints = []
        for b in range(rng.randint(2, 6)):
            bx = px + (b % 3) * 38 + rng.uniform(-4, 4)
            by = py + (b // 3) * 34 + rng.uniform(-4, 4)
            w, d = rng.uniform(14, 30), rng.uniform(10, 20)
            corners = [(bx, by), (bx + w, by), (bx + w, by + d), (bx, by + d)]
            footprints.extend(corners)
            floors = rng.randint(2, 7)
            building = _sync_columns(rng)
            building.update(
                project=project["uuid"], floors=floors, height_m=round(floors * 3.1 + 1.0, 1),
                base_level=None, roof=rng.choice(("Flachdach", "Satteldach", "Pultdach")),
                use=rng.choice(("Wohnen", "Gewerbe", "Bildung", "Mischnutzung")),
                geom=_polygon_wkt(corners),
            )
            buildings.append(building)
        min_x = min(p[0] for p in footprints) - 6
        max_x = max(p[0] for p in footprints) + 6
        min_y = min(p[1] for p in footprints) - 6
        max_y = max(p[1] for p in footprints) + 6
        project.update(name=name, reference=reference, status=status, source="Stadtplanung",
                       geom=_polygon_wkt([(min_x, min_y), (max_x, min_y), (max_x, max_y),
                                          (min_x, max_y)]))
        projects.append(project)
        for c in range(rng.randint(2, 4)):
            comment = _sync_columns(rng)
            comment.update(
                project=project["uuid"], external_id=f"beteiligung-{k + 1}-{c + 1}",
                text=rng.choice(_COMMENTS),
                created_at=_iso(GENERATED_AT - timedelta(days=rng.randint(1, 60))),
                geom=_point_wkt(rng.uniform(min_x, max_x), rng.uniform(min_y, max_y)),
            )
            comments.append(comment)
    return projects, buildings, comments
