"""XPlanGML 5.0 to 6.0 Bebauungspläne: buildable areas with their Maß der baulichen Nutzung.

``BP_BaugebietsTeilFlaeche`` (a part of a building zone) and
``BP_UeberbaubareGrundstuecksFlaeche`` (the area inside the building lines) become
buildable areas with the values a planner reads as fields of their own: GRZ, GFZ, the number
of full storeys (``Z``, ``Zmin``/``Zmax``, ``ZZwingend``) and the height rule
``hoehenangabe`` (``hMin``/``hMax``/``h``/``hZwingend`` with ``hoehenbezug`` and
``bezugspunkt``). The XPlanung version comes from the namespace
(``http://www.xplanung.de/xplangml/5/2`` → 5.2); XPlanGML 4.x and anything else is refused
with a message.

Geometries are read by GDAL, any GML geometry: Polygon, Surface with PolygonPatches,
MultiSurface, CompositeSurface, rings of Curves whose segments are LineStringSegment,
Arc, ArcString, Circle, ArcByCenterPoint or CircleByCenterPoint. Arcs are linearised within
1 cm of the true curve (gml.linearise). The CRS is read from the geometry's srsName, the
feature's or the file's envelope (io/crs, any spelling), else from the coordinates; every
polygon goes through the one geometry check (io/geometry_check) before it is kept.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any, Dict, Optional

from ...i18n import tr
from .. import crs as crs_module
from ..geometry_check import GeometryCheck
from ..xml_safe import parse
from . import gml
from .errors import PlanningCrsError, PlanningImportError

if TYPE_CHECKING:
    from lxml import etree

_NAMESPACE = re.compile(r"^http://www\.xplanung\.de/xplangml/(\d+)/(\d+)$")
SUPPORTED_MAJOR = (5, 6)
AREA_CLASSES = ("BP_BaugebietsTeilFlaeche", "BP_UeberbaubareGrundstuecksFlaeche")

# XP_ArtHoehenbezug and XP_ArtHoehenbezugspunkt code lists (XPlanung 5.x/6.0).
HOEHENBEZUG = {
    "1000": "absolutNHN", "1100": "absolutNN", "1200": "absolutDHHN",
    "2000": "relativGelaendeoberkante", "2500": "relativGehwegOberkante",
    "3000": "relativBezugshoehe", "3500": "relativStrasse", "4000": "relativEFH",
}
BEZUGSPUNKT = {
    "1000": "TH", "2000": "FH", "3000": "OK", "3500": "LH", "4000": "SH", "4500": "EFH",
    "5000": "HBA", "5500": "UK", "6000": "GBH", "6500": "WH", "6600": "GOK",
}
# XP_BesondereArtDerBaulNutzung: the zone's abbreviation as planners write it.
BESONDERE_ART = {
    "1000": "WS", "1100": "WR", "1200": "WA", "1300": "WB", "1400": "MD", "1450": "MDW",
    "1500": "MI", "1550": "MU", "1600": "MK", "1700": "GE", "1800": "GI", "2000": "SO",
    "2100": "SO", "3000": "SO", "4000": "SO", "9999": "sonstiges",
}
ALLGEMEINE_ART = {"1000": "W", "2000": "M", "3000": "G", "4000": "S", "9999": "sonstiges"}


def detect_version(root: etree._Element, path: str = "") -> str:
    """The XPlanung version ("5.2", "6.0") of a document, or a clear refusal."""
    namespaces = set(root.nsmap.values()) | {root.tag.split("}")[0].lstrip("{")}
    versions = []
    for ns in namespaces:
        match = _NAMESPACE.match(ns or "")
        if match:
            versions.append((int(match.group(1)), int(match.group(2))))
    if not versions:
        raise PlanningImportError(tr("{path} is not XPlanGML (no XPlanung namespace).")
                                  .format(path=os.path.basename(path)))
    major, minor = max(versions)
    if major not in SUPPORTED_MAJOR:
        raise PlanningImportError(tr("XPlanGML {version} is not supported; please convert the "
                                     "plan to XPlanGML 5.x or 6.0.")
                                  .format(version=f"{major}.{minor}"))
    return f"{major}.{minor}"


def local_name(node: etree._Element) -> str:
    return gml.local(node.tag)


def _number(element, *names):
    for name in names:
        for node in element.iter():
            if isinstance(node.tag, str) and local_name(node) == name and node.text:
                try:
                    return float(node.text.strip().replace(",", "."))
                except ValueError:
                    continue
    return None


def _text(element, name):
    for node in element.iter():
        if isinstance(node.tag, str) and local_name(node) == name and node.text:
            return node.text.strip()
    return None


# Reference points that give a building's height (not a floor level such as EFH).
BUILDING_HEIGHT_POINTS = ("GBH", "FH", "OK", "HBA", "TH", "WH")


def _height_rules(element):
    """Every XP_Hoehenangabe of a feature: h, hMax, hMin, hZwingend, reference."""
    rules = []
    for node in element.iter():
        if isinstance(node.tag, str) and local_name(node) == "XP_Hoehenangabe":
            rule = {key: _number(node, key) for key in ("h", "hMin", "hMax", "hZwingend")}
            bezug = _text(node, "hoehenbezug")
            punkt = _text(node, "bezugspunkt")
            rule["hoehenbezug"] = HOEHENBEZUG.get(bezug, bezug)
            rule["bezugspunkt"] = BEZUGSPUNKT.get(punkt, punkt)
            rules.append(rule)
    return rules


def _height_rule(element):
    """The rule for the building's height: the first whose reference point is a building
    height (GBH, FH, OK, HBA, TH, WH), else the first one."""
    rules = _height_rules(element)
    for rule in rules:
        if rule["bezugspunkt"] in BUILDING_HEIGHT_POINTS:
            return rule
    return rules[0] if rules else None


def _height_reference(rule):
    """Where a height is measured, as a planner writes it: "FH over relativGelaendeoberkante"."""
    if not rule:
        return None
    point, basis = rule.get("bezugspunkt"), rule.get("hoehenbezug")
    if point and basis:
        return f"{point} über {basis}"
    return point or basis


def _plan_name(root):
    for node in root.iter():
        if isinstance(node.tag, str) and local_name(node) == "BP_Plan":
            name = _text(node, "name")
            number = None
            for child in node:
                if isinstance(child.tag, str) and local_name(child) == "nummer":
                    number = (child.text or "").strip() or None
            return name, number
    return None, None


def _height_m(rule):
    """A building height in m where the rule gives one relative to the ground.

    Absolute heights (m NHN) and heights over other reference levels need the terrain to
    become building heights; they are kept in the description, not guessed."""
    if not rule:
        return None
    value = rule.get("hMax") or rule.get("hZwingend") or rule.get("h")
    if value is None:
        return None
    if rule.get("hoehenbezug") in (None, "relativGelaendeoberkante", "relativGehwegOberkante",
                                   "relativStrasse"):
        return value
    return None


def _describe(kind, zone, grz, gfz, storeys, rule):
    parts = [kind]
    if zone:
        parts.append(zone)
    if storeys is not None:
        parts.append(f"Z={storeys:g}")
    if grz is not None:
        parts.append(f"GRZ={grz:g}")
    if gfz is not None:
        parts.append(f"GFZ={gfz:g}")
    if rule:
        value = rule.get("hMax") or rule.get("hZwingend") or rule.get("h")
        if value is not None:
            parts.append(f"{rule.get('bezugspunkt') or 'h'}≤{value:g} m "
                         f"({rule.get('hoehenbezug') or 'ohne Bezug'})")
    return ", ".join(parts)


def _measures(feature):
    """The planner's values of an area feature, each in a field of its own."""
    rule = _height_rule(feature)
    storeys_max = _number(feature, "Zmax", "Z", "ZZwingend", "Zzwingend")
    storeys_min = _number(feature, "Zmin", "ZZwingend", "Zzwingend")
    return {
        "grz": _number(feature, "GRZmax", "GRZ"),
        "gfz": _number(feature, "GFZmax", "GFZ"),
        "storeys_min": int(storeys_min) if storeys_min is not None else None,
        "storeys_max": int(storeys_max) if storeys_max is not None else None,
        "height_min_m": None if not rule else (
            rule.get("hMin") if rule.get("hMin") is not None else rule.get("hZwingend")),
        "height_max_m": None if not rule else next(
            (rule[k] for k in ("hMax", "h", "hZwingend") if rule.get(k) is not None), None),
        "height_reference": _height_reference(rule),
    }


def _srs_names(geometry_element, feature, root):
    """srsNames that apply to a geometry, nearest first: its own (or its first member's),
    the feature's envelope, the file's envelope."""
    own = gml.srs_name(geometry_element, feature)
    if own is None:
        own = next((n.get("srsName") for n in geometry_element.iter()
                    if isinstance(n.tag, str) and n.get("srsName")), None)
    return crs_module.names_in_order([own, _envelope_srs(feature), _envelope_srs(root)])


def _envelope_srs(element):
    for child in element:
        if isinstance(child.tag, str) and local_name(child) == "boundedBy":
            for envelope in child:
                if isinstance(envelope.tag, str) and local_name(envelope) == "Envelope":
                    return envelope.get("srsName")
    return None


def read_xplan(path: str, source_epsg: Optional[int] = None,
               check: Optional[GeometryCheck] = None) -> Dict[str, Any]:
    """Read a Bebauungsplan; returns {"version", "name", "reference", "areas": [...],
    "lines": [report lines]}.

    Each area: {"gml_id", "kind", "zone", "storeys", "grz", "gfz", "storeys_min",
    "storeys_max", "height_min_m", "height_max_m", "height_reference", "height_rule",
    "height_m", "description", "geometry" (OGR polygon in EPSG:25832)}.
    """
    root = parse(path, PlanningImportError)
    version = detect_version(root, path)
    name, number = _plan_name(root)
    check = check if check is not None else GeometryCheck()
    readings = {}
    features = [node for node in root.iter()
                if isinstance(node.tag, str) and local_name(node) in AREA_CLASSES]
    areas = []
    for feature in features:
        kind = local_name(feature)
        gml_id = feature.get("{http://www.opengis.net/gml/3.2}id") \
            or feature.get("{http://www.opengis.net/gml}id")
        label = f"{kind} {gml_id or '?'}"
        elements = [geometry for child in feature
                    if isinstance(child.tag, str) and local_name(child) == "position"
                    for geometry in child if isinstance(geometry.tag, str)]
        polygons = []
        for element in elements:
            try:
                geometry = gml.ogr_geometry(element)
            except gml.GmlError as error:
                check.refused += 1
                check.lines.append(tr("{label}: refused, {why}.").format(label=label, why=error))
                continue
            if not check.ogr_coordinates_ok(label, geometry):
                continue
            linear = gml.linearise(geometry)
            names = _srs_names(element, feature, root)
            key = tuple(names)
            if key not in readings:
                first = crs_module.polygons_of(linear) or [linear]
                x, y = _first_point(first[0])
                try:
                    reading = crs_module.decide(names, (x, y), source_epsg,
                                                os.path.basename(path))
                except crs_module.CrsUndecidedError as error:
                    raise PlanningCrsError(str(error), error.suggested) from None
                readings[key] = (reading, crs_module.Reprojector(reading))
            reading, reproject = readings[key]
            parts = [reproject(p) for p in crs_module.polygons_of(linear)]
            polygons.extend(check.polygons(label, parts))
        if not polygons:
            continue
        storeys = _number(feature, "Zmax", "Z", "ZZwingend", "Zzwingend")
        grz = _number(feature, "GRZmax", "GRZ")
        gfz = _number(feature, "GFZmax", "GFZ")
        zone_code = _text(feature, "besondereArtDerBaulNutzung")
        zone = BESONDERE_ART.get(zone_code) or ALLGEMEINE_ART.get(
            _text(feature, "allgArtDerBaulNutzung") or "")
        rule = _height_rule(feature)
        measures = _measures(feature)
        label_de = "Baugebietsteilfläche" if kind == AREA_CLASSES[0] else "Überbaubare Fläche"
        for polygon in polygons:
            areas.append(dict(measures, **{
                "gml_id": gml_id, "kind": kind, "zone": zone, "storeys": storeys,
                "height_rule": rule, "height_m": _height_m(rule),
                "description": _describe(label_de, zone, grz, gfz, storeys, rule),
                "geometry": polygon, "source_epsg": reading.epsg,
            }))
    lines = [tr("CRS: {reading}").format(reading=r.describe()) for r, _ in readings.values()]
    if not areas:
        raise PlanningImportError(tr("{path} holds no BP_BaugebietsTeilFlaeche or "
                                     "BP_UeberbaubareGrundstuecksFlaeche with a polygon; "
                                     "nothing was imported.").format(path=os.path.basename(path))
                                  + check.first_reason())
    return {"version": version, "name": name or os.path.splitext(os.path.basename(path))[0],
            "reference": number, "areas": areas, "lines": lines + check.lines}


def _first_point(geometry):
    ring = geometry.GetGeometryRef(0) if geometry.GetGeometryCount() else geometry
    return ring.GetX(0), ring.GetY(0)
