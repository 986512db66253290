"""Help: the user guide (docs/handbuch, shipped in the plugin) opened from the "Hilfe" menu
entry and each Processing algorithm's help button; keyboard shortcuts for the tools a
crew planner uses most, registered with QGIS's shortcut manager (Settings ▸ Keyboard
Shortcuts lists them and lets the user change them) and unregistered on unload."""

from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from .. import paths

# object name of the action → default shortcut
SHORTCUTS = {
    "KemptenTwinIdentify": "Ctrl+Alt+I",
    "KemptenTwinTraceUpstream": "Ctrl+Alt+U",
    "KemptenTwinTraceDownstream": "Ctrl+Alt+D",
    "KemptenTwinReportDefect": "Ctrl+Alt+M",
    "KemptenTwinProfile": "Ctrl+Alt+L",
}


def open_page(page: str = "index") -> bool:
    """Open a page of the user guide in the system's browser."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(paths.handbook_page(page)))


class Shortcuts:
    """Registers the tools' shortcuts with QGIS and takes them back again."""

    def __init__(self):
        self._registered = []

    def register(self, window) -> int:
        from qgis.PyQt.QtWidgets import QAction

        manager = QgsGui.shortcutsManager()
        for name, sequence in SHORTCUTS.items():
            action = window.findChild(QAction, name)
            if action is None:
                continue
            if manager.registerAction(action, sequence):
                self._registered.append(action)
        return len(self._registered)

    def unregister(self) -> None:
        manager = QgsGui.shortcutsManager()
        for action in self._registered:
            manager.unregisterAction(action)
            action.setShortcut("")
        self._registered = []
