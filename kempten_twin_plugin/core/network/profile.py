"""Längsschnitt: the values of a longitudinal profile along a flow path.

Stations are metres along the path from its first (upstream) manhole. Heights are m NHN.
Slope is the fall of the pipe invert per length in ‰, positive when the pipe falls in
flow direction (a counter-slope shows as a negative value).
"""

import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from ...store import working_copy
from .graph import NetworkError, graph_for


@dataclass
class ProfileManhole:
    uuid: str
    code: str
    station: float
    cover_level: Optional[float]
    invert_level: Optional[float]

    @property
    def depth(self):
        if self.cover_level is None or self.invert_level is None:
            return None
        return self.cover_level - self.invert_level


@dataclass
class ProfilePipe:
    uuid: str
    code: str
    station_from: float
    station_to: float
    invert_from: Optional[float]
    invert_to: Optional[float]
    height_m: Optional[float]  # clear height (DN for circular pipes) in metres
    dn: Optional[int]
    material: Optional[str]

    @property
    def length(self):
        return self.station_to - self.station_from

    @property
    def fall(self):
        if self.invert_from is None or self.invert_to is None:
            return None
        return self.invert_from - self.invert_to

    @property
    def slope_permille(self):
        fall = self.fall
        if fall is None or self.length <= 0:
            return None
        return fall / self.length * 1000.0

    @property
    def crown_from(self):
        return None if self.invert_from is None or self.height_m is None \
            else self.invert_from + self.height_m

    @property
    def crown_to(self):
        return None if self.invert_to is None or self.height_m is None \
            else self.invert_to + self.height_m


@dataclass
class Profile:
    manholes: List[ProfileManhole]
    pipes: List[ProfilePipe]

    @property
    def length(self):
        return self.manholes[-1].station if self.manholes else 0.0

    @property
    def title(self):
        return f"{self.manholes[0].code} → {self.manholes[-1].code}"

    def height_range(self):
        values = [v for m in self.manholes for v in (m.cover_level, m.invert_level)
                  if v is not None]
        values += [v for p in self.pipes for v in (p.invert_from, p.invert_to, p.crown_from,
                                                  p.crown_to) if v is not None]
        return (min(values), max(values)) if values else (0.0, 1.0)


def longitudinal_profile(path, first, second=None, graph=None):
    """The profile along the flow path between two manholes (codes or uuids).

    Without ``second`` the profile runs from ``first`` down to the end of its flow.
    Raises NetworkError with a message for the user when no flow path exists.
    """
    graph = graph or graph_for(path)
    nodes, pipes = graph.flow_path(first, second)
    node_fids = [int(graph.manhole_fid[i]) for i in nodes]
    pipe_fids = [int(graph.pipe_fid[i]) for i in pipes]
    con = working_copy.connect_read_only(path)
    try:
        manhole_rows = _rows(con, "SELECT fid, uuid, object_code, cover_level, invert_level "
                                  "FROM manhole WHERE fid IN ({})", node_fids)
        pipe_rows = _rows(con, "SELECT fid, uuid, object_code, invert_from, invert_to, width_mm, "
                               "height_mm, material FROM pipe WHERE fid IN ({})", pipe_fids)
    except sqlite3.Error as error:
        raise NetworkError(str(error))
    finally:
        con.close()

    stations = [0.0]
    for i in pipes:
        length = graph.pipe_length[i]
        stations.append(stations[-1] + (0.0 if length != length else float(length)))
    manholes = []
    for station, fid in zip(stations, node_fids):
        _, uuid, code, cover, invert = manhole_rows[fid]
        manholes.append(ProfileManhole(uuid, code, station, cover, invert))
    profile_pipes = []
    for k, fid in enumerate(pipe_fids):
        _, uuid, code, invert_from, invert_to, width, height, material = pipe_rows[fid]
        clear = height or width
        profile_pipes.append(ProfilePipe(
            uuid, code, stations[k], stations[k + 1], invert_from, invert_to,
            None if clear is None else clear / 1000.0, width or height, material))
    return Profile(manholes, profile_pipes)


def _rows(con, sql, keys):
    found = {}
    for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
        chunk = keys[start:start + 500]
        for row in con.execute(sql.format(",".join("?" * len(chunk))), chunk):
            found[row[0]] = row
    return found
