"""DWA-M 150 XML (Datenaustauschformat Zustandserfassung) → records.

Flat element codes (the DWA field catalogue, format 04-2010, types A, B and D): ``HG``
Haltungen and Leitungen (HG313 Haltungsart: A Kanal, B Anschlussleitung) with ``GO``/``GP``
geometry and ``HI``/``HZ`` inspections with their observations; ``KG`` nodes (KG305
Knotenart: Schacht, Revisionsschacht, Anschlusspunkt, Bauwerk; KG306 RSA a street
gully) with ``KI``/``KZ``. Each point says its coordinate system (GP002): ``GK`` with
Rechtswert/Hochwert in GP003/GP004, ``UTM`` with Ost-/Nordkoordinate in GP005/GP006.
Numbers come with a decimal point or comma; empty elements say nothing. Each HG and KG
is read whole and then freed (streaming).

Every field of an HG or KG that has no column of its own is kept as it came (source
record), so the M 150 export writes it back.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterator, Optional, Union

from ...core.catalogues import CONDITION_SCHEME_DWA
from ...core.exchange.records import Asset, Inspection, Observation, number
from ...i18n import decimal, tr
from ..crs import CoordinateError
from ..exchange import codes as code_lists
from ..exchange.arcs import bend
from ..exchange.codes import CodeMapping
from ..xml_safe import ExchangeError, iter_elements, local_name, root_tag
from . import coordinates as m150_coordinates

if TYPE_CHECKING:
    from ..crs import CoordinateReader
    from ..exchange.report import ImportReport

FORMAT = "DWA-M 150"
# Fields that become columns or references (not kept in the source record).
# The references (HG003/HG004, a lateral's HG005) stay in the source record too, so a
# reference to an object not in the working copy is written back all the same.
_PIPE_FIELDS = frozenset(("HG001", "HG102", "HG302", "HG303", "HG304", "HG305", "HG306",
                          "HG307", "HG310"))
_LATERAL_FIELDS = frozenset(("HG001", "HG304", "HG306"))
# What the export writes when nothing else is kept: not worth keeping.
_DEFAULT_EDGE_KIND = {"pipe": "A", "lateral": "B"}
_DEFAULT_NODE_KIND = {"Schacht": "S", "Anschlusspunkt": "A", "Bauwerk": "B"}
_NODE_FIELDS = frozenset(("KG001", "KG102", "KG211", "KG302", "KG303", "KG304"))
_GULLY_FIELDS = frozenset(("KG001", "KG102"))


def check_root(path: str) -> None:
    tag, line = root_tag(path)
    if tag != "DATA":
        raise ExchangeError(tr("This is not a DWA-M 150 file: its root element is {tag}, "
                               "expected DATA.").format(tag=tag), line)


def _leaves(element):
    """The element's leaf fields; an empty element says nothing and is left out."""
    found = {}
    for child in element:
        if isinstance(child.tag, str) and not len(child):
            text = (child.text or "").strip()
            if text:
                found[child.tag] = text
    return found


def _date(text):
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except (TypeError, ValueError):
            continue
    return text or None


def _int_class(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() and 0 <= int(text) <= 5 else None


def _score(text):
    try:
        return number(text)
    except ValueError:
        return None


class M150Reader:
    format_name = FORMAT

    def __init__(self, path: str, coordinates: CoordinateReader, report: ImportReport,
                 mapping: Optional[CodeMapping] = None) -> None:
        self.path = path
        self.coordinates = coordinates
        self.report = report
        self.mapping = mapping or CodeMapping("m150")
        self.gully_kind = tr("Straßenablauf")
        self.part = None  # never set: M 150 files are read whole
        check_root(path)

    def read(self, is_canceled: Optional[Callable[[], bool]] = None,
             progress: Optional[Callable[[float], None]] = None) -> Iterator[Union[Asset, Inspection]]:
        for element in iter_elements(self.path, ("FD", "HG", "KG"), is_canceled, progress):
            name = local_name(element.tag)
            if name == "FD":
                fields = _leaves(element)
                self.report.version = " ".join(v for v in (fields.get("FD001"),
                                                           fields.get("FD002")) if v)
                continue
            prefix = name  # HG or KG
            fields = _leaves(element)
            code = fields.get(f"{prefix}001", "")
            line = element.sourceline
            if not code:
                self.report.skip(line, "", tr("no object code ({field})").format(
                    field=f"{prefix}001"))
                continue
            try:
                asset = self._edge(element, fields, code, line) if prefix == "HG" else \
                    self._node(element, fields, code, line)
                inspections = self._inspections(element, prefix, code, asset)
            except (ValueError, CoordinateError) as error:
                self.report.skip(line, code, error)
                continue
            yield asset
            yield from inspections

    # --- geometry -----------------------------------------------------------------------

    def _points(self, element, kinds=None):
        """[(x, y) in EPSG:25832], [height], [GP001 name], [GO002 kind] of the element's
        GO/GP points (only of GO002 in ``kinds`` if given), arcs bent."""
        chain, heights, names, go_kinds = [], [], [], []
        for go in element.iterfind("GO"):
            go_kind = (go.findtext("GO002") or "").strip()
            if kinds is not None and go_kind not in kinds:
                continue
            middle = None
            for gp in go.iterfind("GP"):
                fields = _leaves(gp)
                xy = m150_coordinates.point(fields, self.coordinates)
                if xy is None:
                    continue
                arc = fields.get("GP101", "")
                if arc in ("M", "B"):  # the centre of an arc, or a point on it
                    middle = (xy, arc == "M")
                    continue
                chain.append(xy)
                heights.append(number(fields.get("GP007")))
                names.append(fields.get("GP001", ""))
                go_kinds.append(go_kind)
                if middle is not None and len(chain) >= 2:
                    before = len(chain)
                    bend(chain, middle)
                    added = len(chain) - before
                    for values in (heights, names, go_kinds):
                        values[-1:-1] = [None] * added
                    middle = None
        if not chain:
            return [], [], [], []
        return self.coordinates.to_target(chain), heights, names, go_kinds

    # --- master data ----------------------------------------------------------------------

    def _keep_rest(self, asset, fields, used):
        for field, value in fields.items():
            if field not in used:
                asset.codes[field] = value

    def _mapped(self, asset, field, raw, kept_as):
        value, how = self.mapping.value(field, raw)
        if how == "unknown":
            asset.codes[kept_as] = raw
            self.report.kept_codes[(kept_as, raw)] += 1
        return value

    def _common(self, asset, fields, prefix):
        raw = fields.get(f"{prefix}302")
        drainage, how = self.mapping.value("Kanalnutzung", raw)
        if raw and (how == "unknown" or drainage not in code_lists.DRAINAGE):
            asset.codes[f"{prefix}302"] = raw
            self.report.kept_codes[(f"{prefix}302", raw)] += 1
        elif raw:
            asset.values["drainage"] = drainage
        raw = fields.get(f"{prefix}304")
        if raw:
            asset.values["material"] = self._mapped(asset, "Material", raw, f"{prefix}304")
        asset.values["street"] = fields.get(f"{prefix}102")
        year = fields.get(f"{prefix}303")
        if year:
            if year.isdigit() and 1800 <= int(year) <= 2200:
                asset.values["year_built"] = int(year)
            else:
                asset.codes[f"{prefix}303"] = year

    def _edge_kind(self, fields):
        raw = fields.get("HG313")
        if raw:
            kind = self.mapping.value("HG313", raw)[0]
            if kind in code_lists.EDGE_KINDS:
                return kind
        # Without a Haltungsart: a record that names the point and station where it
        # joins is an Anschlussleitung (HG006 alone is no sign: files fill it on Haltungen).
        if fields.get("HG005") and fields.get("HG007"):
            return code_lists.LEITUNG
        return code_lists.HALTUNG

    def _edge(self, element, fields, code, line):
        points, heights, _, _ = self._points(element)
        if len(points) < 2:
            raise ValueError(tr("fewer than two points in the geometry (GO/GP)"))
        kind = self._edge_kind(fields)
        table = code_lists.EDGE_TABLES[kind]
        asset = Asset(table, tr("Haltung") if kind == code_lists.HALTUNG else tr("Leitung"),
                      code, line)
        length = number(fields.get("HG310"))
        if length is not None and not 0 <= length <= 100_000:
            raise ValueError(tr("implausible length {length} m").format(length=decimal(length, None)))
        width, height = number(fields.get("HG306")), number(fields.get("HG307"))
        asset.points = points
        if table == "lateral":
            raw = fields.get("HG304")
            material = self._mapped(asset, "Material", raw, "HG304") if raw else None
            asset.values.update(width_mm=int(width) if width else None, material=material)
            joins = fields.get("HG005") if fields.get("HG006", "H") == "H" else None
            asset.refs = {"pipe": joins or "", "gully": fields.get("HG003", "")}
            self._keep_rest(asset, fields, _LATERAL_FIELDS)
            if asset.codes.get("HG313") == _DEFAULT_EDGE_KIND[table]:
                del asset.codes["HG313"]
            if length is not None:
                asset.values["_length"] = length
            return asset
        self._common(asset, fields, "HG")
        profile = self._mapped(asset, "HG305", fields.get("HG305"), "HG305") \
            if fields.get("HG305") else None
        asset.values.update(invert_from=heights[0], invert_to=heights[-1], length=length,
                            profile=profile, width_mm=int(width) if width else None,
                            height_mm=int(height) if height else None)
        asset.refs = {"from_manhole": fields.get("HG003", ""),
                      "to_manhole": fields.get("HG004", "")}
        self._keep_rest(asset, fields, _PIPE_FIELDS)
        if asset.codes.get("HG313") == _DEFAULT_EDGE_KIND[table]:
            del asset.codes["HG313"]
        return asset

    def _node_kind(self, fields):
        kind = self.mapping.value("KG305", fields.get("KG305"))[0] if fields.get("KG305") \
            else code_lists.SCHACHT
        if kind not in code_lists.NODE_KINDS:
            kind = code_lists.SCHACHT
        if fields.get("KG306"):
            special = self.mapping.value("KG306", fields["KG306"])[0]
            if special in code_lists.NODE_KINDS:
                kind = special
        return kind

    def _node(self, element, fields, code, line):
        kind = self._node_kind(fields)
        points, heights, names, go_kinds = self._points(element)
        if not points:  # the catalogue's own coordinate fields of a node
            points, heights = m150_coordinates.node_fields(fields, self.coordinates)
            names, go_kinds = ["DMP", "SMP"][:len(points)], ["D", "B"][:len(points)]
        if not points:
            raise ValueError(tr("no coordinates (GO/GP) for the node"))
        cover = invert = None
        position = None
        for xy, height, name, go_kind in zip(points, heights, names, go_kinds):
            is_cover = go_kind == "D" or name.upper().startswith("DMP")
            is_invert = go_kind == "B" or name.upper().startswith("SMP")
            if is_cover and cover is None:
                cover = height
            if is_invert and invert is None:
                invert = height
                position = xy
        position = position or points[0]
        if kind == code_lists.STRASSENABLAUF:
            asset = Asset("gully", self.gully_kind, code, line)
            asset.values.update(cover_level=cover if cover is not None else heights[0],
                                street=fields.get("KG102"))
            asset.points = [position]
            self._keep_rest(asset, fields, _GULLY_FIELDS)
            return asset
        asset = Asset("manhole", kind, code, line)
        self._common(asset, fields, "KG")
        depth = number(fields.get("KG211"))
        if invert is None and cover is not None and depth is not None:
            invert = round(cover - depth, 3)
            asset.codes["_invert"] = "KG211"  # derived, the export writes no SMP height
        asset.values.update(node_kind=kind, cover_level=cover, invert_level=invert,
                            depth=depth)
        asset.points = [position]
        self._keep_rest(asset, fields, _NODE_FIELDS)
        if asset.codes.get("KG305") == _DEFAULT_NODE_KIND.get(kind):
            del asset.codes["KG305"]
        return asset

    # --- inspections --------------------------------------------------------------------

    def _inspections(self, element, prefix, code, asset):
        head, rows = ("HI", "HZ") if prefix == "HG" else ("KI", "KZ")
        object_kind = {"pipe": "Haltung", "lateral": "Leitung"}.get(asset.table, "Knoten")
        table = asset.table if asset.table != "gully" else "manhole"
        found = []
        for block in element.iterfind(head):
            fields = _leaves(block)
            inspection = Inspection(table, code, block.sourceline,
                                    inspected_on=_date(fields.get(f"{head}104")),
                                    direction=fields.get(f"{head}101") or None,
                                    standard=f"{FORMAT} {fields.get(f'{head}005', '')}".strip(),
                                    object_kind=object_kind)
            evaluation = {k: v for k, v in fields.items() if k[2:3] == "2"}
            if evaluation:
                inspection.evaluation = json.dumps(evaluation, sort_keys=True)
            worst = None
            for row in block.iterfind(rows):
                observation = self._observation(row, rows, code)
                if observation is None:
                    continue
                inspection.observations.append(observation)
                if observation.condition_class is not None:
                    # DWA-M 149-3: 0 is the worst class
                    worst = observation.condition_class if worst is None else \
                        min(worst, observation.condition_class)
            klass = _int_class(fields.get(f"{head}216"))
            if klass is None:
                given = [c for c in (_int_class(fields.get(f"{head}2{n}")) for n in
                                     ("06", "07", "08")) if c is not None]
                klass = min(given) if given else worst
            inspection.condition_class = klass
            inspection.condition_scheme = CONDITION_SCHEME_DWA if klass is not None else None
            inspection.damage_score = _score(fields.get(f"{head}215"))
            found.append(inspection)
        return found

    def _observation(self, row, rows, code):
        z = _leaves(row)
        if not z.get(f"{rows}002"):
            self.report.skip(row.sourceline, code, tr("observation without code"))
            return None
        observation = Observation(
            code=z[f"{rows}002"], station=number(z.get(f"{rows}001")),
            characterisation1=z.get(f"{rows}014") or None,
            characterisation2=z.get(f"{rows}015") or None,
            quantity1=z.get(f"{rows}003") or None, quantity2=z.get(f"{rows}004") or None,
            clock_from=z.get(f"{rows}006") or None, clock_to=z.get(f"{rows}007") or None,
            remark=z.get(f"{rows}010") or None)
        classes = {"class_tightness": _int_class(z.get(f"{rows}206")),
                   "class_stability": _int_class(z.get(f"{rows}207")),
                   "class_operation": _int_class(z.get(f"{rows}208"))}
        for column, value in classes.items():
            setattr(observation, column, value)
        given = [v for v in classes.values() if v is not None]
        classification = {k: v for k, v in z.items() if k[2:3] == "2"}
        if classification:
            observation.classification = json.dumps(classification, sort_keys=True)
        if given:
            observation.condition_class = min(given)  # DWA-M 149-3: 0 is the worst
            observation.condition_scheme = CONDITION_SCHEME_DWA
        return observation
