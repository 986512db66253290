"""The plugin unloaded and loaded again, twice, leaving nothing behind and raising nothing;
and the plugin's own start-up cost."""

import sys
import time
import traceback

from qgis.core import QgsProject

from .desktop import EXPECTED_PARTS, NO_PARTS, PLUGIN_ID, check, plugin_parts, report

_hook_errors = []


def _catch_python_errors():
    # A slot left connected to a deleted widget raises on the next emit; catch it here
    # instead of letting QGIS show its Python error dialog.
    report["_old_hook"] = sys.excepthook
    sys.excepthook = lambda *exc: _hook_errors.append("".join(traceback.format_exception(*exc)))


def unload_plugin():
    from qgis.utils import unloadPlugin

    if "_old_hook" not in report:
        _catch_python_errors()
    unloadPlugin(PLUGIN_ID)
    return 0.5  # deleteLater() runs on the event loop


def check_unloaded():
    from qgis.PyQt.QtXml import QDomDocument

    parts = plugin_parts()
    round_no = len([k for k in report["checks"] if k.startswith("parts_after_unload")])
    check(f"parts_after_unload_{round_no}", parts, ok=parts == NO_PARTS)
    QgsProject.instance().readProject.emit(QDomDocument())
    return 0.2


def load_plugin():
    from qgis.utils import loadPlugin, startPlugin

    loadPlugin(PLUGIN_ID)
    startPlugin(PLUGIN_ID)
    return 0.5


def check_reloaded():
    from qgis.utils import plugins

    parts = plugin_parts()
    round_no = len([k for k in report["checks"] if k.startswith("parts_after_reload")])
    check(f"parts_after_reload_{round_no}", parts, ok=parts == EXPECTED_PARTS)
    check(f"plugin_connections_{round_no}", len(plugins[PLUGIN_ID].connections))


def check_no_python_errors():
    sys.excepthook = report.pop("_old_hook", sys.excepthook)
    check("errors_during_reload", list(_hook_errors), ok=not _hook_errors)


STEPS = [unload_plugin, check_unloaded, load_plugin, check_reloaded] * 2 + [
    check_no_python_errors]


def measure_plugin_start():
    """The plugin's own cost: import + initGui after a full unload (modules dropped)."""
    from qgis.utils import loadPlugin, plugins, startPlugin, unloadPlugin

    if PLUGIN_ID not in plugins:
        return None
    unloadPlugin(PLUGIN_ID)
    started = time.perf_counter()
    loadPlugin(PLUGIN_ID)
    startPlugin(PLUGIN_ID)
    check("plugin_start_seconds", time.perf_counter() - started)
    return None

