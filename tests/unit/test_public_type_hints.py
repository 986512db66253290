"""Every public function of the lower layers carries type hints (issue #14).

Read from the source with ``ast``, not by importing it: in the packages below, each
module-level function and each method of a class whose name does not start with ``_``
(dunder methods such as ``__init__`` included), in modules whose name does not start with
``_``, has an annotation on every parameter but ``self``/``cls`` and a return annotation.
The annotations themselves stay strings at run time (``from __future__ import annotations``
in each of those modules), so they cost nothing on import and may name QGIS types that are
imported under ``TYPE_CHECKING`` only.
"""

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "kempten_twin_plugin"

CHECKED = ("core", "io", "store", "sync")


def is_public(name):
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def modules():
    for folder in CHECKED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            parts = path.relative_to(PACKAGE).parts
            if any(part.startswith("_") and part != "__init__.py" for part in parts):
                continue
            yield path


def functions(body, prefix="", in_class=False):
    """(qualified name, function node, is a method) of the public functions in ``body``,
    looking into classes and into module-level ``if``/``try`` blocks (not into functions)."""
    for node in body:
        if isinstance(node, ast.ClassDef):
            if not node.name.startswith("_"):
                yield from functions(node.body, f"{prefix}{node.name}.", True)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if is_public(node.name):
                yield f"{prefix}{node.name}", node, in_class
        elif isinstance(node, (ast.If, ast.Try)):
            blocks = [node.body, node.orelse] + (
                [h.body for h in node.handlers] + [node.finalbody]
                if isinstance(node, ast.Try) else [])
            for block in blocks:
                yield from functions(block, prefix, in_class)


def missing(node, is_method):
    """What lacks an annotation: parameter names, and "return"."""
    args = node.args
    params = args.posonlyargs + args.args + args.kwonlyargs
    static = any(isinstance(d, ast.Name) and d.id == "staticmethod"
                 for d in node.decorator_list)
    if is_method and not static and params and params[0].arg in ("self", "cls"):
        params = params[1:]
    found = [p.arg for p in params if p.annotation is None]
    if args.vararg is not None and args.vararg.annotation is None:
        found.append("*" + args.vararg.arg)
    if args.kwarg is not None and args.kwarg.annotation is None:
        found.append("**" + args.kwarg.arg)
    if node.returns is None:
        found.append("return")
    return found


def unannotated():
    found = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE.parent).as_posix()
        for name, node, is_method in functions(tree.body):
            lacking = missing(node, is_method)
            if lacking:
                found.append(f"{where}:{node.lineno} {name}: {', '.join(lacking)}")
    return found


def test_every_public_function_is_annotated():
    found = unannotated()
    assert not found, "public functions without type hints:\n" + "\n".join(found)


def test_annotated_modules_defer_their_annotations():
    """Annotations are never evaluated on import (Python 3.9, types under TYPE_CHECKING)."""
    lacking = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        has_annotations = any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                              and (node.returns is not None or any(
                                  a.annotation is not None for a in ast.walk(node.args)
                                  if isinstance(a, ast.arg)))
                              for node in ast.walk(tree))
        future = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
                     and any(a.name == "annotations" for a in node.names)
                     for node in tree.body)
        if has_annotations and not future:
            lacking.append(path.relative_to(PACKAGE.parent).as_posix())
    assert not lacking, "without 'from __future__ import annotations':\n" + "\n".join(lacking)


@pytest.mark.parametrize("source, expected", [
    ("def f(a, b: int) -> None: ...", ["f: a"]),
    ("def f(a: int): ...", ["f: return"]),
    ("def _f(a): ...", []),
    ("class C:\n    def m(self, x) -> int: ...\n    def _p(self, y): ...", ["C.m: x"]),
    ("class C:\n    def __init__(self, x: int): ...", ["C.__init__: return"]),
    ("class C:\n    @staticmethod\n    def s(self) -> None: ...", ["C.s: self"]),
    ("class _C:\n    def m(self, x): ...", []),
    ("def f(*args, **kw) -> None: ...", ["f: *args, **kw"]),
    ("if True:\n    def f(x) -> None: ...", ["f: x"]),
    ("def f(x: int) -> int:\n    def inner(y): ...\n    return x", []),
])
def test_the_check_itself(source, expected):
    found = [f"{name}: {', '.join(missing(node, is_method))}"
             for name, node, is_method in functions(ast.parse(source).body)
             if missing(node, is_method)]
    assert found == expected
