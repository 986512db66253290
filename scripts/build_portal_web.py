"""Build the web 3D library of the citizens' portal page from npm, at build time.

    python3 scripts/build_portal_web.py [--install-only]

1. ``npm ci`` of ``scripts/portal_web/package.json`` (exact versions, package-lock.json)
   into ``build/portal-web/node_modules`` — only when the lock file changed since the last
   install, so a second run costs nothing;
2. esbuild bundles ``scripts/portal_web/portal-lib.js`` (three.js and 3d-tiles-renderer,
   only the classes the page uses) into ``build/portal-web/dist/portal-lib.min.js``;
3. ``build/portal-web/dist/LICENSES.txt`` holds the licence of every npm package that
   ended up in the bundle (from esbuild's metafile), with its version.

``make package`` copies ``dist/`` into the zip as ``resources/portal/vendor/``; the
tests use the same node_modules (gltf-validator, playwright-core). Nothing here is
committed except the package files: the bundle is made again from the pinned versions.
"""

import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "scripts", "portal_web")
BUILD = os.path.join(ROOT, "build", "portal-web")
DIST = os.path.join(BUILD, "dist")
BUNDLE = os.path.join(DIST, "portal-lib.min.js")
LICENSES = os.path.join(DIST, "LICENSES.txt")
STAMP = os.path.join(BUILD, "node_modules", ".kt-installed-lock")
MIN_NODE = 18


class BuildError(Exception):
    pass


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def node_version():
    try:
        out = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return int(out.stdout.strip().lstrip("v").split(".")[0])


def install():
    """npm ci into build/portal-web, unless the same lock file is installed already."""
    major = node_version()
    if major is None or shutil.which("npm") is None:
        raise BuildError("node and npm are missing: run `make deps` (Debian packages nodejs, npm).")
    if major < MIN_NODE:
        raise BuildError(f"node {major} is too old; the portal's build needs node {MIN_NODE} or later.")
    lock = _read(os.path.join(SOURCE, "package-lock.json"))
    if os.path.exists(STAMP) and _read(STAMP) == lock:
        return False
    os.makedirs(BUILD, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(os.path.join(SOURCE, name), os.path.join(BUILD, name))
    print("npm ci (portal web libraries) in build/portal-web", flush=True)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=BUILD,
                   check=True)
    with open(STAMP, "w", encoding="utf-8") as f:
        f.write(lock)
    return True


def _bundle_inputs():
    return [os.path.join(SOURCE, n) for n in ("portal-lib.js", "package-lock.json")] + [__file__]


def up_to_date():
    if not (os.path.exists(BUNDLE) and os.path.exists(LICENSES)):
        return False
    built = min(os.path.getmtime(BUNDLE), os.path.getmtime(LICENSES))
    return all(os.path.getmtime(p) <= built for p in _bundle_inputs())


def _package_of(path):
    """(name, folder) of the npm package a bundled file belongs to."""
    parts = path.replace("\\", "/").split("/")
    index = len(parts) - 1 - parts[::-1].index("node_modules")
    name = parts[index + 1]
    if name.startswith("@"):
        name += "/" + parts[index + 2]
    return name, os.path.join(BUILD, "node_modules", name)


def _licence_text(folder):
    for name in sorted(os.listdir(folder)):
        if name.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
            return _read(os.path.join(folder, name)).strip()
    return None


def write_licences(metafile):
    with open(metafile, encoding="utf-8") as f:
        meta = json.load(f)
    packages = {}
    for output in meta["outputs"].values():
        for path in output.get("inputs", {}):
            if "node_modules" in path:
                name, folder = _package_of(path)
                packages[name] = folder
    lines = ["Third-party software in portal-lib.min.js (the web 3D library of this page)",
             "=" * 76, "",
             "Bundled with esbuild from these npm packages; each keeps its licence, given here.",
             ""]
    for name in sorted(packages):
        folder = packages[name]
        info = json.loads(_read(os.path.join(folder, "package.json")))
        text = _licence_text(folder)
        if text is None:
            raise BuildError(f"{name} has no licence file; it cannot be shipped.")
        title = f"{name} {info['version']} — {info.get('license', '?')}"
        lines += [title, "-" * len(title), text, "", ""]
    with open(LICENSES, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return sorted(packages)


def build(force=False):
    install()
    if up_to_date() and not force:
        return BUNDLE
    os.makedirs(DIST, exist_ok=True)
    metafile = os.path.join(BUILD, "meta.json")
    esbuild = os.path.join(BUILD, "node_modules", ".bin", "esbuild")
    entry = os.path.join(BUILD, "portal-lib.js")  # beside node_modules, so imports resolve
    shutil.copyfile(os.path.join(SOURCE, "portal-lib.js"), entry)
    subprocess.run([esbuild, entry, "--bundle", "--minify",
                    "--format=iife", "--global-name=PortalLib", "--legal-comments=eof",
                    "--target=es2020", f"--outfile={BUNDLE}", f"--metafile={metafile}",
                    "--log-level=warning"], cwd=BUILD, check=True)
    packages = write_licences(metafile)
    print(f"built {os.path.relpath(BUNDLE, ROOT)} ({os.path.getsize(BUNDLE) // 1024} KB; "
          f"{', '.join(packages)})")
    return BUNDLE


def main(argv):
    try:
        if "--install-only" in argv:
            install()
        else:
            build(force="--force" in argv)
    except (BuildError, subprocess.CalledProcessError) as error:
        print(f"portal web build failed: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
