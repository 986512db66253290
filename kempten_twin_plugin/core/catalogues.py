"""Value lists shared by the working copy, the server and the UI (DESIGN.md §4).

Identifiers are English; the values themselves are the German DWA terms the users
know, because they are what appears in forms, reports and exchange files.
"""

from __future__ import annotations

from typing import List

# Entwässerungsart: KS Schmutzwasser, KR Regenwasser, KM Mischwasser.
DRAINAGE_KINDS = ("KS", "KR", "KM")

NODE_KINDS = ("Schacht", "Anschlusspunkt", "Bauwerk")

# Nominal diameters (DN, mm) used for gravity sewers, smallest first.
NOMINAL_DIAMETERS = (200, 250, 300, 400, 500, 600, 700, 800, 1000, 1200, 1400, 1600)

PIPE_PROFILES = ("Kreisprofil", "Eiprofil", "Maulprofil")

PIPE_MATERIALS = ("Steinzeug", "Beton", "Stahlbeton", "PVC-U", "PE-HD", "GFK", "Guss")

MANHOLE_MATERIALS = ("Beton", "Mauerwerk", "Kunststoff")

# Two opposite condition scales exist (DESIGN.md §4); the scheme is stored with the value.
CONDITION_SCHEME_DWA = "DWA-M 149-3"  # 0 = worst (act at once) ... 5 = no defect
CONDITION_SCHEME_ISYBAU = "ISYBAU"  # 0 = no defect ... 5 = worst
CONDITION_SCHEMES = (CONDITION_SCHEME_DWA, CONDITION_SCHEME_ISYBAU)

GULLY_KINDS = ("Aufsatz", "Seitenablauf", "Kombiablauf")

# Gully defect catalogue: no standard exists, this one is ours (DESIGN.md §4).
DEFECT_CATEGORIES = (
    "verstopft",
    "Schlammeimer voll",
    "Schlammeimer fehlt",
    "Aufsatz/Rost beschädigt",
    "Rost fehlt",
    "Rahmen lose/klappert",
    "Absenkung",
    "Geruch",
    "Wurzeleinwuchs",
    "Sonstiges",
)

# Severity 1 (sofort) is the most urgent.
SEVERITIES = {1: "sofort", 2: "kurzfristig", 3: "mittelfristig", 4: "beobachten"}

# Default days until a defect is due, by severity (the city may change them).
DEFAULT_DUE_DAYS = {1: 1, 2: 14, 3: 90, 4: 365}

DEFECT_STATUSES = (
    "gemeldet",
    "geprüft",
    "abgelehnt",
    "Duplikat",
    "beauftragt",
    "in Arbeit",
    "behoben",
)

# The defect workflow; the server enforces it, the client mirrors it to offer only legal steps.
DEFECT_TRANSITIONS = {
    "gemeldet": ("geprüft", "abgelehnt", "Duplikat"),
    "geprüft": ("beauftragt",),
    "beauftragt": ("in Arbeit",),
    "in Arbeit": ("behoben",),
    "behoben": ("gemeldet",),
    "abgelehnt": (),
    "Duplikat": (),
}

CLOSED_STATUSES = ("behoben", "abgelehnt", "Duplikat")

DEFECT_SOURCES = ("staff", "citizen", "open311")

PROJECT_STATUSES = ("Idee", "Planung", "Genehmigung", "Bau", "fertig")
# One colour per project status, in the 2D and 3D overlay, the review report and the
# citizens' portal alike; OTHER for a status outside the list.
PROJECT_STATUS_COLOURS = {
    "Idee": "#8fa3bf",
    "Planung": "#f2c14e",
    "Genehmigung": "#f08a24",
    "Bau": "#d1495b",
    "fertig": "#4f9d69",
}
PROJECT_OTHER_COLOUR = "#b0b0b0"


def path_to_status(status: str) -> List[str]:
    """The shortest legal sequence of statuses from a new report to ``status``."""
    if status not in DEFECT_TRANSITIONS:
        raise ValueError(f"unknown defect status: {status!r}")
    paths = {"gemeldet": ["gemeldet"]}
    queue = ["gemeldet"]
    while queue:
        current = queue.pop(0)
        for nxt in DEFECT_TRANSITIONS[current]:
            if nxt not in paths:
                paths[nxt] = paths[current] + [nxt]
                queue.append(nxt)
    return paths[status]


# Open311 service_code → (category, severity); the city edits it in the settings.
DEFAULT_SERVICE_MAP = {
    "gully_blocked": ["verstopft", 2],
    "standing_water": ["verstopft", 2],
    "gully_bucket_full": ["Schlammeimer voll", 3],
    "gully_cover_damaged": ["Aufsatz/Rost beschädigt", 2],
    "gully_cover_missing": ["Rost fehlt", 1],
    "gully_rattling": ["Rahmen lose/klappert", 3],
    "road_subsidence": ["Absenkung", 2],
    "sewer_smell": ["Geruch", 3],
    "roots": ["Wurzeleinwuchs", 4],
}
