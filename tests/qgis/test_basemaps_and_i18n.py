"""Basemaps stay quiet offline; the German translation follows QGIS's locale."""

from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from kempten_twin_plugin.i18n import Translation, tr
from kempten_twin_plugin.render import basemaps
from kempten_twin_plugin.settings import DEFAULT_BASEMAPS


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


def test_basemap_task_reports_back_in_the_main_thread(qgis_new_project):
    from qgis.core import QgsApplication

    results = []
    task = basemaps.add_basemaps_in_background(DEFAULT_BASEMAPS[:1],
                                               lambda ok, total: results.append((ok, total)))
    for _ in range(200):
        QCoreApplication.processEvents()
        if results:
            break
        QgsApplication.taskManager().activeTasks()
        import time

        time.sleep(0.05)
    assert results == [(0, 1)]
    assert task.error is None


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


class _OneByteASecond:
    """An HTTP server that answers as slowly as a broken proxy: one byte a second."""

    def __init__(self):
        import socket
        import threading

        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.port = self.server.getsockname()[1]
        self.hung_up = threading.Event()
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        import time

        connection, _ = self.server.accept()
        connection.recv(4096)
        answer = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"<" * 100000
        try:
            for byte in answer:
                if self.stopped.is_set():
                    return
                connection.sendall(bytes([byte]))
                time.sleep(1.0)
        except OSError:
            self.hung_up.set()  # the client gave up: what a deadline does
        finally:
            connection.close()

    def close(self):
        self.stopped.set()
        self.server.close()


def test_a_basemap_service_that_trickles_is_given_up_on(qgis_new_project, monkeypatch):
    server = _OneByteASecond()
    monkeypatch.setattr(basemaps, "PROBE_SECONDS", 2.0)
    slow = {"name": "Langsamer Dienst", "provider": "wms", "visible": True,
            "source": "crs=EPSG:25832&format=image/png&layers=x&styles="
                      f"&url=http://127.0.0.1:{server.port}/wms"}
    unanswered = []
    try:
        made = basemaps.make_layers([slow], unanswered=unanswered)
        assert made == [] and unanswered == ["Langsamer Dienst"]
        assert server.hung_up.wait(10), "the probe left the connection open"
    finally:
        server.close()
    # The plugin counts it as not reached.
    results = []
    monkeypatch.setattr(basemaps, "PROBE_SECONDS", 0.5)
    second = _OneByteASecond()
    slow["source"] = slow["source"].replace(str(server.port), str(second.port))
    try:
        task = basemaps.add_basemaps_in_background([slow],
                                                   lambda ok, total: results.append((ok, total)))
        for _ in range(200):
            QCoreApplication.processEvents()
            if results:
                break
            import time

            time.sleep(0.05)
    finally:
        second.close()
    assert results == [(0, 1)] and task.error is None


def test_capabilities_are_asked_where_the_source_points():
    assert basemaps.capabilities_url(DEFAULT_BASEMAPS[0]).endswith("/WMTSCapabilities.xml")
    assert basemaps.capabilities_url(DEFAULT_BASEMAPS[1]) == (
        "https://geoservices.bayern.de/od/wms/dop/v1/dop20?SERVICE=WMS&REQUEST=GetCapabilities")
    assert basemaps.capabilities_url({"source": "/data/luftbild.tif"}) is None
