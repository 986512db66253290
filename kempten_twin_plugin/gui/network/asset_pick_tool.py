"""A map tool that picks the sewer object under the cursor from the working copy's layers.

Points (gullies, manholes) win over lines (laterals, pipes) within the search radius, and
of several candidates the nearest wins: a click next to a manhole means the manhole, not the
pipe that ends in it.
"""

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal

from ...render import layers

PICK_ORDER = ("gully", "manhole", "lateral", "pipe")


def layer_path(layer):
    """The GeoPackage file a working-copy layer reads."""
    return layer.dataProvider().dataSourceUri().split("|")[0]


def pick(canvas, map_point, tables, radius_mu):
    """(table, layer, feature) of the nearest object of ``tables`` at a map point, or None."""
    by_table = layers.working_copy_layers()
    settings = canvas.mapSettings()
    for table in [t for t in PICK_ORDER if t in tables]:
        layer = by_table.get(table)
        if layer is None or not layer.isValid():
            continue
        point = settings.mapToLayerCoordinates(layer, map_point)
        rect = QgsRectangle(point.x() - radius_mu, point.y() - radius_mu,
                            point.x() + radius_mu, point.y() + radius_mu)
        probe = QgsGeometry.fromPointXY(QgsPointXY(point))
        best = None
        request = QgsFeatureRequest().setFilterRect(rect)
        for feature in layer.getFeatures(request):
            distance = feature.geometry().distance(probe)
            if distance <= radius_mu and (best is None or distance < best[0]):
                best = (distance, feature)
        if best is not None:
            return table, layer, best[1]
    return None


class AssetPickTool(QgsMapTool):
    """Emits ``picked(table, uuid, path)`` for a click on an object of the given tables."""

    picked = pyqtSignal(str, str, str)
    missed = pyqtSignal()

    def __init__(self, canvas, tables, action=None):
        super().__init__(canvas)
        self.tables = tuple(tables)
        self.modifiers = Qt.KeyboardModifier.NoModifier  # of the click being handled
        self.setCursor(Qt.CursorShape.CrossCursor)
        if action is not None:
            self.setAction(action)

    def canvasReleaseEvent(self, event):  # Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.pick_at(event.mapPoint(), event.modifiers())

    def pick_at(self, map_point, modifiers=Qt.KeyboardModifier.NoModifier):
        self.modifiers = modifiers
        found = pick(self.canvas(), map_point, self.tables, self.searchRadiusMU(self.canvas()))
        if found is None:
            self.missed.emit()
            return None
        table, layer, feature = found
        self.picked.emit(table, str(feature["uuid"]), layer_path(layer))
        return found
