"""XPlanGML 5.x and 6.0 Bebauungspläne: buildable areas with their Maß der baulichen Nutzung.

``BP_BaugebietsTeilFlaeche`` (a part of a building zone) and
``BP_UeberbaubareGrundstuecksFlaeche`` (the area inside the building lines) become
buildable areas with the number of full storeys (``Z``/``Zmax``), ``GRZ``/``GFZ`` and the
height rule ``hoehenangabe`` (``h``/``hMax``/``hZwingend`` with ``hoehenbezug`` and
``bezugspunkt``). The XPlanung version comes from the namespace
(``http://www.xplanung.de/xplangml/5/2`` → 5.2); XPlanGML 4.x and anything else is refused
with a message. Coordinates are reprojected to EPSG:25832 (Gauss-Krüger plans included).
"""

import os
import re

from ...i18n import tr
from . import gml
from .crs import Reprojector, epsg_from_name, guess_epsg, polygons_of
from .errors import PlanningImportError
from .safe_xml import local_name, parse

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


def detect_version(root, path=""):
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


def _height_rule(element):
    """The first XP_Hoehenangabe of a feature: h, hMax, hMin, hZwingend, reference."""
    for node in element.iter():
        if isinstance(node.tag, str) and local_name(node) == "XP_Hoehenangabe":
            rule = {key: _number(node, key) for key in ("h", "hMin", "hMax", "hZwingend")}
            bezug = _text(node, "hoehenbezug")
            punkt = _text(node, "bezugspunkt")
            rule["hoehenbezug"] = HOEHENBEZUG.get(bezug, bezug)
            rule["bezugspunkt"] = BEZUGSPUNKT.get(punkt, punkt)
            return rule
    return None


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


def read_xplan(path, source_epsg=None):
    """Read a Bebauungsplan; returns {"version", "name", "reference", "areas": [...]}.

    Each area: {"gml_id", "kind", "zone", "storeys", "grz", "gfz", "height_rule",
    "height_m", "description", "geometry" (OGR polygon in EPSG:25832)}.
    """
    root = parse(path)
    version = detect_version(root, path)
    name, number = _plan_name(root)
    features = [node for node in root.iter()
                if isinstance(node.tag, str) and local_name(node) in AREA_CLASSES]
    areas = []
    for feature in features:
        kind = local_name(feature)
        position = [child for child in feature
                    if isinstance(child.tag, str) and local_name(child) == "position"]
        polygons = []
        for element in position:
            polygons.extend(gml.polygons_in(element))
        if not polygons:
            continue
        epsg = source_epsg or epsg_from_name(gml.srs_name(position[0]))
        if epsg is None:
            x, y = polygons[0].GetGeometryRef(0).GetPoint_2D(0)
            epsg = guess_epsg(x, y)
        if epsg is None:
            raise PlanningImportError(tr("The coordinate reference system of {path} is not "
                                         "known; please give it (SOURCE_CRS).")
                                      .format(path=os.path.basename(path)))
        reproject = Reprojector(epsg)
        storeys = _number(feature, "Zmax", "Z", "ZZwingend")
        grz = _number(feature, "GRZmax", "GRZ")
        gfz = _number(feature, "GFZmax", "GFZ")
        zone_code = _text(feature, "besondereArtDerBaulNutzung")
        zone = BESONDERE_ART.get(zone_code) or ALLGEMEINE_ART.get(
            _text(feature, "allgArtDerBaulNutzung") or "")
        rule = _height_rule(feature)
        label = "Baugebietsteilfläche" if kind == AREA_CLASSES[0] else "Überbaubare Fläche"
        for polygon in polygons:
            for part in polygons_of(reproject(polygon)):
                areas.append({
                    "gml_id": feature.get("{http://www.opengis.net/gml/3.2}id")
                    or feature.get("{http://www.opengis.net/gml}id"),
                    "kind": kind, "zone": zone, "storeys": storeys, "grz": grz, "gfz": gfz,
                    "height_rule": rule, "height_m": _height_m(rule),
                    "description": _describe(label, zone, grz, gfz, storeys, rule),
                    "geometry": part, "source_epsg": epsg,
                })
    if not areas:
        raise PlanningImportError(tr("{path} holds no BP_BaugebietsTeilFlaeche or "
                                     "BP_UeberbaubareGrundstuecksFlaeche with a polygon; "
                                     "nothing was imported.").format(path=os.path.basename(path)))
    return {"version": version, "name": name or os.path.splitext(os.path.basename(path))[0],
            "reference": number, "areas": areas}
