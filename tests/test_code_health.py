"""The code stays clean: ruff and mypy as configured in pyproject.toml, and no function over 60 lines.

`make test` enforces it; `make lint` runs the two linters alone.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MAX_FUNCTION_LINES = 60
"""The style guide's limit: a function reads top to bottom on one screen."""

def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing():
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = run("mypy")  # the packages and the strict modules come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr


def long_functions(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.name} has {lines} lines")
    return found


@pytest.mark.parametrize("folder", ["plugins", "hooks"])
def test_no_function_is_longer_than_60_lines(folder):
    assert long_functions(REPO / folder) == []
