"""The reading process of an import (see reader_process): reads the file with the same
reader as in-process and streams records, skips and progress to the parent as
length-prefixed pickled batches on stdout; errors go the same way.

Run as ``python -m kempten_twin_plugin.io.exchange.reader_child FORMAT PATH EPSG LANGUAGE
[PART [OVERRIDES]]``; PART (file_split.Part.to_argument, may be empty) reads only that part
of the file, OVERRIDES (JSON) is the user's code mapping (io.exchange.codes). The exit
code is 2 after an error was sent, so the parent sees a failed reader without reading on.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import sys
import traceback
import types
from typing import TYPE_CHECKING, BinaryIO, Sequence

if TYPE_CHECKING:
    from qgis.PyQt.QtCore import QCoreApplication


def _qt_without_qgis():
    """The reader needs Qt's translator only, but ``import qgis`` runs the package's
    ``__init__``, which loads QGIS's GUI library (about 85 MB) into this process. The
    package is therefore registered bare, with its real folder, so that ``qgis.PyQt.QtCore``
    (QGIS's own Qt5/Qt6 shim) loads from there and nothing else does."""
    if "qgis" in sys.modules:
        return
    spec = importlib.util.find_spec("qgis")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return
    package = types.ModuleType("qgis")
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules["qgis"] = package
    try:
        importlib.import_module("qgis.PyQt.QtCore")
    except ImportError:  # the shim wants more of QGIS here: load QGIS as usual
        for name in [n for n in sys.modules if n == "qgis" or n.startswith("qgis.")]:
            del sys.modules[name]


_qt_without_qgis()  # before anything of ours imports qgis.PyQt

_BATCH = 1000  # records per message


class _ForwardingReport:
    """The child's report: skips go into the outgoing stream in their place."""

    def __init__(self, outgoing):
        from collections import Counter

        self.kept_codes = Counter()
        self.version = ""
        self.outgoing = outgoing

    def skip(self, line, code, reason):
        self.outgoing.append(("skip", line, code, str(reason)))


def _peak_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return int(next(line for line in status if line.startswith("VmHWM")).split()[1]) / 1024
    except (OSError, StopIteration, ValueError):
        return None


def send_frame(out: BinaryIO, message: object) -> None:
    """One message for the parent: its pickle, prefixed with its length (8 bytes, little
    endian), flushed at once (the parent reads as it comes)."""
    frame = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(frame).to_bytes(8, "little") + frame)
    out.flush()


def translated_application(language: str) -> QCoreApplication:
    """The Qt application object of a reading process, with our translation in
    ``language`` installed ("en": none), so its messages read as in the parent."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from ... import paths

    app = QCoreApplication([])  # translators need an application object
    translator = QTranslator(app)
    if language != "en" and translator.load(paths.translation_file(language)):
        app.installTranslator(translator)
    return app


def child_main(argv: Sequence[str]) -> int:
    format_name, path, source_epsg, language, *part = argv
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but records may go into the stream

    def send(message):
        send_frame(out, message)

    try:
        from ..crs import CoordinateReader
        from ..isybau.reader import FORMAT as ISYBAU_FORMAT
        from ..isybau.reader import IsybauReader
        from ..m150.reader import M150Reader
        from .codes import CodeMapping
        from .file_split import Part

        app = translated_application(language)  # noqa: F841  (kept alive while reading)
        outgoing = []
        report = _ForwardingReport(outgoing)
        coordinates = CoordinateReader(int(source_epsg) if source_epsg else None)
        overrides = json.loads(part[1]) if len(part) > 1 and part[1] else None
        if format_name == ISYBAU_FORMAT:
            mapping = CodeMapping("isybau", overrides)
            reader = IsybauReader(path, coordinates, report, mapping)
        else:
            mapping = CodeMapping("m150", overrides)
            reader = M150Reader(path, coordinates, report, mapping)
        if part and part[0]:
            reader.part = Part.from_argument(part[0])
        for record in reader.read(progress=lambda percent: outgoing.append(("progress", percent))):
            outgoing.append(record)
            if len(outgoing) >= _BATCH:
                send(("items", outgoing))
                outgoing.clear()
        send(("items", outgoing))
        send(("done", report.version, dict(report.kept_codes), coordinates.description(),
              _peak_mb(), dict(mapping.used)))
    except Exception as error:  # everything goes to the parent, which decides
        if type(error).__name__ == "ExchangeError":  # the reader's message for the user
            send(("error", error.reason, error.line))
        else:
            send(("failed", traceback.format_exc()))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
