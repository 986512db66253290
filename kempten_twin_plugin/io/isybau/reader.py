"""ISYBAU XML (Austauschformat Abwasser) Stammdaten and Zustandsdaten → records.

Versions 2006 and 2013 use the namespace ``http://www.ofd-hannover.la/Identifikation``,
2017 and 2024 ``http://www.bfr-abwasser.de``; the element names we read are the same in
all of them, so elements are matched by local name. Each ``AbwassertechnischeAnlage`` is
read whole and then freed (streaming). Knoten become manholes (Schacht, Anschlusspunkt,
Bauwerk) or, for an Anschlusspunkt marked as street inlet, gullies; Kanten become pipes
(Haltung) or laterals (Leitung).
"""

import math

from ...core.catalogues import CONDITION_SCHEME_ISYBAU
from ...i18n import decimal, tr
from ..crs import CoordinateError
from ..exchange import codes as code_lists
from ..exchange.file_split import PartStream
from ..exchange.records import Asset, Inspection, Observation, number
from ..xml_safe import _LOCAL_NAMES, ExchangeError, iter_elements, local_name, namespace, root_tag

NAMESPACES = {
    "http://www.ofd-hannover.la/Identifikation": "2006/2013",
    "http://www.bfr-abwasser.de": "2017/2024",
}
FORMAT = "ISYBAU XML"
_POINT_TAGS = frozenset(("Punkt", "Start", "Mitte", "Ende"))
# Where a node is placed when nothing else is said; the export uses the same defaults.
_DEFAULT_POSITION = {"Schacht": "SMP", "Bauwerk": "KOP", "Anschlusspunkt": "AP",
                     "Straßenablauf": "SE"}
_NODE_FIELDS = tuple((field, f"Kante/{field}", f"{field}Typ", f"Kante/{field}Typ")
                     for field in ("KnotenZulauf", "KnotenAblauf"))
_TAGS = ("{*}Version", "{*}AbwassertechnischeAnlage", "{*}InspizierteAbwassertechnischeAnlage")


def check_root(path):
    tag, line = root_tag(path)
    if local_name(tag) != "Identifikation" or namespace(tag) not in NAMESPACES:
        raise ExchangeError(tr("This is not an ISYBAU XML file: its root element is {tag}, "
                               "expected Identifikation in the namespace of ISYBAU 2006/2013 "
                               "or 2017/2024.").format(tag=tag), line)
    return NAMESPACES[namespace(tag)]


def _flatten(element, prefix, fields, points, tops=None, names=_LOCAL_NAMES):
    """Leaf texts by relative path (first occurrence wins) and the geometry points.

    ``tops`` collects the top-level containers that gave a field (Knoten, Kante …). This
    runs for every element of the file, so it looks names up in the memo directly.
    """
    for child in element:
        tag = child.tag
        name = names.get(tag)
        if not name:
            name = local_name(tag)
            if not name:
                continue
        if name in _POINT_TAGS:
            point = {}
            for e in child:
                point[names.get(e.tag) or local_name(e.tag)] = (e.text or "").strip()
            point["_role"] = name
            point["_path"] = prefix
            points.append(point)
        elif len(child):
            if tops is None:
                _flatten(child, prefix + name + "/", fields, points)
            else:
                before = len(fields)
                _flatten(child, name + "/", fields, points)
                if len(fields) > before:
                    tops.add(name)
        else:
            key = prefix + name
            if key not in fields:
                fields[key] = (child.text or "").strip()


# The leaves the reader uses from an AbwassertechnischeAnlage, by path. The walk below
# reads the text of these only: a city file has millions of elements, and every one that
# Python touches costs time.
_FIELDS = (
    "Objektbezeichnung", "Objektart", "Status", "Baujahr", "Entwaesserungsart",
    "Lage/Strassenname", "Lage/Ortsteilname", "Geometrie/CRSLage",
    "Knoten/KnotenTyp", "Knoten/Anschlusspunkt/Punktkennung", "Knoten/Schacht/Schachttiefe",
    "Knoten/Schacht/Aufbau/MaterialAufbau", "Knoten/Schacht/Unterteil/MaterialUnterteil",
    "Knoten/Bauwerk/Bauwerkstyp",
    "Kante/KantenTyp", "Kante/KnotenZulauf", "Kante/KnotenZulaufTyp", "Kante/KnotenAblauf",
    "Kante/KnotenAblaufTyp", "Kante/SohlhoeheZulauf", "Kante/SohlhoeheAblauf", "Kante/Laenge",
    "Kante/Material", "Kante/Profil/Profilart", "Kante/Profil/Profilbreite",
    "Kante/Profil/Profilhoehe", "Kante/Leitung/Anschlussdaten/Objektbezeichnung",
    "Kante/Leitung/Anschlussdaten/Kantentyp",
)


class _Level:
    """One container path of an object (``Kante/Profil/``): for each child tag, the field
    key if the reader uses that leaf, the level below if fields are read there, and the
    point role for Punkt, Start, Mitte and Ende. Learnt tag by tag (tags carry the file's
    namespace)."""

    __slots__ = ("prefix", "leaf_names", "levels", "steps")

    def __init__(self, prefix):
        self.prefix = prefix
        self.leaf_names = set()
        self.levels = {}  # local name -> _Level
        self.steps = {}  # tag -> (field key, _Level, point role, local name), None if not

    def learn(self, tag):
        name = local_name(tag)
        step = (self.prefix + name if name in self.leaf_names else None, self.levels.get(name),
                name if name in _POINT_TAGS else None, name)
        if len(self.steps) < 1000:  # a hostile file cannot grow this without bound
            self.steps[tag] = step
        return step


def _levels(paths):
    top = _Level("")
    for path in paths:
        level = top
        *containers, leaf = path.split("/")
        for name in containers:
            if name not in level.levels:
                level.levels[name] = _Level(level.prefix + name + "/")
            level = level.levels[name]
        level.leaf_names.add(leaf)
    return top


_OBJECT = _levels(_FIELDS)


def _point(element, role, prefix, names=_LOCAL_NAMES):
    point = {}
    for e in element:
        point[names.get(e.tag) or local_name(e.tag)] = (e.text or "").strip()
    point["_role"] = role
    point["_path"] = prefix
    return point


def _points_below(element, prefix, points, names=_LOCAL_NAMES):
    """The points below a container whose fields are not read; True if it has any field."""
    found = False
    for child in element:
        tag = child.tag
        name = names.get(tag) or local_name(tag)
        if not name:
            continue
        if name in _POINT_TAGS:
            points.append(_point(child, name, prefix))
        elif len(child):
            if _points_below(child, prefix + name + "/", points):
                found = True
        else:
            found = True
    return found


def _walk(element, level, fields, points, tops=None):
    """What ``_flatten`` finds, but only the fields in ``_FIELDS`` (the same values: first
    occurrence wins, text stripped), every point, and the same ``tops``. True if any
    field was found below ``element``."""
    steps = level.steps
    found = False
    for child in element:
        tag = child.tag
        step = steps.get(tag)
        if step is None:
            step = level.learn(tag)
        key, below, role, name = step
        if role is not None:
            points.append(_point(child, role, level.prefix))
        elif len(child):
            if not name:
                continue
            if below is None:
                below_found = _points_below(child, level.prefix + name + "/", points)
            else:
                below_found = _walk(child, below, fields, points)
            if below_found:
                found = True
                if tops is not None:
                    tops.add(name)
        elif key is not None:
            found = True
            if key not in fields:
                fields[key] = (child.text or "").strip()
        elif name:
            found = True
    return found


def _all_fields(element):
    fields = {}
    _flatten(element, "", fields, [], set())
    return fields


# An arc becomes vertices no further apart than 5° and no more than 1 cm off the arc.
_ARC_STEP = math.radians(5)
_ARC_SAG = 0.01


def _bend(chain, middle):
    """Put the vertices of an arc between the last two points of ``chain`` (its edge's
    start and end). ``middle``: the arc's centre, or a point on it."""
    if len(chain) < 2:
        return
    (ax, ay), (bx, by) = chain[-2], chain[-1]
    (mx, my), is_centre = middle
    if is_centre:
        cx, cy = mx, my
    else:  # the circle through start, middle and end, computed from the start (eastings
        # with a zone prefix squared would lose the millimetres)
        ux, uy, vx, vy = mx - ax, my - ay, bx - ax, by - ay
        d = 2 * (ux * vy - uy * vx)
        if abs(d) < 1e-9:  # on one line: no arc, the point is just a vertex
            chain.insert(len(chain) - 1, (mx, my))
            return
        u2, v2 = ux * ux + uy * uy, vx * vx + vy * vy
        cx, cy = ax + (vy * u2 - uy * v2) / d, ay + (ux * v2 - vx * u2) / d
    ra, rb = math.hypot(ax - cx, ay - cy), math.hypot(bx - cx, by - cy)
    if ra == 0 or rb == 0:
        return
    start = math.atan2(ay - cy, ax - cx)
    to_end = (math.atan2(by - cy, bx - cx) - start) % (2 * math.pi)  # counter-clockwise
    if is_centre:  # the shorter way round
        sweep = to_end if to_end <= math.pi else to_end - 2 * math.pi
    else:  # the way round that passes the point on the arc
        to_middle = (math.atan2(my - cy, mx - cx) - start) % (2 * math.pi)
        sweep = to_end if to_middle < to_end else to_end - 2 * math.pi
    radius = max(ra, rb)
    step = min(_ARC_STEP, 2 * math.acos(max(-1.0, 1 - _ARC_SAG / radius)))
    count = min(max(int(math.ceil(abs(sweep) / step)), 1), 360)
    inner = []
    for i in range(1, count):
        t = i / count
        angle, r = start + sweep * t, ra + (rb - ra) * t  # radii may differ a little
        inner.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    chain[len(chain) - 1:len(chain) - 1] = inner


class IsybauReader:
    format_name = FORMAT

    def __init__(self, path, coordinates, report):
        self.path = path
        self.coordinates = coordinates
        self.report = report
        self.generation = check_root(path)
        self.gully_kind = tr("Straßenablauf")  # once, not for every gully of a city
        self.part = None  # read only this part of the file (file_split), in a reading process

    def read(self, is_canceled=None, progress=None):
        part = self.part
        for element in iter_elements(self.path, _TAGS, is_canceled, progress,
                                     (lambda: PartStream(self.path, part)) if part else None):
            name = local_name(element.tag)
            if name == "Version":
                if element.getparent() is not None and element.getparent().getparent() is None:
                    self.report.version = (element.text or "").strip()
                continue
            line = element.sourceline
            fields, points, tops = {}, [], set()
            if name == "AbwassertechnischeAnlage":
                _walk(element, _OBJECT, fields, points, tops)
            else:
                _flatten(element, "", fields, points, tops)
            code = fields.get("Objektbezeichnung", "")
            if not code:
                self.report.skip(line, "", tr("no Objektbezeichnung"))
                continue
            try:
                if name == "AbwassertechnischeAnlage":
                    record = self._asset(element, fields, points, code, line, tops)
                else:
                    record = self._inspection(element, fields, code, line)
            except (ValueError, CoordinateError) as error:
                self.report.skip(line, code, error)
                continue
            if record is not None:
                yield record

    # --- Stammdaten ---------------------------------------------------------------------

    def _keep(self, asset, field, raw):
        asset.codes[field] = raw
        self.report.kept_codes[(field, raw)] += 1

    def _common(self, asset, fields):
        drainage, known = code_lists.interpret(code_lists.DRAINAGE, fields.get("Entwaesserungsart"))
        if known:
            asset.values["drainage"] = drainage
        else:
            self._keep(asset, "Entwaesserungsart", drainage)
        year = fields.get("Baujahr")
        if year:
            if year.isdigit() and 1800 <= int(year) <= 2200:
                asset.values["year_built"] = int(year)
            else:
                self._keep(asset, "Baujahr", year)
        asset.values["street"] = fields.get("Lage/Strassenname") or None
        # Status 0 (in Betrieb) and the Objektart of a Knoten (2) or Kante (1) are what the
        # export writes when nothing else is known, so only other values are worth keeping.
        default_art = "1" if asset.table in ("pipe", "lateral") else "2"
        for field, default in (("Status", "0"), ("Objektart", default_art),
                               ("Lage/Ortsteilname", None)):
            if fields.get(field) and fields[field] != default:
                asset.codes[field] = fields[field]
        crs = fields.get("Geometrie/CRSLage")
        if crs:
            self.coordinates.declare(crs)

    def _material(self, asset, raw):
        value, known = code_lists.interpret(code_lists.MATERIAL, raw)
        if not known:
            self._keep(asset, "Material", raw)
        return value

    def _asset(self, element, fields, points, code, line, tops):
        node_type = fields.get("Knoten/KnotenTyp")
        edge_type = fields.get("Kante/KantenTyp")
        if node_type is not None or "Knoten" in tops:
            return self._node(element, fields, points, code, line, node_type)
        if edge_type is not None or "Kante" in tops:
            return self._edge(element, fields, points, code, line, edge_type)
        raise ValueError(tr("neither Knoten nor Kante"))

    def _node(self, element, fields, points, code, line, node_type):
        kind = code_lists.NODE_TYPES.get(node_type)
        if kind is None:
            every_field = _all_fields(element)  # the walk read only the fields used below
            for candidate in code_lists.NODE_TYPES.values():
                if any(k.startswith(f"Knoten/{candidate}/") or k == f"Knoten/{candidate}"
                       for k in every_field):
                    kind = candidate
        if kind is None:
            raise ValueError(tr("unknown KnotenTyp {code!r}").format(code=node_type))
        node_points = [p for p in points if "Geometriedaten/Knoten" in p["_path"]] or points
        by_attribute = {}
        for p in node_points:
            by_attribute.setdefault(p.get("PunktattributAbwasser", ""), p)
        mark = fields.get("Knoten/Anschlusspunkt/Punktkennung", "")
        is_gully = kind == "Anschlusspunkt" and mark in code_lists.GULLY_POINT_MARKS
        table = "gully" if is_gully else "manhole"
        asset = Asset(table, self.gully_kind if is_gully else kind, code, line)
        self._common(asset, fields)
        located = [p for p in node_points if p.get("Rechtswert") and p.get("Hochwert")]
        preferred = [by_attribute[a] for a in code_lists.POSITION_POINTS
                     if a in by_attribute and by_attribute[a] in located]
        position = (preferred or located or [None])[0]
        if position is None:
            raise ValueError(tr("no coordinates (Rechtswert/Hochwert) for the node"))
        asset.points = self.coordinates.to_target(
            [(number(position["Rechtswert"]), number(position["Hochwert"]))])
        if position.get("PunktattributAbwasser", "") != _DEFAULT_POSITION.get(
                "Straßenablauf" if is_gully else kind):
            asset.codes["Punktlage"] = position.get("PunktattributAbwasser", "")
        cover = next((number(by_attribute[a].get("Punkthoehe")) for a in code_lists.COVER_POINTS
                      if a in by_attribute and by_attribute[a].get("Punkthoehe")), None)
        if is_gully:
            if cover is None and position.get("Punkthoehe"):
                cover = number(position["Punkthoehe"])
            asset.values.update(cover_level=cover)
            if mark != "SE":  # SE is what the export writes when nothing else is kept
                asset.codes["Punktkennung"] = mark
            if asset.values.pop("drainage", None):
                asset.codes["Entwaesserungsart"] = fields["Entwaesserungsart"]
            if asset.values.pop("year_built", None):
                asset.codes["Baujahr"] = fields["Baujahr"]
            return asset
        invert = next((number(by_attribute[a].get("Punkthoehe")) for a in code_lists.INVERT_POINTS
                       if a in by_attribute and by_attribute[a].get("Punkthoehe")), None)
        if invert is None and kind == "Anschlusspunkt" and position.get("Punkthoehe"):
            invert = number(position["Punkthoehe"])
        material_raw = (fields.get("Knoten/Schacht/Aufbau/MaterialAufbau")
                        or fields.get("Knoten/Schacht/Unterteil/MaterialUnterteil"))
        asset.values.update(
            node_kind=kind, cover_level=cover, invert_level=invert,
            depth=number(fields.get("Knoten/Schacht/Schachttiefe")),
            material=self._material(asset, material_raw) if material_raw else None)
        if mark:
            asset.codes["Punktkennung"] = mark
        if kind == "Bauwerk" and fields.get("Knoten/Bauwerk/Bauwerkstyp"):
            asset.codes["Bauwerkstyp"] = fields["Knoten/Bauwerk/Bauwerkstyp"]
        return asset

    def _edge_points(self, points):
        """The line of a Kante from its polygon's edges: each Kante is Start, Ende and,
        for an arc, a Mitte (the centre, KMP, or else a point on the arc), which becomes
        vertices along the arc."""
        chain = []
        middle = None  # the current edge's Mitte: ((x, y), is the centre)
        for p in points:
            if "Polygon" not in p["_path"] or not (p.get("Rechtswert") and p.get("Hochwert")):
                continue
            xy = (number(p["Rechtswert"]), number(p["Hochwert"]))
            role = p["_role"]
            if role == "Mitte":
                middle = (xy, p.get("PunktattributAbwasser") == code_lists.ARC_CENTRE)
                continue
            if role == "Start":
                if middle is not None:  # the edge before had its Mitte after its Ende
                    _bend(chain, middle)
                    middle = None
                if chain and chain[-1] == xy:
                    continue
            chain.append(xy)
            if role == "Ende" and middle is not None:  # Mitte came between Start and Ende
                _bend(chain, middle)
                middle = None
        if middle is not None:
            _bend(chain, middle)
        return chain

    def _edge(self, element, fields, points, code, line, edge_type):
        kind = code_lists.EDGE_TYPES.get(edge_type)
        if kind is None:
            every_field = _all_fields(element)  # the walk read only the fields used below
            kind = "Haltung" if "Kante/Haltung/HaltungsFunktion" in every_field or any(
                k.startswith("Kante/Haltung") for k in every_field) else (
                "Leitung" if any(k.startswith("Kante/Leitung") for k in every_field) else None)
        if kind is None:
            raise ValueError(tr("unsupported KantenTyp {code!r}").format(code=edge_type))
        chain = self._edge_points(points)
        if len(chain) < 2:
            raise ValueError(tr("fewer than two points in the geometry (Geometriedaten)"))
        table = "pipe" if kind == "Haltung" else "lateral"
        asset = Asset(table, kind, code, line)
        self._common(asset, fields)
        asset.points = self.coordinates.to_target(chain)
        length = number(fields.get("Kante/Laenge"))
        if length is not None and not 0 <= length <= 100_000:
            raise ValueError(tr("implausible length {length} m").format(length=decimal(length, None)))
        material_raw = fields.get("Kante/Material")
        material = self._material(asset, material_raw) if material_raw else None
        profile_raw = fields.get("Kante/Profil/Profilart")
        profile, known = code_lists.interpret(code_lists.PROFILE, profile_raw)
        if not known:
            self._keep(asset, "Profilart", profile_raw)
        width = number(fields.get("Kante/Profil/Profilbreite"))
        height = number(fields.get("Kante/Profil/Profilhoehe"))
        for field, key, type_field, type_key in _NODE_FIELDS:
            if fields.get(key):
                asset.codes[field] = fields[key]
            if fields.get(type_key) not in (None, "", "0"):  # 0 (Schacht): default
                asset.codes[type_field] = fields[type_key]
        if table == "pipe":
            asset.refs = {"from_manhole": fields.get("Kante/KnotenZulauf", ""),
                          "to_manhole": fields.get("Kante/KnotenAblauf", "")}
            asset.values.update(
                invert_from=number(fields.get("Kante/SohlhoeheZulauf")),
                invert_to=number(fields.get("Kante/SohlhoeheAblauf")),
                length=length, profile=profile,
                width_mm=int(round(width)) if width else None,
                height_mm=int(round(height)) if height else (int(round(width)) if width else None),
                material=material)
            return asset
        # Leitung: the lateral table keeps pipe, gully, width and material; the rest of
        # what the file says stays in its source record for the export.
        for field in ("SohlhoeheZulauf", "SohlhoeheAblauf", "Laenge"):
            if fields.get(f"Kante/{field}"):
                asset.codes[field] = fields[f"Kante/{field}"]
        if profile_raw:
            asset.codes["Profilart"] = profile_raw
        for key in ("drainage", "year_built", "street"):
            value = asset.values.pop(key, None)
            if value is not None:
                asset.codes[{"drainage": "Entwaesserungsart", "year_built": "Baujahr",
                             "street": "Strassenname"}[key]] = str(value)
        target = fields.get("Kante/Leitung/Anschlussdaten/Objektbezeichnung")
        target_type = fields.get("Kante/Leitung/Anschlussdaten/Kantentyp")
        if target:  # may name another Leitung (Kantentyp 1): kept for the export
            asset.codes["Anschlussdaten/Objektbezeichnung"] = target
        if target_type:
            asset.codes["Anschlussdaten/Kantentyp"] = target_type
        if target_type not in (None, "", "0"):
            target = None
        asset.refs = {"pipe": target or "", "gully": fields.get("Kante/KnotenZulauf", "")}
        size = width or height
        asset.values.update(width_mm=int(round(size)) if size else None, material=material)
        if length is not None:
            asset.values["_length"] = length
        return asset

    # --- Zustandsdaten ------------------------------------------------------------------

    def _inspection(self, element, fields, code, line):
        # Anlagentyp (BFR reference list U103): 1 Haltung, 2 Anschlussleitung, 3 Schacht,
        # 4 Bauwerk. Files (and our exports before 2026-11) also write 2 for a Schacht, so
        # what was inspected is told by KZustand (Knoten) against RZustand (Rohr) first.
        kind = fields.get("Anlagentyp", "")
        table = "manhole" if kind in ("3", "4") or next(
            element.iter("{*}KZustand"), None) is not None else "pipe"
        inspection = Inspection(table, code, line, standard=f"{FORMAT} {self.report.version}")
        date = next((v for k, v in fields.items() if k.endswith("Inspektionsdatum")), None)
        inspection.inspected_on = date or None
        inspection.direction = next((v for k, v in fields.items()
                                     if k.endswith("Inspektionsrichtung")), None)
        worst = None
        for state in element.iter("{*}RZustand", "{*}KZustand"):
            values = {}
            for e in state.iter():
                name = local_name(e.tag)
                if name and not len(e):
                    values.setdefault(name, (e.text or "").strip())
            classes = [int(e.text) for c in state.iter("{*}Klassifizierung")
                       for e in c.iter() if (e.text or "").strip().isdigit()]
            klass = max(classes) if classes else None
            if klass is not None and not 0 <= klass <= 5:
                klass = None
            if not values.get("InspektionsKode"):
                self.report.skip(state.sourceline, code, tr("observation without InspektionsKode"))
                continue
            station = values.get("Station") or values.get("VertikaleLage")
            inspection.observations.append(Observation(
                code=values["InspektionsKode"], station=number(station),
                characterisation1=values.get("Charakterisierung1") or None,
                characterisation2=values.get("Charakterisierung2") or None,
                quantity1=values.get("Quantifizierung1") or None,
                quantity2=values.get("Quantifizierung2") or None,
                clock_from=values.get("PositionVon") or None,
                clock_to=values.get("PositionBis") or None,
                condition_class=klass,
                condition_scheme=CONDITION_SCHEME_ISYBAU if klass is not None else None,
                remark=values.get("Kommentar") or None))
            if klass is not None:
                worst = klass if worst is None else max(worst, klass)
        inspection.condition_class = worst
        inspection.condition_scheme = CONDITION_SCHEME_ISYBAU if worst is not None else None
        return inspection
