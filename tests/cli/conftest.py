"""The command-line tests' fixture: a small blog in a temp folder, the current folder set to it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import AUTHORS, MKDOCS_YML, Blog


@pytest.fixture
def blog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Blog:
    root = tmp_path / "blog"
    root.mkdir()
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "authors.yml").write_text(AUTHORS, encoding="utf-8")
    (root / "posts").mkdir()
    monkeypatch.chdir(root)
    return Blog(root)
