"""The plugin repository of `make repository`, read by the real QGIS and by QGIS
Deployment Toolbelt.

QGIS's own plugin manager (pyplugin_installer, driven inside the QGIS desktop under Xvfb
by scripts/plugin_manager_probe.py with the calls its dialogs make) fetches plugins.xml
from a file:// URL and from a loopback HTTP server, lists the plugin with its version,
installs it into a fresh temporary profile, then sees a higher version in the repository
as an upgrade and installs that. A relative download_url is shown not to work, which is
why scripts/plugin_repository.py writes absolute ones. QGIS Deployment Toolbelt (PyPI
qgis-deployment-toolbelt, installed into build/qdt-venv by scripts/install_qdt.sh)
deploys a profile with the plugin from the same repository and a PostgreSQL connection,
and QGIS started on that profile loads the plugin and connects through that connection.
"""

import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import sys
import threading
import zipfile

import plugin_meta  # scripts/plugin_meta.py
import plugin_repository  # scripts/plugin_repository.py
import psycopg2
import pytest
import qdt_scenario  # scripts/qdt_scenario.py
import qgis_desktop  # scripts/qgis_desktop.py

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")
ZIP = os.path.join(ROOT, "build", "kempten_twin.zip")
OUT = os.path.join(ROOT, "build", "screenshots", "e2e")
KEY = "kempten_twin_plugin"
DB = os.environ.get("KT_TEST_DB", "kempten_twin_test")


@pytest.fixture(scope="module")
def base_meta():
    assert os.path.exists(ZIP), "run `make package` first"
    with zipfile.ZipFile(ZIP) as archive:
        return plugin_meta.read_metadata_text(
            archive.read(f"{KEY}/metadata.txt").decode("utf-8"))


def higher(version):
    major, minor, patch = plugin_meta.parse_version(version)
    return f"{major}.{minor}.{patch + 1}"


def zip_with(source, target, **fields):
    """The packaged zip with other metadata.txt fields (a later build: another version)."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == f"{KEY}/metadata.txt":
                text = data.decode("utf-8")
                for key, value in fields.items():
                    text = plugin_meta.set_field(text, key, value)
                data = text.encode("utf-8")
            new.writestr(info.filename, data)
    return target


class Server:
    """python's http.server on 127.0.0.1 serving one folder, noting each request path."""

    def __init__(self, folder):
        self.requests = []
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                server.requests.append(self.path)

        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def run_qgis(tmp_path, profiles_root, profile, probe, name, timeout=180, **env_extra):
    """QGIS on its own Xvfb screen with a temporary HOME; returns the probe's report."""
    result = tmp_path / f"{name}-result.json"
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "run", 0o700)
    xvfb, display = qgis_desktop.start_xvfb()
    env = dict(os.environ, DISPLAY=display, HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"),
               KT_PM_RESULT=str(result), **env_extra)
    # QGIS's embedded Python finds its home through `python3` on PATH: Debian's, not a
    # pyenv shim's.
    env["PATH"] = "/usr/bin:/bin:" + env.get("PATH", "")
    for variable in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "http_proxy", "HTTP_PROXY",
                     "https_proxy", "HTTPS_PROXY"):
        env.pop(variable, None)
    os.makedirs(OUT, exist_ok=True)
    log_path = os.path.join(OUT, f"{name}-qgis.log")
    try:
        with open(log_path, "w") as log:
            process = subprocess.Popen(
                ["qgis", "--profiles-path", str(profiles_root), "--profile", profile,
                 "--nologo", "--noversioncheck", "--code", os.path.join(SCRIPTS, probe)],
                env=env, stdout=log, stderr=subprocess.STDOUT)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                subprocess.run(["import", "-display", display, "-window", "root",
                                os.path.join(OUT, f"{name}-timeout.png")], check=False)
                process.kill()
                process.wait()
                pytest.fail(f"QGIS did not finish within {timeout} s; log: {log_path}")
    finally:
        xvfb.terminate()
        xvfb.wait()
    assert result.exists(), f"QGIS wrote no report; log: {log_path}"
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["errors"] == [], report["errors"]
    return report


def fresh_profile(tmp_path):
    root = tmp_path / "qgis"
    qgis_desktop.make_profile(str(root), "kt-repository", ZIP, str(tmp_path / "wc.gpkg"),
                              "en", with_plugin=False)
    return root


def status_key(plugin):
    """The status QGIS shows for this plugin: experimental plugins have their own."""
    return "status_exp" if plugin["experimental"] else "status"


@pytest.mark.parametrize("transport, flags", [
    ("file", {}),  # the zip as packaged (experimental=True today)
    ("http", {}),
    ("http", {"experimental": "False"}),  # a stable release: the other install button
], ids=["file", "http", "http-stable"])
def test_qgis_plugin_manager_installs_and_upgrades_from_the_repository(tmp_path, base_meta,
                                                                       transport, flags):
    version, next_version = base_meta["version"], higher(base_meta["version"])
    repository = tmp_path / "repository"
    repository.mkdir()
    first_zip = zip_with(ZIP, str(tmp_path / "first" / "kempten_twin.zip"), **flags)
    next_zip = zip_with(ZIP, str(tmp_path / "next" / "kempten_twin.zip"),
                        version=next_version, **flags)
    server = Server(repository)
    base = server.url if transport == "http" else repository.as_uri() + "/"
    # what `make repository` runs, with the address the folder is served at
    subprocess.run([sys.executable, os.path.join(SCRIPTS, "plugin_repository.py"), "--zip",
                    first_zip, "--out", str(repository), "--base-url", base], check=True)
    upgrade = [sys.executable, os.path.join(SCRIPTS, "plugin_repository.py"), "--zip",
               next_zip, "--out", str(repository), "--base-url", base]
    with server:
        report = run_qgis(tmp_path, fresh_profile(tmp_path), "kt-repository",
                          "plugin_manager_probe.py", f"repository-{transport}",
                          KT_PM_REPO_URL=base + "plugins.xml",
                          KT_PM_UPGRADE_CMD=json.dumps(upgrade))
    steps = report["steps"]

    fetched = steps["fetched"]
    assert fetched["repository"]["state"] == 2, fetched["repository"]  # 2: loaded
    assert fetched["enabled_repositories"] == ["Kempten Twin test repository"]
    plugin = fetched["plugin"]
    key = status_key(plugin)
    assert plugin["experimental"] is (flags.get("experimental", base_meta["experimental"])
                                      == "True")
    assert plugin["name"] == "Kempten Twin"
    assert plugin["version_available"] == version
    assert plugin["filename"] == f"{KEY}.{version}.zip"
    assert plugin["download_url"] == base + f"{KEY}.{version}.zip"
    assert plugin["tracker"] == base_meta["tracker"]
    assert plugin["about"] == base_meta["about"]
    assert plugin[key] in ("not installed", "new")

    installed = steps["installed"]
    assert installed["stable_button"] is (not plugin["experimental"])
    files = installed["files"]
    assert files["exists"] and {"metadata.txt", "LICENSE", "__init__.py"} <= set(files["files"])
    assert files["folder"].startswith(str(tmp_path))  # the temporary profile, no other
    assert files["version"] == version
    assert files["license_head"].strip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert files["active"] and files["loaded"]
    assert installed["plugin"][key] == "installed"
    assert report["downloads"][0] == {"url": base + f"{KEY}.{version}.zip", "error": ""}

    assert steps["repository_updated"]["exit"] == 0, steps["repository_updated"]
    refetched = steps["refetched"]["plugin"]
    assert refetched["version_available"] == next_version
    assert refetched["version_installed"] == version
    assert refetched[key] == "upgradeable"
    if not plugin["experimental"]:  # what QGIS's "update available" notice looks at
        assert steps["refetched"]["upgradeable_stable"] == [KEY]

    upgraded = steps["upgraded"]
    assert upgraded["files"]["version"] == next_version
    assert {"metadata.txt", "LICENSE"} <= set(upgraded["files"]["files"])
    assert upgraded["files"]["active"] and upgraded["files"]["loaded"]
    assert upgraded["plugin"][key] == "installed"
    assert upgraded["plugin"]["version_installed"] == next_version
    assert report["downloads"][1] == {"url": base + f"{KEY}.{next_version}.zip", "error": ""}

    if transport == "http":
        qgis_query = [p for p in server.requests if p.startswith("/plugins.xml?qgis=")]
        assert len(qgis_query) >= 2  # fetched, then reloaded
        assert f"/{KEY}.{version}.zip" in server.requests
        assert f"/{KEY}.{next_version}.zip" in server.requests


def test_a_relative_download_url_is_not_resolved_by_qgis(tmp_path, base_meta):
    """Why plugins.xml carries absolute download URLs: QGIS 3.22 does not resolve a
    relative one against the repository's URL, and the download fails."""
    repository = tmp_path / "repository"
    path = plugin_repository.write_repository(ZIP, str(repository), repository.as_uri() + "/")
    text = pathlib.Path(path).read_text(encoding="utf-8")
    absolute = repository.as_uri() + f"/{KEY}.{base_meta['version']}.zip"
    pathlib.Path(path).write_text(text.replace(absolute, f"{KEY}.{base_meta['version']}.zip"),
                                  encoding="utf-8")
    report = run_qgis(tmp_path, fresh_profile(tmp_path), "kt-repository",
                      "plugin_manager_probe.py", "repository-relative",
                      KT_PM_REPO_URL=repository.as_uri() + "/plugins.xml")
    assert report["steps"]["fetched"]["plugin"]["version_available"] == base_meta["version"]
    download = report["downloads"][0]
    assert download["url"] == f"{KEY}.{base_meta['version']}.zip"
    assert download["error"]  # e.g. 'Protocol "" is unknown'
    assert report["steps"]["installed"]["files"]["exists"] is False


@pytest.fixture(scope="module")
def qdt():
    done = subprocess.run(["bash", os.path.join(SCRIPTS, "install_qdt.sh")],
                          capture_output=True, text=True)
    assert done.returncode == 0, f"QGIS Deployment Toolbelt could not be installed:\n" \
                                 f"{done.stdout}\n{done.stderr}"
    return os.path.join(ROOT, "build", "qdt-venv", "bin", "qdt")


def database_reachable():
    try:
        psycopg2.connect(dbname=DB, connect_timeout=5).close()
        return True
    except psycopg2.OperationalError:
        return False


def test_deployment_toolbelt_deploys_a_profile_with_the_plugin_and_the_server(tmp_path, qdt,
                                                                            base_meta):
    version = base_meta["version"]
    repository = tmp_path / "repository"
    server = Server(repository)
    plugin_repository.write_repository(ZIP, str(repository), server.url)
    scenario = qdt_scenario.write(str(tmp_path / "deployment"), server.url + "plugins.xml",
                                  version, database=DB)
    qgis_root = tmp_path / "qgis"
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), QGIS_CUSTOM_CONFIG_PATH=str(qgis_root / "profiles"))
    for variable in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        env.pop(variable, None)
    with server:
        done = subprocess.run([qdt, "--no-logfile", "-v", "deploy", "-s", scenario],
                              capture_output=True, text=True, env=env, cwd=str(tmp_path),
                              timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"/{KEY}.{version}.zip" in server.requests

    profile = qgis_root / "profiles" / qdt_scenario.PROFILE
    plugin = profile / "python" / "plugins" / KEY
    assert (plugin / "LICENSE").exists() and (plugin / "__init__.py").exists()
    installed = plugin_meta.read_metadata_text((plugin / "metadata.txt").read_text("utf-8"))
    assert installed["version"] == version
    ini = (profile / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert f"{KEY}=true" in ini and "connections\\Kempten-Zentrale\\database=" + DB in ini

    report = run_qgis(tmp_path, qgis_root, qdt_scenario.PROFILE, "deployed_profile_probe.py",
                      "qdt-profile")
    assert report["active"] and report["loaded"]
    assert report["plugin_file"].startswith(str(plugin))
    assert "Kempten-Zentrale" in report["connections"]
    assert f"dbname='{DB}'" in report["connections"]["Kempten-Zentrale"]
    assert report["server_setting"] == "Kempten-Zentrale"
    assert report["repositories"].get("kempten-twin") == server.url + "plugins.xml"
    if database_reachable():  # `make test` starts PostgreSQL before the e2e tier
        assert report.get("connected_to") == DB, report.get("connect_error")
    shutil.rmtree(home, ignore_errors=True)
