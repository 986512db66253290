"""A QGIS Deployment Toolbelt (QDT) scenario that deploys a Kempten Twin profile.

QDT (PyPI: qgis-deployment-toolbelt, `qdt deploy -s scenario.qdt.yml`) is how
administrators roll QGIS profiles out to many desktops. This writes, into OUT:

  profiles/              a git repository (QDT's git_local source) with one profile,
    kempten-twin/profile.json     the plugin kempten_twin_plugin at VERSION, from the
                                  plugin repository of `make repository`
    kempten-twin/QGIS/QGIS3.ini   the plugin switched on, the central server as a QGIS
                                  PostgreSQL connection (no password: a service or the
                                  login's own credentials), the plugin's server setting
                                  naming that connection, and the plugin repository
                                  registered in the plugin manager for later upgrades
  scenario.qdt.yml       download that profile, synchronise it into QGIS's profiles
                         folder, download the plugin, install it into the profile

QDT finds the zip as <folder of plugins.xml>/kempten_twin_plugin.<version>.zip, the name
scripts/plugin_repository.py gives it. QDT installs into $QGIS_CUSTOM_CONFIG_PATH when
that is set (as QGIS does), else into the user's QGIS profiles folder.

    python3 scripts/qdt_scenario.py OUT --repository-url URL/plugins.xml --version X.Y.Z
        [--connection NAME] [--database DB] [--host HOST] [--port PORT] [--service NAME]
"""

import argparse
import json
import os
import subprocess
import sys

PLUGIN = "kempten_twin_plugin"
PROFILE = "kempten-twin"


def qgis_ini(repository_url, connection, database="", host="", port="", service=""):
    """The profile's QGIS3.ini (QSettings' INI form: '\\' separates key levels)."""
    c = f"connections\\{connection}\\"
    lines = [
        "[PythonPlugins]",
        f"{PLUGIN}=true",
        "",
        "[PostgreSQL]",
        f"connections\\selected={connection}",
        f"{c}service={service}",
        f"{c}host={host}",
        f"{c}port={port}",
        f"{c}database={database}",
        f"{c}sslmode=SslPrefer",
        f"{c}authcfg=",
        f"{c}saveUsername=false",
        f"{c}savePassword=false",
        f"{c}estimatedMetadata=true",
        f"{c}geometryColumnsOnly=false",
        f"{c}publicOnly=false",
        "",
        "[kempten_twin]",
        f"server={connection}",
        "",
        "[app]",
        f"plugin_repositories\\{PROFILE}\\url={repository_url}",
        f"plugin_repositories\\{PROFILE}\\enabled=true",
        "plugin_installer\\allowExperimental=true",
        "",
    ]
    return "\n".join(lines)


def profile_json(repository_url, version):
    return {
        "name": PROFILE,
        "folder_name": PROFILE,
        "description": "QGIS with Kempten Twin and the city's central server",
        "qgisMinimumVersion": "3.22.0",
        "qgisMaximumVersion": "4.99.0",
        "version": "1.0.0",
        "plugins": [{
            "name": "Kempten Twin",
            "folder_name": PLUGIN,
            "version": version,
            "location": "remote",
            "official_repository": False,
            "repository_url_xml": repository_url,
        }],
    }


def scenario(profiles_uri, workdir):
    steps = [
        ("Download the Kempten Twin profile", "qprofiles-downloader",
         {"protocol": "git_local", "source": profiles_uri, "branch": "main"}),
        ("Synchronise it into QGIS's profiles", "qprofiles-synchronizer",
         {"sync_mode": "overwrite"}),
        ("Download the plugin from the plugin repository", "qplugins-downloader",
         {"force": False, "threads": 1}),
        ("Install the plugin into the profile", "qplugins-synchronizer", {}),
    ]
    # JSON is YAML: no YAML library needed to write it.
    return json.dumps({
        "metadata": {"title": "Kempten Twin", "id": "kempten-twin",
                     "description": "A QGIS profile with Kempten Twin and the central server"},
        "settings": {"LOCAL_WORK_DIR": workdir, "SCENARIO_VALIDATION": True},
        "steps": [{"name": name, "uses": uses, "with": options}
                  for name, uses, options in steps],
    }, indent=2)


def write(out, repository_url, version, connection="Kempten-Zentrale", **server):
    profiles = os.path.join(out, "profiles")
    folder = os.path.join(profiles, PROFILE)
    os.makedirs(os.path.join(folder, "QGIS"), exist_ok=True)
    with open(os.path.join(folder, "profile.json"), "w", encoding="utf-8") as f:
        json.dump(profile_json(repository_url, version), f, indent=2)
    with open(os.path.join(folder, "QGIS", "QGIS3.ini"), "w", encoding="utf-8") as f:
        f.write(qgis_ini(repository_url, connection, **server))
    git = ["git", "-C", profiles, "-c", "user.name=Kempten Twin", "-c",
           "user.email=kempten-twin@localhost"]
    if not os.path.isdir(os.path.join(profiles, ".git")):
        subprocess.run(git + ["init", "-q", "-b", "main"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-q", "--allow-empty", "-m", "Kempten Twin profile"],
                   check=True)
    path = os.path.join(out, "scenario.qdt.yml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(scenario("file://" + os.path.abspath(profiles),
                         os.path.join(os.path.abspath(out), "qdt-work")))
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--repository-url", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--connection", default="Kempten-Zentrale")
    for name in ("database", "host", "port", "service"):
        parser.add_argument(f"--{name}", default="")
    args = parser.parse_args(argv)
    path = write(args.out, args.repository_url, args.version, args.connection,
                 database=args.database, host=args.host, port=args.port,
                 service=args.service)
    print(f"wrote {path}; run: qdt deploy -s {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
