"""Gully defects: the list model, the workflow, Open311, work orders and statistics.

Nothing here imports ``qgis.gui`` or ``iface``: the dock, the form and the map tool in
``gui/defects*.py`` and the Processing algorithms are thin layers over these modules.
"""
