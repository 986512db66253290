"""`make repository`: a QGIS plugin repository in build/repository/.

Writes build/repository/plugins.xml beside build/repository/kempten_twin_plugin.<version>.zip
(a copy of the packaged zip) and the plugin's icon, for Plugins ▸ Manage and Install
Plugins ▸ Settings ▸ Add repository: the URL of plugins.xml, file:// for a folder (a
network share) or http(s):// for a web server that serves the folder.

The format is what QGIS's plugin manager reads (python/pyplugin_installer/
installer_data.py, Repositories.xmlDownloaded, QGIS 3.22): <pyqgis_plugin> elements with
the attributes name and version and the child elements description, about, version,
qgis_minimum_version, qgis_maximum_version, homepage, file_name, icon, author_name,
download_url, uploaded_by, create_date, update_date, experimental, deprecated, trusted,
tracker, repository, tags, downloads, average_vote, rating_votes, server, in the order
plugins.qgis.org writes them. Every value comes from the metadata.txt inside the zip.

- The plugin's id (its folder) is what QGIS takes from file_name up to the first dot,
  so the zip is named kempten_twin_plugin.<version>.zip, as plugins.qgis.org names its
  files and QGIS Deployment Toolbelt expects (<folder>.<version>.zip beside plugins.xml).
- download_url must be absolute. QGIS 3.22 gives it to QNetworkAccessManager as it is
  (QgsPluginInstallerInstallingDialog), without resolving it against the repository's
  URL, so a relative name fails to download ("Protocol "" is unknown"; checked by
  tests/e2e/test_plugin_repository.py). file:// and http(s):// URLs both work. The base
  URL is therefore an argument: by default the file:// URL of the output folder, or
  `make repository REPOSITORY_URL=https://server/path/` for the address it will be served
  at.
- The icon, too, as an absolute URL: for an http(s) repository QGIS would resolve a
  relative icon against the server's root, not against plugins.xml's folder.
- plugins.xml lists the version just added, so QGIS offers it as an upgrade over an
  installed older one; older zips stay in the folder for anyone who links to them.

    python3 scripts/plugin_repository.py [--zip build/kempten_twin.zip]
        [--out build/repository] [--base-url URL]
"""

import argparse
import datetime
import os
import pathlib
import shutil
import sys
import xml.etree.ElementTree as ET
import zipfile

import plugin_meta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = plugin_meta.PLUGIN


def read_zip(zip_path):
    """(metadata dict, icon name inside the zip or None, icon bytes) of a plugin zip."""
    with zipfile.ZipFile(zip_path) as archive:
        meta = plugin_meta.read_metadata_text(
            archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8"))
        icon = meta.get("icon", "").strip()
        if icon and f"{PLUGIN}/{icon}" in archive.namelist():
            return meta, icon, archive.read(f"{PLUGIN}/{icon}")
    return meta, None, None


def base_url_of(folder, base_url=None):
    url = base_url or pathlib.Path(os.path.abspath(folder)).as_uri()
    return url if url.endswith("/") else url + "/"


def plugin_element(meta, file_name, download_url, icon_url, when, uploaded_by):
    element = ET.Element("pyqgis_plugin", name=meta["name"], version=meta["version"])

    def add(tag, text):
        ET.SubElement(element, tag).text = text

    add("description", meta.get("description", ""))
    add("about", meta.get("about", ""))
    add("version", meta["version"])
    add("trusted", "False")
    add("qgis_minimum_version", meta.get("qgisMinimumVersion", ""))
    add("qgis_maximum_version", meta.get("qgisMaximumVersion", ""))
    add("homepage", meta.get("homepage", ""))
    add("file_name", file_name)
    add("icon", icon_url)
    add("author_name", meta.get("author", ""))
    add("download_url", download_url)
    add("uploaded_by", uploaded_by)
    add("create_date", when)
    add("update_date", when)
    add("experimental", "True" if meta.get("experimental", "").lower() == "true" else "False")
    add("deprecated", "True" if meta.get("deprecated", "").lower() == "true" else "False")
    add("tracker", meta.get("tracker", ""))
    add("repository", meta.get("repository", ""))
    add("tags", meta.get("tags", ""))
    add("downloads", "0")
    add("average_vote", "0")
    add("rating_votes", "0")
    add("external_dependencies", "")
    add("server", "True" if meta.get("server", "").lower() == "true" else "False")
    return element


def write_repository(zip_path, out, base_url=None, uploaded_by=None, now=None):
    """Copy the zip (and its icon) into out and write out/plugins.xml; returns its path."""
    meta, icon, icon_bytes = read_zip(zip_path)
    os.makedirs(out, exist_ok=True)
    base = base_url_of(out, base_url)
    file_name = f"{PLUGIN}.{meta['version']}.zip"
    target = os.path.join(out, file_name)
    if os.path.abspath(zip_path) != os.path.abspath(target):
        shutil.copyfile(zip_path, target + ".partial")
        os.replace(target + ".partial", target)
    icon_url = ""
    if icon:
        icon_name = PLUGIN + os.path.splitext(icon)[1]
        with open(os.path.join(out, icon_name), "wb") as f:
            f.write(icon_bytes)
        icon_url = base + icon_name
    when = (now or datetime.datetime.now(datetime.timezone.utc)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ")
    root = ET.Element("plugins")
    root.append(plugin_element(meta, file_name, base + file_name, icon_url, when,
                               uploaded_by or meta.get("author", "")))
    ET.indent(root, space="    ")
    path = os.path.join(out, "plugins.xml")
    with open(path + ".partial", "wb") as f:
        f.write(b"<?xml version='1.0' encoding='UTF-8'?>\n")
        f.write(ET.tostring(root, encoding="utf-8"))
        f.write(b"\n")
    os.replace(path + ".partial", path)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zip", default=os.path.join(ROOT, "build", "kempten_twin.zip"))
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "repository"))
    parser.add_argument("--base-url", default=os.environ.get("REPOSITORY_URL") or None,
                        help="the URL the output folder is served at (default: file://)")
    args = parser.parse_args(argv)
    if not os.path.exists(args.zip):
        print(f"{args.zip} is missing; run `make package` first", file=sys.stderr)
        return 2
    path = write_repository(args.zip, args.out, args.base_url)
    meta, _icon, _data = read_zip(args.zip)
    print(f"wrote {os.path.relpath(path)} (version {meta['version']}); add "
          f"{base_url_of(args.out, args.base_url)}plugins.xml as a repository in QGIS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
