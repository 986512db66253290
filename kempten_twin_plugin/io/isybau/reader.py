"""ISYBAU XML (Austauschformat Abwasser) Stammdaten and Zustandsdaten → records.

Versions 2006 and 2013 use the namespace ``http://www.ofd-hannover.la/Identifikation``,
2017 and 2024 ``http://www.bfr-abwasser.de``; the element names we read are the same in
all of them, so elements are matched by local name. Each ``AbwassertechnischeAnlage`` is
read whole and then freed (streaming). Knoten become manholes (Schacht, Anschlusspunkt,
Bauwerk) or, for an Anschlusspunkt marked as street inlet, gullies; Kanten become pipes
(Haltung, Gerinne) or laterals (Leitung, Rinne), as the code mapping says.

Geometry, as the schemas allow it (STRUCTURE.md of the research, BFR A-1.2): a node's
points (``Geometriedaten/Knoten/Punkt``, the position chosen by PunktattributAbwasser),
an edge's segments either in ``Geometriedaten/Kanten/Kante`` (2006, 2013 and the
Modellnetz files) or in ``Geometriedaten/Polygone/Polygon`` with Polygonart 3 (2017 and
most producers since), each segment Start, Ende and for an arc a Mitte. A node without
points is placed on its outline (Polygonart 1/2) or line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Callable, Dict, Iterator, Mapping, Optional, Tuple, Union

from ...core.catalogues import CONDITION_SCHEME_ISYBAU
from ...core.exchange.records import Asset, Inspection, Observation, number
from ...i18n import decimal, tr
from ..crs import CoordinateError
from ..exchange import codes as code_lists
from ..exchange.arcs import bend as _bend
from ..exchange.codes import CodeMapping
from ..exchange.file_split import PartStream
from ..xml_safe import _LOCAL_NAMES, ExchangeError, iter_elements, local_name, namespace, root_tag

if TYPE_CHECKING:
    from ..crs import CoordinateReader
    from ..exchange.report import ImportReport

NAMESPACES = {
    "http://www.ofd-hannover.la/Identifikation": "2006/2013",
    "http://www.bfr-abwasser.de": "2017/2024",
    # The only public 1707 schema copy names this one; no data file was seen with it.
    "http://www.arbeitshilfen-abwasser.de": "2017",
}
FORMAT = "ISYBAU XML"
_POINT_TAGS = frozenset(("Punkt", "Start", "Mitte", "Ende"))
# Where a node is placed when nothing else is said; the export uses the same defaults.
_DEFAULT_POSITION = {"Schacht": "SMP", "Bauwerk": "KOP", "Anschlusspunkt": "AP",
                     "Straßenablauf": "SE"}
_NODE_FIELDS = tuple((field, f"Kante/{field}", f"{field}Typ", f"Kante/{field}Typ")
                     for field in ("KnotenZulauf", "KnotenAblauf"))
_TAGS = ("{*}Version", "{*}AbwassertechnischeAnlage", "{*}InspizierteAbwassertechnischeAnlage")
_EDGE_TYPE_OF = {"pipe": "0", "lateral": "1"}  # the KantenTyp the export writes by default
# Geometry groups a point belongs to: a node's points, a Kanten list, a Polygon.
_NODE_GROUP, _EDGE_GROUP, _POLYGON_GROUP = "N", "K", "P"


def check_root(path: str) -> str:
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


def _point(element, role, prefix, group, names=_LOCAL_NAMES):
    point = {}
    for e in element:
        point[names.get(e.tag) or local_name(e.tag)] = (e.text or "").strip()
    point["_role"] = role
    point["_path"] = prefix
    point["_group"] = group
    return point


def _points_below(element, prefix, points, group=None, names=_LOCAL_NAMES):
    """The points below a container whose fields are not read; True if it has any field.

    Each point carries its group: (kind, Polygonart, first index), kind N for the node's
    points (Geometriedaten/Knoten), K for an edge's Kanten, P for a Polygon."""
    found = False
    for child in element:
        tag = child.tag
        name = names.get(tag) or local_name(tag)
        if not name:
            continue
        if name in _POINT_TAGS:
            points.append(_point(child, name, prefix, group))
        elif len(child):
            below = group
            if name == "Polygon":
                art = next(((e.text or "").strip() for e in child
                            if (names.get(e.tag) or local_name(e.tag)) == "Polygonart"), "")
                below = (_POLYGON_GROUP, art, len(points))
            elif name == "Kanten":
                below = (_EDGE_GROUP, "", len(points))
            elif name == "Knoten" and prefix.endswith("Geometriedaten/"):
                below = (_NODE_GROUP, "", len(points))
            if _points_below(child, prefix + name + "/", points, below):
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
            points.append(_point(child, role, level.prefix, None))
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


def _centre(points):
    """Where a node without points of its own is placed: the middle of its outline's
    vertices (Polygonart 1/2), or the middle vertex of its line."""
    xy = [(number(p["Rechtswert"]), number(p["Hochwert"])) for p in points
          if p["_role"] in ("Start", "Ende") and p.get("Rechtswert") and p.get("Hochwert")]
    if not xy:
        return None
    rings = [p for p in points if p.get("_group") and p["_group"][0] == _POLYGON_GROUP
             and p["_group"][1] in ("1", "2")]
    if rings:
        unique = list(dict.fromkeys(xy))
        return (sum(x for x, _ in unique) / len(unique), sum(y for _, y in unique) / len(unique))
    return xy[len(xy) // 2]


def _int_class(text):
    """A condition class 0–5 from the file's text, else None."""
    text = (text or "").strip()
    if text.isdigit() and 0 <= int(text) <= 5:
        return int(text)
    return None


def _leaves_json(element):
    """The leaves below ``element`` by relative path, as JSON (kept for the export)."""
    found = {}

    def walk(e, prefix):
        for child in e:
            name = local_name(child.tag)
            if not name:
                continue
            if len(child):
                walk(child, f"{prefix}{name}/")
            elif (child.text or "").strip():
                found[f"{prefix}{name}"] = child.text.strip()

    walk(element, "")
    return json.dumps(found, ensure_ascii=False, sort_keys=True) if found else None, found


def _score(text):
    """A damage score (Schadenszahl, Zustandspunkte) from the file's text, else None."""
    try:
        return number(text)
    except ValueError:
        return None


# Classes per criterion of an observation's Klassifizierung (XSD KlassifizierungType):
# the final class (SK·eAuto), else the manual provisional one (SK·vManu), else the
# automatic provisional one (SK·vAuto); SZ· are damage scores, never classes.
_CRITERIA = (("Dichtheit", "D", "class_tightness"), ("Standsicherheit", "S", "class_stability"),
             ("Betriebssicherheit", "B", "class_operation"))


def classification(values: Mapping[str, Optional[str]]
                   ) -> Tuple[Dict[str, int], Optional[int], Optional[float]]:
    """(classes by column, observation class, damage score) from the leaves of a
    Klassifizierung by relative path ("Dichtheit/SKDeAuto" …)."""
    classes = {}
    for criterion, letter, column in _CRITERIA:
        for field in (f"SK{letter}eAuto", f"SK{letter}vManu", f"SK{letter}vAuto"):
            found = _int_class(values.get(f"{criterion}/{field}"))
            if found is not None:
                classes[column] = found
                break
    overall = _int_class(values.get("MaxSKeAuto"))
    if overall is None and classes:
        overall = max(classes.values())
    if overall is None:  # files of this plugin before 2026-12 wrote the class so
        overall = _int_class(values.get("Objektklasse"))
    score = _score(values.get("MaxSZeAuto"))
    if score is None:
        found = [v for v in (_score(values.get(f"{c}/SZ{letter}eAuto")) for c, letter, _ in _CRITERIA)
                 if v is not None]
        score = max(found) if found else None
    return classes, overall, score


class IsybauReader:
    format_name = FORMAT

    def __init__(self, path: str, coordinates: CoordinateReader, report: ImportReport,
                 mapping: Optional[CodeMapping] = None) -> None:
        self.path = path
        self.coordinates = coordinates
        self.report = report
        self.mapping = mapping or CodeMapping("isybau")
        self.generation = check_root(path)
        self.gully_kind = tr("Straßenablauf")  # once, not for every gully of a city
        self.part = None  # read only this part of the file (file_split), in a reading process

    def read(self, is_canceled: Optional[Callable[[], bool]] = None,
             progress: Optional[Callable[[float], None]] = None) -> Iterator[Union[Asset, Inspection]]:
        part = self.part
        for element in iter_elements(self.path, _TAGS, is_canceled, progress,
                                     (lambda: PartStream(self.path, part)) if part else None):
            name = local_name(element.tag)
            if name == "Version":
                if element.getparent() is not None and element.getparent().getparent() is None:
                    self.report.version = (element.text or "").strip()
                continue
            line = element.sourceline
            if name == "AbwassertechnischeAnlage":
                fields, points, tops = {}, [], set()
                _walk(element, _OBJECT, fields, points, tops)
                code = fields.get("Objektbezeichnung", "")
            else:
                code = next(((e.text or "").strip() for e in element
                             if local_name(e.tag) == "Objektbezeichnung"), "")
            if not code:
                self.report.skip(line, "", tr("no Objektbezeichnung"))
                continue
            try:
                if name == "AbwassertechnischeAnlage":
                    record = self._asset(element, fields, points, code, line, tops)
                else:
                    record = self._inspection(element, code, line)
            except (ValueError, CoordinateError) as error:
                self.report.skip(line, code, error)
                continue
            if record is not None:
                yield record

    # --- Stammdaten ---------------------------------------------------------------------

    def _keep(self, asset, field, raw):
        asset.codes[field] = raw
        self.report.kept_codes[(field, raw)] += 1

    def _mapped(self, asset, field, raw, keep=True):
        """Our value for a raw code of a mapped field; an unknown one is kept raw."""
        value, how = self.mapping.value(field, raw)
        if how == "unknown" and keep:
            self._keep(asset, field, raw)
        return value

    def _common(self, asset, fields):
        raw = fields.get("Entwaesserungsart")
        drainage, how = self.mapping.value("Entwaesserungsart", raw)
        if how == "unknown" or (how == "override" and drainage not in code_lists.DRAINAGE):
            self._keep(asset, "Entwaesserungsart", raw)
        else:
            asset.values["drainage"] = drainage
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
        return self._mapped(asset, "Material", raw)

    def _asset(self, element, fields, points, code, line, tops):
        node_type = fields.get("Knoten/KnotenTyp")
        edge_type = fields.get("Kante/KantenTyp")
        if node_type is not None or "Knoten" in tops:
            return self._node(element, fields, points, code, line, node_type)
        if edge_type is not None or "Kante" in tops:
            return self._edge(element, fields, points, code, line, edge_type)
        raise ValueError(tr("neither Knoten nor Kante"))

    def _node_kind(self, element, node_type, fields, node_points):
        """(our kind: Schacht, Anschlusspunkt, Bauwerk or Straßenablauf; Punktkennung)."""
        kind = self.mapping.value("KnotenTyp", node_type)[0] if node_type else None
        if kind not in code_lists.NODE_KINDS:
            kind = None
            every_field = _all_fields(element)  # the walk read only the fields used below
            for candidate in code_lists.NODE_TYPES.values():
                if any(k.startswith(f"Knoten/{candidate}/") or k == f"Knoten/{candidate}"
                       for k in every_field):
                    kind = candidate
        if kind is None:
            raise ValueError(tr("unknown KnotenTyp {code!r}").format(code=node_type))
        mark = fields.get("Knoten/Anschlusspunkt/Punktkennung", "")
        if kind == code_lists.ANSCHLUSSPUNKT:
            # The file marks a street gully by its Punktkennung, or (without one) by the
            # PunktattributAbwasser of its point.
            decisive = mark or ("SE" if any(p.get("PunktattributAbwasser") == "SE"
                                            for p in node_points) else "")
            if decisive:
                marked = self.mapping.value("Punktkennung", decisive)[0]
                if marked in (code_lists.ANSCHLUSSPUNKT, code_lists.STRASSENABLAUF):
                    kind = marked
        return kind, mark

    def _node(self, element, fields, points, code, line, node_type):
        node_points = [p for p in points if p.get("_group") and p["_group"][0] == _NODE_GROUP]
        kind, mark = self._node_kind(element, node_type, fields, node_points)
        is_gully = kind == code_lists.STRASSENABLAUF
        by_attribute = {}
        for p in node_points:
            by_attribute.setdefault(p.get("PunktattributAbwasser", ""), p)
        table = "gully" if is_gully else "manhole"
        asset = Asset(table, self.gully_kind if is_gully else kind, code, line)
        self._common(asset, fields)
        located = [p for p in node_points if p.get("Rechtswert") and p.get("Hochwert")
                   and p.get("PunktattributAbwasser") not in code_lists.NOT_A_POSITION]
        preferred = code_lists.POSITION_BY_KIND[kind]
        if mark and mark in preferred:  # an Anschlusspunkt by the point of its own kind
            preferred = (mark,) + preferred
        position = next((by_attribute[a] for a in preferred
                         if a in by_attribute and by_attribute[a] in located),
                        located[0] if located else None)
        if position is not None:
            xy = (number(position["Rechtswert"]), number(position["Hochwert"]))
            attribute = position.get("PunktattributAbwasser", "")
        else:  # placed on its outline or line (a Bauwerk drawn as an area only)
            xy = _centre([p for p in points if p.get("_group")])
            attribute = _DEFAULT_POSITION.get(kind, "")
            position = {}
            if xy is None:
                raise ValueError(tr("no coordinates (Rechtswert/Hochwert) for the node"))
        asset.points = self.coordinates.to_target([xy])
        if attribute != _DEFAULT_POSITION.get(kind):
            asset.codes["Punktlage"] = attribute
        cover = next((number(by_attribute[a].get("Punkthoehe")) for a in code_lists.COVER_POINTS
                      if a in by_attribute and by_attribute[a].get("Punkthoehe")), None)
        if is_gully:
            if cover is None and position.get("Punkthoehe"):
                cover = number(position["Punkthoehe"])
            asset.values.update(cover_level=cover)
            if mark != "SE":  # SE is what the export writes when nothing else is kept
                asset.codes["Punktkennung"] = mark
            if node_type != "1":  # an override made a gully of another kind of node
                asset.codes["KnotenTyp"] = node_type or ""
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
        """The line of a Kante from its segments: those in Geometriedaten/Kanten, else
        those of its open polygon (Polygonart 3), else of any polygon. Each segment is
        Start, Ende and, for an arc, a Mitte (the centre, KMP, or else a point on the
        arc), which becomes vertices along the arc."""
        groups = {}
        for p in points:
            group = p.get("_group")
            if group is not None and group[0] != _NODE_GROUP:
                groups.setdefault(group, []).append(p)
        chosen = ([g for g in groups if g[0] == _EDGE_GROUP]
                  or [g for g in groups if g[0] == _POLYGON_GROUP and g[1] == "3"]
                  or [g for g in groups if g[0] == _POLYGON_GROUP])
        chain = []
        middle = None  # the current edge's Mitte: ((x, y), is the centre)
        for group in chosen:
            for p in groups[group]:
                if not (p.get("Rechtswert") and p.get("Hochwert")):
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
                if role not in ("Start", "Ende"):
                    continue
                chain.append(xy)
                if role == "Ende" and middle is not None:  # Mitte between Start and Ende
                    _bend(chain, middle)
                    middle = None
            if middle is not None:
                _bend(chain, middle)
                middle = None
        return chain

    def _edge_kind(self, element, edge_type):
        """(our kind: Haltung or Leitung; the file's name for it)."""
        name = code_lists.EDGE_TYPE_NAMES.get(edge_type)
        if name is None:
            every_field = _all_fields(element)  # the walk read only the fields used below
            name = next((candidate for candidate in ("Haltung", "Leitung", "Rinne", "Gerinne")
                         if any(k.startswith(f"Kante/{candidate}") for k in every_field)), None)
            if name is None:
                raise ValueError(tr("unsupported KantenTyp {code!r}").format(code=edge_type))
            edge_type = next(k for k, v in code_lists.EDGE_TYPE_NAMES.items() if v == name)
        kind = self.mapping.value("KantenTyp", edge_type)[0]
        if kind not in code_lists.EDGE_KINDS:
            raise ValueError(tr("unsupported KantenTyp {code!r}").format(code=edge_type))
        return kind, name, edge_type

    def _edge(self, element, fields, points, code, line, edge_type):
        kind, name, edge_type = self._edge_kind(element, edge_type)
        chain = self._edge_points(points)
        if len(chain) < 2:
            raise ValueError(tr("fewer than two points in the geometry (Geometriedaten)"))
        table = code_lists.EDGE_TABLES[kind]
        asset = Asset(table, name, code, line)
        self._common(asset, fields)
        if edge_type != _EDGE_TYPE_OF[table]:  # a Rinne, Gerinne, or an override
            asset.codes["KantenTyp"] = edge_type
        asset.points = self.coordinates.to_target(chain)
        length = number(fields.get("Kante/Laenge"))
        if length is not None and not 0 <= length <= 100_000:
            raise ValueError(tr("implausible length {length} m").format(length=decimal(length, None)))
        material_raw = fields.get("Kante/Material")
        material = self._material(asset, material_raw) if material_raw else None
        profile_raw = fields.get("Kante/Profil/Profilart")
        profile = self._mapped(asset, "Profilart", profile_raw)
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
        return self._lateral(asset, fields, length, profile_raw, width or height, material)

    @staticmethod
    def _lateral(asset, fields, length, profile_raw, size, material):
        """A Leitung's values, refs and kept codes (pipes stay inline in _edge, the common
        case). The lateral table keeps pipe, gully, width and material; the rest of what
        the file says stays in its source record for the export."""
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
        asset.values.update(width_mm=int(round(size)) if size else None, material=material)
        if length is not None:
            asset.values["_length"] = length
        return asset

    # --- Zustandsdaten ------------------------------------------------------------------

    def _inspection(self, element, code, line):
        """One InspizierteAbwassertechnischeAnlage. What was inspected is its Anlagentyp
        (1 Haltung, 2 Anschlussleitung, 3 Schacht, 4 Bauwerk); files of this plugin before
        2026-11 wrote 2 for a Schacht, so a Knoten part (KZustand) decides for a node."""
        top = {local_name(e.tag): e for e in element if isinstance(e.tag, str)}
        kind = code_lists.INSPECTED_KINDS.get((top["Anlagentyp"].text or "").strip()
                                              if "Anlagentyp" in top else "")
        optical = top.get("OptischeInspektion")
        parts = {local_name(e.tag): e for e in optical if isinstance(e.tag, str)} \
            if optical is not None else {}
        part = next((parts[n] for n in ("Rohrleitung", "Knoten", "Bauwerk") if n in parts), None)
        part_name = local_name(part.tag) if part is not None else ""
        if part_name in ("Knoten", "Bauwerk") and kind not in ("Schacht", "Bauwerk"):
            kind = "Bauwerk" if part_name == "Bauwerk" else "Schacht"
        elif part_name == "Rohrleitung" and kind not in ("Haltung", "Anschlussleitung"):
            pipe_type = (part.findtext("{*}Rohrleitungstyp") or "").strip()
            kind = "Anschlussleitung" if pipe_type == "1" else "Haltung"
        kind = kind or "Haltung"
        inspection = Inspection(code_lists.INSPECTED_TABLES[kind], code, line,
                                standard=f"{FORMAT} {self.report.version}", object_kind=kind)
        if optical is not None:
            inspection.inspected_on = (optical.findtext("{*}Inspektionsdatum") or "").strip() \
                or None
        if part is None:
            return inspection
        inspection.direction = (part.findtext("{*}Inspektionsrichtung") or "").strip() or None
        worst = None
        for state in part.iterfind("{*}Inspektionsdaten/*"):
            observation = self._observation(state, code)
            if observation is None:
                continue
            inspection.observations.append(observation)
            if observation.condition_class is not None:
                worst = observation.condition_class if worst is None else \
                    max(worst, observation.condition_class)
        evaluation = part.find("{*}Bewertung")
        klass = worst
        if evaluation is not None:
            inspection.evaluation, values = _leaves_json(evaluation)
            given = _int_class(values.get("KlasseManuell"))
            if given is None:
                given = _int_class(values.get("KlasseAutomatisch"))
            if given is not None:
                klass = given
            for field in ("ZahlEndgueltig", "ZahlVorlaeufig"):
                score = _score(values.get(field))
                if score is not None:
                    inspection.damage_score = score
                    break
        inspection.condition_class = klass
        inspection.condition_scheme = CONDITION_SCHEME_ISYBAU if klass is not None else None
        return inspection

    def _observation(self, state, code):
        name = local_name(state.tag)
        if name not in ("RZustand", "KZustand", "BZustand"):
            return None
        values = {}
        klassifizierung = None
        for e in state:
            child = local_name(e.tag)
            if not child:
                continue
            if child == "Klassifizierung":
                klassifizierung = e
            elif not len(e):
                values.setdefault(child, (e.text or "").strip())
        if name == "BZustand":  # a Bauwerk's condition: free text, no code
            return Observation(code="", remark=values.get("Zustandsbeschreibung") or None)
        if not values.get("InspektionsKode"):
            self.report.skip(state.sourceline, code, tr("observation without InspektionsKode"))
            return None
        station = values.get("Station") or values.get("VertikaleLage")
        observation = Observation(
            code=values["InspektionsKode"], station=number(station),
            characterisation1=values.get("Charakterisierung1") or None,
            characterisation2=values.get("Charakterisierung2") or None,
            quantity1=(values.get("Quantifizierung1Numerisch") or values.get("Quantifizierung1Text")
                       or values.get("Quantifizierung1") or None),
            quantity2=(values.get("Quantifizierung2Numerisch") or values.get("Quantifizierung2Text")
                       or values.get("Quantifizierung2") or None),
            clock_from=values.get("PositionVon") or None,
            clock_to=values.get("PositionBis") or None,
            remark=values.get("Kommentar") or None)
        if klassifizierung is not None:
            observation.classification, raw = _leaves_json(klassifizierung)
            classes, overall, score = classification(raw)
            for column, value in classes.items():
                setattr(observation, column, value)
            observation.condition_class = overall
            observation.damage_score = score
            if overall is not None or classes:
                observation.condition_scheme = CONDITION_SCHEME_ISYBAU
        return observation
