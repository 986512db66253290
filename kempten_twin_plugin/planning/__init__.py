"""The planners' side: planned buildings, context buildings, conflicts, comments, report.

Readers (``xplan``, ``citygml``, ``footprints``, ``comments``) turn files into plain
rows in EPSG:25832; ``store`` writes them into the working copy; ``conflicts`` checks
them against the sewer network. Modules named ``*_qgis`` need QGIS's core library
(layers, 3D, layouts); none of this package touches ``qgis.gui`` or ``iface``.
"""
