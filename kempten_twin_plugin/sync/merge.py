"""The merge rules of sync, on plain values: which of my columns go out, which become a
conflict, what a pulled row looks like with my pending edits kept (DESIGN.md §5).

One representation of every value (``canonical``) lets local, base and server values be
compared exactly: the working copy holds SQLite values (text dates, 0/1 booleans,
GeoPackage blobs), the base snapshots of the change log are JSON, the server's rows come
in the working copy's representation already (store.sync_server).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from ..store import geometry as gpkg_geometry

Column = Tuple[str, str]  # (name, kind); the geometry as ("geom", "GEOM")
# Columns the server sets itself; a client's value in them is never a change of its own.
TRACKING = ("uuid", "version", "changed_at", "changed_by")


def _datetime_text(value) -> str:
    text = str(value).strip().replace(" ", "T")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    parsed = parsed.astimezone(timezone.utc)
    return parsed.strftime("%Y-%m-%dT%H:%M:%S.") + f"{parsed.microsecond // 1000:03d}Z"


def canonical(kind: str, value: Any, from_json: bool = False) -> Optional[str]:
    """Comparable text for a value of column type ``kind`` (or 'GEOM'); None stays None.
    ``from_json``: the value comes from a base snapshot (blobs and geometries as hex)."""
    if value is None:
        return None
    if kind == "GEOM":
        blob = bytes.fromhex(value) if from_json else bytes(value)
        wkb = gpkg_geometry.wkb_of(blob) if blob[:2] == b"GP" else blob
        return wkb.hex().upper()
    if kind == "BLOB":
        return value.upper() if from_json else bytes(value).hex().upper()
    if kind == "BOOLEAN":
        return "1" if int(value) else "0"
    if kind == "INTEGER":
        return str(int(value))
    if kind == "REAL":
        return repr(float(value))
    if kind == "DATETIME":
        return _datetime_text(value)
    if kind == "DATE":
        return str(value)[:10]
    return str(value)


def _base(kind: str, base: dict, name: str) -> Optional[str]:
    return canonical(kind, base.get(name), from_json=kind in ("GEOM", "BLOB"))


def snapshot(names: Sequence[str], row: Sequence) -> Dict[str, object]:
    """A row as the change log keeps a base: blobs as upper-case hex (JSON-safe)."""
    return {n: (v.hex().upper() if isinstance(v, (bytes, bytearray)) else v)
            for n, v in zip(names, row)}


class Conflict(NamedTuple):
    column: str
    mine: Optional[str]
    theirs: Optional[str]
    base: Optional[str]


def differences(cols: Sequence[Column], mine: Sequence, theirs: Sequence) -> List[Conflict]:
    """A row I inserted that the server has under the same uuid: each column where the two
    differ is a conflict (nothing is lost; the server's value stays)."""
    found = []
    for (name, kind), a, b in zip(cols, mine, theirs):
        if name in ("version", "changed_at", "changed_by"):
            continue
        if canonical(kind, a) != canonical(kind, b):
            found.append(Conflict(name, canonical(kind, a), canonical(kind, b), None))
    return found


def column_merge(cols: Sequence[Column], base: dict, mine: Sequence, theirs: Sequence,
                 server_moved: bool) -> Tuple[List[Tuple[str, str, object]], List[Conflict]]:
    """My update against the server's row, column by column.

    A column I did not change is not sent. One only I changed goes out. When the server's
    row moved since my base (``server_moved``), a column it changed too keeps its value:
    a conflict when the two values differ, nothing when both made the same change.
    Returns ([(name, kind, my value)] to send, [conflicts])."""
    send, conflicts = [], []
    for (name, kind), a, b in zip(cols, mine, theirs):
        if name in TRACKING:
            continue
        before = _base(kind, base, name)
        if canonical(kind, a) == before:
            continue  # I did not change this column
        if server_moved and canonical(kind, b) != before:
            if canonical(kind, b) != canonical(kind, a):
                conflicts.append(Conflict(name, canonical(kind, a), canonical(kind, b), before))
            continue  # the server's value stays
        send.append((name, kind, a))
    return send, conflicts


def rebase(cols: Sequence[Column], base: dict, mine: Sequence, theirs: Sequence) -> list:
    """A pulled row with my pending edits kept: my value where I changed the column since
    my base, the server's everywhere else (its version always)."""
    merged = []
    for (name, kind), a, b in zip(cols, mine, theirs):
        changed_here = canonical(kind, a) != _base(kind, base, name)
        merged.append(a if changed_here and name != "version" else b)
    return merged


def as_text(cols: Sequence[Column], row: Sequence) -> Dict[str, Optional[str]]:
    """A whole row as comparable text, for a conflict that concerns the whole row."""
    return {n: canonical(k, v) for (n, k), v in zip(cols, row)}
