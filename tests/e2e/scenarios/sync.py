"""An attribute edit in QGIS reaches the central server by the sync action, and the
server's edit comes back into the layer; the status bar shows nothing pending."""

import os

from qgis.PyQt.QtWidgets import QWidget
from qgis.utils import iface

from .desktop import PLUGIN_ID, action, check, screenshot

SYNC_SERVER = os.environ.get("KT_SYNC_SERVER", "")
SYNC_SCHEMA = os.environ.get("KT_SYNC_SCHEMA", "kempten_twin")
_sync_state = {}


def _gully_layer():
    from kempten_twin_plugin.render.layers import working_copy_layers  # the installed plugin's code

    return working_copy_layers()["gully"]


def sync_setup():
    from qgis.core import QgsSettings
    from qgis.utils import plugins

    QgsSettings().setValue("kempten_twin/server", SYNC_SERVER)
    QgsSettings().setValue("kempten_twin/server_schema", SYNC_SCHEMA)
    plugins[PLUGIN_ID].settings_changed()  # as the options page's Apply does


def edit_gully_like_the_attribute_table():
    layer = _gully_layer()
    feature = next(layer.getFeatures())
    _sync_state["uuid"] = feature["uuid"]
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("street"), "E2E-Straße")
    check("gully_edit_committed", layer.commitChanges(), ok=True)


def trigger_sync():
    sync_action = action("KemptenTwinSync")
    sync_action.trigger()
    return lambda: sync_action.isEnabled()


def _server_street():
    import psycopg2

    con = psycopg2.connect(SYNC_SERVER)
    cur = con.cursor()
    cur.execute(f"SELECT street FROM {SYNC_SCHEMA}.gully WHERE uuid = %s", (_sync_state["uuid"],))
    value = cur.fetchone()[0]
    con.close()
    return value


def edit_reached_server_then_server_edits():
    import psycopg2

    street = _server_street()
    check("server_street_after_push", street, ok=street == "E2E-Straße")
    con = psycopg2.connect(SYNC_SERVER)
    con.cursor().execute(f"UPDATE {SYNC_SCHEMA}.gully SET street = 'Vom Server' WHERE uuid = %s",
                         (_sync_state["uuid"],))
    con.commit()
    con.close()


def server_edit_shows_in_qgis():
    layer = _gully_layer()
    layer.setSubsetString("")
    found = [f["street"] for f in layer.getFeatures() if f["uuid"] == _sync_state["uuid"]]
    check("layer_street_after_pull", found, ok=found == ["Vom Server"])
    status = [w for w in iface.mainWindow().findChildren(QWidget)
              if w.objectName() == "KemptenTwinSyncStatus"]
    text = status[0].label.text() if status else ""
    check("status_text", text, ok="0 ausstehend" in text)
    screenshot("03-sync")



STEPS = [sync_setup, edit_gully_like_the_attribute_table, trigger_sync,
         edit_reached_server_then_server_edits, trigger_sync, server_edit_shows_in_qgis]
