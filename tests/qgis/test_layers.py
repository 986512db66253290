"""The working copy opens as styled, ordered layer groups with scale limits."""

import pytest
from qgis.core import QgsProject, QgsRuleBasedRenderer

from kempten_twin_plugin.render import layers


@pytest.fixture
def project():
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def test_open_makes_groups_in_drawing_order(project, demo_gpkg):
    opened = layers.open_working_copy(demo_gpkg, project)
    root = project.layerTreeRoot()
    network, planning = root.children()[:2]
    assert [node.layer().customProperty(layers.TABLE_PROPERTY) for node in network.children()] == [
        "defect", "gully", "manhole", "lateral", "pipe"]
    assert [node.layer().customProperty(layers.TABLE_PROPERTY) for node in planning.children()] == [
        "planned_building", "planned_project"]
    assert opened["pipe"].featureCount() == 2000
    assert all(layer.isValid() for layer in opened.values())


def test_pipe_style_colours_by_drainage_and_width_by_dn(project, demo_gpkg):
    pipe = layers.open_working_copy(demo_gpkg, project)["pipe"]
    renderer = pipe.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = {r.label(): r for r in renderer.rootRule().children()}
    colours = {label: rule.children()[0].symbol().color().name() for label, rule in rules.items()
               if rule.children()}
    assert colours["Schmutzwasser (KS)"] == "#8b3a1a"
    assert colours["Regenwasser (KR)"] == "#1f5fd1"
    assert colours["Mischwasser (KM)"] == "#c0168c"
    # The first child draws the main collectors of the overview as plain lines; from
    # 1:100 000 on the line width grows with DN.
    overview, mains = rules["Mischwasser (KM)"].children()[:2]
    assert overview.maximumScale() == 100000 and "1400" in overview.filterExpression()
    width = mains.symbol().symbolLayer(0)
    assert "width_mm" in width.dataDefinedProperties().property(
        width.PropertyStrokeWidth).expressionString()


def test_scale_limits_keep_a_big_city_fluid(project, demo_gpkg):
    opened = layers.open_working_copy(demo_gpkg, project)
    # Gullies and laterals appear only when zoomed in; pipes and manholes earlier.
    for table, limit in (("gully", 5000), ("lateral", 5000)):
        assert opened[table].hasScaleBasedVisibility()
        assert opened[table].minimumScale() == limit
        assert not opened[table].isInScaleRange(20000)
        assert opened[table].isInScaleRange(1000)
    assert opened["manhole"].labelsEnabled() and opened["pipe"].labelsEnabled()


def test_reopen_replaces_instead_of_duplicating(project, demo_gpkg):
    layers.open_working_copy(demo_gpkg, project)
    layers.open_working_copy(demo_gpkg, project)
    assert len(layers.working_copy_layers(project)) == 7
    # …and the offline basemap beside the demo city (streets, buildings, parcels).
    assert len(project.mapLayers()) == 7 + 3
    layers.close_working_copy(project)
    assert project.mapLayers() == {}


def test_missing_file_gives_a_clear_message(project, tmp_path):
    with pytest.raises(layers.OpenError, match="does not exist"):
        layers.open_working_copy(str(tmp_path / "missing.gpkg"), project)
    assert project.mapLayers() == {}


def test_a_foreign_geopackage_is_refused_and_leaves_nothing(project, tmp_path):
    from osgeo import ogr

    path = str(tmp_path / "other.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    with pytest.raises(layers.OpenError, match="not a Kempten Twin working copy"):
        layers.open_working_copy(path, project)
    assert project.mapLayers() == {}
    assert project.layerTreeRoot().children() == []
