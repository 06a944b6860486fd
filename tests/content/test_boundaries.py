"""The content model stays free of MkDocs, so it can move to another generator."""
from __future__ import annotations

import ast
from pathlib import Path

import feder

PACKAGE = Path(feder.__file__).parent
MKDOCS_FREE = ["content", "i18n", "explainers", "feeds", "meta", "importer", "cli", "cards", "search", "views.py", "checks.py", "sharing.py"]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_content_model_does_not_import_mkdocs():
    offenders = []
    for name in MKDOCS_FREE:
        target = PACKAGE / name
        for path in ([target] if target.is_file() else sorted(target.rglob("*.py"))):
            bad = {m for m in imported_modules(path) if m == "mkdocs" or m.startswith(("mkdocs.", "material"))}
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []
