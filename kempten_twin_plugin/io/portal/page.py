"""The web page of a portal export: the page's own files (``resources/portal/``), the web 3D
library built from npm at build time (``vendor/``), and ``data/portal.json``.

The page is static: index.html, app.js and style.css with relative paths only, so any
static web server (and any sub-path) serves it; nothing is fetched from elsewhere (its
Content-Security-Policy says so to the browser). Browsers do not let ``fetch()`` read
files from ``file://``, so opening index.html straight from the disk shows a hint.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import Optional

from ... import paths
from ...errors import KemptenTwinError
from ...i18n import tr

PAGE_FILES = ("index.html", "app.js", "style.css")
VENDOR_FILES = ("portal-lib.min.js", "LICENSES.txt")


class PortalError(KemptenTwinError):
    """The portal export failed; the message is for the user. Nothing was written."""


def vendor_dir(given: Optional[str] = None) -> str:
    """Where the built web library is: in the plugin (``resources/portal/vendor``, put
    there by ``make package``) or, in a checkout, ``build/portal-web/dist``."""
    candidates = [given] if given else [
        paths.resource("portal", "vendor"),
        os.path.join(os.path.dirname(paths.PLUGIN_DIR), "build", "portal-web", "dist")]
    for folder in candidates:
        if folder and all(os.path.isfile(os.path.join(folder, n)) for n in VENDOR_FILES):
            return folder
    raise PortalError(tr("The web 3D library of the portal page is missing ({path}). Install "
                         "the plugin from its release zip, or build it with `make package`.")
                      .format(path=candidates[0]))


def write_page(out_dir: str, portal: dict, vendor: Optional[str] = None) -> str:
    """The page's files and data/portal.json into ``out_dir``; returns index.html's path."""
    source = paths.resource("portal")
    library = vendor_dir(vendor)
    os.makedirs(os.path.join(out_dir, "vendor"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "data"), exist_ok=True)
    for name in PAGE_FILES:
        shutil.copyfile(os.path.join(source, name), os.path.join(out_dir, name))
    for name in VENDOR_FILES:
        shutil.copyfile(os.path.join(library, name), os.path.join(out_dir, "vendor", name))
    with open(os.path.join(out_dir, "data", "portal.json"), "w", encoding="utf-8") as f:
        json.dump(portal, f, ensure_ascii=False, separators=(",", ":"))
    return os.path.join(out_dir, "index.html")
