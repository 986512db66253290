"""The base map of a portal export, rendered by QGIS from map layers the planner chose
(the Bavarian Webkarte, an orthophoto, a local GeoTIFF …).

``LayerBasemap`` clones the layers where it is made (the main thread, as QGIS's own
rendering algorithms do) and renders them later, in any thread, synchronously, for the
extent of each project (``io.portal.export`` calls it). An image that came back empty
(offline, a server away: still transparent) counts as no image: the export draws its site plan instead.
"""

from typing import Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..store.schema import CRS_EPSG


def _attribution(layer) -> str:
    """The layer's attribution (its server properties from QGIS 3.22 on, the layer itself
    before), else its metadata's rights, else its name."""
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if server is not None and hasattr(server, "attribution"):
        text = server.attribution()
    else:
        text = layer.attribution()
    rights = [r for r in layer.metadata().rights() if r]
    return (text or "; ".join(rights) or layer.name()).strip()


class LayerBasemap:
    """A callable ``(extent, width, height) → (PNG bytes, attribution)`` or None."""

    def __init__(self, layers: Sequence[QgsMapLayer]):
        self.layers = [layer.clone() for layer in layers if layer is not None and layer.isValid()]
        self.attribution = "; ".join(_attribution(layer) for layer in self.layers)

    def __bool__(self):
        return bool(self.layers)

    def close(self):
        """Free the cloned layers now (while QGIS runs), not whenever Python collects them."""
        self.layers = []

    def __call__(self, extent: Tuple[float, float, float, float], width: int,
                 height: int) -> Optional[Tuple[bytes, str]]:
        if not self.layers:
            return None
        minx, miny, maxx, maxy = extent
        settings = QgsMapSettings()
        settings.setLayers(self.layers)
        settings.setDestinationCrs(QgsCoordinateReferenceSystem(f"EPSG:{CRS_EPSG}"))
        settings.setOutputSize(QSize(width, height))
        settings.setExtent(QgsRectangle(minx, miny, maxx, maxy))
        settings.setBackgroundColor(QColor(255, 255, 255, 0))
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor(255, 255, 255, 0))
        painter = QPainter(image)
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
        painter.end()
        if _empty(image):
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "PNG")
        buffer.close()
        return bytes(data), self.attribution


def _empty(image: QImage) -> bool:
    """Nothing drawn: every sampled pixel still transparent (the layers gave no data)."""
    step_x, step_y = max(1, image.width() // 32), max(1, image.height() // 32)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            if (image.pixel(x, y) >> 24) & 0xFF:
                return False
    return True
