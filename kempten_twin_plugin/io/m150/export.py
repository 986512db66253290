"""The working copy's network → DWA-M 150 XML (format 04-2010), so a city can send data back
in the format it received.

``KG`` records for manholes (Knotenart S, A, B as their node kind) and street gullies
(Knotenart A, Bauwerksart RSA), ``HG`` records for pipes (Haltungsart A) and laterals
(Haltungsart B, joining their pipe in HG005), each with its geometry as ``GO``/``GP``
points in UTM zone 32 (GP002 ``UTM``, Ost-/Nordkoordinate in GP005/GP006, heights in
GP007), and with its inspections nested (``HI``/``HZ`` in an HG, ``KI``/``KZ`` in a KG).
Every field an M 150 import kept raw (source record) is written back, so
M 150 → working copy → M 150 → working copy gives the same working copy. Open defects of
manholes and pipes may come along as inspections (as in the ISYBAU export).

Written element by element (``lxml.etree.xmlfile``) from the working copy's cursors.
"""

from __future__ import annotations

import json
import re
from typing import Callable, Dict, Optional

from lxml import etree

from ...core.catalogues import CONDITION_SCHEME_ISYBAU
from ..exchange import codes as code_lists
from ..exchange.export_run import ExportRun
from ..isybau.export import _points
from ..isybau.zustand_export import OpenDefects
from .reader import FORMAT

VERSION = "04-2010"
_NODE_KIND_CODES = {"Schacht": "S", "Anschlusspunkt": "A", "Bauwerk": "B"}
_DRAINAGE = code_lists.reverse(code_lists.M150_DRAINAGE)
_FIELD = re.compile(r"^[A-Z]{2}\d{3}$")


def _text(value):
    """A number as the shortest text that reads back to the same value."""
    if value is None:
        return None
    if isinstance(value, float):
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def _record(parent, name, fields):
    """An element with its fields in the catalogue's order (by number)."""
    element = etree.SubElement(parent, name) if parent is not None else etree.Element(name)
    for key in sorted(k for k, v in fields.items() if v not in (None, "")):
        etree.SubElement(element, key).text = str(fields[key])
    return element


def _raw(codes):
    """The catalogue fields an import kept raw (not our own notes like ``_invert``)."""
    return {k: v for k, v in codes.items() if _FIELD.match(k)}


def _go(parent, name, kind, shape, points):
    """A GO with GP points: [(point name, x, y, height)] in EPSG:25832."""
    go = etree.SubElement(parent, "GO")
    for key, value in (("GO001", name), ("GO002", kind), ("GO003", shape)):
        etree.SubElement(go, key).text = value
    for point_name, x, y, height in points:
        _record(go, "GP", {"GP001": point_name, "GP002": "UTM", "GP005": f"{x:.3f}",
                           "GP006": f"{y:.3f}", "GP007": None if height is None else
                           f"{height:.3f}"})
    return go


def _dwa_class(value, scheme):
    """A class in the DWA-M 149-3 scheme (0 worst … 5 no defect) that M 150 holds."""
    if value is None:
        return None
    return 5 - value if scheme == CONDITION_SCHEME_ISYBAU else value


def _known(text, prefix):
    try:
        values = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {k: v for k, v in values.items() if k.startswith(prefix) and _FIELD.match(k)} \
        if isinstance(values, dict) else {}


def _inspection(parent, inspection, observations, head, rows):
    fields = _known(inspection.get("evaluation"), head)
    standard = inspection.get("standard") or ""
    system = standard[len(FORMAT):].strip() if standard.startswith(FORMAT) else ""
    fields.update({f"{head}005": system or None, f"{head}101": inspection.get("direction"),
                   f"{head}104": inspection.get("inspected_on")})
    klass = _dwa_class(inspection.get("condition_class"), inspection.get("condition_scheme"))
    derived = [_dwa_class(o["condition_class"], o["condition_scheme"]) for o in observations]
    derived = min((d for d in derived if d is not None), default=None)
    if klass is not None and f"{head}216" not in fields and klass != derived:
        fields[f"{head}216"] = str(klass)
    # A condition in words only (an ISYBAU Bauwerk's BZustand) has no code M 150 could
    # hold: it goes into the inspection's remark.
    described = [o["remark"] for o in observations if not o["code"] and o["remark"]]
    if described:
        fields[f"{head}999"] = " ".join([fields.get(f"{head}999") or ""] + described).strip()
    observations = [o for o in observations if o["code"]]
    block = _record(parent, head, fields)
    for o in observations:
        z = _known(o.get("classification"), rows)
        for column, number in (("class_tightness", "206"), ("class_stability", "207"),
                               ("class_operation", "208")):
            value = _dwa_class(o.get(column), o.get("condition_scheme"))
            if value is not None:
                z[f"{rows}{number}"] = str(value)
        z.update({f"{rows}001": _text(o["station"]), f"{rows}002": o["code"],
                  f"{rows}014": o["characterisation1"], f"{rows}015": o["characterisation2"],
                  f"{rows}003": o["quantity1"], f"{rows}004": o["quantity2"],
                  f"{rows}006": o["clock_from"], f"{rows}007": o["clock_to"],
                  f"{rows}010": o["remark"]})
        _record(block, rows, z)
    return block


def _defect_states(states):
    rows = []
    for state in states:
        station, code, c1, c2, q1, q2, clock_from, clock_to, klass, remark = state
        rows.append({"station": station, "code": code, "characterisation1": c1,
                     "characterisation2": c2, "quantity1": q1, "quantity2": q2,
                     "clock_from": clock_from, "clock_to": clock_to, "condition_class": klass,
                     "condition_scheme": CONDITION_SCHEME_ISYBAU if klass is not None else None,
                     "remark": remark})
    return rows


class _Inspections:
    """The inspections (and defects as inspections) of each object, nested on export."""

    def __init__(self, source, defects):
        self.source = source
        self.by_object = {}
        for table in ("manhole", "pipe", "lateral"):
            for code, uuids in source.inspected_codes(table).items():
                self.by_object.setdefault((table, code), []).extend(("inspection", u)
                                                                    for u in uuids)
        for table, code, day, states in defects.groups:
            self.by_object.setdefault((table, code), []).append(("defect", (day, states)))
        self.written = 0

    def write(self, parent, table, code, head, rows):
        for kind, item in self.by_object.pop((table, code), ()):
            if kind == "inspection":
                inspection = next(self.source.inspections_by_uuid([item]))
                observations = self.source.observations(item)
                self.written += 1
            else:
                day, states = item
                observations = _defect_states(states)
                worst = max((o["condition_class"] for o in observations
                             if o["condition_class"] is not None), default=None)
                inspection = {"inspected_on": day, "direction": None, "standard": "",
                              "condition_class": worst,
                              "condition_scheme": CONDITION_SCHEME_ISYBAU if worst is not None
                              else None}
            _inspection(parent, inspection, observations, head, rows)

    def left(self):
        """Inspections whose object is not in the working copy (none to nest them in)."""
        return sum(1 for items in self.by_object.values() for kind, _ in items
                   if kind == "inspection")


def export_m150(working_copy: str, output: str, is_canceled: Optional[Callable[[], bool]] = None,
                progress: Optional[Callable[[float], None]] = None,
                defects: bool = True) -> Dict[str, int]:
    """Write the network to ``output`` as DWA-M 150; returns counts by table like
    ``export_isybau``. Atomic: all or no file."""
    with ExportRun(working_copy, output, is_canceled, progress) as run:
        source, counts = run.source, run.counts
        open_defects = OpenDefects(source.open_defects() if defects else None)
        nested = _Inspections(source, open_defects)

        def codes_of(uuid):
            return run.codes_of(uuid, FORMAT)

        with etree.xmlfile(run.temp, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element("DATA"):
                xf.write(_record(None, "FD", {"FD001": VERSION,
                                              "FD002": "B" if nested.by_object else "A"}),
                         pretty_print=True)
                run.write_rows(xf, "manhole", source.manholes(),
                               lambda row: _manhole(row, codes_of(row[0]), nested))
                run.write_rows(xf, "gully", source.gullies(),
                               lambda row: _gully(row, codes_of(row[0])))
                run.write_rows(xf, "pipe", source.pipes(),
                               lambda row: _pipe(row, codes_of(row[0]), nested))
                run.write_rows(xf, "lateral", source.laterals(),
                               lambda row: _lateral(row, codes_of(row[0]), nested))
        counts["inspection"] = nested.written
        counts["defect"] = open_defects.written
        counts["defect_skipped"] = open_defects.left_out
    return run.counts


def _manhole(row, codes, nested):
    uuid, code, kind, drainage, cover, invert, depth, material, year, street, blob = row
    fields = _raw(codes)
    fields.update({"KG001": code, "KG102": street, "KG211": _text(depth),
                   "KG302": _DRAINAGE.get(drainage, drainage) if drainage else
                   codes.get("KG302"),
                   "KG303": year if year is not None else codes.get("KG303"),
                   "KG304": code_lists.M150_MATERIAL_OUT.get(material, material) if material
                   else codes.get("KG304"),
                   "KG305": codes.get("KG305") or _NODE_KIND_CODES.get(kind, "S")})
    record = _record(None, "KG", fields)
    x, y = (_points(blob) or [(None, None)])[0]
    if x is not None:
        if cover is not None:
            _go(record, f"{code}-DMP-1", "D", "Pkt", [("DMP-1", x, y, cover)])
        invert_height = None if codes.get("_invert") else invert
        if invert_height is not None or cover is None:
            _go(record, f"{code}-SMP-1", "B", "Pkt", [("SMP-1", x, y, invert_height)])
    nested.write(record, "manhole", code, "KI", "KZ")
    return record


def _gully(row, codes):
    uuid, code, cover, street, blob = row
    fields = _raw(codes)
    fields.update({"KG001": code, "KG102": street, "KG306": codes.get("KG306") or "RSA"})
    record = _record(None, "KG", fields)
    x, y = (_points(blob) or [(None, None)])[0]
    if x is not None:
        _go(record, f"{code}-D-1", "D", "Pkt", [("DMP-1", x, y, cover)])
    return record


def _line_points(blob, first_height=None, last_height=None):
    points = _points(blob)
    out = []
    for n, (x, y) in enumerate(points):
        height = first_height if n == 0 else (last_height if n == len(points) - 1 else None)
        name = "RAPZ-1" if n == 0 else (f"RAPA-{n + 1}" if n == len(points) - 1
                                         else f"LHP-{n + 1}")
        out.append((name, x, y, height))
    return out


def _pipe(row, codes, nested):
    (uuid, code, upstream, downstream, invert_from, invert_to, length, material, profile,
     width, height, year, drainage, street, blob) = row
    fields = _raw(codes)
    fields.update({"HG001": code, "HG003": upstream or codes.get("HG003"),
                   "HG004": downstream or codes.get("HG004"), "HG102": street,
                   "HG302": _DRAINAGE.get(drainage, drainage) if drainage else
                   codes.get("HG302"),
                   "HG303": year if year is not None else codes.get("HG303"),
                   "HG304": code_lists.M150_MATERIAL_OUT.get(material, material) if material
                   else codes.get("HG304"),
                   "HG305": code_lists.M150_PROFILE_OUT.get(profile, profile) if profile
                   else codes.get("HG305"),
                   "HG306": width, "HG307": height, "HG310": _text(length),
                   "HG313": codes.get("HG313") or "A"})
    record = _record(None, "HG", fields)
    _go(record, f"{code}-HALTUNG-1", "H", "L", _line_points(blob, invert_from, invert_to))
    nested.write(record, "pipe", code, "HI", "HZ")
    return record


def _lateral(row, codes, nested):
    uuid, code, pipe_code, gully_code, width, material, blob = row
    fields = _raw(codes)
    fields.update({"HG001": code, "HG003": gully_code or codes.get("HG003"),
                   "HG304": code_lists.M150_MATERIAL_OUT.get(material, material) if material
                   else codes.get("HG304"),
                   "HG306": width, "HG313": codes.get("HG313") or "B"})
    if pipe_code:
        fields["HG005"] = pipe_code
    record = _record(None, "HG", fields)
    _go(record, f"{code}-LEITUNG-1", "H", "L", _line_points(blob))
    nested.write(record, "lateral", code, "HI", "HZ")
    return record

