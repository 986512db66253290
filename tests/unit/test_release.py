"""`make release VERSION=x.y.z` (scripts/release.py) and the placeholder rules behind it.

A release refuses, and leaves every file byte-identical, while metadata.txt's email or
links are placeholders, VERSION is not x.y.z or not greater than the current version, or
CHANGELOG.md has nothing under Unreleased. In a temporary copy of the repository with
real-looking links it bumps the version, moves the Unreleased entries under the new
version with today's date, rewrites the changelog field and builds the zip.
"""

import datetime
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile

import plugin_meta  # scripts/plugin_meta.py
import pytest
import upload_check  # scripts/upload_check.py

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RELEASE = os.path.join(ROOT, "scripts", "release.py")
REAL = {
    "email": "kanalbetrieb@stadt-kempten.de",
    "homepage": "https://codeberg.org/stadt-kempten/kempten-twin",
    "tracker": "https://codeberg.org/stadt-kempten/kempten-twin/issues",
    "repository": "https://codeberg.org/stadt-kempten/kempten-twin.git",
}


def tree_digest(root):
    """{relative path: sha256} of every file under root."""
    digest = {}
    for directory, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(directory, name)
            with open(path, "rb") as f:
                digest[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return digest


@pytest.fixture(scope="module")
def compiled_translations(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    for name in os.listdir(os.path.join(ROOT, "i18n")):
        if name.endswith(".ts"):
            subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", name), "-qm",
                            str(folder / name.replace(".ts", ".qm"))], check=True)
    return folder


def copy_of_repository(target, qm_folder, **fields):
    """What a release reads, copied to target, with metadata.txt fields replaced."""
    for name in ("metadata.txt", "CHANGELOG.md", "LICENSE"):
        shutil.copy(os.path.join(ROOT, name), target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("kempten_twin_plugin", "resources"):
        shutil.copytree(os.path.join(ROOT, folder), target / folder, ignore=ignore)
    (target / "i18n").mkdir()
    for name in os.listdir(qm_folder):
        shutil.copy(os.path.join(qm_folder, name), target / "i18n" / name)
    metadata = (target / "metadata.txt").read_text(encoding="utf-8")
    for key, value in fields.items():
        metadata = plugin_meta.set_field(metadata, key, value)
    (target / "metadata.txt").write_text(metadata, encoding="utf-8")
    return target


def run_release(root, version):
    return subprocess.run([sys.executable, RELEASE, version, "--root", str(root)],
                          capture_output=True, text=True)


def read_meta(root):
    return plugin_meta.read_metadata_text((root / "metadata.txt").read_text(encoding="utf-8"))


def test_the_repository_as_it_is_refuses_a_release_and_stays_byte_identical():
    names = ("metadata.txt", "CHANGELOG.md", os.path.join("build", "kempten_twin.zip"))

    def contents():
        found = {}
        for name in names:
            path = os.path.join(ROOT, name)
            if os.path.exists(path):
                with open(path, "rb") as f:
                    found[name] = f.read()
        return found

    before = contents()
    done = run_release(ROOT, "0.2.0")
    assert done.returncode == 1
    assert "refused; nothing was changed" in done.stderr
    for field in ("email", "homepage", "tracker", "repository"):
        assert f"metadata.txt {field} is a placeholder" in done.stderr
    assert contents() == before


def test_placeholders_refuse_and_leave_every_file_byte_identical(tmp_path,
                                                                 compiled_translations):
    root = copy_of_repository(tmp_path, compiled_translations)
    before = tree_digest(root)
    done = run_release(root, "0.2.0")
    assert done.returncode == 1, done.stdout
    assert ".example" in done.stderr and "github.com/kempten-twin" in done.stderr
    assert tree_digest(root) == before
    assert not (root / "build").exists() or not os.listdir(root / "build")


@pytest.mark.parametrize("version, reason", [
    ("", "is not of the form x.y.z"),
    ("0.2", "is not of the form x.y.z"),
    ("v0.2.0", "is not of the form x.y.z"),
    ("0.2.0-beta", "is not of the form x.y.z"),
    ("0.2.0.1", "is not of the form x.y.z"),
    ("0.1.0", "is not greater than the current version 0.1.0"),
    ("0.0.9", "is not greater than the current version 0.1.0"),
])
def test_a_bad_version_refuses_and_changes_nothing(tmp_path, compiled_translations, version,
                                                   reason):
    root = copy_of_repository(tmp_path, compiled_translations, version="0.1.0", **REAL)
    before = tree_digest(root)
    done = run_release(root, version)
    assert done.returncode == 1
    assert reason in done.stderr
    assert "placeholder" not in done.stderr  # the links are real here: only the version
    assert tree_digest(root) == before


def test_nothing_under_unreleased_refuses(tmp_path, compiled_translations):
    root = copy_of_repository(tmp_path, compiled_translations, **REAL)
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    (root / "CHANGELOG.md").write_text(
        plugin_meta.release_changelog(changelog, "0.1.5", datetime.date(2026, 12, 1)),
        encoding="utf-8")
    before = tree_digest(root)
    done = run_release(root, "0.2.0")
    assert done.returncode == 1 and "nothing to release" in done.stderr
    assert tree_digest(root) == before


def test_release_with_real_links_bumps_moves_renders_and_builds(tmp_path,
                                                                compiled_translations):
    root = copy_of_repository(tmp_path, compiled_translations, **REAL)
    unreleased = plugin_meta.unreleased_entries((root / "CHANGELOG.md").read_text("utf-8"))
    assert unreleased
    done = run_release(root, "0.2.0")
    assert done.returncode == 0, done.stderr
    today = datetime.date.today().isoformat()

    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = plugin_meta.parse_changelog(changelog)
    assert releases[0] == ("Unreleased", None, [])
    assert releases[1] == ("0.2.0", today, unreleased)
    assert releases[2][0] == "0.1.0"

    meta = read_meta(root)
    assert meta["version"] == "0.2.0"
    assert meta["changelog"] == plugin_meta.render_changelog_field(changelog)
    assert meta["changelog"].startswith(f"0.2.0 ({today})\n- ")
    assert "Unreleased" not in meta["changelog"]
    for key, value in REAL.items():
        assert meta[key] == value
    # everything else in metadata.txt as it was: comments, order, translations
    original = (ROOT + "/metadata.txt")
    with open(original, encoding="utf-8") as f:
        before_lines = [line for line in f.read().splitlines()
                        if not line.startswith(("version=", "changelog=", "email=",
                                                "homepage=", "tracker=", "repository=",
                                                "    "))]
    after_lines = [line for line in (root / "metadata.txt").read_text("utf-8").splitlines()
                   if not line.startswith(("version=", "changelog=", "email=", "homepage=",
                                           "tracker=", "repository=", "    "))]
    assert after_lines == before_lines

    zip_path = root / "build" / "kempten_twin.zip"
    with zipfile.ZipFile(zip_path) as archive:
        packed = plugin_meta.read_metadata_text(
            archive.read("kempten_twin_plugin/metadata.txt").decode("utf-8"))
        assert "kempten_twin_plugin/LICENSE" in archive.namelist()
    assert packed == meta
    assert upload_check.check(str(zip_path)) == []

    # The same version again is not greater: refused, nothing changed.
    before = tree_digest(root)
    again = run_release(root, "0.2.0")
    assert again.returncode == 1 and "not greater" in again.stderr
    assert tree_digest(root) == before


@pytest.mark.parametrize("email", ["kanal@kempten-twin.example", "a@b.invalid", "x@test",
                                   "kanal@example.com", "kanal@mail.example.org",
                                   "no-at-sign", "", "kanal@localhost"])
def test_placeholder_emails(email):
    assert plugin_meta.email_problem(email)


@pytest.mark.parametrize("url", [
    "https://github.com/kempten-twin/kempten-twin",
    "https://github.com/kempten-twin/kempten-twin/issues",
    "https://github.com/kempten-twin",
    "http://bugs", "http://repo", "http://homepage",
    "https://kempten-twin.example/", "https://www.example.com/twin", "https://x.invalid",
    "http://127.0.0.1:8000/", "http://localhost/repo", "http://192.168.1.10/twin",
    "ftp://codeberg.org/x", "codeberg.org/stadt-kempten", "",
])
def test_placeholder_links(url):
    assert plugin_meta.url_problem(url)


@pytest.mark.parametrize("url", list(REAL.values())[1:] + [
    "https://github.com/stadt-kempten/kempten-twin", "https://www.kempten.de/kanal"])
def test_real_looking_links_pass(url):
    assert plugin_meta.url_problem(url) is None
    assert plugin_meta.email_problem(REAL["email"]) is None


def test_set_field_keeps_the_rest_and_writes_continuation_lines():
    text = "; comment\n[general]\nname=X\nchangelog=old\n    - old entry\nicon=i.svg\n"
    new = plugin_meta.set_field(text, "changelog", "1.0.0\n- a\n- b")
    assert new == ("; comment\n[general]\nname=X\nchangelog=1.0.0\n    - a\n    - b\n"
                   "icon=i.svg\n")
    assert plugin_meta.read_metadata_text(new)["changelog"] == "1.0.0\n- a\n- b"
