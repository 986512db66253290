"""Längsschnitt: the values of a longitudinal profile along a flow path.

Stations are metres along the path from its first (upstream) manhole. Heights are m NHN.
Slope is the fall of the pipe invert per length in ‰, positive when the pipe falls in
flow direction (a counter-slope shows as a negative value).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple


@dataclass
class ProfileManhole:
    uuid: str
    code: str
    station: float
    cover_level: Optional[float]
    invert_level: Optional[float]

    @property
    def depth(self) -> Optional[float]:
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
    def length(self) -> float:
        return self.station_to - self.station_from

    @property
    def fall(self) -> Optional[float]:
        if self.invert_from is None or self.invert_to is None:
            return None
        return self.invert_from - self.invert_to

    @property
    def slope_permille(self) -> Optional[float]:
        fall = self.fall
        if fall is None or self.length <= 0:
            return None
        return fall / self.length * 1000.0

    @property
    def crown_from(self) -> Optional[float]:
        return None if self.invert_from is None or self.height_m is None \
            else self.invert_from + self.height_m

    @property
    def crown_to(self) -> Optional[float]:
        return None if self.invert_to is None or self.height_m is None \
            else self.invert_to + self.height_m


@dataclass
class Profile:
    manholes: List[ProfileManhole]
    pipes: List[ProfilePipe]

    @property
    def length(self) -> float:
        return self.manholes[-1].station if self.manholes else 0.0

    @property
    def title(self) -> str:
        return f"{self.manholes[0].code} → {self.manholes[-1].code}"

    def height_range(self) -> Tuple[float, float]:
        values = [v for m in self.manholes for v in (m.cover_level, m.invert_level)
                  if v is not None]
        values += [v for p in self.pipes for v in (p.invert_from, p.invert_to, p.crown_from,
                                                  p.crown_to) if v is not None]
        return (min(values), max(values)) if values else (0.0, 1.0)


def build_profile(manholes: Sequence[tuple], pipes: Sequence[tuple],
                  lengths: Sequence[float]) -> Profile:
    """The profile along a flow path from its rows, in flow order.

    ``manholes``: (uuid, object code, cover level, invert level) of each manhole on the
    path; ``pipes``: (uuid, object code, invert from, invert to, width mm, height mm,
    material) of each pipe between them, and ``lengths`` their lengths in metres (NaN when
    unknown: the station does not advance). The flow path itself comes from
    ``NetworkGraph.flow_path``.
    """
    stations = [0.0]
    for length in lengths:
        stations.append(stations[-1] + (0.0 if length != length else float(length)))
    profile_manholes = []
    for station, (uuid, code, cover, invert) in zip(stations, manholes):
        profile_manholes.append(ProfileManhole(uuid, code, station, cover, invert))
    profile_pipes = []
    for k, (uuid, code, invert_from, invert_to, width, height, material) in enumerate(pipes):
        clear = height or width
        profile_pipes.append(ProfilePipe(
            uuid, code, stations[k], stations[k + 1], invert_from, invert_to,
            None if clear is None else clear / 1000.0, width or height, material))
    return Profile(profile_manholes, profile_pipes)


@dataclass
class Sheet:
    """One printed sheet of a profile: the stations it shows and its reference height."""

    station_from: float
    station_to: float
    datum: float  # the height of the plot's bottom edge, m NHN (Bezugshöhe)
    manholes: List[int]  # indices into Profile.manholes drawn on this sheet
    pipes: List[int]  # indices into Profile.pipes drawn (wholly or in part) on this sheet


def _heights(profile: Profile, manholes: Sequence[int], pipes: Sequence[int]) -> List[float]:
    values = [v for k in manholes for v in (profile.manholes[k].cover_level,
                                            profile.manholes[k].invert_level) if v is not None]
    values += [v for k in pipes for v in (profile.pipes[k].invert_from, profile.pipes[k].invert_to,
                                          profile.pipes[k].crown_from, profile.pipes[k].crown_to)
               if v is not None]
    return values


def plan_sheets(profile: Profile, width_m: float, height_m: float,
                margin_m: float = 0.0) -> List[Sheet]:
    """Cut a profile into sheets of at most ``width_m`` stations and ``height_m`` of height
    (the plot's size at the chosen scales), each ending at a manhole that the next one
    starts with, so that every manhole and every pipe is on paper. A pipe longer than a
    sheet runs over several. ``margin_m``: room left and right of the first and last
    manhole of a sheet."""
    if not profile.manholes:
        return []
    usable = max(width_m - 2 * margin_m, 1.0)
    stations = [m.station for m in profile.manholes]
    sheets = []
    first = 0
    start = stations[0]
    while True:
        last = first
        while last + 1 < len(stations) and stations[last + 1] - start <= usable:
            candidate = last + 1
            span = _heights(profile, range(first, candidate + 1), range(first, candidate))
            if span and max(span) - min(span) > height_m * 0.9 and last > first:
                break
            last = candidate
        if last == first and last + 1 < len(stations):
            end = start + usable  # a pipe longer than a sheet: cut it
            if stations[last + 1] <= end:
                last, end = last + 1, stations[last + 1]
        else:
            end = stations[last]
        manholes = [k for k in range(len(stations)) if start - 1e-9 <= stations[k] <= end + 1e-9]
        pipes = [k for k, p in enumerate(profile.pipes)
                 if p.station_to > start + 1e-9 and p.station_from < end - 1e-9]
        values = _heights(profile, manholes, pipes) or [0.0]
        datum = float(math.floor(min(values) - 0.5))  # a whole metre below the lowest invert
        sheets.append(Sheet(start - margin_m, start - margin_m + width_m, datum, manholes,
                            pipes))
        if end >= stations[-1] - 1e-9:
            break
        if end == stations[last] and last > first:
            first, start = last, stations[last]
        else:
            start = end
            first = max(k for k in range(len(stations)) if stations[k] <= end + 1e-9)
    return sheets
