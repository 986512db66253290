"""The coordinate pair a DWA-M 150 point declares (field catalogue 04-2010, table 302).

GP002 names the system of each point: ``GK`` (Gauß-Krüger) with Rechtswert/Hochwert in
GP003/GP004 (F11.3), ``UTM`` with Ost-/Nordkoordinate in GP005/GP006 (A12, so a zone
prefix fits). Files fill the pair of their system and may leave the other empty or out;
a point without GP002 takes whichever pair it has. The numbers themselves are read by
the file's one ``CoordinateReader`` (io.crs): the GK zone comes from the easting's first
digit, UTM eastings with or without the zone prefix.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ...core.exchange.records import number
from ..crs import CoordinateReader

GAUSS_KRUEGER, UTM = "GK", "UTM"


def _pair(fields: Dict[str, str], east: str, north: str):
    return number(fields.get(east)), number(fields.get(north))


def point(fields: Dict[str, str], coordinates: CoordinateReader
          ) -> Optional[Tuple[float, float]]:
    """(easting, northing) of a GP in the file's system, as declared by GP002; None when
    the point has no coordinates. Tells ``coordinates`` the declared system."""
    system = (fields.get("GP002") or "").strip().upper()
    gk, utm = _pair(fields, "GP003", "GP004"), _pair(fields, "GP005", "GP006")
    if system == UTM:
        x, y = utm if utm[0] is not None else gk
    elif system == GAUSS_KRUEGER:
        x, y = gk if gk[0] is not None else utm
    else:
        x, y = gk if gk[0] is not None else utm
    if x is None or y is None:
        return None
    if system == GAUSS_KRUEGER:
        coordinates.declare(f"GK{str(int(abs(x)))[0]}" if len(str(int(abs(x)))) == 7 else "GK")
    elif system == UTM:
        prefix = str(int(abs(x)))
        coordinates.declare(f"UTM{prefix[:2]}" if len(prefix) == 8 else "UTM")
    return x, y


def node_fields(fields: Dict[str, str], coordinates: CoordinateReader
                ) -> Tuple[List[Tuple[float, float]], List[Optional[float]]]:
    """The points a KG gives in its own fields (KG201/KG202 Deckel with height KG204,
    KG206/KG207 Sohle with KG209), in EPSG:25832, and their heights."""
    points, heights = [], []
    for east, north, height in (("KG201", "KG202", "KG204"), ("KG206", "KG207", "KG209")):
        x, y = _pair(fields, east, north)
        if x is not None and y is not None:
            points.append((x, y))
            heights.append(number(fields.get(height)))
    return coordinates.to_target(points), heights
