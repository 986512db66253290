"""Map tool "Mangel melden": click a gully (or near one), a manhole or a pipe → the form."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QInputDialog

from ...i18n import decimal, tr
from ...store import asset_search as assets
from ...store import defects as store
from ...store.schema import CRS_EPSG
from .form import ASSET_NAMES, DefectForm


def candidate_label(candidate):
    """How an asset near the click is offered when several are close: kind, code, distance."""
    return (f"{ASSET_NAMES[candidate.table]} {candidate.object_code} "
            f"({decimal(candidate.distance, 1)} m)")


class ReportDefectTool(QgsMapTool):
    # (message, level) for the message bar
    message = pyqtSignal(str, int)
    reported = pyqtSignal(str)  # uuid of the new defect

    def __init__(self, canvas, settings, parent_window=None):
        super().__init__(canvas)
        self.setObjectName("KemptenTwinReportDefectTool")
        self._settings = settings
        self._window = parent_window
        self.setCursor(Qt.CursorShape.CrossCursor)
        # Replaceable in tests: how to ask between close assets, and how to show the form.
        self.choose = self._ask_which
        self.open_form = self._show_form

    def canvasReleaseEvent(self, event):  # Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.report_at(event.mapPoint())

    def _to_working_crs(self, point):
        canvas_crs = self.canvas().mapSettings().destinationCrs()
        target = QgsCoordinateReferenceSystem(f"EPSG:{CRS_EPSG}")
        if canvas_crs == target or not canvas_crs.isValid():
            return point.x(), point.y()
        transform = QgsCoordinateTransform(canvas_crs, target, QgsProject.instance())
        p = transform.transform(point)
        return p.x(), p.y()

    def tolerance_m(self):
        """Ten pixels at the current scale, at least 2 m (a gully's own size)."""
        return max(10 * self.canvas().mapUnitsPerPixel(), 2.0)

    def report_at(self, map_point):
        path = self._settings.working_copy
        try:
            db = store.connect(path)
        except store.DefectError as error:
            self.message.emit(str(error), 1)
            return None
        try:
            x, y = self._to_working_crs(map_point)
            chosen, close = assets.pick(db, x, y, self.tolerance_m())
        finally:
            db.close()
        if chosen is None and not close:
            self.message.emit(tr("No gully, manhole or pipe here; click closer to one."), 0)
            return None
        if chosen is None:
            chosen = self.choose(close)
            if chosen is None:
                return None
        created = self.open_form(path, chosen)
        if created:
            self.reported.emit(created)
        return created

    def _ask_which(self, close):
        labels = [candidate_label(c) for c in close]
        label, ok = QInputDialog.getItem(self._window, tr("Which asset?"),
                                         tr("Several assets are close to the click:"),
                                         labels, 0, False)
        return close[labels.index(label)] if ok else None

    def _show_form(self, path, candidate):
        form = DefectForm(path, candidate, self._settings, self._window)
        form.exec()
        return form.created
