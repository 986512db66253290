"""Bavarian open-data basemaps under the network, from a configurable list.

The layers are made in a background task, because a WMS/WMTS provider asks the server
for its capabilities while it is created, and a slow connection must not freeze QGIS.
Offline, the layers still go into the project: empty, with QGIS's usual "unavailable"
marker, and without an error dialog.
"""

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import tr
from ..tasks import Task

GROUP_PROPERTY = "kempten_twin/basemaps"


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


def add_basemaps_in_background(definitions, on_done):
    """Start the task; ``on_done(reachable, total)`` runs in the main thread afterwards."""

    def done(task):
        if task.error is not None or task.result is None:
            on_done(0, len(definitions))
            return
        on_done(add_to_project(task.result), len(task.result))

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
