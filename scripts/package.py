"""Build build/kempten_twin.zip: one folder kempten_twin_plugin/ as QGIS installs it.

The zip carries the package code, metadata.txt (copied from the repository root, the one
source), resources/ and the compiled translations; no tests, no caches, no .ts sources.
"""

import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = "kempten_twin_plugin"
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}


def files_to_pack():
    for folder in (PLUGIN, "resources"):
        for directory, dirs, files in os.walk(os.path.join(ROOT, folder)):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                source = os.path.join(directory, name)
                relative = os.path.relpath(source, ROOT)
                inside = relative if folder == PLUGIN else os.path.join(PLUGIN, relative)
                yield source, inside
    yield os.path.join(ROOT, "metadata.txt"), f"{PLUGIN}/metadata.txt"
    i18n = os.path.join(ROOT, "i18n")
    for name in sorted(os.listdir(i18n)):
        if name.endswith(".qm"):
            yield os.path.join(i18n, name), f"{PLUGIN}/i18n/{name}"


def main(out=None):
    out = out or os.path.join(ROOT, "build", "kempten_twin.zip")
    if not any(n.endswith(".qm") for n in os.listdir(os.path.join(ROOT, "i18n"))):
        print("no compiled translations in i18n/; run `make i18n` first", file=sys.stderr)
        return 2
    os.makedirs(os.path.dirname(out), exist_ok=True)
    temp = out + ".partial"
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, inside in files_to_pack():
            archive.write(source, inside)
    os.replace(temp, out)
    print(f"wrote {os.path.relpath(out, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
