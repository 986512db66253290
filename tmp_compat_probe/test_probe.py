import sys

from qgis.core import Qgis, QgsProject, QgsVectorLayer


def test_version():
    assert Qgis.QGIS_VERSION_INT // 100 == 340, Qgis.version()


def test_new_project(qgis_new_project):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "pts", "memory")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    assert len(QgsProject.instance().mapLayers()) == 1


def test_iface(qgis_iface, qgis_canvas):
    assert qgis_iface.mapCanvas() is qgis_canvas


def test_gdal_ogr_provider(tmp_path):
    from osgeo import ogr  # python3-gdal comes with python3-qgis deps
    p = tmp_path / "a.geojson"
    p.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[10.3,47.7]}}]}')
    layer = QgsVectorLayer(str(p), "gj", "ogr")
    assert layer.isValid() and layer.featureCount() == 1


def test_processing_import(qgis_app):
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis.core import QgsApplication
    algs = QgsApplication.processingRegistry().algorithms()
    assert any(a.id() == "native:buffer" for a in algs)
    res = processing.run("native:buffer", {
        "INPUT": QgsVectorLayer("Point?crs=EPSG:3857", "p", "memory"),
        "DISTANCE": 10, "OUTPUT": "memory:"})
    assert res["OUTPUT"].isValid()


def test_psycopg2_numpy_lxml():
    import psycopg2, numpy, lxml.etree
    assert numpy.__version__
