"""Reading a large CityGML file in two processes, one half each.

Most of a CityGML import is Python per building (rings, footprint, check, reprojection),
which threads cannot share (the interpreter lock) but two processes can. A CityGML file
is a flat list of ``cityObjectMember`` elements, the shape file_split cuts in two: this
process reads the first half while a child (citygml_child) reads the second and spools
its rows to a temporary file, which this process follows after its own half, so the rows
keep file order and are written while the child still reads.

Cutting never changes a result: if the child fails, or this half fails, or the halves read
the coordinate reference system differently, the whole file is read here as it would have
been without the cut, with its messages and line numbers.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import tempfile
import time
from typing import Any, Dict, Iterator, Optional, Tuple

from ...child_python import module_command
from ...errors import Cancelled
from ..exchange.file_split import find_halves
from ..exchange.reader_process import shown_language
from ..geometry_check import GeometryCheck
from .citygml import CityGmlReader
from .errors import PlanningImportError

# Below this the child's start (about half a second) costs more than it saves.
MIN_BYTES = 32_000_000
OBJECT = "cityObjectMember"
# This process also writes every row, so it reads a little less than half.
FIRST_SHARE = 0.45


def worth_two_processes(path: str) -> bool:
    # KT_CITYGML_HALVES_MIN_BYTES lets the tests take this path with a small file.
    least = int(os.environ.get("KT_CITYGML_HALVES_MIN_BYTES", MIN_BYTES))
    return (os.cpu_count() or 1) >= 2 and os.path.getsize(path) >= least


def read_buildings(reader: CityGmlReader) -> Iterator[Dict[str, Any]]:
    """The rows of ``reader.buildings()``, read by two processes when that pays; ``reader``
    ends with the count, CRS readings and check lines of the whole file either way.

    The first half's rows are yielded as they are read (the caller writes them while the
    child still reads), then the child's as it spools them. Should anything go wrong, the
    whole file is read here and the rows already yielded are skipped: they are the whole
    reading's first rows, since both halves read with the readings the whole file would."""
    halves = find_halves(reader.path, FIRST_SHARE, OBJECT) if worth_two_processes(reader.path) else None
    if halves is None:
        yield from reader.buildings()
        return
    first_part, second_part = halves
    handle, spool = tempfile.mkstemp(prefix="kt_citygml_", suffix=".rows")
    os.close(handle)
    city = json.dumps(list(reader.check.city)) if reader.check.city else ""
    command, env = module_command("io.planning.citygml_child")
    child = subprocess.Popen(
        command + [reader.path, second_part.to_argument(), str(reader.source_epsg or ""), city,
                   shown_language(), spool],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yielded = 0
    summary = None
    try:
        first = CityGmlReader(reader.path, reader.source_epsg, GeometryCheck(reader.check.city),
                              reader.is_canceled)
        try:
            for row in first.buildings(first_part, require=False):
                yield row
                yielded += 1
            read_first = True
        except Cancelled:
            raise
        except PlanningImportError:  # reading the whole file says what is wrong, and where
            read_first = False
        if read_first:
            for kind, value in _frames(spool, child, reader.is_canceled):
                if kind == "rows":
                    for row in value:
                        yield row
                        yielded += 1
                elif kind == "readings" and _agree(first.readings, value):
                    continue
                else:
                    summary = value if kind == "done" else None
                    break
    finally:
        _stop(child)
        if os.path.exists(spool):
            os.remove(spool)
    if summary is None:
        for n, row in enumerate(reader.buildings()):
            if n >= yielded:
                yield row
        return
    _absorb(reader, first, summary)
    reader.require_buildings()


def _frames(spool, child, is_canceled) -> Iterator[Tuple[str, Any]]:
    """The child's frames as it writes them; ends when it ended without another."""
    with open(spool, "rb") as frames:
        while True:
            header = _read(frames, 8, child, is_canceled)
            body = _read(frames, int.from_bytes(header, "little"), child, is_canceled) \
                if header is not None else None
            if body is None:
                return
            yield pickle.loads(body)


def _read(source, size, child, is_canceled) -> Optional[bytes]:
    """``size`` bytes of a file another process is still writing; None if it ended first."""
    data = b""
    while len(data) < size:
        chunk = source.read(size - len(data))
        if chunk:
            data += chunk
            continue
        if child.poll() is not None:
            chunk = source.read(size - len(data))  # what it wrote just before it ended
            if not chunk:
                return None
            data += chunk
            continue
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        time.sleep(0.005)
    return data


def _agree(first, second) -> bool:
    """Do both halves read the srsNames they share the same way?"""
    def essence(reading):
        return reading.epsg, reading.zone_prefix, reading.latitude_first

    return all(essence(second[key]) == essence(reading) for key, (reading, _) in first.items()
               if key in second)


def _absorb(reader, first, second) -> None:
    """The halves' counts, CRS readings and check lines, as one reading of the file."""
    reader.count = first.count + second["count"]
    reader.readings = dict(first.readings)
    for key, reading in second["readings"].items():
        reader.readings.setdefault(key, (reading, None))
    check = reader.check
    check.lines.extend(first.check.lines + second["lines"])
    check.refused += first.check.refused + second["refused"]
    check.repaired += first.check.repaired + second["repaired"]
    check.outside += first.check.outside + second["outside"]


def _stop(child) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()
