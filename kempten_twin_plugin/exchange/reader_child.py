"""The reading process of an import (see reader_process): reads the file with the same
reader as in-process and streams records, skips and progress to the parent as
length-prefixed pickled batches on stdout; errors go the same way.

Run as ``python -m kempten_twin_plugin.exchange.reader_child FORMAT PATH EPSG LANGUAGE``.
"""

import pickle
import sys
import traceback
import types


def _qt_without_qgis():
    """The reader needs Qt's translator only, but ``import qgis`` loads QGIS's core and GUI
    libraries (about 70 MB) into this process. The plugin's ``qgis.PyQt.QtCore`` is
    PyQt5's own module, so it is offered under that name; without PyQt5, qgis it is."""
    if "qgis" in sys.modules:
        return
    try:
        from PyQt5 import QtCore
    except ImportError:
        return
    qgis, pyqt = types.ModuleType("qgis"), types.ModuleType("qgis.PyQt")
    qgis.__path__, pyqt.__path__ = [], []
    qgis.PyQt, pyqt.QtCore = pyqt, QtCore
    sys.modules.update({"qgis": qgis, "qgis.PyQt": pyqt, "qgis.PyQt.QtCore": QtCore})


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


def child_main(argv):
    format_name, path, source_epsg, language = argv
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but records may go into the stream

    def send(message):
        frame = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(len(frame).to_bytes(8, "little") + frame)
        out.flush()

    try:
        from qgis.PyQt.QtCore import QCoreApplication, QTranslator

        from .. import paths
        from .crs import CoordinateReader
        from .isybau_import import FORMAT as ISYBAU_FORMAT
        from .isybau_import import IsybauReader
        from .m150_import import M150Reader

        app = QCoreApplication([])  # translators need an application object
        translator = QTranslator()
        if language != "en" and translator.load(paths.translation_file(language)):
            app.installTranslator(translator)
        outgoing = []
        report = _ForwardingReport(outgoing)
        coordinates = CoordinateReader(int(source_epsg) if source_epsg else None)
        reader_class = IsybauReader if format_name == ISYBAU_FORMAT else M150Reader
        reader = reader_class(path, coordinates, report)
        for record in reader.read(progress=lambda percent: outgoing.append(("progress", percent))):
            outgoing.append(record)
            if len(outgoing) >= _BATCH:
                send(("items", outgoing))
                outgoing.clear()
        send(("items", outgoing))
        send(("done", report.version, dict(report.kept_codes), coordinates.description(),
              _peak_mb()))
    except Exception as error:  # noqa: BLE001 - everything goes to the parent, which decides
        if type(error).__name__ == "ExchangeError":  # the reader's message for the user
            send(("error", error.reason, error.line))
        else:
            send(("failed", traceback.format_exc()))
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
