"""Planned buildings over the network in 2D and 3D (QGIS core and 3D library, no GUI).

2D: the planned buildings are coloured by their project's status (Idee, Planung,
Genehmigung, Bau, fertig) and labelled with the project name and height. The status
and name live on the project, so the building layer gets two expression fields that look
them up (``get_feature`` on the project layer).
3D: each building layer gets a renderer extruding the footprint by its height, or by
floors × storey height where the height is missing, coloured by status; the pipes of a
project's surroundings become a 3D line layer at their invert depth below the ground
(the ground is the scene's zero: depth = cover level − invert level).
"""

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineString,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPoint,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.catalogues import PROJECT_OTHER_COLOUR, PROJECT_STATUS_COLOURS, PROJECT_STATUSES
from ..i18n import tr
from ..store import planning as planning_store
from ..store.planning import CONTEXT_TABLE
from .compat import field

STATUS_COLOURS = PROJECT_STATUS_COLOURS
OTHER_COLOUR = PROJECT_OTHER_COLOUR
DEFAULT_STOREY_HEIGHT = 3.0  # m per floor where a building has floors but no height
STATUS_FIELD = "project_status"
NAME_FIELD = "project_name"
COMMENTS_FIELD = "comment_count"  # citizens' comments about the building
SEVERITY_COLOURS = {"hoch": "#c0001a", "mittel": "#ff7b00", "niedrig": "#e8c400"}


def height_expression(storey_height=DEFAULT_STOREY_HEIGHT):
    """Height in m: the given height, else floors × storey height, else one storey."""
    return (f'coalesce("height_m", "floors" * {float(storey_height)}, '
            f'{float(storey_height)})')


def add_project_fields(building_layer, project_layer):
    """Expression fields with the project's status and name on the building layer."""
    for name in (STATUS_FIELD, NAME_FIELD):
        index = building_layer.fields().indexOf(name)
        if index >= 0:
            building_layer.removeExpressionField(index)
    lookup = f"get_feature('{project_layer.id()}', 'uuid', \"project\")"
    building_layer.addExpressionField(f"attribute({lookup}, 'status')",
                                      field(STATUS_FIELD, "string"))
    building_layer.addExpressionField(f"attribute({lookup}, 'name')",
                                      field(NAME_FIELD, "string"))


def add_comment_count(building_layer, comment_layer):
    """An expression field with the number of comments about each building (the
    comment's ``building``), shown in the building's label when there are any."""
    index = building_layer.fields().indexOf(COMMENTS_FIELD)
    if index >= 0:
        building_layer.removeExpressionField(index)
    building_layer.addExpressionField(
        f"aggregate(layer:='{comment_layer.id()}', aggregate:='count', expression:=\"uuid\", "
        "filter:=\"building\" = attribute(@parent, 'uuid'))", field(COMMENTS_FIELD, "int"))
    _label_buildings(building_layer)
    building_layer.triggerRepaint()


def _fill(colour, alpha=190, outline="#3b3b3b"):
    fill = QColor(colour)
    return QgsFillSymbol.createSimple({"color": f"{fill.red()},{fill.green()},{fill.blue()},{alpha}",
                                       "outline_color": outline, "outline_width": "0.4"})


def style_buildings_2d(building_layer, project_layer):
    """Colour by project status, label with name and height."""
    add_project_fields(building_layer, project_layer)
    categories = [QgsRendererCategory(status, _fill(STATUS_COLOURS[status]), status)
                  for status in PROJECT_STATUSES]
    categories.append(QgsRendererCategory(None, _fill(OTHER_COLOUR), tr("other")))
    building_layer.setRenderer(QgsCategorizedSymbolRenderer(STATUS_FIELD, categories))
    _label_buildings(building_layer)
    building_layer.triggerRepaint()


def open_context_layer(path, title=None):
    """The CityGML context buildings, grey; None if none were imported."""
    layer = QgsVectorLayer(f"{path}|layername={CONTEXT_TABLE}", title or tr("Existing buildings"),
                           "ogr")
    if not layer.isValid():
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(_fill("#c8c8c8", 220, "#7a7a7a")))
    return layer


def style_comments(layer):
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#2a6fdb",
                                           "outline_color": "white", "size": "3"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


# --- 3D ------------------------------------------------------------------------------

def _set_material(symbol, material):
    # setMaterial up to QGIS 3.3x, setMaterialSettings in 3.40.
    setter = getattr(symbol, "setMaterialSettings", None) or symbol.setMaterial
    setter(material)


def _polygon_symbol_3d(colour, storey_height):
    from qgis._3d import QgsPhongMaterialSettings, QgsPolygon3DSymbol
    from qgis.core import QgsAbstract3DSymbol  # noqa: F401 (only to fail early where 3D is absent)

    symbol = QgsPolygon3DSymbol()
    material = QgsPhongMaterialSettings()
    material.setDiffuse(QColor(colour))
    material.setAmbient(QColor(colour).darker(180))
    _set_material(symbol, material)
    symbol.setExtrusionHeight(float(storey_height))  # used only where the expression fails
    properties = symbol.dataDefinedProperties()
    properties.setProperty(symbol.PropertyExtrusionHeight,
                           QgsProperty.fromExpression(height_expression(storey_height)))
    symbol.setDataDefinedProperties(properties)
    return symbol


def apply_3d(building_layer, storey_height=DEFAULT_STOREY_HEIGHT, by_status=True):
    """Give a building layer its 3D renderer; returns the renderer set."""
    from qgis._3d import QgsRuleBased3DRenderer, QgsVectorLayer3DRenderer

    if by_status and building_layer.fields().indexOf(STATUS_FIELD) >= 0:
        root = QgsRuleBased3DRenderer.Rule(None)
        for status in PROJECT_STATUSES:
            root.appendChild(QgsRuleBased3DRenderer.Rule(
                _polygon_symbol_3d(STATUS_COLOURS[status], storey_height),
                f"\"{STATUS_FIELD}\" = '{status}'", status))
        other = QgsRuleBased3DRenderer.Rule(_polygon_symbol_3d(OTHER_COLOUR, storey_height),
                                            "", tr("other"))
        other.setIsElse(True)
        root.appendChild(other)
        renderer = QgsRuleBased3DRenderer(root)
    else:
        renderer = QgsVectorLayer3DRenderer(_polygon_symbol_3d("#c8c8c8", storey_height))
    building_layer.setRenderer3D(renderer)
    return renderer


def context_3d(layer, storey_height=DEFAULT_STOREY_HEIGHT):
    from qgis._3d import QgsVectorLayer3DRenderer

    symbol = _polygon_symbol_3d("#d0d0d0", storey_height)
    properties = symbol.dataDefinedProperties()
    properties.setProperty(symbol.PropertyExtrusionHeight, QgsProperty.fromExpression(
        f'coalesce("height_m", "storeys" * {float(storey_height)}, {float(storey_height)})'))
    symbol.setDataDefinedProperties(properties)
    renderer = QgsVectorLayer3DRenderer(symbol)
    layer.setRenderer3D(renderer)
    return renderer


def pipes_at_depth(path, extent, margin=60.0, title=None):
    """A memory layer of the pipes near ``extent`` as 3D lines at their invert depth.

    z = invert level − cover level of the manhole at that end (negative: below ground);
    where a cover level is missing the pipe's end lies 2 m deep (said in the field
    ``depth_known``)."""
    minx, miny = extent.xMinimum() - margin, extent.yMinimum() - margin
    maxx, maxy = extent.xMaximum() + margin, extent.yMaximum() + margin
    layer = QgsVectorLayer("LineStringZ?crs=EPSG:25832", title or tr("Pipes (3D, at invert depth)"),
                           "memory")
    fields = QgsFields()
    for name, kind in (("object_code", "string"), ("width_mm", "int"),
                       ("drainage", "string"), ("depth_known", "bool")):
        fields.append(field(name, kind))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for code, width, drainage, inv_a, inv_b, cover_a, cover_b, line in \
            planning_store.pipes_in_box(path, minx, miny, maxx, maxy):
        if line is None or len(line) < 2:
            continue
        known = None not in (inv_a, inv_b, cover_a, cover_b)
        z_a = inv_a - cover_a if known else -2.0
        z_b = inv_b - cover_b if known else -2.0
        n = len(line) - 1
        points = [QgsPoint(float(x), float(y), z_a + (z_b - z_a) * i / n)
                  for i, (x, y) in enumerate(line)]
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry(QgsLineString(points)))
        feature.setAttributes([code, width, drainage, known])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    try:
        from qgis._3d import QgsLine3DSymbol, QgsSimpleLineMaterialSettings

        def pipe_symbol():
            symbol = QgsLine3DSymbol()
            # Simple lines (width in pixels): QGIS 3.22 buffers wide 3D lines in 2D, which
            # drops their z, so those pipes would lie at ground level (seen in the snapshot).
            symbol.setRenderAsSimpleLines(True)
            symbol.setWidth(3.0)
            # z as given: Qgis.AltitudeClamping.Absolute from 3.26 on, Qgs3DTypes' 0 before.
            clamping = getattr(Qgis, "AltitudeClamping", None)
            symbol.setAltitudeClamping(clamping.Absolute if clamping is not None else 0)
            return symbol

        layer.setRenderer3D(_drainage_3d_renderer(pipe_symbol, QgsSimpleLineMaterialSettings))
    except ImportError:
        pass
    return layer


# The pipes' colours of the 2D map (resources/styles/pipe.qml, scripts/build_styles.py):
# Schmutzwasser red-brown, Regenwasser blue, Mischwasser magenta; others grey.
DRAINAGE_COLOURS = {"KS": "#8b3a1a", "KR": "#1f5fd1", "KM": "#c0168c"}
OTHER_PIPE_COLOUR = "#777777"


def _drainage_3d_renderer(make_symbol, material_class):
    """A rule-based 3D renderer that colours the symbols ``make_symbol()`` makes by
    "drainage", as the 2D map does."""
    from qgis._3d import QgsRuleBased3DRenderer

    root = QgsRuleBased3DRenderer.Rule(None)
    for code, colour in list(DRAINAGE_COLOURS.items()) + [(None, OTHER_PIPE_COLOUR)]:
        coloured = make_symbol()
        material = material_class()
        material.setAmbient(QColor(colour))
        _set_material(coloured, material)
        expression = f"\"drainage\" = '{code}'" if code else "ELSE"
        root.appendChild(QgsRuleBased3DRenderer.Rule(coloured, expression, code or "sonstige"))
    return QgsRuleBased3DRenderer(root)


def conflict_layer(conflicts, names=None, title=None):
    """A point layer of conflicts (the spot on the asset), styled by severity."""
    layer = QgsVectorLayer("Point?crs=EPSG:25832", title or tr("Conflicts"), "memory")
    fields = QgsFields()
    for name, kind in (("building_uuid", "string"), ("project", "string"),
                       ("project_name", "string"), ("asset_table", "string"),
                       ("asset_uuid", "string"), ("object_code", "string"),
                       ("dn", "int"), ("distance_m", "double"),
                       ("required_m", "double"), ("severity", "string")):
        fields.append(field(name, kind))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for c in conflicts:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(_point(c.x, c.y)))
        feature.setAttributes([c.building, c.project, (names or {}).get(c.project), c.asset_table,
                               c.asset, c.object_code, c.dn, c.distance, c.required, c.severity])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    categories = []
    for severity, colour in SEVERITY_COLOURS.items():
        symbol = QgsMarkerSymbol.createSimple({"name": "diamond", "color": colour,
                                               "outline_color": "black", "size": "4.5"})
        categories.append(QgsRendererCategory(severity, symbol, severity))
    layer.setRenderer(QgsCategorizedSymbolRenderer("severity", categories))
    return layer


def _point(x, y):
    from qgis.core import QgsPointXY

    return QgsPointXY(x, y)


def geometry_type_ok(layer):
    return layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry


def set_25d(layer, storey_height=DEFAULT_STOREY_HEIGHT, angle=70):
    """QGIS's 2.5D renderer on ``layer``: extruded buildings drawn without OpenGL."""
    from qgis.core import Qgs25DRenderer

    QgsExpressionContextUtils.setLayerVariable(layer, "qgis_25d_height",
                                               height_expression(storey_height))
    QgsExpressionContextUtils.setLayerVariable(layer, "qgis_25d_angle", angle)
    renderer = Qgs25DRenderer()
    renderer.setRoofColor(QColor("#e07b39"))
    renderer.setWallColor(QColor("#b5562a"))
    renderer.setShadowEnabled(True)
    layer.setRenderer(renderer)
    return renderer


def style_buildings_2d_static(layer):
    """The 2D status style for a layer that carries status and name as real attributes."""
    categories = [QgsRendererCategory(status, _fill(STATUS_COLOURS[status]), status)
                  for status in PROJECT_STATUSES]
    categories.append(QgsRendererCategory(None, _fill(OTHER_COLOUR), tr("other")))
    layer.setRenderer(QgsCategorizedSymbolRenderer(STATUS_FIELD, categories))
    _label_buildings(layer)


def _label_buildings(layer):
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = (f"coalesce(\"{NAME_FIELD}\", '') || '\\n' || "
                          "coalesce(format_number(\"height_m\", 1) || ' m', "
                          "\"floors\" || ' G.', '')")
    if layer.fields().indexOf(COMMENTS_FIELD) >= 0:
        word = tr("comments").replace("'", "''")
        settings.fieldName += (f" || if(coalesce(\"{COMMENTS_FIELD}\", 0) > 0, '\\n' || "
                               f"\"{COMMENTS_FIELD}\" || ' {word}', '')")
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    text.setFont(font)
    text.setSize(8)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    # Qgis.LabelPlacement from 3.26 on; QgsPalLayerSettings.OverPoint before.
    settings.placement = getattr(getattr(Qgis, "LabelPlacement", None), "OverPoint",
                                 QgsPalLayerSettings.Placement.OverPoint)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
