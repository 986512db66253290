"""The working copy's network → ISYBAU XML 2017 (Stammdaten, and Zustandsdaten if any:
imported inspections and the open defects of manholes and pipes, see defects_as_zustand).

Written element by element with ``lxml.etree.xmlfile`` straight from the working copy's
cursors (store.exchange_source), so memory does not grow with the network. Elements come
in the order the schema's sequences give them (the 2013 XSD and the public 1707 Stammdaten
XSD agree on what we write). Eastings carry the UTM zone prefix 32 as in the 2017 sample;
codes an import kept raw (source_record) are written back unchanged, and so are the
file's evaluation (Bewertung) and classification (Klassifizierung) of inspections, so
import → export → import gives the same working copy.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Callable, Dict, Optional

from lxml import etree

from ...core.catalogues import CONDITION_SCHEME_DWA
from ...core.exchange.records import number
from ...store import geometry as gpkg_geometry
from ..exchange import codes as code_lists
from ..exchange.export_run import ExportRun
from .reader import FORMAT
from .zustand_export import OpenDefects

NS = "http://www.bfr-abwasser.de"
VERSION = "2017-07"
ZONE_PREFIX = 32_000_000
_NSMAP = {None: NS}
_MATERIAL = code_lists.reverse(code_lists.MATERIAL)
_PROFILE = code_lists.reverse(code_lists.PROFILE)
_NODE_TYPE = code_lists.reverse(code_lists.NODE_TYPES)
_DEFAULT_POSITION = {"Schacht": "SMP", "Bauwerk": "KOP", "Anschlusspunkt": "AP"}
_COVER_FOR = {"SMP": "DMP", "KOP": "SBD"}
# BFR Bauwerkstyp → the element of its kind (XSD BauwerkType choice).
_STRUCTURE_ELEMENTS = {"1": "Pumpwerk", "2": "Becken", "3": "Behandlungsanlage",
                       "4": "Klaeranlage", "5": "Auslaufbauwerk", "6": "Pumpe",
                       "7": "Wehr_Ueberlauf", "8": "Drossel", "9": "Schieber", "10": "Rechen",
                       "11": "Sieb", "12": "Versickerungsanlage", "13": "Zisterne"}
_EDGE_ELEMENTS = {"0": "Haltung", "1": "Leitung", "2": "Rinne", "3": "Gerinne"}
# XSD BewertungType and KlassifizierungType, in their order.
_EVALUATION = ("Bewertungsverfahren", "Bewertungsdatum", "MassgebenderSchaden",
               "MassgebendeQuantifizierung", "ZahlVorlaeufig", "Zusatzpunkte",
               "ZahlEndgueltig", "KlasseAutomatisch", "KlasseManuell")
_CRITERIA = (("Dichtheit", "D"), ("Standsicherheit", "S"), ("Betriebssicherheit", "B"))
_CRITERION_FIELDS = ("SK{}vAuto", "SK{}vManu", "SZ{}vAuto", "SZ{}eAuto", "SK{}eAuto")


def _points(blob):
    wkb = gpkg_geometry.wkb_of(blob) if blob is not None else None
    return gpkg_geometry.wkb_points(wkb) if wkb else []  # shared WKB reader


def _fmt(value, digits=3):
    if value is None:
        return None
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _sub(parent, name, value):
    """A child element only when there is a value (empty elements say nothing)."""
    if value is None or value == "":
        return None
    element = etree.SubElement(parent, f"{{{NS}}}{name}")
    element.text = str(value)
    return element


def _el(parent, name):
    return etree.SubElement(parent, f"{{{NS}}}{name}")


def _point(parent, tag, x, y, height, attribute):
    point = _el(parent, tag)
    if x is not None:
        _sub(point, "Rechtswert", f"{x + ZONE_PREFIX:.3f}")
        _sub(point, "Hochwert", f"{y:.3f}")
    _sub(point, "Punkthoehe", _fmt(height))
    _sub(point, "PunktattributAbwasser", attribute)
    return point


def _common(anlage, codes, objektart, year, drainage, street):
    _sub(anlage, "Objektart", codes.get("Objektart", objektart))
    _sub(anlage, "Status", codes.get("Status", "0"))
    _sub(anlage, "Baujahr", year if year is not None else codes.get("Baujahr"))
    _sub(anlage, "Entwaesserungsart", drainage or codes.get("Entwaesserungsart"))


def _lage(anlage, street, codes):
    if street or codes.get("Lage/Ortsteilname"):
        lage = _el(anlage, "Lage")
        _sub(lage, "Strassenname", street)
        _sub(lage, "Ortsteilname", codes.get("Lage/Ortsteilname"))


def _geometry(anlage, kind):
    """Geometrie: GeoObjekttyp, Geometriedaten (returned, for the caller to fill), then
    CRSLage, as the XSD orders them."""
    geometrie = _el(anlage, "Geometrie")
    _sub(geometrie, "GeoObjekttyp", kind)
    data = _el(geometrie, "Geometriedaten")
    _sub(geometrie, "CRSLage", "ETRS89_UTM32")
    return data


def _manhole(row, codes):
    (uuid, code, kind, drainage, cover, invert, depth, material, year, street, blob) = row
    anlage = etree.Element(f"{{{NS}}}AbwassertechnischeAnlage", nsmap=_NSMAP)
    _sub(anlage, "Objektbezeichnung", code)
    _common(anlage, codes, "2", year, drainage, street)
    knoten = _el(anlage, "Knoten")
    _sub(knoten, "KnotenTyp", _NODE_TYPE.get(kind, "0"))
    part = _el(knoten, kind if kind in _DEFAULT_POSITION else "Schacht")
    if kind == "Anschlusspunkt":
        _sub(part, "Punktkennung", codes.get("Punktkennung") or "AP")
    elif kind == "Bauwerk":
        _sub(part, "Bauwerkstyp", codes.get("Bauwerkstyp"))
        if codes.get("Bauwerkstyp") in _STRUCTURE_ELEMENTS:
            _el(part, _STRUCTURE_ELEMENTS[codes["Bauwerkstyp"]])
    else:
        _sub(part, "Schachttiefe", _fmt(depth, 2))
        if material:
            _sub(_el(part, "Aufbau"), "MaterialAufbau", _MATERIAL.get(material, material))
    _lage(anlage, street, codes)
    data = _el(_geometry(anlage, "P"), "Knoten")
    x, y = (_points(blob) or [(None, None)])[0]
    position = codes.get("Punktlage") or _DEFAULT_POSITION.get(kind, "SMP")
    if position in code_lists.INVERT_POINTS or kind == "Anschlusspunkt":
        _point(data, "Punkt", x, y, invert, position)
        cover_attribute = _COVER_FOR.get(position, "GOK")
        if cover is not None:
            _point(data, "Punkt", x if cover_attribute != "GOK" else None, y, cover,
                   cover_attribute)
    else:  # positioned by its cover
        _point(data, "Punkt", x, y, cover, position)
        if invert is not None:
            _point(data, "Punkt", x, y, invert, "SMP" if kind == "Schacht" else "KOP")
    return anlage


def _gully(row, codes):
    uuid, code, cover, street, blob = row
    anlage = etree.Element(f"{{{NS}}}AbwassertechnischeAnlage", nsmap=_NSMAP)
    _sub(anlage, "Objektbezeichnung", code)
    _common(anlage, codes, "2", None, None, street)
    knoten = _el(anlage, "Knoten")
    _sub(knoten, "KnotenTyp", codes.get("KnotenTyp") or "1")
    _sub(_el(knoten, "Anschlusspunkt"), "Punktkennung", codes.get("Punktkennung") or "SE")
    _lage(anlage, street, codes)
    data = _el(_geometry(anlage, "P"), "Knoten")
    x, y = (_points(blob) or [(None, None)])[0]
    _point(data, "Punkt", x, y, None, codes.get("Punktlage") or "SE")
    if cover is not None:
        _point(data, "Punkt", None, None, cover, "GOK")
    return anlage


def _line(data, points):
    polygon = _el(_el(data, "Polygone"), "Polygon")
    _sub(polygon, "Polygonart", "3")
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        kante = _el(polygon, "Kante")
        _point(kante, "Start", x1, y1, None, "RAP")
        _point(kante, "Ende", x2, y2, None, "RAP")


def _edge(code, codes, edge_type, zulauf, ablauf, inverts, length, material, profile, width,
          height, year, drainage, street, blob, pipe_code=None):
    edge_type = codes.get("KantenTyp", edge_type)
    anlage = etree.Element(f"{{{NS}}}AbwassertechnischeAnlage", nsmap=_NSMAP)
    _sub(anlage, "Objektbezeichnung", code)
    _common(anlage, codes, "1", year, drainage, street)
    kante = _el(anlage, "Kante")
    _sub(kante, "KantenTyp", edge_type)
    _sub(kante, "KnotenZulauf", zulauf)
    _sub(kante, "KnotenZulaufTyp", codes.get("KnotenZulaufTyp", "0"))
    _sub(kante, "KnotenAblauf", ablauf)
    _sub(kante, "KnotenAblaufTyp", codes.get("KnotenAblaufTyp", "0"))
    _sub(kante, "SohlhoeheZulauf", inverts[0])
    _sub(kante, "SohlhoeheAblauf", inverts[1])
    _sub(kante, "Laenge", length)
    _sub(kante, "Material", _MATERIAL.get(material, material) if material else None)
    profil = _el(kante, "Profil")
    _sub(profil, "SonderprofilVorhanden", "0")
    _sub(profil, "Profilart", _PROFILE.get(profile, profile) if profile else
         codes.get("Profilart"))
    _sub(profil, "Profilbreite", width)
    _sub(profil, "Profilhoehe", height)
    part = _el(kante, _EDGE_ELEMENTS.get(edge_type, "Haltung"))
    if edge_type == "0":
        _sub(part, "HaltungsFunktion", "1")
    elif edge_type == "1":
        target = pipe_code or codes.get("Anschlussdaten/Objektbezeichnung")
        if target:
            anschluss = _el(part, "Anschlussdaten")
            _sub(anschluss, "Objektbezeichnung", target)
            _sub(anschluss, "Kantentyp", "0" if pipe_code else
                 codes.get("Anschlussdaten/Kantentyp"))
    _lage(anlage, street, codes)
    _line(_geometry(anlage, "L"), _points(blob))
    return anlage


def _isybau_class(value, scheme):
    """A class in the ISYBAU scheme (0 no defect … 5 worst): DWA-M 149-3 classes (0 worst
    … 5 no defect) are turned round, as DESIGN.md §4 asks before comparing schemes."""
    if value is None:
        return None
    return 5 - value if scheme == CONDITION_SCHEME_DWA else value


def _known_json(text, allowed):
    try:
        values = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {k: v for k, v in values.items() if k in allowed} \
        if isinstance(values, dict) else {}


_CLASSIFICATION_KEYS = frozenset(
    [f"{c}/{f.format(letter)}" for c, letter in _CRITERIA for f in _CRITERION_FIELDS]
    + ["MaxSZeAuto", "MaxSKeAuto"])


def _klassifizierung(state, o):
    values = _known_json(o.get("classification"), _CLASSIFICATION_KEYS)
    if not values:
        klass = _isybau_class(o.get("condition_class"), o.get("condition_scheme"))
        if klass is not None:
            _sub(_el(state, "Klassifizierung"), "MaxSKeAuto", klass)
        return
    klassifizierung = _el(state, "Klassifizierung")
    for criterion, letter in _CRITERIA:
        fields = [(f.format(letter), values.get(f"{criterion}/{f.format(letter)}"))
                  for f in _CRITERION_FIELDS]
        if any(v for _, v in fields):
            part = _el(klassifizierung, criterion)
            for name, value in fields:
                _sub(part, name, value)
    _sub(klassifizierung, "MaxSZeAuto", values.get("MaxSZeAuto"))
    _sub(klassifizierung, "MaxSKeAuto", values.get("MaxSKeAuto"))


def _quantity(state, n, value):
    if value in (None, ""):
        return
    try:
        number(value)
        _sub(state, f"Quantifizierung{n}Numerisch", value)
    except ValueError:
        _sub(state, f"Quantifizierung{n}Text", value)


def _state(data, tag, o):
    """One RZustand or KZustand of an observation (a dict of store.exchange_source)."""
    state = _el(data, tag)
    _sub(state, "VertikaleLage" if tag == "KZustand" else "Station", _fmt(o["station"], 2))
    _sub(state, "InspektionsKode", o["code"])
    _sub(state, "Charakterisierung1", o["characterisation1"])
    _sub(state, "Charakterisierung2", o["characterisation2"])
    _quantity(state, 1, o["quantity1"])
    _quantity(state, 2, o["quantity2"])
    _sub(state, "PositionVon", o["clock_from"])
    _sub(state, "PositionBis", o["clock_to"])
    _sub(state, "Kommentar", o["remark"])
    _klassifizierung(state, o)
    return state


def _bewertung(part, inspection, observations):
    values = _known_json(inspection.get("evaluation"), _EVALUATION)
    klass = _isybau_class(inspection.get("condition_class"), inspection.get("condition_scheme"))
    if not values:
        worst = [_isybau_class(o["condition_class"], o["condition_scheme"]) for o in observations]
        worst = max((w for w in worst if w is not None), default=None)
        if klass is None or klass == worst:  # the import derives it from the observations
            return
        values = {"KlasseManuell": str(klass)}
    bewertung = _el(part, "Bewertung")
    for name in _EVALUATION:
        _sub(bewertung, name, values.get(name))


def _inspected(inspection, observations, structure_type=None):
    """One InspizierteAbwassertechnischeAnlage from an inspection (a dict with asset_table,
    object_code, inspected_on, direction, class, node_kind …) and its observations."""
    table = inspection["asset_table"]
    # A Bauwerk's conditions are free text (BZustand), observations without a code.
    described = bool(observations) and all(not o["code"] for o in observations)
    is_structure = table == "manhole" and (inspection.get("node_kind") == "Bauwerk" or described)
    anlage = etree.Element(f"{{{NS}}}InspizierteAbwassertechnischeAnlage", nsmap=_NSMAP)
    _sub(anlage, "Objektbezeichnung", inspection["object_code"])
    # U103: 1 Haltung, 2 Anschlussleitung, 3 Schacht, 4 Bauwerk
    _sub(anlage, "Anlagentyp", {"pipe": "1", "lateral": "2"}.get(
        table, "4" if is_structure else "3"))
    optisch = _el(anlage, "OptischeInspektion")
    _sub(optisch, "Auftragskennung", "1")
    _sub(optisch, "Inspektionsdatum", inspection["inspected_on"])
    if is_structure and described:
        part = _el(optisch, "Bauwerk")
        _sub(part, "Bauwerktyp", structure_type)
        data = _el(part, "Inspektionsdaten")
        for o in observations:
            _sub(_el(data, "BZustand"), "Zustandsbeschreibung", o["remark"] or "-")
        return anlage
    if table == "manhole":
        part = _el(optisch, "Knoten")
        tag = "KZustand"
    else:
        part = _el(optisch, "Rohrleitung")
        _sub(part, "Rohrleitungstyp", "1" if table == "lateral" else "0")
        _sub(part, "Inspektionsrichtung", inspection["direction"])
        tag = "RZustand"
    if observations:
        data = _el(part, "Inspektionsdaten")
        for o in observations:
            _state(data, tag, o)
    _bewertung(part, inspection, observations)
    return anlage


_DEFECT_COLUMNS = ("station", "code", "characterisation1", "characterisation2", "quantity1",
                   "quantity2", "clock_from", "clock_to", "condition_class", "remark")


def _defect_observations(states):
    """Observation dicts of the open defects of one asset and day (zustand_export)."""
    from ...core.catalogues import CONDITION_SCHEME_ISYBAU

    rows = []
    for state in states:
        row = dict(zip(_DEFECT_COLUMNS, state))
        row["condition_scheme"] = CONDITION_SCHEME_ISYBAU if row["condition_class"] is not None \
            else None
        rows.append(row)
    return rows


def export_isybau(working_copy: str, output: str, is_canceled: Optional[Callable[[], bool]] = None,
                  progress: Optional[Callable[[float], None]] = None,
                  defects: bool = True) -> Dict[str, int]:
    """Write the network to ``output``; returns counts by table. Atomic: all or no file.

    With ``defects``, the open defects of manholes and pipes are written as Zustandsdaten
    too (defects_as_zustand): ``defect`` counts them, ``defect_skipped`` the open ones
    that ISYBAU cannot hold (street gullies').
    """
    with ExportRun(working_copy, output, is_canceled, progress) as run:
        source, counts = run.source, run.counts
        inspections = source.inspections()
        first = next(inspections, None)
        open_defects = OpenDefects(source.open_defects() if defects else None)
        has_states = first is not None or bool(open_defects.groups)

        def codes_of(uuid):
            return run.codes_of(uuid, FORMAT)

        with etree.xmlfile(run.temp, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(f"{{{NS}}}Identifikation", nsmap={None: NS}):
                xf.write(_leaf("Version", VERSION))
                xf.write(_admindaten())
                with xf.element(f"{{{NS}}}Datenkollektive"):
                    xf.write(_leaf("Datenstatus", "1"))
                    xf.write(_leaf("Erstellungsdatum", date.today().isoformat()))
                    xf.write(_kennungen(has_states))
                    with xf.element(f"{{{NS}}}Stammdatenkollektiv"):
                        xf.write(_leaf("Kennung", "STA01"))
                        _write_network(xf, run, codes_of)
                    if has_states:
                        counts["inspection"] = _write_zustandsdaten(
                            xf, source, first, inspections, open_defects, codes_of)
                    counts["defect"] = open_defects.written
                    counts["defect_skipped"] = open_defects.left_out
    return run.counts


def _write_network(xf, run, codes_of):
    """The Stammdaten: manholes, gullies, pipes and laterals."""
    source = run.source
    run.write_rows(xf, "manhole", source.manholes(), lambda row: _manhole(row, codes_of(row[0])))
    run.write_rows(xf, "gully", source.gullies(), lambda row: _gully(row, codes_of(row[0])))

    def pipe(row):
        codes = codes_of(row[0])
        return _edge(row[1], codes, "0", row[2] or codes.get("KnotenZulauf"),
                     row[3] or codes.get("KnotenAblauf"), (_fmt(row[4]), _fmt(row[5])),
                     _fmt(row[6]), row[7], row[8], row[9], row[10], row[11], row[12], row[13],
                     row[14])

    def lateral(row):
        codes = codes_of(row[0])
        return _edge(row[1], codes, "1", row[3] or codes.get("KnotenZulauf"),
                     codes.get("KnotenAblauf"),
                     (codes.get("SohlhoeheZulauf"), codes.get("SohlhoeheAblauf")),
                     codes.get("Laenge"), row[5], None, row[4], row[4], codes.get("Baujahr"),
                     codes.get("Entwaesserungsart"), codes.get("Strassenname"), row[6],
                     pipe_code=row[2])

    run.write_rows(xf, "pipe", source.pipes(), pipe)
    run.write_rows(xf, "lateral", source.laterals(), lateral)


def _write_zustandsdaten(xf, source, first, inspections, open_defects, codes_of):
    """The Zustandsdatenkollektiv: the inspections (first, then the rest of the iterator
    inspections) and the open defects; returns the number of inspections written."""
    written = 0
    with xf.element(f"{{{NS}}}Zustandsdatenkollektiv"):
        xf.write(_leaf("Kennung", "ZUS01"))
        xf.write(_auftraege())
        inspection = first
        while inspection is not None:
            structure = codes_of(inspection["asset"]).get("Bauwerkstyp") \
                if inspection.get("asset") else None
            xf.write(_inspected(inspection, source.observations(inspection["uuid"]), structure),
                     pretty_print=True)
            written += 1
            inspection = next(inspections, None)
        for table, code, day, states in open_defects.groups:
            xf.write(_inspected(
                {"asset_table": table, "object_code": code,
                 "inspected_on": day, "direction": None,
                 "condition_class": None, "condition_scheme": None},
                _defect_observations(states)), pretty_print=True)
    return written


def _leaf(name, text):
    element = etree.Element(f"{{{NS}}}{name}", nsmap=_NSMAP)
    element.text = text
    return element


def _admindaten():
    """Admindaten as the 2017 sample has them: the height reference of the file (the
    working copy's heights are m NHN in DHHN2016, DESIGN.md §4)."""
    admin = etree.Element(f"{{{NS}}}Admindaten", nsmap=_NSMAP)
    _sub(_el(admin, "Geometrie"), "CRSHoehe", "DE_DHHN2016_NH")
    return admin


def _kennungen(with_states):
    today = date.today().isoformat()
    kennungen = etree.Element(f"{{{NS}}}Kennungen", nsmap=_NSMAP)
    for kennung, art in (("STA01", "1"), ("ZUS01", "2"))[:2 if with_states else 1]:
        kollektiv = _el(kennungen, "Kollektiv")
        _sub(kollektiv, "Kennung", kennung)
        _sub(kollektiv, "Kollektivart", art)
        eigenschaft = _el(kollektiv, "Kollektiveigenschaft")
        if art == "1":
            stamm = _el(eigenschaft, "Stammdaten")
            for name, value in (("Stammdatentyp", "1"), ("Bautechnik", "1"), ("Geometrie", "1"),
                                ("Sanierung", "0"), ("Umfeld", "0")):
                _sub(stamm, name, value)
        else:
            zustand = _el(eigenschaft, "Zustandsdaten")
            for name, value in (("Inspektion", "1"), ("Dichtheit", "0"), ("Film", "0")):
                _sub(zustand, name, value)
        _sub(kollektiv, "Regelwerk", "6")
        _sub(kollektiv, "Bearbeitungsstand", today)
    return kennungen


def _auftraege():
    auftraege = etree.Element(f"{{{NS}}}Auftraege", nsmap=_NSMAP)
    auftrag = _el(auftraege, "Auftrag")
    _sub(auftrag, "Auftragsbezeichnung", "Kempten Twin")
    _sub(auftrag, "Auftragskennung", "1")
    _sub(auftrag, "Auftragsart", "1")
    return auftraege
