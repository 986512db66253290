"""The plugin zip passes the upload checks of plugins.qgis.org (scripts/upload_check.py).

The checks are reimplemented from qgis/QGIS-Django, qgis-app/plugins/validator.py (see
upload_check's docstring). The zip is built here into a temporary folder, as
`make package` builds it, so the test also runs in a fresh clone; each negative test
takes that zip apart and breaks one rule.
"""

import os
import subprocess
import warnings
import zipfile

import package  # scripts/package.py
import plugin_meta  # scripts/plugin_meta.py
import pytest
import upload_check  # scripts/upload_check.py

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOP = "kempten_twin_plugin"


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("package")
    translations = folder / "qm"
    translations.mkdir()
    for name in os.listdir(os.path.join(ROOT, "i18n")):
        if name.endswith(".ts"):
            subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", name), "-qm",
                            str(translations / name.replace(".ts", ".qm"))], check=True)
    return package.build(str(folder / "kempten_twin.zip"), translations=str(translations))


def entries(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def remade(built_zip, tmp_path, change=None, drop=(), add=None, metadata=None, rename=None):
    """A copy of the built zip with one thing broken."""
    files = entries(built_zip)
    meta_name = f"{TOP}/metadata.txt"
    text = files[meta_name].decode("utf-8")
    for key, value in (metadata or {}).items():
        text = plugin_meta.set_field(text, key, value)
    files[meta_name] = (change(text) if change else text).encode("utf-8")
    for name in drop:
        del files[name]
    files.update(add or {})
    if rename:
        files = {name.replace(f"{TOP}/", f"{rename}/", 1): data for name, data in files.items()}
    out = tmp_path / "broken.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return str(out)


def test_the_built_zip_passes_the_upload_checks(built_zip):
    assert upload_check.check(built_zip, allow_placeholders=True) == []
    with zipfile.ZipFile(built_zip) as archive:
        meta = plugin_meta.read_metadata_text(
            archive.read(f"{TOP}/metadata.txt").decode("utf-8"))
    found = plugin_meta.placeholders(meta)
    if found:  # a development build may; `make release` refuses (tests/unit/test_release.py)
        warnings.warn(f"metadata.txt placeholders, which the site would refuse as "
                      f"unreachable links: {', '.join(sorted(found))}", stacklevel=1)
        assert upload_check.check(built_zip) == [
            f"metadata.txt: {field} is a placeholder ({reason})"
            for field, reason in found.items()]


def test_the_zip_holds_one_plugin_folder_with_license_metadata_and_translations(built_zip):
    files = entries(built_zip)
    assert {name.split("/")[0] for name in files} == {TOP}
    with open(os.path.join(ROOT, "LICENSE"), "rb") as f:
        assert files[f"{TOP}/LICENSE"] == f.read()
    assert b"GNU GENERAL PUBLIC LICENSE" in files[f"{TOP}/LICENSE"]
    for name in ("__init__.py", "metadata.txt", "plugin.py", "i18n/kempten_twin_de.qm",
                 "resources/icons/kempten_twin.svg"):
        assert f"{TOP}/{name}" in files, name
    assert not [n for n in files if n.endswith((".ts", ".pyc")) or "/tests/" in n
                or "__pycache__" in n]
    packed = plugin_meta.read_metadata_text(files[f"{TOP}/metadata.txt"].decode("utf-8"))
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as f:
        assert packed["changelog"] == plugin_meta.render_changelog_field(f.read())


def test_release_ready_metadata_passes_every_check(built_zip, tmp_path):
    path = remade(built_zip, tmp_path, metadata={
        "email": "kanalbetrieb@stadt-kempten.de",
        "homepage": "https://codeberg.org/stadt-kempten/kempten-twin",
        "tracker": "https://codeberg.org/stadt-kempten/kempten-twin/issues",
        "repository": "https://codeberg.org/stadt-kempten/kempten-twin"})
    assert upload_check.check(path) == []


def one_problem(path, expected):
    problems = upload_check.check(path, allow_placeholders=True)
    assert problems, "the broken zip passed"
    assert any(expected in problem for problem in problems), problems


def test_a_zip_over_25_mb(built_zip, tmp_path):
    path = remade(built_zip, tmp_path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr(f"{TOP}/resources/big.bin", os.urandom(25_000_001))
    one_problem(path, "at most 25000000")


def test_not_a_zip(tmp_path):
    path = tmp_path / "plugin.zip"
    path.write_bytes(b"PK not really")
    one_problem(str(path), "not a zip file")


def test_a_damaged_member(built_zip, tmp_path):
    path = tmp_path / "crc.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in entries(built_zip).items():
            archive.writestr(name, data)
    raw = bytearray(path.read_bytes())
    spot = raw.index(b"GNU GENERAL PUBLIC LICENSE")
    raw[spot] ^= 0xFF
    path.write_bytes(bytes(raw))
    one_problem(str(path), "CRC")


@pytest.mark.parametrize("name, expected", [
    (f"{TOP}/../evil.py", "'..'"),
    (f"{TOP}/core/__pycache__/x.cpython-311.pyc", ".pyc"),
    (f"{TOP}/core/__pycache__/notes.txt", "__pycache__"),
    (f"{TOP}/.git/config", ".git folder"),
    ("__MACOSX/._kempten_twin_plugin", "__MACOSX folder"),
    ("README.txt", "more than one top folder"),
])
def test_forbidden_entries(built_zip, tmp_path, name, expected):
    one_problem(remade(built_zip, tmp_path, add={name: b"x"}), expected)


def test_a_file_first_instead_of_a_folder(tmp_path):
    path = tmp_path / "flat.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata.txt", "[general]\n")
        archive.writestr("__init__.py", "")
    one_problem(str(path), "no plugin folder")


@pytest.mark.parametrize("folder, expected", [
    ("Kempten-Twin", "not a PEP 8 package name"),
    ("kempten twin", "ASCII letter first"),
    ("1kempten", "ASCII letter first"),
])
def test_folder_names(built_zip, tmp_path, folder, expected):
    one_problem(remade(built_zip, tmp_path, rename=folder), expected)


@pytest.mark.parametrize("member, expected", [
    ("__init__.py", "__init__.py is missing"),
    ("LICENSE", "LICENSE is missing"),
    ("metadata.txt", "metadata.txt is missing"),
    ("resources/icons/kempten_twin.svg", "icon resources/icons/kempten_twin.svg"),
])
def test_missing_members(built_zip, tmp_path, member, expected):
    one_problem(remade(built_zip, tmp_path, drop=[f"{TOP}/{member}"]), expected)


@pytest.mark.parametrize("field", upload_check.REQUIRED)
def test_each_required_field(built_zip, tmp_path, field):
    one_problem(remade(built_zip, tmp_path, metadata={field: ""}),
                f"{field} is missing or empty")


@pytest.mark.parametrize("fields, expected", [
    ({"author": "Kanalbetrieb / Stadtplanung"}, "author contains a slash"),
    ({"email": "kanal at kempten"}, "is not an e-mail address"),
    ({"tracker": "http://bugs"}, "tracker 'http://bugs' is not a valid link"),
    ({"repository": "kempten-twin"}, "repository 'kempten-twin' is not a valid link"),
    ({"homepage": "http://homepage"}, "homepage 'http://homepage' is not a valid link"),
    ({"experimental": "yes"}, "experimental='yes'"),
    ({"version": "1." + "0" * 40}, "version is longer than 32"),
    ({"qgisMinimumVersion": "1.4"}, "qgisMinimumVersion below 1.8"),
    ({"qgisMaximumVersion": "four"}, "is not a QGIS version"),
    ({"about": "Hydraulic load at 100% of DN"}, "cannot be parsed"),
])
def test_bad_metadata(built_zip, tmp_path, fields, expected):
    one_problem(remade(built_zip, tmp_path, metadata=fields), expected)


def test_no_general_section(built_zip, tmp_path):
    one_problem(remade(built_zip, tmp_path, change=lambda t: t.replace("[general]", "[x]")),
                "no [general] section")


def test_placeholders_count_unless_allowed(built_zip, tmp_path):
    path = remade(built_zip, tmp_path, metadata={"email": "kanal@kempten-twin.example",
                                                 "homepage": "http://127.0.0.1:8080/"})
    problems = upload_check.check(path)
    assert any("email is a placeholder" in p for p in problems)
    assert any("homepage is a placeholder" in p for p in problems)
    assert not [p for p in upload_check.check(path, allow_placeholders=True)
                if "placeholder" in p]
