"""Read a working copy with plain sqlite3 and state facts about its network.

Deliberately independent of the plugin's own code, so tests check the generator's output
rather than repeat its logic. Reading needs no GDAL SQL functions (only writes fire the
R-tree triggers).
"""

import sqlite3


def connect(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    return con


def network_problems(path, min_slope=0.003):
    """A list of human-readable problems; empty for a valid gravity network."""
    con = connect(path)
    manholes = {r["uuid"]: r for r in con.execute("SELECT * FROM manhole")}
    pipes = list(con.execute("SELECT * FROM pipe"))
    problems, downstream = _pipe_problems(manholes, pipes, min_slope)
    problems += _drainage_problems(manholes, downstream)
    for m in manholes.values():
        if not 1.5 <= m["depth"] <= 6.0 + 1e-9:
            problems.append(f"manhole {m['object_code']} is {m['depth']} m deep")
    problems += _table_problems(con)
    assert pipes  # a network without pipes is not a network
    con.close()
    return problems


def _pipe_problems(manholes, pipes, min_slope):
    """Each pipe on its own; also {manhole: the manhole its pipe drains to}."""
    problems = []
    downstream = {}
    for p in pipes:
        if p["from_manhole"] not in manholes or p["to_manhole"] not in manholes:
            problems.append(f"pipe {p['object_code']} refers to a missing manhole")
            continue
        if p["from_manhole"] in downstream:
            problems.append(f"manhole {manholes[p['from_manhole']]['object_code']} has two outflows")
        downstream[p["from_manhole"]] = p["to_manhole"]
        fall = p["invert_from"] - p["invert_to"]
        if p["length"] <= 0 or fall / p["length"] < min_slope:
            problems.append(f"pipe {p['object_code']} falls only {fall:.3f} m over {p['length']} m")
        if p["invert_from"] != manholes[p["from_manhole"]]["invert_level"]:
            problems.append(f"pipe {p['object_code']} starts off its manhole's invert")
        if p["drainage"] != manholes[p["from_manhole"]]["drainage"]:
            problems.append(f"pipe {p['object_code']} changes drainage kind")
    return problems, downstream


def _drainage_problems(manholes, downstream):
    """Every manhole drains to an outlet (a node without outflow) without a cycle."""
    problems = []
    outlet_of = {}
    for start in manholes:
        path = []
        node = start
        seen = set()
        while node in downstream and node not in outlet_of:
            if node in seen:
                problems.append(f"cycle through manhole {manholes[node]['object_code']}")
                break
            seen.add(node)
            path.append(node)
            node = downstream[node]
        outlet = outlet_of.get(node, node)
        if manholes[outlet]["node_kind"] != "Bauwerk":
            problems.append(f"manhole {manholes[start]['object_code']} drains to "
                            f"{manholes[outlet]['object_code']}, which is no outlet")
        for n in path:
            outlet_of[n] = outlet
    return problems


def _table_problems(con):
    """Orphan gullies, repeated object codes and uuids."""
    problems = []
    for (code,) in con.execute("SELECT object_code FROM gully WHERE pipe IS NULL OR pipe NOT IN "
                               "(SELECT uuid FROM pipe)"):
        problems.append(f"gully {code} has no pipe")
    for table in ("manhole", "pipe", "gully", "lateral"):
        for code, n in con.execute(f"SELECT object_code, count(*) FROM {table} "
                                   "GROUP BY object_code HAVING count(*) > 1"):
            problems.append(f"{table} object code {code} occurs {n} times")
    for table in ("manhole", "pipe", "gully", "lateral", "defect", "planned_building"):
        (n,) = con.execute(f"SELECT count(*) - count(DISTINCT uuid) FROM {table}").fetchone()
        if n:
            problems.append(f"{table} has {n} duplicate uuids")
    return problems


def dn_never_shrinks_downstream(path):
    con = connect(path)
    dn_into = {}
    rows = list(con.execute("SELECT from_manhole, to_manhole, width_mm FROM pipe"))
    for r in rows:
        dn_into.setdefault(r["to_manhole"], []).append(r["width_mm"])
    shrinking = [r for r in rows if max(dn_into.get(r["from_manhole"], [0])) > r["width_mm"]]
    con.close()
    return len(shrinking)
