"""What may leave the planner's working copy for the citizens' portal: an explicit
allow-list, nothing else.

Only these fields are written into any exported file (tileset.json, the glb property
tables, portal.json, the page). Not exported, ever: the sewer network, defects, staff
names (``changed_by``), a project's file reference and source, comment texts (the
platform publishes them; the portal shows their number), the context buildings' ids.
A test writes every non-public value of a working copy into it and searches every
exported byte for them.
"""

from __future__ import annotations

from typing import Dict, Iterable, Optional, Tuple
from urllib.parse import quote

# key → (metadata type, component type, German label)
BUILDING_FIELDS: Dict[str, Tuple[str, Optional[str], str]] = {
    "id": ("STRING", None, "Kennung"),
    "project": ("STRING", None, "Bauvorhaben"),
    "name": ("STRING", None, "Bezeichnung"),
    "status": ("STRING", None, "Status"),
    "use": ("STRING", None, "Nutzung"),
    "storeys": ("SCALAR", "UINT16", "Geschosse"),
    "height_m": ("SCALAR", "FLOAT32", "Höhe (m)"),
    "roof": ("STRING", None, "Dachform"),
    "base_level_m": ("SCALAR", "FLOAT32", "Geländehöhe (m ü. NHN)"),
    "comments": ("SCALAR", "UINT16", "Beiträge"),
    "participation_url": ("STRING", None, "Beteiligung"),
}
# Existing buildings around a project (LoD2 open data): their size only.
CONTEXT_FIELDS = {k: BUILDING_FIELDS[k] for k in ("height_m", "storeys")}
PROJECT_FIELDS: Dict[str, str] = {
    "id": "Kennung",
    "name": "Bezeichnung",
    "description": "Beschreibung",
    "status": "Status",
    "participation_url": "Beteiligung",
    "buildings": "Gebäude",
    "comments": "Beiträge",
}
UINT16_NO_DATA = 65535
FLOAT_NO_DATA = -9999.0


def safe_url(url: object) -> Optional[str]:
    """Only http(s) links reach the page; anything else (javascript:, file:) is dropped."""
    if isinstance(url, str) and url.startswith(("https://", "http://")) and " " not in url:
        return url
    return None


def only(record: dict, fields: Iterable[str]) -> dict:
    """The allow-listed fields of ``record`` that have a value; links checked."""
    out = {k: record[k] for k in fields if record.get(k) not in (None, "")}
    if "participation_url" in out:
        url = safe_url(out["participation_url"])
        if url is None:
            del out["participation_url"]
        else:
            out["participation_url"] = url
    return out


def links(pattern: str, project: str, reference: str = "", name: str = "", building: str = ""
          ) -> Optional[str]:
    """The participation platform's link from the URL pattern of the options.

    Placeholders: ``{project}`` the project's uuid, ``{reference}`` its file reference
    (Aktenzeichen), ``{name}`` its name, ``{building}`` a building's uuid. Only what the
    planner puts into the pattern leaves the working copy this way. A project's own link
    is the pattern without the part that names a building: cut at the last ``#``, ``?``,
    ``&`` or ``/`` before ``{building}``. An empty pattern gives no links."""
    if not pattern:
        return None
    if not building and "{building}" in pattern:
        head = pattern[:pattern.index("{building}")]
        cut = max(head.rfind(c) for c in "#?&/")
        pattern = head[:cut] if cut > len("https://") else head
    values = {"project": quote(project or "", safe=""), "reference": quote(reference or "", safe=""),
              "name": quote(name or "", safe=""), "building": quote(building or "", safe="")}
    try:
        url = pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        return None
    return safe_url(url)
