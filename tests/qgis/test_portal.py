"""The citizens' portal in QGIS: the Processing algorithm ``export_citizen_portal`` (with a
base map layer rendered under the buildings), the action "Für das Bürgerportal
exportieren" of the Bauvorhaben dock in a QgsTask, its settings in the options page, and
the citizens' comments shown on the buildings they are about."""

import json
import os
import time

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsRasterLayer
from qgis.PyQt.QtWidgets import QApplication

from kempten_twin_plugin import classFactory
from kempten_twin_plugin.io.portal import page as portal_page
from tests.helpers.canvas_helpers import clear_project
from tests.helpers.portal_helpers import E0, N0, SECRETS, portal_working_copy, stub_vendor

LINKS = "https://beteiligung.example.de/vorhaben/{project}#gebaeude-{building}"


@pytest.fixture
def vendor(tmp_path, monkeypatch):
    """The built web library when the checkout has it (make deps / make package), a stub
    otherwise; the e2e tier tests the real one in a browser."""
    try:
        return portal_page.vendor_dir()
    except portal_page.PortalError:
        stub = stub_vendor(str(tmp_path / "vendor"))
        original = portal_page.vendor_dir
        monkeypatch.setattr(portal_page, "vendor_dir", lambda given=None: original(given or stub))
        return stub


@pytest.fixture
def city(tmp_path):
    path = str(tmp_path / "wc.gpkg")
    ids = portal_working_copy(path)
    return path, ids


def _orthophoto(path):
    """A GeoTIFF over the site, green, as a stand-in for an orthophoto layer."""
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(path, 400, 400, 3, gdal.GDT_Byte)
    ds.SetGeoTransform((E0 - 300, 1.5, 0, N0 + 300, 0, -1.5))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds.SetProjection(srs.ExportToWkt())
    for band, value in zip((1, 2, 3), (40, 160, 60)):
        ds.GetRasterBand(band).Fill(value)
    ds = None
    return path


def _png_pixels(path):
    from qgis.PyQt.QtGui import QImage

    image = QImage(path)
    return image, image.pixelColor(image.width() // 2, image.height() // 2)


def test_algorithm_exports_tiles_page_and_report(provider, city, vendor, tmp_path):
    import processing

    path, ids = city
    basemap = QgsRasterLayer(_orthophoto(str(tmp_path / "dop.tif")), "Orthophoto (Test)")
    assert basemap.isValid()
    QgsProject.instance().addMapLayer(basemap)  # QGIS owns it (and frees it in time)
    out = str(tmp_path / "portal")
    report = str(tmp_path / "bericht.txt")
    result = processing.run("kempten_twin:export_citizen_portal", {
        "WORKING_COPY": path, "OUTPUT": out, "BASEMAP": basemap, "LINK_PATTERN": LINKS,
        "REPORT": report})
    assert (result["PROJECTS"], result["BUILDINGS"], result["CONTEXT_BUILDINGS"]) == (2, 4, 40)
    assert result["TILES"] == os.path.join(out, "data", "tileset.json")
    assert result["PAGE"] == os.path.join(out, "index.html") and os.path.isfile(result["PAGE"])
    assert result["HEIGHT_REFERENCE"] in ("GCG2016", "EGM96", "default")
    text = open(report, encoding="utf-8").read()
    assert "DHHN2016" in text and result["HEIGHT_REFERENCE"] in text
    portal = json.load(open(os.path.join(out, "data", "portal.json"), encoding="utf-8"))
    assert portal["attribution"] == "Orthophoto (Test)"  # the layer, not the site plan
    image, colour = _png_pixels(os.path.join(out, "data", "karte-2.png"))  # Illerufer
    assert image.width() > 100 and (colour.red(), colour.green(), colour.blue()) == (40, 160, 60)
    for folder, _dirs, names in os.walk(out):
        for name in names:
            data = open(os.path.join(folder, name), "rb").read()
            assert not [s for s in SECRETS if s.encode() in data], name
    # one project by name, with the settings' defaults; a wrong name is refused
    result = processing.run("kempten_twin:export_citizen_portal", {
        "WORKING_COPY": path, "PROJECT": "Schule Ost", "OUTPUT": str(tmp_path / "schule")})
    assert (result["PROJECTS"], result["BUILDINGS"]) == (1, 1)
    with pytest.raises(QgsProcessingException, match="building project"):
        processing.run("kempten_twin:export_citizen_portal", {
            "WORKING_COPY": path, "PROJECT": "Unbekannt", "OUTPUT": str(tmp_path / "x")})
    QgsProject.instance().removeMapLayer(basemap.id())


def test_algorithm_parameters(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(
        "kempten_twin:export_citizen_portal")
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:2] == ["WORKING_COPY", "PROJECT"]
    assert {"OUTPUT", "BASEMAP", "REPORT", "LINK_PATTERN", "GEOID_GRID", "HEIGHT_ANOMALY"} <= set(names)
    assert algorithm.parameterDefinition("PROJECT").flags() & algorithm.parameterDefinition(
        "PROJECT").FlagOptional


def wait_for(task, seconds=120):
    end = time.time() + seconds
    while task is not None and QgsApplication.taskManager().tasks() and time.time() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        QApplication.processEvents()


@pytest.fixture
def plugin(qgis_iface, kt_settings, processing_ready, city, vendor):
    clear_project(qgis_iface.mapCanvas())
    path, ids = city
    kt_settings.working_copy = path
    kt_settings.portal_link_pattern = LINKS
    kt_settings.save()
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    yield plugin, ids
    plugin.unload()
    clear_project(qgis_iface.mapCanvas())


def _choose(feature, name):
    combo = feature.dock.project_combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
    combo.setCurrentIndex(index)


def test_dock_action_exports_the_chosen_project_in_a_task(plugin, tmp_path):
    plugin, ids = plugin
    feature = plugin.planning
    action = next(a for a in feature.actions if a.objectName() == "KemptenTwinExportPortal")
    assert action.text() in ("Export for the citizens' portal…", "Für das Bürgerportal exportieren …")
    feature.refresh()
    _choose(feature, "Wohnen am Illerufer")
    out = str(tmp_path / "portal")
    task = feature.export_portal(out)
    assert task is not None and task.description()
    wait_for(task)
    summary = feature.last_portal
    assert summary is not None and (summary["projects"], summary["buildings"]) == (1, 3)
    portal = json.load(open(os.path.join(out, "data", "portal.json"), encoding="utf-8"))
    (project,) = portal["projects"]
    assert project["id"] == ids["Wohnen am Illerufer"]
    assert project["participation_url"].endswith(ids["Wohnen am Illerufer"])
    assert portal["attribution"].startswith("Lageplan")  # no basemap layer is switched on


def test_dock_export_can_be_cancelled(plugin, tmp_path):
    plugin, _ids = plugin
    feature = plugin.planning
    feature.refresh()
    _choose(feature, "Wohnen am Illerufer")
    out = tmp_path / "portal"
    task = feature.export_portal(str(out))
    task.cancel()
    wait_for(task)
    assert feature.last_portal is None
    assert not out.exists() or not os.listdir(out)


def test_comments_show_on_their_building(plugin):
    plugin, ids = plugin
    feature = plugin.planning
    plugin.open_working_copy()
    QApplication.processEvents()
    feature.decorate_layers()
    feature.refresh()
    _choose(feature, "Wohnen am Illerufer")
    items = [feature.dock.comment_list.item(i).text()
             for i in range(feature.dock.comment_list.count())]
    assert len(items) == 3 and sum(("No. 2: " in t) or ("Nr. 2: " in t) for t in items) == 1
    buildings = next(layer for layer in QgsProject.instance().mapLayers().values()
                     if layer.customProperty("kempten_twin/table") == "planned_building")
    counts = {f["uuid"]: f["comment_count"] for f in buildings.getFeatures()}
    assert counts[ids["Hofhaus"]] == 1 and counts[ids["Wohnen mit Kita"]] == 0
    assert "comment_count" in buildings.labeling().settings().fieldName


def test_portal_settings_in_the_options_page(kt_settings, qgis_iface):
    from kempten_twin_plugin.gui.options_page import OptionsPage
    from kempten_twin_plugin.settings import Settings

    page = OptionsPage(settings=kt_settings)
    page.portal_link.setText(LINKS)
    page.portal_anomaly.setValue(47.25)
    page.apply()
    again = Settings.load()
    assert again.portal_link_pattern == LINKS and again.portal_height_anomaly == 47.25
    assert OptionsPage(settings=again).portal_link.text() == LINKS
    assert np.isclose(OptionsPage(settings=again).portal_anomaly.value(), 47.25)
