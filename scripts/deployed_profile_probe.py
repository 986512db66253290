"""Runs inside the QGIS desktop (qgis --code) on a profile that QGIS Deployment Toolbelt
deployed (scripts/qdt_scenario.py): is the plugin loaded, does QGIS list the server
connection, does the plugin's server setting name it and can the plugin connect through
it, is the plugin repository registered for upgrades. Writes a JSON report to
$KT_PM_RESULT and quits. Started by tests/e2e/test_plugin_repository.py.
"""

import json
import os
import sys
import traceback

import qgis.utils
from qgis.core import QgsProviderRegistry, QgsSettings
from qgis.PyQt.QtCore import QTimer

KEY = "kempten_twin_plugin"
report = {"errors": []}


def run():
    report["active"] = KEY in qgis.utils.active_plugins
    report["loaded"] = KEY in qgis.utils.plugins
    report["plugin_file"] = getattr(sys.modules.get(KEY), "__file__", None)
    connections = QgsProviderRegistry.instance().providerMetadata("postgres").connections()
    report["connections"] = {name: connection.uri() for name, connection in connections.items()}
    from kempten_twin_plugin.settings import Settings
    from kempten_twin_plugin.store import server_connection

    report["server_setting"] = Settings.load().server
    try:
        with server_connection.connect(report["server_setting"]) as connection:
            cursor = connection.cursor()
            cursor.execute("SELECT current_database()")
            report["connected_to"] = cursor.fetchone()[0]
        connection.close()
    except Exception as error:  # reported, judged by the test
        report["connect_error"] = str(error)
    settings = QgsSettings()
    settings.beginGroup("app/plugin_repositories")
    report["repositories"] = {name: settings.value(f"{name}/url", "")
                              for name in settings.childGroups()}
    settings.endGroup()


def main():
    try:
        run()
    except Exception:  # everything goes into the report
        report["errors"].append(traceback.format_exc())
    with open(os.environ["KT_PM_RESULT"], "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False, default=str)
    QTimer.singleShot(200, lambda: os._exit(0))


QTimer.singleShot(1500, main)
