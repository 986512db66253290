"""The Längsschnitt window: the profile drawn to fit, wheel to zoom, drag to pan,
double-click to see all; export as PNG, SVG or PDF."""

import os

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import scale_text, tr
from ...render.profile_drawing import ProfileView, export_profile, paint_profile


class ProfileCanvas(QWidget):
    def __init__(self, profile, parent=None):
        super().__init__(parent)
        self.view = ProfileView(profile)
        self._drag_x = None
        self.setMinimumSize(700, 380)
        self.setMouseTracking(False)

    def _plot_fraction(self, x):
        left = max(9, int(self.height() / 60)) * 14  # as paint_profile lays it out
        return min(max((x - left) / max(self.width() - left, 1), 0.0), 1.0)

    def _station_at(self, x):
        v = self.view
        return v.station_min + self._plot_fraction(x) * (v.station_max - v.station_min)

    def paintEvent(self, event):
        painter = QPainter(self)
        paint_profile(painter, QRectF(0, 0, self.width(), self.height()), self.view)
        painter.end()

    def wheelEvent(self, event):
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.view.zoom(factor, self._station_at(event.position().x()))
        self.update()

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_x = event.pos().x()

    def mouseMoveEvent(self, event):
        if self._drag_x is not None:
            span = self.view.station_max - self.view.station_min
            self.view.pan(-(event.pos().x() - self._drag_x) / max(self.width(), 1) * span)
            self._drag_x = event.pos().x()
            self.update()

    def mouseReleaseEvent(self, event):
        self._drag_x = None

    def mouseDoubleClickEvent(self, event):
        self.view.reset()
        self.update()


class ProfileDialog(QDialog):
    def __init__(self, profile, parent=None):
        super().__init__(parent)
        self.setObjectName("KemptenTwinProfileDialog")
        self.setWindowTitle(tr("Longitudinal profile {title}").format(title=profile.title))
        self.profile = profile
        self.canvas = ProfileCanvas(profile, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        buttons = QHBoxLayout()
        # The printed scales (PDF): lengths and heights, ten times exaggerated by default.
        self.h_scale = self._scale_box((250, 500, 1000, 2000, 2500, 5000), 1000,
                                       "KemptenTwinProfileHScale")
        self.v_scale = self._scale_box((50, 100, 200, 250, 500), 100,
                                       "KemptenTwinProfileVScale")
        buttons.addWidget(QLabel(tr("PDF: lengths"), self))
        buttons.addWidget(self.h_scale)
        buttons.addWidget(QLabel(tr("heights"), self))
        buttons.addWidget(self.v_scale)
        for label, suffix in (("PNG…", "png"), ("SVG…", "svg"), ("PDF…", "pdf")):
            button = QPushButton(tr("Export {kind}").format(kind=label), self)
            button.setObjectName(f"KemptenTwinProfileExport{suffix.upper()}")
            button.clicked.connect(lambda _=False, s=suffix: self.export_dialog(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(1100, 600)

    def _scale_box(self, values, default, name):
        box = QComboBox(self)
        box.setObjectName(name)
        for value in values:
            box.addItem(scale_text(value), value)
        box.setCurrentIndex(values.index(default))
        return box

    def export_dialog(self, suffix):
        name = f"laengsschnitt_{self.profile.manholes[0].code}_{self.profile.manholes[-1].code}"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export longitudinal profile"), os.path.join(os.path.expanduser("~"),
                                                                  f"{name}.{suffix}"),
            f"{suffix.upper()} (*.{suffix})")
        if path:
            self.export(path if path.lower().endswith("." + suffix) else f"{path}.{suffix}")

    def export(self, path):
        try:
            export_profile(self.profile, path, h_scale=self.h_scale.currentData(),
                           v_scale=self.v_scale.currentData())
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, tr("Longitudinal profile"), str(error))
            return None
        return path
