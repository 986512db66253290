"""Write the layer styles in resources/styles/*.qml from one readable description.

Run with QGIS's Python (`make styles`); the .qml files are committed so the plugin only
loads them. Edit here, not in the .qml, and run again; or restyle in QGIS and save the
.qml by hand when a designer prefers that.

Colours follow the usual German sewer plan convention: Schmutzwasser red-brown,
Regenwasser blue, Mischwasser magenta. Line width grows with DN. Scale limits keep a city
of 100 000 pipes fluid: overview scales draw trunks only, details appear when zoomed in.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "resources", "styles")

DRAINAGE = (
    ("KS", "Schmutzwasser (KS)", "#8b3a1a"),
    ("KR", "Regenwasser (KR)", "#1f5fd1"),
    ("KM", "Mischwasser (KM)", "#c0168c"),
)


def rule(symbol, label, expression=None, max_scale=0, min_scale=0):
    r = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
    # QGIS names them the other way round: "maximum scale" is the most zoomed-in limit.
    r.setMaximumScale(max_scale)
    r.setMinimumScale(min_scale)
    return r


def text_format(size=8, color="#202020", halo=True):
    """``halo``: a white buffer round the letters, for text over lines; it costs a stroke
    per label at every redraw, so labels that keep clear of lines go without."""
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(halo)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    return fmt


def labels(expression, min_scale, placement=None, size=8):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size))
    settings.scaleVisibility = True
    settings.minimumScale = min_scale  # label only when zoomed in further than 1:min_scale
    settings.maximumScale = 0
    if placement is not None:
        settings.placement = placement
    return QgsVectorLayerSimpleLabeling(settings)


def save(layer, table, renderer, labeling=None, visible_below=0):
    layer.setRenderer(renderer)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    if visible_below:
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(visible_below)
        layer.setMaximumScale(0)
    path = os.path.join(OUT, f"{table}.qml")
    message, ok = layer.saveNamedStyle(path)
    if not ok:
        raise RuntimeError(f"could not save {path}: {message}")
    print("wrote", path)


def pipe_style():
    layer = QgsVectorLayer("LineString?crs=EPSG:25832&field=drainage:string&field=width_mm:integer"
                           "&field=object_code:string", "pipe", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    width = QgsProperty.fromExpression('0.3 + coalesce("width_mm", 200) / 700.0')
    for code, label, color in DRAINAGE:
        symbol = QgsLineSymbol.createSimple({"color": color, "width": "0.5", "capstyle": "round"})
        symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, width)
        # The overview of a big city draws its main collectors only: DN ≥ 1400 beyond
        # 1:100 000, DN 500 and up from 1:100 000, the rest from 1:25 000 (an index on
        # width_mm lets the provider read just those rows: the redraw of a 1 000 000-pipe
        # city stays under 1.5 s, where drawing every pipe takes some 15 s).
        parent = rule(None, label, f"\"drainage\" = '{code}'")
        # Beyond 1:100 000 the main collectors as plain lines, no width to compute each.
        plain = QgsLineSymbol.createSimple({"color": color, "width": "0.6"})
        parent.appendChild(rule(plain, f"{label} ≥ DN 1400 (Übersicht)", '"width_mm" >= 1400',
                                max_scale=100000))
        parent.appendChild(rule(symbol.clone(), f"{label} ≥ DN 1000", '"width_mm" >= 1000',
                                min_scale=100000))
        parent.appendChild(rule(symbol.clone(), f"{label} DN 500–900",
                                '"width_mm" >= 500 AND "width_mm" < 1000', min_scale=100000))
        parent.appendChild(rule(symbol.clone(), f"{label} < DN 500", '"width_mm" < 500',
                                min_scale=25000))
        root.appendChild(parent)
    other = QgsLineSymbol.createSimple({"color": "#777777", "width": "0.5"})
    root.appendChild(rule(other, "sonstige", "ELSE", min_scale=25000))
    # Flow direction arrows in the middle of each pipe, when zoomed in.
    arrow_line = QgsLineSymbol()
    arrow_line.deleteSymbolLayer(0)
    marker_layer = QgsMarkerLineSymbolLayer(True)
    marker_layer.setPlacement(QgsMarkerLineSymbolLayer.CentralPoint)
    arrow = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.ArrowHeadFilled, 2.4)
    arrow.setColor(QColor("#303030"))
    arrow.setStrokeColor(QColor("white"))
    arrow_marker = QgsMarkerSymbol()
    arrow_marker.changeSymbolLayer(0, arrow)
    marker_layer.setSubSymbol(arrow_marker)
    arrow_line.appendSymbolLayer(marker_layer)
    root.appendChild(rule(arrow_line, "Fließrichtung", None, min_scale=2500))
    save(layer, "pipe", QgsRuleBasedRenderer(root), pipe_labels(), visible_below=1000000)


# --- labels an engineer reads (issue #18): code and DN from 1:2 500, the material too from
# 1:1 000, along the pipe; manhole levels at 1:600 and closer; numbers and dates in the
# language of QGIS (@qgis_locale: "662,35" and "31.10.2025" in German).

DECIMAL = "format_number({field}, 2, @qgis_locale)"
DATE = ("format_date(to_datetime({field}), if(left(@qgis_locale, 2) = 'de', 'dd.MM.yyyy', "
        "'yyyy-MM-dd'))")


def line_settings(expression, size=7):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size))
    settings.placement = QgsPalLayerSettings.Line
    # Along the line, above or below it, never across its symbol.
    settings.placementFlags = QgsPalLayerSettings.AboveLine | QgsPalLayerSettings.BelowLine
    settings.dist = 0.6
    settings.repeatDistance = 0
    settings.labelPerPart = False
    settings.mergeLines = False
    settings.priority = 4
    return settings


def point_settings(expression, size=7, priority=5, halo=True):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size, halo=halo))
    # Around the point: the label takes a free place round its symbol, so the labels of a
    # KS and a KR manhole side by side find room on opposite sides instead of overlapping
    # (and keep clear of the pipes, which are obstacles).
    settings.placement = QgsPalLayerSettings.AroundPoint
    settings.dist = 0.8
    settings.priority = priority
    return settings


def scale_rule(settings, description, min_scale, max_scale=0):
    rule = QgsRuleBasedLabeling.Rule(settings)
    rule.setDescription(description)
    rule.setActive(True)
    if min_scale or max_scale:
        rule.setMinimumScale(min_scale)  # zoomed out no further than 1:min_scale
        rule.setMaximumScale(max_scale)
    return rule


def pipe_labels():
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(scale_rule(line_settings("\"object_code\" || '  DN ' || \"width_mm\""),
                                "Code und DN", 2500, 1000))
    root.appendChild(scale_rule(line_settings(
        "\"object_code\" || '  DN ' || \"width_mm\" || coalesce('  ' || \"material\", '')"),
        "Code, DN und Werkstoff", 1000, 0))
    return QgsRuleBasedLabeling(root)


def manhole_labels():
    root = QgsRuleBasedLabeling.Rule(None)
    # At 1:2 500…1:600 many codes: no halo (they keep clear of the pipes), for speed.
    root.appendChild(scale_rule(point_settings('"object_code"', halo=False), "Code", 2500, 600))
    levels = ("\"object_code\" || '\\n' || 'DH ' || " + DECIMAL.format(field='"cover_level"')
              + " || '\\n' || 'SH ' || " + DECIMAL.format(field='"invert_level"'))
    root.appendChild(scale_rule(point_settings(levels), "Code, Deckel- und Sohlhöhe", 600, 0))
    return QgsRuleBasedLabeling(root)


def defect_labels():
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(scale_rule(point_settings('"defect_number"', 7, 7), "Nummer", 2500, 1000))
    root.appendChild(scale_rule(point_settings(
        "\"defect_number\" || '\\n' || " + DATE.format(field='"reported_at"'), 7, 7),
        "Nummer und Meldedatum", 1000, 0))
    return QgsRuleBasedLabeling(root)


def manhole_style():
    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=drainage:string&field=node_kind:string"
                           "&field=object_code:string", "manhole", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    outlet = QgsMarkerSymbol.createSimple({"name": "square", "size": "3.2", "color": "#303030",
                                           "outline_color": "white", "outline_width": "0.4"})
    root.appendChild(rule(outlet, "Bauwerk / Auslass", "\"node_kind\" = 'Bauwerk'"))
    for code, label, color in DRAINAGE:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.9", "color": "white",
                                               "outline_color": color, "outline_width": "0.45"})
        root.appendChild(rule(symbol, f"Schacht {label}",
                              f"\"node_kind\" <> 'Bauwerk' AND \"drainage\" = '{code}'",
                              min_scale=10000))
    other = QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.9", "color": "white",
                                          "outline_color": "#777777"})
    root.appendChild(rule(other, "sonstige", "ELSE", min_scale=10000))
    save(layer, "manhole", QgsRuleBasedRenderer(root), manhole_labels(), visible_below=150000)


def gully_style():
    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=object_code:string", "gully", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsMarkerSymbol.createSimple({"name": "square", "size": "1.5", "color": "#9fc6e8",
                                           "outline_color": "#1c3f66", "outline_width": "0.3"})
    root.appendChild(rule(symbol, "Straßenablauf", None))
    save(layer, "gully", QgsRuleBasedRenderer(root), labels('"object_code"', 1000, size=7),
         visible_below=5000)


def lateral_style():
    layer = QgsVectorLayer("LineString?crs=EPSG:25832&field=gully:string", "lateral", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    gully_line = QgsLineSymbol.createSimple({"color": "#5b86b5", "width": "0.25"})
    house_line = QgsLineSymbol.createSimple({"color": "#a0714f", "width": "0.25",
                                             "line_style": "dash"})
    root.appendChild(rule(gully_line, "Anschluss Straßenablauf", '"gully" IS NOT NULL'))
    root.appendChild(rule(house_line, "Grundstücksanschluss", "ELSE"))
    save(layer, "lateral", QgsRuleBasedRenderer(root), visible_below=5000)


def defect_style():
    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=status:string&field=severity:integer"
                           "&field=defect_number:string", "defect", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    closed = "\"status\" IN ('behoben', 'abgelehnt', 'Duplikat')"
    urgent = QgsMarkerSymbol.createSimple({"name": "triangle", "size": "4.2", "color": "#e01b1b",
                                           "outline_color": "white", "outline_width": "0.5"})
    open_ = QgsMarkerSymbol.createSimple({"name": "triangle", "size": "3.4", "color": "#f08a00",
                                          "outline_color": "white", "outline_width": "0.4"})
    done = QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.2", "color": "#3a9a3a",
                                         "outline_color": "white", "outline_width": "0.3"})
    root.appendChild(rule(urgent, "offen, sofort", f"NOT ({closed}) AND \"severity\" = 1"))
    # The city's overview shows the urgent ones; the others from 1:50 000.
    root.appendChild(rule(open_, "offen", f"NOT ({closed}) AND \"severity\" > 1",
                          min_scale=50000))
    root.appendChild(rule(done, "erledigt / abgelehnt", closed, min_scale=10000))
    save(layer, "defect", QgsRuleBasedRenderer(root), defect_labels())


def planned_building_style():
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=height_m:double", "planned_building",
                           "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsFillSymbol.createSimple({"color": "245,140,40,150", "outline_color": "#b85b00",
                                         "outline_width": "0.5"})
    root.appendChild(rule(symbol, "Baukörper", None))
    save(layer, "planned_building", QgsRuleBasedRenderer(root),
         labels("format_number(\"height_m\", 1, @qgis_locale) || ' m'", 5000, size=7))


def planned_project_style():
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=name:string", "planned_project",
                           "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#7a3aa0",
                                         "outline_width": "0.6", "outline_style": "dash"})
    root.appendChild(rule(symbol, "Bauvorhaben", None))
    save(layer, "planned_project", QgsRuleBasedRenderer(root), labels('"name"', 20000, size=8))


# --- the offline basemap (Grundkarte) of the demo city: streets, buildings, parcels ------

def street_style():
    layer = QgsVectorLayer("LineString?crs=EPSG:25832&field=name:string", "street", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    road = QgsLineSymbol.createSimple({"color": "#f3efe6", "width": "8", "width_unit": "MapUnit",
                                       "capstyle": "round", "joinstyle": "round"})
    casing = QgsLineSymbol.createSimple({"color": "#cfc6b8", "width": "9.5",
                                         "width_unit": "MapUnit", "capstyle": "round",
                                         "joinstyle": "round"})
    casing.appendSymbolLayer(road.symbolLayer(0).clone())
    root.appendChild(rule(casing, "Straße", None, min_scale=25000))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.setFormat(text_format(7.5, "#5a5048", halo=False))  # on the street's light fill
    # Parallel along the street, not curved letter by letter: as readable on these streets
    # and far cheaper to place at every redraw; beside the axis, where the pipes lie.
    settings.placement = QgsPalLayerSettings.Line
    settings.placementFlags = QgsPalLayerSettings.AboveLine | QgsPalLayerSettings.BelowLine
    settings.dist = 0.3
    settings.mergeLines = True  # one name per street, not one per piece
    settings.repeatDistance = 120
    settings.repeatDistanceUnit = QgsUnitTypes.RenderMillimeters
    settings.priority = 9
    settings.scaleVisibility = True
    settings.minimumScale = 5000
    settings.maximumScale = 0
    save(layer, "street", QgsRuleBasedRenderer(root), QgsVectorLayerSimpleLabeling(settings),
         visible_below=25000)


def building_style():
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "building", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsFillSymbol.createSimple({"color": "#ddd5cd", "outline_color": "#a99d92",
                                         "outline_width": "0.2"})
    root.appendChild(rule(symbol, "Gebäude", None))
    save(layer, "building", QgsRuleBasedRenderer(root), visible_below=10000)


def parcel_style():
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "parcel", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#c9a7a0",
                                         "outline_width": "0.15"})
    root.appendChild(rule(symbol, "Flurstück", None))
    save(layer, "parcel", QgsRuleBasedRenderer(root), visible_below=5000)


# Zustandsklasse: the ISYBAU scale (BFR Abwasser, Tab. A-3-9), green for no defect to red
# for act at once; a DWA-M 149-3 class (0 = worst) is turned round to it first (5 - k), as
# DESIGN.md §4 asks before comparing the two schemes.
CONDITION = (
    (0, "0 – schadensfrei", "#1a9850"),
    (1, "1 – geringfügige Schäden", "#91cf60"),
    (2, "2 – langfristiger Handlungsbedarf", "#d9ef8b"),
    (3, "3 – mittelfristiger Handlungsbedarf", "#fee08b"),
    (4, "4 – kurzfristiger Handlungsbedarf", "#fc8d59"),
    (5, "5 – umgehender Handlungsbedarf", "#d73027"),
)
ISYBAU_CLASS = ("CASE WHEN \"condition_scheme\" = 'DWA-M 149-3' THEN 5 - \"condition_class\" "
                "ELSE \"condition_class\" END")


def pipe_condition_style():
    layer = QgsVectorLayer("LineString?crs=EPSG:25832&field=condition_class:integer"
                           "&field=condition_scheme:string&field=width_mm:integer"
                           "&field=object_code:string", "pipe", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    width = QgsProperty.fromExpression('0.5 + coalesce("width_mm", 200) / 600.0')
    for value, label, color in CONDITION:
        symbol = QgsLineSymbol.createSimple({"color": color, "width": "0.7", "capstyle": "round"})
        symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, width)
        root.appendChild(rule(symbol, label, f"{ISYBAU_CLASS} = {value}"))
    none = QgsLineSymbol.createSimple({"color": "#b0b0b0", "width": "0.3"})
    root.appendChild(rule(none, "keine Zustandsklasse", "ELSE"))
    save(layer, "pipe_condition", QgsRuleBasedRenderer(root),
         labels(f"\"object_code\" || '  ' || coalesce({ISYBAU_CLASS}, '–')", 2000,
                QgsPalLayerSettings.Line, 7),
         visible_below=150000)


def manhole_condition_style():
    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=condition_class:integer"
                           "&field=condition_scheme:string&field=object_code:string",
                           "manhole", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for value, label, color in CONDITION:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.6", "color": color,
                                               "outline_color": "#303030",
                                               "outline_width": "0.3"})
        root.appendChild(rule(symbol, label, f"{ISYBAU_CLASS} = {value}"))
    none = QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.6", "color": "white",
                                         "outline_color": "#b0b0b0"})
    root.appendChild(rule(none, "keine Zustandsklasse", "ELSE", min_scale=10000))
    save(layer, "manhole_condition", QgsRuleBasedRenderer(root), labels('"object_code"', 2500),
         visible_below=150000)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(OUT, exist_ok=True)
    for build in (pipe_style, manhole_style, gully_style, lateral_style, defect_style,
                  planned_building_style, planned_project_style, street_style, building_style,
                  parcel_style, pipe_condition_style, manhole_condition_style):
        build()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
