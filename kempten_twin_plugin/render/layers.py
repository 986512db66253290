"""Open the working copy in a QGIS project: one layer group per theme, styled, in order.

Uses qgis.core only, so the same code builds the demo project headless (`make run`) and
serves the plugin's "open working copy" action.
"""

import os

from qgis.core import (
    QgsLayerTreeGroup,
    QgsLayerTreeModel,
    QgsMapThemeCollection,
    QgsProject,
    QgsVectorLayer,
)

from .. import paths
from ..errors import KemptenTwinError
from ..i18n import tr
from ..store import working_copy
from ..store.demo_data import basemap_path

TABLE_PROPERTY = "kempten_twin/table"
GROUP_PROPERTY = "kempten_twin/group"
THEME_PROPERTY = "kempten_twin/themes"
# Tables with a second style, colouring them by condition class (resources/styles/
# <table>_condition.qml), and the map theme that switches to it.
CONDITION_TABLES = ("pipe", "manhole")


def condition_theme_name():
    """The map theme (and layer style) colouring pipes and manholes by condition class."""
    return tr("Condition class")


def standard_theme_name():
    return tr("Sewer network (drainage)")


def _network_layers():
    # Top to bottom as drawn: points above lines, small above large.
    return (
        ("defect", tr("Defects")),
        ("gully", tr("Street gullies")),
        ("manhole", tr("Manholes")),
        ("lateral", tr("Laterals")),
        ("pipe", tr("Pipes")),
    )


def _planning_layers():
    return (
        ("planned_building", tr("Planned buildings")),
        ("planned_project", tr("Building projects")),
    )


def groups():
    return (
        ("network", tr("Sewer network"), _network_layers()),
        ("planning", tr("Building projects"), _planning_layers()),
    )


class OpenError(KemptenTwinError):
    """The working copy cannot be opened; the message is meant for the user."""


def open_working_copy(path, project=None):
    """Add the working copy's layers to ``project``; replaces what an earlier call added.

    Returns the layers by table name.
    """
    project = project or QgsProject.instance()
    if not os.path.isfile(path):
        raise OpenError(tr("The working copy {path} does not exist. Create it first, "
                           "for example with the demo city generator.").format(path=path))
    try:  # an older working copy is brought up to date before QGIS reads its tables
        working_copy.upgrade(path)
    except KemptenTwinError as error:
        raise OpenError(str(error)) from error
    close_working_copy(project)
    root = project.layerTreeRoot()
    layers = {}
    for position, (group_key, group_name, tables) in enumerate(groups()):
        group = root.insertGroup(position, group_name)
        group.setCustomProperty(GROUP_PROPERTY, group_key)
        for table, title in tables:
            layer = QgsVectorLayer(f"{path}|layername={table}", title, "ogr")
            if not layer.isValid():
                close_working_copy(project)
                raise OpenError(tr("{path} has no readable table {table}; is it a "
                                   "Kempten Twin working copy?").format(path=path, table=table))
            style = paths.style_path(table)
            if os.path.exists(style):
                layer.loadNamedStyle(style)
            if table in CONDITION_TABLES:
                _add_condition_style(layer, table)
            # After the style: a .qml carries custom properties of its own.
            layer.setCustomProperty(TABLE_PROPERTY, table)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            layers[table] = layer
    add_basemap_group(path, project)
    _add_themes(project, layers)
    return layers


def _add_condition_style(layer, table):
    """A second named style, "Condition class", beside the default one; the default stays
    current."""
    path = paths.style_path(f"{table}_condition")
    if not os.path.exists(path):
        return
    manager = layer.styleManager()
    default = manager.currentStyle()
    name = condition_theme_name()
    manager.addStyleFromLayer(name)  # a copy of the default, then made the condition style
    manager.setCurrentStyle(name)
    layer.loadNamedStyle(path)
    manager.setCurrentStyle(default)


def _add_themes(project, layers):
    """Two map themes of the network: the drainage kinds (default styles) and the condition
    classes (pipes and manholes in their "Condition class" style, with its legend)."""
    themes = project.mapThemeCollection()
    names = []
    for name, styled in ((standard_theme_name(), False), (condition_theme_name(), True)):
        record = QgsMapThemeCollection.MapThemeRecord()
        for table, layer in layers.items():
            layer_record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
            layer_record.isVisible = True
            manager = layer.styleManager()
            style = condition_theme_name() if styled and table in CONDITION_TABLES else \
                manager.currentStyle()
            if style in manager.styles():
                layer_record.usingCurrentStyle = True
                layer_record.currentStyle = style
            record.addLayerRecord(layer_record)
        if themes.hasMapTheme(name):
            themes.update(name, record)
        else:
            themes.insert(name, record)
        names.append(name)
    project.writeEntry("KemptenTwin", THEME_PROPERTY, names)


def apply_theme(name, project=None):
    """Switch the map to one of the network's themes (as the layer panel's theme menu does)."""
    project = project or QgsProject.instance()
    themes = project.mapThemeCollection()
    if not themes.hasMapTheme(name):
        return False
    root = project.layerTreeRoot()
    themes.applyTheme(name, root, QgsLayerTreeModel(root))
    return True


def close_working_copy(project=None):
    """Remove the groups and layers that ``open_working_copy`` added."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    for group in list(root.children()):
        if isinstance(group, QgsLayerTreeGroup) and group.customProperty(GROUP_PROPERTY):
            project.removeMapLayers([layer.layerId() for layer in group.findLayers()])
            root.removeChildNode(group)
    names, _ = project.readListEntry("KemptenTwin", THEME_PROPERTY)
    for name in names:
        if project.mapThemeCollection().hasMapTheme(name):
            project.mapThemeCollection().removeMapTheme(name)
    project.removeEntry("KemptenTwin", THEME_PROPERTY)


# --- the offline basemap (Grundkarte) beside a working copy ------------------------------

BASEMAP_GROUP = "basemap"


def _basemap_tables():
    # Top to bottom as drawn.
    return (("street", tr("Streets")), ("building", tr("Buildings")), ("parcel", tr("Parcels")))


def styled_layer(path, table, title=None):
    """One table of a GeoPackage as a layer with the plugin's style, or None."""
    layer = QgsVectorLayer(f"{path}|layername={table}", title or table, "ogr")
    if not layer.isValid():
        return None
    style = paths.style_path(table)
    if os.path.exists(style):
        layer.loadNamedStyle(style)
    return layer


def basemap_layers(working_copy_path):
    """The offline basemap's layers (streets, buildings, parcels), styled; [] without one."""
    path = basemap_path(working_copy_path)
    if not os.path.isfile(path):
        return []
    return [layer for layer in (styled_layer(path, table, title)
                                for table, title in _basemap_tables()) if layer is not None]


def network_layers(working_copy_path, tables=("gully", "manhole", "lateral", "pipe")):
    """The network's layers with their German names, styled, for print layouts."""
    titles = dict(_network_layers())
    return [layer for layer in (styled_layer(working_copy_path, t, titles.get(t, t))
                                for t in tables) if layer is not None]


def add_basemap_group(path, project):
    """The offline basemap under the network (below every other group)."""
    layers = basemap_layers(path)
    if not layers:
        return []
    group = project.layerTreeRoot().addGroup(tr("Basemap (offline)"))
    group.setCustomProperty(GROUP_PROPERTY, BASEMAP_GROUP)
    for layer in layers:
        layer.setCustomProperty(TABLE_PROPERTY, "basemap_" + layer.dataProvider()
                                .uri().param("layerName") if False else None)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return layers


def working_copy_layers(project=None):
    """The plugin's layers in ``project`` by table name."""
    project = project or QgsProject.instance()
    return {layer.customProperty(TABLE_PROPERTY): layer
            for layer in project.mapLayers().values()
            if layer.customProperty(TABLE_PROPERTY)}
