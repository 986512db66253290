"""Plausibility checks of the sewer network (Netzprüfung).

Each finding names the check, a German-translatable reason with the numbers behind it, the
object and a point where to look. The checks take plain rows of the manholes and pipes
(read from the working copy by ``store.network.check_rows``) and the graph of graph.py; a
clean network gives no finding at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Dict, List, Sequence, Tuple

import numpy as np

from ...i18n import decimal, tr
from .graph import NetworkGraph

COUNTER_SLOPE = "counter_slope"
INVERT_BELOW_DOWNSTREAM = "invert_below_downstream"
INVERT_BELOW_MANHOLE = "invert_below_manhole"
UNCONNECTED_MANHOLE = "unconnected_manhole"
DUPLICATE_CODE = "duplicate_code"
PIPE_NOT_AT_MANHOLE = "pipe_not_at_manhole"
MISSING_MANHOLE = "missing_manhole"
FLOW_CYCLE = "flow_cycle"

CHECKS = (COUNTER_SLOPE, INVERT_BELOW_DOWNSTREAM, INVERT_BELOW_MANHOLE, UNCONNECTED_MANHOLE,
          DUPLICATE_CODE, PIPE_NOT_AT_MANHOLE, MISSING_MANHOLE, FLOW_CYCLE)

HEIGHT_TOLERANCE_M = 0.005  # levels are surveyed to the centimetre; half of it is noise


@dataclass
class Finding:
    check: str
    reason: str
    table: str
    uuid: str
    object_code: str
    x: float
    y: float


Point = Tuple[float, float]


def check_network(graph: NetworkGraph, manholes: Dict[str, tuple], pipes: Sequence[tuple],
                  distance_tolerance: float = 0.5,
                  is_canceled: Callable[[], bool] = lambda: False) -> List[Finding]:
    """All findings for a network, ordered by check then object code.

    ``manholes``: {uuid: (uuid, object code, cover level, invert level, point or None)};
    ``pipes``: rows (uuid, object code, from-manhole uuid, to-manhole uuid, invert from,
    invert to, first point or None, last point or None) of the drawn line. A cancel
    returns the findings so far.
    """
    points = {uuid: row[4] for uuid, row in manholes.items()}
    findings = []
    pipe_ends = {}
    for uuid, code, a, b, invert_from, invert_to, start, end in pipes:
        pipe_ends[uuid] = (start, end)
        findings += _pipe_findings(uuid, code, a, b, invert_from, invert_to, start, end,
                                   manholes, points, distance_tolerance)
        if is_canceled():
            return findings
    findings += _step_findings(pipes, manholes, pipe_ends)
    findings += _manhole_findings(graph, manholes, points)
    findings += _duplicate_findings("manhole", [(r[0], r[1]) for r in manholes.values()],
                                    lambda uuid: points.get(uuid))
    findings += _duplicate_findings("pipe", [(p[0], p[1]) for p in pipes],
                                    lambda uuid: _middle(pipe_ends[uuid]))
    order = {check: i for i, check in enumerate(CHECKS)}
    findings.sort(key=lambda f: (order[f.check], f.object_code or "", f.uuid))
    return findings


def _pipe_findings(uuid, code, a, b, invert_from, invert_to, start, end, manholes, points,
                   tolerance):
    found = []
    where = _middle((start, end))
    if invert_from is not None and invert_to is not None \
            and invert_to - invert_from > HEIGHT_TOLERANCE_M:
        found.append(Finding(COUNTER_SLOPE, tr(
            "Counter-slope: the invert rises by {cm} cm in flow direction "
            "({a} → {b} m NHN)").format(cm=decimal((invert_to - invert_from) * 100, 0),
                                        a=decimal(invert_from), b=decimal(invert_to)),
            "pipe", uuid, code, *where))
    for end_name, manhole_uuid, point, invert in (("start", a, start, invert_from),
                                                  ("end", b, end, invert_to)):
        if manhole_uuid is None or manhole_uuid not in manholes:
            reason = (tr("Start manhole missing ({ref})") if end_name == "start"
                      else tr("End manhole missing ({ref})")).format(ref=manhole_uuid or "–")
            found.append(Finding(MISSING_MANHOLE, reason, "pipe", uuid, code, *(point or where)))
            continue
        manhole_point = points.get(manhole_uuid)
        if point and manhole_point:
            gap = math.dist(point, manhole_point)
            if gap > tolerance:
                reason = (tr("Pipe starts {gap} m away from its manhole {manhole}")
                          if end_name == "start" else
                          tr("Pipe ends {gap} m away from its manhole {manhole}"))
                found.append(Finding(PIPE_NOT_AT_MANHOLE, reason.format(
                    gap=decimal(gap), manhole=manholes[manhole_uuid][1]), "pipe", uuid, code, *point))
        manhole_invert = manholes[manhole_uuid][3]
        if invert is not None and manhole_invert is not None \
                and manhole_invert - invert > HEIGHT_TOLERANCE_M:
            found.append(Finding(INVERT_BELOW_MANHOLE, tr(
                "Pipe invert {pipe} m NHN lies {cm} cm below the invert of manhole "
                "{manhole} ({level} m NHN)").format(
                pipe=decimal(invert), cm=decimal((manhole_invert - invert) * 100, 0),
                manhole=manholes[manhole_uuid][1], level=decimal(manhole_invert)),
                "pipe", uuid, code, *(point or where)))
    return found


def _step_findings(pipes, manholes, pipe_ends):
    """An inflowing pipe whose invert lies below the invert of the pipe leaving the manhole:
    the water would have to climb (Sohlsprung gegen die Fließrichtung)."""
    leaving = {}
    for _uuid, code, a, _b, invert_from, _it, _s, _e in pipes:
        if a is not None and invert_from is not None:
            leaving.setdefault(a, []).append((invert_from, code))
    found = []
    for uuid, code, _a, b, _if, invert_to, _s, _e in pipes:
        if b is None or invert_to is None or b not in leaving:
            continue
        highest, downstream_code = max(leaving[b])
        if highest - invert_to > HEIGHT_TOLERANCE_M:
            found.append(Finding(INVERT_BELOW_DOWNSTREAM, tr(
                "Invert at the outflow end {here} m NHN lies {cm} cm below the invert "
                "of the downstream pipe {other} ({there} m NHN) in manhole {manhole}").format(
                here=decimal(invert_to), cm=decimal((highest - invert_to) * 100, 0),
                other=downstream_code, there=decimal(highest),
                manhole=manholes[b][1] if b in manholes else b),
                "pipe", uuid, code, *(pipe_ends[uuid][1] or (math.nan, math.nan))))
    return found


def _manhole_findings(graph, manholes, points):
    found = []
    connected = np.zeros(len(graph.manhole_fid), dtype=bool)
    for ends in (graph.pipe_from, graph.pipe_to):
        connected[ends[ends >= 0]] = True
    for i in np.flatnonzero(~connected):
        uuid = graph.manhole_uuid[i]
        found.append(Finding(UNCONNECTED_MANHOLE, tr("Manhole is not connected to any pipe"),
                             "manhole", uuid, graph.manhole_code[i],
                             *(points.get(uuid) or (math.nan, math.nan))))
    for i in np.flatnonzero(graph.cyclic_manholes()):
        uuid = graph.manhole_uuid[i]
        found.append(Finding(FLOW_CYCLE, tr("Manhole lies on a flow cycle: water leaving it "
                                            "flows back to it"),
                             "manhole", uuid, graph.manhole_code[i],
                             *(points.get(uuid) or (math.nan, math.nan))))
    return found


def _duplicate_findings(table, uuid_codes, locate):
    by_code = {}
    for uuid, code in uuid_codes:
        by_code.setdefault(code, []).append(uuid)
    found = []
    for code, uuids in by_code.items():
        if len(uuids) < 2:
            continue
        reason = (tr("Object code {code} is used by {n} manholes") if table == "manhole"
                  else tr("Object code {code} is used by {n} pipes")).format(code=code, n=len(uuids))
        for uuid in uuids:
            found.append(Finding(DUPLICATE_CODE, reason, table, uuid, code,
                                 *(locate(uuid) or (math.nan, math.nan))))
    return found


def _middle(ends):
    start, end = ends
    if start and end:
        return ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    return start or end or (math.nan, math.nan)
