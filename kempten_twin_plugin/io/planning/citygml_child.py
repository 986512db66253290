"""The second reader of a large CityGML file (see citygml_halves): reads its part with the
same reader as in-process and writes to a spool file, as length-prefixed pickled frames:
("rows", [row …]) batches, ("readings", {srsNames: CrsReading}) whenever it decides how
to read a CRS (before the rows read with it), and at the end ("done", summary) with what
the parent needs for its report, or ("failed", traceback) with exit code 2.

Run as ``python -m kempten_twin_plugin.io.planning.citygml_child PATH PART EPSG CITY
LANGUAGE SPOOL``: PART is file_split.Part.to_argument, EPSG and CITY (JSON of the working
copy's extent) may be empty.
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Sequence

from ..exchange.reader_child import send_frame, translated_application  # qgis bare first

_BATCH = 1000  # rows per pickled batch


def child_main(argv: Sequence[str]) -> int:
    path, part, source_epsg, city, language, spool = argv
    sys.stdout = sys.stderr
    with open(spool, "wb") as out:

        def send(message):
            send_frame(out, message)  # the parent follows the file as it grows

        try:
            from ..exchange.file_split import Part
            from ..geometry_check import GeometryCheck
            from .citygml import CityGmlReader

            app = translated_application(language)  # noqa: F841  (kept alive while reading)
            check = GeometryCheck(tuple(json.loads(city)) if city else None)
            reader = CityGmlReader(path, int(source_epsg) if source_epsg else None, check)
            batch, known = [], 0
            for row in reader.buildings(Part.from_argument(part), require=False):
                if len(reader.readings) != known:
                    # A CRS reading decided here goes before the rows read with it, so the
                    # parent can compare it with its own before it takes them.
                    if batch:
                        send(("rows", batch))
                        batch = []
                    known = len(reader.readings)
                    send(("readings", {key: r for key, (r, _) in reader.readings.items()}))
                batch.append(row)
                if len(batch) >= _BATCH:
                    send(("rows", batch))
                    batch = []
            send(("rows", batch))
            send(("done", {
                "count": reader.count,
                "readings": {key: r for key, (r, _) in reader.readings.items()},
                "lines": check.lines, "refused": check.refused, "repaired": check.repaired,
                "outside": check.outside}))
        except Exception:  # the parent reads the whole file itself and reports what it finds
            send(("failed", traceback.format_exc()))
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
