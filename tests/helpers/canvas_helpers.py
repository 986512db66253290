"""Helpers for tests that put layers on the map canvas."""


def clear_project(canvas=None):
    """Empty the project with the map canvas idle: a render job still drawing layers that
    are being deleted crashes QGIS (seen on 3.40 once a shown canvas renders for real)."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QApplication

    if canvas is not None:
        canvas.stopRendering()
        canvas.setLayers([])
        QApplication.processEvents()
    QgsProject.instance().clear()
    QApplication.processEvents()
