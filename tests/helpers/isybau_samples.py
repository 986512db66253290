"""ISYBAU XML and DWA-M 150 samples written from each version's schema, one per geometry form.

The structure of each version is taken from its schema, not from another version's file:
- 2006 (`http://www.ofd-hannover.la/Identifikation`, Version 2006-10, Regelwerk 2): no
  public 0610 schema; 2006 files validate against the 2013 schema (2013 only added
  elements), so the 2013 structure without what 2013 added (CRSLage, CRSHoehe);
  Gauss-Krüger zone 4 as the 2006 files of other producers (no CRS element exists).
- 2013 (same namespace, 2013-02, Regelwerk 5): the official 1302-*.xsd (element order,
  required elements, Schacht with AnzahlDeckel/Abdeckung, CRSLage after Geometriedaten).
- 2017 (`http://www.bfr-abwasser.de`, 2017-07, Regelwerk 6): 1707-stammdaten.xsd (covers in
  Knoten/Abdeckungen/Deckel with Index, Punkt/Index); its Zustandsdaten part is not
  public, so the 2013 Zustandsdaten structure in the 2017 namespace.
- 2024 (2024-06, Regelwerk 7): no schema and no sample are public; the 2017 structure with
  the version and Regelwerk third-party notes give. Unverified.
- DWA-M 150 (04-2010): the DWA field catalogue (types A, B, D).

Geometry forms (STRUCTURE.md §2): ``punkte`` (nodes by PunktattributAbwasser: a Schacht
by SMP, one by DMP only, Anschlusspunkte by the point of their kind, a street gully, a
Bauwerk by KOP, one by ZLK), ``kanten`` (edges in Geometriedaten/Kanten/Kante: Haltungen,
a Leitung, a Rinne, a Gerinne), ``kanten_bogen`` (an arc by its centre, KMP, and one by a
point on it), ``polygone`` (edges as Polygonart 3, a Bauwerk drawn as an outline with a
hole and no point, one as a line), ``polygone_bogen`` (an arc in a Polygonart 3 edge and
in a Bauwerk's outline, the Mitte after the Ende as in the official 2017 sample). Plus
``zustand`` files (Bewertung with KlasseAutomatisch/KlasseManuell, classes per criterion
in Klassifizierung, inspections of a Haltung named like its upstream Schacht, a Leitung,
a Schacht and a Bauwerk). Haltungen carry the code of their upstream Schacht, as the
files of every producer seen do.

``python tests/isybau_samples.py`` writes them to tests/data/isybau/; a unit test checks
the committed files are what this module writes. Values are invented.
"""

import math
import os

NS_OLD = "http://www.ofd-hannover.la/Identifikation"  # 2006, 2013
NS_NEW = "http://www.bfr-abwasser.de"  # 2017, 2024
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/
OUT = os.path.join(HERE, "data", "isybau")

VERSIONS = {  # version: (namespace, <Version>, Regelwerk, CRS case)
    "2006": (NS_OLD, "2006-10", "2", "gk4"),
    "2013": (NS_OLD, "2013-02", "5", "utm_prefix"),
    "2017": (NS_NEW, "2017-07", "6", "utm_prefix"),
    "2024": (NS_NEW, "2024-06", "7", "utm_declared"),
}
FORMS = ("punkte", "kanten", "kanten_bogen", "polygone", "polygone_bogen")

# --- the site (UTM 32 without prefix; the CRS case rewrites it) --------------------------

SITE = {
    # code: (kind, x, y, cover, invert)
    "S1": ("Schacht", 598000.000, 5287000.000, 700.50, 698.20),
    "S2": ("Schacht", 598040.000, 5287030.000, 700.10, 697.90),
    "S3": ("Schacht", 598080.000, 5287000.000, 699.80, 697.50),
}
ARC_CENTRE = (598038.000, 5286991.000)  # centre of a circle through S1 and S2
ARC_POINT = (598016.000, 5287011.000)  # a point of the arc from SE1 to the Leitung's end
LATERAL_END = (598010.000, 5287007.500)  # on the Haltung S1 → S2
GULLY = ("SE1", 598020.000, 5287010.000, 700.30)
HOUSE = ("AP1", 598020.000, 5287040.000, 699.90, 700.40)  # Gebäudeanschluss, GOK
PUMP = ("B1", 598120.000, 5287000.000, 695.00, 700.00)  # Pumpwerk: KOP, SBD
PLANT = ("B2", 598200.000, 5286950.000, 694.00)  # Kläranlage by its Zulauf (ZLK)
BASIN_RING = [(598300.0, 5287000.0), (598320.0, 5287000.0), (598320.0, 5287020.0),
              (598300.0, 5287020.0)]
BASIN_HOLE = [(598305.0, 5287005.0), (598315.0, 5287005.0), (598315.0, 5287015.0),
              (598305.0, 5287015.0)]
SWALE_LINE = [(598400.0, 5287000.0), (598415.0, 5287005.0), (598430.0, 5287000.0)]

# UTM 32 → Gauss-Krüger zone 4 (EPSG:31468) near the site: a similarity fitted to GDAL's
# transformation (BETA2007) at twelve points, within 1 mm here.
_GK4 = (4373102.150928, 5289233.595058, 0.999739500, -0.0387558406)


def arc_length(a, b, centre):
    """Length of the shorter arc from a to b around centre."""
    radius = math.hypot(a[0] - centre[0], a[1] - centre[1])
    angle = abs(math.atan2(b[1] - centre[1], b[0] - centre[0]) -
                math.atan2(a[1] - centre[1], a[0] - centre[0]))
    return radius * min(angle, 2 * math.pi - angle)


def coord(x, y, crs):
    """Rechtswert, Hochwert as the CRS case writes them."""
    if crs == "gk4":
        c, d, a, b = _GK4
        dx, dy = x - 598000.0, y - 5287000.0
        return f"{c + a * dx - b * dy:.3f}", f"{d + b * dx + a * dy:.3f}"
    if crs == "utm_prefix":
        return f"32{x:.3f}", f"{y:.3f}"
    return f"{x:.3f}", f"{y:.3f}"


class Writer:
    """Text of one ISYBAU file, element by element, indented."""

    def __init__(self, version):
        self.year = version
        self.namespace, self.version, self.regelwerk, self.crs = VERSIONS[version]
        self.lines = []
        self.depth = 0

    def open(self, name):
        self.lines.append("  " * self.depth + f"<{name}>")
        self.depth += 1

    def close(self, name):
        self.depth -= 1
        self.lines.append("  " * self.depth + f"</{name}>")

    def leaf(self, name, value):
        if value is None:
            return
        self.lines.append("  " * self.depth + f"<{name}>{value}</{name}>")

    def point(self, tag, x, y, height, attribute, index=None):
        self.open(tag)
        if x is not None:
            rw, hw = coord(x, y, self.crs)
            self.leaf("Rechtswert", rw)
            self.leaf("Hochwert", hw)
        self.leaf("Punkthoehe", None if height is None else f"{height:.3f}")
        self.leaf("PunktattributAbwasser", attribute)
        if index is not None and self.year >= "2017":
            self.leaf("Index", index)
        self.close(tag)

    def segment(self, start, end, middle=None, attributes=("RAP", "RAP")):
        """A Kante of Kanten or Polygon: Start, Ende, then Mitte (the schema's order)."""
        self.open("Kante")
        self.point("Start", *start, attributes[0])
        self.point("Ende", *end, attributes[1])
        if middle is not None:
            self.point("Mitte", *middle)
        self.close("Kante")

    # --- objects ----------------------------------------------------------------------

    def anlage_head(self, code, art, status="0", year="1985", drainage="KS"):
        self.open("AbwassertechnischeAnlage")
        self.leaf("Objektbezeichnung", code)
        self.leaf("Objektart", art)
        self.leaf("Status", status)
        self.leaf("Baujahr", year)
        self.leaf("Entwaesserungsart", drainage)

    def lage(self):
        self.open("Lage")
        self.leaf("Strassenname", "Bahnhofstraße")
        self.close("Lage")

    def geometrie(self, kind, art):
        self.open("Geometrie")
        self.leaf("GeoObjektart", art)
        self.leaf("GeoObjekttyp", kind)
        self.open("Geometriedaten")

    def geometrie_end(self):
        self.close("Geometriedaten")
        if self.year >= "2013":
            self.leaf("CRSLage", "ETRS89_UTM32")
        self.close("Geometrie")
        self.close("AbwassertechnischeAnlage")

    def schacht(self, code, dmp_only=False, drainage="KS", material="B"):
        kind, x, y, cover, invert = SITE[code]
        self.anlage_head(code, "2", year="1979", drainage=drainage)
        self.open("Knoten")
        self.leaf("KnotenTyp", "0")
        self.open("Schacht")
        self.leaf("SchachtFunktion", "1")
        self.leaf("Schachttiefe", f"{cover - invert:.2f}")
        if self.year < "2017":
            self.leaf("AnzahlDeckel", "1")
            self.open("Abdeckung")
            self.leaf("Schmutzfaenger", "0")
            self.close("Abdeckung")
        self.open("Aufbau")
        self.leaf("MaterialAufbau", material)
        self.close("Aufbau")
        self.close("Schacht")
        if self.year >= "2017":
            self.open("Abdeckungen")
            self.open("Deckel")
            self.leaf("Index", "1")
            self.close("Deckel")
            self.close("Abdeckungen")
        self.close("Knoten")
        self.lage()
        self.geometrie("P", "1")
        self.open("Knoten")
        self.point("Punkt", x, y, cover, "DMP", index="1")
        if not dmp_only:
            self.point("Punkt", x, y, invert, "SMP")
        self.close("Knoten")
        self.geometrie_end()

    def anschlusspunkt(self, code, mark, x, y, height, ground):
        self.anlage_head(code, "2", year="1990", drainage="KR")
        self.open("Knoten")
        self.leaf("KnotenTyp", "1")
        self.open("Anschlusspunkt")
        self.leaf("Punktkennung", mark)
        self.close("Anschlusspunkt")
        self.close("Knoten")
        self.lage()
        self.geometrie("P", "10" if mark == "GA" else "12")
        self.open("Knoten")
        self.point("Punkt", x, y, height, mark)
        if ground is not None:
            self.point("Punkt", None, None, ground, "GOK")
        self.close("Knoten")
        self.geometrie_end()

    def bauwerk(self, code, bauwerkstyp, element, points=(), rings=(), line=None,
                arc=None, geo_kind="P"):
        self.anlage_head(code, "2", year="2001", drainage="KR")
        self.open("Knoten")
        self.leaf("KnotenTyp", "2")
        self.open("Bauwerk")
        self.leaf("Bauwerkstyp", bauwerkstyp)
        if element == "Versickerungsanlage":  # its kind and the element of that kind
            self.open(element)
            self.leaf("Versickerungsanlagetyp", "4")
            self.lines.append("  " * self.depth + "<Rohr_Rigole/>")
            self.close(element)
        else:
            self.lines.append("  " * self.depth + f"<{element}/>")
        self.close("Bauwerk")
        self.close("Knoten")
        self.lage()
        self.geometrie(geo_kind, "40")
        if points:
            self.open("Knoten")
            for x, y, height, attribute in points:
                self.point("Punkt", x, y, height, attribute)
            self.close("Knoten")
        if rings or line:
            self.open("Polygone")
            for art, ring in rings:
                self.open("Polygon")
                self.leaf("Polygonart", art)
                for n, (a, b) in enumerate(zip(ring, ring[1:] + ring[:1])):
                    middle = None
                    if arc is not None and art == "2" and n == 1:
                        middle = (*arc, None, "KMP")
                    self.segment((*a, None), (*b, None), middle, ("SBW", "SBW"))
                self.close("Polygon")
            if line:
                self.open("Polygon")
                self.leaf("Polygonart", "3")
                for a, b in zip(line, line[1:]):
                    self.segment((*a, None), (*b, None), None, ("SBW", "SBW"))
                self.close("Polygon")
            self.close("Polygone")
        self.geometrie_end()

    def kante(self, code, edge_type, start, end, inverts, length, segments, form,
              material="STZ", dn=300, joins=None, start_type="0", end_type="0"):
        """``segments``: [(start point, end point, middle or None)] with points (x, y,
        height, attribute); ``form``: "kanten" or "polygon"."""
        self.anlage_head(code, "1")
        self.open("Kante")
        self.leaf("KantenTyp", edge_type)
        self.leaf("KnotenZulauf", start)
        self.leaf("KnotenZulaufTyp", start_type)
        self.leaf("KnotenAblauf", end)
        self.leaf("KnotenAblaufTyp", end_type)
        self.leaf("SohlhoeheZulauf", f"{inverts[0]:.3f}")
        self.leaf("SohlhoeheAblauf", f"{inverts[1]:.3f}")
        self.leaf("Laenge", f"{length:.2f}")
        self.leaf("Material", material)
        self.open("Profil")
        self.leaf("SonderprofilVorhanden", "0")
        self.leaf("Profilart", "0")
        self.leaf("Profilbreite", dn)
        self.leaf("Profilhoehe", dn)
        self.close("Profil")
        part = {"0": "Haltung", "1": "Leitung", "2": "Rinne", "3": "Gerinne"}[edge_type]
        if part == "Haltung":
            self.open("Haltung")
            self.leaf("HaltungsFunktion", "1")
            self.close("Haltung")
        elif part == "Leitung":
            self.open("Leitung")
            self.leaf("LeitungsFunktion", "1")
            if joins:
                self.open("Anschlussdaten")
                self.leaf("Objektbezeichnung", joins)
                self.leaf("Kantentyp", "0")
                self.close("Anschlussdaten")
            self.close("Leitung")
        else:
            self.lines.append("  " * self.depth + f"<{part}/>")
        self.close("Kante")
        self.lage()
        self.geometrie("L", "4" if part == "Haltung" else "5")
        if form == "kanten":
            self.open("Kanten")
            for a, b, middle in segments:
                self.segment(a[:3], b[:3], middle, (a[3], b[3]))
            self.close("Kanten")
        else:
            self.open("Polygone")
            self.open("Polygon")
            self.leaf("Polygonart", "3")
            for a, b, middle in segments:
                self.segment(a[:3], b[:3], middle, (a[3], b[3]))
            self.close("Polygon")
            self.close("Polygone")
        self.geometrie_end()

    # --- the document -------------------------------------------------------------------

    def document(self, body, zustand=None):
        self.lines = []
        self.depth = 0
        encoding = "ISO-8859-1" if self.year < "2017" else "UTF-8"
        self.lines.append(f'<?xml version="1.0" encoding="{encoding}"?>')
        self.lines.append(f'<Identifikation xmlns="{self.namespace}">')
        self.depth = 1
        self.leaf("Version", self.version)
        self.open("Admindaten")
        if self.year < "2017":
            self.open("Liegenschaft")
            self.leaf("Liegenschaftsnummer", "0815")
            self.leaf("Liegenschaftsbezeichnung", "Musterstadt")
            self.close("Liegenschaft")
        else:
            self.open("Verwaltung")
            self.leaf("DienststelleVerwaltend", "Tiefbauamt")
            self.close("Verwaltung")
        if self.year >= "2013":
            self.open("Geometrie")
            self.leaf("CRSHoehe", "DE_DHHN2016_NH")
            self.close("Geometrie")
        self.close("Admindaten")
        self.open("Datenkollektive")
        self.leaf("Datenstatus", "1")
        self.leaf("Erstellungsdatum", "2024-03-01")
        self.open("Kennungen")
        kollektive = ([("STA01", "1")] if body else []) + ([("ZUS01", "2")] if zustand else [])
        for kennung, art in kollektive:
            self.open("Kollektiv")
            self.leaf("Kennung", kennung)
            self.leaf("Kollektivart", art)
            self.open("Kollektiveigenschaft")
            if art == "1":
                self.open("Stammdaten")
                for name, value in (("Stammdatentyp", "1"), ("Bautechnik", "1"),
                                    ("Geometrie", "1"), ("Sanierung", "0"), ("Umfeld", "0")):
                    self.leaf(name, value)
                self.close("Stammdaten")
            else:
                self.open("Zustandsdaten")
                for name, value in (("Inspektion", "1"), ("Dichtheit", "0"), ("Film", "0")):
                    self.leaf(name, value)
                self.close("Zustandsdaten")
            self.close("Kollektiveigenschaft")
            self.leaf("Regelwerk", self.regelwerk)
            self.leaf("Bearbeitungsstand", "2024-02-15")
            self.close("Kollektiv")
        self.close("Kennungen")
        if body:
            self.open("Stammdatenkollektiv")
            self.leaf("Kennung", "STA01")
            body(self)
            self.close("Stammdatenkollektiv")
        if zustand:
            self.open("Zustandsdatenkollektiv")
            self.leaf("Kennung", "ZUS01")
            zustand(self)
            self.close("Zustandsdatenkollektiv")
        self.close("Datenkollektive")
        self.lines.append("</Identifikation>")
        return "\n".join(self.lines) + "\n", encoding


# --- the forms ----------------------------------------------------------------------------

def _node(code, attribute="SMP", height=None):
    _, x, y, cover, invert = SITE[code]
    return (x, y, invert if height is None else height, attribute)


def _schaechte(w):
    for code in SITE:
        w.schacht(code)


def punkte(w):
    w.schacht("S1")
    w.schacht("S2", dmp_only=True)  # placed by its cover (DMP)
    w.schacht("S3")
    code, x, y, height, ground = HOUSE
    w.anschlusspunkt(code, "GA", x, y, height, ground)
    code, x, y, ground = GULLY
    w.anschlusspunkt(code, "SE", x, y, None, ground)
    code, x, y, bottom, cover = PUMP
    w.bauwerk(code, "1", "Pumpwerk", points=[(x, y, cover, "SBD"), (x, y, bottom, "KOP")])
    code, x, y, height = PLANT
    w.bauwerk(code, "4", "Klaeranlage", points=[(x, y, height, "ZLK")])


def _haltungen(w, form, arc=False):
    s1, s2, s3 = _node("S1"), _node("S2"), _node("S3")
    if form == "kanten":
        first = [(s1, s2, (*ARC_CENTRE, None, "KMP") if arc else None)]
    else:  # a kink, or an arc between Start and Ende of its second segment
        kink = (598025.000, 5287010.000, None, "LHP")
        first = [(s1, kink, None), (kink, s2, None)] if not arc else [(s1, s2, (*ARC_CENTRE,
                                                                               None, "KMP"))]
    length = 50.0
    if arc:
        length = arc_length(s1, s2, ARC_CENTRE)
    elif form != "kanten":
        length = math.hypot(25, 10) + math.hypot(15, 20)
    w.kante("S1", "0", "S1", "S2", (698.20, 697.95), length, first, form)
    w.kante("S2", "0", "S2", "S3", (697.90, 697.55), 50.0, [(s2, s3, None)], form, "B", 400)


def _leitung(w, form, arc=False):
    gully = (GULLY[1], GULLY[2], 699.10, "SE")
    end = (*LATERAL_END, 698.60, "RAP")
    middle = (*ARC_POINT, None, "LHP") if arc else None
    length = math.hypot(end[0] - gully[0], end[1] - gully[1])
    w.kante("SE1", "1", "SE1", "S1", (699.10, 698.60), length * (1.05 if arc else 1.0),
            [(gully, end, middle)], form, "PVCU", 150, joins="S1", start_type="1")


def _gully_and_house(w):
    code, x, y, height, ground = HOUSE
    w.anschlusspunkt(code, "GA", x, y, height, ground)
    code, x, y, ground = GULLY
    w.anschlusspunkt(code, "SE", x, y, None, ground)


def kanten(w):
    _schaechte(w)
    _gully_and_house(w)
    code, x, y, bottom, cover = PUMP
    w.bauwerk(code, "1", "Pumpwerk", points=[(x, y, cover, "SBD"), (x, y, bottom, "KOP")])
    _haltungen(w, "kanten")
    _leitung(w, "kanten")
    house = (HOUSE[1], HOUSE[2], HOUSE[3], "GA")
    w.kante("AP1", "2", "AP1", "S2", (699.90, 699.00), 10.0,
            [(house, (598040.0, 5287030.0, 699.00, "ZG"), None)], "kanten", "B", 200,
            start_type="1")  # a Rinne from the house to the Schacht
    s3 = _node("S3")
    w.kante("S3", "3", "S3", "B1", (697.50, 695.50), 40.0,
            [(s3, (PUMP[1], PUMP[2], 695.50, "KOP"), None)], "kanten", "B", 500,
            end_type="2")  # a Gerinne into the Pumpwerk


def kanten_bogen(w):
    _schaechte(w)
    _gully_and_house(w)
    _haltungen(w, "kanten", arc=True)
    _leitung(w, "kanten", arc=True)


def polygone(w):
    _schaechte(w)
    _gully_and_house(w)
    _haltungen(w, "polygon")
    _leitung(w, "polygon")
    w.bauwerk("B3", "2", "Becken", rings=[("2", BASIN_RING), ("1", BASIN_HOLE)],
              geo_kind="F")  # drawn as an area only: placed on its outline
    w.bauwerk("B4", "12", "Versickerungsanlage", line=SWALE_LINE,
              geo_kind="L")  # a Rigole drawn as a line only


def polygone_bogen(w):
    _schaechte(w)
    _gully_and_house(w)
    _haltungen(w, "polygon", arc=True)
    code, x, y, bottom, cover = PUMP
    ring = [(x - 5, y - 5), (x + 5, y - 5), (x + 5, y + 5), (x - 5, y + 5)]
    w.bauwerk(code, "1", "Pumpwerk", points=[(x, y, cover, "SBD"), (x, y, bottom, "KOP")],
              rings=[("2", ring)], arc=(x + 5, y), geo_kind="F")


# --- Zustandsdaten ---------------------------------------------------------------------------

def _auftraege(w):
    w.open("Auftraege")
    w.open("Auftrag")
    w.leaf("Auftragsbezeichnung", "Kanal-TV 2023")
    w.leaf("Auftragskennung", "1")
    w.leaf("Auftragsart", "1")
    w.leaf("Kodiersystem", "10")
    w.close("Auftrag")
    w.close("Auftraege")


def _klassifizierung(w, criteria, max_score, max_class):
    w.open("Klassifizierung")
    for criterion, letter, (v_auto, v_manu, sz_v, sz_e, e_auto) in criteria:
        w.open(criterion)
        w.leaf(f"SK{letter}vAuto", v_auto)
        w.leaf(f"SK{letter}vManu", v_manu)
        w.leaf(f"SZ{letter}vAuto", sz_v)
        w.leaf(f"SZ{letter}eAuto", sz_e)
        w.leaf(f"SK{letter}eAuto", e_auto)
        w.close(criterion)
    w.leaf("MaxSZeAuto", max_score)
    w.leaf("MaxSKeAuto", max_class)
    w.close("Klassifizierung")


def _bewertung(w, automatic, manual, score):
    w.open("Bewertung")
    w.leaf("Bewertungsverfahren", "1")
    w.leaf("Bewertungsdatum", "2023-06-01")
    w.leaf("ZahlVorlaeufig", score - 20)
    w.leaf("Zusatzpunkte", "20")
    w.leaf("ZahlEndgueltig", score)
    w.leaf("KlasseAutomatisch", automatic)
    w.leaf("KlasseManuell", manual)
    w.close("Bewertung")


def _rzustand(w, station, code, c1=None, c2=None, q1=None, clock=None, classes=None):
    w.open("RZustand")
    w.leaf("Station", f"{station:.2f}")
    w.leaf("Videozaehler", int(station * 100))
    w.leaf("InspektionsKode", code)
    w.leaf("Charakterisierung1", c1)
    w.leaf("Charakterisierung2", c2)
    w.leaf("Quantifizierung1Numerisch", q1)
    if clock:
        w.leaf("PositionVon", clock[0])
        w.leaf("PositionBis", clock[1])
    if classes:
        _klassifizierung(w, *classes)
    w.close("RZustand")


def _inspected(w, code, anlagentyp, date):
    w.open("InspizierteAbwassertechnischeAnlage")
    w.leaf("Objektbezeichnung", code)
    w.leaf("Anlagentyp", anlagentyp)
    w.open("OptischeInspektion")
    w.leaf("Auftragskennung", "1")
    w.leaf("Inspektionsdatum", date)


def _inspected_end(w):
    w.close("OptischeInspektion")
    w.close("InspizierteAbwassertechnischeAnlage")


def zustand(w):
    _auftraege(w)
    # The Haltung S1 (named like its upstream Schacht S1): a crack and a root intrusion,
    # classified per criterion; evaluated automatically as 3, set to 4 by hand.
    _inspected(w, "S1", "1", "2023-05-04")
    w.open("Rohrleitung")
    w.leaf("Rohrleitungstyp", "0")
    w.leaf("Inspektionsrichtung", "O")
    w.open("Inspektionsdaten")
    _rzustand(w, 0.0, "BCD", "XP")
    _rzustand(w, 12.4, "BAB", "B", "A", "2", ("02", "04"), (
        [("Dichtheit", "D", ("3", "3", "200", "185", "2")),
         ("Standsicherheit", "S", ("2", None, "120", "140", "3"))], "185", "3"))
    _rzustand(w, 30.1, "BBA", "C", "A", "10", ("06", "06"), (
        [("Betriebssicherheit", "B", ("3", None, "210", "230", "4"))], "230", "4"))
    _rzustand(w, 50.0, "BDC", "A")
    w.close("Inspektionsdaten")
    _bewertung(w, "3", "4", 254)
    w.close("Rohrleitung")
    _inspected_end(w)
    # The Leitung SE1 (Anschlussleitung): evaluated automatically only.
    _inspected(w, "SE1", "2", "2023-05-04")
    w.open("Rohrleitung")
    w.leaf("Rohrleitungstyp", "1")
    w.leaf("Inspektionsrichtung", "U")
    w.open("Inspektionsdaten")
    _rzustand(w, 0.0, "BCD", "XP")
    _rzustand(w, 3.2, "BAJ", "B", None, "15", None, (
        [("Dichtheit", "D", ("2", None, "100", "100", "2"))], "100", "2"))
    w.close("Inspektionsdaten")
    w.open("Bewertung")
    w.leaf("Bewertungsverfahren", "1")
    w.leaf("ZahlEndgueltig", "100")
    w.leaf("KlasseAutomatisch", "2")
    w.close("Bewertung")
    w.close("Rohrleitung")
    _inspected_end(w)
    # The Schacht S1.
    _inspected(w, "S1", "3", "2023-05-05")
    w.open("Knoten")
    w.open("Inspektionsdaten")
    w.open("KZustand")
    w.leaf("VertikaleLage", "0.00")
    w.leaf("InspektionsKode", "DDB")
    w.close("KZustand")
    w.open("KZustand")
    w.leaf("VertikaleLage", "1.20")
    w.leaf("InspektionsKode", "DAC")
    w.leaf("Charakterisierung1", "A")
    w.leaf("Schachtbereich", "J")
    _klassifizierung(w, [("Standsicherheit", "S", ("1", "2", "60", "60", "1"))], "60", "1")
    w.close("KZustand")
    w.close("Inspektionsdaten")
    _bewertung(w, "1", "1", 80)
    w.close("Knoten")
    _inspected_end(w)
    # The Bauwerk B1: its condition described in words.
    _inspected(w, "B1", "4", "2023-05-06")
    w.open("Bauwerk")
    w.leaf("Bauwerktyp", "1")
    w.open("Inspektionsdaten")
    w.open("BZustand")
    w.leaf("Zustandsbeschreibung", "Pumpensumpf verschlammt, Steigeisen korrodiert.")
    w.close("BZustand")
    w.close("Inspektionsdaten")
    w.close("Bauwerk")
    _inspected_end(w)


def zustand_stamm(w):
    _schaechte(w)
    _gully_and_house(w)
    code, x, y, bottom, cover = PUMP
    w.bauwerk(code, "1", "Pumpwerk", points=[(x, y, cover, "SBD"), (x, y, bottom, "KOP")])
    _haltungen(w, "kanten" if w.year < "2017" else "polygon")
    _leitung(w, "kanten" if w.year < "2017" else "polygon")


# --- DWA-M 150 ------------------------------------------------------------------------------

def _m150(records, format_type):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<DATA>", "  <FD>",
             "    <FD001>04-2010</FD001>", f"    <FD002>{format_type}</FD002>", "  </FD>"]

    def put(name, content, depth):
        pad = "  " * depth
        if isinstance(content, list):
            lines.append(f"{pad}<{name}>")
            for child_name, child in content:
                put(child_name, child, depth + 1)
            lines.append(f"{pad}</{name}>")
        elif content == "":
            lines.append(f"{pad}<{name}/>")  # an empty element: says nothing
        else:
            lines.append(f"{pad}<{name}>{content}</{name}>")

    for name, content in records:
        put(name, content, 1)
    lines.append("</DATA>")
    return "\n".join(lines) + "\n"


def _gp(name, x, y, height, system, comma=False, arc=None):
    if system == "GK":
        rw, hw = coord(x, y, "gk4")
        fields = [("GP001", name), ("GP002", "GK"), ("GP003", rw), ("GP004", hw)]
    else:
        fields = [("GP001", name), ("GP002", "UTM"), ("GP005", f"{x:.3f}"),
                  ("GP006", f"{y:.3f}")]
    if height is not None:
        fields.append(("GP007", f"{height:.3f}"))
    fields += [("GP008", "1"), ("GP010", "NHN")]
    if arc:
        fields.append(("GP101", arc))
    if comma:
        fields = [(k, v.replace(".", ",") if k in ("GP003", "GP004", "GP007") else v)
                  for k, v in fields]
    return ("GP", fields)


def _kg(code, kind, x, y, cover, invert, system, comma=False, extra=(), inspections=()):
    fields = [("KG001", code), ("KG002", ""), ("KG102", "Bahnhofstraße"), ("KG211",
                                                                           f"{cover - invert:.3f}"
                                                                           if invert else ""),
              ("KG302", "S"), ("KG304", "B"), ("KG305", kind)] + list(extra)
    if comma:
        fields = [(k, v.replace(".", ",") if k == "KG211" else v) for k, v in fields]
    gos = [("GO", [("GO001", f"{code}-DMP-1"), ("GO002", "D"), ("GO003", "Pkt"),
                   _gp("DMP-1", x, y, cover, system, comma)])]
    if invert is not None:
        gos.append(("GO", [("GO001", f"{code}-SMP-1"), ("GO002", "B"), ("GO003", "Pkt"),
                           _gp("SMP-1", x, y, invert, system, comma)]))
    return ("KG", fields + gos + list(inspections))


def _hg(code, start, end, points, system, comma=False, kind="A", extra=(), inspections=(),
        material="STZ", dn="300", length="50.000"):
    fields = [("HG001", code), ("HG002", ""), ("HG003", start), ("HG004", end),
              ("HG102", "Bahnhofstraße"), ("HG302", "S"), ("HG304", material),
              ("HG305", "0"), ("HG306", dn), ("HG307", dn),
              ("HG310", length.replace(".", ",") if comma else length), ("HG313", kind)]
    fields += list(extra)
    gps = [_gp(name, x, y, h, system, comma, arc) for name, x, y, h, arc in points]
    go = ("GO", [("GO001", f"{code}-HALTUNG-1"), ("GO002", "H"), ("GO003", "L")] + gps)
    return ("HG", fields + [go] + list(inspections))


def m150_gk_komma():
    """Type A (master data only), Gauss-Krüger zone 4 in GP003/GP004, decimal commas."""
    records = []
    for code, (_, x, y, cover, invert) in SITE.items():
        records.append(_kg(code, "S", x, y, cover, invert, "GK", comma=True))
    s1, s2, s3 = (SITE[c][1:3] for c in ("S1", "S2", "S3"))
    records.append(_hg("S1", "S1", "S2", [("RAPZ-1", *s1, 698.20, None),
                                          ("RAPA-2", *s2, 697.95, None)], "GK", comma=True))
    records.append(_hg("S2", "S2", "S3", [("RAPZ-1", *s2, 697.90, None),
                                          ("RAPA-2", *s3, 697.55, None)], "GK", comma=True,
                       material="B", dn="400"))
    return _m150(records, "A")


def _hi(date, rows, extra=()):
    fields = [("HI001", "Stadt Musterstadt"), ("HI005", "EN13508"), ("HI101", "O"),
              ("HI104", date)] + list(extra)
    return ("HI", fields + [("HZ", row) for row in rows])


def m150_utm_typ_b():
    """Type B: UTM (GP002 UTM, GP005/GP006), a street gully (Knotenart A, Bauwerksart RSA),
    an Anschlusspunkt and a Bauwerk, a lateral (Haltungsart B joining its Haltung in
    HG005/HG006), an arc (GP101 M: the centre), empty elements; inspections HI/HZ, KI/KZ."""
    records = []
    for code, (_, x, y, cover, invert) in SITE.items():
        inspections = ()
        if code == "S2":
            inspections = [("KI", [("KI001", "Stadt Musterstadt"), ("KI005", "EN13508"),
                                   ("KI104", "2023-05-05"),
                                   ("KZ", [("KZ001", "0.00"), ("KZ002", "DDB")]),
                                   ("KZ", [("KZ001", "1.20"), ("KZ002", "DAC"),
                                           ("KZ014", "A"), ("KZ010", "Deckel gebrochen")])])]
        records.append(_kg(code, "S", x, y, cover, invert, "UTM", inspections=inspections))
    code, x, y, ground = GULLY
    records.append(_kg(code, "A", x, y, ground, None, "UTM", extra=[("KG306", "RSA")]))
    code, x, y, height, ground = HOUSE
    records.append(_kg(code, "A", x, y, ground, height, "UTM", extra=[("KG306", "AP")]))
    code, x, y, bottom, cover = PUMP
    records.append(_kg(code, "B", x, y, cover, bottom, "UTM", extra=[("KG306", "ZPW")]))
    s1, s2, s3 = (SITE[c][1:3] for c in ("S1", "S2", "S3"))
    inspection = _hi("2023-05-04", [
        [("HZ001", "0.0"), ("HZ002", "BCD"), ("HZ014", "XP")],
        [("HZ001", "12.4"), ("HZ002", "BAB"), ("HZ014", "B"), ("HZ015", "A"), ("HZ003", "2.0"),
         ("HZ006", "02"), ("HZ007", "04"), ("HZ010", "Riss, längs")],
        [("HZ001", "50.0"), ("HZ002", "BDC"), ("HZ014", "A"), ("HZ999", "")]])
    records.append(_hg("S1", "S1", "S2", [("RAPZ-1", *s1, 698.20, None),
                                          ("M-1", *ARC_CENTRE, None, "M"),
                                          ("RAPA-2", *s2, 697.95, None)], "UTM",
                       inspections=[inspection],
                       length=f"{arc_length(s1, s2, ARC_CENTRE):.3f}"))
    records.append(_hg("S2", "S2", "S3", [("RAPZ-1", *s2, 697.90, None),
                                          ("RAPA-2", *s3, 697.55, None)], "UTM",
                       material="B", dn="400"))
    records.append(_hg("SE1", "SE1", "", [("RAPZ-1", GULLY[1], GULLY[2], 699.10, None),
                                          ("RAPA-2", *LATERAL_END, 698.60, None)], "UTM",
                       kind="B", material="PVC", dn="150", length="10.308",
                       extra=[("HG005", "S1"), ("HG006", "H"), ("HG007", "12.50")]))
    return _m150(records, "B")


def m150_typ_d_klassen():
    """Type D: classes per criterion of each Zustand (HZ206-208, DWA-M 149-3: 0 worst … 5
    no defect), the inspection's class (HI216) and points (HI215)."""
    records = []
    for code, (_, x, y, cover, invert) in SITE.items():
        records.append(_kg(code, "S", x, y, cover, invert, "UTM", extra=[("KG303", "1979")]))
    s1, s2 = (SITE[c][1:3] for c in ("S1", "S2"))
    inspection = _hi("2023-05-04", [
        [("HZ001", "0.0"), ("HZ002", "BCD"), ("HZ014", "XP")],
        [("HZ001", "12.4"), ("HZ002", "BAB"), ("HZ014", "B"), ("HZ015", "A"),
         ("HZ206", "2"), ("HZ207", "3")],
        [("HZ001", "30.1"), ("HZ002", "BBA"), ("HZ014", "C"), ("HZ208", "1")]],
        extra=[("HI204", "2023-06-01"), ("HI206", "2"), ("HI207", "3"), ("HI208", "1"),
               ("HI215", "254"), ("HI216", "1")])
    records.append(_hg("S1", "S1", "S2", [("RAPZ-1", *s1, 698.20, None),
                                          ("RAPA-2", *s2, 697.95, None)], "UTM",
                       extra=[("HG303", "1985")], inspections=[inspection]))
    return _m150(records, "D")


# --- a small street, built in code for the tests that vary it --------------------------------
# Three Schächte, two Haltungen H1 and H2, a Straßenablauf SE1 with its Leitung L1 to H1,
# and (``zustand``) inspections of H1 and S2: in any version's structure (from its
# schema), with nodes, pipes and extra objects as a test wants them.

NODES = [
    # code, kind, x, y, cover, invert
    ("S1", "Schacht", 598000.00, 5287000.00, 700.50, 698.20),
    ("S2", "Schacht", 598040.00, 5287030.00, 700.10, 697.90),
    ("S3", "Schacht", 598080.00, 5287000.00, 699.80, 697.50),
]
PIPES = [
    # code, from, to, invert_from, invert_to, length, material, DN
    ("H1", "S1", "S2", 698.20, 697.95, 50.0, "STZ", 300),
    ("H2", "S2", "S3", 697.90, 697.55, 50.0, "B", 400),
]
_YEARS = {"2006": "2006", "2013": "2013", "2017": "2017", "2024": "2024"}


def _writer(version, namespace=None, crs=None):
    year = version[:4] if version[:4] in _YEARS else ("2017" if namespace == NS_NEW else "2013")
    w = Writer(year)
    w.version = version
    if namespace:
        w.namespace = namespace
    if crs:
        w.crs = crs
    return w


def _fragment(build, version="2017-07", crs="utm_prefix"):
    w = _writer(version, crs=crs)
    w.lines, w.depth = [], 3
    build(w)
    return "\n" + "\n".join(w.lines)


def node_xml(code, x, y, cover, invert, crs, drainage="KS", material="B", node_type="0",
             version="2017-07"):
    """One Schacht (DMP and SMP) as its version's schema has it."""
    def build(w):
        before = SITE.get(code)
        SITE[code] = ("Schacht", x, y, cover, invert)
        try:
            w.schacht(code, drainage=drainage, material=material)
        finally:  # the site of the samples stays as it is
            if before is None:
                del SITE[code]
            else:
                SITE[code] = before
    return _fragment(build, version, crs)


def pipe_xml(code, start, end, invert_from, invert_to, length, material, dn, crs, points,
             edge_type="0", joins=None, version="2017-07", form="polygon", start_type="0"):
    """One Kante along ``points`` (RAP at both ends)."""
    def build(w):
        corners = [(x, y, None, "LHP") for x, y in points]
        corners[0] = (*points[0], None, "RAP")
        corners[-1] = (*points[-1], None, "RAP")
        segments = [(a, b, None) for a, b in zip(corners, corners[1:])]
        w.kante(code, edge_type, start, end, (invert_from, invert_to), length, segments, form,
                material, dn, joins=joins, start_type=start_type)
    return _fragment(build, version, crs)


def gully_xml(crs, version="2017-07"):
    code, x, y, ground = GULLY
    return _fragment(lambda w: w.anschlusspunkt(code, "SE", x, y, None, ground), version, crs)


def _legacy_zustand(w):
    _auftraege(w)
    _inspected(w, "H1", "1", "2021-05-04")
    w.open("Rohrleitung")
    w.leaf("Rohrleitungstyp", "0")
    w.leaf("Inspektionsrichtung", "O")
    w.open("Inspektionsdaten")
    _rzustand(w, 0.0, "BCD", "XP")
    _rzustand(w, 12.4, "BAB", "B", "A", None, ("02", "04"), ([], None, "3"))
    _rzustand(w, 50.0, "BDC", None, None, None, None, ([], None, "1"))
    w.close("Inspektionsdaten")
    w.close("Rohrleitung")
    _inspected_end(w)
    _inspected(w, "S2", "3", "2021-05-04")
    w.open("Knoten")
    w.open("Inspektionsdaten")
    w.open("KZustand")
    w.leaf("VertikaleLage", "1.20")
    w.leaf("InspektionsKode", "DAC")
    _klassifizierung(w, [], None, "2")
    w.close("KZustand")
    w.close("Inspektionsdaten")
    w.close("Knoten")
    _inspected_end(w)


def isybau_file(version="2017-07", namespace=NS_NEW, crs="utm_prefix", nodes=None, pipes=None,
                extra_objects="", zustand=True, crs_name=None, encoding="UTF-8"):
    """The small street (NODES, PIPES, SE1 with L1 to H1, inspections of H1 and S2) as a
    file of ``version`` in its schema's structure; ``extra_objects``: more
    AbwassertechnischeAnlage text (node_xml, pipe_xml); ``crs_name``: a CRSLage for every
    object instead of ETRS89_UTM32."""
    nodes = NODES if nodes is None else nodes
    pipes = PIPES if pipes is None else pipes
    positions = {n[0]: (n[2], n[3]) for n in NODES + list(nodes)}
    w = _writer(version, namespace, crs)
    form = "polygon" if w.year >= "2017" else "kanten"

    def body(w):
        for code, _, x, y, cover, invert in nodes:
            w.lines.append(node_xml(code, x, y, cover, invert, crs, version=version)[1:])
        w.lines.append(gully_xml(crs, version)[1:])
        for code, a, b, i1, i2, length, material, dn in pipes:
            points = [positions.get(a, (598000.0, 5287000.0)),
                      positions.get(b, (598040.0, 5287030.0))]
            w.lines.append(pipe_xml(code, a, b, i1, i2, length, material, dn, crs, points,
                                    version=version, form=form)[1:])
        w.lines.append(pipe_xml("L1", "SE1", "S2", 699.10, 698.60, 25.0, "PVCU", 150, crs,
                                [(598020.0, 5287010.0), (598030.0, 5287020.0),
                                 (598040.0, 5287030.0)], edge_type="1", joins="H1",
                                version=version, form=form, start_type="1")[1:])
        if extra_objects:
            w.lines.append(extra_objects.lstrip("\n"))

    text, _ = w.document(body, _legacy_zustand if zustand else None)
    text = text.replace(f'encoding="{"ISO-8859-1" if w.year < "2017" else "UTF-8"}"',
                        f'encoding="{encoding}"', 1)
    if crs_name:
        text = text.replace("<CRSLage>ETRS89_UTM32</CRSLage>", f"<CRSLage>{crs_name}</CRSLage>")
    return text


# --- all of them -----------------------------------------------------------------------------

FORM_BODIES = {"punkte": punkte, "kanten": kanten, "kanten_bogen": kanten_bogen,
               "polygone": polygone, "polygone_bogen": polygone_bogen}


def samples():
    """{file name: (text, encoding)} of every sample."""
    found = {}
    for version in VERSIONS:
        for form in FORMS:
            found[f"isybau_{version}_{form}.xml"] = Writer(version).document(FORM_BODIES[form])
    for version in ("2013", "2017"):
        found[f"isybau_{version}_zustand_bewertet.xml"] = Writer(version).document(
            zustand_stamm, zustand)
    for name, make in (("m150_gk_komma.xml", m150_gk_komma),
                       ("m150_utm_typ_b.xml", m150_utm_typ_b),
                       ("m150_typ_d_klassen.xml", m150_typ_d_klassen)):
        found[name] = (make(), "UTF-8")
    return found


def sample_path(name):
    return os.path.join(OUT, name)


def write(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)
    return str(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (text, encoding) in samples().items():
        write(os.path.join(OUT, name), text, encoding)
        print("wrote", name)


# Hostile files: an importer must refuse entity tricks (billion laughs, external entities).
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<Identifikation xmlns="http://www.bfr-abwasser.de"><Version>&lol4;</Version></Identifikation>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE Identifikation [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Identifikation xmlns="http://www.bfr-abwasser.de"><Datenkollektive><Stammdatenkollektiv>
<AbwassertechnischeAnlage><Objektbezeichnung>&secret;</Objektbezeichnung>
</AbwassertechnischeAnlage></Stammdatenkollektiv></Datenkollektive></Identifikation>
"""


if __name__ == "__main__":
    main()
