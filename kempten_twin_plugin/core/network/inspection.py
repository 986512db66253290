"""What the inspection panel says about one object or a selection, read from the working copy.

Plain data (label, value text) so the panel, tests and reports share it. Labels use the DWA
terms in German through tr(); values carry their units. Reads are indexed lookups, fast
enough to answer a click on a city of any size.
"""

import sqlite3
from dataclasses import dataclass, field
from typing import List, Optional

from ...i18n import decimal, tr
from ...store import working_copy
from ..catalogues import CLOSED_STATUSES, CONDITION_SCHEME_DWA, CONDITION_SCHEME_ISYBAU

ASSET_TABLES = ("manhole", "pipe", "lateral", "gully")


@dataclass
class Link:
    table: str
    uuid: str
    code: str
    role: str  # e.g. "upstream pipe"


@dataclass
class ObjectReport:
    table: str
    uuid: str
    title: str
    attributes: List[tuple] = field(default_factory=list)  # (label, value text)
    derived: List[tuple] = field(default_factory=list)
    neighbours: List[Link] = field(default_factory=list)
    defects: List[tuple] = field(default_factory=list)  # (number, category, severity, status)
    inspections: List[tuple] = field(default_factory=list)  # (date, standard, class text, n)


def table_title(table):
    return {"manhole": tr("Manhole"), "pipe": tr("Pipe"), "lateral": tr("Lateral"),
            "gully": tr("Street gully")}[table]


def _m(value, digits=2, unit="m"):
    return "–" if value is None else f"{decimal(value, digits)} {unit}"


def _level(value):
    return _m(value, 2, "m NHN")


def _text(value):
    return "–" if value in (None, "") else str(value)


def condition_text(value, scheme):
    if value is None:
        return "–"
    if scheme == CONDITION_SCHEME_DWA:
        meaning = tr("0 = worst … 5 = no defect")
    elif scheme == CONDITION_SCHEME_ISYBAU:
        meaning = tr("0 = no defect … 5 = worst")
    else:
        meaning = tr("scheme unknown")
    return f"{value} ({scheme or '?'}: {meaning})"


def drainage_text(code):
    names = {"KS": tr("foul water"), "KR": tr("storm water"), "KM": tr("combined")}
    return "–" if code is None else f"{code} ({names.get(code, code)})"


def _connect(path):
    con = working_copy.connect_read_only(path)
    con.row_factory = sqlite3.Row
    return con


def describe(path, table, uuid):
    """An ObjectReport for one asset, or None when the uuid is not in the working copy."""
    if table not in ASSET_TABLES:
        raise ValueError(table)
    con = _connect(path)
    try:
        row = con.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            return None
        report = ObjectReport(table, uuid, f"{table_title(table)} {row['object_code']}")
        globals()[f"_describe_{table}"](con, row, report)
        report.defects = [tuple(r) for r in con.execute(
            "SELECT defect_number, category, severity, status FROM defect WHERE asset = ? "
            f"AND status NOT IN ({','.join('?' * len(CLOSED_STATUSES))}) "
            "ORDER BY severity, defect_number", (uuid, *CLOSED_STATUSES))]
        if table in ("manhole", "pipe"):
            report.inspections = _inspections(con, uuid)
        return report
    finally:
        con.close()


def _inspections(con, uuid):
    """The latest inspections (Zustandsdaten) of an asset, newest first."""
    try:
        rows = con.execute(
            "SELECT i.inspected_on, i.standard, i.condition_class, i.condition_scheme, "
            "(SELECT count(*) FROM observation o WHERE o.inspection = i.uuid) "
            "FROM inspection i WHERE i.asset = ? "
            "ORDER BY i.inspected_on DESC LIMIT 5", (uuid,)).fetchall()
    except sqlite3.OperationalError:  # a working copy from before inspections were kept
        return []
    return [(_text(day), _text(standard), condition_text(value, scheme), n)
            for day, standard, value, scheme, n in rows]


def _code(con, table, uuid):
    if uuid is None:
        return None
    found = con.execute(f"SELECT object_code FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    return found[0] if found else None


def _link(con, report, table, uuid, role):
    code = _code(con, table, uuid)
    report.neighbours.append(Link(table, uuid, code or tr("missing ({uuid})").format(
        uuid=(uuid or "–")[:8]), role))


def _describe_manhole(con, row, report):
    depth = row["depth"]
    if depth is None and row["cover_level"] is not None and row["invert_level"] is not None:
        depth = row["cover_level"] - row["invert_level"]
    report.attributes = [
        (tr("Object code"), row["object_code"]),
        (tr("Node kind"), _text(row["node_kind"])),
        (tr("Drainage"), drainage_text(row["drainage"])),
        (tr("Cover level"), _level(row["cover_level"])),
        (tr("Invert level"), _level(row["invert_level"])),
        (tr("Depth"), _m(depth)),
        (tr("Material"), _text(row["material"])),
        (tr("Year built"), _text(row["year_built"])),
        (tr("Condition class"), condition_text(row["condition_class"], row["condition_scheme"])),
        (tr("Street"), _text(row["street"])),
    ]
    for pipe in con.execute("SELECT uuid, object_code, from_manhole FROM pipe "
                            "WHERE to_manhole = ? ORDER BY object_code", (row["uuid"],)):
        report.neighbours.append(Link("pipe", pipe["uuid"], pipe["object_code"],
                                      tr("upstream pipe")))
        _link(con, report, "manhole", pipe["from_manhole"], tr("upstream manhole"))
    for pipe in con.execute("SELECT uuid, object_code, to_manhole FROM pipe "
                            "WHERE from_manhole = ? ORDER BY object_code", (row["uuid"],)):
        report.neighbours.append(Link("pipe", pipe["uuid"], pipe["object_code"],
                                      tr("downstream pipe")))
        _link(con, report, "manhole", pipe["to_manhole"], tr("downstream manhole"))
    if not any(n.role == tr("downstream pipe") for n in report.neighbours):
        report.derived.append((tr("Outflow"), tr("none: the flow ends here (outlet)")))


def _describe_pipe(con, row, report):
    width, height = row["width_mm"], row["height_mm"]
    dn = "–" if width is None else (f"DN {width}" if height in (None, width)
                                    else f"{width}/{height} mm")
    report.attributes = [
        (tr("Object code"), row["object_code"]),
        (tr("Drainage"), drainage_text(row["drainage"])),
        (tr("Profile"), _text(row["profile"])),
        (tr("Nominal size"), dn),
        (tr("Material"), _text(row["material"])),
        (tr("Year built"), _text(row["year_built"])),
        (tr("Length"), _m(row["length"])),
        (tr("Invert level upstream"), _level(row["invert_from"])),
        (tr("Invert level downstream"), _level(row["invert_to"])),
        (tr("Condition class"), condition_text(row["condition_class"], row["condition_scheme"])),
        (tr("Street"), _text(row["street"])),
    ]
    a, b = row["invert_from"], row["invert_to"]
    if a is not None and b is not None:
        report.derived.append((tr("Fall"), _m(a - b)))
        if row["length"]:
            slope = (a - b) / row["length"] * 1000
            text = f"{decimal(slope, 1)} ‰" + ("" if slope >= 0 else " " + tr("(counter-slope!)"))
            report.derived.append((tr("Slope"), text))
    for end, invert, label in ((row["from_manhole"], a, tr("Depth upstream")),
                               (row["to_manhole"], b, tr("Depth downstream"))):
        cover = con.execute("SELECT cover_level FROM manhole WHERE uuid = ?", (end,)).fetchone()
        if cover and cover[0] is not None and invert is not None:
            report.derived.append((label, _m(cover[0] - invert)))
    _link(con, report, "manhole", row["from_manhole"], tr("upstream manhole"))
    _link(con, report, "manhole", row["to_manhole"], tr("downstream manhole"))
    for pipe in con.execute("SELECT uuid, object_code FROM pipe WHERE to_manhole = ? "
                            "ORDER BY object_code", (row["from_manhole"],)):
        report.neighbours.append(Link("pipe", pipe[0], pipe[1], tr("upstream pipe")))
    for pipe in con.execute("SELECT uuid, object_code FROM pipe WHERE from_manhole = ? "
                            "ORDER BY object_code", (row["to_manhole"],)):
        report.neighbours.append(Link("pipe", pipe[0], pipe[1], tr("downstream pipe")))
    for table, role in (("gully", tr("connected gully")), ("lateral", tr("lateral"))):
        for other in con.execute(f"SELECT uuid, object_code FROM {table} WHERE pipe = ? "
                                 "ORDER BY object_code", (row["uuid"],)):
            report.neighbours.append(Link(table, other[0], other[1], role))


def _describe_lateral(con, row, report):
    report.attributes = [
        (tr("Object code"), row["object_code"]),
        (tr("Nominal size"), "–" if row["width_mm"] is None else f"DN {row['width_mm']}"),
        (tr("Material"), _text(row["material"])),
    ]
    _link(con, report, "pipe", row["pipe"], tr("joins pipe"))
    if row["gully"]:
        _link(con, report, "gully", row["gully"], tr("drains gully"))


def _describe_gully(con, row, report):
    bucket = {None: "–", 0: tr("no"), 1: tr("yes")}.get(row["has_bucket"], _text(row["has_bucket"]))
    report.attributes = [
        (tr("Object code"), row["object_code"]),
        (tr("Gully kind"), _text(row["kind"])),
        (tr("Sludge bucket"), bucket),
        (tr("Cover level"), _level(row["cover_level"])),
        (tr("Street"), _text(row["street"])),
        (tr("Last cleaned"), _text(row["last_cleaned"])),
    ]
    _link(con, report, "pipe", row["pipe"], tr("drains into pipe"))
    for lateral in con.execute("SELECT uuid, object_code FROM lateral WHERE gully = ?",
                               (row["uuid"],)):
        report.neighbours.append(Link("lateral", lateral[0], lateral[1], tr("lateral")))


@dataclass
class SelectionSummary:
    table: str
    count: int
    total_length: Optional[float]
    dn_range: Optional[tuple]
    materials: List[tuple]  # (material, count), most frequent first

    def rows(self):
        out = [(tr("Objects"), f"{self.count:n} × {table_title(self.table)}")]
        if self.total_length is not None:
            out.append((tr("Total length"), _m(self.total_length, 1)))
        if self.dn_range:
            low, high = self.dn_range
            out.append((tr("DN range"), f"DN {low}" if low == high else f"DN {low} – {high}"))
        if self.materials:
            out.append((tr("Materials"), ", ".join(f"{m or '–'} ({n})" for m, n in self.materials)))
        return out


def summarize(path, table, fids):
    """Summary of the selected features (GeoPackage fids) of one asset table."""
    if table not in ASSET_TABLES:
        raise ValueError(table)
    fids = [int(f) for f in fids]
    con = _connect(path)
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
        return SelectionSummary(table, count, length if table == "pipe" else None, dn, materials)
    finally:
        con.close()
