"""Build build/kempten_twin.zip: one folder kempten_twin_plugin/ as QGIS installs it.

The zip carries the package code, metadata.txt (from the repository root, the one source,
with its changelog field rendered from CHANGELOG.md), the LICENSE (GPL-2.0-or-later;
plugins.qgis.org refuses a package without one), resources/, the compiled translations,
the user guide (docs/handbuch as HTML with its pictures) and the citizens' portal's web
3D library (``resources/portal/vendor/``: built from npm by scripts/build_portal_web.py,
with the licences of what it bundles); no tests, no
caches, no .ts sources.

A development build is allowed while metadata.txt's contact and links are placeholders;
it says so on stderr. `make release` (scripts/release.py) is the build that refuses them.

    python3 scripts/package.py [OUT.zip]
"""

import os
import sys
import zipfile

import handbook
import plugin_meta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = plugin_meta.PLUGIN
PORTAL_VENDOR = os.path.join(ROOT, "build", "portal-web", "dist")
PORTAL_VENDOR_FILES = ("portal-lib.min.js", "LICENSES.txt")
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".git", "__MACOSX"}
SKIP_SUFFIXES = (".pyc", ".pyo")


def files_to_pack(root=ROOT, translations=None):
    """(source path, name inside the zip) for every file but metadata.txt."""
    for folder in (PLUGIN, "resources"):
        for directory, dirs, files in os.walk(os.path.join(root, folder)):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(files):
                if name.endswith(SKIP_SUFFIXES):
                    continue
                source = os.path.join(directory, name)
                relative = os.path.relpath(source, root)
                inside = relative if folder == PLUGIN else os.path.join(PLUGIN, relative)
                yield source, inside.replace(os.sep, "/")
    yield os.path.join(root, "LICENSE"), f"{PLUGIN}/LICENSE"
    pictures = os.path.join(root, "docs", "handbuch", "bilder")
    if os.path.isdir(pictures):
        for name in sorted(os.listdir(pictures)):
            if name.lower().endswith((".png", ".jpg", ".svg")):
                yield os.path.join(pictures, name), f"{PLUGIN}/docs/handbuch/bilder/{name}"
    translations = translations or os.path.join(root, "i18n")
    for name in sorted(os.listdir(translations)):
        if name.endswith(".qm"):
            yield os.path.join(translations, name), f"{PLUGIN}/i18n/{name}"
    vendor = os.path.join(root, "build", "portal-web", "dist")
    for name in PORTAL_VENDOR_FILES:
        if os.path.isfile(os.path.join(vendor, name)):
            yield os.path.join(vendor, name), f"{PLUGIN}/resources/portal/vendor/{name}"


def packed_metadata(root=ROOT):
    """metadata.txt as it goes into the zip: the changelog field from CHANGELOG.md."""
    with open(os.path.join(root, "metadata.txt"), encoding="utf-8") as f:
        metadata = f.read()
    with open(os.path.join(root, "CHANGELOG.md"), encoding="utf-8") as f:
        changelog = f.read()
    return plugin_meta.with_rendered_changelog(metadata, changelog)


def build(out, root=ROOT, metadata_text=None, translations=None):
    """Write the plugin zip to out; metadata_text replaces metadata.txt's content."""
    translations = translations or os.path.join(root, "i18n")
    if not any(n.endswith(".qm") for n in os.listdir(translations)):
        raise FileNotFoundError(f"no compiled translations in {translations}; "
                                "run `make i18n` first")
    if not os.path.exists(os.path.join(root, "LICENSE")):
        raise FileNotFoundError("LICENSE is missing at the repository root")
    metadata_text = metadata_text if metadata_text is not None else packed_metadata(root)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    temp = out + ".partial"
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, inside in files_to_pack(root, translations):
            archive.write(source, inside)
        archive.writestr(f"{PLUGIN}/metadata.txt", metadata_text.encode("utf-8"))
        # The user guide as HTML (docs/handbuch/*.md rendered), for the help entries.
        for name, page in handbook.pages(os.path.join(root, "docs", "handbuch")):
            archive.writestr(f"{PLUGIN}/docs/handbuch/{name}.html", page.encode("utf-8"))
    os.replace(temp, out)
    return out


def main(out=None):
    out = out or os.path.join(ROOT, "build", "kempten_twin.zip")
    missing = [n for n in PORTAL_VENDOR_FILES if not os.path.isfile(os.path.join(PORTAL_VENDOR, n))]
    if missing:
        print(f"the portal's web library is not built ({', '.join(missing)} missing in "
              f"{os.path.relpath(PORTAL_VENDOR, ROOT)}): run scripts/build_portal_web.py "
              "(`make package` does)", file=sys.stderr)
        return 2
    try:
        build(out)
    except (FileNotFoundError, ValueError) as error:
        print(error, file=sys.stderr)
        return 2
    meta = plugin_meta.read_metadata_text(packed_metadata())
    found = plugin_meta.placeholders(meta)
    if found:
        print("warning: a development build; metadata.txt still has placeholders "
              "(`make release` refuses them):", file=sys.stderr)
        for field, reason in found.items():
            print(f"  {field}: {reason}", file=sys.stderr)
    print(f"wrote {os.path.relpath(out, ROOT)} (version {meta['version']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
