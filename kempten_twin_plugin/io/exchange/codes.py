"""Code lists of the exchange formats and their meaning in the working copy.

Only codes we are sure of are translated into the working copy's German terms; any
other value is kept exactly as the file wrote it (and listed in the import report), so
nothing is lost and an export writes it back unchanged. The maps are one-to-one, so an
export restores the original code.
"""

DRAINAGE = {"KS": "KS", "KR": "KR", "KM": "KM"}
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
                 "AZ": "Asbestzement", "PVC": "PVC-U", "PE": "PE-HD", "GfK": "GFK",
                 "GFK": "GFK", "GG": "Guss", "MA": "Mauerwerk"}

# ISYBAU Profilart.
PROFILE = {"0": "Kreisprofil", "1": "Eiprofil", "2": "Maulprofil"}
M150_PROFILE = {"DN": "Kreisprofil", "EI": "Eiprofil", "MA": "Maulprofil"}

# ISYBAU KnotenTyp and KantenTyp.
NODE_TYPES = {"0": "Schacht", "1": "Anschlusspunkt", "2": "Bauwerk"}
EDGE_TYPES = {"0": "Haltung", "1": "Leitung"}
# Anschlusspunkt with this Punktkennung is a street gully (Straßenablauf).
GULLY_POINT_MARKS = ("SE",)

# PunktattributAbwasser of the points that carry a node's levels and position.
# Read from the 2017 sample: a Bauwerk's SBD points carry its covers' heights (one per
# Deckel) and its KOP point the lowest level, below the pipes' inverts.
COVER_POINTS = ("DMP", "SBD", "GOK")  # Deckelmittelpunkt, Bauwerk cover, ground
INVERT_POINTS = ("SMP", "KOP")  # Schachtmittelpunkt (Sohle), Bauwerk bottom
POSITION_POINTS = ("SMP", "DMP", "KOP", "SBD")
# A Mitte point with this attribute is an arc's centre, not a vertex of the line.
ARC_CENTRE = "KMP"


def reverse(mapping):
    return {v: k for k, v in mapping.items()}


def interpret(mapping, raw):
    """(value for the working copy, True if understood). Unknown raw values are kept."""
    if raw in (None, ""):
        return None, True
    if raw in mapping:
        return mapping[raw], True
    return raw, False
