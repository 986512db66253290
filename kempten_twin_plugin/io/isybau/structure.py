"""The structure of an ISYBAU XML file, per version, as our own rules (for ``validate``).

Written by reading the official schemas where a public copy exists: the complete 2013
set (1302-*.xsd) and the 2017 Stammdaten part (1707-stammdaten.xsd); we do not ship
those files (their copies carry no licence). The rules cover what an import reads and
what commonly goes wrong: the document frame (Identifikation, Datenkollektive,
Kennungen), the object (AbwassertechnischeAnlage with Knoten or Kante), its geometry
(Geometrie, Geometriedaten: Knoten/Punkt, Kanten/Kante, Polygone/Polygon, Start, Ende,
Mitte), and the condition data (Zustandsdatenkollektiv, InspizierteAbwassertechnische-
Anlage, OptischeInspektion, RZustand, KZustand, BZustand, Klassifizierung, Bewertung):
element order and number, required elements, value types and the code lists an import
interprets. Everything else (Schacht details, Bauwerk kinds, Hydraulikdaten …) is "open":
its content is not checked.

Versions: 2006 validates against the 2013 schema (2013 only added elements); 2017 moved
the covers (Knoten/Abdeckungen, Punkt/Index) and added elements at the end of the
object; for 2024 no schema is public, so unknown elements there are warnings, not errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple, Union

OPEN = "*"  # any content


@dataclass(frozen=True)
class E:
    """An element particle: name, its type (a key of TYPES, a simple type, or OPEN)."""

    name: str
    type: str = "string"
    min: int = 0
    max: Optional[int] = 1  # None: unbounded


@dataclass(frozen=True)
class C:
    """A choice of elements."""

    options: Tuple[E, ...]
    min: int = 1
    max: Optional[int] = 1


Particle = Union[E, C]


@dataclass
class ComplexType:
    particles: Tuple[Particle, ...]
    open: bool = False  # unknown children allowed, order not checked
    names: Dict[str, Tuple[int, E]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, particle in enumerate(self.particles):
            for element in (particle.options if isinstance(particle, C) else (particle,)):
                self.names.setdefault(element.name, (index, element))


def R(name: str, type: str = "string") -> E:  # reads like the schema: required
    return E(name, type, 1, 1)


def N(name: str, type: str = OPEN, least: int = 0) -> E:  # any number of
    return E(name, type, least, None)


# --- simple types: (kind, argument) ------------------------------------------------------

PUNKTATTRIBUT = ("DMP", "SMP", "RAP", "LHP", "AP", "NN", "ER", "GA", "RR", "SE", "SBD", "SBW",
                 "KOP", "FLP", "ZLK", "KP", "HP", "GOK", "KMP", "PAU", "AV", "RV", "EG", "BA",
                 "ZG", "DR", "GP")
PUNKTKENNUNG = ("AP", "ER", "GA", "RR", "SE", "NN", "AV", "RV", "EG", "BA", "ZG", "DR", "GP")
ENTWAESSERUNGSART = ("KR", "KS", "KM", "KW", "DR", "DS", "DM", "GR", "GS", "GM", "GW")

SIMPLE = {
    "string": ("string", None),
    "string5": ("string", 5),
    "string10": ("string", 10),
    "string30": ("string", 30),
    "string100": ("string", 100),
    "decimal": ("decimal", None),
    "integer": ("integer", None),
    "boolean": ("boolean", None),
    "date": ("date", None),
    "time": ("time", None),
    "gYear": ("gYear", None),
    "gYearMonth": ("gYearMonth", None),
    "class": ("range", (0, 5)),
    "Objektart": ("enum", ("1", "2")),
    "Profilart": ("integer", None),
    "Knotentyp": ("enum", ("0", "1", "2")),
    "Kantentyp": ("enum", ("0", "1", "2", "3")),
    "Polygonart": ("enum", ("1", "2", "3")),
    "Status": ("enum", tuple(str(n) for n in range(7))),
    "Entwaesserungsart": ("enum", ENTWAESSERUNGSART),
    "GeoObjekttyp": ("enum", ("P", "L", "F")),
    "Lagegenauigkeitsklasse": ("enum", ("OGL1", "OGL2", "OGL3")),
    "Hoehengenauigkeitsklasse": ("enum", ("OGH1", "OGH2", "OGH3")),
    "Kollektivart": ("enum", ("1", "2", "3", "4", "5")),
    "Datenstatus": ("enum", tuple(str(n) for n in range(1, 9))),
    "Regelwerk": ("enum", ("1", "2", "3", "4", "5")),
    "PunktattributAbwasser": ("enum", PUNKTATTRIBUT),
    "Punktkennung": ("enum", PUNKTKENNUNG),
    "Stufe": ("range", (0, 9)),
    "Anlagentyp": ("enum", ("1", "2", "3", "4")),
    "Rohrleitungstyp": ("enum", ("0", "1")),
    "Inspektionsrichtung": ("enum", ("O", "U")),
    "Bauwerkstyp": ("range", (1, 13)),
}

_VIDEO = C((E("Timecode", "integer"), E("Frame", "integer"), E("Videozaehler", "integer"),
            E("Parameter")))
_VIDEO_OPTIONAL = C(_VIDEO.options, 0, 1)


def _criterion(letter):
    return ComplexType((R(f"SK{letter}vAuto", "class"), E(f"SK{letter}vManu", "class"),
                        R(f"SZ{letter}vAuto", "integer"), R(f"SZ{letter}eAuto", "integer"),
                        R(f"SK{letter}eAuto", "class")))


def _state_tail():
    return (E("Fotodatei"), E("FotoSpeichermedium"), E("Fotonummer"), E("Kommentar"),
            E("Klassifizierung", "Klassifizierung"), E("Gruppe", "integer"))


_QUANTITIES = (C((E("Quantifizierung1Numerisch", "decimal"), E("Quantifizierung1Text")), 0, 1),
               C((E("Quantifizierung2Numerisch", "decimal"), E("Quantifizierung2Text")), 0, 1))

# The 2013 rules; ``types_for`` derives the other versions from them.
TYPES_2013 = {
    "Identifikation": ComplexType((R("Version", "gYearMonth"), R("Admindaten", OPEN),
                                   R("Datenkollektive", "Datenkollektive"))),
    "Datenkollektive": ComplexType((
        R("Datenstatus", "Datenstatus"), R("Erstellungsdatum", "date"), E("Kommentar"),
        R("Kennungen", "Kennungen"), N("Stammdatenkollektiv", "Stammdatenkollektiv"),
        N("Zustandsdatenkollektiv", "Zustandsdatenkollektiv"), N("Hydraulikdatenkollektiv"),
        N("Betriebsdatenkollektiv"))),
    "Kennungen": ComplexType((N("Kollektiv", "Kollektiv", 1),)),
    "Kollektiv": ComplexType((R("Kennung"), R("Kollektivart", "Kollektivart"),
                              R("Kollektiveigenschaft", OPEN), R("Regelwerk", "Regelwerk"),
                              R("Bearbeitungsstand", "date"), E("Kommentar"))),
    "Stammdatenkollektiv": ComplexType((
        R("Kennung", "string5"), E("Beschreibung", "string100"), E("Auftraege", OPEN),
        N("AbwassertechnischeAnlage", "AbwassertechnischeAnlage", 1), E("Umfelder", OPEN))),
    "AbwassertechnischeAnlage": ComplexType((
        R("Objektbezeichnung", "string30"), R("Objektart", "Objektart"),
        E("AlteObjektbezeichnung"), E("LISA-GUID"), E("ReihenfolgeID", "integer"),
        E("Status", "Status"), E("Baujahr", "gYear"),
        E("Entwaesserungsart", "Entwaesserungsart"), E("Kommentar"),
        C((E("Kante", "StammKante"), E("Knoten", "StammKnoten")), 0, 1),
        E("Lage", OPEN), E("Umweltparameter", OPEN), E("Geometrie", "Geometrie"),
        E("Sanierung", OPEN), E("Dokumente", OPEN))),
    "StammKante": ComplexType((
        R("KantenTyp", "Kantentyp"), R("KnotenZulauf"), R("KnotenZulaufTyp", "Knotentyp"),
        R("KnotenAblauf"), R("KnotenAblaufTyp", "Knotentyp"),
        E("SohlhoeheZulauf", "decimal"), E("SohlhoeheAblauf", "decimal"), E("Strang"),
        E("Laenge", "decimal"), E("Material"), E("Profil", "Profil"),
        C((E("Haltung", OPEN), E("Leitung", OPEN), E("Rinne", OPEN), E("Gerinne", OPEN))))),
    "Profil": ComplexType((R("SonderprofilVorhanden", "boolean"), E("Profilart", "Profilart"),
                           E("ProfilID", "integer"), E("Profilbreite", "integer"),
                           E("Profilhoehe", "integer"), E("Sonderprofil", OPEN))),
    "StammKnoten": ComplexType((
        R("KnotenTyp", "Knotentyp"),
        C((E("Schacht", OPEN), E("Anschlusspunkt", "Anschlusspunkt"),
           E("Bauwerk", "Bauwerk"))),
        E("Strang"))),
    "Anschlusspunkt": ComplexType((R("Punktkennung", "Punktkennung"),
                                   E("Uebergabepunkt", "boolean"))),
    "Bauwerk": ComplexType((R("Bauwerkstyp", "Bauwerkstyp"), C(tuple(E(name, OPEN) for name in (
        "Pumpwerk", "Becken", "Behandlungsanlage", "Klaeranlage", "Auslaufbauwerk", "Pumpe",
        "Wehr_Ueberlauf", "Drossel", "Schieber", "Rechen", "Sieb", "Versickerungsanlage",
        "Zisterne")))), open=True),
    "Geometrie": ComplexType((
        E("VorlaeufigeBezeichnung"), E("GeoObjektart", "integer"),
        E("GeoObjekttyp", "GeoObjekttyp"), E("Lagegenauigkeitsklasse", "Lagegenauigkeitsklasse"),
        E("Hoehengenauigkeitsklasse", "Hoehengenauigkeitsklasse"), E("Datenherkunft"),
        E("Kommentar"),
        R("Geometriedaten", "Geometriedaten"), E("CRSLage", "string30"))),
    "Geometriedaten": ComplexType((E("Knoten", "GeoKnoten"), E("Kanten", "GeoKanten"),
                                   E("Polygone", "Polygone"))),
    "GeoKnoten": ComplexType((N("Punkt", "Punkt", 1),)),
    "GeoKanten": ComplexType((N("Kante", "GeoKante", 1),)),
    "Polygone": ComplexType((N("Polygon", "Polygon", 1),)),
    "Polygon": ComplexType((R("Polygonart", "Polygonart"), N("Kante", "GeoKante", 1))),
    "GeoKante": ComplexType((R("Start", "Punkt"), R("Ende", "Punkt"), E("Mitte", "Punkt"))),
    "Punkt": ComplexType((
        E("Rechtswert", "decimal"), E("Hochwert", "decimal"), E("Punkthoehe", "decimal"),
        R("PunktattributAbwasser", "PunktattributAbwasser"),
        E("Lagegenauigkeitsstufe", "Stufe"), E("Hoehengenauigkeitsstufe", "Stufe"))),
    "Zustandsdatenkollektiv": ComplexType((
        R("Kennung", "string5"), E("Beschreibung", "string100"), R("Auftraege", "Auftraege"),
        N("InspizierteAbwassertechnischeAnlage", "Inspiziert"), E("Filme", OPEN))),
    "Auftraege": ComplexType((N("Auftrag", "Auftrag", 1),)),
    "Auftrag": ComplexType((R("Auftragsbezeichnung"), E("Auftragsnummer"),
                            R("Auftragskennung", "integer"), E("Auftragsdatum", "date"),
                            R("Auftragsart", "integer")), open=True),
    "Inspiziert": ComplexType((
        R("Objektbezeichnung", "string30"), R("Anlagentyp", "Anlagentyp"), E("Lage", OPEN),
        E("OptischeInspektion", "OptischeInspektion"), E("Dichtheitspruefungen", OPEN))),
    "OptischeInspektion": ComplexType((
        R("Auftragskennung", "integer"), E("Inspektionsdatum", "date"),
        E("Inspektionsverfahren"), E("NameUntersucher"), E("Uhrzeit", "time"), E("Wetter"),
        E("Temperatur", "integer"), E("Reinigung", "boolean"), E("Wasserhaltung"),
        E("VideoSpeichermedium"), E("Videoablagereferenz"), E("Bemerkung"),
        C((E("Rohrleitung", "Rohrleitung"), E("Knoten", "InspKnoten"),
           E("Bauwerk", "InspBauwerk"))),
        E("Dokumente", OPEN))),
    "Rohrleitung": ComplexType((
        R("Rohrleitungstyp", "Rohrleitungstyp"), R("Inspektionsrichtung", "Inspektionsrichtung"),
        E("BezugspunktLage"), E("Inspektionslaenge", "decimal"), E("Inspektionsart"),
        E("ArtVideoreferenz"), E("RGrunddaten", OPEN), E("Inspektionsdaten", "RDaten"),
        E("Bewertung", "Bewertung"))),
    "RDaten": ComplexType((N("RZustand", "RZustand", 1),)),
    "RZustand": ComplexType((
        R("Station", "decimal"), _VIDEO, R("InspektionsKode", "string10"), E("Charakterisierung1"),
        E("Charakterisierung2"), E("Verbindung", "boolean"), *_QUANTITIES,
        E("Streckenschaden"), E("StreckenschadenLfdNr", "integer"),
        E("PositionVon", "integer"), E("PositionBis", "integer"), E("GrundAbbruch"),
        E("BezeichnungSanierung"),
        C((E("BAKZustandSanierung"), E("BALZustandSanierung")), 0, 1),
        E("QZustandSanierung", "integer"), E("RVerfahrenSanierung"), *_state_tail())),
    "InspKnoten": ComplexType((
        E("BezugspunktVertikal"), E("BezugspunktHorizontal"), E("ArtVideoreferenz"),
        E("KGrunddaten", OPEN), E("Inspektionsdaten", "KDaten"), E("Bewertung", "Bewertung"))),
    "KDaten": ComplexType((N("KZustand", "KZustand", 1),)),
    "KZustand": ComplexType((
        E("VertikaleLage", "decimal"), _VIDEO_OPTIONAL, R("InspektionsKode", "string10"),
        E("Charakterisierung1"), E("Charakterisierung2"), E("Verbindung", "boolean"),
        *_QUANTITIES, E("Streckenschaden"), E("StreckenschadenLfdNr", "integer"),
        E("Schachtbereich"), E("PositionVon", "integer"), E("PositionBis", "integer"),
        E("BezeichnungSanierung"),
        C((E("DAKZustandSanierung"), E("DALZustandSanierung")), 0, 1),
        E("QZustandSanierung", "integer"), E("KVerfahrenSanierung"), *_state_tail())),
    "InspBauwerk": ComplexType((R("Bauwerktyp", "Bauwerkstyp"), E("Inspektionsdaten", "BDaten"),
                                E("ArtVideoreferenz"))),
    "BDaten": ComplexType((N("BZustand", "BZustand", 1),)),
    "BZustand": ComplexType((R("Zustandsbeschreibung"), E("BezeichnungSanierung"),
                             E("Fotodatei"), E("FotoSpeichermedium"), E("Fotonummer"),
                             _VIDEO_OPTIONAL)),
    "Klassifizierung": ComplexType((
        E("Dichtheit", "KD"), E("Standsicherheit", "KS"), E("Betriebssicherheit", "KB"),
        E("MaxSZeAuto", "integer"), E("MaxSKeAuto", "class"))),
    "KD": _criterion("D"),
    "KS": _criterion("S"),
    "KB": _criterion("B"),
    "Bewertung": ComplexType((
        E("Bewertungsverfahren", "integer"), E("Bewertungsdatum", "date"),
        E("MassgebenderSchaden"), E("MassgebendeQuantifizierung", "decimal"),
        E("ZahlVorlaeufig", "integer"), E("Zusatzpunkte", "integer"),
        E("ZahlEndgueltig", "integer"), E("KlasseAutomatisch", "class"),
        E("KlasseManuell", "class"))),
}


def _with(complex_type, *extra, replace=None, open=None):
    """A copy of a type with more particles at the end (or one replaced)."""
    particles = list(complex_type.particles)
    for old, new in (replace or {}).items():
        particles = [new if isinstance(p, E) and p.name == old else p for p in particles]
    return ComplexType(tuple(particles) + tuple(extra),
                       complex_type.open if open is None else open)


def types_for(version: str) -> Tuple[Dict[str, ComplexType], Dict[str, tuple], bool]:
    """(complex types, simple types, strict) for a file's <Version> (2006-10, 2013-02,
    2017-07, 2024-06 …). ``strict`` is False where no schema is public (2024): unknown
    elements are then warnings."""
    year = version[:4]
    types = dict(TYPES_2013)
    simple = dict(SIMPLE)
    if year >= "2017":
        types["AbwassertechnischeAnlage"] = _with(
            types["AbwassertechnischeAnlage"], E("UebergeordneteAbwassertechnischeAnlage", OPEN),
            E("Ordnungseinheiten", OPEN), E("Eigentum", OPEN))
        types["StammKnoten"] = _with(types["StammKnoten"], E("Abdeckungen", OPEN))
        types["StammKante"] = _with(types["StammKante"], E("Segmente", OPEN))
        types["Punkt"] = _with(types["Punkt"], E("Index", "integer"))
        types["Profil"] = _with(types["Profil"], E("Aussendurchmesser", "integer"), E("SDR"))
        types["Anschlusspunkt"] = _with(types["Anschlusspunkt"], E("Anschlussdaten", OPEN))
        kinds = types["Bauwerk"].particles[1]
        types["Bauwerk"] = _with(types["Bauwerk"], replace={}, open=True)
        types["Bauwerk"] = ComplexType((types["Bauwerk"].particles[0], C(
            kinds.options + (E("Einlaufbauwerk", OPEN),))), open=True)
        simple["Bauwerkstyp"] = ("range", (1, 14))
        simple["Regelwerk"] = ("enum", ("1", "2", "3", "4", "5", "6"))
        simple["Kollektivart"] = ("enum", ("1", "2", "3", "4", "5", "6"))
    if year >= "2024":
        types["Inspiziert"] = _with(types["Inspiziert"], E("Profilmasserfassung", OPEN))
        simple["Regelwerk"] = ("enum", ("1", "2", "3", "4", "5", "6", "7"))
        simple["Bauwerkstyp"] = ("range", (1, 99))
    return types, simple, year < "2024"
