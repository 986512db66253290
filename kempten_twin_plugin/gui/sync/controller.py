"""Sync in the desktop: the status-bar widget, the background task, automatic sync.

The widget shows what a depot laptop needs at a glance: pending local changes, open
conflicts, the last sync and whether the server answered. Sync itself runs in a QgsTask
(progress and cancel in QGIS's task bar); the GUI never waits for the network.
"""

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ...i18n import tr
from ...render.layers import working_copy_layers
from ...store.server_connection import connect
from ...store.sync_local import local_status
from ...sync.session import sync
from ...tasks import Task


class SyncStatusWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinSyncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.label = QLabel(self)
        layout.addWidget(self.button)
        layout.addWidget(self.label)

    def show_status(self, status, offline=False, running=False):
        if status is None:
            text = tr("Sync: no working copy")
        else:
            pending, conflicts, refused, last = status
            parts = [tr("{n} pending").format(n=pending)]
            if conflicts:
                parts.append(tr("{n} conflicts").format(n=conflicts))
            if refused:
                parts.append(tr("{n} refused").format(n=refused))
            parts.append(tr("last sync {when}").format(when=last[:16].replace("T", " ")
                                                       if last else tr("never")))
            text = tr("Sync: ") + " · ".join(parts)
        if offline:
            text += " · " + tr("offline")
        if running:
            text = tr("Sync running …")
        self.label.setText(text)


class SyncController(QObject):
    def __init__(self, iface, settings, action, on_synced, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.settings = settings
        self.action = action
        self.on_synced = on_synced
        self.task = None
        self.offline = False
        self.widget = SyncStatusWidget()
        self.widget.button.setDefaultAction(action)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(60_000)
        self._auto_due = 0
        self.refresh()

    def teardown(self):
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()

    def refresh(self):
        try:
            status = local_status(self.settings.working_copy)
        except Exception:  # a locked or broken file must not break the status bar
            status = None
        self.widget.show_status(status, self.offline, self.task is not None)

    def _tick(self):
        self.refresh()
        minutes = self.settings.auto_sync_minutes
        if minutes > 0 and self.task is None:
            self._auto_due += 1
            if self._auto_due >= minutes:
                self._auto_due = 0
                self.start(quiet=True)

    def start(self, quiet=False):
        if self.task is not None:
            return
        server = self.settings.server
        schema = self.settings.server_schema
        if not server:
            self.iface.messageBar().pushMessage(
                "Kempten Twin", tr("No central server is configured (Settings ▸ Options ▸ "
                                   "Kempten Twin). The working copy works without one."),
                Qgis.MessageLevel.Info, 8)
            return
        path = self.settings.working_copy

        def work(task):
            connection = connect(server)
            try:
                return sync(path, connection, schema, task.setProgress, task.isCanceled)
            finally:
                connection.close()

        self.task = Task(tr("Kempten Twin: synchronising"), work,
                         lambda task: self._done(task, quiet))
        self.action.setEnabled(False)
        self.widget.show_status(None, running=True)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, task, quiet):
        self.task = None
        self.action.setEnabled(True)
        bar = self.iface.messageBar()
        if task.error is not None:
            self.offline = getattr(task.error, "unreachable", False)
            if not (quiet and self.offline):  # automatic sync stays quiet when offline
                bar.pushMessage("Kempten Twin", str(task.error), Qgis.MessageLevel.Warning, 10)
        elif task.result is not None:
            self.offline = False
            r = task.result
            level = Qgis.MessageLevel.Warning if (r["CONFLICTS"] or r["REFUSED"]) \
                else Qgis.MessageLevel.Success
            if not quiet or level == Qgis.MessageLevel.Warning:
                bar.pushMessage("Kempten Twin", tr(
                    "Synchronised: sent {pushed}, received {pulled}, new conflicts {conflicts}, "
                    "refused {refused}.").format(pushed=r["PUSHED"], pulled=r["PULLED"],
                                                 conflicts=r["CONFLICTS"], refused=r["REFUSED"]),
                    level, 6)
            for layer in working_copy_layers().values():
                layer.reload()
                layer.triggerRepaint()
        self.refresh()
        self.on_synced()
