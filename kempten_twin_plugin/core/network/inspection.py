"""What the inspection panel says about one object or a selection.

Plain data (label, value text) so the panel, tests and reports share it. Labels use the DWA
terms in German through tr(); values carry their units. The rows come from the working
copy (``store.network.asset_rows`` and ``selection_rows``: indexed lookups, fast enough to
answer a click on a city of any size); this module only turns them into text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ...i18n import decimal, tr
from ..catalogues import CONDITION_SCHEME_DWA, CONDITION_SCHEME_ISYBAU

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


def table_title(table: str) -> str:
    return {"manhole": tr("Manhole"), "pipe": tr("Pipe"), "lateral": tr("Lateral"),
            "gully": tr("Street gully")}[table]


def _m(value, digits=2, unit="m"):
    return "–" if value is None else f"{decimal(value, digits)} {unit}"


def _level(value):
    return _m(value, 2, "m NHN")


def _text(value):
    return "–" if value in (None, "") else str(value)


def condition_text(value: Optional[int], scheme: Optional[str]) -> str:
    if value is None:
        return "–"
    if scheme == CONDITION_SCHEME_DWA:
        meaning = tr("0 = worst … 5 = no defect")
    elif scheme == CONDITION_SCHEME_ISYBAU:
        meaning = tr("0 = no defect … 5 = worst")
    else:
        meaning = tr("scheme unknown")
    return f"{value} ({scheme or '?'}: {meaning})"


def drainage_text(code: Optional[str]) -> str:
    names = {"KS": tr("foul water"), "KR": tr("storm water"), "KM": tr("combined")}
    return "–" if code is None else f"{code} ({names.get(code, code)})"


@dataclass
class AssetRows:
    """The rows behind one object's report, as read from the working copy.

    ``row``: the object's columns; ``codes``: {(table, uuid): object code} of the objects
    it refers to (missing ones left out); ``covers``: {manhole uuid: cover level} of a
    pipe's two manholes; ``upstream`` / ``downstream``: (uuid, object code, manhole uuid at
    the far end) of the pipes into and out of a manhole, or into a pipe's start manhole and
    out of its end manhole, ordered by object code; ``attached``: (table, uuid, object
    code) of the gullies and laterals on a pipe or the laterals of a gully; ``defects``:
    (number, category, severity, status) of the open defects; ``inspections``: (date,
    standard, condition class, scheme, observations) of the latest inspections."""

    table: str
    row: dict
    codes: Dict[Tuple[str, str], str] = field(default_factory=dict)
    covers: Dict[str, Optional[float]] = field(default_factory=dict)
    upstream: List[tuple] = field(default_factory=list)
    downstream: List[tuple] = field(default_factory=list)
    attached: List[tuple] = field(default_factory=list)
    defects: List[tuple] = field(default_factory=list)
    inspections: List[tuple] = field(default_factory=list)
    # (date, class, scheme, damage score, [(criterion, highest, lowest)]) of the latest
    # inspection that gives a class, or None.
    latest_class: Optional[tuple] = None


def kind_name(kind: str) -> str:
    """The plural an object kind is counted under, each kind under its own name (German
    terms in the German user interface: Schächte, Anschlusspunkte, Bauwerke …)."""
    names = {
        "Schacht": tr("Manholes"),
        "Anschlusspunkt": tr("Connection points"),
        "Bauwerk": tr("Structures"),
        "Straßenablauf": tr("Street gullies"),
        "Haltung": tr("Pipes"),
        "Leitung": tr("Laterals and service lines (Leitungen)"),
        "Rinne": tr("Gutters (Rinnen)"),
        "Gerinne": tr("Channels (Gerinne)"),
    }
    return names.get(kind, kind)


def criteria_text(scheme: Optional[str], criteria: List[tuple]) -> str:
    """The worst class per criterion (Dichtheit, Standsicherheit, Betriebssicherheit):
    the highest in the ISYBAU scheme, the lowest in DWA-M 149-3's."""
    names = {"class_tightness": tr("tightness"), "class_stability": tr("stability"),
             "class_operation": tr("operation")}
    parts = []
    for column, highest, lowest in criteria:
        worst = lowest if scheme == CONDITION_SCHEME_DWA else highest
        if worst is not None:
            parts.append(f"{names[column]} {worst}")
    return ", ".join(parts)


def latest_class_text(latest: Optional[tuple]) -> str:
    """The latest inspection's class as the panel shows it, e.g. "3 (ISYBAU: 0 = no defect
    … 5 = worst) – 2013-04-30; tightness 2, operation 1; damage score 224"."""
    if latest is None:
        return "–"
    day, value, scheme, score, criteria = latest
    text = condition_text(value, scheme)
    if day:
        text += f" – {day}"
    details = criteria_text(scheme, criteria)
    if score is not None:
        details = "; ".join(d for d in (details, tr("damage score {score}").format(
            score=decimal(score, None))) if d)
    return f"{text}; {details}" if details else text


def object_report(rows: AssetRows) -> ObjectReport:
    """The report of one asset from its rows (``store.network.asset_rows``)."""
    table, row = rows.table, rows.row
    if table not in ASSET_TABLES:
        raise ValueError(table)
    report = ObjectReport(table, row["uuid"], f"{table_title(table)} {row['object_code']}")
    globals()[f"_describe_{table}"](rows, row, report)
    report.defects = list(rows.defects)
    if table in ("manhole", "pipe", "lateral"):
        report.inspections = [(_text(day), _text(standard), condition_text(value, scheme), n)
                              for day, standard, value, scheme, n in rows.inspections]
        if rows.latest_class is not None:
            report.derived.insert(0, (tr("Condition class (latest inspection)"),
                                      latest_class_text(rows.latest_class)))
    return report


def _link(rows, report, table, uuid, role):
    code = rows.codes.get((table, uuid)) if uuid is not None else None
    report.neighbours.append(Link(table, uuid, code or tr("missing ({uuid})").format(
        uuid=(uuid or "–")[:8]), role))


def _describe_manhole(rows, row, report):
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
    for uuid, code, from_manhole in rows.upstream:
        report.neighbours.append(Link("pipe", uuid, code, tr("upstream pipe")))
        _link(rows, report, "manhole", from_manhole, tr("upstream manhole"))
    for uuid, code, to_manhole in rows.downstream:
        report.neighbours.append(Link("pipe", uuid, code, tr("downstream pipe")))
        _link(rows, report, "manhole", to_manhole, tr("downstream manhole"))
    if not any(n.role == tr("downstream pipe") for n in report.neighbours):
        report.derived.append((tr("Outflow"), tr("none: the flow ends here (outlet)")))


def _describe_pipe(rows, row, report):
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
        cover = rows.covers.get(end)
        if cover is not None and invert is not None:
            report.derived.append((label, _m(cover - invert)))
    _link(rows, report, "manhole", row["from_manhole"], tr("upstream manhole"))
    _link(rows, report, "manhole", row["to_manhole"], tr("downstream manhole"))
    for uuid, code, _far in rows.upstream:
        report.neighbours.append(Link("pipe", uuid, code, tr("upstream pipe")))
    for uuid, code, _far in rows.downstream:
        report.neighbours.append(Link("pipe", uuid, code, tr("downstream pipe")))
    roles = {"gully": tr("connected gully"), "lateral": tr("lateral")}
    for table, uuid, code in rows.attached:
        report.neighbours.append(Link(table, uuid, code, roles[table]))


def _describe_lateral(rows, row, report):
    report.attributes = [
        (tr("Object code"), row["object_code"]),
        (tr("Nominal size"), "–" if row["width_mm"] is None else f"DN {row['width_mm']}"),
        (tr("Material"), _text(row["material"])),
    ]
    _link(rows, report, "pipe", row["pipe"], tr("joins pipe"))
    if row["gully"]:
        _link(rows, report, "gully", row["gully"], tr("drains gully"))


def _describe_gully(rows, row, report):
    bucket = {None: "–", 0: tr("no"), 1: tr("yes")}.get(row["has_bucket"], _text(row["has_bucket"]))
    report.attributes = [
        (tr("Object code"), row["object_code"]),
        (tr("Gully kind"), _text(row["kind"])),
        (tr("Sludge bucket"), bucket),
        (tr("Cover level"), _level(row["cover_level"])),
        (tr("Street"), _text(row["street"])),
        (tr("Last cleaned"), _text(row["last_cleaned"])),
    ]
    _link(rows, report, "pipe", row["pipe"], tr("drains into pipe"))
    for table, uuid, code in rows.attached:
        report.neighbours.append(Link(table, uuid, code, tr("lateral")))


@dataclass
class SelectionSummary:
    table: str
    count: int
    total_length: Optional[float]
    dn_range: Optional[tuple]
    materials: List[tuple]  # (material, count), most frequent first

    def rows(self) -> List[tuple]:
        out = [(tr("Objects"), f"{self.count:n} × {table_title(self.table)}")]
        if self.total_length is not None:
            out.append((tr("Total length"), _m(self.total_length, 1)))
        if self.dn_range:
            low, high = self.dn_range
            out.append((tr("DN range"), f"DN {low}" if low == high else f"DN {low} – {high}"))
        if self.materials:
            out.append((tr("Materials"), ", ".join(f"{m or '–'} ({n})" for m, n in self.materials)))
        return out


def selection_summary(table: str, count: int, total_length: Optional[float],
                      dn_range: Optional[tuple], materials: List[tuple]) -> SelectionSummary:
    """Summary of a selection from its sums (``store.network.selection_rows``); the total
    length is kept for pipes only."""
    if table not in ASSET_TABLES:
        raise ValueError(table)
    return SelectionSummary(table, count, total_length if table == "pipe" else None,
                            dn_range, list(materials))
