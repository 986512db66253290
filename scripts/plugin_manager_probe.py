"""Runs inside the QGIS desktop (qgis --code): QGIS's own plugin manager installs and
upgrades Kempten Twin from a plugin repository, with the calls its dialogs make.

Started by tests/e2e/test_plugin_repository.py with a fresh, temporary profile. Settings
in the environment:
  KT_PM_REPO_URL     the repository's plugins.xml (file:// or http://)
  KT_PM_UPGRADE_CMD  JSON list: the command that puts a higher version into the
                     repository, run after the first install
  KT_PM_RESULT       where the JSON report goes
Steps, as a person would take them in Plugins ▸ Manage and Install Plugins:
  1. Settings ▸ Add repository (installer.addRepository writes these settings, then
     reloadAndExportData), the official repository switched off (no network here) and
     "Show also experimental plugins" on;
  2. the plugin is listed with its version; Install plugin (installer.installPlugin, the
     experimental button's stable=False for an experimental plugin);
  3. the repository gets a higher version; Reload all repositories; the plugin shows as
     upgradeable; Upgrade plugin (installPlugin again).
"""

import configparser
import json
import os
import subprocess
import sys
import traceback

import pyplugin_installer
import qgis.utils
from pyplugin_installer import installer as installer_module
from pyplugin_installer.installer_data import plugins, repositories
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QTimer

KEY = "kempten_twin_plugin"
REPO = "Kempten Twin test repository"
report = {"errors": [], "steps": {}, "downloads": []}


class RecordingInstallingDialog(installer_module.QgsPluginInstallerInstallingDialog):
    """The plugin manager's download dialog as it is, noting what each download gave
    (installPlugin shows that only in the plugin manager's message bar)."""

    def exec_(self):
        result = super().exec_()
        report["downloads"].append({"url": self.url.toString(), "error": self.mResult})
        return result


installer_module.QgsPluginInstallerInstallingDialog = RecordingInstallingDialog


def plugin_state():
    plugin = plugins.all().get(KEY)
    if plugin is None:
        return None
    return {k: plugin.get(k) for k in (
        "name", "version_available", "version_installed", "status", "status_exp",
        "experimental", "installed", "available", "download_url", "filename",
        "zip_repository", "error", "error_details", "about", "tracker")}


def installed_files():
    folder = os.path.join(qgis.utils.home_plugin_path, KEY)
    found = {"folder": folder, "exists": os.path.isdir(folder)}
    if found["exists"]:
        found["files"] = sorted(os.listdir(folder))
        meta = os.path.join(folder, "metadata.txt")
        if os.path.exists(meta):
            parser = configparser.ConfigParser(interpolation=None)
            parser.read(meta, encoding="utf-8")
            found["version"] = parser.get("general", "version")
        found["license_head"] = (open(os.path.join(folder, "LICENSE"), encoding="utf-8")
                                 .read(200) if os.path.exists(os.path.join(folder, "LICENSE"))
                                 else None)
    found["active"] = KEY in qgis.utils.active_plugins
    found["loaded"] = KEY in qgis.utils.plugins
    return found


def repository_state():
    repo = repositories.all().get(REPO, {})
    return {"state": repo.get("state"), "error": repo.get("error"), "url": repo.get("url")}


def install(installer, step):
    plugin = plugins.all()[KEY]
    stable = not plugin["experimental"]
    installer.installPlugin(KEY, quiet=True, stable=stable)
    report["steps"][step] = {"stable_button": stable, "plugin": plugin_state(),
                             "files": installed_files()}


def run():
    settings = QgsSettings()
    group = "app/plugin_repositories"
    settings.setValue(f"{group}/{REPO}/url", os.environ["KT_PM_REPO_URL"])
    settings.setValue(f"{group}/{REPO}/authcfg", "")
    settings.setValue(f"{group}/{REPO}/enabled", True)
    official = "https://plugins.qgis.org/plugins/plugins.xml"
    settings.beginGroup(group)
    names = settings.childGroups()
    settings.endGroup()
    for name in names:
        if settings.value(f"{group}/{name}/url", "") == official:
            settings.setValue(f"{group}/{name}/enabled", False)
    if not any(settings.value(f"{group}/{name}/url", "") == official for name in names):
        settings.setValue(f"{group}/QGIS Official Plugin Repository/url", official)
        settings.setValue(f"{group}/QGIS Official Plugin Repository/enabled", False)
    settings.setValue("app/plugin_installer/allowExperimental", True)

    installer = pyplugin_installer.instance()
    installer.reloadAndExportData()
    report["steps"]["fetched"] = {"repository": repository_state(), "plugin": plugin_state(),
                                  "enabled_repositories": sorted(repositories.allEnabled())}
    if plugin_state() is None:
        report["errors"].append("the plugin is not listed after fetching the repository")
        return
    install(installer, "installed")

    command = json.loads(os.environ.get("KT_PM_UPGRADE_CMD", "null"))
    if command:
        done = subprocess.run(command, capture_output=True, text=True)
        report["steps"]["repository_updated"] = {"exit": done.returncode,
                                                 "out": done.stdout + done.stderr}
        installer.reloadAndExportData()  # "Reload all repositories"
        report["steps"]["refetched"] = {"repository": repository_state(),
                                        "plugin": plugin_state(),
                                        "upgradeable_stable": sorted(plugins.allUpgradeable())}
        install(installer, "upgraded")


def main():
    try:
        run()
    except Exception:  # everything goes into the report
        report["errors"].append(traceback.format_exc())
    with open(os.environ["KT_PM_RESULT"], "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False, default=str)
    sys.stdout.flush()
    QTimer.singleShot(200, lambda: os._exit(0))


QTimer.singleShot(1500, main)
