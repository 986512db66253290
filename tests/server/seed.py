"""One valid row per table, so permission and workflow tests have something to act on."""

import uuid

POINT = "ST_SetSRID(ST_MakePoint(598000, 5287000), 25832)"
LINE = "ST_SetSRID(ST_MakeLine(ST_MakePoint(598000, 5287000), ST_MakePoint(598040, 5287000)), 25832)"
POLYGON = "ST_SetSRID(ST_MakeEnvelope(598000, 5287000, 598020, 5287015), 25832)"


def new_uuid():
    return str(uuid.uuid4())


def insert_rows(cursor, schema):
    """Insert a connected set of rows; returns their uuids by table."""
    ids = {t: new_uuid() for t in ("manhole", "manhole_b", "pipe", "gully", "lateral", "defect",
                                  "defect_photo", "planned_project", "planned_building",
                                  "participation_comment", "inspection", "observation",
                                  "source_record")}
    s = schema
    cursor.execute(f"INSERT INTO {s}.manhole (uuid, object_code, node_kind, drainage, geom) "
                   f"VALUES (%s, 'S1', 'Schacht', 'KM', {POINT}), (%s, 'S2', 'Bauwerk', 'KM', {POINT})",
                   (ids["manhole"], ids["manhole_b"]))
    cursor.execute(f"INSERT INTO {s}.pipe (uuid, object_code, from_manhole, to_manhole, drainage, "
                   f"geom) VALUES (%s, 'H1', %s, %s, 'KM', {LINE})",
                   (ids["pipe"], ids["manhole"], ids["manhole_b"]))
    cursor.execute(f"INSERT INTO {s}.gully (uuid, object_code, pipe, street, geom) "
                   f"VALUES (%s, 'SE1', %s, 'Bahnhofstraße', {POINT})", (ids["gully"], ids["pipe"]))
    cursor.execute(f"INSERT INTO {s}.lateral (uuid, object_code, pipe, gully, geom) "
                   f"VALUES (%s, 'AL1', %s, %s, {LINE})", (ids["lateral"], ids["pipe"], ids["gully"]))
    cursor.execute(f"INSERT INTO {s}.defect (uuid, defect_number, asset_table, asset, category, "
                   f"severity, geom) VALUES (%s, %s, 'gully', %s, 'verstopft', 2, {POINT})",
                   (ids["defect"], "M-" + ids["defect"][:8], ids["gully"]))
    cursor.execute(f"INSERT INTO {s}.defect_photo (uuid, defect, mime, bytes) "
                   "VALUES (%s, %s, 'image/png', %s)", (ids["defect_photo"], ids["defect"], b"\x89PNG"))
    cursor.execute(f"INSERT INTO {s}.planned_project (uuid, name, status, geom) "
                   f"VALUES (%s, 'Wohnquartier', 'Planung', {POLYGON})", (ids["planned_project"],))
    cursor.execute(f"INSERT INTO {s}.planned_building (uuid, project, floors, height_m, geom) "
                   f"VALUES (%s, %s, 3, 10.3, {POLYGON})",
                   (ids["planned_building"], ids["planned_project"]))
    cursor.execute(f"INSERT INTO {s}.participation_comment (uuid, project, text, geom) "
                   f"VALUES (%s, %s, 'Gut so', {POINT})",
                   (ids["participation_comment"], ids["planned_project"]))
    cursor.execute(f"INSERT INTO {s}.inspection (uuid, asset_table, asset, object_code, "
                   "inspected_on) VALUES (%s, 'pipe', %s, 'H1', '2021-05-04')",
                   (ids["inspection"], ids["pipe"]))
    cursor.execute(f"INSERT INTO {s}.observation (uuid, inspection, position, code) "
                   "VALUES (%s, %s, 1, 'BAB')", (ids["observation"], ids["inspection"]))
    cursor.execute(f"INSERT INTO {s}.source_record (uuid, asset_table, asset, object_code, "
                   "format, codes) VALUES (%s, 'pipe', %s, 'H1', 'ISYBAU XML', '{}')",
                   (ids["source_record"], ids["pipe"]))
    return ids
