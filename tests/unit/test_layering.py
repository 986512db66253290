"""The package keeps the layers of DESIGN.md §3: every import points downwards.

Read from the source, not by importing it (so a violation in a module that needs QGIS is
found here too): each module's imports, including those inside functions.
"""

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "kempten_twin_plugin"


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def imports_of(name, path):
    """Absolute names imported by module ``name`` (ours as 'kempten_twin_plugin.x')."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module or ""
            else:
                up = package[:len(package) - (node.level - 1)] if node.level > 1 else package
                base = ".".join(["kempten_twin_plugin", *up] + ([node.module] if node.module
                                                                 else []))
            found.add(base)
            # "from . import store" imports a module named store
            for alias in node.names:
                found.add(f"{base}.{alias.name}")
    return found


def layer_of(module):
    """The top folder of one of our modules ('' for the top-level modules)."""
    if not module.startswith("kempten_twin_plugin"):
        return None
    parts = module.split(".")[1:]
    return parts[0] if parts else ""


ALL = list(modules())

# What each layer may not import (of ours by folder, of others by module name prefix).
FORBIDDEN = {
    "core": ({"io", "store", "render", "sync", "processing", "gui", "plugin", "settings",
              "tasks", "cli"}, ("qgis", "PyQt5", "PyQt6", "osgeo", "psycopg2", "sqlite3")),
    "io": ({"gui", "render", "processing", "plugin", "sync"}, ("qgis.gui", "psycopg2", "sqlite3")),
    "store": ({"gui", "render", "processing", "plugin", "sync", "io"}, ("qgis.gui",)),
    "sync": ({"gui", "render", "processing", "plugin", "io"}, ("qgis",)),
    "render": ({"gui", "processing", "plugin"}, ("qgis.gui", "psycopg2", "sqlite3")),
    "processing": ({"gui", "plugin"}, ("qgis.gui", "psycopg2", "sqlite3")),
    "gui": ({"plugin"}, ("psycopg2", "sqlite3")),
}


def violations():
    found = []
    for name, path in ALL:
        layer = name.split(".")[0] if "." in name or name in FORBIDDEN else ""
        if layer not in FORBIDDEN:
            continue
        ours, theirs = FORBIDDEN[layer]
        for imported in sorted(imports_of(name, path)):
            target = layer_of(imported)
            if target is not None and target in ours:
                found.append(f"{name} imports {imported}")
            elif target is None and imported.startswith(theirs):
                found.append(f"{name} imports {imported}")
    return found


def test_every_import_points_downwards():
    assert violations() == []


def test_only_store_opens_a_database_connection():
    """sqlite3.connect and psycopg2.connect stand in store/ only."""
    found = []
    for name, path in ALL:
        if name.startswith("store.") or name == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "connect" and \
                    isinstance(node.value, ast.Name) and node.value.id in ("sqlite3", "psycopg2"):
                found.append(f"{name}:{node.lineno}")
    assert found == []


def test_below_gui_nothing_reaches_for_the_desktop():
    """Nothing below gui/ uses qgis.gui, qgis.utils or iface (they run headless too)."""
    found = []
    for name, path in ALL:
        if name.split(".")[0] in ("gui", "plugin"):
            continue
        text = path.read_text(encoding="utf-8")
        for word in ("qgis.gui", "qgis.utils", "iface."):
            if word in text:
                found.append(f"{name}: {word}")
    assert found == []


@pytest.mark.parametrize("bad,expected", [
    ("from ...store import working_copy\n", "core.network.fake imports kempten_twin_plugin.store"),
    ("import sqlite3\n", "core.network.fake imports sqlite3"),
    ("from qgis.core import QgsProject\n", "core.network.fake imports qgis.core"),
])
def test_the_check_finds_a_violation(tmp_path, bad, expected):
    """The check itself fails on a violation (so a green run means something)."""
    fake = tmp_path / "fake.py"
    fake.write_text(bad, encoding="utf-8")
    ALL.append(("core.network.fake", fake))
    try:
        assert any(v.startswith(expected) for v in violations())
    finally:
        ALL.pop()
