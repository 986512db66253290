"""Open defects of manholes and pipes as ISYBAU Zustandsdaten (one Zustand per defect).

A defect is what someone saw, not a coded CCTV inspection, so only what the report says
is written: a DWA-M 149-2 / DIN EN 13508-2 main code picked from our category catalogue
(no Charakterisierung or Quantifizierung: a report does not carry them, and no position:
nobody measured it), the defect number, category and description in ``Kommentar``, and the
severity as ISYBAU class. Street gullies have no Zustandsdaten in ISYBAU (an inspected
object is a Haltung, Leitung, Schacht or Bauwerk), so their defects stay out and are
counted. Closed defects (``CLOSED_STATUSES``) describe no current condition and are not
written. docs/exchange.md explains the mapping for users.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...i18n import tr

PIPE_REMARK, MANHOLE_REMARK = "BDB", "DDB"  # Allgemeine Anmerkung (general remark)

# Category -> (main code for a pipe, for a manhole). Only where the catalogue's meaning and
# the code's definition coincide; everything else is a general remark with the words.
MAIN_CODES = {
    # Wurzeln (roots)
    "Wurzeleinwuchs": ("BBA", "DBA"),
    # Andere Hindernisse: something narrows the section and no other B?B/D?B code applies
    # (a report of a blockage does not say what blocks it).
    "verstopft": ("BBE", "DBE"),
    # Schäden an Abdeckung oder Rahmen: the top of a manhole, what a grating and frame are
    # for a gully; a pipe has none, so for a pipe these are remarks.
    "Aufsatz/Rost beschädigt": (PIPE_REMARK, "DAR"),
    "Rost fehlt": (PIPE_REMARK, "DAR"),
    "Rahmen lose/klappert": (PIPE_REMARK, "DAR"),
    # A sunken gully top is the gully's "Aufsatz unterhalb der Oberfläche"; for a manhole
    # that is its cover and frame again. A pipe that sags has no main code of its own.
    "Absenkung": (PIPE_REMARK, "DAR"),
    # BDF/DDF (Atmosphäre) records a measured gas, not a smell someone reported.
    "Geruch": (PIPE_REMARK, MANHOLE_REMARK),
    # Sludge buckets are gully parts.
    "Schlammeimer voll": (PIPE_REMARK, MANHOLE_REMARK),
    "Schlammeimer fehlt": (PIPE_REMARK, MANHOLE_REMARK),
    "Sonstiges": (PIPE_REMARK, MANHOLE_REMARK),
}

# Severity -> ISYBAU Objektklasse (BFR Abwasser, Tab. A-3-9: 5 umgehender, 4 kurzfristiger,
# 3 mittelfristiger Handlungsbedarf, 1 geringfügige Schäden ohne unmittelbar festzulegenden
# Handlungsbedarf). Our words are the same time frames; "beobachten" fixes no action, so 1.
OBJECT_CLASS = {1: 5, 2: 4, 3: 3, 4: 1}

# Characters XML 1.0 cannot hold (a description may come from a citizen's report).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def inspection_code(asset_table: str, category: str) -> str:
    pipe, manhole = MAIN_CODES.get(category, (PIPE_REMARK, MANHOLE_REMARK))
    return manhole if asset_table == "manhole" else pipe


def remark(number: str, category: str, description: Optional[str]) -> str:
    text = f"Mangel {number}: {category}"
    if description and description.strip():
        text += f" – {description.strip()}"
    return _NOT_XML.sub("", text)


def written_text(count: int) -> str:
    return tr("Open defects of manholes and pipes written as condition data "
              "(Zustandsdaten): {count}.").format(count=count)


def left_out_text(count: int) -> str:
    """Why open defects are missing from the file (Processing and the menu say the same)."""
    return tr("Open defects left out: {count} (ISYBAU has no condition data for street "
              "gullies, or the defect's manhole or pipe is gone).").format(count=count)


class OpenDefects:
    """The working copy's open defects as Zustand rows, grouped per asset and day.

    ``groups``: (asset table, object code, date, observations), where an observation has
    the columns the inspection writer reads from ``observation``. ``written`` counts the
    defects in them, ``left_out`` the open ones that cannot be written (street gullies, or
    a defect whose manhole or pipe is no longer in the working copy).
    """

    def __init__(self, rows: Optional[Iterable[tuple]]) -> None:
        """``rows``: the open defects as ``store.exchange_source.ExportSource.open_defects``
        gives them; None gives none (an export without defects)."""
        self.groups = []
        self.written = 0
        self.left_out = 0
        current = None
        for table, code, day, number, category, severity, description in rows or ():
            if code is None:  # a gully's, or its asset is gone
                self.left_out += 1
                continue
            day = day if day and _DATE.match(day) else None
            key = (table, code, day)
            if key != current:
                self.groups.append((table, code, day, []))
                current = key
            self.groups[-1][3].append((
                None, inspection_code(table, category), None, None, None, None, None, None,
                OBJECT_CLASS.get(severity), remark(number, category, description)))
            self.written += 1
