"""What a parser hands the writer: one asset or inspection, already in working-copy terms."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple


@dataclass
class Asset:
    table: str  # manhole, pipe, lateral, gully
    kind: str  # for the report: Schacht, Haltung, Leitung, Straßenablauf …
    code: str  # object code (Objektbezeichnung)
    line: int
    values: Dict[str, object] = field(default_factory=dict)  # working-copy columns
    points: List[Tuple[float, float]] = field(default_factory=list)  # EPSG:25832
    refs: Dict[str, str] = field(default_factory=dict)  # column -> object code of another asset
    codes: Dict[str, str] = field(default_factory=dict)  # raw values kept (source_record)

    def __reduce__(self) -> Tuple[type, Tuple[Any, ...]]:
        # Pickled as its fields in order (reader_process streams millions of these):
        # a third faster both ways than a dataclass's default state dict.
        return (Asset, (self.table, self.kind, self.code, self.line, self.values, self.points,
                        self.refs, self.codes))


@dataclass
class Observation:
    code: str
    station: Optional[float] = None
    characterisation1: Optional[str] = None
    characterisation2: Optional[str] = None
    quantity1: Optional[str] = None
    quantity2: Optional[str] = None
    clock_from: Optional[str] = None
    clock_to: Optional[str] = None
    condition_class: Optional[int] = None
    condition_scheme: Optional[str] = None  # also the scheme of the classes per criterion
    remark: Optional[str] = None
    class_tightness: Optional[int] = None  # Dichtheit
    class_stability: Optional[int] = None  # Standsicherheit
    class_operation: Optional[int] = None  # Betriebssicherheit
    damage_score: Optional[float] = None  # a score (ISYBAU Schadenszahl), never a class
    classification: Optional[str] = None  # the file's classification as it came (JSON)


@dataclass
class Inspection:
    asset_table: str  # manhole, pipe or lateral: where an object of this kind is kept
    code: str  # object code of the inspected asset
    line: int
    inspected_on: Optional[str] = None  # ISO date
    direction: Optional[str] = None
    standard: str = ""
    condition_class: Optional[int] = None
    condition_scheme: Optional[str] = None
    observations: List[Observation] = field(default_factory=list)
    # What the file says was inspected (ISYBAU Anlagentyp: Haltung, Anschlussleitung,
    # Schacht, Bauwerk; DWA-M 150: Haltung, Leitung, Knoten): it decides which objects the
    # inspection may be linked to, as object codes are unique per kind only.
    object_kind: str = ""
    damage_score: Optional[float] = None
    evaluation: Optional[str] = None  # the file's evaluation as it came (JSON)


def number(text: Optional[str]) -> Optional[float]:
    """A float from '12.5' or '12,5'; None for empty. ValueError for anything else."""
    if text is None:
        return None
    try:
        value = float(text)  # most values; float() ignores surrounding blanks itself
    except ValueError:
        text = text.strip().replace(",", ".")
        if not text:
            return None
        value = float(text)
    if value - value != 0.0:  # NaN or infinite
        raise ValueError(text.strip().replace(",", "."))
    return value


def line_length(points: Sequence[Tuple[float, float]]) -> float:
    return sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
               for (x1, y1), (x2, y2) in zip(points, points[1:]))
