"""Arcs of exchange files (ISYBAU Mitte, DWA-M 150 GP101) as vertices along them."""

from __future__ import annotations

import math
from typing import List, Tuple

# An arc becomes vertices no further apart than 5° and no more than 1 cm off the arc.
_ARC_STEP = math.radians(5)
_ARC_SAG = 0.01


def bend(chain: List[Tuple[float, float]], middle: Tuple[Tuple[float, float], bool]) -> None:
    """Put the vertices of an arc between the last two points of ``chain`` (its edge's
    start and end). ``middle``: the arc's centre, or a point on it."""
    if len(chain) < 2:
        return
    (ax, ay), (bx, by) = chain[-2], chain[-1]
    (mx, my), is_centre = middle
    if is_centre:
        cx, cy = mx, my
    else:  # the circle through start, middle and end, computed from the start (eastings
        # with a zone prefix squared would lose the millimetres)
        ux, uy, vx, vy = mx - ax, my - ay, bx - ax, by - ay
        d = 2 * (ux * vy - uy * vx)
        if abs(d) < 1e-9:  # on one line: no arc, the point is just a vertex
            chain.insert(len(chain) - 1, (mx, my))
            return
        u2, v2 = ux * ux + uy * uy, vx * vx + vy * vy
        cx, cy = ax + (vy * u2 - uy * v2) / d, ay + (ux * v2 - vx * u2) / d
    ra, rb = math.hypot(ax - cx, ay - cy), math.hypot(bx - cx, by - cy)
    if ra == 0 or rb == 0:
        return
    start = math.atan2(ay - cy, ax - cx)
    to_end = (math.atan2(by - cy, bx - cx) - start) % (2 * math.pi)  # counter-clockwise
    if is_centre:  # the shorter way round
        sweep = to_end if to_end <= math.pi else to_end - 2 * math.pi
    else:  # the way round that passes the point on the arc
        to_middle = (math.atan2(my - cy, mx - cx) - start) % (2 * math.pi)
        sweep = to_end if to_middle < to_end else to_end - 2 * math.pi
    radius = max(ra, rb)
    step = min(_ARC_STEP, 2 * math.acos(max(-1.0, 1 - _ARC_SAG / radius)))
    count = min(max(int(math.ceil(abs(sweep) / step)), 1), 360)
    inner = []
    for i in range(1, count):
        t = i / count
        angle, r = start + sweep * t, ra + (rb - ra) * t  # radii may differ a little
        inner.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    chain[len(chain) - 1:len(chain) - 1] = inner
