"""Hand-placed test data for the planning tests: a tiny network and planned buildings.

Coordinates near Kempten (EPSG:25832). Every distance a test relies on is written next
to the object, so a reader can check it with a ruler.
"""

import uuid

from kempten_twin_plugin.store.working_copy import write_working_copy

E0, N0 = 595_000.0, 5_286_000.0  # origin of the sketch


def _sync():
    return {"uuid": str(uuid.uuid4()), "version": 1, "changed_at": "2026-01-01T00:00:00Z",
            "changed_by": "test"}


def rect(x1, y1, x2, y2):
    x1, x2, y1, y2 = E0 + x1, E0 + x2, N0 + y1, N0 + y2
    return f"POLYGON(({x1} {y1},{x2} {y1},{x2} {y2},{x1} {y2},{x1} {y1}))"


def pipe(code, x1, y1, x2, y2, dn):
    row = _sync()
    row.update(object_code=code, width_mm=dn, height_mm=dn, drainage="KS", invert_from=680.0,
               invert_to=679.5, length=abs(x2 - x1) + abs(y2 - y1),
               geom=f"LINESTRING({E0 + x1} {N0 + y1},{E0 + x2} {N0 + y2})")
    return row


def point_row(code, x, y, **extra):
    row = _sync()
    row.update(object_code=code, geom=f"POINT({E0 + x} {N0 + y})", **extra)
    return row


def building(project, name, wkt, height=12.0, floors=4):
    row = _sync()
    row.update(project=project, floors=floors, height_m=height, use=name, roof="Flachdach",
               geom=wkt)
    return row


def network_rows():
    return {
        "pipe": [
            pipe("H-300", 0, 0, 100, 0, 300),     # strip 1.5 m
            pipe("H-800", 0, 100, 100, 100, 800),  # strip 2.5 m
            pipe("H-1000", 0, 200, 100, 200, 1000),  # strip 3.0 m
            pipe("H-SHORT", 200, 0, 205, 0, 250),  # lies wholly inside building IN
        ],
        "manhole": [point_row("S-1", 300, 0, node_kind="Schacht", cover_level=700.0,
                              invert_level=697.0, depth=3.0)],
        "gully": [point_row("G-UNDER", 405, 5, kind="Aufsatz"),
                  point_row("G-OUT", 411.1, 5, kind="Aufsatz")],  # 0.1 m east of B-GULLY
        "lateral": [],
    }


def conflict_city(path):
    """A working copy with the network above and buildings at known distances."""
    rows = network_rows()
    project = _sync()
    project.update(name="Testquartier", reference="BV-1", status="Planung", source="test",
                   geom=rect(-10, -20, 420, 220))
    p = project["uuid"]
    rows["planned_project"] = [project]
    rows["planned_building"] = [
        building(p, "CROSS", rect(10, -5, 20, 5)),            # crosses H-300: 0 m
        building(p, "EDGE-300", rect(40, 1.5, 50, 11.5)),     # 1.5 m from H-300: on the edge
        building(p, "OUT-300", rect(60, 1.51, 70, 11.5)),     # 1.51 m: just outside
        building(p, "IN-800", rect(40, 102.4, 50, 110)),      # 2.4 m from H-800
        building(p, "OUT-800", rect(60, 102.6, 70, 110)),     # 2.6 m: outside
        building(p, "EDGE-1000", rect(40, 203, 50, 210)),     # 3.0 m from H-1000: on the edge
        building(p, "IN", rect(190, -10, 210, 10)),           # H-SHORT wholly inside
        building(p, "NEAR-S", rect(301.99, -5, 310, 5)),      # 1.99 m from S-1
        building(p, "FAR-S", rect(295, 2.01, 305, 10)),       # 2.01 m north of S-1
        building(p, "B-GULLY", rect(400, 0, 411, 10)),        # G-UNDER under it
    ]
    write_working_copy(str(path), rows)
    return {b["use"]: b["uuid"] for b in rows["planned_building"]}, p
