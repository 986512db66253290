import os
def test_cfg(qgis_app, request):
    print("CFG", os.environ.get("QGIS_CUSTOM_CONFIG_PATH"), request.config.rootpath)
