"""The network of a working copy as comparable plain data (uuids replaced by object codes)."""

import sqlite3

from kempten_twin_plugin.io.isybau.export import _points


def _geom(blob):
    return tuple((round(x, 3), round(y, 3)) for x, y in _points(blob))


def dump(path):
    db = sqlite3.connect(path)
    out = {}
    codes = {}
    for table in ("manhole", "pipe", "gully", "lateral"):
        for uuid, code in db.execute(f'SELECT uuid, object_code FROM "{table}"'):
            codes[uuid] = code
    for table, columns in (
            ("manhole", "node_kind, drainage, cover_level, invert_level, depth, material, "
                        "year_built, street"),
            ("pipe", "from_manhole, to_manhole, invert_from, invert_to, length, profile, "
                     "width_mm, height_mm, material, drainage, year_built, street"),
            ("gully", "kind, cover_level, street"),
            ("lateral", "pipe, gully, width_mm, material")):
        rows = {}
        for row in db.execute(f'SELECT object_code, {columns}, geom FROM "{table}"'):
            values = tuple(codes.get(v, v) if isinstance(v, str) else
                           (round(v, 3) if isinstance(v, float) else v) for v in row[1:-1])
            rows[row[0]] = values + (_geom(row[-1]),)
        out[table] = rows
    # Keyed by table and code: a Haltung is often named like its upstream Schacht.
    out["source_record"] = {(table, code): c for table, code, c in db.execute(
        "SELECT asset_table, object_code, codes FROM source_record")}
    out["inspection"] = sorted(db.execute(
        "SELECT i.asset_table, i.object_code, i.inspected_on, i.direction, i.condition_class, "
        "i.condition_scheme, i.damage_score, i.evaluation, i.asset IS NOT NULL, o.position, "
        "o.station, o.code, o.characterisation1, o.characterisation2, o.quantity1, o.quantity2, "
        "o.clock_from, o.clock_to, o.condition_class, o.condition_scheme, o.remark, "
        "o.class_tightness, o.class_stability, o.class_operation, o.damage_score, "
        "o.classification FROM inspection i LEFT JOIN observation o ON o.inspection = i.uuid"),
        key=repr)
    out["condition"] = {t: sorted(db.execute(
        f'SELECT object_code, condition_class, condition_scheme FROM "{t}" WHERE '
        "condition_class IS NOT NULL")) for t in ("manhole", "pipe")}
    db.close()
    return out


def rows(path, sql, *args):
    """The rows a query gives on the working copy at ``path``."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()
