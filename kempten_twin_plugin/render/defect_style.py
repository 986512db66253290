"""Map style of the defect layer: colour by status, size by severity, overdue ringed red."""

from ..core import catalogues as cat

STATUS_COLOURS = {
    "gemeldet": "#e01b1b",
    "geprüft": "#f08a00",
    "beauftragt": "#d4b000",
    "in Arbeit": "#2f6fad",
    "behoben": "#3a9a3a",
    "abgelehnt": "#8a8a8a",
    "Duplikat": "#b0b0b0",
}
SEVERITY_SIZES = {1: 5.0, 2: 4.2, 3: 3.5, 4: 2.8}


def overdue_expression():
    closed = ", ".join(f"'{s}'" for s in cat.CLOSED_STATUSES)
    return f"NOT (\"status\" IN ({closed})) AND \"due_date\" < to_date(now())"


def apply_defect_style(layer):
    from qgis.core import QgsMarkerSymbol, QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    overdue = QgsRuleBasedRenderer.Rule(
        QgsMarkerSymbol.createSimple({"name": "circle", "size": "7", "color": "0,0,0,0",
                                      "outline_color": "#c00000", "outline_width": "0.8"}),
        0, 0, overdue_expression(), "überfällig")
    root.appendChild(overdue)
    for status, colour in STATUS_COLOURS.items():
        for severity, size in SEVERITY_SIZES.items():
            shape = "circle" if status in cat.CLOSED_STATUSES else "triangle"
            symbol = QgsMarkerSymbol.createSimple({"name": shape, "size": str(size),
                                                   "color": colour, "outline_color": "white",
                                                   "outline_width": "0.3"})
            rule = QgsRuleBasedRenderer.Rule(
                symbol, 0, 0, f"\"status\" = '{status}' AND \"severity\" = {severity}",
                f"{status}, {severity} {cat.SEVERITIES[severity]}")
            root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()
