"""A hand-built sewer network with known answers, written as a real working copy.

    M1 ─P1─┐                 ┌─P5─► A1 (outlet)
           ├─► M3 ─P3─► M5 ──┤
    M2 ─P2─┘         ▲       └─P6─► A2 (emergency overflow, a second outlet)
    M4 ──────P4──────┘
    M9 (unconnected, only in the faulty variant)

Coordinates in EPSG:25832 around Kempten; heights in m NHN. Gullies G1, G2 drain into P1,
G3 into P4; lateral L1 joins P3.
"""

import math

from kempten_twin_plugin.store.working_copy import write_working_copy

X0, Y0 = 598000.0, 5287000.0

MANHOLES = {  # code: (x, y, cover_level, invert_level, node_kind)
    "M1": (0, 100, 513.0, 510.0, "Schacht"),
    "M2": (0, 0, 513.5, 510.2, "Schacht"),
    "M3": (100, 50, 512.8, 509.5, "Schacht"),
    "M4": (100, 150, 512.5, 509.8, "Schacht"),
    "M5": (200, 50, 512.0, 509.0, "Schacht"),
    "A1": (300, 50, 511.0, 508.5, "Bauwerk"),
    "A2": (200, -50, 511.5, 508.8, "Bauwerk"),
}

PIPES = {  # code: (from, to, invert_from, invert_to, DN)
    "P1": ("M1", "M3", 510.0, 509.5, 300),
    "P2": ("M2", "M3", 510.2, 509.5, 300),
    "P3": ("M3", "M5", 509.5, 509.0, 400),
    "P4": ("M4", "M5", 509.8, 509.0, 300),
    "P5": ("M5", "A1", 509.0, 508.5, 500),
    "P6": ("M5", "A2", 509.0, 508.8, 300),
}

GULLIES = {"G1": "P1", "G2": "P1", "G3": "P4"}
LATERALS = {"L1": "P3"}
STREETS = {"P1": "Bahnhofstraße", "P2": "Bahnhofstraße", "P3": "Bahnhofstraße"}  # else:
OTHER_STREET = "Lindauer Straße"
DEFECTS = (  # number, asset code, category, severity, status
    ("2026-0001", "M3", "Absenkung", 2, "gemeldet"),
    ("2026-0002", "M3", "Geruch", 3, "behoben"),
)


def uuid_of(code):
    """A stable uuid per object code, so tests can name objects either way."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kempten-twin-test/{code}"))


def pipe_length(code, manholes=MANHOLES, pipes=PIPES):
    a, b = pipes[code][:2]
    return math.dist(manholes[a][:2], manholes[b][:2])


def _common(code):
    return {"uuid": uuid_of(code), "version": 1, "changed_at": "2026-01-01T00:00:00Z",
            "changed_by": "test", "object_code": code}


def rows(manholes=MANHOLES, pipes=PIPES, gullies=GULLIES, laterals=LATERALS,
         pipe_start_offset=None, defects=DEFECTS):
    """Working-copy rows; ``pipe_start_offset`` {code: (dx, dy)} draws a pipe's start off
    its manhole. A pipe may name a manhole code that does not exist (a broken reference)."""
    out = {"manhole": [], "pipe": [], "gully": [], "lateral": [], "defect": []}
    for code, (x, y, cover, invert, kind) in manholes.items():
        out["manhole"].append(dict(_common(code), node_kind=kind, drainage="KM",
                                   cover_level=cover, invert_level=invert,
                                   depth=cover - invert, geom=f"POINT ({X0 + x} {Y0 + y})"))
    for code, (a, b, invert_from, invert_to, dn) in pipes.items():
        ax, ay = manholes[a][:2] if a in manholes else (0, -200)
        bx, by = manholes[b][:2] if b in manholes else (50, -200)
        dx, dy = (pipe_start_offset or {}).get(code, (0, 0))
        out["pipe"].append(dict(
            _common(code), from_manhole=uuid_of(a), to_manhole=uuid_of(b),
            invert_from=invert_from, invert_to=invert_to,
            length=round(math.dist((ax, ay), (bx, by)), 3), profile="Kreisprofil",
            width_mm=dn, height_mm=dn, material="Beton" if dn >= 500 else "Steinzeug",
            drainage="KM", street=STREETS.get(code, OTHER_STREET),
            geom=f"LINESTRING ({X0 + ax + dx} {Y0 + ay + dy}, {X0 + bx} {Y0 + by})"))
    pipe_xy = {c: manholes[p[0]][:2] for c, p in pipes.items() if p[0] in manholes}
    for code, pipe in gullies.items():
        x, y = pipe_xy.get(pipe, (0, 0))
        out["gully"].append(dict(_common(code), kind="Aufsatz", has_bucket=True,
                                 pipe=uuid_of(pipe), geom=f"POINT ({X0 + x + 5} {Y0 + y + 8})"))
    for code, pipe in laterals.items():
        x, y = pipe_xy.get(pipe, (0, 0))
        out["lateral"].append(dict(_common(code), pipe=uuid_of(pipe), width_mm=150,
                                   geom=f"LINESTRING ({X0 + x + 10} {Y0 + y + 10}, "
                                        f"{X0 + x + 10} {Y0 + y})"))
    for number, asset, category, severity, status in defects:
        x, y = manholes[asset][:2]
        out["defect"].append({
            "uuid": uuid_of(number), "version": 1, "changed_at": "2026-01-01T00:00:00Z",
            "changed_by": "test", "defect_number": number, "asset_table": "manhole",
            "asset": uuid_of(asset), "category": category, "severity": severity,
            "status": status, "geom": f"POINT ({X0 + x} {Y0 + y})"})
    return out


def write(path, **changes):
    write_working_copy(str(path), rows(**changes), overwrite=True)
    return str(path)
