"""Setting GDAL's per-row triggers aside while a bulk write does their work in one go.

GDAL keeps a GeoPackage's R-tree and feature count up to date by triggers that run SQL
(and, for the R-tree, Python functions) for every inserted row. A writer that knows the
envelopes and the count writes them itself, once; inside its transaction, so a rollback
brings the triggers back with everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable

if TYPE_CHECKING:
    import sqlite3


def lift(db: sqlite3.Connection, names: Iterable[str]) -> Dict[str, str]:
    """Drop those of the triggers ``names`` that exist; returns {name: SQL} of the dropped."""
    lifted = {}
    for name in names:
        row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (name,)).fetchone()
        if row is not None:
            db.execute(f'DROP TRIGGER "{name}"')
            lifted[name] = row[0]
    return lifted


def put_back(db: sqlite3.Connection, lifted: Dict[str, str]) -> None:
    """Create the lifted triggers again."""
    for sql in lifted.values():
        db.execute(sql)
