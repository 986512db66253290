"""Bavarian open-data basemaps under the network, from a configurable list.

Adding them takes two steps, so that no service can hold QGIS up:
1. **Probe** (main thread, asynchronous): each service is asked once for what its layer
   will ask for first (capabilities or a tile), all at once, with one overall deadline.
   Nothing blocks, and the probe can be cancelled.
2. **Make the layers** (background task) for the services that answered in time, or that
   failed at once (offline): a WMS/WMTS layer asks for its capabilities while it is made.
   Offline, the layers still go into the project: empty, with QGIS's usual "unavailable"
   marker, and without an error dialog.

A service still silent at the deadline is left out and named: making its layer would
wait on it again, in a blocking request nobody can cancel.
"""

from qgis.core import QgsApplication, QgsDataSourceUri, QgsNetworkAccessManager, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..i18n import tr
from ..tasks import Task

GROUP_PROPERTY = "kempten_twin/basemaps"
PROBE_DEADLINE_S = 10.0


def make_layers(definitions, task=None):
    """Create the raster layers; may run in a worker thread."""
    main_thread = QCoreApplication.instance().thread()
    layers = []
    for n, definition in enumerate(definitions):
        if task is not None:
            if task.isCanceled():
                break
            task.setProgress(100.0 * n / max(1, len(definitions)))
        layer = QgsRasterLayer(definition["source"], definition["name"],
                               definition.get("provider", "wms"))
        layer.moveToThread(main_thread)  # owned by the project, in the main thread
        layers.append((layer, bool(definition.get("visible", True))))
    return layers


def add_to_project(layers, project=None):
    """Put the layers into a group at the bottom of the layer tree; returns how many work."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    for group in list(root.children()):
        if group.customProperty(GROUP_PROPERTY):
            project.removeMapLayers([node.layerId() for node in group.findLayers()])
            root.removeChildNode(group)
    group = root.addGroup(tr("Basemaps"))
    group.setCustomProperty(GROUP_PROPERTY, True)
    reachable = 0
    for layer, visible in layers:
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        reachable += layer.isValid()
    return reachable


def probe_url(definition):
    """The first URL the layer will fetch, or None for a source that needs no network."""
    if definition.get("provider", "wms") != "wms":
        return None
    uri = QgsDataSourceUri()
    uri.setEncodedUri(definition["source"])
    url = uri.param("url")
    if not url.lower().startswith(("http://", "https://")):
        return None
    if uri.param("type") == "xyz":  # a tile of the top level stands for the service
        return url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{-y}", "0")
    if ".xml" in url.lower() or "request=" in url.lower():  # WMTS capabilities document
        return url
    return url + ("&" if "?" in url else "?") + "SERVICE=WMS&REQUEST=GetCapabilities"


class BasemapProbe(QObject):
    """Asks every service at once; ``on_done(silent_names)`` once all answered or time is up.

    Runs in the main thread on QGIS's network manager (proxy and SSL settings included)
    and never blocks it. ``cancel()`` aborts every open request; ``on_done`` then gets None.
    """

    def __init__(self, definitions, on_done, deadline_s=None):
        super().__init__()
        deadline_s = PROBE_DEADLINE_S if deadline_s is None else deadline_s
        self._on_done = on_done
        self._open = {}  # reply -> service name
        self._silent = []
        self._finished = False
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._deadline_passed)
        manager = QgsNetworkAccessManager.instance()
        for definition in definitions:
            url = probe_url(definition)
            if url is None:
                continue
            request = QNetworkRequest(QUrl(url))
            reply = manager.get(request)
            self._open[reply] = definition["name"]
            reply.finished.connect(lambda reply=reply: self._answered(reply))
        self._timer.start(int(deadline_s * 1000))
        if not self._open:
            QTimer.singleShot(0, self._finish)

    def _answered(self, reply):
        if reply in self._open:
            del self._open[reply]
            reply.deleteLater()
        if not self._open:
            self._finish()

    def _deadline_passed(self):
        # Names first: abort() emits finished at once, which removes the reply.
        self._silent = list(self._open.values())
        self._abort_all()
        self._finish()

    def cancel(self):
        self._cancelled = True
        self._abort_all()
        self._finish()

    def _abort_all(self):
        for reply in list(self._open):
            self._open.pop(reply, None)
            reply.abort()
            reply.deleteLater()

    def _finish(self):
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        self._on_done(None if self._cancelled else self._silent)


class BasemapRun:
    """Probe, then the layer task; ``on_done(reachable, total, silent_names)`` in the main thread.

    Keep a reference for as long as it runs (the probe is a QObject of its own).
    """

    def __init__(self, definitions, on_done, deadline_s=None):
        self.definitions = list(definitions)
        self.task = None
        self.silent = []
        self._on_done = on_done
        self._cancelled = False
        self.probe = BasemapProbe(self.definitions, self._probed, deadline_s)

    def _probed(self, silent):
        if silent is None or self._cancelled:
            return
        self.silent = silent
        wanted = [d for d in self.definitions if d["name"] not in silent]
        total = len(self.definitions)
        if not wanted:  # nothing answered: the project keeps what it has
            self._on_done(0, total, silent)
            return

        def done(task):
            if self._cancelled:
                return
            if task.error is not None or task.result is None:
                self._on_done(0, total, silent)
                return
            self._on_done(add_to_project(task.result), total, silent)

        self.task = Task(tr("Loading basemaps"), lambda t: make_layers(wanted, t), done)
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        """Stops the probe or the task; nothing is added to the project afterwards."""
        self._cancelled = True
        self.probe.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # the task manager has deleted it already
                pass


def add_basemaps_in_background(definitions, on_done, deadline_s=None):
    """Starts the probe and the layer task; returns the run (keep it, ``cancel()`` it)."""
    return BasemapRun(definitions, on_done, deadline_s)


def visible_basemaps(project=None):
    """The basemap layers (of the plugin's group) that are switched on, top first."""
    project = project or QgsProject.instance()
    layers = []
    for group in project.layerTreeRoot().children():
        if not group.customProperty(GROUP_PROPERTY):
            continue
        for node in group.findLayers():
            if node.isVisible() and node.layer() is not None and node.layer().isValid():
                layers.append(node.layer())
    return layers
