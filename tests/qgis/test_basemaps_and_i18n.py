"""Basemaps stay quiet offline; the German translation follows QGIS's locale."""

from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from kempten_twin_plugin.i18n import Translation, tr
from kempten_twin_plugin.render import basemaps
from kempten_twin_plugin.settings import DEFAULT_BASEMAPS
from tests.helpers.local_http import NotFoundServer, TricklingServer, closed_port_url


def test_unreachable_basemaps_are_added_empty_below_everything(qgis_new_project):
    project = QgsProject.instance()
    project.layerTreeRoot().addGroup("Kanalnetz")
    # This machine has no internet: the services cannot answer.
    made = basemaps.make_layers(DEFAULT_BASEMAPS)
    reachable = basemaps.add_to_project(made, project)
    assert reachable == 0
    group = project.layerTreeRoot().children()[-1]
    assert group.customProperty(basemaps.GROUP_PROPERTY)
    assert [node.name() for node in group.findLayers()] == [b["name"] for b in DEFAULT_BASEMAPS]
    # Adding again replaces the group.
    basemaps.add_to_project(basemaps.make_layers(DEFAULT_BASEMAPS), project)
    groups = [g for g in project.layerTreeRoot().children()
              if g.customProperty(basemaps.GROUP_PROPERTY)]
    assert len(groups) == 1


def wait_for(results, limit_s=30.0):
    """Lets the main thread's event loop run until ``results`` has something, or the limit."""
    import time

    from qgis.core import QgsApplication

    end = time.monotonic() + limit_s
    while not results and time.monotonic() < end:
        QCoreApplication.processEvents()
        QgsApplication.taskManager().activeTasks()
        time.sleep(0.02)
    return results


def test_basemap_task_reports_back_in_the_main_thread(qgis_new_project):
    results = []
    run = basemaps.add_basemaps_in_background(DEFAULT_BASEMAPS[:1],
                                              lambda *answer: results.append(answer))
    # Offline, the probe fails at once: the layer is made and added empty.
    assert wait_for(results) == [(0, 1, [])]
    assert run.task.error is None
    assert [layer.name() for layer in QgsProject.instance().mapLayers().values()] == \
        [DEFAULT_BASEMAPS[0]["name"]]


def local_wms(name, url, visible=True):
    return {"name": name, "provider": "wms", "visible": visible,
            "source": f"contextualWMSLegend=0&crs=EPSG:25832&dpiMode=7&format=image/png"
                      f"&layers=karte&styles=&url={url}"}


def test_a_silent_basemap_service_is_left_out_at_the_deadline(qgis_new_project):
    slow = TricklingServer(b"<WMS_Capabilities/>" * 5, "text/xml", interval=1.0, path="/wms")
    missing = NotFoundServer()
    try:
        definitions = [local_wms("Langsam", slow.url), local_wms("Ohne Karte", missing.url),
                       local_wms("Abgeschaltet", closed_port_url())]
        results = []
        run = basemaps.add_basemaps_in_background(definitions,
                                                  lambda *answer: results.append(answer),
                                                  deadline_s=2)
        assert wait_for(results) == [(0, 3, ["Langsam"])]
        # The answer came while the silent service was still sending: the deadline ended
        # the wait, not the service. Its layer was never made, so it was asked only once.
        assert slow.sent < 95
        assert slow.requests == 1
        assert missing.requests >= 2  # the probe and the layer's own capabilities request
        group = QgsProject.instance().layerTreeRoot().children()[-1]
        assert group.customProperty(basemaps.GROUP_PROPERTY)
        assert [node.name() for node in group.findLayers()] == ["Ohne Karte", "Abgeschaltet"]
        assert run.silent == ["Langsam"]
    finally:
        slow.close()
        missing.close()


def test_a_cancelled_probe_adds_nothing(qgis_new_project):
    import time

    slow = TricklingServer(b"<WMS_Capabilities/>" * 5, "text/xml", interval=1.0, path="/wms")
    try:
        results = []
        run = basemaps.add_basemaps_in_background([local_wms("Langsam", slow.url)],
                                                  lambda *answer: results.append(answer))
        while slow.requests == 0:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        run.cancel()
        for _ in range(50):
            QCoreApplication.processEvents()
            time.sleep(0.02)
        assert results == []
        assert run.task is None
        assert QgsProject.instance().mapLayers() == {}
    finally:
        slow.close()


def test_the_probe_asks_each_kind_of_source_what_its_layer_asks_first():
    wmts = DEFAULT_BASEMAPS[0]
    assert basemaps.probe_url(wmts).endswith("/WMTSCapabilities.xml")
    wms = local_wms("Karte", "https://example.org/wms?map=a")
    assert basemaps.probe_url(wms) == \
        "https://example.org/wms?map=a&SERVICE=WMS&REQUEST=GetCapabilities"
    xyz = {"name": "OSM", "provider": "wms",
           "source": "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19"}
    assert basemaps.probe_url(xyz) == "https://tile.example.org/0/0/0.png"
    local = {"name": "Luftbild", "provider": "gdal", "source": "/daten/luftbild.tif"}
    assert basemaps.probe_url(local) is None


def test_german_translation_follows_the_locale():
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translation = Translation()
    try:
        assert translation.install()
        assert tr("Manholes") == "Schächte"
        assert tr("Sewer network") == "Kanalnetz"
    finally:
        translation.remove()
        settings.setValue("locale/userLocale", "en_US")
    assert tr("Manholes") == "Manholes"


def test_english_needs_no_translator():
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_GB")
    assert Translation().install() is False
    assert tr("Pipes") == "Pipes"
