"""Bavarian open-data basemaps under the network, from a configurable list.

The layers are made in a background task, because a WMS/WMTS provider asks the server
for its capabilities while it is created, and a slow connection must not freeze QGIS.
Offline, the layers still go into the project: empty, with QGIS's usual "unavailable"
marker, and without an error dialog.

Each web service is first asked for its capabilities with an overall deadline
(``PROBE_SECONDS``, cancelled with the task as well): a server that answers one byte a
second would otherwise hold the task for as long as it likes, since QGIS's network timeout
only counts idle time. A service that does not answer in time is left out this time and
counted as unreachable.
"""

import threading
import time

from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsDataSourceUri,
    QgsFeedback,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..i18n import tr
from ..tasks import Task

GROUP_PROPERTY = "kempten_twin/basemaps"
PROBE_SECONDS = 10.0


def capabilities_url(definition):
    """The URL a web basemap's capabilities are read from, or None for a local file."""
    uri = QgsDataSourceUri()
    uri.setEncodedUri(definition["source"])
    url = uri.param("url")
    if not url.lower().startswith(("http://", "https://")):
        return None
    if url.lower().endswith(".xml"):
        return url
    return url + ("&" if "?" in url else "?") + "SERVICE=WMS&REQUEST=GetCapabilities"


def probe(url, seconds=None, is_canceled=None):
    """'ok', 'unreachable' (an error came back) or 'timeout' (no whole answer within
    ``seconds``, or cancelled)."""
    deadline = time.monotonic() + (PROBE_SECONDS if seconds is None else seconds)
    feedback = QgsFeedback()
    stop = threading.Event()

    def watch():  # the request blocks this thread; a second one keeps the deadline
        while not stop.wait(0.1):
            if time.monotonic() > deadline or (is_canceled is not None and is_canceled()):
                feedback.cancel()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        code = QgsBlockingNetworkRequest().get(QNetworkRequest(QUrl(url)), False, feedback)
    finally:
        stop.set()
        watcher.join()
    if feedback.isCanceled():
        return "timeout"
    return "ok" if code == QgsBlockingNetworkRequest.ErrorCode.NoError else "unreachable"


def make_layers(definitions, task=None, unanswered=None):
    """Create the raster layers; may run in a worker thread. The names of services that
    gave no answer in time are appended to ``unanswered``; they get no layer this time."""
    main_thread = QCoreApplication.instance().thread()
    layers = []
    for n, definition in enumerate(definitions):
        if task is not None:
            if task.isCanceled():
                break
            task.setProgress(100.0 * n / max(1, len(definitions)))
        url = capabilities_url(definition)
        if url and probe(url, is_canceled=task.isCanceled if task else None) == "timeout":
            if unanswered is not None:
                unanswered.append(definition["name"])
            continue
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


def add_basemaps_in_background(definitions, on_done):
    """Start the task; ``on_done(reachable, total)`` runs in the main thread afterwards."""

    def done(task):
        if task.error is not None or task.result is None:
            on_done(0, len(definitions))
            return
        on_done(add_to_project(task.result), len(definitions))

    task = Task(tr("Loading basemaps"), lambda t: make_layers(definitions, t), done)
    QgsApplication.taskManager().addTask(task)
    return task


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
