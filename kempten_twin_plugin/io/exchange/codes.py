"""Code lists of the exchange formats and their meaning in the working copy.

Only codes we are sure of are translated into the working copy's German terms; any
other value is kept exactly as the file wrote it (and listed in the import report), so
nothing is lost and an export writes it back unchanged. The maps are one-to-one where
the export needs them back (reverse), so an export restores the original code.

``MAPPED_FIELDS`` names, per format, the fields whose codes the import dialog shows as a
table (file code → our value) for the user to check and override before importing
(``CodeMapping``); an override is kept per delivery source in the settings.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

DRAINAGE = {"KS": "KS", "KR": "KR", "KM": "KM"}
# DWA-M 150 Kanalnutzung (reference table 104).
M150_DRAINAGE = {"S": "KS", "R": "KR", "M": "KM"}

# ISYBAU material codes (Materialart) and the DWA-M 150 spellings seen in files.
MATERIAL = {
    "STZ": "Steinzeug",
    "B": "Beton",
    "SB": "Stahlbeton",
    "AZ": "Asbestzement",
    "PVCU": "PVC-U",
    "PEHD": "PE-HD",
    "GFK": "GFK",
    "GG": "Guss",
    "MA": "Mauerwerk",
}
M150_MATERIAL = {"Stz": "Steinzeug", "STZ": "Steinzeug", "B": "Beton", "SB": "Stahlbeton",
                 "AZ": "Asbestzement", "PVC": "PVC-U", "PE": "PE-HD", "PEHD": "PE-HD",
                 "GfK": "GFK", "GFK": "GFK", "GG": "Guss", "MA": "Mauerwerk"}
# The code an M 150 export writes for our value (the DWA-M 150 table 105 spelling).
M150_MATERIAL_OUT = {"Steinzeug": "STZ", "Beton": "B", "Stahlbeton": "SB",
                     "Asbestzement": "AZ", "PVC-U": "PVC", "PE-HD": "PEHD", "GFK": "GFK",
                     "Guss": "GG", "Mauerwerk": "MA"}

# ISYBAU Profilart; DWA-M 150 Profilart (table 106) uses the same numbers; older M 150
# files were seen with letters.
PROFILE = {"0": "Kreisprofil", "1": "Eiprofil", "2": "Maulprofil"}
M150_PROFILE = {"0": "Kreisprofil", "1": "Eiprofil", "2": "Maulprofil",
                "DN": "Kreisprofil", "EI": "Eiprofil", "MA": "Maulprofil"}
M150_PROFILE_OUT = {"Kreisprofil": "0", "Eiprofil": "1", "Maulprofil": "2"}

# Our node kinds (manhole.node_kind), and the street gully, which has its own table.
SCHACHT, ANSCHLUSSPUNKT, BAUWERK, STRASSENABLAUF = (
    "Schacht", "Anschlusspunkt", "Bauwerk", "Straßenablauf")
NODE_KINDS = (SCHACHT, ANSCHLUSSPUNKT, BAUWERK, STRASSENABLAUF)
# Our edge kinds: a Haltung goes into ``pipe``, a Leitung into ``lateral``.
HALTUNG, LEITUNG = "Haltung", "Leitung"
EDGE_KINDS = (HALTUNG, LEITUNG)
EDGE_TABLES = {HALTUNG: "pipe", LEITUNG: "lateral"}

# ISYBAU KnotenTyp and KantenTyp (reference lists V? "Knotentyp"/"Kantentyp").
NODE_TYPES = {"0": SCHACHT, "1": ANSCHLUSSPUNKT, "2": BAUWERK}
EDGE_TYPES = {"0": HALTUNG, "1": LEITUNG}
# What the file calls an edge of each KantenTyp (for the report) and where it goes: a
# Rinne (a gutter into a connection) is kept like a Leitung, a Gerinne (an open channel
# between nodes) like a Haltung; the raw KantenTyp stays in the source record.
EDGE_TYPE_NAMES = {"0": "Haltung", "1": "Leitung", "2": "Rinne", "3": "Gerinne"}
EDGE_TYPE_KINDS = {"0": HALTUNG, "1": LEITUNG, "2": LEITUNG, "3": HALTUNG}
# Anschlusspunkt with this Punktkennung is a street gully (Straßenablauf).
GULLY_POINT_MARKS = ("SE",)
# ISYBAU Punktkennung of an Anschlusspunkt (reference list), all kept as Anschlusspunkt
# except SE.
POINT_MARKS = ("AP", "ER", "GA", "RR", "SE", "NN", "AV", "RV", "EG", "BA", "ZG", "DR", "GP")

# DWA-M 150 Knotenart (table 116), Bauwerksart (117) of a street gully, Haltungsart (108).
M150_NODE_KINDS = {"S": SCHACHT, "R": SCHACHT, "A": ANSCHLUSSPUNKT, "B": BAUWERK}
M150_GULLY_KINDS = {"RSA": STRASSENABLAUF}
M150_EDGE_KINDS = {"A": HALTUNG, "B": LEITUNG, "C": HALTUNG, "Z": HALTUNG}

# PunktattributAbwasser of the points that carry a node's levels and position.
# Read from the 2017 sample: a Bauwerk's SBD points carry its covers' heights (one per
# Deckel) and its KOP point the lowest level, below the pipes' inverts.
COVER_POINTS = ("DMP", "SBD", "GOK")  # Deckelmittelpunkt, Bauwerk cover, ground
INVERT_POINTS = ("SMP", "KOP")  # Schachtmittelpunkt (Sohle), Bauwerk bottom
POSITION_POINTS = ("SMP", "DMP", "KOP", "SBD")
# Which point of a node gives its position, by node kind, best first (BFR: a Schacht
# by SMP and DMP, a Bauwerk by KOP/SBD or its Zulauf Kläranlage, an Anschlusspunkt by the
# point of its own kind). A point of any other attribute comes after these, and a node
# without points is placed on its outline (Polygone) or lines.
POSITION_BY_KIND = {
    SCHACHT: ("SMP", "DMP", "KOP", "SBD"),
    BAUWERK: ("KOP", "SBD", "SMP", "DMP", "ZLK", "KP"),
    ANSCHLUSSPUNKT: POINT_MARKS + ("RAP", "KP"),
    STRASSENABLAUF: ("SE",) + POINT_MARKS + ("RAP", "KP"),
}
# Attributes that never give a position: heights only, a circle's centre, an outline's
# vertex.
NOT_A_POSITION = ("GOK", "HP", "KMP", "SBW")
# A Mitte point with this attribute is an arc's centre, not a vertex of the line.
ARC_CENTRE = "KMP"

# ISYBAU Anlagentyp of an inspected object: 1 Haltung, 2 Anschlussleitung, 3 Schacht,
# 4 Bauwerk; the table its object is kept in.
INSPECTED_KINDS = {"1": "Haltung", "2": "Anschlussleitung", "3": "Schacht", "4": "Bauwerk"}
INSPECTED_TABLES = {"Haltung": "pipe", "Anschlussleitung": "lateral", "Schacht": "manhole",
                    "Bauwerk": "manhole"}


def reverse(mapping: Mapping[str, str]) -> Dict[str, str]:
    return {v: k for k, v in mapping.items()}


def interpret(mapping: Mapping[str, Any], raw: Optional[str]) -> Tuple[Any, bool]:
    """(value for the working copy, True if understood). Unknown raw values are kept."""
    if raw in (None, ""):
        return None, True
    if raw in mapping:
        return mapping[raw], True
    return raw, False


# --- the mapping the import dialog shows -------------------------------------------------

# field id → (standard mapping, the values the user may choose from; None: free text)
ISYBAU_FIELDS = {
    "KnotenTyp": (NODE_TYPES, NODE_KINDS),
    "Punktkennung": ({m: (STRASSENABLAUF if m in GULLY_POINT_MARKS else ANSCHLUSSPUNKT)
                      for m in POINT_MARKS}, (ANSCHLUSSPUNKT, STRASSENABLAUF)),
    "KantenTyp": (EDGE_TYPE_KINDS, EDGE_KINDS),
    "Material": (MATERIAL, None),
    "Profilart": (PROFILE, None),
    "Entwaesserungsart": (DRAINAGE, tuple(DRAINAGE.values())),
}
M150_FIELDS = {
    "KG305": (M150_NODE_KINDS, NODE_KINDS),
    "KG306": (M150_GULLY_KINDS, (STRASSENABLAUF, "")),
    "HG313": (M150_EDGE_KINDS, EDGE_KINDS),
    "Material": (M150_MATERIAL, None),
    "HG305": (M150_PROFILE, None),
    "Kanalnutzung": (M150_DRAINAGE, tuple(M150_DRAINAGE.values())),
}
FIELDS_BY_FORMAT = {"isybau": ISYBAU_FIELDS, "m150": M150_FIELDS}


def field_label(field: str) -> str:
    """What the mapping table calls a field (German terms of the formats)."""
    from ...i18n import tr

    return {
        "KnotenTyp": tr("Node kind (KnotenTyp)"),
        "Punktkennung": tr("Connection point kind (Punktkennung)"),
        "KantenTyp": tr("Edge kind (KantenTyp)"),
        "Material": tr("Material"),
        "Profilart": tr("Profile (Profilart)"),
        "Entwaesserungsart": tr("Drainage (Entwässerungsart)"),
        "KG305": tr("Node kind (KG305 Knotenart)"),
        "KG306": tr("Structure kind (KG306 Bauwerksart)"),
        "HG313": tr("Edge kind (HG313 Haltungsart)"),
        "HG305": tr("Profile (HG305 Profilart)"),
        "Kanalnutzung": tr("Drainage (HG302/KG302 Kanalnutzung)"),
    }.get(field, field)


class CodeMapping:
    """The standard code lists of one format, with the user's overrides on top.

    ``value(field, raw)`` gives (our value, how): how is "standard", "override" or
    "unknown" (then the raw value is kept as it is). Every use of an override is counted
    in ``used`` by (field, raw, our value), for the import report.
    """

    def __init__(self, format_key: str, overrides: Optional[Dict[str, Dict[str, str]]] = None) -> None:
        self.fields = FIELDS_BY_FORMAT[format_key]
        self.overrides = {f: dict(v) for f, v in (overrides or {}).items() if v}
        self.used = Counter()
        self._standard = {f: mapping for f, (mapping, _) in self.fields.items()}

    def standard(self, field: str, raw: str) -> Optional[str]:
        return self.fields[field][0].get(raw)

    def value(self, field: str, raw: Optional[str]) -> Tuple[Optional[str], str]:
        if not raw:
            return None, "standard"
        if self.overrides:
            override = self.overrides.get(field)
            if override and raw in override:
                ours = override[raw]
                self.used[(field, raw, ours)] += 1
                return ours, "override"
        ours = self._standard[field].get(raw)
        if ours is not None:
            return ours, "standard"
        return raw, "unknown"


def mapping_rows(format_key: str, found: Iterable[Tuple[str, str, int]],
                 overrides: Optional[Dict[str, Dict[str, str]]] = None) -> List[tuple]:
    """Rows of the mapping table: (field, raw code, count in the file, standard value or
    None, value used, is an override), for the codes ``found`` in a file (scan_codes)."""
    fields = FIELDS_BY_FORMAT[format_key]
    overrides = overrides or {}
    rows = []
    for field, raw, count in found:
        if field not in fields:
            continue
        standard = fields[field][0].get(raw)
        chosen = overrides.get(field, {}).get(raw)
        used = chosen if chosen is not None else (standard if standard is not None else raw)
        rows.append((field, raw, count, standard, used, chosen is not None))
    return rows
