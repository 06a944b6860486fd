"""Dependencies point one way: the content model at the bottom, MkDocs adapters at the top.

The content model and everything made of it stays free of MkDocs and Material, so it
can move to another generator; a layer imports only from layers below it (and from its
own package); renderers of content know nothing of each other; and features find each
other through `feder.registry`, never by importing another plugin.
"""
from __future__ import annotations

import ast
from pathlib import Path

import feder

PACKAGE = Path(feder.__file__).parent
HOOKS = PACKAGE.parents[1] / "hooks"

LAYERS: list[set[str]] = [
    {"fingerprint", "jsonfiles", "inplace", "i18n"},  # utilities
    {"content"},  # the content model: posts, pages, tags, links, checks of a post
    {"feeds", "meta", "cards", "explainers", "search", "importer"},  # what is made of content
    {"views", "sharing"},  # what templates see
    {"cache", "checks"},  # what builds keep; the site checks, with their kept renders
    {"registry", "autoescape", "plugins", "hooks"},  # MkDocs adapters
]
"""Lowest first. `plugins` stands for each plugin package (`plugins.blog`, …)."""

RENDERERS = LAYERS[2]
"""They know nothing of each other: e.g. feeds get the explainers' static form as a registered transform."""

CLI_MAY_USE = {"content", "checks", "importer", "i18n"}
"""The command line runs the build's checks (and `feder import`), never the build."""

MKDOCS_FREE = ["fingerprint", "jsonfiles", "inplace", "i18n", "content", "feeds", "meta", "cards", "explainers",
               "search", "importer", "views", "sharing", "checks", "registry", "cli"]
CACHE_ADAPTERS = {"build.py", "render.py", "serve.py"}
"""The parts of `feder.cache` that work on MkDocs' objects; every other part is MkDocs-free."""


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def unit_of_module(name: str) -> str | None:
    """`feder.plugins.blog.plugin` -> `plugins.blog`, `feder.content.tags` -> `content`; None outside feder."""
    parts = name.split(".")
    if parts[0] != "feder" or len(parts) < 2:
        return None
    return ".".join(parts[1:3]) if parts[1] == "plugins" and len(parts) > 2 else parts[1]


def unit_of_file(path: Path) -> str:
    if HOOKS in path.parents:
        return "hooks"
    return unit_of_module("feder." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)) or ""


def layer(unit: str) -> int:
    return next(number for number, units in enumerate(LAYERS) if unit.split(".")[0] in units)


def our_files() -> list[Path]:
    found = [*PACKAGE.rglob("*.py"), *HOOKS.glob("*.py")]
    return sorted(path for path in found if path.name != "__init__.py" or path.parent != PACKAGE)


def feder_imports(path: Path) -> set[str]:
    return {unit for unit in map(unit_of_module, imported_modules(path)) if unit is not None}


def test_content_model_does_not_import_mkdocs():
    files = [path for name in MKDOCS_FREE for path in _files(PACKAGE / name)]
    files += [path for path in _files(PACKAGE / "cache") if path.name not in CACHE_ADAPTERS]
    offenders = []
    for path in files:
        bad = {m for m in imported_modules(path) if m == "mkdocs" or m.startswith(("mkdocs.", "material"))}
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_every_module_has_a_layer():
    units = {unit_of_file(path) for path in our_files()} - {"cli"}
    assert [unit for unit in sorted(units) if not any(unit.split(".")[0] in layer for layer in LAYERS)] == []


def test_lower_layers_never_import_higher_ones():
    offenders = []
    for path in our_files():
        unit = unit_of_file(path)
        if unit == "cli":
            continue
        for target in feder_imports(path) - {unit}:
            if layer(target) > layer(unit):
                offenders.append(f"{path.name} ({unit}) imports {target}")
    assert offenders == []


def test_renderers_and_plugins_do_not_know_each_other():
    offenders = []
    for path in our_files():
        unit = unit_of_file(path)
        for target in feder_imports(path) - {unit}:
            siblings = unit in RENDERERS and target in RENDERERS
            plugins = unit.startswith("plugins.") and target.startswith("plugins.")
            hook_to_plugin = unit == "hooks" and target.startswith("plugins")
            if siblings or plugins or hook_to_plugin:
                offenders.append(f"{path.name} ({unit}) imports {target}")
    assert offenders == []


def test_the_command_line_uses_the_checks_not_the_build():
    used = {target for path in _files(PACKAGE / "cli") for target in feder_imports(path)} - {"cli"}
    assert used <= CLI_MAY_USE


def _files(target: Path) -> list[Path]:
    return [target.with_suffix(".py")] if target.with_suffix(".py").is_file() else sorted(target.rglob("*.py"))
