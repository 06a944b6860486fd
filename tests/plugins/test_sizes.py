"""Size limits of the MkDocs adapters: plugin classes adapt, collaborators work, views stay small.

(No function anywhere in the package is longer than 60 lines: tests/test_code_health.py.)"""
from __future__ import annotations

import ast
from pathlib import Path

import feder

PACKAGE = Path(feder.__file__).parent
HOOKS = PACKAGE.parents[1] / "hooks"
CHECKED = [PACKAGE / "plugins", PACKAGE / "views", PACKAGE / "cache", HOOKS]

PLUGIN_CLASS_LINES = 200
HANDLER_LINES = 25
VIEWS_MODULE_LINES = 300


def files() -> list[Path]:
    return sorted(path for folder in CHECKED for path in folder.rglob("*.py"))


def lines(node: ast.AST) -> int:
    return node.end_lineno - node.lineno + 1  # type: ignore[attr-defined]


def is_plugin(node: ast.ClassDef) -> bool:
    """A subclass of MkDocs' `BasePlugin` (`BasePlugin[Config]`)."""
    bases = [base.value if isinstance(base, ast.Subscript) else base for base in node.bases]
    return any((isinstance(base, ast.Name) and base.id == "BasePlugin") or
               (isinstance(base, ast.Attribute) and base.attr == "BasePlugin") for base in bases)


def handler_names(scope: ast.AST) -> set[str]:
    """`on_*` event handlers, and the parts of combined handlers (`on_x = CombinedEvent(_a, _b)`)."""
    names = {node.name for node in ast.iter_child_nodes(scope) if isinstance(node, ast.FunctionDef)
             and node.name.startswith("on_")}
    for node in ast.walk(scope):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "CombinedEvent":
            names |= {arg.id for arg in node.args if isinstance(arg, ast.Name)}
    return names


def handlers(tree: ast.Module) -> list[ast.FunctionDef]:
    """Handlers of plugin classes, and of hooks (module-level `on_*` functions)."""
    found = []
    for scope in [tree, *(node for node in tree.body if isinstance(node, ast.ClassDef) and is_plugin(node))]:
        names = handler_names(scope)
        found += [node for node in ast.iter_child_nodes(scope)
                  if isinstance(node, ast.FunctionDef) and node.name in names]
    return found


def parsed() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in files()]


def test_plugin_classes_are_adapters():
    plugins = [(path, node) for path, tree in parsed() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef) and is_plugin(node)]
    assert len(plugins) >= 3
    long = [f"{path.name} {node.name}: {lines(node)}" for path, node in plugins if lines(node) > PLUGIN_CLASS_LINES]
    assert long == []


def test_event_handlers_delegate():
    found = [(path, node) for path, tree in parsed() for node in handlers(tree)]
    assert {node.name for _, node in found} >= {"on_config", "on_files", "on_post_page", "_pre_build"}
    assert [f"{path.name} {node.name}: {lines(node)}" for path, node in found if lines(node) > HANDLER_LINES] == []


def test_views_modules_are_small():
    long = [f"{path.name}: {len(path.read_text(encoding='utf-8').splitlines())}"
            for path in sorted((PACKAGE / "views").glob("*.py"))
            if len(path.read_text(encoding="utf-8").splitlines()) > VIEWS_MODULE_LINES]
    assert long == []
