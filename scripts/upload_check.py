"""The checks plugins.qgis.org makes on an uploaded plugin zip, run here before an upload.

Reimplemented (not copied) from the site's own code, the Django app in the repository
qgis/QGIS-Django: qgis-app/plugins/validator.py, function validator(), as of commit
80cf6193d09ccf1a7959bb7a37fda2a4853493cb (2024-11-14), and the field limits of
qgis-app/plugins/models.py (Plugin, PluginVersion) that an upload must also fit. Each rule
below names the check it stands for. Where this file is stricter than the site, it says so.

One check of the site cannot run here: it asks homepage, tracker and repository over the
network (a HEAD request, status below 400). In its place, the links and the e-mail address
must not be placeholders (plugin_meta.placeholders: reserved .example domains, the
github.com/kempten-twin repository that does not exist, Plugin Builder defaults).

    python3 scripts/upload_check.py [build/kempten_twin.zip] [--allow-placeholders]
"""

import codecs
import configparser
import io
import os
import re
import sys
import zipfile
from urllib.parse import urlsplit

import plugin_meta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MAX_SIZE = 25_000_000  # PLUGIN_MAX_UPLOAD_SIZE, "25 mb"
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
            "about", "tracker", "repository")  # PLUGIN_REQUIRED_METADATA
BOOLEANS = ("experimental", "deprecated", "server")  # PLUGIN_BOOLEAN_METADATA
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
DEFAULT_LINKS = {"tracker": "http://bugs", "repository": "http://repo",
                 "homepage": "http://homepage"}  # urls_to_check: forbidden_url
# models.py: CharField max_length of what the metadata fills
MAX_LENGTH = {"name": 256, "author": 256, "version": 32, "qgisMinimumVersion": 32,
              "qgisMaximumVersion": 32}


def check(path, allow_placeholders=False):
    """Every reason the site would refuse this zip (an empty list: it would take it)."""
    problems = []
    size = os.path.getsize(path)
    if size > MAX_SIZE:  # "File is too big"
        problems.append(f"the zip has {size} bytes; the site takes at most {MAX_SIZE}")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return problems + ["not a zip file (the site: 'Could not unzip file')"]
    with archive:
        names = archive.namelist()
        problems.extend(_check_entries(names))
        bad = archive.testzip()  # "Bad zip (maybe a CRC error)"
        if bad:
            problems.append(f"{bad}: damaged in the zip (CRC error)")
            return problems
        if not names or "/" not in names[0]:  # "Cannot find a folder inside the package"
            return problems + ["the zip has no plugin folder at its top"]
        package = names[0].split("/")[0]
        problems.extend(_check_package(package, names))
        # The site falls back to metadata in __init__.py; QGIS 3 reads only metadata.txt.
        metadata_name = f"{package}/metadata.txt"
        if metadata_name not in names:
            return problems + [f"{metadata_name} is missing"]
        # "Cannot find LICENSE in the plugin package" (mandatory since 2024-06-03)
        if f"{package}/LICENSE" not in names:
            problems.append(f"{package}/LICENSE is missing")
        meta, refusal = _read_metadata(archive, metadata_name)
        if meta is None:
            return problems + [refusal]
        problems.extend(_check_metadata(meta, archive, package, names, allow_placeholders))
    return problems


def _check_entries(names):
    """The site's checks of each name in the zip, one by one."""
    problems = []
    for name in names:
        # "zip file cannot contain path information"
        if ".." in name or name.startswith("/") or name.startswith("\\"):
            problems.append(f"{name}: a path with '..' or a leading separator")
        # "zip file cannot contain .pyc file" (the site looks for '.pyc' anywhere)
        if ".pyc" in name:
            problems.append(f"{name}: compiled Python (.pyc)")
        # "cannot contain '__MACOSX' / '.git' / '__pycache__' directory"
        for forbidden in FORBIDDEN_DIRS:
            if forbidden in name.split("/"):
                problems.append(f"{name}: a {forbidden} folder")
    return problems


def _check_package(package, names):
    """The top folder: one only, its name, its __init__.py."""
    problems = []
    # The site only warns about more than one top folder; QGIS installs each of them
    # into the plugins folder, so here it is an error (stricter than the site).
    tops = sorted({name.split("/")[0] for name in names})
    if len(tops) > 1:
        problems.append(f"more than one top folder: {', '.join(tops)}")
    if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
        problems.append(f"top folder {package!r}: ASCII letter first, then letters, "
                        "digits, '-' and '_' only")
    # A new plugin's folder must be a PEP 8 package name (the site: is_new).
    if not re.match(r"^[a-z_][a-z0-9_]*$", package):
        problems.append(f"top folder {package!r} is not a PEP 8 package name")
    if len(package) > 256:
        problems.append("top folder name longer than 256 characters")
    if f"{package}/__init__.py" not in names:  # "Cannot find __init__.py"
        problems.append(f"{package}/__init__.py is missing")
    return problems


def _read_metadata(archive, metadata_name):
    """(the [general] section as a dict, None), or (None, why the site cannot read it)."""
    try:
        # the site parses with a default ConfigParser: '%' interpolates, keys as written
        parser = configparser.ConfigParser()
        parser.optionxform = str
        parser.read_file(io.StringIO(codecs.decode(archive.read(metadata_name), "utf8")))
        if not parser.has_section("general"):
            return None, f"{metadata_name} has no [general] section"
        return dict(parser.items("general")), None
    except (configparser.Error, UnicodeDecodeError) as error:
        return None, f"{metadata_name} cannot be parsed: {error}"


def _check_metadata(meta, archive, package, names, allow_placeholders):
    return (_check_fields(meta) + _check_links(meta, allow_placeholders) + _check_flags(meta)
            + _check_versions(meta) + _check_icon(meta, package, names))


def _check_fields(meta):
    """Required fields, their lengths, the author and the e-mail address."""
    problems = []
    # "Cannot find metadata ... in metadata source"; the models keep about, tracker and
    # repository blank=False, so an empty value is refused too.
    for key in REQUIRED:
        if not meta.get(key, "").strip():
            problems.append(f"metadata.txt: {key} is missing or empty")
    # "Author name cannot contain slashes."
    if "/" in meta.get("author", ""):
        problems.append("metadata.txt: author contains a slash")
    for key, limit in MAX_LENGTH.items():
        if len(meta.get(key, "").strip()) > limit:
            problems.append(f"metadata.txt: {key} is longer than {limit} characters")
    # Plugin.email is an EmailField.
    email = meta.get("email", "").strip()
    if email and not plugin_meta.EMAIL_RE.match(email):
        problems.append(f"metadata.txt: email {email!r} is not an e-mail address")
    return problems


def _check_links(meta, allow_placeholders):
    problems = []
    # _check_url_link: scheme and host present, not the Plugin Builder's default.
    for key, default in DEFAULT_LINKS.items():
        url = meta.get(key, "").strip()
        if not url and key == "homepage":
            continue  # homepage is optional
        parts = urlsplit(url)
        if url == default or not (parts.scheme and parts.netloc):
            problems.append(f"metadata.txt: {key} {url!r} is not a valid link")
    # In place of the site's reachability check (see the module's docstring).
    if not allow_placeholders:
        for field, reason in plugin_meta.placeholders(meta).items():
            problems.append(f"metadata.txt: {field} is a placeholder ({reason})")
    return problems


def _check_flags(meta):
    # The site reads a flag as true only for "true" or "1", QGIS for "true" or "yes": a
    # "yes" would mean two things. Stricter than the site: True or False only.
    return [f"metadata.txt: {flag}={meta[flag]!r}; write True or False" for flag in BOOLEANS
            if flag in meta and meta[flag].strip().lower() not in ("true", "false")]


def _check_versions(meta):
    problems = []
    # qgisMinimumVersion below 1.8 needs metadata in __init__.py as well; QGIS compares
    # dotted numbers.
    for key in ("qgisMinimumVersion", "qgisMaximumVersion"):
        value = meta.get(key, "").strip()
        if value and not re.match(r"^\d+\.\d+(\.\d+)?$", value):
            problems.append(f"metadata.txt: {key} {value!r} is not a QGIS version")
    minimum = meta.get("qgisMinimumVersion", "").strip()
    if re.match(r"^\d+\.\d+", minimum) and tuple(map(int, minimum.split(".")[:2])) < (1, 8):
        problems.append("metadata.txt: qgisMinimumVersion below 1.8")
    return problems


def _check_icon(meta, package, names):
    # The site ignores an icon it cannot read; the plugin then has none (stricter here).
    icon = meta.get("icon", "").strip()
    if icon:
        icon = icon[2:] if icon.startswith("./") else icon
        if f"{package}/{icon}" not in names:
            return [f"metadata.txt: icon {icon} is not in the zip"]
    return []


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    allow = "--allow-placeholders" in args
    args = [a for a in args if a != "--allow-placeholders"]
    path = args[0] if args else os.path.join(ROOT, "build", "kempten_twin.zip")
    problems = check(path, allow_placeholders=allow)
    for problem in problems:
        print(problem)
    print(f"{os.path.relpath(path)}: " + ("passes the upload checks of plugins.qgis.org"
                                           if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
