"""Where the plugin's files are, in a checkout and in the packaged plugin alike.

`make package` puts resources/, i18n/ and metadata.txt inside the plugin folder; in a
checkout they sit one level up, at the repository root. One lookup serves both.
"""

import configparser
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
PLUGIN_ID = os.path.basename(PLUGIN_DIR)


def _root_of(name):
    inside = os.path.join(PLUGIN_DIR, name)
    return inside if os.path.exists(inside) else os.path.join(os.path.dirname(PLUGIN_DIR), name)


def resource(*parts):
    return os.path.join(_root_of("resources"), *parts)


def icon_path(name):
    return resource("icons", name)


def style_path(table):
    return resource("styles", f"{table}.qml")


def translation_file(language):
    return os.path.join(_root_of("i18n"), f"kempten_twin_{language}.qm")


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep keys such as qgisMinimumVersion as written
    parser.read(_root_of("metadata.txt"), encoding="utf-8")
    return dict(parser["general"])


def handbook_page(page="index"):
    """The user guide's page: its HTML as packaged (make package renders docs/handbuch),
    else the Markdown of a checkout."""
    folder = os.path.join(_root_of("docs"), "handbuch")
    html = os.path.join(folder, f"{page}.html")
    return html if os.path.exists(html) else os.path.join(folder, f"{page}.md")
