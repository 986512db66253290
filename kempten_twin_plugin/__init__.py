"""Kempten Twin: a QGIS plugin for a city's sewer network (see README.md)."""


def classFactory(iface):  # QGIS's name
    # Imported here so that `python3 -m kempten_twin_plugin.cli` runs without QGIS.
    from .plugin import KemptenTwinPlugin

    return KemptenTwinPlugin(iface)
