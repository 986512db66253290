"""Qt6 readiness of the plugin's code: no enum used unscoped, no QVariant type.

Qt6 builds of QGIS (QGIS 4) drop unscoped enum access: ``Qt.AlignLeft`` must be
``Qt.AlignmentFlag.AlignLeft``, ``Qgis.Warning`` must be ``Qgis.MessageLevel.Warning``,
and ``QVariant.String`` does not exist (QgsField takes a QMetaType, render/compat.field).
The tables of what is an enum member come from the libraries themselves: PyQt6's own
enum classes (PyQt6 from PyPI in the dev venv) for Qt, and the QGIS Python bindings on
this machine for QGIS's classes (read in a process of their own, as they load PyQt5).

Usage: python scripts/check_qt6.py [PATH ...]   (default: kempten_twin_plugin)
Prints each finding as path:line: what → what it should be; exits 1 when there are any.
"""

import ast
import enum
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtPrintSupport", "QtXml")

# Read in a separate interpreter (Debian's, which has the QGIS bindings): for each class of
# qgis.core and qgis.gui, the names that are members of one of its enums.
_QGIS_TABLE = r'''
import json, qgis.core, qgis.gui
META = ("enumtype", "EnumType", "EnumMeta", "sipEnumType")
table = {}
for module in (qgis.core, qgis.gui):
    for name in dir(module):
        cls = getattr(module, name)
        if not isinstance(cls, type) or not name.startswith(("Qgs", "Qgis")):
            continue
        members = {}
        for attr in dir(cls):
            if attr.startswith("_"):
                continue
            try:
                value = getattr(cls, attr)
            except Exception:
                continue
            kind = type(value)
            if isinstance(value, type) or type(kind).__name__ not in META:
                continue  # not a member of an enum (an enum type, a method, a constant)
            if kind.__name__ == attr or getattr(cls, kind.__name__, None) is not kind:
                continue
            # Class.Member of Class.Enum, unscoped. Scoped, a Python enum may name it
            # otherwise (QgsGeometry.CapFlat is Qgis.EndCapStyle.Flat): the same value's name.
            scoped = attr if hasattr(kind, attr) else next(
                (n for n in getattr(kind, "__members__", {}) if getattr(kind, n) == value), None)
            if scoped is None:
                continue
            owner = "Qgis" if getattr(qgis.core.Qgis, kind.__name__, None) is kind else name
            members[attr] = f"{owner}.{kind.__name__}.{scoped}"
        if members:
            table[name] = members
print(json.dumps(table))
'''


def qt_table():
    """{class name: {member: enum name}} from PyQt6's scoped enums."""
    import importlib

    table = {}
    for module_name in QT_MODULES:
        try:
            module = importlib.import_module(f"PyQt6.{module_name}")
        except ImportError:
            continue
        for name in dir(module):
            cls = getattr(module, name)
            if not isinstance(cls, type):
                continue
            members = {}
            for attr in dir(cls):
                value = getattr(cls, attr, None)
                if isinstance(value, type) and issubclass(value, enum.Enum):
                    for member in value.__members__:
                        if not hasattr(cls, member):  # Qt6 has no unscoped access to it
                            members.setdefault(member, attr)
            if members:
                table.setdefault(name, {}).update(
                    {m: f"{name}.{e}.{m}" for m, e in members.items()})
    return table


def qgis_table(python="/usr/bin/python3"):
    done = subprocess.run([python, "-c", _QGIS_TABLE], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    if done.returncode != 0:
        raise SystemExit(f"cannot read the QGIS bindings' enums: {done.stderr[-500:]}")
    return json.loads(done.stdout)


def findings(paths, table):
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
                continue
            owner, member = node.value.id, node.attr
            if owner == "QVariant" and member[:1].isupper() and member not in ("Type",):
                found.append((path, node.lineno, f"QVariant.{member}",
                              "a QMetaType (render/compat.field for QgsField)"))
                continue
            scoped = table.get(owner, {}).get(member)
            if scoped and scoped.split(".")[-2] != member:
                found.append((path, node.lineno, f"{owner}.{member}", scoped))
    return found


def main(argv):
    targets = [pathlib.Path(a) for a in argv] or [ROOT / "kempten_twin_plugin"]
    paths = sorted(p for t in targets for p in ([t] if t.is_file() else t.rglob("*.py")))
    table = qt_table()
    for name, members in qgis_table().items():
        table.setdefault(name, {}).update(members)
    found = findings(paths, table)
    for path, line, what, instead in found:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{shown}:{line}: {what} → {instead}")
    print(f"{len(found)} unscoped enum use(s) in {len(paths)} files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
