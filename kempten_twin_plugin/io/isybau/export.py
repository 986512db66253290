"""The working copy's network → ISYBAU XML 2017 (Stammdaten, and Zustandsdaten if any:
imported inspections and the open defects of manholes and pipes, see defects_as_zustand).

Written element by element with ``lxml.etree.xmlfile`` straight from SQLite cursors, so
memory does not grow with the network. Eastings carry the UTM zone prefix 32 as in the
2017 sample; codes an import kept raw (source_record) are written back unchanged, so
import → export → import gives the same network.
"""

import json
import os
import tempfile
from datetime import date

from lxml import etree

from ...errors import Cancelled
from ...i18n import tr
from ...store import geometry as gpkg_geometry
from ...store import working_copy as working_copies
from ..exchange import codes as code_lists
from ..xml_safe import ExchangeError
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


def _points(blob):
    wkb = gpkg_geometry.wkb_of(blob) if blob is not None else None
    return gpkg_geometry.wkb_points(wkb) if wkb else []  # noqa: SLF001 (shared WKB reader)


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


class _Rows:
    def __init__(self, db):
        self.db = db
        self.codes = {}

    def codes_of(self, uuid):
        row = self.db.execute("SELECT codes FROM source_record WHERE asset = ? AND format = "
                              "'ISYBAU XML' ORDER BY changed_at DESC LIMIT 1", (uuid,)).fetchone()
        return json.loads(row[0]) if row else {}


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
    geometrie = _el(anlage, "Geometrie")
    _sub(geometrie, "CRSLage", "ETRS89_UTM32")
    _sub(geometrie, "GeoObjekttyp", kind)
    return _el(geometrie, "Geometriedaten")


def _manhole(row, codes):
    (uuid, code, kind, drainage, cover, invert, depth, material, year, street, blob) = row
    anlage = etree.Element(f"{{{NS}}}AbwassertechnischeAnlage", nsmap=_NSMAP)
    _sub(anlage, "Objektbezeichnung", code)
    _common(anlage, codes, "2", year, drainage, street)
    knoten = _el(anlage, "Knoten")
    _sub(knoten, "KnotenTyp", _NODE_TYPE.get(kind, "0"))
    part = _el(knoten, kind)
    if kind == "Schacht":
        _sub(part, "Schachttiefe", _fmt(depth, 2))
        if material:
            _sub(_el(part, "Aufbau"), "MaterialAufbau", _MATERIAL.get(material, material))
    elif kind == "Anschlusspunkt":
        _sub(part, "Punktkennung", codes.get("Punktkennung") or "AP")
    elif kind == "Bauwerk":
        _sub(part, "Bauwerkstyp", codes.get("Bauwerkstyp"))
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
    _sub(knoten, "KnotenTyp", "1")
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
    _sub(profil, "Profilart", _PROFILE.get(profile, profile) if profile else
         codes.get("Profilart"))
    _sub(profil, "Profilbreite", width)
    _sub(profil, "Profilhoehe", height)
    if edge_type == "0":
        _sub(_el(kante, "Haltung"), "HaltungsFunktion", "1")
    else:
        leitung = _el(kante, "Leitung")
        target = pipe_code or codes.get("Anschlussdaten/Objektbezeichnung")
        if target:
            anschluss = _el(leitung, "Anschlussdaten")
            _sub(anschluss, "Objektbezeichnung", target)
            _sub(anschluss, "Kantentyp", "0" if pipe_code else
                 codes.get("Anschlussdaten/Kantentyp"))
    _lage(anlage, street, codes)
    _line(_geometry(anlage, "L"), _points(blob))
    return anlage


def _inspection(db, row):
    uuid, table, code, on, direction, klass = row
    return _inspected(table, code, on, direction, db.execute(
        "SELECT station, code, characterisation1, characterisation2, quantity1, quantity2, "
        "clock_from, clock_to, condition_class, remark FROM observation WHERE inspection = ? "
        "ORDER BY position", (uuid,)))


def _inspected(table, code, on, direction, observations):
    """One InspizierteAbwassertechnischeAnlage: an imported inspection, or open defects."""
    anlage = etree.Element(f"{{{NS}}}InspizierteAbwassertechnischeAnlage", nsmap=_NSMAP)
    _sub(anlage, "Objektbezeichnung", code)
    _sub(anlage, "Anlagentyp", "3" if table == "manhole" else "1")  # U103: 3 Schacht, 1 Haltung
    optisch = _el(anlage, "OptischeInspektion")
    _sub(optisch, "Inspektionsdatum", on)
    part = _el(optisch, "Knoten" if table == "manhole" else "Rohrleitung")
    _sub(part, "Inspektionsrichtung", direction)
    data = _el(part, "Inspektionsdaten")
    for o in observations:
        state = _el(data, "KZustand" if table == "manhole" else "RZustand")
        _sub(state, "VertikaleLage" if table == "manhole" else "Station", _fmt(o[0], 2))
        _sub(state, "InspektionsKode", o[1])
        for name, value in zip(("Charakterisierung1", "Charakterisierung2", "Quantifizierung1",
                                "Quantifizierung2", "PositionVon", "PositionBis"), o[2:8]):
            _sub(state, name, value)
        if o[8] is not None:
            _sub(_el(state, "Klassifizierung"), "Objektklasse", o[8])
        _sub(state, "Kommentar", o[9])
    return anlage


def export_isybau(working_copy, output, is_canceled=None, progress=None, defects=True):
    """Write the network to ``output``; returns counts by table. Atomic: all or no file.

    With ``defects``, the open defects of manholes and pipes are written as Zustandsdaten
    too (defects_as_zustand): ``defect`` counts them, ``defect_skipped`` the open ones
    that ISYBAU cannot hold (street gullies').
    """
    if not os.path.exists(working_copy):
        raise ExchangeError(tr("The working copy {path} does not exist.").format(path=working_copy))
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise ExchangeError(tr("The folder {folder} does not exist.").format(folder=folder))
    db = working_copies.connect_read_only(working_copy)
    fd, temp = tempfile.mkstemp(prefix=".kt-export-", suffix=".xml", dir=folder)
    os.close(fd)
    counts = {"manhole": 0, "gully": 0, "pipe": 0, "lateral": 0, "inspection": 0,
              "defect": 0, "defect_skipped": 0}
    try:
        has_inspections = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'inspection'"
                                     ).fetchone() is not None
        inspections = db.execute(
            "SELECT uuid, asset_table, object_code, inspected_on, direction, condition_class "
            "FROM inspection ORDER BY object_code, inspected_on") if has_inspections else None
        first = inspections.fetchone() if inspections is not None else None
        open_defects = OpenDefects(db if defects else None)
        has_states = first is not None or bool(open_defects.groups)
        has_sources = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'source_record'"
                                 ).fetchone() is not None
        rows = _Rows(db)
        codes_of = rows.codes_of if has_sources else (lambda uuid: {})
        total = sum(db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                    for t in ("manhole", "gully", "pipe", "lateral")) or 1
        done = 0

        def tick():
            nonlocal done
            done += 1
            if done % 2000 == 0:
                if is_canceled is not None and is_canceled():
                    raise Cancelled()
                if progress is not None:
                    progress(100.0 * done / total)

        with etree.xmlfile(temp, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(f"{{{NS}}}Identifikation", nsmap={None: NS}):
                xf.write(_leaf("Version", VERSION))
                with xf.element(f"{{{NS}}}Datenkollektive"):
                    xf.write(_leaf("Datenstatus", "1"))
                    xf.write(_leaf("Erstellungsdatum", date.today().isoformat()))
                    xf.write(_kennungen(has_states))
                    with xf.element(f"{{{NS}}}Stammdatenkollektiv"):
                        xf.write(_leaf("Kennung", "STA01"))
                        for row in db.execute(
                                "SELECT uuid, object_code, node_kind, drainage, cover_level, "
                                "invert_level, depth, material, year_built, street, geom FROM "
                                "manhole ORDER BY object_code"):
                            xf.write(_manhole(row, codes_of(row[0])), pretty_print=True)
                            counts["manhole"] += 1
                            tick()
                        for row in db.execute("SELECT uuid, object_code, cover_level, street, "
                                              "geom FROM gully ORDER BY object_code"):
                            xf.write(_gully(row, codes_of(row[0])), pretty_print=True)
                            counts["gully"] += 1
                            tick()
                        for row in db.execute(
                                "SELECT p.uuid, p.object_code, a.object_code, b.object_code, "
                                "p.invert_from, p.invert_to, p.length, p.material, p.profile, "
                                "p.width_mm, p.height_mm, p.year_built, p.drainage, p.street, "
                                "p.geom FROM pipe p LEFT JOIN manhole a ON a.uuid = "
                                "p.from_manhole LEFT JOIN manhole b ON b.uuid = p.to_manhole "
                                "ORDER BY p.object_code"):
                            codes = codes_of(row[0])
                            xf.write(_edge(
                                row[1], codes, "0", row[2] or codes.get("KnotenZulauf"),
                                row[3] or codes.get("KnotenAblauf"),
                                (_fmt(row[4]), _fmt(row[5])), _fmt(row[6]), row[7], row[8],
                                row[9], row[10], row[11], row[12], row[13], row[14]),
                                pretty_print=True)
                            counts["pipe"] += 1
                            tick()
                        for row in db.execute(
                                "SELECT l.uuid, l.object_code, p.object_code, g.object_code, "
                                "l.width_mm, l.material, l.geom FROM lateral l LEFT JOIN pipe p "
                                "ON p.uuid = l.pipe LEFT JOIN gully g ON g.uuid = l.gully "
                                "ORDER BY l.object_code"):
                            codes = codes_of(row[0])
                            xf.write(_edge(
                                row[1], codes, "1", row[3] or codes.get("KnotenZulauf"),
                                codes.get("KnotenAblauf"),
                                (codes.get("SohlhoeheZulauf"), codes.get("SohlhoeheAblauf")),
                                codes.get("Laenge"), row[5], None, row[4], row[4],
                                codes.get("Baujahr"), codes.get("Entwaesserungsart"),
                                codes.get("Strassenname"), row[6], pipe_code=row[2]),
                                pretty_print=True)
                            counts["lateral"] += 1
                            tick()
                    if has_states:
                        with xf.element(f"{{{NS}}}Zustandsdatenkollektiv"):
                            xf.write(_leaf("Kennung", "ZUS01"))
                            row = first
                            while row is not None:
                                xf.write(_inspection(db, row), pretty_print=True)
                                counts["inspection"] += 1
                                row = inspections.fetchone()
                            for table, code, day, states in open_defects.groups:
                                xf.write(_inspected(table, code, day, None, states),
                                         pretty_print=True)
                    counts["defect"] = open_defects.written
                    counts["defect_skipped"] = open_defects.left_out
        os.replace(temp, output)
    finally:
        db.close()
        if os.path.exists(temp):
            os.unlink(temp)
    return counts


def _leaf(name, text):
    element = etree.Element(f"{{{NS}}}{name}", nsmap=_NSMAP)
    element.text = text
    return element


def _kennungen(with_states):
    kennungen = etree.Element(f"{{{NS}}}Kennungen", nsmap=_NSMAP)
    for kennung, art in (("STA01", "1"), ("ZUS01", "2"))[:2 if with_states else 1]:
        kollektiv = _el(kennungen, "Kollektiv")
        _sub(kollektiv, "Kennung", kennung)
        _sub(kollektiv, "Kollektivart", art)
    return kennungen
