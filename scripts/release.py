"""`make release VERSION=x.y.z`.

Refuses, changing nothing, unless VERSION is x.y.z and greater than
metadata.txt's version, CHANGELOG.md has entries under Unreleased, and metadata.txt's
email, homepage, tracker and repository are real (see plugin_meta.placeholders). Then it
builds the release zip into a temporary file and runs the upload checks of
plugins.qgis.org on it (scripts/upload_check.py); only when those pass are files written:
CHANGELOG.md (Unreleased entries under "## [x.y.z] - today"), metadata.txt (version and
changelog field) and build/kempten_twin.zip.

    python3 scripts/release.py VERSION [--root DIR] [--date YYYY-MM-DD]
"""

import argparse
import datetime
import os
import sys
import tempfile

import package
import plugin_meta
import upload_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Refused(Exception):
    pass


def _read(root, name):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        return f.read()


def _write(root, name, text):
    path = os.path.join(root, name)
    with open(path + ".partial", "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(path + ".partial", path)


def prepare(root, version, date):
    """(new metadata.txt, new CHANGELOG.md) for a release, or Refused with every reason."""
    metadata, changelog = _read(root, "metadata.txt"), _read(root, "CHANGELOG.md")
    meta = plugin_meta.read_metadata_text(metadata)
    reasons = []
    new, current = plugin_meta.parse_version(version), plugin_meta.parse_version(meta["version"])
    if new is None:
        reasons.append(f"VERSION={version!r} is not of the form x.y.z (three whole numbers)")
    elif current is not None and new <= current:
        reasons.append(f"VERSION={version} is not greater than the current version "
                       f"{meta['version']}")
    for field, reason in plugin_meta.placeholders(meta).items():
        reasons.append(f"metadata.txt {field} is a placeholder: {reason}")
    if not plugin_meta.unreleased_entries(changelog):
        reasons.append("CHANGELOG.md has no entries under '## [Unreleased]': nothing to "
                       "release")
    if reasons:
        raise Refused(reasons)
    new_changelog = plugin_meta.release_changelog(changelog, version, date)
    new_metadata = plugin_meta.set_field(metadata, "version", version)
    new_metadata = plugin_meta.with_rendered_changelog(new_metadata, new_changelog)
    return new_metadata, new_changelog


def release(root, version, date, translations=None):
    new_metadata, new_changelog = prepare(root, version, date)
    out = os.path.join(root, "build", "kempten_twin.zip")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with tempfile.TemporaryDirectory(dir=os.path.dirname(out)) as temp:
        candidate = os.path.join(temp, "kempten_twin.zip")
        package.build(candidate, root=root, metadata_text=new_metadata,
                      translations=translations)
        problems = upload_check.check(candidate)
        if problems:
            raise Refused([f"the release zip fails the upload check: {p}" for p in problems])
        _write(root, "CHANGELOG.md", new_changelog)
        _write(root, "metadata.txt", new_metadata)
        os.replace(candidate, out)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("version", nargs="?", default="")
    parser.add_argument("--root", default=ROOT)
    parser.add_argument("--date", default=None, help="release date (default: today)")
    args = parser.parse_args(argv)
    date = (datetime.date.fromisoformat(args.date) if args.date else plugin_meta.today())
    try:
        out = release(args.root, args.version, date)
    except Refused as refused:
        print("make release refused; nothing was changed:", file=sys.stderr)
        for reason in refused.args[0]:
            print(f"  - {reason}", file=sys.stderr)
        return 1
    except (FileNotFoundError, ValueError) as error:
        print(f"make release failed before writing anything: {error}", file=sys.stderr)
        return 2
    print(f"released {args.version}: metadata.txt and CHANGELOG.md updated, "
          f"wrote {os.path.relpath(out, args.root)}")
    print(f"next: git commit -am 'Release {args.version}' && git tag v{args.version} && "
          "make repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
