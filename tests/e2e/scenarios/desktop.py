"""The harness every desktop scenario shares: the report (checks, errors, screenshots), the
steps runner on QGIS's event loop, finding the plugin's parts, screenshots and the steps
every scenario starts with (the plugin loaded, its parts, the working copy open).

Runs inside QGIS only; scripts/qgis_desktop.py passes its settings in KT_* environment
variables.
"""

import json
import os
import subprocess
import sys
import time
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget, QToolBar, QWidget
from qgis.utils import iface

PLUGIN_ID = "kempten_twin_plugin"
MODE = os.environ.get("KT_MODE", "run")
OUT = os.environ.get("KT_OUT_DIR", ".")
RESULT = os.environ.get("KT_RESULT", os.path.join(OUT, f"{MODE}-result.json"))
KEEP_OPEN = os.environ.get("KT_KEEP_OPEN") == "1"
START = float(os.environ.get("KT_START_TIME", time.time()))

DRAINAGE_COLOURS = {"KS": (0x8B, 0x3A, 0x1A), "KR": (0x1F, 0x5F, 0xD1), "KM": (0xC0, 0x16, 0x8C)}

report = {"mode": MODE, "errors": [], "screenshots": [], "checks": {}}


def fail(message):
    report["errors"].append(message)


def check(name, value, ok=True):
    report["checks"][name] = value
    if not ok:
        fail(f"{name}: {value!r}")


def write_result():
    """The report as it stands, written now (a later step may take QGIS down)."""
    with open(RESULT, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False, default=str)


def finish():
    report["ready_seconds"] = report.get("ready_seconds")
    write_result()
    if KEEP_OPEN:
        return
    QgsProject.instance().setDirty(False)
    sys.stdout.flush()
    # Leave at once: a normal exit would ask about unsaved settings on some versions.
    QTimer.singleShot(200, lambda: os._exit(0))


def plugin_parts():
    """Counts of everything the plugin adds to QGIS, found by object name."""
    window = iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    return {
        "toolbars": len([t for t in window.findChildren(QToolBar)
                         if t.objectName() == "KemptenTwinToolbar"]),
        "docks": len([d for d in window.findChildren(QDockWidget)
                      if d.objectName() == "KemptenTwinNetworkDock"]),
        "menus": len([a for a in window.menuBar().actions()
                      if a.menu() is not None and a.menu().objectName() == "KemptenTwinMenu"]),
        "actions": len([a for a in window.findChildren(QAction)
                        if a.objectName().startswith("KemptenTwin")]),
        "provider": registry.providerById("kempten_twin") is not None,
        "status_widgets": len([w for w in window.findChildren(QWidget)
                               if w.objectName() == "KemptenTwinSyncStatus"]),
        "locator_filters": _locator_filter_count(),
    }


def locator_widget():
    from qgis.gui import QgsLocatorWidget
    from qgis.PyQt import sip

    found = [w for w in iface.mainWindow().findChildren(QWidget)
             if w.metaObject().className() == "QgsLocatorWidget"]
    return sip.cast(found[0], QgsLocatorWidget) if found else None


def _locator_filter_count():
    widget = locator_widget()
    if widget is None:
        return None
    return len([f for f in widget.locator().filters() if f.name() == "kempten_twin"])


def action(object_name):
    for a in iface.mainWindow().findChildren(QAction):
        if a.objectName() == object_name:
            return a
    return None


def screenshot(name):
    path = os.path.join(OUT, f"{name}.png")
    QApplication.processEvents()
    done = subprocess.run(["import", "-window", "root", path], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"screenshot {name} failed: {done.stderr.strip()}")
    else:
        report["screenshots"].append(path)
    canvas_path = os.path.join(OUT, f"{name}-canvas.png")
    iface.mapCanvas().saveAsImage(canvas_path)
    return canvas_path


def colour_pixels(image_path):
    """Pixels near each drainage colour: proof that the styled network was drawn."""
    image = QImage(image_path)
    counts = {k: 0 for k in DRAINAGE_COLOURS}
    step = 2
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            for kind, (r, g, b) in DRAINAGE_COLOURS.items():
                if abs(c.red() - r) + abs(c.green() - g) + abs(c.blue() - b) < 60:
                    counts[kind] += 1
    return counts


def pixels_near(image_path, rgb, tolerance=60):
    """Pixels within ``tolerance`` of one colour."""
    image = QImage(image_path)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - rgb[0]) + abs(c.green() - rgb[1]) + abs(c.blue() - rgb[2]) < tolerance:
                count += 1
    return count


class Steps:
    """Run steps one after another on the event loop; a step may ask to wait for a render."""

    def __init__(self, steps):
        self.steps = list(steps)
        self.deadline = None

    def start(self):
        QTimer.singleShot(300, self.next)

    def next(self):
        if not self.steps:
            finish()
            return
        step = self.steps.pop(0)
        try:
            wait = step()
        except Exception:  # a failed step is a finding, then we go on
            fail(f"step {step.__name__} raised:\n{traceback.format_exc()}")
            wait = None
        if wait == "render":
            self.watch_render(time.time() + 90)
        elif callable(wait):
            self.wait_until(wait, time.time() + 120)
        elif isinstance(wait, (int, float)):
            QTimer.singleShot(int(wait * 1000), self.next)
        else:
            QTimer.singleShot(50, self.next)

    def wait_until(self, predicate, deadline):
        if not predicate() and time.time() < deadline:
            QTimer.singleShot(200, lambda: self.wait_until(predicate, deadline))
            return
        QTimer.singleShot(300, self.next)

    def watch_render(self, deadline):
        """Wait for the redraw the step asked for. A refresh starts from a timer, so right
        after the step the canvas may not be drawing yet (on a busy machine for a while):
        wait for its "refreshed" signal, or, when nothing starts drawing within 3 s, go on."""
        canvas = iface.mapCanvas()
        seen = {"refreshed": False, "drawing": False}

        def refreshed():
            seen["refreshed"] = True

        canvas.mapCanvasRefreshed.connect(refreshed)
        self.wait_render(canvas, seen, refreshed, time.time() + 3.0, deadline)

    def wait_render(self, canvas, seen, refreshed, quiet_until, deadline):
        drawing = canvas.isDrawing()
        seen["drawing"] = seen["drawing"] or drawing
        waiting = drawing or (not seen["refreshed"] and
                              (seen["drawing"] or time.time() < quiet_until))
        if waiting and time.time() < deadline:
            QTimer.singleShot(200, lambda: self.wait_render(canvas, seen, refreshed,
                                                            quiet_until, deadline))
            return
        canvas.mapCanvasRefreshed.disconnect(refreshed)
        QTimer.singleShot(700, self.next)  # let labels and the window repaint


# --- steps ------------------------------------------------------------------------

def wait_for_plugin():
    from qgis.utils import plugins

    report["ready_seconds"] = time.time() - START
    check("plugin_loaded", PLUGIN_ID in plugins, ok=(PLUGIN_ID in plugins) or MODE == "startup")
    if MODE == "startup":
        # QGIS's own start-up profile (Settings ▸ Options ▸ Debugging shows the same).
        profiler = QgsApplication.profiler()

        def walk(parent):
            for name in profiler.childGroups(parent, "startup"):
                path = f"{parent}/{name}" if parent else name
                report["startup_profile"][path] = profiler.profileTime(path, "startup")
                walk(path)

        report["startup_profile"] = {}
        walk("")
        return None
    window = iface.mainWindow()
    window.setGeometry(0, 0, 1600, 1000)
    window.showMaximized()
    return 1.0


def check_gui():
    parts = plugin_parts()
    check("parts_after_start", parts, ok=parts == EXPECTED_PARTS)
    open_action = action("KemptenTwinOpen")
    check("open_action_text", open_action.text() if open_action else None,
          ok=open_action is not None)
    dock = [d for d in iface.mainWindow().findChildren(QDockWidget)
            if d.objectName() == "KemptenTwinNetworkDock"]
    if dock:
        dock[0].show()
        dock[0].raise_()
        check("dock_title", dock[0].windowTitle())
    # Qt's own texts in German too (qtbase_de.qm), the help entry, the tools' shortcuts.
    from qgis.PyQt.QtCore import QCoreApplication
    check("qt_cancel_text", QCoreApplication.translate("QPlatformTheme", "Cancel"))
    help_action = action("KemptenTwinHelp")
    check("help_action_text", help_action.text() if help_action else None,
          ok=help_action is not None)
    identify = action("KemptenTwinIdentify")
    check("identify_shortcut", identify.shortcut().toString() if identify else None)


def open_working_copy():
    if not any(layer.customProperty("kempten_twin/table")
               for layer in QgsProject.instance().mapLayers().values()):
        action("KemptenTwinOpen").trigger()
    tables = sorted(layer.customProperty("kempten_twin/table")
                    for layer in QgsProject.instance().mapLayers().values()
                    if layer.customProperty("kempten_twin/table"))
    check("layers", tables, ok=set(tables) >= {"manhole", "pipe", "gully", "lateral", "defect"})
    iface.mapCanvas().refreshAllLayers()
    return "render"


EXPECTED_PARTS = {"toolbars": 1, "docks": 1, "menus": 1, "actions": 28, "provider": True,
                  "status_widgets": 1, "locator_filters": 1}
NO_PARTS = {"toolbars": 0, "docks": 0, "menus": 0, "actions": 0, "provider": False,
            "status_widgets": 0, "locator_filters": 0}
