"""QGIS locator filter (prefix ``kt``): object codes, streets and defect numbers.

Searching runs in QGIS's locator thread (``store.network.search`` opens its own read-only
connection); jumping to a result zooms the map and flashes the object.
"""

from typing import List

from qgis.core import QgsFeatureRequest, QgsLocatorFilter, QgsLocatorResult, QgsRectangle

from ...i18n import tr
from ...render import layers
from ...store import network
from .asset_pick_tool import layer_path

MAX_PER_KIND = 12
FILTER_NAME = "kempten_twin"
PREFIX = "kt"
# QGIS reserves prefixes shorter than 3 characters for its own filters, unless the user
# chose one (Options ▸ Locator). The filter's own prefix is therefore "ktw", and "kt" is
# stored as the user's choice the first time, where it can be changed like any other.
OWN_PREFIX = "ktw"
_PREFIX_KEYS = (f"gui/locator_filters/prefix_{FILTER_NAME}",  # QGIS up to 3.28
                f"locator-filters/items/{FILTER_NAME}/prefix")  # QGIS 3.30 and later

_LABELS = {"manhole": "Manhole", "pipe": "Pipe", "gully": "Street gully", "defect": "Defect"}


def search(path: str, text: str, limit: int = MAX_PER_KIND) -> List[tuple]:
    """[(table, fid or street name, display text)] for a search text; used by the filter."""
    objects, streets = network.search(path, text, limit)
    found = [(table, fid, f"{tr(_LABELS[table])} {code}" + (f" – {extra}" if extra else ""))
             for table, fid, code, extra in objects]
    for street, count in streets:
        found.append(("street", street, tr("Street {name} ({n} pipes)").format(
            name=street, n=count)))
    return found


class KemptenTwinLocatorFilter(QgsLocatorFilter):
    def __init__(self, iface, fallback_path=lambda: ""):
        super().__init__()
        self.iface = iface
        self.fallback_path = fallback_path
        self.path = ""

    def clone(self):
        # QGIS clones the filter on the main thread and searches with the clone in a worker
        # thread: the working copy is looked up now, where layers may be touched.
        twin = KemptenTwinLocatorFilter(self.iface, self.fallback_path)
        twin.path = self._current_path()
        return twin

    def _current_path(self):
        pipe = layers.working_copy_layers().get("pipe")
        return layer_path(pipe) if pipe is not None else self.fallback_path()

    def name(self):
        return FILTER_NAME

    def displayName(self):
        return tr("Kempten Twin: sewer objects, streets, defects")

    def prefix(self):
        return OWN_PREFIX

    def priority(self):
        return QgsLocatorFilter.Priority.High

    def prepare(self, string, context):
        self.path = self.path or self._current_path()  # main thread, before the search
        return []

    def fetchResults(self, string, context, feedback):
        if not self.path or feedback.isCanceled():
            return
        for table, key, text in search(self.path, string):
            if feedback.isCanceled():
                return
            result = QgsLocatorResult(self, text, {"table": table, "key": key})
            result.group = tr("Streets") if table == "street" else None
            self.resultFetched.emit(result)

    def triggerResult(self, result):
        data = result.getUserData() if hasattr(result, "getUserData") else result.userData
        show_in_map(self.iface, data["table"], data["key"])


def choose_default_prefix():
    """Make "kt" the prefix unless the user chose another; call before registering."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    for key in _PREFIX_KEYS:
        if not settings.value(key, ""):
            settings.setValue(key, PREFIX)


def show_in_map(iface, table, key):
    """Zoom to an object (by fid) or a street (by name) and flash it; False if not shown."""
    by_table = layers.working_copy_layers()
    if table == "street":
        layer = by_table.get("pipe")
        request = QgsFeatureRequest().setFilterExpression(
            f"\"street\" = '{str(key).replace(chr(39), chr(39) * 2)}'")
    else:
        layer = by_table.get(table)
        request = QgsFeatureRequest().setFilterFid(int(key))
    if layer is None:
        return False
    geometries = [f.geometry() for f in layer.getFeatures(request) if f.hasGeometry()]
    if not geometries:
        return False
    extent = QgsRectangle(geometries[0].boundingBox())
    for geometry in geometries[1:]:
        extent.combineExtentWith(geometry.boundingBox())
    canvas = iface.mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(layer, extent)
    extent.grow(max(extent.width(), extent.height(), 40.0) * 0.3)
    canvas.setExtent(extent)
    canvas.refresh()
    canvas.flashGeometries(geometries, layer.crs())
    return True
